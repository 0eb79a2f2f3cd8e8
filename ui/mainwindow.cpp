#include "ui/mainwindow.h"

#include "ui/activitypanel.h"
#include "ui/backgrounddescribestatus.h"
#include "ui/connectbatchaction.h"
#include "ui/connectionbar.h"
#include "ui/credentialsdialog.h"
#include "ui/icons.h"
#include "ui/inventoryexportaction.h"
#include "ui/inventorypanel.h"
#include "ui/joberrorpresenter.h"
#include "ui/messagewidget.h"
#include "ui/packageflowpanel.h"
#include "ui/policyactions.h"
#include "ui/profileswitcher.h"
#include "ui/repositorydetailsview.h"
#include "ui/repositoryeditactions.h"
#include "ui/welcomepage.h"

#include "api/codeartifactclient.h"
#include "controllers/repositorysetupcontroller.h"
#include "controllers/sessioncontroller.h"
#include "credentials/appprofilestore.h"
#include "credentials/profilemanager.h"
#include "models/activitymodel.h"
#include "models/inventoryfiltermodel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

MainWindow::MainWindow(CodeArtifactClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());

    m_inventory = new InventoryController(client, this);
    m_session = new SessionController(client, this);
    m_filter = new InventoryFilterModel(this);
    m_filter->setSourceModel(m_inventory->model());
    m_activity = new ActivityModel(this);
    connect(m_client, &CodeArtifactClient::requestFinished, m_activity, &ActivityModel::addRecord);

    // Workspace: banner on top, tree | details below.
    m_workspace = new QWidget(this);
    m_banner = new MessageWidget(m_workspace);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_errors = new JobErrorPresenter(m_banner, this);
    m_actions = new RepositoryActions(m_inventory, m_session, m_errors, this);
    m_policies = new PolicyActions(m_inventory, m_session, m_errors, this);
    createActions();
    m_inventoryPanel = new InventoryPanel(m_inventory->model(), m_filter, m_workspace);
    m_details = new RepositoryDetailsView(m_workspace);
    m_details->setRepositoryActions(associateAction(), disassociateAction(), copyCliAction());
    m_details->setInventoryModel(m_inventory->model());
    QTreeView *tree = m_inventoryPanel->treeView();
    m_actions->addContextMenu(tree, m_refreshAction);
    tree->insertAction(disassociateAction(),
                       m_connectBatch = new ConnectBatchAction(m_inventory, m_inventoryPanel, m_session, m_errors, this));
    (m_editActions = new RepositoryEditActions(m_inventory, m_inventoryPanel, m_errors, m_refreshAction, this))->addTo(tree);
    connect(m_editActions->controller(), &RepositorySetupController::requestSent, m_actions, &RepositoryActions::recordAction);
    m_describeStatus = new BackgroundDescribeStatus(m_inventory, tree, m_filter, m_inventoryPanel);
    m_inventoryPanel->addFooter(m_describeStatus);
    auto *splitter = new QSplitter(Qt::Horizontal, m_workspace);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_inventoryPanel);
    splitter->addWidget(m_packageFlow = new PackageFlowPanel(m_inventory, m_inventoryPanel, m_details, m_workspace));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({580, 620});   // the details need ~500 px in long languages; the rest to the names
    auto *workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(8, 8, 8, 8);
    workspaceLayout->setSpacing(8);
    // The banner sits under the panes: showing or hiding it moves nothing above it.
    workspaceLayout->addWidget(splitter, 1);
    workspaceLayout->addWidget(m_banner);

    m_welcome = new WelcomePage(this);
    m_welcome->setSandboxAvailable(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    createToolBar();
    createMenus();
    statusBar()->addPermanentWidget(ActivityPanel::createPendingLabel(m_client, this));
    connect(m_client, &CodeArtifactClient::settingsChanged, this, &MainWindow::updateConnectionBar);
    connect(m_actions, &RepositoryActions::actionFinished, this, &MainWindow::actionFinished);
    connect(m_actions, &RepositoryActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connectInventory();
    connectSession();
    setTabOrder(m_inventoryPanel->filterEdit(), m_inventoryPanel->treeView());
    resize(1200, 760);
    updateConnectionBar();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_inventory->stop();
}

void MainWindow::createActions()
{
    m_refreshAction = Icons::action(this, "refreshAction", QStringLiteral("refresh"), tr("&Refresh"), QKeySequence::Refresh,
                                    tr("Load all domains and repositories again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_filterAction = Icons::action(this, "filterAction", QStringLiteral("search"), tr("&Filter\u2026"), QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] { m_inventoryPanel->focusFilter(); });
    m_credentialsAction = Icons::action(this, "credentialsAction", QStringLiteral("key"), tr("&Credentials…"), {},
                                        tr("Add, edit, remove and test Artifact Desk profiles"));
    m_credentialsAction->setEnabled(false);   // until profiles are wired in (setProfiles)
    connect(m_credentialsAction, &QAction::triggered, this, &MainWindow::openCredentialsDialog);
    m_quitAction = Icons::action(this, "quitAction", {}, tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = Icons::action(this, "aboutAction", {}, tr("&About Artifact Desk"));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Artifact Desk"), tr("<h3>Artifact Desk %1</h3><p>A desktop tool for AWS CodeArtifact "
            "administrators: domains, repositories, upstreams, external connections and policies.</p>").arg(QStringLiteral(DESK_VERSION)));
    });
}

