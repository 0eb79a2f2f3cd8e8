// Connecting a repository to a public registry through a store repository, as AWS recommends:
// the plan builder (pure), and ConnectionPlanJob against the in-process sandbox (demo seed) over
// real HTTP: through a new store, through an existing one, directly, twice, a failure in the
// second step resumed to completion, and Undo after a failure and after a success.

#include "controllers/connectionplan.h"
#include "controllers/connectionplanjob.h"
#include "controllers/connectionplanmodel.h"

#include "api/codeartifactclient.h"
#include "base/awsclicommand.h"

#include "sandboxfaultproxy.h"
#include "sandboxclientfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace desk;
using State = ConnectionPlanStep::State;
using Kind = ConnectionPlanStep::Kind;

namespace {

RepositoryDescription repo(const QString &name, const QString &connection = {}, const QStringList &upstreams = {})
{
    RepositoryDescription r;
    r.name = name;
    r.domainName = QStringLiteral("d");
    r.domainOwner = QStringLiteral("111122223333");
    if (!connection.isEmpty())
        r.externalConnections.append({connection, QStringLiteral("npm"), QStringLiteral("Available")});
    for (const QString &u : upstreams)
        r.upstreams.append({u});
    return r;
}

QList<State> states(const ConnectionPlan &plan)
{
    QList<State> out;
    for (const ConnectionPlanStep &s : plan.steps)
        out << s.state;
    return out;
}

} // namespace

class TestConnectionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    // The builder
    void shouldNameTheStoreAsTheConsoleDoes_data();
    void shouldNameTheStoreAsTheConsoleDoes();
    void shouldPickAFreeNameWhenTheStoreNameIsTaken();
    void shouldAddAnExistingStoreLastInTheSearchOrder();
    void shouldCreateAndConnectAStoreWhenNoneHasTheConnection();
    void shouldOfferDirectFirstOnlyForABareRepository();
    void shouldCopyThePlanAsOneCommandPerStep();
    void shouldShowStepsInAModel();

    // The runner against the sandbox
    void shouldConnectThroughANewStore();
    void shouldConnectThroughAnExistingStore();
    void shouldConnectDirectly();
    void shouldSkipEverythingWhenThePlanRunsTwice();
    void shouldStopAtAFailedSecondStepAndResumeToCompletion();
    void shouldUndoAfterAFailureAndLeaveTheDomainAsBefore();
    void shouldUndoASuccessfulPlanButNotWhatExistedBefore();
    void shouldSendTheRequestTheServiceRefusesAndReportItsAnswer();

private:
    // Runs the job to its end; false when it did not end in time.
    bool runToEnd(ConnectionPlanJob *job);
    void useProxy();

    test::SandboxClientFixture m_fx;
    std::unique_ptr<test::SandboxFaultProxy> m_proxy;
};

void TestConnectionPlan::init()
{
    SandboxConfig config;
    config.seed = QStringLiteral("demo");
    const QString error = m_fx.start(config);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestConnectionPlan::cleanup()
{
    m_fx.client.reset();
    m_proxy.reset();
    m_fx.stop();
}

void TestConnectionPlan::useProxy()
{
    m_proxy = std::make_unique<test::SandboxFaultProxy>(m_fx.server.get());
    m_fx.client->setEndpointOverride(m_proxy->url().toString());
}

bool TestConnectionPlan::runToEnd(ConnectionPlanJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy done(job, &Job::finished);
    job->start();
    return done.wait(20000) || done.size() == 1;
}

void TestConnectionPlan::shouldNameTheStoreAsTheConsoleDoes_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("store");
    QTest::newRow("npm") << "public:npmjs" << "npm-store";
    QTest::newRow("pypi") << "public:pypi" << "pypi-store";
    QTest::newRow("maven central") << "public:maven-central" << "maven-central-store";
    QTest::newRow("android") << "public:maven-googleandroid" << "google-android-store";
    QTest::newRow("gradle") << "public:maven-gradleplugins" << "gradle-plugins-store";
    QTest::newRow("commonsware") << "public:maven-commonsware" << "commonsware-store";
    QTest::newRow("clojars") << "public:maven-clojars" << "clojars-store";
    QTest::newRow("nuget") << "public:nuget-org" << "nuget-store";
    QTest::newRow("ruby") << "public:ruby-gems-org" << "rubygems-store";
    QTest::newRow("cargo") << "public:crates-io" << "cargo-store";
    QTest::newRow("newer than this build") << "public:swift-registry" << "swift-registry-store";
}

