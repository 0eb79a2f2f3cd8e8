#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace desk {

// A public registry a repository reaches, and through which repositories.
struct UpstreamReach
{
    QString connection;   // public:npmjs
    // The upstreams walked to reach it, from this repository's upstream to the one that holds the
    // external connection; empty when it is the repository's own connection.
    QStringList via;

    bool operator==(const UpstreamReach &other) const { return connection == other.connection && via == other.via; }
};

// The upstream relations of one domain's repositories: who searches whom, and who holds which
// external connection. Pure functions over what is known; the service is the judge of the rules
// (at most 10 upstreams, no cycles), so a cycle or a dangling name here ends a walk, never
// loops or fails.
class UpstreamGraph
{
public:
    UpstreamGraph() = default;
    // repository -> its upstreams, in search order (no external connections known).
    explicit UpstreamGraph(const QHash<QString, QStringList> &upstreams);

    // A repository whose description is known: its external connection (empty: none) and its
    // upstreams in search order. Replaces what was known of it.
    void setRepository(const QString &name, const QString &externalConnection, const QStringList &upstreams);
    // Whether the repository's description is known (set above).
    bool isKnown(const QString &repository) const { return m_nodes.contains(repository); }
    QString externalConnectionOf(const QString &repository) const { return m_nodes.value(repository).connection; }
    QStringList upstreamsOf(const QString &repository) const { return m_nodes.value(repository).upstreams; }

    // The repositories that reach `repository` through their upstreams, directly or through
    // others: nearest first, then by name. `repository` itself is not among them.
    QStringList downstreamOf(const QString &repository) const;
    // The known repositories whose upstreams name `repository` (directly), by name.
    QStringList usersOf(const QString &repository) const;

    struct Reaches
    {
        QList<UpstreamReach> registries;   // in the order the service searches them
        // Repositories met on the walk whose description is not known (not described yet, or not
        // in the domain at all): what lies behind them is missing from `registries`.
        QStringList unknown;
    };
    // The public registries `repository` reaches, in the service's search order: its own external
    // connection first, then each upstream in order, depth-first (an upstream's own connection,
    // then its upstreams), each registry once (the first path found), each repository visited once.
    Reaches reachesFrom(const QString &repository) const;
    // A cycle through `repository` over the known upstreams, as the path the service would walk:
    // {"release", "web-frontend", "release"}. Empty when there is none. The upstreams are taken in
    // search order, so the first cycle found is the one a reader meets first.
    QStringList cycleThrough(const QString &repository) const;

private:
    struct Node
    {
        QString connection;
        QStringList upstreams;
    };
    QHash<QString, Node> m_nodes;
    QHash<QString, QStringList> m_users;   // upstream -> the known repositories naming it
};

} // namespace desk

Q_DECLARE_METATYPE(desk::UpstreamReach)
