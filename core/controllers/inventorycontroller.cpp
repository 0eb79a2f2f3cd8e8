#include "controllers/inventorycontroller.h"

#include "api/describerepositoriesjob.h"
#include "api/domainjobs.h"
#include "api/getcalleridentityjob.h"
#include "api/paginatedjobs.h"
#include "api/repositoryjobs.h"

namespace desk {

namespace {

constexpr int kConcurrentDomains = 6;

bool sameRepository(const RepositoryRef &ref, const RepositoryDescription &repository)
{
    return ref.repository == repository.name && ref.domain == repository.domainName
        && ref.domainOwner == repository.domainOwner;
}

} // namespace

InventoryController::InventoryController(CodeArtifactClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new InventoryModel(this))
{
    m_detailsTimer.setSingleShot(true);
    m_detailsTimer.setInterval(120);
    connect(&m_detailsTimer, &QTimer::timeout, this, &InventoryController::loadCurrentDetails);
}

InventoryController::~InventoryController()
{
    stop();
}

void InventoryController::cancel(QPointer<Job> &job, QObject *receiver)
{
    if (job) {
        job->disconnect(receiver);
        job->abort();
    }
    job = nullptr;
}

void InventoryController::stop()
{
    if (m_describer) {
        m_describer->disconnect(this);
        m_describer->abort();
        m_describer = nullptr;
    }
    cancel(m_inventoryJob, this);
    cancel(m_identityJob, this);
    cancelDetails();
}

void InventoryController::cancelDetails()
{
    cancel(m_detailsJob, this);
    ++m_detailsGeneration;
    m_detailsTimer.stop();
}

std::optional<InventoryModel::ItemKind> InventoryController::currentKind() const
{
    if (!m_current.isValid())
        return std::nullopt;
    return m_current.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>();
}

RepositoryRef InventoryController::currentRepository() const
{
    if (!m_current.isValid())
        return {};
    return m_current.data(InventoryModel::RepositoryRefRole).value<RepositoryRef>();
}

void InventoryController::refresh()
{
    cancel(m_inventoryJob, this);
    cancelDetails();
    m_restoreSelection = currentRepository();
    m_model->clear();
    Q_EMIT inventoryStarted();
    startBackgroundDescribing();

    auto *job = new InventoryJob(m_client, kConcurrentDomains, this);
    m_inventoryJob = job;
    connect(job, &InventoryJob::domainsListed, m_model, &InventoryModel::addDomains);
    connect(job, &InventoryJob::domainLoaded, this, [this](const DomainSummary &domain, const QList<RepositorySummary> &repositories) {
        m_model->setRepositories(domain, repositories);
        queueForDescribing(DomainRef{domain.name, domain.owner});
        if (!m_restoreSelection.repository.isEmpty() && domain.name == m_restoreSelection.domain
            && domain.owner == m_restoreSelection.domainOwner)
            Q_EMIT repositoryToSelect(std::exchange(m_restoreSelection, {}));
    });
    connect(job, &InventoryJob::domainFailed, m_model, &InventoryModel::setDomainFailed);
    connect(job, &InventoryJob::progressChanged, this, &InventoryController::progressChanged);
    connect(job, &Job::finished, this, [this, job] {
        m_restoreSelection = {};
        Q_EMIT inventoryFinished(job->error(), int(job->domains().size()), job->domainsFailed());
    });
    job->start();
    loadIdentity();
}

void InventoryController::loadIdentity()
{
    cancel(m_identityJob, this);
    Q_EMIT identityStarted();
    auto *job = new GetCallerIdentityJob(m_client, this);
    m_identityJob = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            m_callerAccount.clear();
            m_client->setCallerAccount({});
            Q_EMIT identityFailed(job->error());
            return;
        }
        m_callerAccount = job->identity().account;
        m_client->setCallerAccount(m_callerAccount);
        Q_EMIT identityLoaded(job->identity());
    });
    job->start();
}

void InventoryController::setBackgroundRate(double perSecond)
{
    m_backgroundRate = qMax(0.0, perSecond);
    if (m_describeLimiter && !m_describeAll)
        m_describeLimiter->setCeiling(m_backgroundRate);
}

