#pragma once

#include "api/awsjob.h"
#include "api/requestratelimiter.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <deque>
#include <memory>

namespace desk {

// Describes repositories, at most maxInFlight at a time (DescribeRepository sub-jobs), and
// reports each answer as it arrives. One that cannot be described is counted and the others go
// on: the job itself fails only when it is aborted.
//
// It is also the background describer's queue: more repositories can be added while it runs,
// some moved to the front (the rows on screen, the selection), and an open job waits for more
// instead of finishing when its queue is empty (close() lets it finish). A rate limiter paces
// every request and learns from every answer; a repository whose describe was still throttled
// after the request's own retries goes to the back of the queue (a few times) instead of failing,
// so a busy service slows the work down rather than losing rows.
class DescribeRepositoriesJob : public AwsJob
{
    Q_OBJECT

public:
    DescribeRepositoriesJob(CodeArtifactClient *client, QList<RepositoryRef> repositories, int maxInFlight = 4,
                            QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("DescribeRepository"); }

    // Before start(): pace the requests (none: as fast as maxInFlight allows).
    void setRateLimiter(std::shared_ptr<RequestRateLimiter> limiter) { m_limiter = std::move(limiter); }
    std::shared_ptr<RequestRateLimiter> rateLimiter() const { return m_limiter; }
    // Before start(): an open job waits for more work instead of finishing (see close()).
    void setOpen(bool open) { m_open = open; }
    // How many times a throttled repository goes back into the queue before it counts as failed.
    void setThrottleRequeues(int times) { m_maxRequeues = qMax(0, times); }

    // Adds repositories not seen yet to the back of the queue.
    void addRepositories(const QList<RepositoryRef> &repositories);
    // Moves these to the front of the queue, in this order (adding the ones not seen yet); ones
    // done or in flight are left alone.
    void prioritize(const QList<RepositoryRef> &repositories);
    // Forgets what waits in the queue (not what is in flight); `keep` stays, at the front.
    void dropPending(const QList<RepositoryRef> &keep = {});
    // No more work will be added: the job finishes when the queue is done.
    void close();

    int total() const { return m_described + failed() + m_running + int(m_pending.size()); }
    int described() const { return m_described; }
    // Repositories whose last describe failed. A failed one is forgotten by the queue, so adding
    // or prioritizing it again tries again.
    int failed() const { return int(m_failed.size()); }
    int pending() const { return int(m_pending.size()) + m_running; }
    // Describes that were throttled to the end of their retries and went back into the queue.
    int requeued() const { return m_requeued; }

    static QString key(const RepositoryRef &repository);

Q_SIGNALS:
    void repositoryDescribed(const desk::RepositoryDescription &repository);
    void repositoryFailed(const desk::RepositoryRef &repository, const desk::AwsError &error);
    // After every answer and every change of the queue.
    void progressChanged(int described, int failed, int total);

protected:
    void run() override;
    void subjobFinished(Job *job) override;

private:
    void startMore();
    void finishIfDone();

    std::deque<RepositoryRef> m_pending;
    QSet<QString> m_seen;   // queued, in flight or done
    QHash<QString, int> m_requeues;
    std::shared_ptr<RequestRateLimiter> m_limiter;
    int m_maxInFlight;
    int m_maxRequeues = 5;
    int m_running = 0;
    int m_described = 0;
    QSet<QString> m_failed;
    int m_requeued = 0;
    bool m_open = false;
    bool m_started = false;
};

} // namespace desk
