// PackageFlowGraph: nodes, edges in search order, the left-to-right layout and every problem kind.

#include "models/inventorymodel.h"
#include "models/packageflowgraph.h"

#include <QStandardPaths>
#include <QTest>

using namespace desk;
using Graph = PackageFlowGraph;

namespace {

Graph::Repository repo(const char *name, QStringList upstreams = {}, const char *connection = "")
{
    Graph::Repository r;
    r.name = QString::fromLatin1(name);
    r.upstreams = std::move(upstreams);
    r.externalConnection = QString::fromLatin1(connection);
    return r;
}

Graph::Repository unknown(const char *name)
{
    Graph::Repository r;
    r.name = QString::fromLatin1(name);
    r.described = false;
    return r;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

// The demo's acme-prod, a little smaller: three levels and two registries.
QList<Graph::Repository> healthyDomain()
{
    return {
        repo("npm-store", {}, "public:npmjs"),
        repo("pypi-store", {}, "public:pypi"),
        repo("web-frontend", names({"npm-store"})),
        repo("data-science", names({"pypi-store"})),
        repo("release", names({"web-frontend", "data-science"})),
    };
}

QList<Graph::ProblemKind> kinds(const Graph &g)
{
    QList<Graph::ProblemKind> out;
    for (const Graph::Problem &p : g.problems())
        out << p.kind;
    return out;
}

const Graph::Node &node(const Graph &g, const char *name)
{
    const int i = g.nodeIndex(QString::fromLatin1(name));
    if (i < 0)
        qFatal("no node %s", name);
    return g.nodes().at(i);
}

int edgeBetween(const Graph &g, const char *from, const char *to)
{
    const int f = g.nodeIndex(QString::fromLatin1(from));
    const int t = g.nodeIndex(QString::fromLatin1(to));
    for (int e = 0; e < g.edges().size(); ++e) {
        if (g.edges()[e].from == f && g.edges()[e].to == t)
            return e;
    }
    return -1;
}

// No two nodes on top of each other.
bool overlapFree(const Graph &g)
{
    QList<QRectF> rects;
    for (const Graph::Node &n : g.nodes())
        rects << QRectF(n.pos, g.nodeSize());
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (rects[i].intersects(rects[j]))
                return false;
        }
    }
    return true;
}

} // namespace

class TestPackageFlowGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldLayOutConsumersStoresAndRegistriesLeftToRight();
    void shouldNumberUpstreamsInSearchOrder();
    void shouldNameAnUpstreamThatNoLongerExists();
    void shouldNameTheRingOfACycleAndStillFinish();
    void shouldNameAStoreThatListsItself();
    void shouldNameTwoStoresOfOneRegistry();
    void shouldNameARepositoryThatReachesNoRegistryWhenItsSiblingsDo();
    void shouldNameAConnectionWithUpstreams();
    void shouldDrawUndescribedRepositoriesAsUnknownNotAsProblems();
    void shouldUncrossEdgesWithBarycenterPasses();
    void shouldLayOut500RepositoriesWithCyclesAndDanglingUpstreams();
    void shouldReadRepositoriesFromTheInventoryModel();
};

void TestPackageFlowGraph::shouldLayOutConsumersStoresAndRegistriesLeftToRight()
{
    const Graph g = Graph::build(healthyDomain());
    QCOMPARE(g.nodes().size(), 7);   // five repositories, two registries
    QCOMPARE(g.edges().size(), 6);
    QVERIFY(g.problems().isEmpty());
    QCOMPARE(g.layerCount(), 4);
    QCOMPARE(node(g, "release").layer, 0);
    QCOMPARE(node(g, "web-frontend").layer, 1);
    QCOMPARE(node(g, "data-science").layer, 1);
    QCOMPARE(node(g, "npm-store").layer, 2);
    QCOMPARE(node(g, "public:npmjs").layer, 3);
    QCOMPARE(node(g, "public:npmjs").kind, Graph::NodeKind::Registry);
    QCOMPARE(node(g, "public:npmjs").label, QStringLiteral("npm public registry"));
    // Columns become x, left to right; every edge points right.
    QVERIFY(node(g, "release").pos.x() < node(g, "web-frontend").pos.x());
    QVERIFY(node(g, "web-frontend").pos.x() < node(g, "npm-store").pos.x());
    QVERIFY(node(g, "npm-store").pos.x() < node(g, "public:npmjs").pos.x());
    for (const Graph::Edge &e : g.edges())
        QVERIFY(!e.backward);
    QVERIFY(overlapFree(g));
    QVERIFY(g.boundingRect().contains(QRectF(node(g, "public:pypi").pos, g.nodeSize())));
    // Each store sits level with the team repository that uses it.
    QCOMPARE(node(g, "npm-store").pos.y(), node(g, "web-frontend").pos.y());
    QCOMPARE(g.crossings(), 0);
}

