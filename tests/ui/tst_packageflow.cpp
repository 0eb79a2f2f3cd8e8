// View → Package flow in the real window against the in-process sandbox (demo seed): the graph of
// a domain against what the sandbox holds, its problem marks, tree <-> graph selection, search,
// zoom, redrawing as the model fills in, and the PNG and SVG exports.

#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/inventorypanel.h"
#include "ui/messagewidget.h"
#include "ui/packageflowpanel.h"
#include "ui/packageflowview.h"

#include "models/inventorymodel.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxstate.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QScrollBar>
#include <QWheelEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace desk;
using desk::test::child;
using desk::test::SandboxFixture;
using desk::test::savePicture;
using Graph = PackageFlowGraph;

class TestPackageFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldDrawTheDomainAsTheSandboxHoldsIt();
    void shouldMarkAndListTheDomainsProblems();
    void shouldMarkTheSeedsDanglingUpstream();
    void shouldSelectInTheTreeWhatIsClickedAndMarkWhatTheTreeSelects();
    void shouldFollowTheTreeToAnotherDomain();
    void shouldFindAndCentreMatches();
    void shouldZoomFitAndPan();
    void shouldRedrawOnceForABurstOfModelChanges();
    void shouldExportPngAndSvgWhole();
    void shouldSayWhenThePictureCannotBeWritten();

private:
    PackageFlowPanel *flow() const { return m_fx.window->packageFlow(); }
    PackageFlowView *view() const { return flow()->view(); }
    // Selects a repository in the tree, opens View → Package flow and waits until every
    // repository of the domain is described and drawn.
    void openFlowFor(const QString &domain, const QString &repository);
    static RepositoryRef ref(const QString &domain, const QString &repository)
    {
        return RepositoryRef{domain, SandboxConfig::defaultAccount(), repository};
    }

    SandboxFixture m_fx;
};

void TestPackageFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPackageFlow::init()
{
    m_fx = SandboxFixture();
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
    m_fx.window->resize(1280, 800);
    m_fx.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fx.window.get()));
}

void TestPackageFlow::cleanup()
{
    m_fx.stop();
}

void TestPackageFlow::openFlowFor(const QString &domain, const QString &repository)
{
    QVERIFY(m_fx.window->selectRepository(ref(domain, repository)));
    QAction *action = child<QAction>(m_fx.window.get(), "packageFlowAction");
    QVERIFY(action);
    QVERIFY(!action->isChecked());
    action->trigger();
    QVERIFY(flow()->isFlowShown());
    QVERIFY(action->isChecked());
    QCOMPARE(flow()->domain().domain, domain);
    QTRY_VERIFY_WITH_TIMEOUT(!view()->graph().isEmpty() && view()->graph().unknownCount() == 0, 15000);
}

