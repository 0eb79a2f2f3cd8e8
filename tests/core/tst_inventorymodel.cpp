// InventoryModel and InventoryFilterModel, under QAbstractItemModelTester.

#include "models/inventoryfiltermodel.h"
#include "models/inventorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

namespace {
DomainSummary domain(const QString &name, const QString &owner = QStringLiteral("111122223333"))
{
    DomainSummary d;
    d.name = name;
    d.owner = owner;
    d.arn = QStringLiteral("arn:aws:codeartifact:us-east-1:%1:domain/%2").arg(owner, name);
    return d;
}

QList<RepositorySummary> repos(const DomainSummary &d, const QStringList &names)
{
    QList<RepositorySummary> out;
    for (const QString &name : names) {
        RepositorySummary r;
        r.name = name;
        r.domainName = d.name;
        r.domainOwner = d.owner;
        r.administratorAccount = d.owner;
        out << r;
    }
    return out;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

// What a DescribeRepository answer would give the model.
void describe(InventoryModel &model, const DomainSummary &d, const QString &name, const QString &connection = {},
              const QStringList &upstreams = {})
{
    RepositoryDescription description;
    description.name = name;
    description.domainName = d.name;
    description.domainOwner = d.owner;
    description.administratorAccount = d.owner;
    if (!connection.isEmpty()) {
        const QString format = connection.startsWith(QLatin1String("public:npm")) ? QStringLiteral("npm")
            : connection.startsWith(QLatin1String("public:maven"))                ? QStringLiteral("maven")
                                                                                  : QStringLiteral("pypi");
        description.externalConnections << RepositoryExternalConnectionInfo{connection, format, QStringLiteral("Available")};
    }
    for (const QString &upstream : upstreams)
        description.upstreams << UpstreamRepositoryInfo{upstream};
    model.updateRepository(description);
}

// "domain/repository" for every repository the filter shows.
QStringList shownRepositories(const QAbstractItemModel &filter)
{
    QStringList out;
    for (int d = 0; d < filter.rowCount(); ++d) {
        const QModelIndex domainIndex = filter.index(d, 0);
        for (const QString &name : childNames(filter, domainIndex))
            out << domainIndex.data().toString() + u'/' + name;
    }
    return out;
}

// prod (111122223333): three stores, web -> npm-store, release -> web, maven-store; scratch with
// nothing; later not described. partner (444455556666): partner-npm, shared -> partner-npm.
struct Fixture
{
    DomainSummary prod = domain(QStringLiteral("prod"));
    DomainSummary partner = domain(QStringLiteral("partner"), QStringLiteral("444455556666"));

    void fill(InventoryModel &model) const
    {
        model.setRepositories(prod, repos(prod, {QStringLiteral("npm-store"), QStringLiteral("pypi-store"),
                                                 QStringLiteral("maven-store"), QStringLiteral("web"),
                                                 QStringLiteral("release"), QStringLiteral("scratch"),
                                                 QStringLiteral("later")}));
        model.setRepositories(partner, repos(partner, {QStringLiteral("partner-npm"), QStringLiteral("shared")}));
        describe(model, prod, QStringLiteral("npm-store"), QStringLiteral("public:npmjs"));
        describe(model, prod, QStringLiteral("pypi-store"), QStringLiteral("public:pypi"));
        describe(model, prod, QStringLiteral("maven-store"), QStringLiteral("public:maven-central"));
        describe(model, prod, QStringLiteral("web"), {}, {QStringLiteral("npm-store")});
        describe(model, prod, QStringLiteral("release"), {}, {QStringLiteral("web"), QStringLiteral("maven-store")});
        describe(model, prod, QStringLiteral("scratch"));
        describe(model, partner, QStringLiteral("partner-npm"), QStringLiteral("public:npmjs"));
        describe(model, partner, QStringLiteral("shared"), {}, {QStringLiteral("partner-npm")});
    }
    QModelIndex row(const InventoryModel &model, const QString &name, bool inPartner = false) const
    {
        const DomainSummary &d = inPartner ? partner : prod;
        return model.repositoryIndex({d.name, d.owner, name});
    }
};

InventoryModel::ConnectionState stateOf(const QModelIndex &index)
{
    return index.data(InventoryModel::ConnectionStateRole).value<InventoryModel::ConnectionState>();
}
} // namespace

class TestInventoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldShowDomainsAsTheyArriveAndTheirRepositories();
    void shouldShowDomainErrorInPlace();
    void shouldUpdateRepositoryFromDescription();
    void shouldSortNaturally();
    void shouldFilterRecursively();
    void shouldKeepFilterAndSortWhileDomainsArrive();
    void shouldTellWhatEachRepositoryReaches();
    void shouldShowConnectionAndUpstreamColumns();
    void shouldChangeOnlyTheRowsThatDependOnADescription();
    void shouldMatchFilterTerms_data();
    void shouldMatchFilterTerms();
    void shouldFilterAgainWhenDescriptionsArrive();
};