void TestConnectionPlan::shouldNameTheStoreAsTheConsoleDoes()
{
    QFETCH(QString, connection);
    QFETCH(QString, store);
    QCOMPARE(ConnectionPlan::consoleStoreName(connection), store);
}

void TestConnectionPlan::shouldPickAFreeNameWhenTheStoreNameIsTaken()
{
    // npm-store exists but holds something else (no npm connection): the plan creates npm-store-2.
    const QList<RepositoryDescription> domain{repo(QStringLiteral("npm-store")), repo(QStringLiteral("app"))};
    const ConnectionPlan plan = ConnectionPlan::throughStore(domain.at(1), domain, QStringLiteral("public:npmjs"));
    QCOMPARE(plan.store, QStringLiteral("npm-store-2"));
    QVERIFY(!plan.storeExists);
    QCOMPARE(ConnectionPlan::freeName(QStringLiteral("npm-store"),
                                      {QStringLiteral("npm-store"), QStringLiteral("npm-store-2")}),
             QStringLiteral("npm-store-3"));
    // The admin's own name wins.
    const ConnectionPlan named =
        ConnectionPlan::throughStore(domain.at(1), domain, QStringLiteral("public:npmjs"), QStringLiteral("npm-proxy"));
    QCOMPARE(named.store, QStringLiteral("npm-proxy"));
    QCOMPARE(named.steps.first().request().input.string(QStringLiteral("repository")), QStringLiteral("npm-proxy"));
}

void TestConnectionPlan::shouldAddAnExistingStoreLastInTheSearchOrder()
{
    const QList<RepositoryDescription> domain{
        repo(QStringLiteral("proxy-of-npm"), QStringLiteral("public:npmjs")),
        repo(QStringLiteral("app"), {}, {QStringLiteral("shared"), QStringLiteral("libs")})};
    const ConnectionPlan plan = ConnectionPlan::throughStore(domain.at(1), domain, QStringLiteral("public:npmjs"));
    QVERIFY(plan.storeExists);
    QCOMPARE(plan.store, QStringLiteral("proxy-of-npm"));
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps.first().kind, Kind::AddUpstream);
    const AwsRequest update = plan.steps.first().request();
    QCOMPARE(update.operation, QStringLiteral("UpdateRepository"));
    QCOMPARE(OperationInput::upstreamNames(update.input.value(QStringLiteral("upstreams"))),
             (QStringList{QStringLiteral("shared"), QStringLiteral("libs"), QStringLiteral("proxy-of-npm")}));
    QCOMPARE(plan.storePosition(), 3);
    QVERIFY2(plan.steps.first().description().contains(QLatin1String("position 3 of 3")),
             qPrintable(plan.steps.first().description()));
    QVERIFY(plan.steps.first().description().contains(QLatin1String("shared, libs")));
}

void TestConnectionPlan::shouldCreateAndConnectAStoreWhenNoneHasTheConnection()
{
    const QList<RepositoryDescription> domain{repo(QStringLiteral("pypi-store"), QStringLiteral("public:pypi")),
                                              repo(QStringLiteral("app"), {}, {QStringLiteral("pypi-store")})};
    const ConnectionPlan plan = ConnectionPlan::throughStore(domain.at(1), domain, QStringLiteral("public:npmjs"));
    QCOMPARE(plan.store, QStringLiteral("npm-store"));
    QCOMPARE(plan.steps.size(), 3);
    const QList<AwsRequest> requests = plan.requests();
    QCOMPARE(requests.at(0).operation, QStringLiteral("CreateRepository"));
    QCOMPARE(requests.at(0).input.string(QStringLiteral("repository")), QStringLiteral("npm-store"));
    QVERIFY(!requests.at(0).input.has(QStringLiteral("upstreams")));
    QCOMPARE(requests.at(1).operation, QStringLiteral("AssociateExternalConnection"));
    QCOMPARE(requests.at(1).input.string(QStringLiteral("repository")), QStringLiteral("npm-store"));
    QCOMPARE(requests.at(1).input.string(QStringLiteral("externalConnection")), QStringLiteral("public:npmjs"));
    QCOMPARE(requests.at(2).operation, QStringLiteral("UpdateRepository"));
    QCOMPARE(requests.at(2).input.string(QStringLiteral("repository")), QStringLiteral("app"));
    QCOMPARE(OperationInput::upstreamNames(requests.at(2).input.value(QStringLiteral("upstreams"))),
             (QStringList{QStringLiteral("pypi-store"), QStringLiteral("npm-store")}));
    // The repository itself never counts as "the store", even when it has the connection.
    const QList<RepositoryDescription> self{repo(QStringLiteral("app"), QStringLiteral("public:npmjs"))};
    QCOMPARE(ConnectionPlan::throughStore(self.first(), self, QStringLiteral("public:npmjs")).store,
             QStringLiteral("npm-store"));
}

