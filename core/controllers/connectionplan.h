#pragma once

#include "base/awserror.h"
#include "base/awsrequest.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace desk {

// One step of a ConnectionPlan: one API call, and what running it has come to.
struct ConnectionPlanStep
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionPlanStep)

public:
    enum class Kind {
        CreateStore,      // CreateRepository <store> (no upstreams, a description)
        AssociateStore,   // AssociateExternalConnection <store> <connection>
        AddUpstream,      // UpdateRepository <repository>: its upstreams, then <store> last
        AssociateDirect,  // AssociateExternalConnection <repository> <connection>
    };
    enum class State {
        Pending,
        Running,
        Done,       // this plan made the change
        Skipped,    // already true when the step came (the store exists with the connection, ...)
        Failed,     // error() says why; the plan stopped here
        Undone,     // Undo reverted what this step changed
    };

    Kind kind = Kind::AssociateDirect;
    RepositoryRef repository;    // the repository the call changes (the store for the store steps)
    QString connection;          // public:npmjs
    QString store;               // AddUpstream: the repository added as an upstream
    QStringList upstreams;       // AddUpstream: the repository's upstreams before the step (as planned,
                                 // then as read when it ran)
    State state = State::Pending;
    AwsError error;              // Failed: what the service (or the network) answered
    bool changed = false;        // Done by this plan (Undo reverts only those)
    QString note;                // for people: why a step was skipped, what Undo did

    // The call the step makes, with the members as planned (AddUpstream: the upstreams it names
    // now plus the store, last).
    AwsRequest request() const;
    // "Create repository npm-store in domain acme-prod"
    QString description() const;
    static QString stateName(State state);
    bool isFinished() const { return state == State::Done || state == State::Skipped; }
};

// What "connect repository R of domain D to public registry X" takes, as steps, before anything
// runs. Through a store (what AWS recommends, and what the Console does): when a repository of the
// domain already has X, add it to R's upstreams (last in the search order); otherwise create
// `<store>` (npm-store, pypi-store, ...), associate X with it, then add it to R's upstreams.
// Directly: associate X with R itself. The plan is a value: a ConnectionPlanJob runs it and hands
// back the same plan with each step's state, so it can be shown, resumed, undone or run again.
struct ConnectionPlan
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionPlan)

public:
    enum class Route { ThroughStore, Direct };

    RepositoryRef repository;      // R
    QString connection;            // X
    Route route = Route::Direct;
    QString store;                 // ThroughStore: the store repository (new or existing)
    bool storeExists = false;      // ThroughStore: a repository of the domain already has X
    QList<ConnectionPlanStep> steps;

    // A plan that connects R to X directly (one AssociateExternalConnection).
    static ConnectionPlan direct(const RepositoryDescription &repository, const QString &connection);
    // A plan that connects R to X through a store repository. `domainRepositories`: what is known
    // of the domain's repositories (their external connections and upstreams); the first one with
    // X is the store. Otherwise `storeName` (empty: the AWS Console's name for X, or the first free
    // "<name>-2", "<name>-3" ... when a repository without X has that name) is created.
    static ConnectionPlan throughStore(const RepositoryDescription &repository,
                                       const QList<RepositoryDescription> &domainRepositories,
                                       const QString &connection, const QString &storeName = {});
    // The route offered first: directly only for a repository with no upstreams.
    static Route defaultRoute(const RepositoryDescription &repository);
    // The store repository the AWS Console creates for a connection: npm-store, pypi-store,
    // maven-central-store, ... ; "<format>-store" for a connection newer than this table.
    static QString consoleStoreName(const QString &connection);
    // `base`, or base-2, base-3, ... : the first name no repository of `taken` has.
    static QString freeName(const QString &base, const QStringList &taken);
    // The repository of the domain that has the connection; nullptr when none.
    static const RepositoryDescription *findStore(const QList<RepositoryDescription> &domainRepositories,
                                                  const QString &connection);

    bool isValid() const { return !steps.isEmpty(); }
    // The calls, in order (for "Copy as AWS CLI" and for people).
    QList<AwsRequest> requests() const;
    // The plan as AWS CLI commands, one per step, that stop at the first that fails.
    QString cliScript(const QString &region, const QString &endpointUrl = {}, const QString &profile = {}) const;
    // The first step not done or skipped; steps.size() when every step is.
    int nextStep() const;
    bool isComplete() const { return nextStep() == steps.size(); }
    bool hasFailed() const;
    // Whether Undo has something to revert.
    bool canUndo() const;
    // R's position in the search order the store gets (1-based); 0 when the plan adds none.
    int storePosition() const;
    // For people, when the plan stopped: which steps were done (by this plan or already true) and
    // which were not.
    QString summary() const;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::ConnectionPlan)