void TestPackageFlowGraph::shouldNumberUpstreamsInSearchOrder()
{
    const Graph g = Graph::build({
        repo("a-store", {}, "public:maven-central"),
        repo("b-store", {}, "public:maven-googleandroid"),
        repo("c-store", {}, "public:maven-gradleplugins"),
        repo("mobile", names({"c-store", "a-store", "b-store"})),
    });
    QCOMPARE(g.edges().at(edgeBetween(g, "mobile", "c-store")).priority, 1);
    QCOMPARE(g.edges().at(edgeBetween(g, "mobile", "a-store")).priority, 2);
    QCOMPARE(g.edges().at(edgeBetween(g, "mobile", "b-store")).priority, 3);
    const Graph::Edge &connection = g.edges().at(edgeBetween(g, "a-store", "public:maven-central"));
    QVERIFY(connection.connection);
    QCOMPARE(connection.priority, 0);
}

void TestPackageFlowGraph::shouldNameAnUpstreamThatNoLongerExists()
{
    QList<Graph::Repository> repositories = healthyDomain();
    repositories << repo("legacy", names({"npm-store", "old-npm-proxy"}));
    const Graph g = Graph::build(repositories);
    QCOMPARE(kinds(g), QList<Graph::ProblemKind>{Graph::ProblemKind::MissingUpstream});
    const Graph::Problem &p = g.problems().first();
    QVERIFY2(p.text.contains(QLatin1String("legacy searches old-npm-proxy (upstream 2)")), qPrintable(p.text));
    QCOMPARE(node(g, "old-npm-proxy").kind, Graph::NodeKind::Missing);
    QCOMPARE(p.nodes.first(), g.nodeIndex(QStringLiteral("legacy")));
    QCOMPARE(p.edges, QList<int>{edgeBetween(g, "legacy", "old-npm-proxy")});
    QCOMPARE(g.edges().at(p.edges.first()).problems, QList<int>{0});
    QCOMPARE(node(g, "legacy").problems, QList<int>{0});
    // It still reaches npm through its first upstream: not also "reaches no registry".
}

void TestPackageFlowGraph::shouldNameTheRingOfACycleAndStillFinish()
{
    QList<Graph::Repository> repositories = healthyDomain();
    repositories[2] = repo("web-frontend", names({"npm-store", "release"}));   // release -> web-frontend -> release
    const Graph g = Graph::build(repositories);
    QCOMPARE(kinds(g), QList<Graph::ProblemKind>{Graph::ProblemKind::Cycle});
    const Graph::Problem &p = g.problems().first();
    QVERIFY2(p.text.contains(QStringLiteral("web-frontend \u2192 release \u2192 web-frontend")), qPrintable(p.text));
    QCOMPARE(p.edges.size(), 2);
    QVERIFY(p.edges.contains(edgeBetween(g, "web-frontend", "release")));
    QVERIFY(p.edges.contains(edgeBetween(g, "release", "web-frontend")));
    QVERIFY(!node(g, "release").problems.isEmpty());
    QVERIFY(!node(g, "web-frontend").problems.isEmpty());
    QVERIFY(node(g, "npm-store").problems.isEmpty());
    // One edge of the ring runs backwards; the layout is still left to right elsewhere.
    int backward = 0;
    for (const Graph::Edge &e : g.edges())
        backward += e.backward;
    QCOMPARE(backward, 1);
    QVERIFY(node(g, "npm-store").layer < node(g, "public:npmjs").layer);
    QVERIFY(overlapFree(g));

    // A longer ring, found from any starting point.
    const Graph three = Graph::build({repo("a", names({"b"})), repo("b", names({"c"})), repo("c", names({"a"}))});
    QCOMPARE(kinds(three), QList<Graph::ProblemKind>{Graph::ProblemKind::Cycle});
    QVERIFY2(three.problems().first().text.contains(QStringLiteral("a \u2192 b \u2192 c \u2192 a")),
             qPrintable(three.problems().first().text));
}

