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
    QCOMPARE(changed.size(), 1);
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

QTEST_GUILESS_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
