// Connecting many repositories to one public registry at once (issue 10's batch): the builder
// (one store row per domain, one row per repository), and ConnectionBatchJob against the
// in-process sandbox over real HTTP: twenty repositories through one new store with at most four
// requests in flight, two refused by the service and retried after the admin made room, a batch
// run twice, a store that could not be created, and Cancel followed by Retry.

#include "controllers/connectionbatch.h"
#include "controllers/connectionbatchjob.h"
#include "controllers/connectionbatchmodel.h"

#include "api/codeartifactclient.h"
#include "api/repositoryjobs.h"

#include "sandboxfaultproxy.h"
#include "sandboxclientfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using State = ConnectionBatch::State;
using Kind = ConnectionPlanStep::Kind;

namespace {

const QString kNpm = QStringLiteral("public:npmjs");

RepositoryDescription repo(const QString &domain, const QString &name, const QString &connection = {},
                           const QStringList &upstreams = {})
{
    RepositoryDescription r;
    r.name = name;
    r.domainName = domain;
    r.domainOwner = QStringLiteral("111122223333");
    if (!connection.isEmpty())
        r.externalConnections.append({connection, QStringLiteral("npm"), QStringLiteral("Available")});
    for (const QString &u : upstreams)
        r.upstreams.append({u});
    return r;
}

QString team(int i)
{
    return QStringLiteral("team-%1").arg(i, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestConnectionBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    // The builder
    void shouldPlanOneStorePerDomainAndOneRowPerRepository();
    void shouldPlanEveryRepositoryDirectlyWhenAskedTo();
    void shouldCopyTheBatchAsOneScript();
    void shouldShowTheRowsInAModel();

    // The runner against the sandbox
    void shouldConnectTwentyThroughOneNewStoreWithAtMostFourInFlight();
    void shouldSendNoChangeWhenTheBatchRunsTwice();
    void shouldUseEachDomainsOwnStoreAcrossDomains();
    void shouldFailTheDomainsRowsWhenItsStoreCannotBeCreated();
    void shouldCancelAndRetryWhatWasNotDone();

private:
    RepositoryDescription describe(const QString &repository) const;
    ConnectionBatch teamsBatch(int teams) const;
    // Runs a job on `batch` to its end; the batch as it ended.
    ConnectionBatch run(const ConnectionBatch &batch, int *peakPending = nullptr);

    QTemporaryDir m_dir;
    test::SandboxClientFixture m_fx;
    std::unique_ptr<test::SandboxFaultProxy> m_proxy;
};

void TestConnectionBatch::init()
{
    const QString stateFile = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".json"));
    QFile::remove(stateFile);
    // A second domain whose repositories already reach npm through their upstream `shared`.
    SandboxDomain other = test::teamsDomain(QStringLiteral("other"), 3);
    other.repositories[QStringLiteral("shared")].externalConnection = kNpm;
    const QString error = test::writeSandboxState(
        stateFile, {test::teamsDomain(QStringLiteral("batch"), 20, {QStringLiteral("team-07"), QStringLiteral("team-13")}), other});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SandboxConfig config;
    config.stateFile = stateFile;
    const QString started = m_fx.start(config);
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TestConnectionBatch::cleanup()
{
    m_fx.client.reset();
    m_proxy.reset();
    m_fx.stop();
}

RepositoryDescription TestConnectionBatch::describe(const QString &repository) const
{
    return m_fx.describe(QStringLiteral("batch"), repository);
}

ConnectionBatch TestConnectionBatch::teamsBatch(int teams) const
{
    const QList<RepositoryDescription> domain = m_fx.domainRepositories(QStringLiteral("batch"));
    QList<RepositoryDescription> selected;
    for (int i = 1; i <= teams; ++i)
        selected << describe(team(i));
    QHash<QString, QList<RepositoryDescription>> known;
    known.insert(ConnectionBatch::domainKey({QStringLiteral("batch"), SandboxConfig::defaultAccount()}), domain);
    return ConnectionBatch::build(selected, known, kNpm, ConnectionPlan::Route::ThroughStore);
}

ConnectionBatch TestConnectionBatch::run(const ConnectionBatch &batch, int *peakPending)
{
    auto *job = new ConnectionBatchJob(m_fx.client.get(), batch);
    job->setAutoDelete(false);
    int peak = 0;
    connect(m_fx.client.get(), &CodeArtifactClient::pendingRequestsChanged, job,
            [&peak](int pending) { peak = std::max(peak, pending); });
    QSignalSpy done(job, &Job::finished);
    job->start();
    if (!done.wait(60000) && done.isEmpty()) {
        qWarning("the batch did not end");
        delete job;
        return batch;
    }
    [&] { QVERIFY2(!job->error(), qPrintable(job->error().userMessage())); }();
    if (peakPending)
        *peakPending = peak;
    const ConnectionBatch out = job->batch();
    delete job;
    return out;
}

void TestConnectionBatch::shouldPlanOneStorePerDomainAndOneRowPerRepository()
{
    const RepositoryDescription ax = repo(QStringLiteral("a"), QStringLiteral("x"), {}, {QStringLiteral("libs")});
    const RepositoryDescription ay = repo(QStringLiteral("a"), QStringLiteral("y"));
    const RepositoryDescription bz = repo(QStringLiteral("b"), QStringLiteral("z"), {}, {QStringLiteral("libs")});
    const RepositoryDescription bProxy = repo(QStringLiteral("b"), QStringLiteral("npm-proxy"), kNpm);
    QHash<QString, QList<RepositoryDescription>> known;
    known.insert(ConnectionBatch::domainKey({QStringLiteral("a"), ax.domainOwner}), {ax, ay, repo(QStringLiteral("a"), QStringLiteral("npm-store"))});
    known.insert(ConnectionBatch::domainKey({QStringLiteral("b"), bz.domainOwner}), {bz, bProxy});

    const ConnectionBatch batch = ConnectionBatch::build({ax, ay, bz, ax, bProxy}, known, kNpm, ConnectionPlan::Route::ThroughStore);
    QCOMPARE(batch.rows.size(), 5);   // a's store, x, y, z, npm-proxy: x only once
    QCOMPARE(batch.repositoryCount(), 4);
    const ConnectionBatch::Row &store = batch.rows.at(0);
    QVERIFY(store.isStore);
    // npm-store is taken in a by a repository without the connection: the free name.
    QCOMPARE(store.repository.repository, QStringLiteral("npm-store-2"));
    QCOMPARE(store.plan.steps.size(), 2);
    QCOMPARE(store.plan.steps.at(0).kind, Kind::CreateStore);
    QCOMPARE(store.plan.steps.at(1).kind, Kind::AssociateStore);
    for (int i : {1, 2}) {
        QCOMPARE(batch.rows.at(i).storeRow, 0);
        QCOMPARE(batch.rows.at(i).plan.steps.size(), 1);
        QCOMPARE(batch.rows.at(i).plan.steps.first().kind, Kind::AddUpstream);
        QCOMPARE(batch.rows.at(i).plan.store, QStringLiteral("npm-store-2"));
    }
    QCOMPARE(batch.rows.at(1).plan.steps.first().request().input.value(QStringLiteral("upstreams")),
             OperationInput::upstreamsValue({QStringLiteral("libs"), QStringLiteral("npm-store-2")}));
    // b has a store: z adds it and waits for nothing.
    QCOMPARE(batch.rows.at(3).repository.repository, QStringLiteral("z"));
    QCOMPARE(batch.rows.at(3).storeRow, -1);
    QCOMPARE(batch.rows.at(3).plan.store, QStringLiteral("npm-proxy"));
    // The store itself, selected too, is connected directly (its associate will find it there).
    QCOMPARE(batch.rows.at(4).plan.steps.size(), 1);
    QCOMPARE(batch.rows.at(4).plan.steps.first().kind, Kind::AssociateDirect);

    const QList<AwsRequest> calls = batch.requests();
    QStringList operations;
    for (const AwsRequest &r : calls)
        operations << r.operation;
    QCOMPARE(operations.join(u' '), QStringLiteral("CreateRepository AssociateExternalConnection UpdateRepository "
                                                   "UpdateRepository UpdateRepository AssociateExternalConnection"));
}

void TestConnectionBatch::shouldPlanEveryRepositoryDirectlyWhenAskedTo()
{
    const RepositoryDescription ax = repo(QStringLiteral("a"), QStringLiteral("x"), {}, {QStringLiteral("libs")});
    const RepositoryDescription by = repo(QStringLiteral("b"), QStringLiteral("y"));
    const ConnectionBatch batch = ConnectionBatch::build({ax, by}, {}, kNpm, ConnectionPlan::Route::Direct);
    QCOMPARE(batch.rows.size(), 2);
    for (const ConnectionBatch::Row &row : batch.rows) {
        QVERIFY(!row.isStore);
        QCOMPARE(row.plan.steps.size(), 1);
        QCOMPARE(row.plan.steps.first().kind, Kind::AssociateDirect);
    }
}

void TestConnectionBatch::shouldCopyTheBatchAsOneScript()
{
    const ConnectionBatch batch = teamsBatch(3);
    const QString script = batch.cliScript(QStringLiteral("us-west-2"), QStringLiteral("http://127.0.0.1:1"),
                                           QStringLiteral("--profile admin"));
    const QStringList lines = script.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);   // a comment, set -e, create, associate, three updates
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("# Connect 3 repositories to public:npmjs")), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("set -e"));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("aws codeartifact create-repository --domain batch")));
    QVERIFY(lines.at(2).contains(QStringLiteral("--repository npm-store")));
    QVERIFY(lines.at(3).contains(QStringLiteral("associate-external-connection")));
    QVERIFY(lines.at(3).contains(QStringLiteral("--external-connection public:npmjs")));
    for (int i = 4; i < 7; ++i) {
        QVERIFY2(lines.at(i).contains(QStringLiteral("update-repository --domain batch")), qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).contains(QStringLiteral("--upstreams repositoryName=shared repositoryName=npm-store")),
                 qPrintable(lines.at(i)));
        QVERIFY(lines.at(i).endsWith(QStringLiteral("--region us-west-2 --endpoint-url http://127.0.0.1:1 --profile admin")));
    }
}

