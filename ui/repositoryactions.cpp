#include "ui/repositoryactions.h"

#include "ui/connectioninstructionsaction.h"
#include "ui/connectionplandialog.h"
#include "ui/externalconnectiondialog.h"
#include "ui/icons.h"
#include "ui/joberrorpresenter.h"

#include "api/codeartifactclient.h"
#include "api/describerepositoriesjob.h"
#include "api/externalconnectionjobs.h"
#include "base/awsclicommand.h"
#include "base/upstreamgraph.h"
#include "controllers/inventorycontroller.h"
#include "controllers/sessioncontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTimer>

namespace desk {

RepositoryActions::RepositoryActions(InventoryController *inventory, SessionController *session, JobErrorPresenter *errors,
                                     QWidget *window)
    : QObject(window)
    , m_inventory(inventory)
    , m_session(session)
    , m_errors(errors)
    , m_window(window)
{
    m_associate = Icons::action(window, "associateAction", QStringLiteral("link"), tr("&Associate External Connection\u2026"),
                             QKeySequence(Qt::CTRL | Qt::Key_E),
                             tr("Connect the repository to a public package repository (Ctrl+E)"));
    m_disassociate = Icons::action(window, "disassociateAction", QStringLiteral("unlink"), tr("&Disassociate\u2026"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                tr("Remove the repository's external connection (Ctrl+Shift+E)"));
    m_copyCli = Icons::action(window, "copyCliAction", QStringLiteral("terminal"), tr("Copy as AWS &CLI Command"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                           tr("Copy the last action, or a describe of the selection, as an AWS CLI command line"));
    m_instructions = new ConnectionInstructionsAction(inventory, session, window);
    connect(m_associate, &QAction::triggered, this, &RepositoryActions::associate);
    connect(m_disassociate, &QAction::triggered, this, &RepositoryActions::disassociate);
    connect(m_copyCli, &QAction::triggered, this, &RepositoryActions::copyCliCommand);
    connect(inventory, &InventoryController::selectionStateChanged, this, &RepositoryActions::updateActions);
    updateActions();
}

RepositoryActions::~RepositoryActions()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void RepositoryActions::updateActions()
{
    const auto kind = m_inventory->currentKind();
    const auto repository = m_inventory->currentDescription();
    const bool loaded = kind == InventoryModel::ItemKind::Repository && repository.has_value();
    const bool hasConnection = loaded && !repository->externalConnections.isEmpty();
    const bool domainShown = kind == InventoryModel::ItemKind::Domain
        && m_inventory->current().data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>()
            != InventoryModel::DomainState::Failed;
    m_associate->setEnabled(loaded && !isBusy());
    m_disassociate->setEnabled(hasConnection && !isBusy());
    m_copyCli->setEnabled(kind == InventoryModel::ItemKind::Repository || domainShown);
}

void RepositoryActions::associate()
{
    const auto repository = m_inventory->currentDescription();
    if (!m_associate->isEnabled() || !repository)
        return;
    ExternalConnectionDialog dialog(*repository, m_inventory->callerAccount(), m_window);
    // Where the plan looks for a store: what the tree knows of the domain now, and what it learns
    // while the picker is open (repositories not described yet).
    const DomainRef domain{repository->domainName, repository->domainOwner};
    Job *lookup = m_inventory->describeUnknownUpstreams(domain);
    dialog.setDomainRepositories(m_inventory->knownRepositories(domain), !lookup);
    if (lookup) {
        connect(lookup, &Job::finished, &dialog,
                [this, &dialog, domain] { dialog.setDomainRepositories(m_inventory->knownRepositories(domain)); });
    }
    if (m_errors->prompter()->exec(&dialog) != QDialog::Accepted)
        return;
    const ExternalConnectionDialog::Choice choice = dialog.choice();
    if (choice.plan.route == ConnectionPlan::Route::ThroughStore) {
        // Leave the picker's exec() before the plan's dialog opens.
        QTimer::singleShot(0, this, [this, plan = choice.plan] { runConnectionPlan(plan); });
        return;
    }
    const RepositoryRef ref{repository->domainName, choice.domainOwner, repository->name};
    if (choice.replaces.isEmpty()) {
        runPlan(ref, {Step{true, choice.connection}});
        return;
    }
    const bool go = m_errors->prompter()->confirm(
        m_window, tr("Replace External Connection"),
        tr("Replace %1 with %2 on repository %3 in domain %4?\n\nStep 1 disassociates %1, step 2 associates %2. "
           "Between the two steps the repository has no external connection.")
            .arg(choice.replaces, choice.connection, repository->name, repository->domainName),
        tr("Replace"), Prompter::DefaultAnswer::Cancel);
    if (go)
        runPlan(ref, {Step{false, choice.replaces}, Step{true, choice.connection}});
}

void RepositoryActions::disassociate()
{
    const auto repository = m_inventory->currentDescription();
    if (!m_disassociate->isEnabled() || !repository || repository->externalConnections.isEmpty())
        return;
    const RepositoryRef ref{repository->domainName, repository->domainOwner, repository->name};
    const QString connection = repository->externalConnections.constFirst().externalConnectionName;
    // Who reaches the registry through this repository: every upstream list of the domain must be
    // known first.
    Job *lookup = m_inventory->describeUnknownUpstreams(ref.domainRef());
    if (!lookup) {
        confirmDisassociate(ref, connection, 0);
        return;
    }
    m_lookup = lookup;
    updateActions();
    m_errors->showBanner(tr("Checking which repositories of %1 use %2\u2026").arg(ref.domain, ref.repository),
                         MessageWidget::Type::Information, {}, {}, JobErrorPresenter::subjectOf(ref));
    connect(lookup, &Job::finished, this, [this, ref, connection, lookup] {
        const int unread = static_cast<DescribeRepositoriesJob *>(lookup)->failed();
        m_lookup = nullptr;
        m_errors->hideBanner(JobErrorPresenter::subjectOf(ref));
        updateActions();
        // Leave the job's finished() before a modal prompt opens.
        QTimer::singleShot(0, this, [this, ref, connection, unread] { confirmDisassociate(ref, connection, unread); });
    });
}

void RepositoryActions::confirmDisassociate(const RepositoryRef &ref, const QString &connection, int unread)
{
    const QStringList users = UpstreamGraph(m_inventory->model()->domainUpstreams(ref.domainRef()).upstreams)
                                  .downstreamOf(ref.repository);
    QString text = tr("Disassociate %1 from repository %2 in domain %3?").arg(connection, ref.repository, ref.domain)
        + QStringLiteral("\n\n");
    if (users.isEmpty()) {
        text += tr("Package managers that use %2 will no longer get new packages from %1.").arg(connection, ref.repository);
    } else {
        text += tr("These repositories get packages from %1 through %2, directly or through each other: %3. Package "
                   "managers that use them, or %2, will no longer get new packages from %1.")
                    .arg(connection, ref.repository, nameList(users));
    }
    text += u' ' + tr("Packages already in them stay.");
    if (unread > 0) {
        text += QStringLiteral("\n\n")
            + (unread == 1 ? tr("1 repository of %1 could not be read, so more may use %2.").arg(ref.domain, ref.repository)
                           : tr("%1 repositories of %2 could not be read, so more may use %3.")
                                 .arg(unread)
                                 .arg(ref.domain, ref.repository));
    }
    if (m_errors->prompter()->confirm(m_window, tr("Disassociate External Connection"), text, tr("Disassociate"),
                                      Prompter::DefaultAnswer::Cancel))
        runPlan(ref, {Step{false, connection}});
}

void RepositoryActions::runConnectionPlan(const ConnectionPlan &plan)
{
    m_planRepository = plan.repository;
    m_plan.clear();
    m_lastRequests = plan.requests();
    ConnectionPlanDialog dialog(m_inventory->client(), plan, m_session->cliProfile(), m_session->cliNote(), m_window);
    m_planDialog = &dialog;
    connect(&dialog, &ConnectionPlanDialog::repositoryChanged, this,
            [this](const RepositoryDescription &repository) { m_inventory->applyRepository(repository); });
    // A store the plan's Undo deleted leaves the tree in place (no reload).
    connect(&dialog, &ConnectionPlanDialog::repositoryDeleted, this,
            [this](const RepositoryRef &repository) { m_inventory->model()->removeRepository(repository); });
    connect(&dialog, &ConnectionPlanDialog::planFinished, this, [this, &dialog](bool ok) {
        Q_EMIT statusMessage(ok ? tr("The plan for %1 ended.").arg(dialog.plan().repository.repository)
                                : tr("The plan for %1 stopped at a failed step.").arg(dialog.plan().repository.repository),
                             8000);
    });
    updateActions();
    m_errors->prompter()->exec(&dialog);
    m_planDialog = nullptr;
    const ConnectionPlan ran = dialog.plan();
    m_lastRequests = ran.requests();
    updateActions();
    Q_EMIT actionFinished(ran.isComplete());
}

QString RepositoryActions::nameList(const QStringList &names)
{
    constexpr int kShown = 10;
    if (names.size() <= kShown)
        return names.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(names.size()) - kShown).arg(names.first(kShown).join(QStringLiteral(", ")));
}

AwsRequest RepositoryActions::stepRequest(const Step &step) const
{
    OperationInput input = OperationInput::forRepository(m_planRepository);
    input.set(QStringLiteral("externalConnection"), step.connection);
    return AwsRequest::forOperation(step.associate ? Operation::AssociateExternalConnection
                                                   : Operation::DisassociateExternalConnection,
                                    input);
}

void RepositoryActions::runPlan(const RepositoryRef &repository, const QList<Step> &steps)
{
    m_planRepository = repository;
    m_plan = steps;
    m_step = 0;
    m_lastRequests.clear();
    for (const Step &step : steps)
        m_lastRequests << stepRequest(step);
    runStep();
}

QString RepositoryActions::stepPrefix() const
{
    return m_plan.size() > 1 ? tr("Step %1 of %2: ").arg(m_step + 1).arg(m_plan.size()) : QString();
}

void RepositoryActions::runStep()
{
    const Step step = m_plan.at(m_step);
    const QString repository = m_planRepository.repository;
    m_errors->showBanner(stepPrefix()
                             + (step.associate ? tr("Associating %1 with %2\u2026").arg(step.connection, repository)
                                               : tr("Disassociating %1 from %2\u2026").arg(step.connection, repository)),
                         MessageWidget::Type::Information, {}, {}, JobErrorPresenter::subjectOf(m_planRepository));
    CodeArtifactClient *client = m_inventory->client();
    ExternalConnectionJob *job = step.associate
        ? static_cast<ExternalConnectionJob *>(new AssociateExternalConnectionJob(client, m_planRepository, step.connection, this))
        : static_cast<ExternalConnectionJob *>(new DisassociateExternalConnectionJob(client, m_planRepository, step.connection, this));
    m_job = job;
    updateActions();
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        if (!job->error()) {
            stepSucceeded(job);
            return;
        }
        const AwsError error = job->error();
        const std::optional<RepositoryDescription> current = job->currentRepository();
        // Leave the job's finished() before a modal prompt opens.
        QTimer::singleShot(0, this, [this, error, current] { stepFailed(error, current); });
    });
    job->start();
}

