#pragma once

#include "aws/sandboxendpoint.h"
#include "base/awserror.h"
#include "base/awsrequest.h"
#include "base/operationinputs.h"

#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

#include <optional>

#include <functional>
#include <memory>

class QAction;
class QNetworkAccessManager;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTimer;

namespace desk {

class ActivityModel;
class ActivityPanel;
class AwsJob;
class CodeArtifactClient;
class ConnectionBar;
class ProfileSwitcher;
class AppProfileStore;
class CredentialsProvider;
class ProfileManager;
struct ActiveProfile;
class InventoryFilterModel;
class InventoryModel;
class InventoryPanel;
class MessageWidget;
class Prompter;
class RepositoryDetailsView;
class WelcomePage;
struct RepositoryDescription;

// The main window: the inventory tree on the left, the selection's details on the right, the
// connection bar on top, the activity panel as a dock (hidden; Ctrl+L).
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
    // An information banner (e.g. "profiles come later").
    void showNotice(const QString &text);

    bool selectFirstRepository();
    bool selectRepository(const RepositoryRef &ref);
    bool selectDomain(const QString &owner, const QString &name);

    bool isWelcomeShown() const;
    bool isInventoryLoading() const { return !m_inventoryJob.isNull(); }
    bool isBusy() const { return m_busy; }
    QString callerAccount() const { return m_callerAccount; }
    QString lastCliCommand() const { return m_lastCliCommand; }

    CodeArtifactClient *client() const { return m_client; }
    InventoryModel *inventoryModel() const { return m_model; }
    InventoryFilterModel *filterModel() const { return m_filter; }
    ActivityModel *activityModel() const { return m_activity; }
    InventoryPanel *inventoryPanel() const { return m_inventoryPanel; }
    RepositoryDetailsView *detailsView() const { return m_details; }
    MessageWidget *banner() const { return m_banner; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QDockWidget *activityDock() const { return m_activityDock; }

    QAction *associateAction() const { return m_associateAction; }
    QAction *disassociateAction() const { return m_disassociateAction; }
    QAction *copyCliAction() const { return m_copyCliAction; }
    QAction *refreshAction() const { return m_refreshAction; }

public Q_SLOTS:
    void associateExternalConnection();
    void disassociateExternalConnection();
    void copyCliCommand();

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
    void updateActions();
    void updateConnectionBar();
    void updateTitle();
    void showBanner(const QString &text, int type, const QString &details = {}, std::function<void()> retry = {});
    void loadIdentity();
    void handleCurrentChanged(const QModelIndex &sourceIndex);
    void loadRepositoryDetails(const RepositoryRef &ref);
    void loadDomainDetails(const DomainRef &ref);
    void reloadCurrentDetails();
    void loadCurrentDetails();
    void handleRegionChosen(const QString &region);
    // Starts (or returns to) the built-in sandbox: from the welcome page or the profile switcher.
    void startSandbox();
    // One external-connection step; `thenAssociate`: a second step that associates this after a
    // successful disassociation (replace).
    void runConnectionJob(bool associate, const RepositoryRef &ref, const QString &connection,
                          const QString &thenAssociate, int step, int steps);
    void handleConnectionFailure(bool associate, const RepositoryRef &ref, const QString &connection,
                                 const QString &thenAssociate, int step, int steps, const AwsError &error,
                                 const std::optional<RepositoryDescription> &current);
    void showRepositoryIfCurrent(const RepositoryDescription &repository, const QString &highlight);
    RepositoryRef currentRepositoryRef() const;

    CodeArtifactClient *m_client;
    std::shared_ptr<Prompter> m_prompter;
    SandboxStarter m_sandboxStarter;
    bool m_sandboxMode = false;
    ProfileManager *m_profiles = nullptr;
    AppProfileStore *m_appProfiles = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QString m_cliProfile;  // "--profile NAME" for "Copy as AWS CLI command", when the CLI knows it
    void applyProfile(const ActiveProfile &profile);

    InventoryModel *m_model = nullptr;
    InventoryFilterModel *m_filter = nullptr;
    ActivityModel *m_activity = nullptr;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    MessageWidget *m_banner = nullptr;
    std::function<void()> m_bannerRetry;
    InventoryPanel *m_inventoryPanel = nullptr;
    RepositoryDetailsView *m_details = nullptr;
    ConnectionBar *m_connectionBar = nullptr;
    ProfileSwitcher *m_switcher = nullptr;
    QDockWidget *m_activityDock = nullptr;
    ActivityPanel *m_activityPanel = nullptr;
    QLabel *m_pendingLabel = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_associateAction = nullptr;
    QAction *m_disassociateAction = nullptr;
    QAction *m_copyCliAction = nullptr;
    QAction *m_activityAction = nullptr;
    QAction *m_credentialsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_activityToolBarSlot = nullptr;
    QAction *m_aboutAction = nullptr;

    QPointer<AwsJob> m_inventoryJob;
    QPointer<AwsJob> m_identityJob;
    QPointer<AwsJob> m_detailsJob;
    quint64 m_detailsGeneration = 0;
    // Details load a moment after the selection settles (arrowing through the tree, or a filter
    // moving the current row, sends one request, not one per row); the summary shows at once.
    QTimer *m_detailsTimer = nullptr;
    QPersistentModelIndex m_currentSource;
    RepositoryRef m_restoreSelection;
    QString m_callerAccount;
    bool m_busy = false;
    // The last action's request, for "Copy as AWS CLI command".
    bool m_hasLastRequest = false;
    AwsRequest m_lastRequest;
    RepositoryRef m_lastRequestRef;
    QString m_lastCliCommand;
};

} // namespace desk
