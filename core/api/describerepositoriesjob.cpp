#include "api/describerepositoriesjob.h"

#include "api/repositoryjobs.h"

namespace desk {

DescribeRepositoriesJob::DescribeRepositoriesJob(CodeArtifactClient *client, QList<RepositoryRef> repositories,
                                                 int maxInFlight, QObject *parent)
    : AwsJob(client, parent)
    , m_repositories(std::move(repositories))
    , m_maxInFlight(qMax(1, maxInFlight))
{
}

void DescribeRepositoriesJob::run()
{
    if (m_repositories.isEmpty())
        finishWith({});
    else
        startMore();
}

void DescribeRepositoriesJob::startMore()
{
    while (m_running < m_maxInFlight && m_next < m_repositories.size()) {
        ++m_running;
        startSubjob(new DescribeRepositoryJob(client(), m_repositories.at(m_next++)));
    }
}

void DescribeRepositoriesJob::subjobFinished(Job *job)
{
    --m_running;
    auto *describe = static_cast<DescribeRepositoryJob *>(job);
    if (describe->error()) {
        ++m_failed;
        Q_EMIT repositoryFailed(describe->repositoryRef(), describe->error());
    } else {
        ++m_described;
        Q_EMIT repositoryDescribed(describe->repository());
    }
    if (m_described + m_failed == m_repositories.size())
        finishWith({});
    else
        startMore();
}

} // namespace desk
