#pragma once

#include "api/awsjob.h"
#include "controllers/connectionplan.h"

namespace desk {

// Runs a ConnectionPlan, one step after the other, as sub-jobs of the api layer; or undoes what
// a run changed. Every step first reads the repository it is about (DescribeRepository) and does
// only what is not true yet, so a plan run twice, or resumed after a failure, does no harm:
//  - create the store: skipped when a repository of that name exists;
//  - associate: skipped when the repository already has the connection;
//  - add the upstream: skipped when the repository already names the store; otherwise its
//    upstreams as read now, with the store appended last.
// A failure stops the plan at that step (its state Failed, with the error) and ends the job with
// the error; plan() says what was done and what was not. Resume is a new job on the finished
// one's plan(): it continues at the failed step.
//
// Undo reverts, last step first, only what this plan changed (steps Done with `changed`): it
// removes the store from the repository's upstreams (as read now, so a change someone else made
// to them stays), disassociates the connection the plan associated, and deletes the store the
// plan created. What existed before is never touched.
//
// A batch (many repositories through one shared store) builds one plan per repository with the
// same store name and runs their jobs, a few at a time: the first creates and connects the store,
// the others find it done and only add their upstream.
class ConnectionPlanJob : public AwsJob
{
    Q_OBJECT

public:
    enum class Mode { Run, Undo };

    ConnectionPlanJob(CodeArtifactClient *client, ConnectionPlan plan, Mode mode = Mode::Run, QObject *parent = nullptr);

    // The plan with each step's state as it is now.
    const ConnectionPlan &plan() const { return m_plan; }
    Mode mode() const { return m_mode; }
    // The step running now (or where the job stopped); -1 before start.
    int currentStep() const { return m_index; }
    QString operationName() const override;

Q_SIGNALS:
    // A step's state (or note) changed.
    void stepChanged(int index);
    // An answer described a repository (a read, a create, an associate, an update): what is true now.
    void repositoryChanged(const desk::RepositoryDescription &repository);
    // Undo deleted a repository the plan had created.
    void repositoryDeleted(const desk::RepositoryRef &repository);

protected:
    void run() override;
    void subjobFinished(Job *job) override;

private:
    enum class Phase { Read, Change };
    void next();
    void startStep();
    void readFinished(Job *job);
    void changeFinished(Job *job);
    void undoReadFinished(Job *job);
    void undoChangeFinished(Job *job);
    void change(Job *job);
    void finishStep(ConnectionPlanStep::State state, const QString &note = {});
    void failStep(const AwsError &error);
    ConnectionPlanStep &step() { return m_plan.steps[m_index]; }

    ConnectionPlan m_plan;
    Mode m_mode = Mode::Run;
    Phase m_phase = Phase::Read;
    int m_index = -1;
};

} // namespace desk
