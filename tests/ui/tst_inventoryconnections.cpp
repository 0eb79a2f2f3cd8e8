// The tree's connection and upstream columns, the filter terms with the count line, and the
// details pane's "Used by" and "Reaches", in the real window against the in-process sandbox
// (demo seed) over real HTTP.

#include "testpictures.h"
#include "uitestsupport.h"

#include "ui/inventorypanel.h"
#include "ui/repositorydetailsview.h"

#include "base/job.h"
#include "controllers/inventorycontroller.h"
#include "models/inventoryfiltermodel.h"
#include "models/inventorymodel.h"
#include "sandbox/sandboxdemoseed.h"

#include <QLabel>
#include <QSet>
#include <QLineEdit>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace desk;
using desk::test::SandboxFixture;
using desk::test::savePicture;

class TestInventoryConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldShowConnectionsAndUpstreamsOnceDescribed();
    void shouldFilterByConnectionAndSayHowManyMatch();
    void shouldListUsedByAndReachesAndFollowALink();

private:
    InventoryModel *model() const { return m_fx.window->inventoryModel(); }
    QModelIndex row(const QString &domain, const QString &repository) const
    {
        return model()->repositoryIndex({domain, m_fx.window->callerAccount(), repository});
    }
    QString cell(const QString &domain, const QString &repository, int column) const
    {
        return row(domain, repository).siblingAtColumn(column).data().toString();
    }
    // Every domain's repositories described, as the background describing will do.
    void describeEverything();
    QString summary() const
    {
        return test::child<QLabel>(m_fx.window.get(), "inventorySummaryLabel")->text();
    }
    void typeFilter(const QString &text);
    // How many of the sandbox's repositories satisfy `matches`, counted from the sandbox's own
    // state, independently of the model and the filter.
    int countInSandbox(const std::function<bool(const SandboxDomain &, const SandboxRepository &)> &matches) const;
    // Whether the sandbox's repository reaches `connection` itself or through its upstreams.
    static bool reaches(const SandboxDomain &domain, const QString &repository, const QString &connection);

    SandboxFixture m_fx;
};

void TestInventoryConnections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestInventoryConnections::init()
{
    m_fx = SandboxFixture();
    // The tests describe when they choose to (describeEverything), to see the rows before and after.
    m_fx.backgroundDescribing = false;
    const QString error = m_fx.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fx.window->isInventoryLoading(), 20000);
    QVERIFY(!m_fx.window->callerAccount().isEmpty());
}

void TestInventoryConnections::cleanup()
{
    m_fx.stop();
}

void TestInventoryConnections::describeEverything()
{
    QList<QPointer<Job>> jobs;
    for (int d = 0; d < model()->rowCount(); ++d) {
        const DomainRef domain = model()->index(d, 0).data(InventoryModel::DomainRefRole).value<DomainRef>();
        if (Job *job = m_fx.window->inventory()->describeUnknownUpstreams(domain))
            jobs << job;
    }
    QVERIFY(!jobs.isEmpty());
    for (int d = 0; d < model()->rowCount(); ++d)
        QTRY_COMPARE_WITH_TIMEOUT(model()->index(d, 0).data(InventoryModel::UndescribedCountRole).toInt(), 0, 20000);
}

void TestInventoryConnections::typeFilter(const QString &text)
{
    QLineEdit *edit = m_fx.window->inventoryPanel()->filterEdit();
    edit->clear();
    QTest::keyClicks(edit, text);
    QCOMPARE(m_fx.window->filterModel()->filterText(), text);
}

