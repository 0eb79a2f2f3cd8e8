// InventoryController's background describing against the in-process sandbox (demo seed): every
// repository described once, the rows on screen first, only those in a large account until
// "Describe all", nothing lost when the service throttles, and the background ceiling kept.

#include "controllers/inventorycontroller.h"
#include "models/inventorymodel.h"

#include "sandboxtestserver.h"
#include "testsupport.h"

#include <QElapsedTimer>

#include <algorithm>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

class TestBackgroundDescribing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void shouldDescribeEveryRepositoryOnceAfterTheListsArrive();
    void shouldDescribeTheRowsOnScreenFirst();
    void shouldDescribeOnlyTheRowsOnScreenOfALargeAccountUntilAskedForAll();
    void shouldDescribeEveryRepositoryWhenTheServiceThrottles();
    void shouldStayUnderTheBackgroundCeiling();
    void shouldForgetDescriptionsOnRefresh();

private:
    void startSandbox(const QStringList &faults = {});
    void load(InventoryController &inventory);
    // DescribeRepository answers, in the order they finished: "domain/repository".
    QStringList describes() const;
    // Every repository the caller sees in the sandbox, with its external connection.
    QHash<QString, QString> sandboxConnections() const;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<CodeArtifactClient> m_client;
    QList<RequestRecord> m_records;
};

void TestBackgroundDescribing::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    startSandbox();
}

void TestBackgroundDescribing::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_records.clear();
}

void TestBackgroundDescribing::startSandbox(const QStringList &faults)
{
    m_client.reset();
    SandboxConfig config;
    config.seed = QStringLiteral("demo");
    config.faults = faults;
    config.faultSeed = 7;
    config.faultSeedSet = true;
    m_sandbox = test::startSandboxServer(config);
    QVERIFY(m_sandbox->url().port() > 0);
    m_client = test::makeLocalClient(m_network.get(), m_sandbox->url().toString(), config.accessKeyId,
                                     config.secretAccessKey);
    RetryPolicy fast;   // backoff long enough to see the throttled retries
    fast.baseDelayMs = 5;
    fast.maxBackoffMs = 50;
    m_client->setRetryPolicy(fast);
    m_records.clear();
    connect(m_client.get(), &CodeArtifactClient::requestFinished, this,
            [this](const RequestRecord &record) { m_records << record; });
}

void TestBackgroundDescribing::load(InventoryController &inventory)
{
    QSignalSpy finished(&inventory, &InventoryController::inventoryFinished);
    inventory.refresh();
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().at(0).value<AwsError>());
}

QStringList TestBackgroundDescribing::describes() const
{
    QStringList out;
    for (const RequestRecord &record : m_records) {
        if (record.operation == QLatin1String("DescribeRepository") && record.succeeded)
            out << record.target;
    }
    return out;
}

QHash<QString, QString> TestBackgroundDescribing::sandboxConnections() const
{
    QHash<QString, QString> out;
    for (const SandboxDomain &domain : m_sandbox->state().domains()) {
        for (const SandboxRepository &repository : domain.repositories)
            out.insert(domain.name + u'/' + repository.name, repository.externalConnection);
    }
    return out;
}