void TestPackageFlowGraph::shouldNameAStoreThatListsItself()
{
    const Graph g = Graph::build({repo("loop", names({"loop"}), "public:npmjs")});
    QVERIFY(kinds(g).contains(Graph::ProblemKind::Cycle));
    const int cycle = int(kinds(g).indexOf(Graph::ProblemKind::Cycle));
    QVERIFY2(g.problems()[cycle].text.contains(QStringLiteral("loop \u2192 loop")), qPrintable(g.problems()[cycle].text));
}

void TestPackageFlowGraph::shouldNameTwoStoresOfOneRegistry()
{
    QList<Graph::Repository> repositories = healthyDomain();
    repositories << repo("npm-mirror", {}, "public:npmjs");
    const Graph g = Graph::build(repositories);
    QCOMPARE(kinds(g), QList<Graph::ProblemKind>{Graph::ProblemKind::DuplicateStore});
    const Graph::Problem &p = g.problems().first();
    QVERIFY2(p.text.startsWith(QLatin1String("npm-store and npm-mirror both connect to npm public registry (public:npmjs)")),
             qPrintable(p.text));
    QCOMPARE(p.nodes.size(), 3);
    QVERIFY(p.nodes.contains(g.nodeIndex(QStringLiteral("public:npmjs"))));
    QCOMPARE(p.edges.size(), 2);
    // One registry node for both.
    QCOMPARE(g.nodes().size(), 8);
    // Other domains' stores are not this domain's business: one store per registry is fine.
    QVERIFY(Graph::build(healthyDomain()).problems().isEmpty());
}

void TestPackageFlowGraph::shouldNameARepositoryThatReachesNoRegistryWhenItsSiblingsDo()
{
    QList<Graph::Repository> repositories = healthyDomain();
    repositories << repo("internal-only") << repo("uses-internal", names({"internal-only"}));
    const Graph g = Graph::build(repositories);
    QCOMPARE(kinds(g), (QList<Graph::ProblemKind>{Graph::ProblemKind::NoRegistry, Graph::ProblemKind::NoRegistry}));
    QVERIFY2(g.problems().first().text.startsWith(
                 QLatin1String("internal-only reaches no public registry, although 5 other repositories")),
             qPrintable(g.problems().first().text));
    // Alone, nobody reaches one: nothing to compare with.
    QVERIFY(Graph::build({repo("internal-only"), repo("uses-internal", names({"internal-only"}))}).problems().isEmpty());
    // Through a repository not described yet it may reach one: not said.
    QList<Graph::Repository> pending = healthyDomain();
    pending << unknown("maybe-store") << repo("uses-maybe", names({"maybe-store"}));
    QVERIFY(Graph::build(pending).problems().isEmpty());
}

void TestPackageFlowGraph::shouldNameAConnectionWithUpstreams()
{
    QList<Graph::Repository> repositories = healthyDomain();
    repositories[1] = repo("pypi-store", names({"npm-store"}), "public:pypi");
    const Graph g = Graph::build(repositories);
    QCOMPARE(kinds(g), QList<Graph::ProblemKind>{Graph::ProblemKind::ConnectionAndUpstreams});
    const Graph::Problem &p = g.problems().first();
    QVERIFY2(p.text.startsWith(QLatin1String("pypi-store has an external connection to Python Package Index and also "
                                             "upstreams (npm-store)")),
             qPrintable(p.text));
    QCOMPARE(p.nodes, QList<int>{g.nodeIndex(QStringLiteral("pypi-store"))});
}

void TestPackageFlowGraph::shouldDrawUndescribedRepositoriesAsUnknownNotAsProblems()
{
    const Graph g = Graph::build({repo("npm-store", {}, "public:npmjs"), repo("web", names({"npm-store"})), unknown("mystery"),
                                  unknown("other")});
    QVERIFY(g.problems().isEmpty());
    QCOMPARE(g.unknownCount(), 2);
    QCOMPARE(node(g, "mystery").kind, Graph::NodeKind::Unknown);
    QVERIFY(overlapFree(g));
    // Everything unknown: nodes, no edges, no problems.
    const Graph all = Graph::build({unknown("a"), unknown("b")});
    QCOMPARE(all.nodes().size(), 2);
    QVERIFY(all.edges().isEmpty());
    QVERIFY(all.problems().isEmpty());
    QVERIFY(Graph::build({}).isEmpty());
}

