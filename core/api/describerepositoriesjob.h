#pragma once

#include "api/awsjob.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QHash>
#include <QList>

namespace desk {

// Describes several repositories, at most maxInFlight at a time (DescribeRepository sub-jobs),
// and reports each answer as it arrives. One that cannot be described is counted and the others
// go on: the job itself fails only when it is aborted.
class DescribeRepositoriesJob : public AwsJob
{
    Q_OBJECT

public:
    DescribeRepositoriesJob(CodeArtifactClient *client, QList<RepositoryRef> repositories, int maxInFlight = 4,
                            QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("DescribeRepository"); }
    int total() const { return int(m_repositories.size()); }
    int described() const { return m_described; }
    int failed() const { return m_failed; }

Q_SIGNALS:
    void repositoryDescribed(const desk::RepositoryDescription &repository);
    void repositoryFailed(const desk::RepositoryRef &repository, const desk::AwsError &error);

protected:
    void run() override;
    void subjobFinished(Job *job) override;

private:
    void startMore();

    QList<RepositoryRef> m_repositories;
    int m_maxInFlight;
    qsizetype m_next = 0;
    int m_running = 0;
    int m_described = 0;
    int m_failed = 0;
};

} // namespace desk
