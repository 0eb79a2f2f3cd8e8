#include "base/upstreamgraph.h"

#include <QSet>

#include <algorithm>

namespace desk {

UpstreamGraph::UpstreamGraph(const QHash<QString, QStringList> &upstreams)
{
    for (auto it = upstreams.cbegin(); it != upstreams.cend(); ++it)
        setRepository(it.key(), {}, it.value());
}

void UpstreamGraph::setRepository(const QString &name, const QString &externalConnection, const QStringList &upstreams)
{
    auto existing = m_nodes.constFind(name);
    if (existing != m_nodes.constEnd()) {
        for (const QString &upstream : existing->upstreams) {
            auto users = m_users.find(upstream);
            if (users != m_users.end()) {
                users->removeAll(name);
                if (users->isEmpty())
                    m_users.erase(users);
            }
        }
    }
    m_nodes.insert(name, Node{externalConnection, upstreams});
    QSet<QString> named;
    for (const QString &upstream : upstreams) {
        if (!named.contains(upstream)) {
            named.insert(upstream);
            m_users[upstream] << name;
        }
    }
}

QStringList UpstreamGraph::usersOf(const QString &repository) const
{
    QStringList users = m_users.value(repository);
    std::sort(users.begin(), users.end());
    return users;
}

QStringList UpstreamGraph::downstreamOf(const QString &repository) const
{
    // Walk the edges backwards, one ring of users at a time (a cycle ends the walk, as a
    // repository is visited once).
    QStringList out;
    QSet<QString> seen{repository};
    QStringList ring{repository};
    while (!ring.isEmpty()) {
        QStringList next;
        for (const QString &name : std::as_const(ring)) {
            for (const QString &user : m_users.value(name)) {
                if (!seen.contains(user)) {
                    seen.insert(user);
                    next << user;
                }
            }
        }
        std::sort(next.begin(), next.end());
        out << next;
        ring = next;
    }
    return out;
}

UpstreamGraph::Reaches UpstreamGraph::reachesFrom(const QString &repository) const
{
    Reaches out;
    QSet<QString> visited;
    QSet<QString> registries;
    // Depth-first in search order; `path` is the upstreams walked from `repository`.
    QStringList path;
    auto visit = [&](const auto &self, const QString &name) -> void {
        if (visited.contains(name))
            return;   // a cycle, or a repository two paths lead to: searched once
        visited.insert(name);
        const auto node = m_nodes.constFind(name);
        if (node == m_nodes.constEnd()) {
            out.unknown << name;
            return;
        }
        if (!node->connection.isEmpty() && !registries.contains(node->connection)) {
            registries.insert(node->connection);
            out.registries << UpstreamReach{node->connection, path};
        }
        for (const QString &upstream : node->upstreams) {
            path << upstream;
            self(self, upstream);
            path.removeLast();
        }
    };
    visit(visit, repository);
    return out;
}

QStringList UpstreamGraph::cycleThrough(const QString &repository) const
{
    QSet<QString> visited;
    QStringList path{repository};
    auto visit = [&](const auto &self, const QString &name) -> bool {
        for (const QString &upstream : m_nodes.value(name).upstreams) {
            if (upstream == repository) {
                path << upstream;
                return true;
            }
            if (visited.contains(upstream))
                continue;
            visited.insert(upstream);
            path << upstream;
            if (self(self, upstream))
                return true;
            path.removeLast();
        }
        return false;
    };
    return visit(visit, repository) ? path : QStringList();
}

} // namespace desk