void TestInventoryModel::shouldShowDomainsAsTheyArriveAndTheirRepositories()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DomainSummary a = domain(QStringLiteral("alpha"));
    const DomainSummary b = domain(QStringLiteral("beta"));
    model.addDomains({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, InventoryModel::CountColumn).data().toString(), QStringLiteral("Loading\u2026"));
    QCOMPARE(model.index(0, 0).data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>(),
             InventoryModel::DomainState::Loading);
    model.addDomains({a});   // already there
    QCOMPARE(model.rowCount(), 2);

    model.setRepositories(b, repos(b, {QStringLiteral("web"), QStringLiteral("api")}));
    const QModelIndex bIndex = model.domainIndex(b.owner, b.name);
    QCOMPARE(model.rowCount(bIndex), 2);
    QCOMPARE(bIndex.siblingAtColumn(InventoryModel::CountColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.repositoryCount(), 2);
    const QModelIndex web = model.index(0, 0, bIndex);
    QCOMPARE(web.parent(), bIndex);
    QCOMPARE(web.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>(), InventoryModel::ItemKind::Repository);
    const auto ref = web.data(InventoryModel::RepositoryRefRole).value<RepositoryRef>();
    QCOMPARE(ref, (RepositoryRef{b.name, b.owner, QStringLiteral("web")}));
    QCOMPARE(model.repositoryIndex(ref), web);

    // A domain loaded again replaces its rows.
    model.setRepositories(b, repos(b, {QStringLiteral("only")}));
    QCOMPARE(model.rowCount(bIndex), 1);
    QCOMPARE(model.repositoryCount(), 1);
    // An empty domain is loaded, with no children.
    model.setRepositories(a, {});
    QCOMPARE(model.index(0, InventoryModel::CountColumn).data().toString(), QStringLiteral("0"));
    QVERIFY(!model.hasChildren(model.index(0, 0)));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.repositoryCount(), 0);
}

void TestInventoryModel::shouldShowDomainErrorInPlace()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DomainSummary d = domain(QStringLiteral("shared"), QStringLiteral("444455556666"));
    model.addDomains({d});
    AwsError error(AwsError::Kind::AccessDenied, QStringLiteral("not allowed"));
    error.setOperation(QStringLiteral("ListRepositoriesInDomain")).setRequestId(QStringLiteral("req-1"));
    model.setDomainFailed(d, error);
    const QModelIndex domainIndex = model.index(0, 0);
    QCOMPARE(domainIndex.siblingAtColumn(InventoryModel::CountColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.rowCount(domainIndex), 1);
    const QModelIndex errorRow = model.index(0, 0, domainIndex);
    QCOMPARE(errorRow.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>(), InventoryModel::ItemKind::Error);
    QCOMPARE(errorRow.data().toString(), error.userMessage());
    QVERIFY(errorRow.data().toString().contains(QLatin1String("codeartifact:ListRepositoriesInDomain")));
    QVERIFY(errorRow.data(Qt::ToolTipRole).toString().contains(QLatin1String("req-1")));
    QCOMPARE(model.repositoryCount(), 0);

    // A later success replaces the error row.
    model.setRepositories(d, repos(d, {QStringLiteral("libs")}));
    QCOMPARE(model.rowCount(domainIndex), 1);
    QCOMPARE(model.index(0, 0, domainIndex).data(InventoryModel::KindRole).value<InventoryModel::ItemKind>(),
             InventoryModel::ItemKind::Repository);
}