void InventoryController::startBackgroundDescribing()
{
    if (m_describer) {
        m_describer->disconnect(this);
        m_describer->abort();
        m_describer = nullptr;
    }
    m_visibleOnly = false;
    m_describeAll = false;
    m_lastDescribeError = {};
    m_describeLimiter = std::make_shared<RequestRateLimiter>(m_backgroundRate);
    if (m_backgroundEnabled)
        ensureDescriber();
}

DescribeRepositoriesJob *InventoryController::ensureDescriber()
{
    if (m_describer)
        return m_describer;
    auto *job = new DescribeRepositoriesJob(m_client, {}, kBackgroundInFlight, this);
    job->setRateLimiter(m_describeLimiter);
    job->setOpen(true);   // until the next refresh: domains arrive, rows scroll into view
    m_describer = job;
    connect(job, &DescribeRepositoriesJob::repositoryDescribed, this,
            [this](const RepositoryDescription &repository) { applyRepository(repository); });
    connect(job, &DescribeRepositoriesJob::repositoryFailed, this,
            [this](const RepositoryRef &, const AwsError &error) { m_lastDescribeError = error; });
    connect(job, &DescribeRepositoriesJob::progressChanged, this, &InventoryController::describeProgressChanged);
    job->start();
    return job;
}

QList<RepositoryRef> InventoryController::undescribed(const QList<RepositoryRef> &repositories) const
{
    QList<RepositoryRef> out;
    for (const RepositoryRef &repository : repositories) {
        // A row the model does not have yet gets its turn when its domain arrives.
        if (!m_model->isDescribed(repository) && m_model->repositoryIndex(repository).isValid())
            out << repository;
    }
    return out;
}

void InventoryController::queueForDescribing(const DomainRef &domain)
{
    if (!m_describer)
        return;
    if (!m_describeAll && !m_visibleOnly && m_visibleOnlyAbove > 0 && m_model->repositoryCount() > m_visibleOnlyAbove) {
        // A large account: from now on only what is on screen (the selection's details describe it).
        m_visibleOnly = true;
        m_describer->dropPending(undescribed(m_visible));
        Q_EMIT describeProgressChanged();
        return;
    }
    if (!m_visibleOnly)
        m_describer->addRepositories(m_model->domainUpstreams(domain).unknown);
    m_describer->prioritize(undescribed(m_visible));   // rows of this domain may be on screen now
}

void InventoryController::setVisibleRepositories(const QList<RepositoryRef> &repositories)
{
    m_visible = repositories;
    if (m_describer)
        m_describer->prioritize(undescribed(repositories));
}

void InventoryController::describeAll()
{
    if (!m_describeLimiter)
        return;   // nothing loaded yet
    ensureDescriber();
    m_describeAll = true;
    m_visibleOnly = false;
    m_describeLimiter->setCeiling(0);   // asked for: as fast as the service allows
    QList<RepositoryRef> all;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto domain = m_model->index(row, 0).data(InventoryModel::DomainRefRole).value<DomainRef>();
        all << m_model->domainUpstreams(domain).unknown;
    }
    m_describer->addRepositories(all);
    m_describer->prioritize(undescribed(m_visible));
    Q_EMIT describeProgressChanged();
}

InventoryController::DescribeProgress InventoryController::describeProgress() const
{
    DescribeProgress progress;
    if (m_describer) {
        progress.described = m_describer->described();
        progress.failed = m_describer->failed();
        progress.queued = m_describer->pending();
    }
    progress.repositories = m_model->repositoryCount();
    progress.known = m_model->describedCount();
    progress.visibleOnly = m_visibleOnly;
    progress.all = m_describeAll;
    progress.lastError = m_lastDescribeError;
    return progress;
}

