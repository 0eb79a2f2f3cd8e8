#pragma once

#include "ui/repositoryactions.h"

#include "aws/sandboxendpoint.h"
#include "base/operationinputs.h"
#include "controllers/inventorycontroller.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QNetworkAccessManager;
class QDockWidget;
class QLabel;
class QStackedWidget;

namespace desk {

class ActivityModel;
class BackgroundDescribeStatus;
class AppProfileStore;
class CodeArtifactClient;
class ConnectBatchAction;
class ConnectionBar;
class InventoryFilterModel;
class InventoryPanel;
class JobErrorPresenter;
class MessageWidget;
class PackageFlowPanel;
class PolicyActions;
class ProfileManager;
class ProfileSwitcher;
class Prompter;
class RepositoryDetailsView;
class RepositoryEditActions;
class SessionController;
class WelcomePage;

// The main window: the inventory tree on the left, the selection's details on the right, the
// connection bar on top, the activity panel as a dock (hidden; Ctrl+L). It lays these out and
// wires them to the ones that do the work: the InventoryController (loading), the
// SessionController (profiles and the sandbox), RepositoryActions (the repository actions) and
// the JobErrorPresenter (every failure, one way).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CodeArtifactClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Modal prompts go through here (tests answer them). Default: real dialogs.
    void setPrompter(std::shared_ptr<Prompter> prompter);
    // How "Try the sandbox" starts one; none: the button is disabled.
    void setSandboxStarter(SandboxStarter starter);
    // Credential profiles (environment, ~/.aws files, the app's own with secrets in the
    // keychain): adds the profile switcher to the connection bar, opens the credentials dialog
    // from it and from the welcome page, and reloads on every switch. Not owned.
    void setProfiles(ProfileManager *profiles, AppProfileStore *appProfiles, QNetworkAccessManager *network);
    void openCredentialsDialog();
    // Points the client at a started sandbox (CodeArtifact and STS) with its credentials.
    void useSandbox(const SandboxEndpoint &sandbox);

    // Shows the welcome page when there are no credentials, otherwise loads everything.
    void start();
    // Reloads the inventory (F5) and the identity.
    void refresh();
    // An information banner.
    void showNotice(const QString &text);

    bool selectFirstRepository();
    bool selectRepository(const RepositoryRef &ref);
    bool selectDomain(const QString &owner, const QString &name);

    bool isWelcomeShown() const;
    bool isInventoryLoading() const { return m_inventory->isLoading(); }
    bool isBusy() const { return m_actions->isBusy(); }
    QString callerAccount() const { return m_inventory->callerAccount(); }
    QString lastCliCommand() const { return m_actions->lastCliCommand(); }

    CodeArtifactClient *client() const { return m_client; }
    InventoryController *inventory() const { return m_inventory; }
    SessionController *session() const { return m_session; }
    RepositoryActions *repositoryActions() const { return m_actions; }
    // New/Edit/Delete of domains and repositories (issue 10).
    RepositoryEditActions *editActions() const { return m_editActions; }
    PolicyActions *policyActions() const { return m_policies; }
    ConnectBatchAction *connectBatchAction() const { return m_connectBatch; }
    JobErrorPresenter *errors() const { return m_errors; }
    InventoryModel *inventoryModel() const { return m_inventory->model(); }
    InventoryFilterModel *filterModel() const { return m_filter; }
    ActivityModel *activityModel() const { return m_activity; }
    InventoryPanel *inventoryPanel() const { return m_inventoryPanel; }
    RepositoryDetailsView *detailsView() const { return m_details; }
    PackageFlowPanel *packageFlow() const { return m_packageFlow; }
    MessageWidget *banner() const { return m_banner; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QDockWidget *activityDock() const { return m_activityDock; }
    BackgroundDescribeStatus *describeStatus() const { return m_describeStatus; }

    QAction *associateAction() const { return m_actions->associateAction(); }
    QAction *disassociateAction() const { return m_actions->disassociateAction(); }
    QAction *copyCliAction() const { return m_actions->copyCliAction(); }
    QAction *instructionsAction() const { return m_actions->instructionsAction(); }
    QAction *refreshAction() const { return m_refreshAction; }

public Q_SLOTS:
    void associateExternalConnection() { m_actions->associate(); }
    void disassociateExternalConnection() { m_actions->disassociate(); }
    void copyCliCommand() { m_actions->copyCliCommand(); }

Q_SIGNALS:
    // The inventory finished loading (false: the domains could not be listed).
    void inventoryFinished(bool ok);
    // The details request for the current selection finished.
    void detailsFinished(bool ok);
    // An associate/disassociate (or replace) the user asked for ended.
    void actionFinished(bool ok);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void connectInventory();
    void connectSession();
    void updateConnectionBar();
    void updateTitle();
    void showInventoryResult(const AwsError &error, int domains, int failedDomains);

    CodeArtifactClient *m_client;
    InventoryController *m_inventory = nullptr;
    SessionController *m_session = nullptr;
    RepositoryActions *m_actions = nullptr;
    RepositoryEditActions *m_editActions = nullptr;
    PolicyActions *m_policies = nullptr;
    ConnectBatchAction *m_connectBatch = nullptr;
    JobErrorPresenter *m_errors = nullptr;
    ProfileManager *m_profiles = nullptr;
    AppProfileStore *m_appProfiles = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    InventoryFilterModel *m_filter = nullptr;
    ActivityModel *m_activity = nullptr;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    MessageWidget *m_banner = nullptr;
    InventoryPanel *m_inventoryPanel = nullptr;
    RepositoryDetailsView *m_details = nullptr;
    PackageFlowPanel *m_packageFlow = nullptr;   // tabs: the details | the package flow
    ConnectionBar *m_connectionBar = nullptr;
    ProfileSwitcher *m_switcher = nullptr;
    QDockWidget *m_activityDock = nullptr;
    BackgroundDescribeStatus *m_describeStatus = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_activityAction = nullptr;
    QAction *m_credentialsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace desk