void RepositoryActions::stepSucceeded(ExternalConnectionJob *job)
{
    const Step step = m_plan.at(m_step);
    const QString repository = m_planRepository.repository;
    m_inventory->applyRepository(job->repository(), step.associate ? step.connection : QString());
    QString done = step.associate ? tr("%1 is now associated with %2.").arg(step.connection, repository)
                                  : tr("%1 is no longer associated with %2.").arg(step.connection, repository);
    if (job->wasRecovered())
        done += u' ' + tr("(The answer was lost on the network; re-reading the repository showed the change was made.)");
    m_errors->showBanner(stepPrefix() + done, MessageWidget::Type::Positive, {}, {},
                         JobErrorPresenter::subjectOf(m_planRepository));
    Q_EMIT statusMessage(done, 5000);
    updateActions();
    if (++m_step < m_plan.size()) {
        runStep();
        return;
    }
    Q_EMIT actionFinished(true);
}

void RepositoryActions::stepFailed(const AwsError &error, const std::optional<RepositoryDescription> &current)
{
    const Step step = m_plan.at(m_step);
    const QString repository = m_planRepository.repository;
    QString context;
    if (current) {
        m_inventory->applyRepository(*current);
        const QString now = current->externalConnections.isEmpty()
            ? tr("no external connection")
            : tr("external connection %1").arg(current->externalConnections.constFirst().externalConnectionName);
        context = tr("Artifact Desk read the repository again: %1 now has %2.").arg(repository, now);
    }
    if (m_step > 0 && step.associate) {
        context += (context.isEmpty() ? QString() : QStringLiteral("\n\n"))
            + tr("Step 1 (disassociating the previous connection) was done; %1 currently has no external "
                 "connection unless shown otherwise above.").arg(repository);
    }
    const QString title = step.associate ? tr("Could Not Associate %1").arg(step.connection)
                                         : tr("Could Not Disassociate %1").arg(step.connection);
    updateActions();
    if (m_errors->askRetry(title, error, context, JobErrorPresenter::canRetry(error),
                           JobErrorPresenter::subjectOf(m_planRepository))) {
        runStep();
        return;
    }
    Q_EMIT statusMessage(title, 8000);
    Q_EMIT actionFinished(false);
}

