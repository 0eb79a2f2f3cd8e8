// UpstreamGraph: who uses a repository, and which public registries it reaches in the order the
// service searches them.

#include "base/upstreamgraph.h"

#include <QStandardPaths>
#include <QTest>

using namespace desk;

namespace {
// "public:npmjs via a > b" (or "public:npmjs" for the repository's own connection).
QStringList describe(const QList<UpstreamReach> &reaches)
{
    QStringList out;
    for (const UpstreamReach &reach : reaches)
        out << (reach.via.isEmpty() ? reach.connection : reach.connection + QStringLiteral(" via ") + reach.via.join(u'>'));
    return out;
}

// The demo domain's shape: stores with connections, team repositories above them.
UpstreamGraph demoGraph()
{
    UpstreamGraph g;
    g.setRepository(QStringLiteral("npm-store"), QStringLiteral("public:npmjs"), {});
    g.setRepository(QStringLiteral("pypi-store"), QStringLiteral("public:pypi"), {});
    g.setRepository(QStringLiteral("maven-central-store"), QStringLiteral("public:maven-central"), {});
    g.setRepository(QStringLiteral("gradle-plugins-store"), QStringLiteral("public:maven-gradleplugins"), {});
    g.setRepository(QStringLiteral("web-frontend"), {}, {QStringLiteral("npm-store")});
    g.setRepository(QStringLiteral("data-science"), {}, {QStringLiteral("pypi-store")});
    g.setRepository(QStringLiteral("backend-jvm"), {},
                    {QStringLiteral("maven-central-store"), QStringLiteral("gradle-plugins-store")});
    g.setRepository(QStringLiteral("release"), {},
                    {QStringLiteral("web-frontend"), QStringLiteral("backend-jvm"), QStringLiteral("data-science")});
    return g;
}
} // namespace

class TestUpstreamGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldReachOwnConnectionFirstThenUpstreamsDepthFirst();
    void shouldListEachRegistryOnceByItsFirstPath();
    void shouldTerminateOnCycles();
    void shouldReportDanglingAndUndescribedUpstreams();
    void shouldListDirectUsersByName();
    void shouldForgetOldEdgesWhenARepositoryChanges();
    void shouldFindEveryoneDownstream();
    void shouldShowACycleAsThePathTheServiceWouldWalk();
};

void TestUpstreamGraph::shouldReachOwnConnectionFirstThenUpstreamsDepthFirst()
{
    UpstreamGraph g = demoGraph();
    QCOMPARE(describe(g.reachesFrom(QStringLiteral("npm-store")).registries), QStringList{QStringLiteral("public:npmjs")});
    QCOMPARE(describe(g.reachesFrom(QStringLiteral("web-frontend")).registries),
             QStringList{QStringLiteral("public:npmjs via npm-store")});
    // release -> web-frontend -> npm-store, then backend-jvm's two stores in order, then pypi.
    QCOMPARE(describe(g.reachesFrom(QStringLiteral("release")).registries),
             (QStringList{QStringLiteral("public:npmjs via web-frontend>npm-store"),
                          QStringLiteral("public:maven-central via backend-jvm>maven-central-store"),
                          QStringLiteral("public:maven-gradleplugins via backend-jvm>gradle-plugins-store"),
                          QStringLiteral("public:pypi via data-science>pypi-store")}));
    QVERIFY(g.reachesFrom(QStringLiteral("release")).unknown.isEmpty());

    // A repository with its own connection and upstreams: its own comes first, though the
    // upstream's sorts earlier.
    g.setRepository(QStringLiteral("mixed"), QStringLiteral("public:pypi"), {QStringLiteral("npm-store")});
    QCOMPARE(describe(g.reachesFrom(QStringLiteral("mixed")).registries),
             (QStringList{QStringLiteral("public:pypi"), QStringLiteral("public:npmjs via npm-store")}));
    // Depth-first: the first upstream's upstreams before the second upstream.
    g.setRepository(QStringLiteral("deep"), {}, {QStringLiteral("release"), QStringLiteral("mixed")});
    QCOMPARE(describe(g.reachesFrom(QStringLiteral("deep")).registries).constFirst(),
             QStringLiteral("public:npmjs via release>web-frontend>npm-store"));
    QCOMPARE(describe(g.reachesFrom(QStringLiteral("deep")).registries).constLast(),
             QStringLiteral("public:pypi via release>data-science>pypi-store"));

    // Nothing reached: no connection, no upstreams.
    g.setRepository(QStringLiteral("scratch"), {}, {});
    QVERIFY(g.reachesFrom(QStringLiteral("scratch")).registries.isEmpty());
    QVERIFY(g.reachesFrom(QStringLiteral("scratch")).unknown.isEmpty());
}

