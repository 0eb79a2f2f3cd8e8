// RepositorySetupController against the in-process sandbox (demo seed): each change is one
// request, its answer goes into the inventory in place (rows added, replaced, removed; never a
// reset), and what the dialogs are told beforehand (names, cycles, what the downstreams lose)
// comes from the inventory.

#include "controllers/inventorycontroller.h"
#include "controllers/repositorysetupcontroller.h"
#include "base/inputvalidator.h"
#include "base/job.h"
#include "models/inventorymodel.h"
#include "sandboxclientfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace desk;

class TestRepositorySetupController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void shouldExplainADomainNameTheModelRefuses_data();
    void shouldExplainADomainNameTheModelRefuses();
    void shouldExplainARepositoryNameTheModelRefuses_data();
    void shouldExplainARepositoryNameTheModelRefuses();
    void shouldAddACreatedRepositoryInPlace();
    void shouldReplaceAnUpdatedRepositoryWithOneRequest();
    void shouldShowACycleFromTheInventoryBeforeSending();
    void shouldSayWhatTheDownstreamsOfADeletedRepositoryLose();
    void shouldRemoveADeletedRepositoryInPlace();
    void shouldAddAndRemoveADomainAndReportARefusal();

private:
    void load();
    void describeDomain(const DomainRef &domain);
    QStringList sandboxUpstreams(const QString &domain, const QString &repository) const;
    static DomainRef domain(const QString &name) { return DomainRef{name, SandboxConfig::defaultAccount()}; }
    static RepositoryRef repo(const QString &domain, const QString &name)
    {
        return RepositoryRef{domain, SandboxConfig::defaultAccount(), name};
    }

    test::SandboxClientFixture m_fx;
    std::unique_ptr<InventoryController> m_inventory;
    std::unique_ptr<RepositorySetupController> m_setup;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRepositorySetupController::init()
{
    SandboxConfig config;
    config.seed = QStringLiteral("demo");
    const QString error = m_fx.start(config);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_inventory = std::make_unique<InventoryController>(m_fx.client.get());
    m_inventory->setBackgroundDescribing(false);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_inventory->model(),
                                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_setup = std::make_unique<RepositorySetupController>(m_inventory.get());
    load();
}

void TestRepositorySetupController::cleanup()
{
    m_setup.reset();
    m_tester.reset();
    m_inventory.reset();
    m_fx.stop();
}

void TestRepositorySetupController::load()
{
    QSignalSpy finished(m_inventory.get(), &InventoryController::inventoryFinished);
    m_inventory->refresh();
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().at(0).value<AwsError>());
}

void TestRepositorySetupController::describeDomain(const DomainRef &d)
{
    Job *job = m_inventory->describeUnknownUpstreams(d);
    QVERIFY(job);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_setup->undescribedIn(d), 0);
}

QStringList TestRepositorySetupController::sandboxUpstreams(const QString &d, const QString &repository) const
{
    return m_fx.server->state().domains().value(SandboxConfig::defaultAccount() + u'/' + d).repositories.value(repository).upstreams;
}

void TestRepositorySetupController::shouldExplainADomainNameTheModelRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mentions");   // what the reason must name; empty: the name fits
    QTest::newRow("fits") << QStringLiteral("acme-new") << QString();
    QTest::newRow("two") << QStringLiteral("a1") << QString();
    QTest::newRow("fifty") << QString(50, u'a') << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("2 to 50");
    QTest::newRow("one") << QStringLiteral("a") << QStringLiteral("at least 2");
    QTest::newRow("fifty-one") << QString(51, u'a') << QStringLiteral("51");
    QTest::newRow("uppercase") << QStringLiteral("Acme") << QStringLiteral("lowercase letter");
    QTest::newRow("digit first") << QStringLiteral("1acme") << QStringLiteral("lowercase letter");
    QTest::newRow("underscore") << QStringLiteral("acme_prod") << QStringLiteral("\u201c_\u201d");
    QTest::newRow("space") << QStringLiteral("acme prod") << QStringLiteral("a space");
    QTest::newRow("uppercase inside") << QStringLiteral("acMe") << QStringLiteral("\u201cM\u201d");
    QTest::newRow("hyphen last") << QStringLiteral("acme-") << QStringLiteral("hyphen");
}