void TestConnectionBatch::shouldShowTheRowsInAModel()
{
    ConnectionBatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionBatch batch = teamsBatch(2);
    model.setBatch(batch);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ConnectionBatchModel::RepositoryColumn).data().toString(), QStringLiteral("npm-store (new store)"));
    QCOMPARE(model.index(1, ConnectionBatchModel::RepositoryColumn).data().toString(), team(1));
    QCOMPARE(model.index(1, ConnectionBatchModel::DomainColumn).data().toString(), QStringLiteral("batch"));
    QCOMPARE(model.index(1, ConnectionBatchModel::StateColumn).data().toString(), QStringLiteral("Pending"));
    // Before it runs, the row says what it will do.
    QVERIFY(model.index(1, ConnectionBatchModel::DetailsColumn).data().toString().startsWith(
        QStringLiteral("Add npm-store as an upstream of team-01")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ConnectionBatch::Row failed = batch.rows.at(2);
    failed.state = State::Failed;
    failed.error = AwsError(AwsError::Kind::QuotaExceeded, QStringLiteral("At most 10 upstreams"))
                       .setCode(QStringLiteral("ServiceQuotaExceededException"))
                       .setHttpStatus(402);
    failed.note = failed.error.userMessage();
    model.updateRow(2, failed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(2, ConnectionBatchModel::StateColumn).data().toString(),
             QStringLiteral("Failed: ServiceQuotaExceededException"));
    QCOMPARE(model.index(2, ConnectionBatchModel::StateColumn).data(ConnectionBatchModel::StateRole).toInt(), int(State::Failed));
    QVERIFY(model.index(2, ConnectionBatchModel::DetailsColumn).data().toString().contains(QStringLiteral("At most 10 upstreams")));
}

void TestConnectionBatch::shouldConnectTwentyThroughOneNewStoreWithAtMostFourInFlight()
{
    int peak = 0;
    const ConnectionBatch ran = run(teamsBatch(20), &peak);
    QVERIFY2(peak <= 4, qPrintable(QString::number(peak)));
    QVERIFY2(peak >= 2, "the rows ran one at a time");
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("CreateRepository")), 1);
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("AssociateExternalConnection")), 1);
    QCOMPARE(ran.rows.at(0).state, State::Done);
    QCOMPARE(ran.count(State::Done), 18);
    QCOMPARE(ran.count(State::Failed), 2);
    QVERIFY(ran.isFinished());
    QVERIFY(describe(QStringLiteral("npm-store")).hasExternalConnection(kNpm));
    for (int i = 1; i <= 20; ++i) {
        const ConnectionBatch::Row &row = ran.rows.at(i);
        QCOMPARE(row.repository.repository, team(i));
        const QStringList upstreams = describe(team(i)).upstreamNames();
        if (i == 7 || i == 13) {
            QCOMPARE(row.state, State::Failed);
            QCOMPARE(row.error.code(), QStringLiteral("ServiceQuotaExceededException"));
            QVERIFY2(row.note.contains(QStringLiteral("at most 10 upstream")), qPrintable(row.note));
            QCOMPARE(upstreams.size(), 10);
            QVERIFY(!upstreams.contains(QStringLiteral("npm-store")));
        } else {
            QCOMPARE(row.state, State::Done);
            QCOMPARE(upstreams, (QStringList{QStringLiteral("shared"), QStringLiteral("npm-store")}));
            QVERIFY2(row.note.contains(QStringLiteral("position 2 of 2")), qPrintable(row.note));
        }
    }
    QVERIFY(ran.hasRetryable());
    QVERIFY2(ran.summary().contains(QStringLiteral("18 connected, 2 failed")), qPrintable(ran.summary()));

    // The admin makes room in the two, then retries the failed rows: only they send a change.
    for (const QString &name : {team(7), team(13)}) {
        QStringList upstreams = describe(name).upstreamNames();
        upstreams.removeLast();
        auto *update = new UpdateRepositoryJob(m_fx.client.get(), {QStringLiteral("batch"), SandboxConfig::defaultAccount(), name},
                                               std::nullopt, upstreams);
        QSignalSpy done(update, &Job::finished);
        update->start();
        QVERIFY(done.wait(10000));
    }
    const int before = m_fx.mutations();
    const ConnectionBatch retried = run(ran);
    QCOMPARE(m_fx.mutations() - before, 2);
    QCOMPARE(retried.count(State::Done), 20);
    QVERIFY(!retried.hasRetryable());
    QCOMPARE(describe(team(7)).upstreamNames().last(), QStringLiteral("npm-store"));
    QCOMPARE(describe(team(13)).upstreamNames().last(), QStringLiteral("npm-store"));
}