void TestPackageFlow::shouldDrawTheDomainAsTheSandboxHoldsIt()
{
    openFlowFor(QStringLiteral("acme-prod"), QStringLiteral("release"));
    savePicture(m_fx.window.get(), QStringLiteral("packageflow-acme-prod"));
    const Graph &graph = view()->graph();
    const QString owner = SandboxConfig::defaultAccount();
    const auto listed = m_fx.server->state().listRepositoriesInDomain(owner, QStringLiteral("acme-prod"), owner, {}, {});
    QVERIFY(listed.ok());
    QVERIFY(listed.value.size() >= 10);
    QSet<QString> registries;
    int edges = 0;
    for (const RepositorySummary &summary : listed.value) {
        const auto described = m_fx.server->state().describeRepository(owner, QStringLiteral("acme-prod"), owner, summary.name);
        QVERIFY(described.ok());
        const int from = graph.nodeIndex(summary.name);
        QVERIFY2(from >= 0, qPrintable(summary.name));
        QCOMPARE(graph.nodes()[from].kind, Graph::NodeKind::Repository);
        // Every upstream, numbered in the sandbox's search order.
        for (qsizetype i = 0; i < described.value.upstreams.size(); ++i) {
            const int to = graph.nodeIndex(described.value.upstreams[i].repositoryName);
            QVERIFY(to >= 0);
            bool found = false;
            for (const Graph::Edge &e : graph.edges())
                found = found || (e.from == from && e.to == to && e.priority == i + 1);
            QVERIFY2(found, qPrintable(summary.name + QStringLiteral(" -> ") + described.value.upstreams[i].repositoryName));
            ++edges;
            // Upstreams are to the right of what searches them.
            QVERIFY(graph.nodes()[to].pos.x() > graph.nodes()[from].pos.x());
        }
        for (const RepositoryExternalConnectionInfo &c : described.value.externalConnections) {
            const int registry = graph.nodeIndex(c.externalConnectionName);
            QVERIFY(registry >= 0);
            QCOMPARE(graph.nodes()[registry].kind, Graph::NodeKind::Registry);
            QCOMPARE(graph.nodes()[registry].layer, graph.layerCount() - 1);   // the right edge
            registries << c.externalConnectionName;
            ++edges;
        }
    }
    QCOMPARE(graph.nodes().size(), listed.value.size() + registries.size());
    QCOMPARE(graph.edges().size(), edges);
    // The demo's production domain is healthy.
    QVERIFY2(flow()->problemTexts().isEmpty(), qPrintable(flow()->problemTexts().join(u'\n')));
    QCOMPARE(view()->problemBadgeCount(), 0);
    QVERIFY(!child<QListView>(flow(), "flowProblemList")->isVisible());
    QVERIFY2(flow()->titleText().startsWith(QStringLiteral("acme-prod: %1 repositories").arg(listed.value.size())),
             qPrintable(flow()->titleText()));
    // Fit: every node is drawn inside the view.
    QTest::mouseClick(child<QPushButton>(flow(), "flowFitButton"), Qt::LeftButton);
    QVERIFY(view()->isFitted());
    for (const Graph::Node &node : graph.nodes())
        QVERIFY2(view()->viewport()->rect().contains(view()->nodeRectInView(node.name)), qPrintable(node.name));
}

