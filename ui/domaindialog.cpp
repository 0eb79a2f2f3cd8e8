#include "ui/domaindialog.h"

#include "ui/icons.h"

#include "controllers/repositorysetupcontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace desk {

DomainDialog::DomainDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("domainDialog"));
    setWindowTitle(tr("New Domain"));

    auto *intro = new QLabel(tr("A domain holds repositories and stores their packages once, encrypted with a KMS key. "
                                "It is created in your account and this region."),
                             this);
    intro->setWordWrap(true);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("domainNameEdit"));
    m_nameEdit->setAccessibleName(tr("Domain name"));
    m_nameEdit->setPlaceholderText(tr("e.g. acme-prod"));
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("domainNameProblemLabel"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setForegroundRole(QPalette::PlaceholderText);

    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("encryptionKeyEdit"));
    m_keyEdit->setAccessibleName(tr("KMS encryption key"));
    m_keyEdit->setPlaceholderText(tr("Optional: key ARN, key ID or alias/name"));
    m_keyEdit->setClearButtonEnabled(true);
    auto *keyHint = new QLabel(tr("Empty: the AWS managed key (aws/codeartifact). Otherwise a key ARN "
                                  "(arn:aws:kms:\u2026:key/\u2026), a key ID, an alias (alias/name) or an alias ARN. "
                                  "The key cannot be changed later."),
                               this);
    keyHint->setObjectName(QStringLiteral("encryptionKeyHint"));
    keyHint->setWordWrap(true);
    keyHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameProblem);
    auto *keyLabel = new QLabel(tr("&KMS key:"), this);
    keyLabel->setBuddy(m_keyEdit);
    form->addRow(keyLabel, m_keyEdit);
    form->addRow(QString(), keyHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createDomainButton"));
    m_createButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_createButton->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &DomainDialog::updateState);
    updateState();
    setMinimumWidth(520);
}

QString DomainDialog::name() const
{
    return m_nameEdit->text();
}

QString DomainDialog::encryptionKey() const
{
    return m_keyEdit->text().trimmed();
}

QString DomainDialog::nameProblem() const
{
    return RepositorySetupController::domainNameProblem(name());
}

void DomainDialog::updateState()
{
    const QString problem = nameProblem();
    m_nameProblem->setText(problem.isEmpty() ? tr("The name fits the service's rules.") : problem);
    // Before anything is typed the rule is a hint; once typed, a mistake is shown as one.
    m_nameProblem->setForegroundRole(problem.isEmpty() || name().isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_nameProblem->setStyleSheet(problem.isEmpty() || name().isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_createButton->setEnabled(problem.isEmpty());
}

} // namespace desk
