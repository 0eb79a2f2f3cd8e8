#include "controllers/connectionbatchjob.h"

#include "controllers/connectionplanjob.h"

#include <algorithm>

namespace desk {

namespace {

using RowState = ConnectionBatch::State;
using StepState = ConnectionPlanStep::State;
using Kind = ConnectionPlanStep::Kind;

} // namespace

ConnectionBatchJob::ConnectionBatchJob(CodeArtifactClient *client, ConnectionBatch batch, int maxInFlight, QObject *parent)
    : AwsJob(client, parent)
    , m_batch(std::move(batch))
    , m_maxInFlight(qMax(1, maxInFlight))
{
}

void ConnectionBatchJob::run()
{
    // A retry: what has not ended well runs again (each plan resumes at its first step not done).
    for (int i = 0; i < m_batch.rows.size(); ++i) {
        ConnectionBatch::Row &row = m_batch.rows[i];
        if (row.isSettled() || row.state == RowState::Pending)
            continue;
        row.state = RowState::Pending;
        row.error = {};
        row.note.clear();
        Q_EMIT rowChanged(i);
    }
    startMore();
}

bool ConnectionBatchJob::isReady(int index)
{
    ConnectionBatch::Row &row = m_batch.rows[index];
    if (row.storeRow < 0)
        return true;
    const ConnectionBatch::Row &store = m_batch.rows.at(row.storeRow);
    if (store.isSettled())
        return true;
    if (store.state == RowState::Failed || store.state == RowState::Cancelled) {
        row.state = store.state;
        row.error = store.error;
        row.note = store.state == RowState::Failed
            ? tr("Store repository %1 could not be set up: %2").arg(store.repository.repository, store.error.userMessage())
            : tr("Cancelled before it ran.");
        Q_EMIT rowChanged(index);
    }
    return false;
}

void ConnectionBatchJob::startMore()
{
    for (int i = 0; i < m_batch.rows.size() && m_running.size() < m_maxInFlight; ++i) {
        if (m_batch.rows.at(i).state == RowState::Pending && isReady(i))
            startRow(i);
    }
    if (m_running.isEmpty() && m_batch.isFinished())
        finishWith({});
}

void ConnectionBatchJob::startRow(int index)
{
    ConnectionBatch::Row &row = m_batch.rows[index];
    row.state = RowState::Running;
    row.note.clear();
    auto *job = new ConnectionPlanJob(client(), row.plan);
    m_running.insert(job, index);
    m_peak = std::max(m_peak, int(m_running.size()));
    connect(job, &ConnectionPlanJob::stepChanged, this, [this, job, index] {
        m_batch.rows[index].plan = job->plan();
        Q_EMIT rowChanged(index);
    });
    connect(job, &ConnectionPlanJob::repositoryChanged, this, &ConnectionBatchJob::repositoryChanged);
    Q_EMIT rowChanged(index);
    startSubjob(job);
}

void ConnectionBatchJob::subjobFinished(Job *job)
{
    auto *planJob = static_cast<ConnectionPlanJob *>(job);
    const auto found = m_running.find(planJob);
    if (found == m_running.end())
        return;
    const int index = found.value();
    m_running.erase(found);
    settleRow(index, planJob->plan(), job->error());
    startMore();
}

void ConnectionBatchJob::settleRow(int index, const ConnectionPlan &plan, const AwsError &error)
{
    ConnectionBatch::Row &row = m_batch.rows[index];
    row.plan = plan;
    row.error = error;
    if (error) {
        row.state = error.kind() == AwsError::Kind::Cancelled ? RowState::Cancelled : RowState::Failed;
        row.note = error.userMessage();
    } else {
        const bool changed = std::any_of(plan.steps.begin(), plan.steps.end(),
                                         [](const ConnectionPlanStep &step) { return step.state == StepState::Done; });
        row.state = changed ? RowState::Done : RowState::AlreadyConnected;
        row.note = doneNote(row);
    }
    Q_EMIT rowChanged(index);
}

QString ConnectionBatchJob::doneNote(const ConnectionBatch::Row &row)
{
    const ConnectionPlan &plan = row.plan;
    if (row.state == RowState::AlreadyConnected) {
        QStringList notes;
        for (const ConnectionPlanStep &step : plan.steps)
            notes << step.note;
        return notes.join(u' ');
    }
    if (row.isStore) {
        const bool created = !plan.steps.isEmpty() && plan.steps.constFirst().state == StepState::Done;
        return created ? tr("Created %1 with %2.").arg(row.repository.repository, plan.connection)
                       : tr("%1 existed; %2 is now associated with it.").arg(row.repository.repository, plan.connection);
    }
    for (const ConnectionPlanStep &step : plan.steps) {
        if (step.kind == Kind::AddUpstream) {
            const int count = int(step.upstreams.size()) + (step.upstreams.contains(step.store) ? 0 : 1);
            return tr("Uses %1 as an upstream now: position %2 of %3.").arg(step.store).arg(plan.storePosition()).arg(count);
        }
    }
    return tr("%1 is now associated directly.").arg(plan.connection);
}

void ConnectionBatchJob::doAbort()
{
    // The sub-jobs were aborted and disconnected: their plans say how far they came.
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        ConnectionBatch::Row &row = m_batch.rows[it.value()];
        row.plan = it.key()->plan();
        for (ConnectionPlanStep &step : row.plan.steps) {
            if (step.state == StepState::Running)
                step.state = StepState::Pending;
        }
        row.state = RowState::Cancelled;
        row.note = tr("Cancelled while its request was in flight: it may have been made. Retry reads the repository first.");
        Q_EMIT rowChanged(it.value());
    }
    m_running.clear();
    for (int i = 0; i < m_batch.rows.size(); ++i) {
        ConnectionBatch::Row &row = m_batch.rows[i];
        if (row.state != RowState::Pending)
            continue;
        row.state = RowState::Cancelled;
        row.note = tr("Cancelled before it ran.");
        Q_EMIT rowChanged(i);
    }
}

} // namespace desk
