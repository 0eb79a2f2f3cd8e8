#include "api/describerepositoriesjob.h"

#include "api/repositoryjobs.h"

namespace desk {

DescribeRepositoriesJob::DescribeRepositoriesJob(CodeArtifactClient *client, QList<RepositoryRef> repositories,
                                                 int maxInFlight, QObject *parent)
    : AwsJob(client, parent)
    , m_maxInFlight(qMax(1, maxInFlight))
{
    addRepositories(repositories);
}

QString DescribeRepositoriesJob::key(const RepositoryRef &repository)
{
    return repository.domainOwner + u'\n' + repository.domain + u'\n' + repository.repository;
}

void DescribeRepositoriesJob::addRepositories(const QList<RepositoryRef> &repositories)
{
    for (const RepositoryRef &repository : repositories) {
        if (!m_seen.contains(key(repository))) {
            m_seen.insert(key(repository));
            m_pending.push_back(repository);
        }
    }
    if (m_started && !isFinished()) {
        Q_EMIT progressChanged(m_described, failed(), total());
        startMore();
    }
}

void DescribeRepositoriesJob::prioritize(const QList<RepositoryRef> &repositories)
{
    if (repositories.isEmpty())
        return;
    QSet<QString> queued;
    for (const RepositoryRef &p : m_pending)
        queued.insert(key(p));
    QSet<QString> front;
    std::deque<RepositoryRef> first;
    for (const RepositoryRef &repository : repositories) {
        const QString k = key(repository);
        // Done or in flight: nothing to move.
        if (front.contains(k) || (m_seen.contains(k) && !queued.contains(k)))
            continue;
        front.insert(k);
        m_seen.insert(k);
        first.push_back(repository);
    }
    if (first.empty())
        return;
    std::deque<RepositoryRef> rest;
    for (const RepositoryRef &p : m_pending) {
        if (!front.contains(key(p)))
            rest.push_back(p);
    }
    m_pending = std::move(first);
    m_pending.insert(m_pending.end(), rest.begin(), rest.end());
    if (m_started && !isFinished()) {
        Q_EMIT progressChanged(m_described, failed(), total());
        startMore();
    }
}

void DescribeRepositoriesJob::dropPending(const QList<RepositoryRef> &keep)
{
    for (const RepositoryRef &p : m_pending)
        m_seen.remove(key(p));
    m_pending.clear();
    prioritize(keep);
    if (m_started && !isFinished())
        Q_EMIT progressChanged(m_described, failed(), total());
}

void DescribeRepositoriesJob::close()
{
    m_open = false;
    if (m_started)
        finishIfDone();
}

void DescribeRepositoriesJob::run()
{
    m_started = true;
    Q_EMIT progressChanged(m_described, failed(), total());
    if (m_pending.empty())
        finishIfDone();
    else
        startMore();
}

void DescribeRepositoriesJob::finishIfDone()
{
    if (!m_open && m_running == 0 && m_pending.empty() && !isFinished())
        finishWith({});
}

void DescribeRepositoriesJob::startMore()
{
    while (m_running < m_maxInFlight && !m_pending.empty()) {
        ++m_running;
        auto *describe = new DescribeRepositoryJob(client(), m_pending.front());
        m_pending.pop_front();
        describe->setRateLimiter(m_limiter);
        startSubjob(describe);
    }
}

void DescribeRepositoriesJob::subjobFinished(Job *job)
{
    --m_running;
    auto *describe = static_cast<DescribeRepositoryJob *>(job);
    const AwsError error = describe->error();
    const RepositoryRef repository = describe->repositoryRef();
    const QString k = key(repository);
    if (error && error.kind() == AwsError::Kind::Throttled && m_requeues.value(k) < m_maxRequeues) {
        ++m_requeues[k];
        ++m_requeued;
        m_pending.push_back(repository);
    } else if (error) {
        // Counted until a later attempt (added or prioritized again) succeeds.
        m_failed.insert(k);
        m_seen.remove(k);
        m_requeues.remove(k);
        Q_EMIT repositoryFailed(repository, error);
    } else {
        ++m_described;
        m_failed.remove(k);
        Q_EMIT repositoryDescribed(describe->repository());
    }
    if (isFinished())
        return;   // a receiver aborted the job
    Q_EMIT progressChanged(m_described, failed(), total());
    startMore();
    finishIfDone();
}

} // namespace desk
