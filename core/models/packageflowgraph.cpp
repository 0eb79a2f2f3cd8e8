#include "models/packageflowgraph.h"

#include "base/externalconnection.h"
#include "models/inventorymodel.h"

#include <QSet>

#include <algorithm>

namespace desk {

namespace {

// "a", "a and b", "a, b and c".
QString listOfNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return PackageFlowGraph::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

} // namespace

int PackageFlowGraph::addNode(NodeKind kind, const QString &name, const QString &label)
{
    Node node;
    node.kind = kind;
    node.name = name;
    node.label = label;
    m_nodes.append(node);
    m_out.append(QList<int>());
    m_in.append(QList<int>());
    const int index = int(m_nodes.size()) - 1;
    m_index.insert(name, index);
    return index;
}

void PackageFlowGraph::addProblem(ProblemKind kind, const QString &text, const QList<int> &nodes, const QList<int> &edges)
{
    const int index = int(m_problems.size());
    m_problems.append(Problem{kind, text, nodes, edges});
    for (int n : nodes) {
        if (!m_nodes[n].problems.contains(index))
            m_nodes[n].problems.append(index);
    }
    for (int e : edges) {
        if (!m_edges[e].problems.contains(index))
            m_edges[e].problems.append(index);
    }
}

PackageFlowGraph PackageFlowGraph::build(const QList<Repository> &repositories, const Layout &layout)
{
    PackageFlowGraph g;
    g.m_layout = layout;
    g.m_nodes.reserve(repositories.size() + 16);
    for (const Repository &r : repositories) {
        if (!r.name.isEmpty() && !g.m_index.contains(r.name))
            g.addNode(r.described ? NodeKind::Repository : NodeKind::Unknown, r.name, r.name);
    }
    auto addEdge = [&g](int from, int to, int priority, bool connection) {
        Edge edge;
        edge.from = from;
        edge.to = to;
        edge.priority = priority;
        edge.connection = connection;
        g.m_edges.append(edge);
        const int index = int(g.m_edges.size()) - 1;
        g.m_out[from].append(index);
        g.m_in[to].append(index);
    };
    QSet<QString> seen;
    for (const Repository &r : repositories) {
        if (!r.described || r.name.isEmpty() || seen.contains(r.name))
            continue;
        seen.insert(r.name);
        const int from = g.m_index.value(r.name);
        for (qsizetype i = 0; i < r.upstreams.size(); ++i) {
            const QString &upstream = r.upstreams.at(i);
            int to = g.m_index.value(upstream, -1);
            if (to < 0)
                to = g.addNode(NodeKind::Missing, upstream, upstream);
            addEdge(from, to, int(i) + 1, false);
        }
        if (!r.externalConnection.isEmpty()) {
            int to = g.m_index.value(r.externalConnection, -1);
            if (to < 0) {
                const ExternalConnectionInfo *info = ExternalConnections::find(r.externalConnection);
                to = g.addNode(NodeKind::Registry, r.externalConnection, info ? info->displayName : r.externalConnection);
            }
            addEdge(from, to, 0, true);
        }
    }
    g.findCycles();
    g.findProblems();
    g.assignLayers();
    g.orderLayers();
    g.placeNodes();
    return g;
}

QList<PackageFlowGraph::Repository> PackageFlowGraph::repositoriesOf(const InventoryModel &model, const DomainRef &domain)
{
    QList<Repository> out;
    const QModelIndex parent = model.domainIndex(domain.domainOwner, domain.domain);
    if (!parent.isValid()
        || parent.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>() != InventoryModel::DomainState::Loaded)
        return out;
    const InventoryModel::DomainUpstreams known = model.domainUpstreams(domain);
    const int rows = model.rowCount(parent);
    out.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        Repository r;
        r.name = index.data(Qt::DisplayRole).toString();
        const auto upstreams = known.upstreams.constFind(r.name);
        r.described = upstreams != known.upstreams.cend();
        if (r.described)
            r.upstreams = upstreams.value();
        r.externalConnection = index.data(InventoryModel::ExternalConnectionRole).toString();
        out.append(r);
    }
    return out;
}