void TestConnectionBatch::shouldSendNoChangeWhenTheBatchRunsTwice()
{
    const ConnectionBatch first = run(teamsBatch(5));
    QCOMPARE(first.count(State::Done), 5);
    // Planned again from what is true now: the store exists, every row finds itself connected.
    const int before = m_fx.mutations();
    const ConnectionBatch again = run(teamsBatch(5));
    QCOMPARE(m_fx.mutations(), before);
    QCOMPARE(again.rows.size(), 5);
    QCOMPARE(again.count(State::AlreadyConnected), 5);
    QVERIFY2(again.rows.first().note.contains(QStringLiteral("already uses npm-store")), qPrintable(again.rows.first().note));
    // The same batch object once more (everything settled): nothing is sent at all.
    const int requests = int(m_fx.records.size());
    const ConnectionBatch third = run(again);
    QCOMPARE(int(m_fx.records.size()), requests);
    QCOMPARE(third.count(State::AlreadyConnected), 5);
}

void TestConnectionBatch::shouldUseEachDomainsOwnStoreAcrossDomains()
{
    const QString caller = SandboxConfig::defaultAccount();
    QList<RepositoryDescription> selected;
    QHash<QString, QList<RepositoryDescription>> known;
    for (const QString &domain : {QStringLiteral("batch"), QStringLiteral("other")}) {
        known.insert(ConnectionBatch::domainKey({domain, caller}), m_fx.domainRepositories(domain));
        for (int i = 1; i <= 3; ++i)
            selected << m_fx.server->state().describeRepository(caller, domain, caller, team(i)).value;
    }
    const ConnectionBatch batch = ConnectionBatch::build(selected, known, kNpm, ConnectionPlan::Route::ThroughStore);
    // batch gets a new store; other already has one (shared), which its teams use already.
    QCOMPARE(batch.rows.size(), 7);
    QCOMPARE(batch.rows.at(0).repository.domain, QStringLiteral("batch"));
    QVERIFY(batch.rows.at(0).isStore);
    QCOMPARE(batch.rows.at(4).plan.store, QStringLiteral("shared"));
    const ConnectionBatch ran = run(batch);
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(ran.rows.at(i).state, State::Done);
        QCOMPARE(ran.rows.at(i + 3).repository.domain, QStringLiteral("other"));
        QCOMPARE(ran.rows.at(i + 3).state, State::AlreadyConnected);
    }
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("CreateRepository")), 1);
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("UpdateRepository")), 3);
    QCOMPARE(m_fx.server->state().describeRepository(caller, QStringLiteral("other"), caller, team(1)).value.upstreamNames(),
             QStringList{QStringLiteral("shared")});
    QVERIFY2(ran.summary().contains(QStringLiteral("3 connected, 3 already connected")), qPrintable(ran.summary()));
}

