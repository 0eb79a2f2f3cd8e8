#pragma once

#include "api/awsjob.h"
#include "controllers/connectionbatch.h"

#include <QHash>

namespace desk {

class ConnectionPlanJob;

// Runs a ConnectionBatch: each row's plan as a ConnectionPlanJob, at most maxInFlight at a time
// (each has one request in flight, so at most that many requests), the store rows first; a
// repository row through a new store waits for its store row, and fails with the store's reason
// when the store could not be set up. One row's failure does not stop the others: the job ends
// without an error when every row has ended, and batch() says how each did. abort() (Cancel)
// stops the rows running and the ones waiting: they are Cancelled, and a later job on batch()
// ("Retry failed") runs the failed and cancelled rows again; every row reads before it changes,
// so what was done already is skipped.
class ConnectionBatchJob : public AwsJob
{
    Q_OBJECT

public:
    ConnectionBatchJob(CodeArtifactClient *client, ConnectionBatch batch, int maxInFlight = 4, QObject *parent = nullptr);

    const ConnectionBatch &batch() const { return m_batch; }
    int maxInFlight() const { return m_maxInFlight; }
    // The most rows that ran at the same time.
    int peakInFlight() const { return m_peak; }
    QString operationName() const override { return {}; }

Q_SIGNALS:
    // A row's state, note or steps changed.
    void rowChanged(int row);
    // An answer described a repository: what is true now.
    void repositoryChanged(const desk::RepositoryDescription &repository);

protected:
    void run() override;
    void subjobFinished(Job *job) override;
    void doAbort() override;

private:
    void startMore();
    bool isReady(int row);
    void startRow(int row);
    void settleRow(int row, const ConnectionPlan &plan, const AwsError &error);
    static QString doneNote(const ConnectionBatch::Row &row);

    ConnectionBatch m_batch;
    int m_maxInFlight = 4;
    int m_peak = 0;
    QHash<ConnectionPlanJob *, int> m_running;
};

} // namespace desk