int PackageFlowGraph::unknownCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(), [](const Node &n) { return n.kind == NodeKind::Unknown; }));
}

void PackageFlowGraph::findCycles()
{
    // Tarjan's strongly connected components, without recursion (a long chain must not exhaust
    // the stack). A component of more than one node, or a node that names itself, is a ring.
    const int n = int(m_nodes.size());
    QList<int> index(n, -1), low(n, 0), component(n, -1);
    QList<bool> onStack(n, false);
    QList<int> stack;
    QList<std::pair<int, int>> work;   // node, next out-edge to look at
    int counter = 0;
    int components = 0;
    QList<QList<int>> members;
    for (int root = 0; root < n; ++root) {
        if (index[root] >= 0)
            continue;
        work.append({root, 0});
        while (!work.isEmpty()) {
            auto &[v, next] = work.last();
            if (next == 0 && index[v] < 0) {
                index[v] = low[v] = counter++;
                stack.append(v);
                onStack[v] = true;
            }
            if (next < m_out[v].size()) {
                const int w = m_edges[m_out[v][next++]].to;
                if (index[w] < 0)
                    work.append({w, 0});
                else if (onStack[w])
                    low[v] = std::min(low[v], index[w]);
                continue;
            }
            const int done = v;
            work.removeLast();
            if (!work.isEmpty())
                low[work.last().first] = std::min(low[work.last().first], low[done]);
            if (low[done] == index[done]) {
                QList<int> ring;
                int w;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    component[w] = components;
                    ring.append(w);
                } while (w != done);
                members.append(ring);
                ++components;
            }
        }
    }

    for (const QList<int> &ring : std::as_const(members)) {
        const int start = *std::min_element(ring.cbegin(), ring.cend());   // the first in the inventory's order
        const int c = component[start];
        bool selfLoop = false;
        for (int e : std::as_const(m_out[start]))
            selfLoop = selfLoop || m_edges[e].to == start;
        if (ring.size() < 2 && !selfLoop)
            continue;
        // Walk inside the component, taking each node's first upstream that stays inside, until
        // a node comes round again: that loop is the ring to name.
        QList<int> path{start};
        QList<int> pathEdges;
        QHash<int, int> position{{start, 0}};
        int v = start;
        for (;;) {
            int chosen = -1;
            for (int e : std::as_const(m_out[v])) {
                if (!m_edges[e].connection && component[m_edges[e].to] == c) {
                    chosen = e;
                    break;
                }
            }
            if (chosen < 0)
                break;   // cannot happen in a component; stop rather than loop
            const int w = m_edges[chosen].to;
            pathEdges.append(chosen);
            if (position.contains(w)) {
                const int from = position.value(w);
                path = path.mid(from);
                pathEdges = pathEdges.mid(from);
                path.append(w);
                break;
            }
            position.insert(w, int(path.size()));
            path.append(w);
            v = w;
        }
        QStringList names;
        for (int p : std::as_const(path))
            names << m_nodes[p].name;
        QList<int> nodes = path.mid(0, path.size() - 1);
        for (int m : ring) {
            if (!nodes.contains(m))
                nodes.append(m);
        }
        addProblem(ProblemKind::Cycle,
                   tr("These repositories search each other in a ring: %1. A request for a package they do not "
                      "have goes round it.").arg(names.join(QStringLiteral(" \u2192 "))),
                   nodes, pathEdges);
    }
}