void TestUpstreamGraph::shouldListEachRegistryOnceByItsFirstPath()
{
    UpstreamGraph g;
    g.setRepository(QStringLiteral("store-a"), QStringLiteral("public:npmjs"), {});
    g.setRepository(QStringLiteral("store-b"), QStringLiteral("public:npmjs"), {});
    g.setRepository(QStringLiteral("team"), {}, {QStringLiteral("store-b"), QStringLiteral("store-a")});
    const auto reaches = g.reachesFrom(QStringLiteral("team")).registries;
    QCOMPARE(reaches.size(), 1);
    QCOMPARE(reaches.constFirst(), (UpstreamReach{QStringLiteral("public:npmjs"), {QStringLiteral("store-b")}}));
}

void TestUpstreamGraph::shouldTerminateOnCycles()
{
    UpstreamGraph g;
    g.setRepository(QStringLiteral("a"), {}, {QStringLiteral("b")});
    g.setRepository(QStringLiteral("b"), {}, {QStringLiteral("c"), QStringLiteral("a")});
    g.setRepository(QStringLiteral("c"), QStringLiteral("public:crates-io"), {QStringLiteral("a"), QStringLiteral("c")});
    const auto reaches = g.reachesFrom(QStringLiteral("a"));
    QCOMPARE(describe(reaches.registries), QStringList{QStringLiteral("public:crates-io via b>c")});
    QVERIFY(reaches.unknown.isEmpty());
    QCOMPARE(g.downstreamOf(QStringLiteral("a")), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    // A repository naming itself.
    g.setRepository(QStringLiteral("self"), {}, {QStringLiteral("self")});
    QVERIFY(g.reachesFrom(QStringLiteral("self")).registries.isEmpty());
}

void TestUpstreamGraph::shouldReportDanglingAndUndescribedUpstreams()
{
    UpstreamGraph g;
    g.setRepository(QStringLiteral("npm-store"), QStringLiteral("public:npmjs"), {});
    g.setRepository(QStringLiteral("team"), {},
                    {QStringLiteral("gone"), QStringLiteral("npm-store"), QStringLiteral("later")});
    const auto reaches = g.reachesFrom(QStringLiteral("team"));
    // What is known is still reached; the walk goes on past the unknown ones.
    QCOMPARE(describe(reaches.registries), QStringList{QStringLiteral("public:npmjs via npm-store")});
    QCOMPARE(reaches.unknown, (QStringList{QStringLiteral("gone"), QStringLiteral("later")}));
    // The repository itself not known: nothing reached, and it is the unknown one.
    QCOMPARE(g.reachesFrom(QStringLiteral("nobody")).unknown, QStringList{QStringLiteral("nobody")});
    QVERIFY(!g.isKnown(QStringLiteral("later")));
    g.setRepository(QStringLiteral("later"), QStringLiteral("public:pypi"), {});
    QCOMPARE(describe(g.reachesFrom(QStringLiteral("team")).registries),
             (QStringList{QStringLiteral("public:npmjs via npm-store"), QStringLiteral("public:pypi via later")}));
}

void TestUpstreamGraph::shouldListDirectUsersByName()
{
    const UpstreamGraph g = demoGraph();
    QCOMPARE(g.usersOf(QStringLiteral("npm-store")), QStringList{QStringLiteral("web-frontend")});
    QCOMPARE(g.usersOf(QStringLiteral("web-frontend")), QStringList{QStringLiteral("release")});
    QVERIFY(g.usersOf(QStringLiteral("release")).isEmpty());
    UpstreamGraph h = demoGraph();
    h.setRepository(QStringLiteral("alpha"), {}, {QStringLiteral("npm-store"), QStringLiteral("npm-store")});
    QCOMPARE(h.usersOf(QStringLiteral("npm-store")), (QStringList{QStringLiteral("alpha"), QStringLiteral("web-frontend")}));
}

void TestUpstreamGraph::shouldForgetOldEdgesWhenARepositoryChanges()
{
    UpstreamGraph g = demoGraph();
    g.setRepository(QStringLiteral("web-frontend"), {}, {QStringLiteral("pypi-store")});
    QVERIFY(g.usersOf(QStringLiteral("npm-store")).isEmpty());
    QCOMPARE(g.usersOf(QStringLiteral("pypi-store")), (QStringList{QStringLiteral("data-science"), QStringLiteral("web-frontend")}));
    QCOMPARE(describe(g.reachesFrom(QStringLiteral("web-frontend")).registries),
             QStringList{QStringLiteral("public:pypi via pypi-store")});
}

void TestUpstreamGraph::shouldFindEveryoneDownstream()
{
    const UpstreamGraph g = demoGraph();
    QCOMPARE(g.downstreamOf(QStringLiteral("npm-store")), (QStringList{QStringLiteral("web-frontend"), QStringLiteral("release")}));
    QCOMPARE(g.downstreamOf(QStringLiteral("maven-central-store")), (QStringList{QStringLiteral("backend-jvm"), QStringLiteral("release")}));
    // The hash constructor (upstreams only) still answers.
    const UpstreamGraph h(QHash<QString, QStringList>{{QStringLiteral("b"), {QStringLiteral("a")}},
                                                     {QStringLiteral("c"), {QStringLiteral("b")}}});
    QCOMPARE(h.downstreamOf(QStringLiteral("a")), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
}

void TestUpstreamGraph::shouldShowACycleAsThePathTheServiceWouldWalk()
{
    UpstreamGraph g = demoGraph();
    QVERIFY(g.cycleThrough(QStringLiteral("release")).isEmpty());
    QVERIFY(g.cycleThrough(QStringLiteral("web-frontend")).isEmpty());
    // web-frontend searching release, which searches web-frontend.
    g.setRepository(QStringLiteral("web-frontend"), {}, {QStringLiteral("npm-store"), QStringLiteral("release")});
    QCOMPARE(g.cycleThrough(QStringLiteral("release")),
             (QStringList{QStringLiteral("release"), QStringLiteral("web-frontend"), QStringLiteral("release")}));
    QCOMPARE(g.cycleThrough(QStringLiteral("web-frontend")),
             (QStringList{QStringLiteral("web-frontend"), QStringLiteral("release"), QStringLiteral("web-frontend")}));
    // A cycle that does not pass through the repository is not its own.
    g.setRepository(QStringLiteral("top"), {}, {QStringLiteral("release")});
    QVERIFY(g.cycleThrough(QStringLiteral("top")).isEmpty());
    // Itself, and a dangling name (not known) ends the walk.
    g.setRepository(QStringLiteral("self"), {}, {QStringLiteral("gone"), QStringLiteral("self")});
    QCOMPARE(g.cycleThrough(QStringLiteral("self")), (QStringList{QStringLiteral("self"), QStringLiteral("self")}));
}

QTEST_GUILESS_MAIN(TestUpstreamGraph)
#include "tst_upstreamgraph.moc"