void RepositoryActions::recordAction(const AwsRequest &request)
{
    const QString domain = request.input.string(QStringLiteral("domain"));
    QString owner = request.input.string(QStringLiteral("domainOwner"));
    if (owner.isEmpty())
        owner = m_inventory->callerAccount();
    const bool onDomain = request.operation == QLatin1String("DeleteRepository") || request.operation == QLatin1String("CreateDomain")
        || request.operation == QLatin1String("DeleteDomain");
    m_planRepository = {domain, owner, onDomain ? QString() : request.input.string(QStringLiteral("repository"))};
    m_plan.clear();
    m_lastRequests = {request};
}

void RepositoryActions::copyCliCommand()
{
    QList<AwsRequest> requests;
    QString what;
    const RepositoryRef ref = m_inventory->currentRepository();
    const auto lastActionOnDomain = [this](const DomainRef &domain) {
        return !m_lastRequests.isEmpty() && m_planRepository.repository.isEmpty() && m_planRepository.domain == domain.domain
            && (m_planRepository.domainOwner.isEmpty() || domain.domainOwner.isEmpty()
                || m_planRepository.domainOwner == domain.domainOwner);
    };
    if (!ref.repository.isEmpty()) {
        if (!m_lastRequests.isEmpty() && m_planRepository.domain == ref.domain && m_planRepository.repository == ref.repository) {
            requests = m_lastRequests;
            what = tr("the last action");
        } else {
            requests << AwsRequest::forOperation(Operation::DescribeRepository, OperationInput::forRepository(ref));
            what = tr("a describe of the repository");
        }
    } else if (m_inventory->current().isValid()) {
        const DomainRef domain = m_inventory->current().data(InventoryModel::DomainRefRole).value<DomainRef>();
        if (lastActionOnDomain(domain)) {
            requests = m_lastRequests;
            what = tr("the last action");
        } else {
            requests << AwsRequest::forOperation(Operation::DescribeDomain, OperationInput::forDomain(domain));
            what = tr("a describe of the domain");
        }
    } else {
        return;
    }
    CodeArtifactClient *client = m_inventory->client();
    const ResolvedEndpoint endpoint = client->endpoint();
    // Several steps (a plan, a replace) as a script that stops at the first failure.
    const QString url = endpoint.isOverridden() ? endpoint.url.toString() : QString();
    m_lastCliCommand = AwsCliCommand::withNote(
        m_session->cliNote(), requests.size() > 1 ? AwsCliCommand::script(requests, client->region(), url, m_session->cliProfile())
                                                  : AwsCliCommand::fromRequest(requests.constFirst(), client->region(), url,
                                                                               m_session->cliProfile()));
    QApplication::clipboard()->setText(m_lastCliCommand);
    // The command itself is on the clipboard; a status bar would cut it off.
    Q_EMIT statusMessage(tr("Copied %1 to the clipboard as an AWS CLI command.").arg(what), 8000);
}

void RepositoryActions::addContextMenu(QWidget *view, QAction *refresh)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions({m_associate, m_disassociate});
    auto *separator = new QAction(view);
    separator->setSeparator(true);
    view->addActions({separator, instructionsAction(), m_copyCli, refresh});
}

} // namespace desk