void TestPackageFlow::shouldMarkAndListTheDomainsProblems()
{
    openFlowFor(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    // Two stores of npm in the sandbox's acme-staging.
    const QString owner = SandboxConfig::defaultAccount();
    QStringList npmStores;
    const auto listed = m_fx.server->state().listRepositoriesInDomain(owner, QStringLiteral("acme-staging"), owner, {}, {});
    QVERIFY(listed.ok());
    for (const RepositorySummary &summary : listed.value) {
        const auto described = m_fx.server->state().describeRepository(owner, QStringLiteral("acme-staging"), owner, summary.name);
        if (described.ok() && described.value.hasExternalConnection(QStringLiteral("public:npmjs")))
            npmStores << summary.name;
    }
    QCOMPARE(npmStores.size(), 2);
    QCOMPARE(flow()->problemTexts().size(), 1);
    QVERIFY2(flow()->problemTexts().first().startsWith(QStringLiteral("%1 and %2 both connect to npm public registry")
                                                           .arg(npmStores[0], npmStores[1])),
             qPrintable(flow()->problemTexts().first()));

    // The model still has qa-tools searching a repository deleted since it was described (what a
    // stale description, or one from before the deletion, shows): the graph marks it.
    flow()->setRelayoutDelay(10);
    const auto qa = m_fx.server->state().describeRepository(owner, QStringLiteral("acme-staging"), owner, QStringLiteral("qa-tools"));
    QVERIFY(qa.ok());
    RepositoryDescription stale = qa.value;
    stale.upstreams << UpstreamRepositoryInfo{QStringLiteral("qa-cache")};
    m_fx.window->inventoryModel()->updateRepository(stale);
    QTRY_COMPARE(flow()->problemTexts().size(), 2);
    savePicture(m_fx.window.get(), QStringLiteral("packageflow-acme-staging-problems"));
    const Graph &graph = view()->graph();
    QCOMPARE(graph.nodes()[graph.nodeIndex(QStringLiteral("qa-cache"))].kind, Graph::NodeKind::Missing);
    const QString problems = flow()->problemTexts().join(u'\n');
    QVERIFY2(problems.contains(QStringLiteral("qa-tools searches qa-cache (upstream %1)").arg(stale.upstreams.size())),
             qPrintable(problems));
    auto *list = child<QListView>(flow(), "flowProblemList");
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 2);
    // Marks on the nodes concerned, with the sentence as tooltip: both stores, the registry,
    // qa-tools and the missing qa-cache; none on a healthy repository.
    QCOMPARE(view()->problemBadgeCount(), 5);
    QVERIFY2(view()->nodeToolTip(QStringLiteral("qa-tools")).contains(QLatin1String("qa-cache")),
             qPrintable(view()->nodeToolTip(QStringLiteral("qa-tools"))));
    QVERIFY(view()->nodeToolTip(QStringLiteral("staging-apps")).startsWith(QLatin1String("Repository staging-apps")));
    QVERIFY(!view()->nodeToolTip(QStringLiteral("staging-apps")).contains(u'\u26a0'));

    // Clicking a problem selects its repository, in the graph and in the tree.
    const int duplicate = int(graph.problems().first().kind == Graph::ProblemKind::DuplicateStore ? 0 : 1);
    const QString store = graph.nodes()[graph.problems()[duplicate].nodes.first()].name;
    QVERIFY(npmStores.contains(store));
    const QModelIndex row = list->model()->index(duplicate, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QCOMPARE(view()->selectedNode(), store);
    QTRY_COMPARE(m_fx.window->inventory()->currentRepository().repository, store);
}

void TestPackageFlow::shouldMarkTheSeedsDanglingUpstream()
{
    // The demo's platform domain (the recommended layout) has one repository whose upstream was
    // deleted: found in the sandbox's state, not named here.
    const QString owner = SandboxConfig::defaultAccount();
    const SandboxDomain platform = m_fx.server->state().domains().value(SandboxState::domainKey(owner, QStringLiteral("platform")));
    QString downstream;
    QString missing;
    for (const SandboxRepository &r : platform.repositories) {
        for (const QString &u : r.upstreams) {
            if (!platform.repositories.contains(u)) {
                downstream = r.name;
                missing = u;
            }
        }
    }
    QVERIFY(!missing.isEmpty());
    openFlowFor(QStringLiteral("platform"), downstream);
    savePicture(m_fx.window.get(), QStringLiteral("packageflow-platform-dangling-upstream"));
    const Graph &graph = view()->graph();
    QVERIFY(graph.nodeIndex(missing) >= 0);
    QCOMPARE(graph.nodes()[graph.nodeIndex(missing)].kind, Graph::NodeKind::Missing);
    const QString problems = flow()->problemTexts().join(u'\n');
    QCOMPARE(flow()->problemTexts().size(), 1);
    QVERIFY2(problems.contains(QStringLiteral("%1 searches %2").arg(downstream, missing)), qPrintable(problems));
    QVERIFY(view()->nodeToolTip(missing).contains(missing));
}

void TestPackageFlow::shouldSelectInTheTreeWhatIsClickedAndMarkWhatTheTreeSelects()
{
    openFlowFor(QStringLiteral("acme-prod"), QStringLiteral("release"));
    QCOMPARE(view()->selectedNode(), QStringLiteral("release"));
    // Graph -> tree: click the box of a store.
    const QRect box = view()->nodeRectInView(QStringLiteral("npm-store"));
    QVERIFY(!box.isEmpty());
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(view()->selectedNode(), QStringLiteral("npm-store"));
    const QModelIndex current = m_fx.window->inventoryPanel()->treeView()->currentIndex();
    QCOMPARE(current.data().toString(), QStringLiteral("npm-store"));
    QCOMPARE(current.parent().data().toString(), QStringLiteral("acme-prod"));
    QCOMPARE(m_fx.window->inventory()->currentRepository(), ref(QStringLiteral("acme-prod"), QStringLiteral("npm-store")));
    // A registry is not in the tree: the graph marks it, the tree stays.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->nodeRectInView(QStringLiteral("public:npmjs")).center());
    QCOMPARE(view()->selectedNode(), QStringLiteral("public:npmjs"));
    QCOMPARE(m_fx.window->inventory()->currentRepository().repository, QStringLiteral("npm-store"));
    // Tree -> graph.
    QVERIFY(m_fx.window->selectRepository(ref(QStringLiteral("acme-prod"), QStringLiteral("mobile"))));
    QCOMPARE(view()->selectedNode(), QStringLiteral("mobile"));
    savePicture(m_fx.window.get(), QStringLiteral("packageflow-selected-mobile"));
    // The domain row: no node.
    QVERIFY(m_fx.window->selectDomain(SandboxConfig::defaultAccount(), QStringLiteral("acme-prod")));
    QCOMPARE(view()->selectedNode(), QString());
    // Double click: the repository's details.
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, view()->nodeRectInView(QStringLiteral("tooling")).center());
    QVERIFY(!flow()->isFlowShown());
    QVERIFY(!child<QAction>(m_fx.window.get(), "packageFlowAction")->isChecked());
    QCOMPARE(m_fx.window->inventory()->currentRepository().repository, QStringLiteral("tooling"));
}