void TestInventoryConnections::shouldShowConnectionsAndUpstreamsOnceDescribed()
{
    const QString prod = QStringLiteral("acme-prod");
    using State = InventoryModel::ConnectionState;
    auto stateOf = [this](const QString &domain, const QString &repository) {
        return row(domain, repository).data(InventoryModel::ConnectionStateRole).value<State>();
    };
    // Listed, not described: not known, which is not "none".
    QCOMPARE(stateOf(prod, QStringLiteral("web-frontend")), State::Unknown);
    QCOMPARE(cell(prod, QStringLiteral("web-frontend"), InventoryModel::ConnectionColumn), QStringLiteral("Not known yet"));
    QCOMPARE(cell(prod, QStringLiteral("web-frontend"), InventoryModel::UpstreamsColumn), QStringLiteral("?"));

    QTreeView *tree = m_fx.window->inventoryPanel()->treeView();
    tree->expandAll();
    savePicture(m_fx.window.get(), QStringLiteral("tree-not-described"));
    describeEverything();
    QCOMPARE(tree->model()->columnCount(), 5);
    QCOMPARE(cell(prod, QStringLiteral("npm-store"), InventoryModel::ConnectionColumn), QStringLiteral("public:npmjs"));
    QCOMPARE(row(prod, QStringLiteral("npm-store")).siblingAtColumn(InventoryModel::ConnectionColumn)
                 .data(InventoryModel::ConnectionFormatRole).toString(),
             QStringLiteral("npm"));
    QCOMPARE(cell(prod, QStringLiteral("crates-store"), InventoryModel::ConnectionColumn), QStringLiteral("public:crates-io"));
    QCOMPARE(stateOf(prod, QStringLiteral("npm-store")), State::Connected);
    QCOMPARE(stateOf(prod, QStringLiteral("web-frontend")), State::ViaUpstream);
    QCOMPARE(stateOf(prod, QStringLiteral("release")), State::ViaUpstream);   // two repositories away
    QCOMPARE(stateOf(QStringLiteral("acme-experiments"), QStringLiteral("scratch")), State::None);
    QCOMPARE(cell(prod, QStringLiteral("release"), InventoryModel::UpstreamsColumn), QStringLiteral("3"));
    QCOMPARE(cell(prod, QStringLiteral("npm-store"), InventoryModel::UpstreamsColumn), QStringLiteral("0"));
    // The columns are wide enough for a registry's name in the tree as it is shown.
    const QModelIndex shown = m_fx.window->filterModel()->mapFromSource(
        row(prod, QStringLiteral("npm-store")).siblingAtColumn(InventoryModel::ConnectionColumn));
    QVERIFY(shown.isValid());
    const QRect rect = tree->visualRect(shown);
    QVERIFY2(rect.width() >= tree->fontMetrics().horizontalAdvance(QStringLiteral("public:npmjs")) + 16,
             qPrintable(QString::number(rect.width())));
    savePicture(m_fx.window.get(), QStringLiteral("tree-connections"));
}

int TestInventoryConnections::countInSandbox(
    const std::function<bool(const SandboxDomain &, const SandboxRepository &)> &matches) const
{
    int count = 0;
    for (const SandboxDomain &domain : m_fx.server->state().domains()) {
        for (const SandboxRepository &repository : domain.repositories)
            count += matches(domain, repository) ? 1 : 0;
    }
    return count;
}

bool TestInventoryConnections::reaches(const SandboxDomain &domain, const QString &repository, const QString &connection)
{
    QSet<QString> seen;
    QStringList todo{repository};
    while (!todo.isEmpty()) {
        const QString name = todo.takeFirst();
        if (seen.contains(name) || !domain.repositories.contains(name))
            continue;
        seen.insert(name);
        const SandboxRepository &r = domain.repositories.value(name);
        if (r.externalConnection == connection)
            return true;
        todo << r.upstreams;
    }
    return false;
}