void PackageFlowGraph::findProblems()
{
    // An upstream that no longer exists.
    for (int e = 0; e < m_edges.size(); ++e) {
        const Edge &edge = m_edges[e];
        if (m_nodes[edge.to].kind == NodeKind::Missing) {
            addProblem(ProblemKind::MissingUpstream,
                       tr("%1 searches %2 (upstream %3), which no longer exists in this domain.")
                           .arg(m_nodes[edge.from].name, m_nodes[edge.to].name)
                           .arg(edge.priority),
                       {edge.from, edge.to}, {e});
        }
    }
    // Two stores of one public registry.
    for (int r = 0; r < m_nodes.size(); ++r) {
        if (m_nodes[r].kind != NodeKind::Registry || m_in[r].size() < 2)
            continue;
        QList<int> stores;
        QStringList names;
        for (int e : std::as_const(m_in[r])) {
            stores << m_edges[e].from;
            names << m_nodes[m_edges[e].from].name;
        }
        const QString text = names.size() == 2
            ? tr("%1 and %2 both connect to %3 (%4): the domain keeps two copies of its packages, and which one a "
                 "repository gets depends on its upstreams.").arg(names[0], names[1], m_nodes[r].label, m_nodes[r].name)
            : tr("%1 all connect to %2 (%3): the domain keeps %4 copies of its packages, and which one a repository "
                 "gets depends on its upstreams.").arg(listOfNames(names), m_nodes[r].label, m_nodes[r].name).arg(names.size());
        addProblem(ProblemKind::DuplicateStore, text,
                   QList<int>(stores) << r, m_in[r]);
    }
    // A connection and upstreams on the same repository.
    for (int v = 0; v < m_nodes.size(); ++v) {
        QStringList upstreams;
        QString connection;
        QList<int> edges;
        for (int e : std::as_const(m_out[v])) {
            edges << e;
            if (m_edges[e].connection)
                connection = m_nodes[m_edges[e].to].label;
            else
                upstreams << m_nodes[m_edges[e].to].name;
        }
        if (connection.isEmpty() || upstreams.isEmpty())
            continue;
        addProblem(ProblemKind::ConnectionAndUpstreams,
                   tr("%1 has an external connection to %2 and also upstreams (%3): CodeArtifact treats these as "
                      "alternatives; keep the connection on a store of its own, without upstreams.")
                       .arg(m_nodes[v].name, connection, upstreams.join(QStringLiteral(", "))),
                   {v}, edges);
    }
    // Reaches no public registry although its siblings do. Walk backwards from the stores (what
    // reaches a registry), from the repositories not described yet (what may), and from missing
    // upstreams (already said).
    auto reachingBack = [this](auto isStart) {
        QList<bool> reached(m_nodes.size(), false);
        QList<int> queue;
        for (int v = 0; v < m_nodes.size(); ++v) {
            if (isStart(v)) {
                reached[v] = true;
                queue << v;
            }
        }
        for (qsizetype i = 0; i < queue.size(); ++i) {
            for (int e : std::as_const(m_in[queue[i]])) {
                const int user = m_edges[e].from;
                if (!reached[user]) {
                    reached[user] = true;
                    queue << user;
                }
            }
        }
        return reached;
    };
    const QList<bool> reaches = reachingBack([this](int v) { return m_nodes[v].kind == NodeKind::Registry; });
    const QList<bool> mayReach = reachingBack(
        [this](int v) { return m_nodes[v].kind == NodeKind::Unknown || m_nodes[v].kind == NodeKind::Missing; });
    int reachingRepositories = 0;
    for (int v = 0; v < m_nodes.size(); ++v)
        reachingRepositories += m_nodes[v].kind == NodeKind::Repository && reaches[v];
    if (reachingRepositories == 0)
        return;
    for (int v = 0; v < m_nodes.size(); ++v) {
        if (m_nodes[v].kind != NodeKind::Repository || reaches[v] || mayReach[v])
            continue;
        const QString text = reachingRepositories == 1
            ? tr("%1 reaches no public registry, although 1 other repository in this domain does: packages not "
                 "published to it cannot be installed through it.").arg(m_nodes[v].name)
            : tr("%1 reaches no public registry, although %2 other repositories in this domain do: packages not "
                 "published to it cannot be installed through it.").arg(m_nodes[v].name).arg(reachingRepositories);
        addProblem(ProblemKind::NoRegistry, text, {v}, m_out[v]);
    }
}

