#include "ui/mainwindow.h"

#include "ui/activitypanel.h"
#include "base/awsclicommand.h"
#include "ui/connectionbar.h"
#include "ui/credentialsdialog.h"
#include "ui/profileswitcher.h"
#include "ui/externalconnectiondialog.h"
#include "ui/icons.h"
#include "ui/inventorypanel.h"
#include "ui/messagewidget.h"
#include "ui/prompter.h"
#include "ui/repositorydetailsview.h"
#include "ui/welcomepage.h"

#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/externalconnectionjobs.h"
#include "api/getcalleridentityjob.h"
#include "api/paginatedjobs.h"
#include "api/repositoryjobs.h"
#include "credentials/profilemanager.h"
#include "credentials/appprofilestore.h"
#include "models/activitymodel.h"
#include "models/inventoryfiltermodel.h"
#include "models/inventorymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace desk {

MainWindow::MainWindow(CodeArtifactClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_prompter(std::make_shared<Prompter>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());

    m_model = new InventoryModel(this);
    m_filter = new InventoryFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_activity = new ActivityModel(this);
    connect(m_client, &CodeArtifactClient::requestFinished, m_activity, &ActivityModel::addRecord);

    createActions();

    // Workspace: banner on top, tree | details below.
    m_workspace = new QWidget(this);
    m_banner = new MessageWidget(m_workspace);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    connect(m_banner, &MessageWidget::retryRequested, this, [this] {
        if (auto retry = m_bannerRetry)
            retry();
    });
    m_inventoryPanel = new InventoryPanel(m_model, m_filter, m_workspace);
    m_details = new RepositoryDetailsView(m_workspace);
    m_details->setRepositoryActions(m_associateAction, m_disassociateAction, m_copyCliAction);
    // The same actions on the tree's context menu (right click, or the Menu key).
    QTreeView *tree = m_inventoryPanel->treeView();
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->addAction(m_associateAction);
    tree->addAction(m_disassociateAction);
    auto *separator = new QAction(tree);
    separator->setSeparator(true);
    tree->addAction(separator);
    tree->addAction(m_copyCliAction);
    tree->addAction(m_refreshAction);
    auto *splitter = new QSplitter(Qt::Horizontal, m_workspace);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_inventoryPanel);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 660});
    auto *workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(8, 8, 8, 8);
    workspaceLayout->setSpacing(8);
    workspaceLayout->addWidget(m_banner);
    workspaceLayout->addWidget(splitter, 1);

    m_welcome = new WelcomePage(this);
    m_welcome->setSandboxAvailable(false);
    connect(m_welcome, &WelcomePage::sandboxRequested, this, &MainWindow::startSandbox);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    // Connection bar.
    auto *toolBar = addToolBar(tr("Connection"));
    toolBar->setObjectName(QStringLiteral("connectionToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    m_activityToolBarSlot = toolBar->addSeparator();
    m_connectionBar = new ConnectionBar(toolBar);
    m_connectionBar->setObjectName(QStringLiteral("connectionBar"));
    toolBar->addWidget(m_connectionBar);
    connect(m_connectionBar, &ConnectionBar::regionChosen, this, &MainWindow::handleRegionChosen);

    // Activity dock, hidden by default.
    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityPanel = new ActivityPanel(m_activity, m_activityDock);
    m_activityDock->setWidget(m_activityPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_activityDock->hide();
    m_activityAction = m_activityDock->toggleViewAction();
    m_activityAction->setObjectName(QStringLiteral("activityAction"));
    m_activityAction->setText(tr("&Activity Panel"));
    m_activityAction->setIcon(Icons::get(QStringLiteral("activity")));
    m_activityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    toolBar->insertAction(m_activityToolBarSlot, m_activityAction);
    // The buttons the toolbar made for its actions, named like every other control.
    toolBar->widgetForAction(m_refreshAction)->setObjectName(QStringLiteral("refreshButton"));
    toolBar->widgetForAction(m_activityAction)->setObjectName(QStringLiteral("activityButton"));

    createMenus();

    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    statusBar()->addPermanentWidget(m_pendingLabel);
    connect(m_client, &CodeArtifactClient::pendingRequestsChanged, this, [this](int pending) {
        m_pendingLabel->setText(pending > 0 ? (pending == 1 ? tr("1 request in flight") : tr("%1 requests in flight").arg(pending)) : QString());
    });
    connect(m_client, &CodeArtifactClient::settingsChanged, this, &MainWindow::updateConnectionBar);

    connect(m_inventoryPanel, &InventoryPanel::currentChanged, this, &MainWindow::handleCurrentChanged);
    m_detailsTimer = new QTimer(this);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(120);
    connect(m_detailsTimer, &QTimer::timeout, this, &MainWindow::loadCurrentDetails);

    setTabOrder(m_inventoryPanel->filterEdit(), m_inventoryPanel->treeView());
    resize(1200, 760);
    updateConnectionBar();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    for (const QPointer<AwsJob> &job : {m_inventoryJob, m_identityJob, m_detailsJob}) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(Icons::get(QStringLiteral("refresh")), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load all domains and repositories again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_filterAction = new QAction(Icons::get(QStringLiteral("search")), tr("&Filter\u2026"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] { m_inventoryPanel->focusFilter(); });

    m_associateAction = new QAction(Icons::get(QStringLiteral("link")), tr("&Associate External Connection\u2026"), this);
    m_associateAction->setObjectName(QStringLiteral("associateAction"));
    m_associateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_associateAction->setToolTip(tr("Connect the repository to a public package repository (Ctrl+E)"));
    connect(m_associateAction, &QAction::triggered, this, &MainWindow::associateExternalConnection);

    m_disassociateAction = new QAction(Icons::get(QStringLiteral("unlink")), tr("&Disassociate\u2026"), this);
    m_disassociateAction->setObjectName(QStringLiteral("disassociateAction"));
    m_disassociateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_disassociateAction->setToolTip(tr("Remove the repository's external connection (Ctrl+Shift+E)"));
    connect(m_disassociateAction, &QAction::triggered, this, &MainWindow::disassociateExternalConnection);

    m_copyCliAction = new QAction(Icons::get(QStringLiteral("terminal")), tr("Copy as AWS &CLI Command"), this);
    m_copyCliAction->setObjectName(QStringLiteral("copyCliAction"));
    m_copyCliAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCliAction->setToolTip(tr("Copy the last action, or a describe of the selection, as an AWS CLI command line"));
    connect(m_copyCliAction, &QAction::triggered, this, &MainWindow::copyCliCommand);

    m_credentialsAction = new QAction(Icons::get(QStringLiteral("key")), tr("&Credentials…"), this);
    m_credentialsAction->setObjectName(QStringLiteral("credentialsAction"));
    m_credentialsAction->setToolTip(tr("Add, edit, remove and test Artifact Desk profiles"));
    m_credentialsAction->setEnabled(false);   // until profiles are wired in (setProfiles)
    connect(m_credentialsAction, &QAction::triggered, this, &MainWindow::openCredentialsDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Artifact Desk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Artifact Desk"),
                           tr("<h3>Artifact Desk %1</h3><p>A desktop tool for AWS CodeArtifact administrators: "
                              "browse domains and repositories and manage their external connections.</p>")
                               .arg(QStringLiteral(DESK_VERSION)));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_refreshAction);
    file->addAction(m_credentialsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_filterAction);
    edit->addAction(m_copyCliAction);
    QMenu *repository = menuBar()->addMenu(tr("&Repository"));
    repository->addAction(m_associateAction);
    repository->addAction(m_disassociateAction);
    repository->addSeparator();
    repository->addAction(m_copyCliAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_activityAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = prompter ? std::move(prompter) : std::make_shared<Prompter>();
}

void MainWindow::setSandboxStarter(SandboxStarter starter)
{
    m_sandboxStarter = std::move(starter);
    m_welcome->setSandboxAvailable(bool(m_sandboxStarter));
    updateConnectionBar();
}

void MainWindow::setProfiles(ProfileManager *profiles, AppProfileStore *appProfiles, QNetworkAccessManager *network)
{
    m_profiles = profiles;
    m_appProfiles = appProfiles;
    m_network = network;
    auto *switcher = new ProfileSwitcher(profiles, m_connectionBar);
    switcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_connectionBar->setProfileSwitcher(switcher);
    m_switcher = switcher;
    // The sandbox is one more entry there, so an admin can go from the demo to real credentials
    // and back without restarting.
    connect(switcher, &ProfileSwitcher::sandboxChosen, this, &MainWindow::startSandbox);
    m_welcome->setCredentialsDialogAvailable(appProfiles != nullptr);
    m_credentialsAction->setEnabled(appProfiles != nullptr);

    connect(switcher, &ProfileSwitcher::manageRequested, this, &MainWindow::openCredentialsDialog);
    connect(m_welcome, &WelcomePage::credentialsRequested, this, &MainWindow::openCredentialsDialog);
    connect(profiles, &ProfileManager::activated, this, &MainWindow::applyProfile);
    connect(profiles, &ProfileManager::activationFailed, this, [this](const QString &id, const AwsError &error) {
        if (isWelcomeShown() || !m_client->credentialsProvider()) {
            start();
            // No profile at all is what the welcome page is for; anything else is said there.
            if (!id.isEmpty())
                m_welcome->showError(error.userMessage());
            return;
        }
        showBanner(error.userMessage(), int(MessageWidget::Type::Error), error.details());
    });
    connect(profiles, &ProfileManager::credentialsRefreshFailed, this, [this](const AwsError &error) {
        showBanner(tr("The temporary credentials could not be refreshed: %1").arg(error.userMessage()),
                   int(MessageWidget::Type::Warning), error.details());
    });
    connect(m_connectionBar, &ConnectionBar::regionChosen, profiles, &ProfileManager::rememberRegion);
    if (appProfiles) {
        connect(appProfiles, &AppProfileStore::keychainAvailabilityChanged, this,
                [this](bool available, const QString &message) {
                    if (available)
                        return;
                    showBanner(tr("The system keychain is not available: secrets you enter are kept for this "
                                  "session only and are not saved."),
                               int(MessageWidget::Type::Warning), message);
                });
    }
}

void MainWindow::applyProfile(const ActiveProfile &profile)
{
    m_sandboxMode = false;
    ProfileManager::applyTo(profile, m_client);
    m_cliProfile = profile.cliProfile;
    if (!profile.warnings.isEmpty())
        showBanner(profile.warnings.join(u'\n'), int(MessageWidget::Type::Warning));
    updateTitle();
    start();
}

void MainWindow::openCredentialsDialog()
{
    if (!m_appProfiles)
        return;
    auto *dialog = new CredentialsDialog(m_appProfiles, m_network, m_prompter.get(), this);
    dialog->setObjectName(QStringLiteral("credentialsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A profile saved while nothing is connected is the one to use.
    connect(dialog, &CredentialsDialog::profileSaved, this, [this](const QString &name) {
        if (m_profiles && (isWelcomeShown() || m_sandboxMode))
            m_profiles->activate(ProfileManager::appId(name));
    });
    dialog->open();
}

void MainWindow::useSandbox(const SandboxEndpoint &sandbox)
{
    m_sandboxMode = true;
    m_client->setEndpointOverride(sandbox.url);
    m_client->setStsEndpointOverride(sandbox.url);
    m_client->setCredentialsProvider(sandbox.credentials);
    if (!sandbox.region.isEmpty())
        m_client->setRegion(sandbox.region);
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
    const auto provider = m_client->credentialsProvider();
    const bool hasCredentials = provider && provider->credentials().isValid();
    if (!hasCredentials) {
        m_stack->setCurrentWidget(m_welcome);
        m_refreshAction->setEnabled(false);
        m_connectionBar->setEnabled(false);
        return;
    }
    m_stack->setCurrentWidget(m_workspace);
    m_refreshAction->setEnabled(true);
    m_connectionBar->setEnabled(true);
    refresh();
    m_inventoryPanel->treeView()->setFocus();
}

void MainWindow::startSandbox()
{
    if (!m_sandboxStarter)
        return;
    const SandboxEndpoint sandbox = m_sandboxStarter();
    if (!sandbox.error.isEmpty()) {
        const QString message = tr("The sandbox could not start: %1").arg(sandbox.error);
        if (isWelcomeShown())
            m_welcome->showSandboxError(message);
        else
            showBanner(message, int(MessageWidget::Type::Error));
        updateConnectionBar();   // the switcher goes back to what is really in use
        return;
    }
    useSandbox(sandbox);
    start();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_sandboxMode ? tr("Artifact Desk \u2014 Sandbox") : tr("Artifact Desk"));
}

void MainWindow::updateConnectionBar()
{
    const auto provider = m_client->credentialsProvider();
    const QString source = provider ? provider->name() : tr("No credentials");
    m_connectionBar->setCredentialsSource(source);
    m_connectionBar->setProfileSwitcherShown(true);
    if (m_switcher)
        m_switcher->setSandbox(bool(m_sandboxStarter), m_sandboxMode);
    m_connectionBar->setRegion(m_client->region());
    const ResolvedEndpoint endpoint = m_client->endpoint();
    if (endpoint.isOverridden())
        m_connectionBar->setEndpoint(endpoint.url.toString(), endpoint.source);
    else
        m_connectionBar->setEndpoint({}, {});
}

void MainWindow::showBanner(const QString &text, int type, const QString &details, std::function<void()> retry)
{
    m_bannerRetry = std::move(retry);
    m_banner->showMessage(text, MessageWidget::Type(type), details, bool(m_bannerRetry));
}

void MainWindow::showNotice(const QString &text)
{
    showBanner(text, int(MessageWidget::Type::Information));
}

void MainWindow::handleRegionChosen(const QString &region)
{
    if (region == m_client->region())
        return;
    m_client->setRegion(region);
    if (!isWelcomeShown())
        refresh();
}

void MainWindow::refresh()
{
    if (isWelcomeShown())
        return;
    if (m_inventoryJob) {
        m_inventoryJob->disconnect(this);
        m_inventoryJob->abort();
    }
    if (m_detailsJob) {
        m_detailsJob->disconnect(this);
        m_detailsJob->abort();
    }
    m_restoreSelection = currentRepositoryRef();
    if (m_banner->type() == MessageWidget::Type::Error)
        m_banner->hideMessage();
    m_model->clear();
    m_details->showHint(tr("Loading domains and repositories\u2026"));
    m_inventoryPanel->setLoading(true);
    statusBar()->showMessage(tr("Loading domains\u2026"));

    auto *job = new InventoryJob(m_client, 6, this);
    m_inventoryJob = job;
    connect(job, &InventoryJob::domainsListed, m_model, &InventoryModel::addDomains);
    connect(job, &InventoryJob::domainLoaded, this, [this](const DomainSummary &domain, const QList<RepositorySummary> &repos) {
        m_model->setRepositories(domain, repos);
        if (!m_restoreSelection.repository.isEmpty() && domain.name == m_restoreSelection.domain
            && domain.owner == m_restoreSelection.domainOwner) {
            selectRepository(m_restoreSelection);
            m_restoreSelection = {};
        }
    });
    connect(job, &InventoryJob::domainFailed, m_model, &InventoryModel::setDomainFailed);
    connect(job, &InventoryJob::progressChanged, m_inventoryPanel, &InventoryPanel::setProgress);
    connect(job, &AwsJob::finished, this, [this, job] {
        const AwsError error = job->error();
        const int failed = job->domainsFailed();
        m_inventoryPanel->setLoading(false);
        m_restoreSelection = {};
        if (error) {
            statusBar()->showMessage(tr("Could not load the domains"), 5000);
            showBanner(error.userMessage(), int(MessageWidget::Type::Error), error.details(), [this] { refresh(); });
            m_details->showHint(tr("Nothing to show: the domains could not be listed."));
        } else {
            statusBar()->showMessage((job->domains().size() == 1 ? tr("Loaded 1 domain")
                                                         : tr("Loaded %1 domains").arg(job->domains().size())), 5000);
            if (failed > 0) {
                showBanner(failed == 1 ? tr("1 domain could not be loaded; the reason is shown under it in the tree.")
                                   : tr("%1 domains could not be loaded; the reason is shown under each in the tree.").arg(failed),
                           int(MessageWidget::Type::Warning), {}, [this] { refresh(); });
            }
            if (!m_currentSource.isValid()) {
                m_details->showHint(m_model->domainCount() == 0
                                        ? tr("No domains in %1 for these credentials.\nCreate a domain with the AWS "
                                             "console or CLI, or choose another region.").arg(m_client->region())
                                        : tr("Select a repository to see its details and external connections,\nor a "
                                             "domain to see the domain."));
            }
        }
        Q_EMIT inventoryFinished(!error);
    });
    job->start();
    loadIdentity();
}

void MainWindow::loadIdentity()
{
    if (m_identityJob) {
        m_identityJob->disconnect(this);
        m_identityJob->abort();
    }
    m_connectionBar->setIdentityLoading();
    auto *job = new GetCallerIdentityJob(m_client, this);
    m_identityJob = job;
    connect(job, &AwsJob::finished, this, [this, job] {
        if (job->error()) {
            m_callerAccount.clear();
            const AwsError error = job->error();
            m_connectionBar->setIdentityFailed(error.code().isEmpty() ? AwsError::kindName(error.kind()) : error.code(),
                                               error.userMessage(), error.details());
            return;
        }
        m_callerAccount = job->identity().account;
        m_connectionBar->setIdentity(job->identity().arn, job->identity().account);
    });
    job->start();
}

bool MainWindow::selectFirstRepository()
{
    const QModelIndex first = m_inventoryPanel->firstRepository();
    if (!first.isValid())
        return false;
    m_inventoryPanel->selectSourceIndex(first);
    return true;
}

bool MainWindow::selectRepository(const RepositoryRef &ref)
{
    const QModelIndex index = m_model->repositoryIndex(ref);
    if (!index.isValid())
        return false;
    m_inventoryPanel->selectSourceIndex(index);
    return true;
}

bool MainWindow::selectDomain(const QString &owner, const QString &name)
{
    const QModelIndex index = m_model->domainIndex(owner, name);
    if (!index.isValid())
        return false;
    m_inventoryPanel->selectSourceIndex(index);
    return true;
}

RepositoryRef MainWindow::currentRepositoryRef() const
{
    if (!m_currentSource.isValid())
        return {};
    return m_currentSource.data(InventoryModel::RepositoryRefRole).value<RepositoryRef>();
}

void MainWindow::handleCurrentChanged(const QModelIndex &sourceIndex)
{
    // The same row again (e.g. after a re-sort): nothing to reload.
    if (sourceIndex.isValid() && QModelIndex(m_currentSource) == sourceIndex.siblingAtColumn(0))
        return;
    m_currentSource = sourceIndex.isValid() ? sourceIndex.siblingAtColumn(0) : QModelIndex();
    if (m_detailsJob) {
        m_detailsJob->disconnect(this);
        m_detailsJob->abort();
    }
    ++m_detailsGeneration;
    m_detailsTimer->stop();
    if (!sourceIndex.isValid()) {
        m_details->showHint(tr("Select a repository to see its details and external connections,\nor a domain to see the domain."));
        updateActions();
        return;
    }
    const auto kind = sourceIndex.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>();
    switch (kind) {
    case InventoryModel::ItemKind::Repository: {
        m_details->showRepositorySummary(sourceIndex.data(InventoryModel::RepositorySummaryRole).value<RepositorySummary>());
        m_detailsTimer->start();
        break;
    }
    case InventoryModel::ItemKind::Domain: {
        const QModelIndex domainIndex = sourceIndex.siblingAtColumn(0);
        if (domainIndex.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>()
            == InventoryModel::DomainState::Failed) {
            const AwsError error = domainIndex.data(InventoryModel::ErrorRole).value<AwsError>();
            m_details->showHint(tr("The repositories of domain %1 could not be listed.\n\n%2\n\nPress F5 to try again.")
                                    .arg(domainIndex.data().toString(), error.userMessage()));
            break;
        }
        m_details->showDomainSummary(domainIndex.data(InventoryModel::DomainSummaryRole).value<DomainSummary>(),
                                     domainIndex.data(InventoryModel::RepositoryCountRole).toInt());
        m_detailsTimer->start();
        break;
    }
    case InventoryModel::ItemKind::Error: {
        const AwsError error = sourceIndex.data(InventoryModel::ErrorRole).value<AwsError>();
        m_details->showHint(tr("%1\n\nPress F5 to try again.").arg(error.userMessage()));
        break;
    }
    }
    updateActions();
}

void MainWindow::loadCurrentDetails()
{
    if (!m_currentSource.isValid())
        return;
    const auto kind = m_currentSource.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>();
    if (kind == InventoryModel::ItemKind::Repository)
        loadRepositoryDetails(m_currentSource.data(InventoryModel::RepositoryRefRole).value<RepositoryRef>());
    else if (kind == InventoryModel::ItemKind::Domain)
        loadDomainDetails(m_currentSource.data(InventoryModel::DomainRefRole).value<DomainRef>());
}

void MainWindow::loadRepositoryDetails(const RepositoryRef &ref)
{
    auto *job = new DescribeRepositoryJob(m_client, ref, this);
    m_detailsJob = job;
    const quint64 generation = m_detailsGeneration;
    connect(job, &AwsJob::finished, this, [this, job, generation, ref] {
        if (generation != m_detailsGeneration)
            return;
        if (job->error()) {
            const AwsError error = job->error();
            showBanner(tr("Could not load repository %1: %2").arg(ref.repository, error.userMessage()),
                       int(MessageWidget::Type::Error), error.details(), [this] { reloadCurrentDetails(); });
            Q_EMIT detailsFinished(false);
            updateActions();
            return;
        }
        const RepositoryDescription repository = job->repository();
        m_details->showRepository(repository);
        m_model->updateRepository(repository);
        updateActions();
        Q_EMIT detailsFinished(true);
    });
    job->start();
}

void MainWindow::loadDomainDetails(const DomainRef &ref)
{
    auto *job = new DescribeDomainJob(m_client, ref, this);
    m_detailsJob = job;
    const quint64 generation = m_detailsGeneration;
    connect(job, &AwsJob::finished, this, [this, job, generation, ref] {
        if (generation != m_detailsGeneration)
            return;
        if (job->error()) {
            const AwsError error = job->error();
            showBanner(tr("Could not load domain %1: %2").arg(ref.domain, error.userMessage()),
                       int(MessageWidget::Type::Error), error.details(), [this] { reloadCurrentDetails(); });
            Q_EMIT detailsFinished(false);
            return;
        }
        m_details->showDomain(job->domain());
        Q_EMIT detailsFinished(true);
    });
    job->start();
}

void MainWindow::reloadCurrentDetails()
{
    const QModelIndex current = m_currentSource;
    m_currentSource = QModelIndex();
    handleCurrentChanged(current);
}

void MainWindow::updateActions()
{
    const bool repositorySelected = m_details->page() == RepositoryDetailsView::Page::Repository;
    const bool loaded = repositorySelected && m_details->isRepositoryLoaded();
    const bool hasConnection = loaded && !m_details->repository().externalConnections.isEmpty();
    m_associateAction->setEnabled(loaded && !m_busy);
    m_disassociateAction->setEnabled(hasConnection && !m_busy);
    m_copyCliAction->setEnabled(repositorySelected || m_details->page() == RepositoryDetailsView::Page::Domain);
}

void MainWindow::showRepositoryIfCurrent(const RepositoryDescription &repository, const QString &highlight)
{
    m_model->updateRepository(repository);
    const RepositoryRef current = currentRepositoryRef();
    if (current.repository == repository.name && current.domain == repository.domainName
        && current.domainOwner == repository.domainOwner) {
        ++m_detailsGeneration;   // a describe still in flight is older than this answer
        if (m_detailsJob) {
            m_detailsJob->disconnect(this);
            m_detailsJob->abort();
        }
        m_details->showRepository(repository, highlight);
    }
}

void MainWindow::associateExternalConnection()
{
    if (!m_associateAction->isEnabled())
        return;
    const RepositoryDescription repository = m_details->repository();
    ExternalConnectionDialog dialog(repository, m_callerAccount, this);
    if (m_prompter->exec(&dialog) != QDialog::Accepted)
        return;
    const ExternalConnectionDialog::Choice choice = dialog.choice();
    const RepositoryRef ref{repository.domainName, choice.domainOwner, repository.name};
    if (!choice.replaces.isEmpty()) {
        const bool go = m_prompter->confirm(
            this, tr("Replace External Connection"),
            tr("Replace %1 with %2 on repository %3 in domain %4?\n\nStep 1 disassociates %1, step 2 associates %2. "
               "Between the two steps the repository has no external connection.")
                .arg(choice.replaces, choice.connection, repository.name, repository.domainName),
            tr("Replace"));
        if (!go)
            return;
        runConnectionJob(false, ref, choice.replaces, choice.connection, 1, 2);
        return;
    }
    runConnectionJob(true, ref, choice.connection, {}, 1, 1);
}

void MainWindow::disassociateExternalConnection()
{
    if (!m_disassociateAction->isEnabled())
        return;
    const RepositoryDescription repository = m_details->repository();
    if (repository.externalConnections.isEmpty())
        return;
    const QString connection = repository.externalConnections.constFirst().externalConnectionName;
    const bool go = m_prompter->confirm(
        this, tr("Disassociate External Connection"),
        tr("Disassociate %1 from repository %2 in domain %3?\n\nPackage managers that use %2 will no longer get new "
           "packages from %1. Packages already in %2 stay.")
            .arg(connection, repository.name, repository.domainName),
        tr("Disassociate"));
    if (!go)
        return;
    runConnectionJob(false, RepositoryRef{repository.domainName, repository.domainOwner, repository.name}, connection,
                     {}, 1, 1);
}

void MainWindow::runConnectionJob(bool associate, const RepositoryRef &ref, const QString &connection,
                                  const QString &thenAssociate, int step, int steps)
{
    m_busy = true;
    updateActions();
    const QString stepText = steps > 1 ? tr("Step %1 of %2: ").arg(step).arg(steps) : QString();
    showBanner(stepText
                   + (associate ? tr("Associating %1 with %2\u2026").arg(connection, ref.repository)
                                : tr("Disassociating %1 from %2\u2026").arg(connection, ref.repository)),
               int(MessageWidget::Type::Information));

    ExternalConnectionJob *job = associate
        ? static_cast<ExternalConnectionJob *>(new AssociateExternalConnectionJob(m_client, ref, connection, this))
        : static_cast<ExternalConnectionJob *>(new DisassociateExternalConnectionJob(m_client, ref, connection, this));
    m_lastRequest = job->request();
    m_lastRequestRef = ref;
    m_hasLastRequest = true;
    connect(job, &AwsJob::finished, this, [=, this] {
        m_busy = false;
        if (job->error()) {
            const AwsError error = job->error();
            const std::optional<RepositoryDescription> current = job->currentRepository();
            // Leave the job's finished() before a modal prompt opens.
            QTimer::singleShot(0, this, [=, this] {
                handleConnectionFailure(associate, ref, connection, thenAssociate, step, steps, error, current);
            });
            return;
        }
        const RepositoryDescription repository = job->repository();
        showRepositoryIfCurrent(repository, associate ? connection : QString());
        QString done = associate ? tr("%1 is now associated with %2.").arg(connection, ref.repository)
                                 : tr("%1 is no longer associated with %2.").arg(connection, ref.repository);
        if (job->wasRecovered())
            done += u' ' + tr("(The answer was lost on the network; re-reading the repository showed the change was made.)");
        showBanner(stepText + done, int(MessageWidget::Type::Positive));
        statusBar()->showMessage(done, 5000);
        updateActions();
        if (!thenAssociate.isEmpty()) {
            runConnectionJob(true, ref, thenAssociate, {}, step + 1, steps);
            return;
        }
        Q_EMIT actionFinished(true);
    });
    job->start();
}

void MainWindow::handleConnectionFailure(bool associate, const RepositoryRef &ref, const QString &connection,
                                         const QString &thenAssociate, int step, int steps, const AwsError &error,
                                         const std::optional<RepositoryDescription> &current)
{
    QString context;
    if (current) {
        showRepositoryIfCurrent(*current, {});
        const QString now = current->externalConnections.isEmpty()
            ? tr("no external connection")
            : tr("external connection %1").arg(current->externalConnections.constFirst().externalConnectionName);
        context = tr("Artifact Desk read the repository again: %1 now has %2.").arg(ref.repository, now);
    }
    if (steps > 1 && step > 1 && associate) {
        context += (context.isEmpty() ? QString() : QStringLiteral("\n\n"))
            + tr("Step 1 (disassociating the previous connection) was done; %1 currently has no external "
                 "connection unless shown otherwise above.").arg(ref.repository);
    }
    const QString title = associate ? tr("Could Not Associate %1").arg(connection)
                                    : tr("Could Not Disassociate %1").arg(connection);
    m_banner->hideMessage();
    updateActions();
    const bool canRetry = error.isRetryable() && !error.isAmbiguous();
    const Prompter::ErrorChoice choice = m_prompter->showError(this, title, error, context, canRetry);
    if (choice == Prompter::ErrorChoice::Retry) {
        runConnectionJob(associate, ref, connection, thenAssociate, step, steps);
        return;
    }
    showBanner(error.userMessage(), int(MessageWidget::Type::Error), error.details());
    Q_EMIT actionFinished(false);
}

void MainWindow::copyCliCommand()
{
    AwsRequest request;
    const RepositoryRef ref = currentRepositoryRef();
    QString what;
    if (!ref.repository.isEmpty()) {
        if (m_hasLastRequest && m_lastRequestRef.domain == ref.domain && m_lastRequestRef.repository == ref.repository) {
            request = m_lastRequest;
            what = tr("the last action");
        } else {
            DescribeRepositoryJob describe(m_client, ref);
            request = describe.request();
            what = tr("a describe of the repository");
        }
    } else if (m_currentSource.isValid()) {
        const DomainRef domain = m_currentSource.data(InventoryModel::DomainRefRole).value<DomainRef>();
        DescribeDomainJob describe(m_client, domain);
        request = describe.request();
        what = tr("a describe of the domain");
    } else {
        return;
    }
    const ResolvedEndpoint endpoint = m_client->endpoint();
    const QString url = endpoint.isOverridden() ? endpoint.url.toString() : QString();
    m_lastCliCommand = AwsCliCommand::fromRequest(request, m_client->region(), url);
    if (!m_cliProfile.isEmpty() && !m_sandboxMode)
        m_lastCliCommand += u' ' + m_cliProfile;
    QApplication::clipboard()->setText(m_lastCliCommand);
    statusBar()->showMessage(tr("Copied %1 as an AWS CLI command: %2").arg(what, m_lastCliCommand), 8000);
}

} // namespace desk