void TestPackageFlow::shouldFollowTheTreeToAnotherDomain()
{
    openFlowFor(QStringLiteral("acme-prod"), QStringLiteral("release"));
    QVERIFY(m_fx.window->selectRepository(ref(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"))));
    QCOMPARE(flow()->domain().domain, QStringLiteral("acme-staging"));
    QTRY_VERIFY_WITH_TIMEOUT(view()->graph().nodeIndex(QStringLiteral("staging-apps")) >= 0
                                 && view()->graph().unknownCount() == 0, 15000);
    QCOMPARE(view()->graph().nodeIndex(QStringLiteral("release")), -1);
    QCOMPARE(view()->selectedNode(), QStringLiteral("staging-apps"));
    // A domain without repositories says so.
    QVERIFY(m_fx.window->selectDomain(SandboxConfig::defaultAccount(), QStringLiteral("sandbox-playground")));
    QTRY_VERIFY(child<QLabel>(flow(), "flowHintLabel")->isVisible());
    QVERIFY(child<QLabel>(flow(), "flowHintLabel")->text().contains(QLatin1String("sandbox-playground")));
}

void TestPackageFlow::shouldFindAndCentreMatches()
{
    openFlowFor(QStringLiteral("acme-prod"), QStringLiteral("release"));
    auto *search = child<QLineEdit>(flow(), "flowSearchEdit");
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("STORE"));
    QStringList expected;
    for (const Graph::Node &node : view()->graph().nodes()) {
        if (node.name.contains(QLatin1String("store")))
            expected << node.name;
    }
    QVERIFY(expected.size() >= 2);
    QCOMPARE(view()->matches(), expected);
    QCOMPARE(child<QLabel>(flow(), "flowMatchLabel")->text(), QStringLiteral("%1 matches").arg(expected.size()));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(view()->currentMatch(), expected.first());
    QVERIFY(view()->zoom() >= 0.8);   // close enough to read
    QVERIFY(view()->viewport()->rect().contains(view()->nodeRectInView(expected.first()).center()));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(view()->currentMatch(), expected.at(1));
    QVERIFY(view()->viewport()->rect().contains(view()->nodeRectInView(expected.at(1)).center()));
    QTest::keyClicks(search, QStringLiteral("-nothing"));
    QVERIFY(view()->matches().isEmpty());
    QCOMPARE(child<QLabel>(flow(), "flowMatchLabel")->text(), QStringLiteral("No match"));
}

void TestPackageFlow::shouldZoomFitAndPan()
{
    openFlowFor(QStringLiteral("acme-prod"), QStringLiteral("release"));
    QTest::mouseClick(child<QPushButton>(flow(), "flowFitButton"), Qt::LeftButton);
    const double fitted = view()->zoom();
    QTest::mouseClick(child<QToolButton>(flow(), "flowZoomInButton"), Qt::LeftButton);
    QVERIFY(view()->zoom() > fitted);
    QVERIFY(!view()->isFitted());
    QCOMPARE(child<QLabel>(flow(), "flowZoomLabel")->text(), QStringLiteral("%1 %").arg(qRound(view()->zoom() * 100)));
    const double zoomed = view()->zoom();
    QTest::mouseClick(child<QToolButton>(flow(), "flowZoomOutButton"), Qt::LeftButton);
    QVERIFY(view()->zoom() < zoomed);
    // Keyboard: + and - on the view, Ctrl+0 fits.
    view()->setFocus();
    const double before = view()->zoom();
    QTest::keyClick(view(), Qt::Key_Plus);
    QVERIFY(view()->zoom() > before);
    QTest::keyClick(view(), Qt::Key_Minus);
    QVERIFY(qFuzzyCompare(view()->zoom(), before));
    // Ctrl+wheel.
    QWheelEvent wheel(QPointF(50, 50), view()->viewport()->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, 240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view()->viewport(), &wheel);
    QVERIFY(view()->zoom() > before);
    // Pan by dragging: the scroll bar moves.
    view()->setZoom(2.0);
    auto *bar = view()->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int scrolled = bar->value();
    const QPoint start = view()->viewport()->rect().center();
    QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(-120, 0)), view()->viewport()->mapToGlobal(QPointF(start + QPoint(-120, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view()->viewport(), &move);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, start + QPoint(-120, 0));
    QVERIFY2(bar->value() > scrolled, qPrintable(QStringLiteral("%1 -> %2").arg(scrolled).arg(bar->value())));
    // Fit shows it all again.
    QTest::mouseClick(child<QPushButton>(flow(), "flowFitButton"), Qt::LeftButton);
    QVERIFY(view()->isFitted());
    QVERIFY(qFuzzyCompare(view()->zoom(), fitted));
}

void TestPackageFlow::shouldRedrawOnceForABurstOfModelChanges()
{
    openFlowFor(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    flow()->setRelayoutDelay(200);
    QSignalSpy redrawn(flow(), &PackageFlowPanel::graphUpdated);
    // Five answers in a row, as background describing brings them: one relayout.
    const QString owner = SandboxConfig::defaultAccount();
    const auto apps = m_fx.server->state().describeRepository(owner, QStringLiteral("acme-staging"), owner, QStringLiteral("staging-apps"));
    QVERIFY(apps.ok());
    RepositoryDescription changed = apps.value;
    for (int i = 0; i < 5; ++i) {
        changed.description = QStringLiteral("change %1").arg(i);
        m_fx.window->inventoryModel()->updateRepository(changed);
    }
    changed.upstreams = {UpstreamRepositoryInfo{QStringLiteral("pypi-store")}, UpstreamRepositoryInfo{QStringLiteral("npm-store")}};
    m_fx.window->inventoryModel()->updateRepository(changed);
    QCOMPARE(redrawn.size(), 0);
    QTRY_COMPARE(redrawn.size(), 1);
    QTest::qWait(300);
    QCOMPARE(redrawn.size(), 1);
    const Graph &graph = view()->graph();
    const int from = graph.nodeIndex(QStringLiteral("staging-apps"));
    for (const Graph::Edge &e : graph.edges()) {
        if (e.from == from && !e.connection)
            QCOMPARE(e.priority, graph.nodes()[e.to].name == QLatin1String("pypi-store") ? 1 : 2);
    }
    // Changes that do not touch the graph redraw nothing.
    changed.description = QStringLiteral("only the description");
    m_fx.window->inventoryModel()->updateRepository(changed);
    QTest::qWait(400);
    QCOMPARE(redrawn.size(), 1);
}

void TestPackageFlow::shouldExportPngAndSvgWhole()
{
    openFlowFor(QStringLiteral("acme-prod"), QStringLiteral("release"));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("flow.png"));
    flow()->setFileChooser([png] { return png; });
    QTest::mouseClick(child<QPushButton>(flow(), "flowExportButton"), Qt::LeftButton);
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), view()->imageSize());
    QVERIFY(image.width() >= view()->graph().boundingRect().width());
    auto *message = child<MessageWidget>(flow(), "flowMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Positive);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("flow.png")});   // nothing beside it

    const QString svg = dir.filePath(QStringLiteral("flow.svg"));
    QCOMPARE(flow()->exportTo(svg), QString());
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // Every repository by name, every registry by its connection name (the boxes may shorten a
    // long display name; the SVG keeps text as text).
    for (const Graph::Node &node : view()->graph().nodes())
        QVERIFY2(text.contains(node.name.toUtf8()), qPrintable(node.name));
    savePicture(m_fx.window.get(), QStringLiteral("packageflow-exported"));
}

void TestPackageFlow::shouldSayWhenThePictureCannotBeWritten()
{
    openFlowFor(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    QTemporaryDir dir;
    // A folder where the file should be: the rename cannot replace it.
    const QString taken = dir.filePath(QStringLiteral("taken.png"));
    QVERIFY(QDir().mkpath(taken));
    const QString error = flow()->exportTo(taken);
    QVERIFY(!error.isEmpty());
    auto *message = child<MessageWidget>(flow(), "flowMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->type(), MessageWidget::Type::Error);
    QVERIFY2(message->text().contains(taken), qPrintable(message->text()));
    QVERIFY(QFileInfo(taken).isDir());
    // A name that is neither picture.
    QVERIFY(!flow()->exportTo(dir.filePath(QStringLiteral("flow.txt"))).isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("flow.txt"))));
    savePicture(m_fx.window.get(), QStringLiteral("packageflow-export-failed"));
}

QTEST_MAIN(TestPackageFlow)
#include "tst_packageflow.moc"