void TestInventoryModel::shouldUpdateRepositoryFromDescription()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DomainSummary d = domain(QStringLiteral("acme"));
    model.setRepositories(d, repos(d, {QStringLiteral("web")}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    RepositoryDescription description;
    description.name = QStringLiteral("web");
    description.domainName = d.name;
    description.domainOwner = d.owner;
    description.description = QStringLiteral("now described");
    description.externalConnections << RepositoryExternalConnectionInfo{QStringLiteral("public:pypi"), QStringLiteral("pypi"),
                                                                        QStringLiteral("Available")};
    model.updateRepository(description);
    // Its row, and its domain's (one repository fewer to describe).
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().data().toString(), QStringLiteral("web"));
    const QModelIndex web = model.repositoryIndex({d.name, d.owner, QStringLiteral("web")});
    QCOMPARE(web.data(InventoryModel::ExternalConnectionRole).toString(), QStringLiteral("public:pypi"));
    QVERIFY(web.data(Qt::ToolTipRole).toString().contains(QLatin1String("public:pypi")));
    QCOMPARE(web.data(InventoryModel::RepositorySummaryRole).value<RepositorySummary>().description,
             QStringLiteral("now described"));

    // A repository the model did not know is added.
    description.name = QStringLiteral("new-one");
    model.updateRepository(description);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.repositoryCount(), 2);
}

void TestInventoryModel::shouldSortNaturally()
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DomainSummary d = domain(QStringLiteral("acme"));
    model.setRepositories(d, repos(d, {QStringLiteral("repo-10"), QStringLiteral("repo-2"), QStringLiteral("Repo-1"),
                                       QStringLiteral("alpha"), QStringLiteral("repo-100")}));
    model.addDomains({domain(QStringLiteral("zeta")), domain(QStringLiteral("domain-10")), domain(QStringLiteral("domain-9"))});
    QCOMPARE(childNames(filter, {}), (QStringList{QStringLiteral("acme"), QStringLiteral("domain-9"),
                                                  QStringLiteral("domain-10"), QStringLiteral("zeta")}));
    QCOMPARE(childNames(filter, filter.index(0, 0)),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("Repo-1"), QStringLiteral("repo-2"),
                          QStringLiteral("repo-10"), QStringLiteral("repo-100")}));
}

void TestInventoryModel::shouldFilterRecursively()
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DomainSummary prod = domain(QStringLiteral("prod"));
    const DomainSummary staging = domain(QStringLiteral("staging"));
    model.setRepositories(prod, repos(prod, {QStringLiteral("pypi-store"), QStringLiteral("npm-store"), QStringLiteral("web")}));
    model.setRepositories(staging, repos(staging, {QStringLiteral("npm-store"), QStringLiteral("apps")}));
    QSignalSpy textChanged(&filter, &InventoryFilterModel::filterTextChanged);

    filter.setFilterText(QStringLiteral("PYPI"));   // case folded
    QCOMPARE(textChanged.size(), 1);
    QCOMPARE(childNames(filter, {}), QStringList{QStringLiteral("prod")});
    QCOMPARE(childNames(filter, filter.index(0, 0)), QStringList{QStringLiteral("pypi-store")});

    filter.setProperty("filterText", QStringLiteral("npm"));
    QCOMPARE(filter.filterText(), QStringLiteral("npm"));
    QCOMPARE(childNames(filter, {}), (QStringList{QStringLiteral("prod"), QStringLiteral("staging")}));
    QCOMPARE(childNames(filter, filter.index(1, 0)), QStringList{QStringLiteral("npm-store")});

    // A domain whose name matches keeps all its repositories.
    filter.setFilterText(QStringLiteral("stag"));
    QCOMPARE(childNames(filter, {}), QStringList{QStringLiteral("staging")});
    QCOMPARE(childNames(filter, filter.index(0, 0)), (QStringList{QStringLiteral("apps"), QStringLiteral("npm-store")}));

    filter.setFilterText(QStringLiteral("nothing-matches"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText(QString());
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 3);
}