void TestRepositorySetupController::shouldExplainADomainNameTheModelRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, mentions);
    const QString problem = RepositorySetupController::domainNameProblem(name);
    // The same judgement as the API model's pattern and length (the validator the client applies).
    QCOMPARE(problem.isEmpty(), InputValidator::isDomainName(name));
    QCOMPARE(problem.isEmpty(), mentions.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestRepositorySetupController::shouldExplainARepositoryNameTheModelRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("fits") << QStringLiteral("Web_Frontend.v2-x") << QString();
    QTest::newRow("digits") << QStringLiteral("42") << QString();
    QTest::newRow("hundred") << QString(100, u'r') << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("2 to 100");
    QTest::newRow("one") << QStringLiteral("r") << QStringLiteral("at least 2");
    QTest::newRow("hundred and one") << QString(101, u'r') << QStringLiteral("101");
    QTest::newRow("dot first") << QStringLiteral(".hidden") << QStringLiteral("starts with");
    QTest::newRow("slash") << QStringLiteral("team/web") << QStringLiteral("\u201c/\u201d");
    QTest::newRow("colon") << QStringLiteral("public:npmjs") << QStringLiteral("\u201c:\u201d");
}

void TestRepositorySetupController::shouldExplainARepositoryNameTheModelRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, mentions);
    const QString problem = RepositorySetupController::repositoryNameProblem(name);
    QCOMPARE(problem.isEmpty(), InputValidator::isRepositoryName(name));
    QCOMPARE(problem.isEmpty(), mentions.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestRepositorySetupController::shouldAddACreatedRepositoryInPlace()
{
    InventoryModel *model = m_inventory->model();
    const DomainRef prod = domain(QStringLiteral("acme-prod"));
    describeDomain(prod);   // so what the new one reaches through its upstreams is known
    const int describes = m_fx.requestsNamed(QStringLiteral("DescribeRepository"));
    const int before = model->rowCount(model->domainIndex(prod.domainOwner, prod.domain));
    QVERIFY(!m_setup->isRepositoryNameTaken(prod, QStringLiteral("mobile-web")));
    QVERIFY(m_setup->isRepositoryNameTaken(prod, QStringLiteral("web-frontend")));
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy created(m_setup.get(), &RepositorySetupController::repositoryCreated);
    QSignalSpy failed(m_setup.get(), &RepositorySetupController::failed);
    const QStringList upstreams{QStringLiteral("pypi-store"), QStringLiteral("npm-store")};
    m_setup->createRepository(repo(prod.domain, QStringLiteral("mobile-web")), QStringLiteral("Mobile web app"), upstreams);
    QVERIFY(m_setup->isBusy());
    QVERIFY(created.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("CreateRepository")), 1);
    // The service has it, with the upstreams in the order given.
    QCOMPARE(sandboxUpstreams(prod.domain, QStringLiteral("mobile-web")), upstreams);
    // The inventory too, from the answer: one row more, no reload, no describe.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model->rowCount(model->domainIndex(prod.domainOwner, prod.domain)), before + 1);
    const QModelIndex row = model->repositoryIndex(repo(prod.domain, QStringLiteral("mobile-web")));
    QVERIFY(row.isValid());
    QCOMPARE(row.data(InventoryModel::UpstreamsRole).toStringList(), upstreams);
    QCOMPARE(row.data(InventoryModel::ReachableConnectionsRole).toStringList(),
             (QStringList{QStringLiteral("public:pypi"), QStringLiteral("public:npmjs")}));
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("DescribeRepository")), describes);
    QVERIFY(m_setup->isRepositoryNameTaken(prod, QStringLiteral("mobile-web")));
}

