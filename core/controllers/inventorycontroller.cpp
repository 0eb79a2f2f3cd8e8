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

    auto *job = new InventoryJob(m_client, kConcurrentDomains, this);
    m_inventoryJob = job;
    connect(job, &InventoryJob::domainsListed, m_model, &InventoryModel::addDomains);
    connect(job, &InventoryJob::domainLoaded, this, [this](const DomainSummary &domain, const QList<RepositorySummary> &repositories) {
        m_model->setRepositories(domain, repositories);
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
            Q_EMIT identityFailed(job->error());
            return;
        }
        m_callerAccount = job->identity().account;
        Q_EMIT identityLoaded(job->identity());
    });
    job->start();
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

} // namespace desk