void MainWindow::createToolBar()
{
    auto *toolBar = addToolBar(tr("Connection"));
    toolBar->setObjectName(QStringLiteral("connectionToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    QAction *activitySlot = toolBar->addSeparator();
    m_connectionBar = new ConnectionBar(toolBar);
    m_connectionBar->setObjectName(QStringLiteral("connectionBar"));
    toolBar->addWidget(m_connectionBar);
    connect(m_connectionBar, &ConnectionBar::regionChosen, m_session, &SessionController::chooseRegion);

    m_activityDock = ActivityPanel::createDock(m_activity, this);
    m_activityAction = m_activityDock->toggleViewAction();
    toolBar->insertAction(activitySlot, m_activityAction);
    // The buttons the toolbar made for its actions, named like every other control.
    toolBar->widgetForAction(m_refreshAction)->setObjectName(QStringLiteral("refreshButton"));
    toolBar->widgetForAction(m_activityAction)->setObjectName(QStringLiteral("activityButton"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_refreshAction, new InventoryExportAction(m_client, m_errors, m_refreshAction, this), m_credentialsAction});
    file->addSeparator();
    file->addAction(m_quitAction);
    menuBar()->addMenu(tr("&Edit"))->addActions({m_filterAction, copyCliAction()});
    QMenu *repository = menuBar()->addMenu(tr("&Repository"));
    repository->addActions({associateAction(), m_connectBatch, disassociateAction()});
    repository->addSeparator();
    repository->addActions({instructionsAction(), copyCliAction()});
    m_editActions->addTo(repository);
    m_policies->addToMenu(repository);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_activityAction, m_packageFlow->showAction(), m_describeStatus->describeAllAction()});
    view->addMenu(m_describeStatus->rateMenu());
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);
}

void MainWindow::connectInventory()
{
    connect(m_inventoryPanel, &InventoryPanel::currentChanged, m_inventory, &InventoryController::setCurrent);
    connect(m_inventory, &InventoryController::currentChanged, m_details, &RepositoryDetailsView::showSelection);
    connect(m_inventory, &InventoryController::currentChanged, m_errors,
            [this](const QModelIndex &index) { m_errors->setCurrentSubject(JobErrorPresenter::subjectOfItem(index)); });
    connect(m_inventory, &InventoryController::repositoryToSelect, this, &MainWindow::selectRepository);
    connect(m_inventory, &InventoryController::progressChanged, m_inventoryPanel, &InventoryPanel::setProgress);
    connect(m_inventory, &InventoryController::inventoryStarted, this, [this] {
        m_errors->hideError();
        m_details->showHint(tr("Loading domains and repositories\u2026"));
        m_inventoryPanel->setLoading(true);
        statusBar()->showMessage(tr("Loading domains\u2026"));
    });
    connect(m_inventory, &InventoryController::inventoryFinished, this, &MainWindow::showInventoryResult);
    connect(m_inventory, &InventoryController::identityStarted, m_connectionBar, &ConnectionBar::setIdentityLoading);
    connect(m_inventory, &InventoryController::identityLoaded, m_connectionBar, &ConnectionBar::setIdentity);
    connect(m_inventory, &InventoryController::identityFailed, m_connectionBar, &ConnectionBar::setIdentityFailed);
    connect(m_inventory, &InventoryController::repositoryDescribed, this, [this](const RepositoryDescription &repository) {
        m_details->showRepository(repository);
        Q_EMIT detailsFinished(true);
    });
    connect(m_inventory, &InventoryController::domainDescribed, this, [this](const DomainDescription &domain) {
        m_details->showDomain(domain);
        Q_EMIT detailsFinished(true);
    });
    connect(m_inventory, &InventoryController::currentRepositoryChanged, m_details, &RepositoryDetailsView::showRepository);
    connect(m_details, &RepositoryDetailsView::repositoryLinkActivated, this,
            [this](const RepositoryRef &ref) { m_inventoryPanel->revealSourceIndex(inventoryModel()->repositoryIndex(ref)); });
    connect(m_inventory, &InventoryController::detailsFailed, this,
            [this](InventoryModel::ItemKind kind, const QString &name, const AwsError &error) {
                m_errors->showDetailsFailure(kind, name, error, [this] { m_inventory->reloadCurrent(); });
                Q_EMIT detailsFinished(false);
            });
}