void TestConnectionPlan::shouldOfferDirectFirstOnlyForABareRepository()
{
    QCOMPARE(ConnectionPlan::defaultRoute(repo(QStringLiteral("bare"))), ConnectionPlan::Route::Direct);
    QCOMPARE(ConnectionPlan::defaultRoute(repo(QStringLiteral("team"), {}, {QStringLiteral("x")})),
             ConnectionPlan::Route::ThroughStore);
    // A store itself (a connection, no upstreams): directly, where replacing its connection is offered.
    QCOMPARE(ConnectionPlan::defaultRoute(repo(QStringLiteral("proxy"), QStringLiteral("public:pypi"))),
             ConnectionPlan::Route::Direct);
    const ConnectionPlan direct = ConnectionPlan::direct(repo(QStringLiteral("team"), {}, {QStringLiteral("x")}),
                                                         QStringLiteral("public:npmjs"));
    QCOMPARE(direct.steps.size(), 1);
    QCOMPARE(direct.requests().first().operation, QStringLiteral("AssociateExternalConnection"));
    QCOMPARE(direct.requests().first().input.string(QStringLiteral("repository")), QStringLiteral("team"));
}

void TestConnectionPlan::shouldCopyThePlanAsOneCommandPerStep()
{
    const QList<RepositoryDescription> domain{repo(QStringLiteral("app"), {}, {QStringLiteral("a")})};
    const ConnectionPlan plan = ConnectionPlan::throughStore(domain.first(), domain, QStringLiteral("public:npmjs"));
    const QString script = plan.cliScript(QStringLiteral("us-east-1"));
    QVERIFY2(script.contains(QLatin1String("aws codeartifact create-repository --domain d --domain-owner 111122223333 "
                                           "--repository npm-store")),
             qPrintable(script));
    QVERIFY(script.contains(QLatin1String("aws codeartifact associate-external-connection")));
    QVERIFY2(script.contains(QLatin1String("--upstreams repositoryName=a repositoryName=npm-store")), qPrintable(script));
    const qsizetype create = script.indexOf(QLatin1String("create-repository"));
    const qsizetype associate = script.indexOf(QLatin1String("associate-external-connection"));
    const qsizetype update = script.indexOf(QLatin1String("update-repository"));
    QVERIFY(create < associate && associate < update);
}

void TestConnectionPlan::shouldShowStepsInAModel()
{
    ConnectionPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<RepositoryDescription> domain{repo(QStringLiteral("app"))};
    ConnectionPlan plan = ConnectionPlan::throughStore(domain.first(), domain, QStringLiteral("public:pypi"));
    model.setCliContext(QStringLiteral("us-east-1"), {}, {});
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0, ConnectionPlanModel::StepColumn).data().toString().contains(QLatin1String("pypi-store")));
    QVERIFY(model.index(2, ConnectionPlanModel::CliColumn).data().toString().startsWith(
        QLatin1String("aws codeartifact update-repository")));
    plan.steps[1].state = State::Failed;
    plan.steps[1].error = AwsError(AwsError::Kind::Server, QStringLiteral("boom"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPlan(plan);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, 0).data(ConnectionPlanModel::StateRole).toInt(), int(State::Failed));
    QVERIFY(model.index(1, ConnectionPlanModel::StateColumn).data().toString().startsWith(model.tr("Failed")));
}

