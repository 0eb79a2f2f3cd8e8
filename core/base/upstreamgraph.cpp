#include "base/upstreamgraph.h"

#include <QSet>

#include <algorithm>

namespace desk {

QStringList UpstreamGraph::downstreamOf(const QString &repository) const
{
    // Walk the edges backwards, one ring of users at a time (a cycle ends the walk, as a
    // repository is visited once).
    QHash<QString, QStringList> users;
    for (auto it = m_upstreams.cbegin(); it != m_upstreams.cend(); ++it) {
        for (const QString &upstream : it.value())
            users[upstream] << it.key();
    }
    QStringList out;
    QSet<QString> seen{repository};
    QStringList ring{repository};
    while (!ring.isEmpty()) {
        QStringList next;
        for (const QString &name : std::as_const(ring)) {
            for (const QString &user : users.value(name)) {
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

} // namespace desk
