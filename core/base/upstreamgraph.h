#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace desk {

// The upstream relations of one domain's repositories: who searches whom. Pure functions over
// what is known; the service is the judge of the rules (at most 10 upstreams, no cycles).
class UpstreamGraph
{
public:
    // repository -> its upstreams, in search order.
    explicit UpstreamGraph(QHash<QString, QStringList> upstreams) : m_upstreams(std::move(upstreams)) {}

    // The repositories that reach `repository` through their upstreams, directly or through
    // others: nearest first, then by name. `repository` itself is not among them.
    QStringList downstreamOf(const QString &repository) const;

private:
    QHash<QString, QStringList> m_upstreams;
};

} // namespace desk