void TestConnectionPlan::shouldConnectThroughANewStore()
{
    // acme-staging has npm and pypi stores; nothing there connects to crates.io.
    const RepositoryDescription apps = m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    const QStringList before = apps.upstreamNames();
    QVERIFY(!before.isEmpty());
    const ConnectionPlan plan = ConnectionPlan::throughStore(apps, m_fx.domainRepositories(QStringLiteral("acme-staging")),
                                                             QStringLiteral("public:crates-io"));
    QCOMPARE(plan.store, QStringLiteral("cargo-store"));
    auto *job = new ConnectionPlanJob(m_fx.client.get(), plan);
    QSignalSpy changed(job, &ConnectionPlanJob::repositoryChanged);
    QVERIFY(runToEnd(job));
    QVERIFY2(!job->error(), qPrintable(job->error().details()));
    QCOMPARE(states(job->plan()), (QList<State>{State::Done, State::Done, State::Done}));
    const RepositoryDescription store = m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("cargo-store"));
    QVERIFY(store.hasExternalConnection(QStringLiteral("public:crates-io")));
    QVERIFY(store.upstreams.isEmpty());
    const RepositoryDescription after = m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    QCOMPARE(after.upstreamNames(), QStringList(before) << QStringLiteral("cargo-store"));
    // Every answer describes a repository the window can show; the last one is R as it is now.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<RepositoryDescription>(), after);
    QCOMPARE(m_fx.mutations(), 3);
    delete job;
}

void TestConnectionPlan::shouldConnectThroughAnExistingStore()
{
    // acme-prod has npm-store already; data-science uses pypi-store only.
    const RepositoryDescription team = m_fx.describe(QStringLiteral("acme-prod"), QStringLiteral("data-science"));
    const ConnectionPlan plan = ConnectionPlan::throughStore(team, m_fx.domainRepositories(QStringLiteral("acme-prod")),
                                                             QStringLiteral("public:npmjs"));
    QVERIFY(plan.storeExists);
    QCOMPARE(plan.store, QStringLiteral("npm-store"));
    const int repositoriesBefore = int(m_fx.sandboxDomain(QStringLiteral("acme-prod")).repositories.size());
    auto *job = new ConnectionPlanJob(m_fx.client.get(), plan);
    QVERIFY(runToEnd(job));
    QVERIFY2(!job->error(), qPrintable(job->error().details()));
    QCOMPARE(states(job->plan()), QList<State>{State::Done});
    const RepositoryDescription after = m_fx.describe(QStringLiteral("acme-prod"), QStringLiteral("data-science"));
    QCOMPARE(after.upstreams.size(), team.upstreams.size() + 1);
    QCOMPARE(after.upstreams.last().repositoryName, QStringLiteral("npm-store"));
    QCOMPARE(int(m_fx.sandboxDomain(QStringLiteral("acme-prod")).repositories.size()), repositoriesBefore);
    QCOMPARE(m_fx.mutations(), 1);
    delete job;
}

void TestConnectionPlan::shouldConnectDirectly()
{
    const RepositoryDescription scratch = m_fx.describe(QStringLiteral("acme-experiments"), QStringLiteral("scratch"));
    QVERIFY(scratch.externalConnections.isEmpty());
    auto *job = new ConnectionPlanJob(m_fx.client.get(), ConnectionPlan::direct(scratch, QStringLiteral("public:pypi")));
    QVERIFY(runToEnd(job));
    QVERIFY2(!job->error(), qPrintable(job->error().details()));
    QCOMPARE(states(job->plan()), QList<State>{State::Done});
    QVERIFY(m_fx.describe(QStringLiteral("acme-experiments"), QStringLiteral("scratch"))
                .hasExternalConnection(QStringLiteral("public:pypi")));
    delete job;
}

void TestConnectionPlan::shouldSkipEverythingWhenThePlanRunsTwice()
{
    const RepositoryDescription apps = m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    const ConnectionPlan plan = ConnectionPlan::throughStore(apps, m_fx.domainRepositories(QStringLiteral("acme-staging")),
                                                             QStringLiteral("public:crates-io"));
    auto *first = new ConnectionPlanJob(m_fx.client.get(), plan);
    QVERIFY(runToEnd(first));
    QVERIFY(!first->error());
    delete first;
    const SandboxDomain afterFirst = m_fx.sandboxDomain(QStringLiteral("acme-staging"));
    const int mutationsAfterFirst = m_fx.mutations();

    // The same plan again (as shown before the first run): every step finds its change made.
    auto *second = new ConnectionPlanJob(m_fx.client.get(), plan);
    QVERIFY(runToEnd(second));
    QVERIFY2(!second->error(), qPrintable(second->error().details()));
    QCOMPARE(states(second->plan()), (QList<State>{State::Skipped, State::Skipped, State::Skipped}));
    QCOMPARE(m_fx.mutations(), mutationsAfterFirst);
    QCOMPARE(m_fx.sandboxDomain(QStringLiteral("acme-staging")), afterFirst);
    // Nothing of a skipped step is the plan's to undo.
    QVERIFY(!second->plan().canUndo());
    delete second;
}

