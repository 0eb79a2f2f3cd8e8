#include "controllers/connectionplanjob.h"

#include "api/externalconnectionjobs.h"
#include "api/repositoryjobs.h"

namespace desk {

namespace {

using Kind = ConnectionPlanStep::Kind;
using State = ConnectionPlanStep::State;

} // namespace

ConnectionPlanJob::ConnectionPlanJob(CodeArtifactClient *client, ConnectionPlan plan, Mode mode, QObject *parent)
    : AwsJob(client, parent)
    , m_plan(std::move(plan))
    , m_mode(mode)
{
}

QString ConnectionPlanJob::operationName() const
{
    if (m_index < 0 || m_index >= m_plan.steps.size())
        return {};
    return m_plan.steps.at(m_index).request().operation;
}

void ConnectionPlanJob::run()
{
    if (m_mode == Mode::Run) {
        // Resume, or run again: what is not done yet starts over (its step reads first).
        for (ConnectionPlanStep &s : m_plan.steps) {
            if (!s.isFinished()) {
                s.state = State::Pending;
                s.error = {};
            }
        }
        m_index = -1;
    } else {
        m_index = int(m_plan.steps.size());
    }
    next();
}

void ConnectionPlanJob::next()
{
    if (m_mode == Mode::Run) {
        m_index = m_plan.nextStep();
        if (m_index >= m_plan.steps.size()) {
            finishWith({});
            return;
        }
    } else {
        // Last step first: the upstream goes before the store can be deleted.
        do {
            --m_index;
        } while (m_index >= 0 && !(m_plan.steps.at(m_index).changed && m_plan.steps.at(m_index).state == State::Done));
        if (m_index < 0) {
            // Everything reverted: the failure is history, and the plan can be run again.
            for (ConnectionPlanStep &s : m_plan.steps) {
                if (s.state == State::Failed) {
                    s.state = State::Pending;
                    s.error = {};
                }
            }
            finishWith({});
            return;
        }
    }
    startStep();
}

void ConnectionPlanJob::startStep()
{
    ConnectionPlanStep &s = step();
    if (m_mode == Mode::Run)
        s.state = State::Running;
    s.note.clear();
    Q_EMIT stepChanged(m_index);
    m_phase = Phase::Read;
    startSubjob(new DescribeRepositoryJob(client(), s.repository));
}

void ConnectionPlanJob::subjobFinished(Job *job)
{
    if (m_mode == Mode::Run)
        m_phase == Phase::Read ? readFinished(job) : changeFinished(job);
    else
        m_phase == Phase::Read ? undoReadFinished(job) : undoChangeFinished(job);
}

void ConnectionPlanJob::change(Job *job)
{
    m_phase = Phase::Change;
    startSubjob(job);
}

void ConnectionPlanJob::readFinished(Job *job)
{
    ConnectionPlanStep &s = step();
    const AwsError error = job->error();
    if (error) {
        if (s.kind == Kind::CreateStore && error.kind() == AwsError::Kind::NotFound) {
            const AwsRequest request = s.request();
            CreateRepositoryInput input;
            input.description = request.input.string(QStringLiteral("description"));
            change(new CreateRepositoryJob(client(), s.repository, input));
            return;
        }
        failStep(error);
        return;
    }
    const RepositoryDescription current = static_cast<DescribeRepositoryJob *>(job)->repository();
    Q_EMIT repositoryChanged(current);
    switch (s.kind) {
    case Kind::CreateStore:
        finishStep(State::Skipped, tr("Repository %1 exists already.").arg(s.repository.repository));
        return;
    case Kind::AssociateStore:
    case Kind::AssociateDirect:
        if (current.hasExternalConnection(s.connection)) {
            finishStep(State::Skipped, tr("%1 already has %2.").arg(s.repository.repository, s.connection));
            return;
        }
        change(new AssociateExternalConnectionJob(client(), s.repository, s.connection));
        return;
    case Kind::AddUpstream: {
        const QStringList upstreams = current.upstreamNames();
        if (upstreams.contains(s.store)) {
            finishStep(State::Skipped, tr("%1 already uses %2 as an upstream.").arg(s.repository.repository, s.store));
            return;
        }
        // Its upstreams as they are now, the store last: a change made since the plan was shown stays.
        s.upstreams = upstreams;
        change(new UpdateRepositoryJob(client(), s.repository, std::nullopt, QStringList(upstreams) << s.store));
        return;
    }
    }
}

void ConnectionPlanJob::changeFinished(Job *job)
{
    auto *answer = static_cast<RepositoryJob *>(job);
    if (job->error()) {
        // An associate that failed re-read the repository: what is true goes to the caller too.
        if (auto *associate = dynamic_cast<ExternalConnectionJob *>(job); associate && associate->currentRepository())
            Q_EMIT repositoryChanged(*associate->currentRepository());
        failStep(job->error());
        return;
    }
    Q_EMIT repositoryChanged(answer->repository());
    step().changed = true;
    finishStep(State::Done);
}

void ConnectionPlanJob::undoReadFinished(Job *job)
{
    ConnectionPlanStep &s = step();
    const AwsError error = job->error();
    if (error) {
        if (error.kind() == AwsError::Kind::NotFound) {
            // Gone already: nothing of this step is left to revert.
            finishStep(State::Undone, tr("Repository %1 no longer exists.").arg(s.repository.repository));
            return;
        }
        failStep(error);
        return;
    }
    const RepositoryDescription current = static_cast<DescribeRepositoryJob *>(job)->repository();
    Q_EMIT repositoryChanged(current);
    switch (s.kind) {
    case Kind::CreateStore:
        change(new DeleteRepositoryJob(client(), s.repository));
        return;
    case Kind::AssociateStore:
    case Kind::AssociateDirect:
        if (!current.hasExternalConnection(s.connection)) {
            finishStep(State::Undone, tr("%1 no longer has %2.").arg(s.repository.repository, s.connection));
            return;
        }
        change(new DisassociateExternalConnectionJob(client(), s.repository, s.connection));
        return;
    case Kind::AddUpstream: {
        QStringList upstreams = current.upstreamNames();
        if (!upstreams.removeAll(s.store)) {
            finishStep(State::Undone, tr("%1 no longer uses %2 as an upstream.").arg(s.repository.repository, s.store));
            return;
        }
        change(new UpdateRepositoryJob(client(), s.repository, std::nullopt, upstreams));
        return;
    }
    }
}

void ConnectionPlanJob::undoChangeFinished(Job *job)
{
    if (job->error()) {
        failStep(job->error());
        return;
    }
    ConnectionPlanStep &s = step();
    if (s.kind == Kind::CreateStore)
        Q_EMIT repositoryDeleted(s.repository);
    else
        Q_EMIT repositoryChanged(static_cast<RepositoryJob *>(job)->repository());
    s.changed = false;
    finishStep(State::Undone);
}

void ConnectionPlanJob::finishStep(State state, const QString &note)
{
    ConnectionPlanStep &s = step();
    s.state = state;
    s.error = {};
    s.note = note;
    Q_EMIT stepChanged(m_index);
    next();
}

void ConnectionPlanJob::failStep(const AwsError &error)
{
    ConnectionPlanStep &s = step();
    s.error = error;
    if (m_mode == Mode::Run)
        s.state = State::Failed;
    else
        s.note = tr("Could not be undone: %1").arg(error.userMessage());
    Q_EMIT stepChanged(m_index);
    finishWith(error);
}

} // namespace desk
