#include "ui/confirmdeletedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace desk {

ConfirmDeleteDialog::ConfirmDeleteDialog(const QString &title, const QString &text, const QStringList &consequences,
                                         const QString &name, const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_consequences(consequences)
{
    setObjectName(QStringLiteral("confirmDeleteDialog"));
    setWindowTitle(title);

    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("deleteExplanationLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_text);
    if (!consequences.isEmpty()) {
        // One line each; a long list scrolls instead of growing past the screen.
        auto *list = new QLabel(this);
        list->setObjectName(QStringLiteral("deleteConsequencesLabel"));
        list->setTextFormat(Qt::RichText);
        list->setWordWrap(true);
        list->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
        for (const QString &line : consequences)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        list->setText(html + QStringLiteral("</ul>"));
        list->setAccessibleName(consequences.join(u'\n'));
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("deleteConsequencesScroll"));
        scroll->setWidget(list);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setMaximumHeight(220);
        scroll->setMinimumHeight(qMin(220, list->sizeHint().height() + 8));
        layout->addWidget(scroll);
    }

    auto *prompt = new QLabel(tr("To confirm, type <b>%1</b>:").arg(name.toHtmlEscaped()), this);
    prompt->setTextFormat(Qt::RichText);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmNameEdit"));
    m_confirmEdit->setAccessibleName(tr("Type %1 to confirm").arg(name));
    prompt->setBuddy(m_confirmEdit);
    layout->addWidget(prompt);
    layout->addWidget(m_confirmEdit);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deleteButton = buttons->addButton(acceptText, QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_deleteButton->setEnabled(false);
    m_deleteButton->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    connect(m_deleteButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, [this, name, cancel](const QString &typed) {
        const bool match = typed == name;
        m_deleteButton->setEnabled(match);
        // Enter deletes only once the name is typed; until then it cancels.
        m_deleteButton->setDefault(match);
        cancel->setDefault(!match);
    });
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_confirmEdit->setFocus();
}

QString ConfirmDeleteDialog::text() const
{
    return m_text->text();
}

} // namespace desk