void PackageFlowGraph::assignLayers()
{
    // Depth = the longest chain of upstreams below a repository (0: it has none); a cycle's
    // closing edge is left out (depth-first, an edge back to a node still open). Columns run
    // from the deepest (left) to depth 0 (the stores), then the registries; the repositories no
    // other one searches (the consumers) all go to the left.
    const int n = int(m_nodes.size());
    QList<int> depth(n, 0);
    QList<char> state(n, 0);   // 0 new, 1 open, 2 done
    QList<std::pair<int, int>> work;
    for (int root = 0; root < n; ++root) {
        if (state[root] != 0 || m_nodes[root].kind == NodeKind::Registry)
            continue;
        work.append({root, 0});
        state[root] = 1;
        while (!work.isEmpty()) {
            auto &[v, next] = work.last();
            if (next < m_out[v].size()) {
                const Edge &edge = m_edges[m_out[v][next++]];
                if (edge.connection)
                    continue;
                const int w = edge.to;
                if (state[w] == 0) {
                    state[w] = 1;
                    work.append({w, 0});
                } else if (state[w] == 2) {
                    depth[v] = std::max(depth[v], depth[w] + 1);
                }
                continue;   // state 1: an edge back into the open chain, a cycle
            }
            const int done = v;
            state[done] = 2;
            work.removeLast();
            if (!work.isEmpty()) {
                int &parentDepth = depth[work.last().first];
                parentDepth = std::max(parentDepth, depth[done] + 1);
            }
        }
    }
    int maxDepth = 0;
    bool registries = false;
    for (int v = 0; v < n; ++v) {
        if (m_nodes[v].kind == NodeKind::Registry)
            registries = true;
        else
            maxDepth = std::max(maxDepth, depth[v]);
    }
    m_layers = n == 0 ? 0 : maxDepth + 1 + (registries ? 1 : 0);
    m_columns = QList<QList<int>>(m_layers);
    for (int v = 0; v < n; ++v) {
        // What nobody searches is a consumer: leftmost, however short its chain (a store nobody
        // uses yet stays with the stores).
        bool used = false;
        for (int e : std::as_const(m_in[v]))
            used = used || !m_edges[e].connection;
        bool store = depth[v] == 0;
        for (int e : std::as_const(m_out[v]))
            store = store && m_edges[e].connection;
        const bool consumer = !used && !(store && !m_out[v].isEmpty());
        if (m_nodes[v].kind == NodeKind::Registry)
            m_nodes[v].layer = maxDepth + 1;
        else
            m_nodes[v].layer = consumer ? 0 : maxDepth - depth[v];
        m_columns[m_nodes[v].layer].append(v);
    }
    for (Edge &edge : m_edges)
        edge.backward = m_nodes[edge.to].layer <= m_nodes[edge.from].layer;
}

int PackageFlowGraph::crossings() const
{
    // Edges between neighbouring columns, as (row on the left, row on the right): two cross when
    // their rows are in opposite orders. Sorted by the left row, the crossings are the pairs out
    // of order on the right, counted with a Fenwick tree (E log V, not E squared).
    int total = 0;
    for (int c = 0; c + 1 < m_layers; ++c) {
        QList<std::pair<int, int>> spans;
        for (int v : m_columns[c]) {
            for (int e : m_out[v]) {
                const Node &to = m_nodes[m_edges[e].to];
                if (to.layer == c + 1)
                    spans.append({m_nodes[v].order, to.order});
            }
        }
        std::sort(spans.begin(), spans.end());
        const int size = int(m_columns[c + 1].size());
        QList<int> tree(size + 1, 0);
        int seen = 0;
        for (const auto &span : std::as_const(spans)) {
            int notAbove = 0;   // earlier spans ending at or above this one's row
            for (int i = span.second + 1; i > 0; i -= i & -i)
                notAbove += tree[i];
            total += seen - notAbove;
            for (int i = span.second + 1; i <= size; i += i & -i)
                ++tree[i];
            ++seen;
        }
    }
    return total;
}