void MainWindow::showInventoryResult(const AwsError &error, int domains, int failedDomains)
{
    m_inventoryPanel->setLoading(false);
    if (error) {
        statusBar()->showMessage(tr("Could not load the domains"), 5000);
        m_errors->showError(error, {}, [this] { refresh(); });
        m_details->showHint(tr("Nothing to show: the domains could not be listed."));
        Q_EMIT inventoryFinished(false);
        return;
    }
    statusBar()->showMessage(domains == 1 ? tr("Loaded 1 domain") : tr("Loaded %1 domains").arg(domains), 5000);
    if (failedDomains > 0) {
        const QList<AwsError> failures = inventoryModel()->domainErrors();
        const bool helps = std::any_of(failures.begin(), failures.end(), &JobErrorPresenter::canRetry);
        m_errors->showBanner(failedDomains == 1
                                 ? tr("1 domain could not be loaded; the reason is shown under it in the tree.")
                                 : tr("%1 domains could not be loaded; the reason is shown under each in the tree.").arg(failedDomains),
                             MessageWidget::Type::Warning, {}, helps ? std::function<void()>([this] { refresh(); }) : nullptr);
    }
    if (!m_inventory->current().isValid()) {
        m_details->showHint(inventoryModel()->domainCount() == 0
                                ? tr("No domains in %1 for these credentials.\nCreate one with Repository \u2192 "
                                     "New Domain\u2026 (Ctrl+Shift+N), or choose another region.").arg(m_client->region())
                                : tr("Select a repository to see its details and external connections,\nor a "
                                     "domain to see the domain."));
    }
    Q_EMIT inventoryFinished(true);
}

void MainWindow::connectSession()
{
    connect(m_welcome, &WelcomePage::sandboxRequested, m_session, &SessionController::startSandbox);
    connect(m_session, &SessionController::connectionChanged, this, [this] {
        updateTitle();
        start();
    });
    connect(m_session, &SessionController::regionChanged, this, [this] {
        if (!isWelcomeShown())
            refresh();
    });
    connect(m_session, &SessionController::sandboxFailed, this, [this](const QString &reason) {
        const QString message = tr("The sandbox could not start: %1").arg(reason);
        if (isWelcomeShown())
            m_welcome->showSandboxError(message);
        else
            m_errors->showBanner(message, MessageWidget::Type::Error);
        updateConnectionBar();   // the switcher goes back to what is really in use
    });
    connect(m_session, &SessionController::profileWarnings, this, [this](const QStringList &warnings) {
        m_errors->showBanner(warnings.join(u'\n'), MessageWidget::Type::Warning);
    });
}

void MainWindow::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_errors->setPrompter(std::move(prompter));
}

void MainWindow::setSandboxStarter(SandboxStarter starter)
{
    m_session->setSandboxStarter(std::move(starter));
    m_welcome->setSandboxAvailable(m_session->canStartSandbox());
    updateConnectionBar();
}

