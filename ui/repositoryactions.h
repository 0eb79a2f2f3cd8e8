#pragma once

#include "ui/connectioninstructionsaction.h"

#include "base/awsrequest.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace desk {

class CodeArtifactClient;
class ConnectionPlanDialog;
struct ConnectionPlan;
class ExternalConnectionJob;
class InventoryController;
class Job;
class JobErrorPresenter;
class SessionController;

// The repository actions (Associate, Disassociate, Copy as AWS CLI command): when they apply to
// the selection, and their workflows: the picker and confirmations through the Prompter, the
// change as visible steps (a replace is a disassociate, then an associate), the answer into the
// details pane, and a failure through the JobErrorPresenter with what is true now. A connection
// through a store repository is a ConnectionPlan shown and run in a ConnectionPlanDialog.
class RepositoryActions : public QObject
{
    Q_OBJECT

public:
    RepositoryActions(InventoryController *inventory, SessionController *session, JobErrorPresenter *errors,
                      QWidget *window);
    ~RepositoryActions() override;

    QAction *associateAction() const { return m_associate; }
    QAction *disassociateAction() const { return m_disassociate; }
    QAction *copyCliAction() const { return m_copyCli; }
    // The same actions on a view's context menu (right click, or the Menu key), then `refresh`.
    void addContextMenu(QWidget *view, QAction *refresh);
    // Connection Instructions… for the selected repository (a self-contained ConnectionInstructionsAction).
    ConnectionInstructionsAction *instructionsAction() const { return m_instructions; }
    bool isBusy() const { return !m_job.isNull() || !m_lookup.isNull() || !m_planDialog.isNull(); }
    // What "Copy as AWS CLI command" put on the clipboard last.
    QString lastCliCommand() const { return m_lastCliCommand; }

public Q_SLOTS:
    void associate();
    void disassociate();
    void copyCliCommand();
    void updateActions();
    // An action elsewhere (create, edit, delete) sent `request`: "Copy as AWS CLI command" on its
    // repository (its domain, for a domain's action or a deleted repository) copies it.
    void recordAction(const desk::AwsRequest &request);

Q_SIGNALS:
    // A change the admin asked for ended (after all its steps, or at the failed one).
    void actionFinished(bool ok);
    void statusMessage(const QString &text, int timeoutMs);

private:
    // One change of the repository's external connection.
    struct Step
    {
        bool associate = true;
        QString connection;
    };
    // Shows a plan through a store repository, runs it when the admin says so (ConnectionPlanDialog).
    void runConnectionPlan(const ConnectionPlan &plan);
    void confirmDisassociate(const RepositoryRef &ref, const QString &connection, int unread);
    static QString nameList(const QStringList &names);
    void runPlan(const RepositoryRef &repository, const QList<Step> &steps);
    void runStep();
    void stepSucceeded(ExternalConnectionJob *job);
    void stepFailed(const AwsError &error, const std::optional<RepositoryDescription> &current);
    QString stepPrefix() const;
    AwsRequest stepRequest(const Step &step) const;

    QPointer<InventoryController> m_inventory;
    QPointer<SessionController> m_session;
    QPointer<JobErrorPresenter> m_errors;
    QPointer<QWidget> m_window;
    QAction *m_associate = nullptr;
    QAction *m_disassociate = nullptr;
    QAction *m_copyCli = nullptr;
    ConnectionInstructionsAction *m_instructions = nullptr;

    // The change running or last run, for its steps and for "Copy as AWS CLI command".
    RepositoryRef m_planRepository;
    QList<Step> m_plan;
    int m_step = 0;
    QPointer<ExternalConnectionJob> m_job;
    QPointer<Job> m_lookup;
    QPointer<ConnectionPlanDialog> m_planDialog;   // finding who uses the repository, before Disassociate asks
    QList<AwsRequest> m_lastRequests;
    QString m_lastCliCommand;
};

} // namespace desk
