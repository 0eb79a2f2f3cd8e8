#include "ui/messagewidget.h"

#include "ui/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QFontDatabase>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace desk {

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
{
    setAccessibleName(tr("Message"));
    m_icon = new QLabel(this);
    m_icon->setFixedSize(16, 16);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_retry = new QPushButton(Icons::get(QStringLiteral("refresh")), tr("Retr&y"), this);
    m_retry->setObjectName(QStringLiteral("messageRetryButton"));
    m_detailsButton = new QPushButton(tr("Deta&ils"), this);
    m_detailsButton->setObjectName(QStringLiteral("messageDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setIcon(Icons::get(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("messageDetailsText"));
    m_details->setAccessibleName(tr("Error details"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(110);
    m_details->setVisible(false);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_retry, 0, Qt::AlignVCenter);
    row->addWidget(m_detailsButton, 0, Qt::AlignVCenter);
    row->addWidget(m_close, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hideMessage();
        Q_EMIT retryRequested();
    });
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hideMessage();
        Q_EMIT closed();
    });
    setVisible(false);
}

void MessageWidget::showMessage(const QString &text, Type type, const QString &details, bool canRetry)
{
    m_type = type;
    m_text->setText(text);
    m_details->setPlainText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
    m_retry->setVisible(canRetry);
    QString iconName;
    switch (type) {
    case Type::Positive:
        iconName = QStringLiteral("success");
        break;
    case Type::Information:
        iconName = QStringLiteral("information");
        break;
    case Type::Warning:
        iconName = QStringLiteral("warning");
        break;
    case Type::Error:
        iconName = QStringLiteral("error");
        break;
    }
    m_icon->setPixmap(Icons::get(iconName).pixmap(16, 16));
    setAccessibleDescription(text);
    setVisible(true);
    update();
}

void MessageWidget::hideMessage()
{
    setVisible(false);
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QString MessageWidget::text() const
{
    return m_text->text();
}

QString MessageWidget::details() const
{
    return m_details->toPlainText();
}

bool MessageWidget::isRetryVisible() const
{
    return !m_retry->isHidden();
}

QColor MessageWidget::baseColor() const
{
    switch (m_type) {
    case Type::Positive:
        return QColor(0x2f, 0x7d, 0x32);
    case Type::Information:
        return QColor(0x3a, 0x7b, 0xd5);
    case Type::Warning:
        return QColor(0xe8, 0xa3, 0x17);
    case Type::Error:
        return QColor(0xd9, 0x53, 0x4f);
    }
    return palette().color(QPalette::Highlight);
}

void MessageWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = baseColor();
    QColor fill = base;
    fill.setAlphaF(0.14);
    QColor border = base;
    border.setAlphaF(0.7);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace desk
