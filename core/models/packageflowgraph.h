#pragma once

#include "base/operationinputs.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace desk {

class InventoryModel;

// Where one domain's packages come from: its repositories, their upstreams in search order, and
// the public registries at the edge, laid out left to right (the repositories people use on the
// left, the stores that hold a connection in the middle, the public registries on the right),
// with what looks wrong marked on the nodes and edges it concerns. A value, computed at once from
// what is known; repositories not described yet are drawn as unknown, never as a problem.
class PackageFlowGraph
{
    Q_DECLARE_TR_FUNCTIONS(PackageFlowGraph)

public:
    // One repository as the inventory knows it.
    struct Repository
    {
        QString name;
        QStringList upstreams;        // in search order (known when described)
        QString externalConnection;   // public:npmjs ...; empty: none
        bool described = true;        // false: upstreams and connection are not known yet
        bool operator==(const Repository &) const = default;
    };

    enum class NodeKind {
        Repository,   // a described repository of the domain
        Unknown,      // a repository of the domain not described yet
        Missing,      // an upstream some repository names that the domain no longer has
        Registry,     // a public registry (an external connection)
    };
    enum class ProblemKind {
        MissingUpstream,          // an upstream that no longer exists
        Cycle,                    // repositories that search each other in a ring
        DuplicateStore,           // two repositories connected to the same public registry
        NoRegistry,               // reaches no public registry although its siblings do
        ConnectionAndUpstreams,   // a connection and upstreams on the same repository
    };

    struct Node
    {
        NodeKind kind = NodeKind::Repository;
        QString name;          // repository name, or the connection name (public:npmjs)
        QString label;         // what to print: the name, or the registry's display name
        int layer = 0;         // column, 0 = leftmost
        int order = 0;         // row within the column, top first
        QPointF pos;           // top-left corner
        QList<int> problems;   // indexes into problems()
    };
    struct Edge
    {
        int from = 0;           // the repository that searches...
        int to = 0;             // ...this upstream (or registry)
        int priority = 0;       // 1, 2, 3 ... in search order; 0 for an external connection
        bool connection = false;
        bool backward = false;  // drawn right to left (it closes a cycle)
        QList<int> problems;
    };
    struct Problem
    {
        ProblemKind kind = ProblemKind::MissingUpstream;
        QString text;          // one translated sentence
        QList<int> nodes;      // the first is the one to select
        QList<int> edges;
    };

    struct Layout
    {
        double nodeWidth = 180;
        double nodeHeight = 34;
        double columnGap = 110;
        double rowGap = 12;
        int sweeps = 4;   // barycenter passes (each one left to right and back)
    };

    PackageFlowGraph() = default;
    static PackageFlowGraph build(const QList<Repository> &repositories, const Layout &layout);
    static PackageFlowGraph build(const QList<Repository> &repositories) { return build(repositories, Layout()); }
    // A loaded domain's repositories as the model knows them (in the model's order); empty when the
    // domain is not loaded.
    static QList<Repository> repositoriesOf(const InventoryModel &model, const DomainRef &domain);

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Edge> &edges() const { return m_edges; }
    const QList<Problem> &problems() const { return m_problems; }
    // -1 when there is no such node; registries are found by their connection name.
    int nodeIndex(const QString &name) const { return m_index.value(name, -1); }
    int layerCount() const { return m_layers; }
    int unknownCount() const;
    QRectF boundingRect() const { return m_bounds; }
    QSizeF nodeSize() const { return {m_layout.nodeWidth, m_layout.nodeHeight}; }
    // The edges that cross each other between neighbouring columns (what the barycenter passes
    // reduce); for tests and benchmarks.
    int crossings() const;
    bool isEmpty() const { return m_nodes.isEmpty(); }

private:
    int addNode(NodeKind kind, const QString &name, const QString &label);
    void addProblem(ProblemKind kind, const QString &text, const QList<int> &nodes, const QList<int> &edges);
    void findProblems();
    void findCycles();
    void assignLayers();
    void orderLayers();
    void placeNodes();

    Layout m_layout;
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QList<Problem> m_problems;
    QHash<QString, int> m_index;
    QList<QList<int>> m_out;   // node -> its edges
    QList<QList<int>> m_in;    // node -> edges that reach it
    QList<QList<int>> m_columns;
    int m_layers = 0;
    QRectF m_bounds;
};

} // namespace desk