void TestBackgroundDescribing::shouldDescribeEveryRepositoryOnceAfterTheListsArrive()
{
    InventoryController inventory(m_client.get());
    inventory.setBackgroundRate(0);
    load(inventory);
    InventoryModel *model = inventory.model();
    QVERIFY(model->repositoryCount() > 10);
    QTRY_COMPARE_WITH_TIMEOUT(model->describedCount(), model->repositoryCount(), 20000);

    // Each once, and each row holds what the sandbox holds.
    const QStringList described = describes();
    QCOMPARE(described.size(), model->repositoryCount());
    QCOMPARE(QSet<QString>(described.begin(), described.end()).size(), described.size());
    const QHash<QString, QString> expected = sandboxConnections();
    int connected = 0;
    for (int d = 0; d < model->rowCount(); ++d) {
        const QModelIndex domain = model->index(d, 0);
        for (int r = 0; r < model->rowCount(domain); ++r) {
            const auto ref = model->index(r, 0, domain).data(InventoryModel::RepositoryRefRole).value<RepositoryRef>();
            const QString key = ref.domain + u'/' + ref.repository;
            QVERIFY2(expected.contains(key), qPrintable(key));
            QCOMPARE(model->index(r, 0, domain).data(InventoryModel::ExternalConnectionRole).toString(), expected.value(key));
            connected += expected.value(key).isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(connected > 0);
    const auto progress = inventory.describeProgress();
    QCOMPARE(progress.described, model->repositoryCount());
    QCOMPARE(progress.failed, 0);
    QCOMPARE(progress.queued, 0);
    QVERIFY(!progress.visibleOnly);
}

void TestBackgroundDescribing::shouldDescribeTheRowsOnScreenFirst()
{
    // Slowly (2 a second), so that most rows still wait when the admin scrolls.
    InventoryController inventory(m_client.get());
    inventory.setBackgroundRate(2);
    load(inventory);
    InventoryModel *model = inventory.model();
    // The domain with the most rows not described yet comes on screen.
    QList<RepositoryRef> onScreen;
    for (int d = 0; d < model->rowCount(); ++d) {
        QList<RepositoryRef> rows;
        const QModelIndex domain = model->index(d, 0);
        for (int r = 0; r < model->rowCount(domain); ++r) {
            const auto ref = model->index(r, 0, domain).data(InventoryModel::RepositoryRefRole).value<RepositoryRef>();
            if (!model->isDescribed(ref))
                rows << ref;
        }
        if (rows.size() > onScreen.size())
            onScreen = rows;
    }
    QVERIFY(onScreen.size() >= 3);
    inventory.setVisibleRepositories(onScreen);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(onScreen.begin(), onScreen.end(),
                                         [model](const RepositoryRef &ref) { return model->isDescribed(ref); }),
                             30000);
    // They went before the others: at most the four in flight were answered in between.
    const int others = model->describedCount() - int(onScreen.size());
    QVERIFY2(model->describedCount() < model->repositoryCount(), qPrintable(QString::number(model->describedCount())));
    QVERIFY2(others <= 2 + InventoryController::kBackgroundInFlight + 2, qPrintable(QString::number(others)));
}

void TestBackgroundDescribing::shouldDescribeOnlyTheRowsOnScreenOfALargeAccountUntilAskedForAll()
{
    InventoryController inventory(m_client.get());
    inventory.setBackgroundRate(0);
    inventory.setVisibleOnlyAbove(3);
    load(inventory);
    InventoryModel *model = inventory.model();
    QTRY_COMPARE_WITH_TIMEOUT(inventory.describeProgress().queued, 0, 10000);
    QVERIFY(inventory.describeProgress().visibleOnly);
    const int before = model->describedCount();
    QVERIFY2(before < model->repositoryCount(), qPrintable(QString::number(before)));

    // Rows that come on screen are described, and nothing else: two not described yet.
    QList<RepositoryRef> onScreen;
    for (int d = 0; d < model->rowCount() && onScreen.size() < 2; ++d) {
        const QModelIndex domain = model->index(d, 0);
        for (int r = 0; r < model->rowCount(domain) && onScreen.size() < 2; ++r) {
            const auto ref = model->index(r, 0, domain).data(InventoryModel::RepositoryRefRole).value<RepositoryRef>();
            if (!model->isDescribed(ref))
                onScreen << ref;
        }
    }
    QVERIFY(!onScreen.isEmpty());
    inventory.setVisibleRepositories(onScreen);
    QTRY_COMPARE_WITH_TIMEOUT(inventory.describeProgress().queued, 0, 10000);
    for (const RepositoryRef &ref : onScreen)
        QVERIFY2(model->isDescribed(ref), qPrintable(ref.displayName()));
    QCOMPARE(model->describedCount(), before + int(onScreen.size()));

    inventory.describeAll();
    QVERIFY(inventory.describeProgress().all);
    QCOMPARE(inventory.describeRateLimiter()->ceiling(), 0.0);
    QTRY_COMPARE_WITH_TIMEOUT(model->describedCount(), model->repositoryCount(), 20000);
    QCOMPARE(describes().size(), model->repositoryCount());   // none twice
}

void TestBackgroundDescribing::shouldDescribeEveryRepositoryWhenTheServiceThrottles()
{
    startSandbox({QStringLiteral("throttle:0.4")});
    InventoryController inventory(m_client.get());
    inventory.setBackgroundRate(0);
    // The lists are throttled too; their own retries see them through (or the domain fails).
    QSignalSpy finished(&inventory, &InventoryController::inventoryFinished);
    inventory.refresh();
    QVERIFY(finished.wait(30000));
    InventoryModel *model = inventory.model();
    QTRY_COMPARE_WITH_TIMEOUT(inventory.describeProgress().queued, 0, 60000);
    QCOMPARE(inventory.describeProgress().failed, 0);
    QCOMPARE(model->describedCount(), model->repositoryCount());
    QVERIFY(inventory.describeRateLimiter()->throttledResponses() > 0);
}

void TestBackgroundDescribing::shouldStayUnderTheBackgroundCeiling()
{
    const double ceiling = 8;
    InventoryController inventory(m_client.get());
    inventory.setBackgroundRate(ceiling);
    QElapsedTimer timer;
    timer.start();
    load(inventory);
    InventoryModel *model = inventory.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->describedCount(), model->repositoryCount(), 30000);
    // A burst of one second's worth, then one every 1/ceiling seconds: never faster.
    const double least = (model->repositoryCount() - ceiling - 1) / ceiling;
    QVERIFY2(timer.elapsed() / 1000.0 >= least, qPrintable(QStringLiteral("%1 s for %2 repositories")
                                                                .arg(timer.elapsed() / 1000.0)
                                                                .arg(model->repositoryCount())));
}

void TestBackgroundDescribing::shouldForgetDescriptionsOnRefresh()
{
    InventoryController inventory(m_client.get());
    inventory.setBackgroundRate(0);
    load(inventory);
    QTRY_COMPARE_WITH_TIMEOUT(inventory.model()->describedCount(), inventory.model()->repositoryCount(), 20000);
    const int first = int(describes().size());
    load(inventory);
    QTRY_COMPARE_WITH_TIMEOUT(inventory.model()->describedCount(), inventory.model()->repositoryCount(), 20000);
    QCOMPARE(int(describes().size()), 2 * first);
}

QTEST_GUILESS_MAIN(TestBackgroundDescribing)
#include "tst_backgrounddescribing.moc"