void TestConnectionPlan::shouldStopAtAFailedSecondStepAndResumeToCompletion()
{
    useProxy();
    const RepositoryDescription apps = m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    const ConnectionPlan plan = ConnectionPlan::throughStore(apps, m_fx.domainRepositories(QStringLiteral("acme-staging")),
                                                             QStringLiteral("public:crates-io"));
    // The associate answers 500: the service may or may not have made the change, so the job
    // re-reads the store (it has no connection: not done) and the plan stops there.
    m_proxy->failNext(QStringLiteral("AssociateExternalConnection"),
                      AwsError(AwsError::Kind::Server, QStringLiteral("We encountered an internal error."))
                          .setCode(QStringLiteral("InternalServerException"))
                          .setHttpStatus(500));
    auto *job = new ConnectionPlanJob(m_fx.client.get(), plan);
    QSignalSpy steps(job, &ConnectionPlanJob::stepChanged);
    QVERIFY(runToEnd(job));
    QCOMPARE(m_proxy->failed(), 1);
    QVERIFY(job->error());
    QCOMPARE(job->error().httpStatus(), 500);
    const ConnectionPlan stopped = job->plan();
    QCOMPARE(states(stopped), (QList<State>{State::Done, State::Failed, State::Pending}));
    QCOMPARE(stopped.nextStep(), 1);
    QVERIFY(stopped.canUndo());
    // What was done and what was not, in words.
    const QString summary = stopped.summary();
    QVERIFY2(summary.indexOf(QLatin1String("Create repository cargo-store")) < summary.indexOf(QLatin1String("Not done:")),
             qPrintable(summary));
    QVERIFY(summary.indexOf(QLatin1String("Associate public:crates-io")) > summary.indexOf(QLatin1String("Not done:")));
    QVERIFY(!steps.isEmpty());
    // The sandbox agrees: the store exists, bare; staging-apps is as it was.
    const RepositoryDescription store = m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("cargo-store"));
    QCOMPARE(store.name, QStringLiteral("cargo-store"));
    QVERIFY(store.externalConnections.isEmpty());
    QCOMPARE(m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("staging-apps")).upstreams, apps.upstreams);
    delete job;

    // Resume: from the failed step; the created store is not created again.
    const int creates = int(std::count_if(m_fx.records.begin(), m_fx.records.end(),
                                          [](const RequestRecord &r) { return r.operation == QLatin1String("CreateRepository"); }));
    auto *resume = new ConnectionPlanJob(m_fx.client.get(), stopped);
    QVERIFY(runToEnd(resume));
    QVERIFY2(!resume->error(), qPrintable(resume->error().details()));
    QCOMPARE(states(resume->plan()), (QList<State>{State::Done, State::Done, State::Done}));
    QCOMPARE(int(std::count_if(m_fx.records.begin(), m_fx.records.end(),
                               [](const RequestRecord &r) { return r.operation == QLatin1String("CreateRepository"); })),
             creates);
    QVERIFY(m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("cargo-store"))
                .hasExternalConnection(QStringLiteral("public:crates-io")));
    QCOMPARE(m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("staging-apps")).upstreams.last().repositoryName,
             QStringLiteral("cargo-store"));
    delete resume;
}