void TestRepositorySetupController::shouldReplaceAnUpdatedRepositoryWithOneRequest()
{
    InventoryModel *model = m_inventory->model();
    const RepositoryRef release = repo(QStringLiteral("acme-prod"), QStringLiteral("release"));
    const QStringList reordered{QStringLiteral("data-science"), QStringLiteral("web-frontend")};
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy updated(m_setup.get(), &RepositorySetupController::repositoryUpdated);
    m_setup->updateRepository(release, QStringLiteral("What ships"), reordered);
    QVERIFY(updated.wait(10000));
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("UpdateRepository")), 1);
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("DescribeRepository")), 0);   // the answer is the repository
    QCOMPARE(sandboxUpstreams(release.domain, release.repository), reordered);
    const QModelIndex row = model->repositoryIndex(release);
    QCOMPARE(row.data(InventoryModel::UpstreamsRole).toStringList(), reordered);
    QCOMPARE(row.data(InventoryModel::RepositorySummaryRole).value<RepositorySummary>().description, QStringLiteral("What ships"));
    QCOMPARE(updated.first().at(0).value<RepositoryDescription>().upstreams.size(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TestRepositorySetupController::shouldShowACycleFromTheInventoryBeforeSending()
{
    const DomainRef prod = domain(QStringLiteral("acme-prod"));
    // Nothing described yet: no cycle can be known.
    QVERIFY(m_setup->cycleWith(prod, QStringLiteral("web-frontend"), {QStringLiteral("release")}).isEmpty());
    describeDomain(prod);
    QCOMPARE(m_setup->cycleWith(prod, QStringLiteral("web-frontend"), {QStringLiteral("npm-store"), QStringLiteral("release")}),
             (QStringList{QStringLiteral("web-frontend"), QStringLiteral("release"), QStringLiteral("web-frontend")}));
    QVERIFY(m_setup->cycleWith(prod, QStringLiteral("web-frontend"), {QStringLiteral("npm-store"), QStringLiteral("pypi-store")})
                .isEmpty());
    // Two steps round: npm-store searching release, which searches web-frontend, which searches npm-store.
    QCOMPARE(m_setup->cycleWith(prod, QStringLiteral("npm-store"), {QStringLiteral("release")}),
             (QStringList{QStringLiteral("npm-store"), QStringLiteral("release"), QStringLiteral("web-frontend"),
                          QStringLiteral("npm-store")}));
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("UpdateRepository")), 0);
}

void TestRepositorySetupController::shouldSayWhatTheDownstreamsOfADeletedRepositoryLose()
{
    const DomainRef prod = domain(QStringLiteral("acme-prod"));
    describeDomain(prod);
    auto describe = [](const QList<RepositorySetupController::Downstream> &impact) {
        QStringList out;
        for (const auto &d : impact)
            out << QStringLiteral("%1%2: %3").arg(d.repository, d.direct ? QStringLiteral(" (direct)") : QString(),
                                                  d.loses.join(u','));
        return out;
    };
    QCOMPARE(describe(m_setup->deleteImpact(repo(prod.domain, QStringLiteral("npm-store")))),
             (QStringList{QStringLiteral("web-frontend (direct): public:npmjs"), QStringLiteral("release: public:npmjs")}));
    // mobile reaches Maven Central through maven-central-store only; backend-jvm too, release through backend-jvm.
    QCOMPARE(describe(m_setup->deleteImpact(repo(prod.domain, QStringLiteral("maven-central-store")))),
             (QStringList{QStringLiteral("backend-jvm (direct): public:maven-central"),
                          QStringLiteral("mobile (direct): public:maven-central"),
                          QStringLiteral("release: public:maven-central")}));
    QVERIFY(m_setup->deleteImpact(repo(prod.domain, QStringLiteral("release"))).isEmpty());
}