void InventoryController::setCurrent(const QModelIndex &sourceIndex)
{
    // The same row again (e.g. after a re-sort): nothing to reload.
    if (sourceIndex.isValid() && QModelIndex(m_current) == sourceIndex.siblingAtColumn(0))
        return;
    m_current = sourceIndex.isValid() ? sourceIndex.siblingAtColumn(0) : QModelIndex();
    m_described.reset();
    cancelDetails();
    Q_EMIT currentChanged(m_current);
    const auto kind = currentKind();
    const bool failedDomain = kind == InventoryModel::ItemKind::Domain
        && m_current.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>()
            == InventoryModel::DomainState::Failed;
    if (kind && *kind != InventoryModel::ItemKind::Error && !failedDomain)
        m_detailsTimer.start();
    Q_EMIT selectionStateChanged();
}

void InventoryController::reloadCurrent()
{
    const QModelIndex current = m_current;
    m_current = QModelIndex();
    setCurrent(current);
}

void InventoryController::loadCurrentDetails()
{
    const auto kind = currentKind();
    if (kind == InventoryModel::ItemKind::Repository)
        describeRepository(currentRepository());
    else if (kind == InventoryModel::ItemKind::Domain)
        describeDomain(m_current.data(InventoryModel::DomainRefRole).value<DomainRef>());
}

template <typename DetailsJob, typename Done>
void InventoryController::startDetails(DetailsJob *job, Done done)
{
    // An answer for a selection that has moved on since is dropped.
    m_detailsJob = job;
    const quint64 generation = m_detailsGeneration;
    connect(job, &Job::finished, this, [this, job, generation, done] {
        if (generation == m_detailsGeneration)
            done(job);
    });
    job->start();
}

void InventoryController::describeRepository(const RepositoryRef &repository)
{
    startDetails(new DescribeRepositoryJob(m_client, repository, this), [this, repository](DescribeRepositoryJob *job) {
        if (job->error()) {
            Q_EMIT detailsFailed(InventoryModel::ItemKind::Repository, repository.repository, job->error());
        } else {
            m_described = job->repository();
            m_model->updateRepository(*m_described);
            Q_EMIT repositoryDescribed(*m_described);
        }
        Q_EMIT selectionStateChanged();
    });
}

void InventoryController::describeDomain(const DomainRef &domain)
{
    startDetails(new DescribeDomainJob(m_client, domain, this), [this, domain](DescribeDomainJob *job) {
        if (job->error())
            Q_EMIT detailsFailed(InventoryModel::ItemKind::Domain, domain.domain, job->error());
        else
            Q_EMIT domainDescribed(job->domain());
    });
}

Job *InventoryController::describeUnknownUpstreams(const DomainRef &domain)
{
    const QList<RepositoryRef> unknown = m_model->domainUpstreams(domain).unknown;
    if (unknown.isEmpty())
        return nullptr;
    auto *job = new DescribeRepositoriesJob(m_client, unknown, 4, this);
    connect(job, &DescribeRepositoriesJob::repositoryDescribed, this,
            [this](const RepositoryDescription &repository) { applyRepository(repository); });
    job->start();
    return job;
}

void InventoryController::applyRepository(const RepositoryDescription &repository, const QString &highlight)
{
    m_model->updateRepository(repository);
    if (!sameRepository(currentRepository(), repository))
        return;
    cancel(m_detailsJob, this);   // a describe still in flight is older than this answer
    ++m_detailsGeneration;
    m_described = repository;
    Q_EMIT currentRepositoryChanged(repository, highlight);
    Q_EMIT selectionStateChanged();
}

QList<RepositoryDescription> InventoryController::knownRepositories(const DomainRef &domain) const
{
    QList<RepositoryDescription> out;
    const QModelIndex parent = m_model->domainIndex(domain.domainOwner, domain.domain);
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>() != InventoryModel::ItemKind::Repository)
            continue;
        RepositoryDescription repository(index.data(InventoryModel::RepositorySummaryRole).value<RepositorySummary>());
        const QString connection = index.data(InventoryModel::ExternalConnectionRole).toString();
        if (!connection.isEmpty())
            repository.externalConnections.append({connection, {}, {}});
        for (const QString &upstream : index.data(InventoryModel::UpstreamsRole).toStringList())
            repository.upstreams.append({upstream});
        out << repository;
    }
    return out;
}

} // namespace desk