void TestConnectionPlan::shouldUndoAfterAFailureAndLeaveTheDomainAsBefore()
{
    useProxy();
    const SandboxDomain before = m_fx.sandboxDomain(QStringLiteral("acme-staging"));
    const RepositoryDescription apps = m_fx.describe(QStringLiteral("acme-staging"), QStringLiteral("staging-apps"));
    const ConnectionPlan plan = ConnectionPlan::throughStore(apps, m_fx.domainRepositories(QStringLiteral("acme-staging")),
                                                             QStringLiteral("public:crates-io"));
    m_proxy->failNext(QStringLiteral("AssociateExternalConnection"),
                      AwsError(AwsError::Kind::AccessDenied, QStringLiteral("not authorized"))
                          .setCode(QStringLiteral("AccessDeniedException"))
                          .setHttpStatus(403));
    auto *job = new ConnectionPlanJob(m_fx.client.get(), plan);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error().kind(), AwsError::Kind::AccessDenied);
    const ConnectionPlan stopped = job->plan();
    delete job;
    QVERIFY(m_fx.sandboxDomain(QStringLiteral("acme-staging")) != before);

    auto *undo = new ConnectionPlanJob(m_fx.client.get(), stopped, ConnectionPlanJob::Mode::Undo);
    QSignalSpy deleted(undo, &ConnectionPlanJob::repositoryDeleted);
    QVERIFY(runToEnd(undo));
    QVERIFY2(!undo->error(), qPrintable(undo->error().details()));
    // Reverted, and ready to run again: the failure is history.
    QCOMPARE(states(undo->plan()), (QList<State>{State::Undone, State::Pending, State::Pending}));
    QVERIFY(!undo->plan().canUndo());
    QVERIFY(!undo->plan().hasFailed());
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().first().value<RepositoryRef>().repository, QStringLiteral("cargo-store"));
    QCOMPARE(m_fx.sandboxDomain(QStringLiteral("acme-staging")), before);
    delete undo;
}

void TestConnectionPlan::shouldUndoASuccessfulPlanButNotWhatExistedBefore()
{
    // Through acme-prod's existing npm-store: Undo takes npm-store out of data-science's
    // upstreams and leaves npm-store, which the plan did not create, as it is.
    const SandboxDomain before = m_fx.sandboxDomain(QStringLiteral("acme-prod"));
    const RepositoryDescription team = m_fx.describe(QStringLiteral("acme-prod"), QStringLiteral("data-science"));
    const ConnectionPlan plan = ConnectionPlan::throughStore(team, m_fx.domainRepositories(QStringLiteral("acme-prod")),
                                                             QStringLiteral("public:npmjs"));
    auto *job = new ConnectionPlanJob(m_fx.client.get(), plan);
    QVERIFY(runToEnd(job));
    QVERIFY(!job->error());
    const ConnectionPlan done = job->plan();
    delete job;
    auto *undo = new ConnectionPlanJob(m_fx.client.get(), done, ConnectionPlanJob::Mode::Undo);
    QSignalSpy deleted(undo, &ConnectionPlanJob::repositoryDeleted);
    QVERIFY(runToEnd(undo));
    QVERIFY2(!undo->error(), qPrintable(undo->error().details()));
    QCOMPARE(deleted.size(), 0);
    QCOMPARE(m_fx.sandboxDomain(QStringLiteral("acme-prod")), before);
    delete undo;
}

void TestConnectionPlan::shouldSendTheRequestTheServiceRefusesAndReportItsAnswer()
{
    // Directly on a repository with upstreams: the app does not refuse it; the service's answer
    // (whatever its rule) is what the step reports.
    const RepositoryDescription team = m_fx.describe(QStringLiteral("acme-prod"), QStringLiteral("data-science"));
    QVERIFY(!team.upstreams.isEmpty());
    auto *job = new ConnectionPlanJob(m_fx.client.get(), ConnectionPlan::direct(team, QStringLiteral("public:npmjs")));
    QVERIFY(runToEnd(job));
    QCOMPARE(std::count_if(m_fx.records.begin(), m_fx.records.end(),
                           [](const RequestRecord &r) { return r.operation == QLatin1String("AssociateExternalConnection"); }),
             1);
    const bool connected = m_fx.describe(QStringLiteral("acme-prod"), QStringLiteral("data-science"))
                               .hasExternalConnection(QStringLiteral("public:npmjs"));
    if (job->error()) {
        QCOMPARE(job->plan().steps.first().state, State::Failed);
        QCOMPARE(job->plan().steps.first().error.code(), job->error().code());
        QVERIFY(!connected);
    } else {
        QCOMPARE(job->plan().steps.first().state, State::Done);
        QVERIFY(connected);
    }
    delete job;
}

QTEST_GUILESS_MAIN(TestConnectionPlan)
#include "tst_connectionplan.moc"