void TestConnectionBatch::shouldFailTheDomainsRowsWhenItsStoreCannotBeCreated()
{
    m_proxy = std::make_unique<test::SandboxFaultProxy>(m_fx.server.get());
    m_fx.client->setEndpointOverride(m_proxy->url().toString());
    m_proxy->failNext(QStringLiteral("CreateRepository"),
                      AwsError(AwsError::Kind::AccessDenied, QStringLiteral("not allowed to create repositories"))
                          .setCode(QStringLiteral("AccessDeniedException"))
                          .setHttpStatus(403));
    const ConnectionBatch ran = run(teamsBatch(6));
    QCOMPARE(ran.rows.at(0).state, State::Failed);
    QCOMPARE(ran.count(State::Failed), 6);
    for (int i = 1; i <= 6; ++i) {
        QVERIFY2(ran.rows.at(i).note.startsWith(QStringLiteral("Store repository npm-store could not be set up")),
                 qPrintable(ran.rows.at(i).note));
        QCOMPARE(ran.rows.at(i).error.code(), QStringLiteral("AccessDeniedException"));
    }
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("UpdateRepository")), 0);
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("AssociateExternalConnection")), 0);

    const ConnectionBatch retried = run(ran);
    QCOMPARE(retried.rows.at(0).state, State::Done);
    QCOMPARE(retried.count(State::Done), 6);
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("UpdateRepository")), 6);
}

