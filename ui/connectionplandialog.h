#pragma once

#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"
#include "controllers/connectionplan.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace desk {

class CodeArtifactClient;
class ConnectionPlanJob;
class ConnectionPlanModel;
class MessageWidget;

// A connection plan, shown before anything runs and run in front of the admin: its steps (what
// each does, its state) and the AWS CLI commands they stand for; Run; after a failure, what was
// done and what was not, with Resume (from the failed step) and Undo (what the plan created or
// changed, nothing else); Copy as AWS CLI (the whole plan). The answers go out as
// repositoryChanged()/repositoryDeleted() for the inventory and the details pane.
class ConnectionPlanDialog : public QDialog
{
    Q_OBJECT

public:
    // `cliProfile`: "--profile NAME" (SessionController::cliProfile()); `cliNote`: the comment on
    // top of the copied script when the AWS CLI does not know that profile (SessionController::cliNote()).
    ConnectionPlanDialog(CodeArtifactClient *client, const ConnectionPlan &plan, const QString &cliProfile,
                         const QString &cliNote, QWidget *parent = nullptr);
    ~ConnectionPlanDialog() override;

    const ConnectionPlan &plan() const;
    bool isRunning() const { return !m_job.isNull(); }
    // The text of the status line under the steps.
    QString statusText() const;
    // The plan as AWS CLI commands (what Copy as AWS CLI puts on the clipboard).
    QString cliScript() const;

public Q_SLOTS:
    void run();
    void resume();
    void undo();
    void copyCli();
    void reject() override;

Q_SIGNALS:
    void repositoryChanged(const desk::RepositoryDescription &repository);
    void repositoryDeleted(const desk::RepositoryRef &repository);
    // A run, resume or undo ended; `ok`: without an error.
    void planFinished(bool ok);

private:
    void start(int mode);
    void handleFinished();
    void updateButtons();
    QString introText() const;

    QPointer<CodeArtifactClient> m_client;
    ConnectionPlanModel *m_model = nullptr;
    QPointer<ConnectionPlanJob> m_job;
    bool m_undone = false;
    QLabel *m_intro = nullptr;
    QTreeView *m_view = nullptr;
    QPlainTextEdit *m_script = nullptr;
    MessageWidget *m_message = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace desk