void MainWindow::setProfiles(ProfileManager *profiles, AppProfileStore *appProfiles, QNetworkAccessManager *network)
{
    m_profiles = profiles;
    m_appProfiles = appProfiles;
    m_network = network;
    m_session->setProfiles(profiles);
    m_switcher = new ProfileSwitcher(profiles, m_connectionBar);
    m_switcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_connectionBar->setProfileSwitcher(m_switcher);
    // The sandbox is one more entry there, so an admin can go from the demo to real credentials
    // and back without restarting.
    connect(m_switcher, &ProfileSwitcher::sandboxChosen, m_session, &SessionController::startSandbox);
    connect(m_switcher, &ProfileSwitcher::manageRequested, this, &MainWindow::openCredentialsDialog);
    connect(m_welcome, &WelcomePage::credentialsRequested, this, &MainWindow::openCredentialsDialog);
    m_welcome->setCredentialsDialogAvailable(appProfiles != nullptr);
    m_credentialsAction->setEnabled(appProfiles != nullptr);
    connect(profiles, &ProfileManager::activationFailed, this, [this](const QString &id, const AwsError &error) {
        if (isWelcomeShown() || !m_client->credentialsProvider()) {
            start();
            // No profile at all is what the welcome page is for; anything else (an unreadable AWS file too) is said there.
            if (!id.isEmpty() || !m_profiles->fileProblems().isEmpty())
                m_welcome->showError(error.userMessage());
            return;
        }
        m_errors->showError(error);
    });
    m_errors->reportCredentialProblems(profiles, appProfiles);
}

void MainWindow::openCredentialsDialog()
{
    if (!m_appProfiles)
        return;
    auto *dialog = new CredentialsDialog(m_appProfiles, m_network, m_errors->prompter(), this);
    dialog->setObjectName(QStringLiteral("credentialsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A profile saved while nothing is connected is the one to use.
    connect(dialog, &CredentialsDialog::profileSaved, this, [this](const QString &name) {
        if (m_profiles && (isWelcomeShown() || m_session->isSandbox()))
            m_profiles->activate(ProfileManager::appId(name));
    });
    dialog->open();
}

void MainWindow::useSandbox(const SandboxEndpoint &sandbox)
{
    m_session->useSandbox(sandbox);
    updateConnectionBar();
    updateTitle();
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::start()
{
    updateConnectionBar();
    const bool hasCredentials = m_session->hasCredentials();
    m_stack->setCurrentWidget(hasCredentials ? m_workspace : static_cast<QWidget *>(m_welcome));
    m_refreshAction->setEnabled(hasCredentials);
    m_connectionBar->setConnected(hasCredentials);
    if (!hasCredentials)
        return;
    refresh();
    m_inventoryPanel->treeView()->setFocus();
}

void MainWindow::refresh()
{
    if (m_profiles)
        m_profiles->reload();   // the AWS files as they are now (they are also watched)
    if (!isWelcomeShown())
        m_inventory->refresh();
}

void MainWindow::showNotice(const QString &text)
{
    m_errors->showBanner(text, MessageWidget::Type::Information);
}

void MainWindow::updateTitle()
{
    // What the window is connected to; the platform appends the application's display name
    // ("Sandbox — Artifact Desk"), so it is not repeated here.
    setWindowTitle(m_session->isSandbox() ? tr("Sandbox") : m_session->profileName());
}

void MainWindow::updateConnectionBar()
{
    const auto provider = m_client->credentialsProvider();
    m_connectionBar->setCredentialsSource(provider ? provider->name() : tr("No credentials"));
    m_connectionBar->setProfileSwitcherShown(true);
    if (m_switcher)
        m_switcher->setSandbox(m_session->canStartSandbox(), m_session->isSandbox());
    m_connectionBar->setRegion(m_client->region());
    const ResolvedEndpoint endpoint = m_client->endpoint();
    m_connectionBar->setEndpoint(endpoint.isOverridden() ? endpoint.url.toString() : QString(),
                                 endpoint.isOverridden() ? endpoint.source : QString());
}

bool MainWindow::selectFirstRepository()
{
    return m_inventoryPanel->selectSourceIndex(m_inventoryPanel->firstRepository());
}

bool MainWindow::selectRepository(const RepositoryRef &ref)
{
    return m_inventoryPanel->selectSourceIndex(inventoryModel()->repositoryIndex(ref));
}

bool MainWindow::selectDomain(const QString &owner, const QString &name)
{
    return m_inventoryPanel->selectSourceIndex(inventoryModel()->domainIndex(owner, name));
}

} // namespace desk
