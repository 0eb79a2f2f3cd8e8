#include "ui/policydialog.h"

#include "ui/messagewidget.h"
#include "ui/prompter.h"

#include "api/codeartifactclient.h"
#include "base/awsclicommand.h"
#include "base/inputvalidator.h"
#include "base/policydocument.h"
#include "base/policytemplates.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTextBlock>
#include <QVBoxLayout>

namespace desk {

PolicyDialog::PolicyDialog(CodeArtifactClient *client, const PermissionsPolicyTarget &target,
                           std::shared_ptr<Prompter> prompter, const CliContext &cli, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_target(target)
    , m_prompter(prompter ? std::move(prompter) : std::make_shared<Prompter>())
    , m_cli(cli)
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(target.isRepository() ? tr("Repository Policy \u2013 %1").arg(target.displayName())
                                         : tr("Domain Policy \u2013 %1").arg(target.displayName()));
    buildUi();
    resize(780, 640);
    reload();
}

PolicyDialog::~PolicyDialog()
{
    if (m_job) {
        m_job->disconnect(this);   // nothing of this dialog is shown any more
        m_job->abort();
    }
}

QString PolicyDialog::subjectText() const
{
    return m_target.isRepository() ? tr("repository %1 in domain %2").arg(m_target.repository, m_target.domain.domain)
                                   : tr("domain %1").arg(m_target.domain.domain);
}

void PolicyDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("policyHeading"));
    m_heading->setWordWrap(true);
    const QString owner = m_target.domain.domainOwner.isEmpty() ? QString() : tr(" (account %1)").arg(m_target.domain.domainOwner);
    m_heading->setText(m_target.isRepository()
                           ? tr("Who may use repository <b>%1</b> in domain <b>%2</b>%3, besides the domain owner's IAM users.")
                                 .arg(m_target.repository.toHtmlEscaped(), m_target.domain.domain.toHtmlEscaped(), owner)
                           : tr("Who may use domain <b>%1</b>%2 and its repositories, besides the domain owner's IAM users.")
                                 .arg(m_target.domain.domain.toHtmlEscaped(), owner));
    layout->addWidget(m_heading);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("policyStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);

    auto *templateRow = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    m_templateCombo = new QComboBox(this);
    m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
    m_templateCombo->setAccessibleName(tr("Policy template"));
    for (const PolicyTemplates::Template &t : PolicyTemplates::forTarget(m_target.isRepository()))
        m_templateCombo->addItem(t.title, QVariant::fromValue(int(t.kind)));
    templateLabel->setBuddy(m_templateCombo);
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    m_accountEdit = new QLineEdit(this);
    m_accountEdit->setObjectName(QStringLiteral("accountEdit"));
    m_accountEdit->setAccessibleName(tr("Account ID to allow"));
    m_accountEdit->setPlaceholderText(tr("12-digit account ID"));
    m_accountEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_accountEdit));
    m_accountEdit->setMaximumWidth(m_accountEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000")) + 24);
    accountLabel->setBuddy(m_accountEdit);
    m_addTemplate = new QPushButton(tr("Add &Statement"), this);
    m_addTemplate->setObjectName(QStringLiteral("addTemplateButton"));
    m_addTemplate->setToolTip(tr("Add the template's statement for this account to the policy below"));
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(m_templateCombo, 1);
    templateRow->addWidget(accountLabel);
    templateRow->addWidget(m_accountEdit);
    templateRow->addWidget(m_addTemplate);
    layout->addLayout(templateRow);

    m_templateHint = new QLabel(this);
    m_templateHint->setObjectName(QStringLiteral("templateHintLabel"));
    m_templateHint->setWordWrap(true);
    m_templateHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_templateHint);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("policyEdit"));
    m_editor->setAccessibleName(tr("Policy document (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    layout->addWidget(m_editor, 1);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    layout->addWidget(m_validation);

    m_banner = new MessageWidget(this);
    m_banner->setObjectName(QStringLiteral("policyBanner"));
    layout->addWidget(m_banner);

    auto *buttons = new QHBoxLayout;
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Read the policy again; edits not saved are lost"));
    m_delete = new QPushButton(tr("&Delete Policy\u2026"), this);
    m_delete->setObjectName(QStringLiteral("deletePolicyButton"));
    m_copyCli = new QPushButton(tr("Copy as AWS &CLI"), this);
    m_copyCli->setObjectName(QStringLiteral("copyCliButton"));
    m_copyCli->setToolTip(tr("Copy the AWS CLI command that sets this policy, with the revision read"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    buttons->addWidget(m_reload);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_copyCli);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &PolicyDialog::updateValidation);
    connect(m_accountEdit, &QLineEdit::textChanged, this, &PolicyDialog::updateButtons);
    connect(m_accountEdit, &QLineEdit::returnPressed, this, &PolicyDialog::addTemplate);
    connect(m_templateCombo, &QComboBox::currentIndexChanged, this, &PolicyDialog::updateTemplateHint);
    connect(m_addTemplate, &QPushButton::clicked, this, &PolicyDialog::addTemplate);
    connect(m_reload, &QPushButton::clicked, this, &PolicyDialog::reload);
    connect(m_delete, &QPushButton::clicked, this, &PolicyDialog::deletePolicy);
    connect(m_copyCli, &QPushButton::clicked, this, &PolicyDialog::copyCliCommand);
    connect(m_save, &QPushButton::clicked, this, &PolicyDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    updateTemplateHint();
}

QString PolicyDialog::documentText() const
{
    return m_editor->toPlainText();
}

void PolicyDialog::setDocumentText(const QString &text)
{
    m_editor->setPlainText(text);
}

void PolicyDialog::updateTemplateHint()
{
    const QList<PolicyTemplates::Template> templates = PolicyTemplates::forTarget(m_target.isRepository());
    const int index = m_templateCombo->currentIndex();
    m_templateHint->setText(index >= 0 && index < templates.size() ? templates.at(index).description : QString());
}

void PolicyDialog::updateValidation()
{
    const QString text = documentText();
    if (text.trimmed().isEmpty()) {
        m_validation->setText(m_policy ? tr("The editor is empty: to remove the policy, use Delete Policy.")
                                       : tr("Write a policy, or add a statement from a template."));
    } else {
        const PolicyDocument::Check check = PolicyDocument::check(text);
        m_validation->setText(check.ok ? QStringLiteral("\u2714 ") + check.message : QStringLiteral("\u26A0 ") + check.message);
    }
    updateButtons();
}

void PolicyDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool edited = documentText() != m_shownText;
    m_editor->setReadOnly(busy || !m_loaded);
    m_reload->setEnabled(!busy);
    m_delete->setEnabled(!busy && m_loaded && m_policy.has_value());
    m_save->setEnabled(!busy && m_loaded && edited && !documentText().trimmed().isEmpty());
    m_copyCli->setEnabled(!documentText().trimmed().isEmpty());
    m_addTemplate->setEnabled(!busy && m_loaded && InputValidator::isAccountId(m_accountEdit->text()));
}

void PolicyDialog::reload()
{
    m_banner->hideMessage();
    startGet(false);
}

void PolicyDialog::startGet(bool beforePut)
{
    if (isBusy() || !m_client)
        return;
    if (!beforePut)
        m_state->setText(tr("Reading the policy of %1\u2026").arg(subjectText()));
    auto *job = new GetPermissionsPolicyJob(m_client, m_target, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job, beforePut] { handleGetFinished(job, beforePut); });
    updateButtons();
    job->start();
}