void TestInventoryConnections::shouldFilterByConnectionAndSayHowManyMatch()
{
    const int total = model()->repositoryCount();
    QCOMPARE(total, countInSandbox([](const SandboxDomain &, const SandboxRepository &) { return true; }));
    QCOMPARE(summary(), QStringLiteral("%1 domains, %2 repositories").arg(m_fx.server->state().domains().size()).arg(total));
    auto named = [](const QString &word) {
        return [word](const SandboxDomain &d, const SandboxRepository &r) {
            return r.name.contains(word, Qt::CaseInsensitive) || d.name.contains(word, Qt::CaseInsensitive);
        };
    };

    // Before the descriptions: only names say npm.
    typeFilter(QStringLiteral("npm"));
    const int npmNames = countInSandbox(named(QStringLiteral("npm")));
    QVERIFY(npmNames >= 2);
    QCOMPARE(summary(), QStringLiteral("%2 of %1 repositories match \u201cnpm\u201d").arg(total).arg(npmNames));
    // As they arrive, the repositories that reach npm through upstreams appear.
    describeEverything();
    const int npm = countInSandbox([&](const SandboxDomain &d, const SandboxRepository &r) {
        return named(QStringLiteral("npm"))(d, r) || reaches(d, r.name, QStringLiteral("public:npmjs"));
    });
    QVERIFY(npm > npmNames);
    QTRY_COMPARE(summary(), QStringLiteral("%2 of %1 repositories match \u201cnpm\u201d").arg(total).arg(npm));
    QVERIFY(m_fx.window->filterModel()->mapFromSource(row(QStringLiteral("acme-prod"), QStringLiteral("release"))).isValid());
    QVERIFY(!m_fx.window->filterModel()->mapFromSource(row(QStringLiteral("acme-prod"), QStringLiteral("mobile"))).isValid());
    savePicture(m_fx.window.get(), QStringLiteral("filter-npm"));

    typeFilter(QStringLiteral("public:maven-clojars"));
    const int clojars = countInSandbox([](const SandboxDomain &d, const SandboxRepository &r) {
        return reaches(d, r.name, QStringLiteral("public:maven-clojars"));
    });
    QTRY_COMPARE(summary(), QStringLiteral("%2 of %1 repositories match \u201cpublic:maven-clojars\u201d").arg(total).arg(clojars));

    typeFilter(QStringLiteral("no connection"));
    const int none = countInSandbox([](const SandboxDomain &d, const SandboxRepository &r) {
        for (const char *registry : {"public:npmjs", "public:nuget-org", "public:pypi", "public:maven-central",
                                        "public:maven-googleandroid", "public:maven-gradleplugins", "public:maven-commonsware",
                                        "public:maven-clojars", "public:ruby-gems-org", "public:crates-io"}) {
            if (reaches(d, r.name, QString::fromLatin1(registry)))
                return false;
        }
        return true;
    });
    QVERIFY(none >= 1);
    QCOMPARE(summary(), QStringLiteral("%2 of %1 repositories match \u201cno connection\u201d").arg(total).arg(none));
    QVERIFY(m_fx.window->filterModel()->mapFromSource(row(QStringLiteral("acme-experiments"), QStringLiteral("scratch"))).isValid());
    savePicture(m_fx.window.get(), QStringLiteral("filter-no-connection"));

    typeFilter(QStringLiteral("has upstreams"));
    const int withUpstreams = countInSandbox([](const SandboxDomain &, const SandboxRepository &r) { return !r.upstreams.isEmpty(); });
    QCOMPARE(summary(), QStringLiteral("%2 of %1 repositories match \u201chas upstreams\u201d").arg(total).arg(withUpstreams));

    typeFilter(SandboxDemoSeed::partnerAccount());
    const int partner = countInSandbox([](const SandboxDomain &d, const SandboxRepository &r) {
        return d.owner == SandboxDemoSeed::partnerAccount() || r.administratorAccount == SandboxDemoSeed::partnerAccount();
    });
    QVERIFY(partner >= 1);
    QCOMPARE(summary(), QStringLiteral("%3 of %1 repositories match \u201c%2\u201d").arg(total).arg(SandboxDemoSeed::partnerAccount()).arg(partner));

    typeFilter(QStringLiteral("acme-staging has upstreams"));
    const int stagingWithUpstreams = countInSandbox([](const SandboxDomain &d, const SandboxRepository &r) {
        return d.name == QLatin1String("acme-staging") && !r.upstreams.isEmpty();
    });
    QCOMPARE(summary(), (stagingWithUpstreams == 1 ? QStringLiteral("1 of %1 repositories matches \u201cacme-staging has upstreams\u201d")
                                                   : QStringLiteral("%2 of %1 repositories match \u201cacme-staging has upstreams\u201d"))
                            .arg(total).arg(stagingWithUpstreams));

    m_fx.window->inventoryPanel()->filterEdit()->clear();
    QCOMPARE(summary(), QStringLiteral("%1 domains, %2 repositories").arg(m_fx.server->state().domains().size()).arg(total));
}

