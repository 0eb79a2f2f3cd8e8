// Where requests go: explicit URL, then AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, then
// the regional default; plain http only for loopback.

#include "aws/endpointresolver.h"
#include "api/retrypolicy.h"

#include <QStandardPaths>
#include <QTest>

using namespace desk;

class TestEndpointResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldResolveInOrder_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("explicitUrl");
        QTest::addColumn<QString>("serviceVariable");
        QTest::addColumn<QString>("globalVariable");
        QTest::addColumn<QString>("expectedUrl");
        QTest::addColumn<QString>("expectedSource");

        QTest::newRow("default") << QStringLiteral("eu-west-1") << QString() << QString() << QString()
                                 << QStringLiteral("https://codeartifact.eu-west-1.amazonaws.com") << QStringLiteral("default");
        QTest::newRow("china") << QStringLiteral("cn-north-1") << QString() << QString() << QString()
                               << QStringLiteral("https://codeartifact.cn-north-1.amazonaws.com.cn") << QStringLiteral("default");
        QTest::newRow("global variable") << QStringLiteral("us-east-1") << QString() << QString() << QStringLiteral("http://127.0.0.1:9000")
                                         << QStringLiteral("http://127.0.0.1:9000") << QStringLiteral("AWS_ENDPOINT_URL");
        QTest::newRow("service variable wins") << QStringLiteral("us-east-1") << QString() << QStringLiteral("http://localhost:8000/")
                                               << QStringLiteral("http://127.0.0.1:9000") << QStringLiteral("http://localhost:8000")
                                               << QStringLiteral("AWS_ENDPOINT_URL_CODEARTIFACT");
        QTest::newRow("explicit wins") << QStringLiteral("us-east-1") << QStringLiteral("https://vpce-1.codeartifact.us-east-1.vpce.amazonaws.com")
                                       << QStringLiteral("http://localhost:8000") << QStringLiteral("http://127.0.0.1:9000")
                                       << QStringLiteral("https://vpce-1.codeartifact.us-east-1.vpce.amazonaws.com") << QStringLiteral("--endpoint-url");
        QTest::newRow("ipv6 loopback") << QStringLiteral("us-east-1") << QStringLiteral("http://[::1]:8080") << QString() << QString()
                                       << QStringLiteral("http://[::1]:8080") << QStringLiteral("--endpoint-url");
    }

    void shouldResolveInOrder()
    {
        QFETCH(QString, region);
        QFETCH(QString, explicitUrl);
        QFETCH(QString, serviceVariable);
        QFETCH(QString, globalVariable);
        QFETCH(QString, expectedUrl);
        QFETCH(QString, expectedSource);
        QProcessEnvironment env;
        if (!serviceVariable.isEmpty())
            env.insert(QStringLiteral("AWS_ENDPOINT_URL_CODEARTIFACT"), serviceVariable);
        if (!globalVariable.isEmpty())
            env.insert(QStringLiteral("AWS_ENDPOINT_URL"), globalVariable);
        const ResolvedEndpoint resolved = EndpointResolver::resolve(QStringLiteral("codeartifact"), region, explicitUrl, env);
        QVERIFY2(!resolved.error, qPrintable(resolved.error.userMessage()));
        QCOMPARE(resolved.url.toString(), expectedUrl);
        QCOMPARE(resolved.source, expectedSource);
        QCOMPARE(resolved.isOverridden(), expectedSource != QLatin1String("default"));
    }

    void shouldRefuseUnusableEndpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("plain http remote") << QStringLiteral("http://codeartifact.example.com");
        QTest::newRow("plain http private address") << QStringLiteral("http://10.0.0.5:8080");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1");
        QTest::newRow("no host") << QStringLiteral("https://");
        QTest::newRow("with a path") << QStringLiteral("https://example.com/prefix");
        QTest::newRow("garbage") << QStringLiteral("::::");
    }

    void shouldRefuseUnusableEndpoints()
    {
        QFETCH(QString, url);
        const ResolvedEndpoint resolved = EndpointResolver::resolve(QStringLiteral("codeartifact"), QStringLiteral("us-east-1"), url, {});
        QVERIFY(resolved.error);
        QCOMPARE(resolved.error.kind(), AwsError::Kind::Configuration);
        QVERIFY(!resolved.error.userMessage().isEmpty());
    }

    void shouldAskForARegion()
    {
        const ResolvedEndpoint none = EndpointResolver::resolve(QStringLiteral("codeartifact"), QString(), QString(), {});
        QVERIFY(none.error);
        QVERIFY(none.error.userMessage().contains(QStringLiteral("AWS_REGION")));
        const ResolvedEndpoint bad = EndpointResolver::resolve(QStringLiteral("codeartifact"), QStringLiteral("us east 1"), QString(), {});
        QVERIFY(bad.error);
    }

    void shouldResolveStsSeparately()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_CODEARTIFACT"), QStringLiteral("http://127.0.0.1:1"));
        const ResolvedEndpoint sts = EndpointResolver::resolve(QStringLiteral("sts"), QStringLiteral("eu-central-1"), QString(), env);
        QCOMPARE(sts.url.toString(), QStringLiteral("https://sts.eu-central-1.amazonaws.com"));
    }

    void shouldListThirteenCodeArtifactRegions()
    {
        QCOMPARE(EndpointResolver::codeArtifactRegions().size(), 13);
        QVERIFY(EndpointResolver::codeArtifactRegions().contains(QStringLiteral("eu-south-1")));
    }

    void shouldBackOffLikeTheSdks()
    {
        RetryPolicy policy;
        QCOMPARE(policy.delayMs(1, -1, 1.0), 1000);
        QCOMPARE(policy.delayMs(2, -1, 1.0), 2000);
        QCOMPARE(policy.delayMs(10, -1, 1.0), 20000);  // capped
        QCOMPARE(policy.delayMs(1, -1, 0.0), 0);
        QCOMPARE(policy.delayMs(1, 7, 0.1), 7000);     // Retry-After honoured
        QCOMPARE(policy.delayMs(1, 600, 0.1), 20000);  // but not beyond the cap
        RetryQuota quota;
        int retries = 0;
        while (quota.acquire(false))
            ++retries;
        QCOMPARE(retries, RetryQuota::kCapacity / RetryQuota::kRetryCost);
        quota.releaseOnSuccess(true, false);
        QVERIFY(quota.acquire(false));
    }
};

QTEST_GUILESS_MAIN(TestEndpointResolver)
#include "tst_endpointresolver.moc"