void TestPackageFlowGraph::shouldUncrossEdgesWithBarycenterPasses()
{
    // By name the stores come a, b, c and their users z, y, x: every edge crosses every other.
    const QList<Graph::Repository> repositories{
        repo("a-store", {}, "public:npmjs"), repo("b-store", {}, "public:pypi"), repo("c-store", {}, "public:nuget-org"),
        repo("x", names({"c-store"})),       repo("y", names({"b-store"})),       repo("z", names({"a-store"})),
    };
    Graph::Layout noSweeps;
    noSweeps.sweeps = 0;
    QVERIFY(Graph::build(repositories, noSweeps).crossings() > 0);
    QCOMPARE(Graph::build(repositories).crossings(), 0);
}

void TestPackageFlowGraph::shouldLayOut500RepositoriesWithCyclesAndDanglingUpstreams()
{
    // 10 stores, 40 team repositories (each a few stores), 450 services (each a few teams), one
    // ring and one upstream deleted.
    const QStringList registries{QStringLiteral("public:npmjs"), QStringLiteral("public:pypi"), QStringLiteral("public:maven-central"),
                                 QStringLiteral("public:nuget-org"), QStringLiteral("public:crates-io")};
    QList<Graph::Repository> repositories;
    for (int s = 0; s < 10; ++s)
        repositories << Graph::Repository{QStringLiteral("store-%1").arg(s), {}, registries[s % registries.size()], true};
    for (int t = 0; t < 40; ++t) {
        QStringList ups{QStringLiteral("store-%1").arg(t % 10), QStringLiteral("store-%1").arg((t * 7 + 3) % 10)};
        if (t == 5)
            ups << QStringLiteral("team-9");   // team-9 -> team-5 below: a ring
        repositories << Graph::Repository{QStringLiteral("team-%1").arg(t), ups, {}, true};
    }
    repositories[19].upstreams << QStringLiteral("team-5");
    for (int v = 0; v < 450; ++v) {
        QStringList ups;
        for (int k = 0; k < 1 + v % 4; ++k)
            ups << QStringLiteral("team-%1").arg((v * 13 + k * 11) % 40);
        if (v == 77)
            ups << QStringLiteral("deleted-team");
        repositories << Graph::Repository{QStringLiteral("service-%1").arg(v), ups, {}, true};
    }
    const Graph g = Graph::build(repositories);
    QCOMPARE(g.nodes().size(), 500 + 1 + registries.size());   // the repositories, the missing one, the registries
    QVERIFY(kinds(g).contains(Graph::ProblemKind::Cycle));
    QVERIFY(kinds(g).contains(Graph::ProblemKind::MissingUpstream));
    QVERIFY(kinds(g).contains(Graph::ProblemKind::DuplicateStore));
    QCOMPARE(node(g, "service-1").layer, 0);
    QVERIFY(node(g, "team-1").layer > 0);
    QCOMPARE(node(g, "public:npmjs").layer, g.layerCount() - 1);
    QVERIFY(overlapFree(g));
}

void TestPackageFlowGraph::shouldReadRepositoriesFromTheInventoryModel()
{
    InventoryModel model;
    DomainSummary domain;
    domain.name = QStringLiteral("acme");
    domain.owner = QStringLiteral("111122223333");
    QList<RepositorySummary> summaries;
    for (const char *name : {"npm-store", "web", "later"}) {
        RepositorySummary r;
        r.name = QString::fromLatin1(name);
        r.domainName = domain.name;
        r.domainOwner = domain.owner;
        summaries << r;
    }
    const DomainRef ref{domain.name, domain.owner};
    QVERIFY(Graph::repositoriesOf(model, ref).isEmpty());
    model.setRepositories(domain, summaries);
    RepositoryDescription store(summaries[0]);
    store.externalConnections << RepositoryExternalConnectionInfo{QStringLiteral("public:npmjs"), QStringLiteral("npm"),
                                                                  QStringLiteral("Available")};
    model.updateRepository(store);
    RepositoryDescription web(summaries[1]);
    web.upstreams << UpstreamRepositoryInfo{QStringLiteral("npm-store")};
    model.updateRepository(web);

    const QList<Graph::Repository> read = Graph::repositoriesOf(model, ref);
    QCOMPARE(read.size(), 3);
    QCOMPARE(read[0].externalConnection, QStringLiteral("public:npmjs"));
    QVERIFY(read[0].described);
    QCOMPARE(read[1].upstreams, QStringList{QStringLiteral("npm-store")});
    QVERIFY(!read[2].described);
    const Graph g = Graph::build(read);
    QCOMPARE(node(g, "later").kind, Graph::NodeKind::Unknown);
    QVERIFY(edgeBetween(g, "web", "npm-store") >= 0);
}

QTEST_GUILESS_MAIN(TestPackageFlowGraph)
#include "tst_packageflowgraph.moc"