void TestInventoryModel::shouldKeepFilterAndSortWhileDomainsArrive()
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setFilterText(QStringLiteral("store"));
    const DomainSummary a = domain(QStringLiteral("a"));
    const DomainSummary b = domain(QStringLiteral("b"));
    model.addDomains({b, a});
    QCOMPARE(filter.rowCount(), 0);   // nothing matches yet
    model.setRepositories(b, repos(b, {QStringLiteral("store-11"), QStringLiteral("x"), QStringLiteral("store-3")}));
    QCOMPARE(childNames(filter, {}), QStringList{QStringLiteral("b")});
    QCOMPARE(childNames(filter, filter.index(0, 0)), (QStringList{QStringLiteral("store-3"), QStringLiteral("store-11")}));
    model.setDomainFailed(a, AwsError(AwsError::Kind::Network));
    model.setRepositories(a, repos(a, {QStringLiteral("store-1")}));
    QCOMPARE(childNames(filter, {}), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    model.clear();
    QCOMPARE(filter.rowCount(), 0);
    model.setRepositories(a, repos(a, {QStringLiteral("store-2"), QStringLiteral("store-10")}));
    QCOMPARE(childNames(filter, filter.index(0, 0)), (QStringList{QStringLiteral("store-2"), QStringLiteral("store-10")}));
}

void TestInventoryModel::shouldTellWhatEachRepositoryReaches()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fixture fx;
    fx.fill(model);
    using State = InventoryModel::ConnectionState;
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("npm-store"))), State::Connected);
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("web"))), State::ViaUpstream);
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("release"))), State::ViaUpstream);
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("scratch"))), State::None);
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("later"))), State::Unknown);   // not "none"
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("shared"), true)), State::ViaUpstream);
    QCOMPARE(fx.row(model, QStringLiteral("release")).data(InventoryModel::ReachableConnectionsRole).toStringList(),
             (QStringList{QStringLiteral("public:npmjs"), QStringLiteral("public:maven-central")}));
    const auto reaches = fx.row(model, QStringLiteral("release")).data(InventoryModel::ReachesRole).value<QList<UpstreamReach>>();
    QCOMPARE(reaches.size(), 2);
    QCOMPARE(reaches.at(0).via, (QStringList{QStringLiteral("web"), QStringLiteral("npm-store")}));
    QCOMPARE(fx.row(model, QStringLiteral("npm-store")).data(InventoryModel::UsedByRole).toStringList(),
             QStringList{QStringLiteral("web")});
    QCOMPARE(fx.row(model, QStringLiteral("later")).data(InventoryModel::UpstreamCountRole).toInt(), -1);
    QCOMPARE(fx.row(model, QStringLiteral("release")).data(InventoryModel::UpstreamCountRole).toInt(), 2);
    QCOMPARE(model.domainIndex(fx.prod.owner, fx.prod.name).data(InventoryModel::UndescribedCountRole).toInt(), 1);

    // Nothing reached yet, and an upstream not described: not known, and it says which.
    describe(model, fx.prod, QStringLiteral("scratch"), {}, {QStringLiteral("later")});
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("scratch"))), State::Unknown);
    QCOMPARE(fx.row(model, QStringLiteral("scratch")).data(InventoryModel::ReachesPendingRole).toStringList(),
             QStringList{QStringLiteral("later")});
    // An upstream the domain does not have (deleted since): nothing to wait for.
    describe(model, fx.prod, QStringLiteral("scratch"), {}, {QStringLiteral("gone")});
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("scratch"))), State::None);
}

