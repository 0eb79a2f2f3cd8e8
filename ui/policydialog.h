#pragma once

#include "api/permissionspolicyjobs.h"
#include "base/codeartifacttypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace desk {

class CodeArtifactClient;
class MessageWidget;
class Prompter;

// Repository → Domain Policy… / Repository Policy…: the permissions policy of one domain or
// repository. Shows it pretty-printed with its revision, or says clearly that there is none;
// edits it as JSON, checked as you type (PolicyDocument::check: syntax with line and column,
// Version, Statement, each statement's Effect, Principal and Action) and again before anything
// is sent; adds the common statements from PolicyTemplates for a 12-digit account.
// Save sends Put…PermissionsPolicy with the revision that was read, so a policy changed
// meanwhile is refused, never overwritten: the dialog says so and offers to reload. When there
// was no policy, Save first reads again that there still is none (the API has no "create only"
// condition). Delete asks first and sends the revision too. "Copy as AWS CLI" copies the put.
class PolicyDialog : public QDialog
{
    Q_OBJECT

public:
    // Where "Copy as AWS CLI" aims the command.
    struct CliContext
    {
        QString region;
        QString endpointUrl;   // empty: the regional default
        QString profile;       // empty: none
    };

    PolicyDialog(CodeArtifactClient *client, const PermissionsPolicyTarget &target, std::shared_ptr<Prompter> prompter,
                 const CliContext &cli, QWidget *parent = nullptr);
    ~PolicyDialog() override;

    const PermissionsPolicyTarget &target() const { return m_target; }
    bool isBusy() const { return !m_job.isNull(); }
    // What was read last: the policy, or none (std::nullopt) once read.
    bool isLoaded() const { return m_loaded; }
    bool hasPolicy() const { return m_policy.has_value(); }
    QString revision() const { return m_policy ? m_policy->revision : QString(); }
    QString documentText() const;
    void setDocumentText(const QString &text);
    QString lastCliCommand() const { return m_lastCliCommand; }

public Q_SLOTS:
    void reload();
    void save();
    void deletePolicy();
    void addTemplate();
    void copyCliCommand();

Q_SIGNALS:
    // A Get ended (ok: the policy or "none" is shown).
    void loaded(bool ok);
    // A Save or Delete ended.
    void saved(bool ok);
    void deleted(bool ok);

private:
    void buildUi();
    void startGet(bool beforePut);
    void handleGetFinished(GetPermissionsPolicyJob *job, bool beforePut);
    void sendPut();
    void showPolicy(const std::optional<ResourcePolicy> &policy);
    void handleConflict(const AwsError &error, const QString &what);
    void updateValidation();
    void updateButtons();
    void updateTemplateHint();
    QString subjectText() const;

    QPointer<CodeArtifactClient> m_client;
    PermissionsPolicyTarget m_target;
    std::shared_ptr<Prompter> m_prompter;
    CliContext m_cli;

    bool m_loaded = false;
    std::optional<ResourcePolicy> m_policy;
    QString m_shownText;   // the editor's text as loaded, to tell an edit
    QPointer<PermissionsPolicyJob> m_job;
    QString m_lastCliCommand;

    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QComboBox *m_templateCombo = nullptr;
    QLineEdit *m_accountEdit = nullptr;
    QPushButton *m_addTemplate = nullptr;
    QLabel *m_templateHint = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_validation = nullptr;
    MessageWidget *m_banner = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_copyCli = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace desk