void TestConnectionBatch::shouldCancelAndRetryWhatWasNotDone()
{
    auto *job = new ConnectionBatchJob(m_fx.client.get(), teamsBatch(20));
    job->setAutoDelete(false);
    // Cancel as soon as the first repository is connected.
    connect(job, &ConnectionBatchJob::rowChanged, job, [job](int row) {
        const ConnectionBatch::Row &r = job->batch().rows.at(row);
        if (!r.isStore && r.state == State::Done)
            QMetaObject::invokeMethod(job, &Job::abort, Qt::QueuedConnection);
    });
    QSignalSpy done(job, &Job::finished);
    job->start();
    QVERIFY(done.wait(30000));
    QCOMPARE(job->error().kind(), AwsError::Kind::Cancelled);
    const ConnectionBatch cancelled = job->batch();
    delete job;
    QVERIFY(cancelled.isFinished());
    QVERIFY(cancelled.count(State::Done) >= 1);
    QVERIFY2(cancelled.count(State::Cancelled) >= 10, qPrintable(cancelled.summary()));
    for (int i = 1; i <= 20; ++i) {
        // What the batch says was done is true in the sandbox.
        if (cancelled.rows.at(i).state == State::Done)
            QVERIFY(describe(team(i)).upstreamNames().contains(QStringLiteral("npm-store")));
    }
    m_fx.server->disconnect();
    // Let requests the cancel cut off reach the sandbox (or not) before the retry reads.
    QTest::qWait(200);
    const ConnectionBatch retried = run(cancelled);
    QCOMPARE(retried.count(State::Done) + retried.count(State::AlreadyConnected) + retried.count(State::Failed), 20);
    QCOMPARE(retried.count(State::Failed), 2);   // team-07 and team-13, as ever
    QCOMPARE(retried.count(State::Cancelled), 0);
    for (int i = 1; i <= 20; ++i) {
        if (i == 7 || i == 13)
            continue;
        QCOMPARE(describe(team(i)).upstreamNames().count(QStringLiteral("npm-store")), 1);
    }
    QCOMPARE(m_fx.requestsNamed(QStringLiteral("CreateRepository")), 1);
}

QTEST_GUILESS_MAIN(TestConnectionBatch)
#include "tst_connectionbatch.moc"