void TestInventoryConnections::shouldListUsedByAndReachesAndFollowALink()
{
    RepositoryDetailsView *details = m_fx.window->detailsView();
    const QString prod = QStringLiteral("acme-prod");
    const RepositoryRef npmStore{prod, m_fx.window->callerAccount(), QStringLiteral("npm-store")};
    QVERIFY(m_fx.window->selectRepository(npmStore));
    QTRY_VERIFY_WITH_TIMEOUT(details->isRepositoryLoaded(), 10000);
    // Described itself; the rest of the domain not yet.
    QCOMPARE(details->reachesRows(), QStringList{QStringLiteral("public:npmjs (its own external connection)")});
    QVERIFY2(details->usedByRows().constLast().startsWith(QLatin1String("Not known yet")), qPrintable(details->usedByRows().join(u'|')));

    describeEverything();
    QTRY_COMPARE(details->usedByRows(), QStringList{QStringLiteral("web-frontend")});

    const RepositoryRef release{prod, m_fx.window->callerAccount(), QStringLiteral("release")};
    QVERIFY(m_fx.window->selectRepository(release));
    QTRY_VERIFY_WITH_TIMEOUT(details->isRepositoryLoaded() && details->repository().name == release.repository, 10000);
    QTRY_COMPARE(details->reachesRows(),
                 (QStringList{QStringLiteral("public:npmjs via web-frontend \u2192 npm-store"),
                              QStringLiteral("public:maven-central via backend-jvm \u2192 maven-central-store"),
                              QStringLiteral("public:maven-gradleplugins via backend-jvm \u2192 gradle-plugins-store"),
                              QStringLiteral("public:maven-clojars via backend-jvm \u2192 clojars-store"),
                              QStringLiteral("public:pypi via data-science \u2192 pypi-store")}));
    QCOMPARE(details->usedByRows(), QStringList{QStringLiteral("None. No repository of this domain has this one as an upstream.")});
    savePicture(m_fx.window.get(), QStringLiteral("details-reaches"));

    // From npm-store, while a filter hides web-frontend: a click on the link selects it.
    typeFilter(QStringLiteral("npm-store"));
    QVERIFY(m_fx.window->selectRepository(npmStore));
    QTRY_VERIFY_WITH_TIMEOUT(details->isRepositoryLoaded() && details->repository().name == npmStore.repository, 10000);
    QLabel *link = nullptr;
    QTRY_VERIFY((link = details->findChild<QLabel *>(QStringLiteral("usedByLink"))) && link->isVisible());
    QCOMPARE(link->text(), QStringLiteral("<a href=\"web-frontend\">web-frontend</a>"));
    savePicture(m_fx.window.get(), QStringLiteral("details-used-by"));
    QTest::mouseClick(link, Qt::LeftButton, {}, QPoint(link->fontMetrics().averageCharWidth() * 2, link->height() / 2));
    QTRY_COMPARE(m_fx.window->inventory()->currentRepository().repository, QStringLiteral("web-frontend"));
    QCOMPARE(m_fx.window->filterModel()->filterText(), QString());   // the filter made way
    QTreeView *tree = m_fx.window->inventoryPanel()->treeView();
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("web-frontend"));
    QTRY_VERIFY_WITH_TIMEOUT(details->isRepositoryLoaded() && details->repository().name == QLatin1String("web-frontend"), 10000);
    QCOMPARE(details->usedByRows(), QStringList{QStringLiteral("release")});
    QCOMPARE(details->reachesRows(), QStringList{QStringLiteral("public:npmjs via npm-store")});
}

QTEST_MAIN(TestInventoryConnections)
#include "tst_inventoryconnections.moc"