void PackageFlowGraph::orderLayers()
{
    // Start from the names, then a few barycenter passes: each node moves to the mean relative
    // row of its neighbours in the column before (left to right) or after (right to left). The
    // order with the fewest crossings wins.
    for (QList<int> &column : m_columns) {
        std::sort(column.begin(), column.end(),
                  [this](int a, int b) { return m_nodes[a].name < m_nodes[b].name; });
    }
    auto number = [this](const QList<int> &column) {
        for (int i = 0; i < column.size(); ++i)
            m_nodes[column[i]].order = i;
    };
    for (const QList<int> &column : std::as_const(m_columns))
        number(column);
    auto relative = [this](int v) {
        const qsizetype size = m_columns[m_nodes[v].layer].size();
        return size > 1 ? double(m_nodes[v].order) / double(size - 1) : 0.5;
    };
    auto sortByNeighbours = [&](int c, bool usersOnLeft) {
        QList<int> &column = m_columns[c];
        QHash<int, double> key;
        for (int v : std::as_const(column)) {
            double sum = 0;
            int count = 0;
            const QList<int> &edges = usersOnLeft ? m_in[v] : m_out[v];
            for (int e : edges) {
                const int w = usersOnLeft ? m_edges[e].from : m_edges[e].to;
                if (m_nodes[w].layer == c)
                    continue;
                sum += relative(w);
                ++count;
            }
            key.insert(v, count ? sum / count : relative(v));
        }
        std::stable_sort(column.begin(), column.end(), [&key](int a, int b) { return key.value(a) < key.value(b); });
        number(column);
    };
    int best = crossings();
    QList<QList<int>> bestColumns = m_columns;
    for (int sweep = 0; sweep < m_layout.sweeps && best > 0; ++sweep) {
        for (int c = 1; c < m_layers; ++c)
            sortByNeighbours(c, true);
        for (int c = m_layers - 2; c >= 0; --c)
            sortByNeighbours(c, false);
        const int now = crossings();
        if (now < best) {
            best = now;
            bestColumns = m_columns;
        }
    }
    m_columns = bestColumns;
    for (const QList<int> &column : std::as_const(m_columns))
        number(column);
}

void PackageFlowGraph::placeNodes()
{
    const double step = m_layout.nodeHeight + m_layout.rowGap;
    QList<double> y(m_nodes.size(), 0.0);
    double tallest = 0;
    for (const QList<int> &column : std::as_const(m_columns))
        tallest = std::max(tallest, column.size() * step);
    for (const QList<int> &column : std::as_const(m_columns)) {
        const double top = (tallest - column.size() * step) / 2;
        for (int i = 0; i < column.size(); ++i)
            y[column[i]] = top + i * step;
    }
    // Pull each node towards its neighbours' height, keeping the column's order and spacing: the
    // mean of packing downwards and packing upwards.
    auto align = [&](int c, bool towardsLeft) {
        const QList<int> &column = m_columns[c];
        if (column.isEmpty())
            return;
        QList<double> wanted(column.size());
        for (int i = 0; i < column.size(); ++i) {
            const int v = column[i];
            double sum = 0;
            int count = 0;
            for (int e : towardsLeft ? m_in[v] : m_out[v]) {
                const int w = towardsLeft ? m_edges[e].from : m_edges[e].to;
                if (m_nodes[w].layer == c || m_edges[e].backward)
                    continue;
                sum += y[w];
                ++count;
            }
            wanted[i] = count ? sum / count : y[v];
        }
        QList<double> down(wanted), up(wanted);
        for (int i = 1; i < column.size(); ++i)
            down[i] = std::max(down[i], down[i - 1] + step);
        for (int i = int(column.size()) - 2; i >= 0; --i)
            up[i] = std::min(up[i], up[i + 1] - step);
        for (int i = 0; i < column.size(); ++i)
            y[column[i]] = (down[i] + up[i]) / 2;
    };
    for (int round = 0; round < 2; ++round) {
        for (int c = m_layers - 2; c >= 0; --c)
            align(c, false);
        for (int c = 1; c < m_layers; ++c)
            align(c, true);
    }
    double top = 0;
    for (double value : std::as_const(y))
        top = std::min(top, value);
    m_bounds = QRectF();
    for (int v = 0; v < m_nodes.size(); ++v) {
        m_nodes[v].pos = QPointF(m_nodes[v].layer * (m_layout.nodeWidth + m_layout.columnGap), y[v] - top);
        m_bounds |= QRectF(m_nodes[v].pos, QSizeF(m_layout.nodeWidth, m_layout.nodeHeight));
    }
}

} // namespace desk
