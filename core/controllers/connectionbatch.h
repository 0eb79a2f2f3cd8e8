#pragma once

#include "controllers/connectionplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace desk {

// Many repositories (in one domain or several) connected to one public registry at once, as rows:
// first, for each domain that needs one, the store row (create `<name>-store` and associate the
// registry with it, once), then one row per repository (add the store to its upstreams, or
// associate the registry directly). Each row is a ConnectionPlan, so a row run twice, retried or
// resumed reads first and does no harm. A ConnectionBatchJob runs the rows, a few at a time; the
// batch is a value that it hands back with each row's state.
struct ConnectionBatch
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionBatch)

public:
    enum class State {
        Pending,
        Running,
        Done,               // this batch made the change
        AlreadyConnected,   // every step was already true
        Failed,             // error says why (the repository's step, or its domain's store)
        Cancelled,          // Cancel came before the row ended
    };

    struct Row
    {
        bool isStore = false;        // the domain's store row (its plan: create and associate)
        RepositoryRef repository;    // the repository the row connects (the store for a store row)
        ConnectionPlan plan;         // the calls of this row only (never the store's for a repository row)
        int storeRow = -1;           // a repository row through a new store: the row it waits for
        State state = State::Pending;
        AwsError error;
        QString note;                // for people: what was done, or why it is waiting or failed

        bool isSettled() const { return state == State::Done || state == State::AlreadyConnected; }
    };

    QString connection;
    ConnectionPlan::Route route = ConnectionPlan::Route::ThroughStore;
    QList<Row> rows;

    // `selected`: the repositories to connect (as the inventory knows them). `domainRepositories`:
    // what is known of each of their domains' repositories, keyed by domainKey(): where a store is
    // looked for and which names are taken. `storeName`: for a domain without a store (empty: the
    // AWS Console's name, or the first free "-2", "-3" ...). A repository that has the connection
    // itself is planned directly (its associate will read that it is already there).
    static ConnectionBatch build(const QList<RepositoryDescription> &selected,
                                 const QHash<QString, QList<RepositoryDescription>> &domainRepositories,
                                 const QString &connection, ConnectionPlan::Route route, const QString &storeName = {});
    static QString domainKey(const DomainRef &domain) { return domain.domainOwner + u'/' + domain.domain; }

    int repositoryCount() const;
    int count(State state) const;
    bool hasRetryable() const { return count(State::Failed) + count(State::Cancelled) > 0; }
    bool isFinished() const;
    // The calls of every row not already connected, in the order the batch runs them.
    QList<AwsRequest> requests() const;
    // The batch as an AWS CLI script (set -e: the first failure stops it), a comment on top.
    QString cliScript(const QString &region, const QString &endpointUrl = {}, const QString &profile = {}) const;
    // "18 connected, 2 failed" ...
    QString summary() const;
    static QString stateName(State state);
};

} // namespace desk

Q_DECLARE_METATYPE(desk::ConnectionBatch)