void PolicyDialog::handleGetFinished(GetPermissionsPolicyJob *job, bool beforePut)
{
    m_job = nullptr;
    const AwsError error = job->error();
    const bool none = error.kind() == AwsError::Kind::NotFound;
    if (error && !none) {
        updateButtons();
        if (beforePut) {
            m_banner->showMessage(tr("Not saved: could not check that %1 still has no policy: %2")
                                      .arg(subjectText(), error.userMessage()),
                                  MessageWidget::Type::Error, error.details());
            Q_EMIT saved(false);
            return;
        }
        m_state->setText(tr("The policy could not be read."));
        m_banner->showMessage(error.userMessage(), MessageWidget::Type::Error, error.details());
        Q_EMIT loaded(false);
        return;
    }
    const std::optional<ResourcePolicy> found = none ? std::nullopt : std::optional<ResourcePolicy>(job->policy());
    if (beforePut) {
        if (found) {
            // Someone set a policy since this dialog read "none": never overwrite it.
            AwsError conflict(AwsError::Kind::Conflict, tr("A policy was set on %1 after it was read.").arg(subjectText()));
            handleConflict(conflict, tr("Not saved"));
            Q_EMIT saved(false);
            return;
        }
        sendPut();
        return;
    }
    showPolicy(found);
    Q_EMIT loaded(true);
}

void PolicyDialog::showPolicy(const std::optional<ResourcePolicy> &policy)
{
    m_loaded = true;
    m_policy = policy;
    if (policy) {
        m_state->setText(tr("<b>Revision</b> %1<br>%2").arg(policy->revision.toHtmlEscaped(), policy->resourceArn.toHtmlEscaped()));
        m_shownText = PolicyDocument::prettyPrinted(policy->document);
    } else {
        m_state->setText(tr("<b>No policy</b> is set on %1: only IAM users and roles of the domain owner's account "
                            "can use it. Write one below or start from a template.")
                             .arg(subjectText().toHtmlEscaped()));
        m_shownText.clear();
    }
    m_editor->setPlainText(m_shownText);
    updateValidation();
}