void TestInventoryModel::shouldShowConnectionAndUpstreamColumns()
{
    InventoryModel model;
    const Fixture fx;
    fx.fill(model);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(InventoryModel::ConnectionColumn, Qt::Horizontal).toString(), QStringLiteral("External connection"));
    QCOMPARE(model.headerData(InventoryModel::UpstreamsColumn, Qt::Horizontal).toString(), QStringLiteral("Upstreams"));
    auto cell = [&](const QString &name, int column, int role = Qt::DisplayRole) {
        return fx.row(model, name).siblingAtColumn(column).data(role).toString();
    };
    QCOMPARE(cell(QStringLiteral("npm-store"), InventoryModel::ConnectionColumn), QStringLiteral("public:npmjs"));
    QCOMPARE(cell(QStringLiteral("npm-store"), InventoryModel::ConnectionColumn, InventoryModel::ConnectionFormatRole),
             QStringLiteral("npm"));
    QCOMPARE(cell(QStringLiteral("maven-store"), InventoryModel::ConnectionColumn, InventoryModel::ConnectionFormatRole),
             QStringLiteral("maven"));
    QCOMPARE(cell(QStringLiteral("web"), InventoryModel::ConnectionColumn), QStringLiteral("public:npmjs"));
    QCOMPARE(cell(QStringLiteral("release"), InventoryModel::ConnectionColumn), QStringLiteral("public:npmjs +1"));
    QVERIFY2(cell(QStringLiteral("release"), InventoryModel::ConnectionColumn, Qt::ToolTipRole)
                 .contains(QStringLiteral("public:maven-central via maven-store")),
             qPrintable(cell(QStringLiteral("release"), InventoryModel::ConnectionColumn, Qt::ToolTipRole)));
    QCOMPARE(cell(QStringLiteral("scratch"), InventoryModel::ConnectionColumn), QString());
    QCOMPARE(cell(QStringLiteral("later"), InventoryModel::ConnectionColumn), QStringLiteral("Not known yet"));
    QCOMPARE(cell(QStringLiteral("release"), InventoryModel::UpstreamsColumn), QStringLiteral("2"));
    QCOMPARE(cell(QStringLiteral("scratch"), InventoryModel::UpstreamsColumn), QStringLiteral("0"));
    QCOMPARE(cell(QStringLiteral("later"), InventoryModel::UpstreamsColumn), QStringLiteral("?"));
    // Domain rows leave the repository columns empty.
    QCOMPARE(model.domainIndex(fx.prod.owner, fx.prod.name).siblingAtColumn(InventoryModel::ConnectionColumn).data(),
             QVariant());
}

void TestInventoryModel::shouldChangeOnlyTheRowsThatDependOnADescription()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fixture fx;
    // Describe everything but npm-store: web and release wait for it.
    model.setRepositories(fx.prod, repos(fx.prod, {QStringLiteral("npm-store"), QStringLiteral("pypi-store"),
                                                   QStringLiteral("web"), QStringLiteral("release"), QStringLiteral("data")}));
    describe(model, fx.prod, QStringLiteral("pypi-store"), QStringLiteral("public:pypi"));
    describe(model, fx.prod, QStringLiteral("data"), {}, {QStringLiteral("pypi-store")});
    describe(model, fx.prod, QStringLiteral("web"), {}, {QStringLiteral("npm-store")});
    describe(model, fx.prod, QStringLiteral("release"), {}, {QStringLiteral("web")});
    using State = InventoryModel::ConnectionState;
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("release"))), State::Unknown);
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("data"))), State::ViaUpstream);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    describe(model, fx.prod, QStringLiteral("npm-store"), QStringLiteral("public:npmjs"));
    QStringList rows;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex from = signal.at(0).toModelIndex();
        const QModelIndex to = signal.at(1).toModelIndex();
        QCOMPARE(from.row(), to.row());   // one row each, every column
        QCOMPARE(from.column(), 0);
        QCOMPARE(to.column(), InventoryModel::ColumnCount - 1);
        rows << from.data().toString();
    }
    rows.sort();
    // npm-store itself, who reaches it, and the domain's row; not pypi-store nor data.
    QCOMPARE(rows, (QStringList{QStringLiteral("npm-store"), QStringLiteral("prod"), QStringLiteral("release"),
                                QStringLiteral("web")}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("release"))), State::ViaUpstream);
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("web"))), State::ViaUpstream);

    // Its connection gone: who reached it through npm-store reaches nothing now.
    changed.clear();
    describe(model, fx.prod, QStringLiteral("npm-store"));
    QCOMPARE(stateOf(fx.row(model, QStringLiteral("release"))), State::None);
    QCOMPARE(changed.size(), 4);
}