void TestRepositorySetupController::shouldRemoveADeletedRepositoryInPlace()
{
    InventoryModel *model = m_inventory->model();
    const DomainRef prod = domain(QStringLiteral("acme-prod"));
    describeDomain(prod);
    const QModelIndex domainRow = model->domainIndex(prod.domainOwner, prod.domain);
    const int before = model->rowCount(domainRow);
    const RepositoryRef tooling = repo(prod.domain, QStringLiteral("tooling"));
    QCOMPARE(model->repositoryIndex(repo(prod.domain, QStringLiteral("crates-store"))).data(InventoryModel::UsedByRole).toStringList(),
             QStringList{QStringLiteral("tooling")});
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy deleted(m_setup.get(), &RepositorySetupController::repositoryDeleted);
    m_setup->deleteRepository(tooling);
    QVERIFY(deleted.wait(10000));
    QCOMPARE(deleted.first().at(0).value<RepositoryDescription>().name, QStringLiteral("tooling"));
    QVERIFY(!m_fx.server->state().domains().value(prod.domainOwner + u'/' + prod.domain).repositories.contains(QStringLiteral("tooling")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model->rowCount(domainRow), before - 1);
    QVERIFY(!model->repositoryIndex(tooling).isValid());
    QCOMPARE(domainRow.siblingAtColumn(InventoryModel::CountColumn).data().toString(), QString::number(before - 1));
    // The rows after it kept their data (the name-to-row map was rebuilt), and no one uses crates-store now.
    QVERIFY(model->repositoryIndex(repo(prod.domain, QStringLiteral("release"))).isValid());
    QCOMPARE(model->repositoryIndex(repo(prod.domain, QStringLiteral("release"))).data(Qt::DisplayRole).toString(),
             QStringLiteral("release"));
    QVERIFY(model->repositoryIndex(repo(prod.domain, QStringLiteral("crates-store"))).data(InventoryModel::UsedByRole)
                .toStringList().isEmpty());
    QCOMPARE(model->describedCount(), before - 1);
    // A later answer for a row after it replaces that row, not a second one.
    QSignalSpy updated(m_setup.get(), &RepositorySetupController::repositoryUpdated);
    m_setup->updateRepository(repo(prod.domain, QStringLiteral("release")), QStringLiteral("Ships"), {QStringLiteral("web-frontend")});
    QVERIFY(updated.wait(10000));
    QCOMPARE(model->rowCount(domainRow), before - 1);
    QCOMPARE(model->repositoryIndex(repo(prod.domain, QStringLiteral("release"))).data(InventoryModel::UpstreamsRole).toStringList(),
             QStringList{QStringLiteral("web-frontend")});
}

void TestRepositorySetupController::shouldAddAndRemoveADomainAndReportARefusal()
{
    InventoryModel *model = m_inventory->model();
    const int domains = model->domainCount();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy created(m_setup.get(), &RepositorySetupController::domainCreated);
    m_setup->createDomain(QStringLiteral("acme-new"), {});
    QVERIFY(created.wait(10000));
    QCOMPARE(model->domainCount(), domains + 1);
    const QModelIndex row = model->domainIndex(SandboxConfig::defaultAccount(), QStringLiteral("acme-new"));
    QVERIFY(row.isValid());
    QCOMPARE(row.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>(), InventoryModel::DomainState::Loaded);
    QCOMPARE(row.data(InventoryModel::RepositoryCountRole).toInt(), 0);
    QVERIFY(m_fx.server->state().domains().contains(SandboxConfig::defaultAccount() + QStringLiteral("/acme-new")));

    QSignalSpy deleted(m_setup.get(), &RepositorySetupController::domainDeleted);
    m_setup->deleteDomain(domain(QStringLiteral("acme-new")));
    QVERIFY(deleted.wait(10000));
    QCOMPARE(model->domainCount(), domains);
    QVERIFY(!model->domainIndex(SandboxConfig::defaultAccount(), QStringLiteral("acme-new")).isValid());
    QVERIFY(!m_fx.server->state().domains().contains(SandboxConfig::defaultAccount() + QStringLiteral("/acme-new")));

    // A domain with repositories: the service refuses, and the inventory keeps it.
    QSignalSpy failed(m_setup.get(), &RepositorySetupController::failed);
    m_setup->deleteDomain(domain(QStringLiteral("acme-staging")));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<AwsError>().kind(), AwsError::Kind::Conflict);
    QVERIFY(model->domainIndex(SandboxConfig::defaultAccount(), QStringLiteral("acme-staging")).isValid());
    QCOMPARE(model->domainCount(), domains);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestRepositorySetupController)
#include "tst_repositorysetupcontroller.moc"