void PolicyDialog::save()
{
    if (isBusy() || !m_loaded || !m_client)
        return;
    const QString text = documentText();
    const PolicyDocument::Check check = PolicyDocument::check(text);
    if (!check.ok) {
        // Nothing is sent: the admin corrects it first. The cursor goes where the error is.
        m_validation->setText(QStringLiteral("\u26A0 ") + check.message);
        m_banner->showMessage(tr("Not saved: %1").arg(check.message), MessageWidget::Type::Error);
        if (check.line > 0) {
            const QTextBlock block = m_editor->document()->findBlockByNumber(check.line - 1);
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMin(check.column - 1, block.length() - 1));
            m_editor->setTextCursor(cursor);
        }
        m_editor->setFocus();
        Q_EMIT saved(false);
        return;
    }
    m_banner->hideMessage();
    if (!m_policy) {
        startGet(true);
        return;
    }
    sendPut();
}

void PolicyDialog::sendPut()
{
    const std::optional<QString> revision = m_policy ? std::optional<QString>(m_policy->revision) : std::nullopt;
    auto *job = new PutPermissionsPolicyJob(m_client, m_target, documentText(), revision, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        if (const AwsError error = job->error()) {
            updateButtons();
            if (error.kind() == AwsError::Kind::Conflict)
                handleConflict(error, tr("Not saved"));
            else
                m_banner->showMessage(tr("Not saved: %1").arg(error.userMessage()), MessageWidget::Type::Error, error.details());
            Q_EMIT saved(false);
            return;
        }
        showPolicy(job->policy());
        m_banner->showMessage(tr("Saved. The policy's revision is now %1.").arg(job->policy().revision),
                              MessageWidget::Type::Positive);
        Q_EMIT saved(true);
    });
    updateButtons();
    job->start();
}

void PolicyDialog::handleConflict(const AwsError &error, const QString &what)
{
    const QString text = tr("%1: the policy of %2 was changed since it was read here (by someone else or another "
                            "window). Nothing was overwritten.")
                             .arg(what, subjectText());
    m_banner->showMessage(text, MessageWidget::Type::Warning, error.details());
    if (m_prompter->confirm(this, tr("Policy Changed"),
                            text + u' '
                                + tr("Reload the current policy? The text in the editor will be replaced; copy it "
                                     "first if you want to keep your edits."),
                            tr("Reload"))) {
        reload();
    }
}

void PolicyDialog::deletePolicy()
{
    if (isBusy() || !m_policy || !m_client)
        return;
    if (!m_prompter->confirm(this, tr("Delete Policy"),
                             tr("Delete the permissions policy of %1? The accounts and principals it allows lose that "
                                "access.")
                                 .arg(subjectText()),
                             tr("Delete Policy"), Prompter::DefaultAnswer::Cancel)) {
        return;
    }
    m_banner->hideMessage();
    auto *job = new DeletePermissionsPolicyJob(m_client, m_target, m_policy->revision, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        if (const AwsError error = job->error()) {
            updateButtons();
            if (error.kind() == AwsError::Kind::Conflict || error.kind() == AwsError::Kind::NotFound)
                handleConflict(error, tr("Not deleted"));
            else
                m_banner->showMessage(tr("Not deleted: %1").arg(error.userMessage()), MessageWidget::Type::Error,
                                      error.details());
            Q_EMIT deleted(false);
            return;
        }
        showPolicy(std::nullopt);
        m_banner->showMessage(tr("The policy of %1 was deleted.").arg(subjectText()), MessageWidget::Type::Positive);
        Q_EMIT deleted(true);
    });
    updateButtons();
    job->start();
}

void PolicyDialog::addTemplate()
{
    const auto kind = PolicyTemplates::Kind(m_templateCombo->currentData().toInt());
    const PolicyTemplates::Result result = PolicyTemplates::apply(documentText(), kind, m_accountEdit->text());
    if (!result.error.isEmpty()) {
        m_banner->showMessage(result.error, MessageWidget::Type::Warning);
        return;
    }
    m_banner->hideMessage();
    m_editor->setPlainText(result.text);
}

void PolicyDialog::copyCliCommand()
{
    const std::optional<QString> revision = m_policy ? std::optional<QString>(m_policy->revision) : std::nullopt;
    const Operation operation = PermissionsPolicyJob::operationFor(PermissionsPolicyJob::Action::Put, m_target);
    const OperationInput input =
        PermissionsPolicyJob::inputFor(PermissionsPolicyJob::Action::Put, m_target, revision, documentText());
    m_lastCliCommand = AwsCliCommand::fromRequest(AwsRequest::forOperation(operation, input), m_cli.region,
                                                  m_cli.endpointUrl, m_cli.profile);
    QApplication::clipboard()->setText(m_lastCliCommand);
    m_banner->showMessage(tr("Copied the AWS CLI command that sets this policy%1.")
                              .arg(revision ? tr(" (with the revision read, so it fails if the policy changed)") : QString()),
                          MessageWidget::Type::Information);
}

} // namespace desk