void TestInventoryModel::shouldMatchFilterTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    const QString npmStore = QStringLiteral("prod/npm-store");
    const QString web = QStringLiteral("prod/web");
    const QString release = QStringLiteral("prod/release");
    const QString partnerNpm = QStringLiteral("partner/partner-npm");
    const QString shared = QStringLiteral("partner/shared");
    // Directly or via upstream; a format, a registry's short or full name.
    QTest::newRow("format") << QStringLiteral("npm") << QStringList{partnerNpm, shared, npmStore, release, web};
    QTest::newRow("registry") << QStringLiteral("npmjs") << QStringList{partnerNpm, shared, npmStore, release, web};
    QTest::newRow("full name") << QStringLiteral("public:pypi") << QStringList{QStringLiteral("prod/pypi-store")};
    QTest::newRow("case folded") << QStringLiteral("PUBLIC:MAVEN-CENTRAL")
                                 << QStringList{QStringLiteral("prod/maven-store"), release};
    QTest::newRow("maven format") << QStringLiteral("maven") << QStringList{QStringLiteral("prod/maven-store"), release};
    QTest::newRow("nothing reaches") << QStringLiteral("cargo") << QStringList{};
    // Described and reaching nothing; "later" is not described and is not counted as none.
    QTest::newRow("no connection") << QStringLiteral("no connection") << QStringList{QStringLiteral("prod/scratch")};
    QTest::newRow("has upstreams") << QStringLiteral("Has Upstreams") << QStringList{shared, release, web};
    QTest::newRow("owner account") << QStringLiteral("444455556666") << QStringList{partnerNpm, shared};
    QTest::newRow("account and term") << QStringLiteral("111122223333 has upstreams") << QStringList{release, web};
    QTest::newRow("every word") << QStringLiteral("prod npm") << QStringList{npmStore, release, web};
    QTest::newRow("phrase and format") << QStringLiteral("has upstreams  maven") << QStringList{release};
    QTest::newRow("plain name") << QStringLiteral("web") << QStringList{web};
    QTest::newRow("part of an account") << QStringLiteral("4444") << QStringList{};
}

void TestInventoryModel::shouldMatchFilterTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Fixture().fill(model);
    filter.setFilterText(text);
    QCOMPARE(shownRepositories(filter), shown);
    QCOMPARE(filter.shownRepositoryCount(), shown.size());
    filter.setFilterText(QString());
    QCOMPARE(filter.shownRepositoryCount(), 9);
}

void TestInventoryModel::shouldFilterAgainWhenDescriptionsArrive()
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fixture fx;
    fx.fill(model);
    filter.setFilterText(QStringLiteral("npm"));
    QVERIFY(!shownRepositories(filter).contains(QStringLiteral("prod/later")));
    // later turns out to search release: it reaches npm through it, and appears.
    describe(model, fx.prod, QStringLiteral("later"), {}, {QStringLiteral("release")});
    QVERIFY(shownRepositories(filter).contains(QStringLiteral("prod/later")));
    // npm-store loses its connection: everyone who reached npm through it goes.
    describe(model, fx.prod, QStringLiteral("npm-store"));
    QCOMPARE(shownRepositories(filter), (QStringList{QStringLiteral("partner/partner-npm"), QStringLiteral("partner/shared"),
                                                     QStringLiteral("prod/npm-store")}));   // by its name
    filter.setFilterText(QStringLiteral("no connection"));
    QCOMPARE(shownRepositories(filter), (QStringList{QStringLiteral("prod/npm-store"), QStringLiteral("prod/scratch"),
                                                     QStringLiteral("prod/web")}));
}

QTEST_GUILESS_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
