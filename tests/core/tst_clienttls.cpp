// The real client against the sandbox over HTTPS (--tls): the sandbox's own certificate, the
// client's CA bundle (as the AWS CLI's --ca-bundle), and a refusal of what it does not trust.

#include "sandboxtestserver.h"

#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "sandbox/sandboxtls.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

namespace {

std::unique_ptr<CodeArtifactClient> clientFor(QNetworkAccessManager *network, const SandboxServer &server)
{
    auto client = std::make_unique<CodeArtifactClient>(network);
    AwsCredentials credentials;
    credentials.accessKeyId = server.config().accessKeyId;
    credentials.secretAccessKey = server.config().secretAccessKey;
    client->setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(credentials));
    client->setRegion(server.config().region);
    client->setEnvironment(QProcessEnvironment());
    client->setEndpointOverride(server.url().toString());
    return client;
}

// The domains listed, or the error's kind and message.
struct Listed
{
    QStringList domains;
    AwsError error;
};

Listed listDomains(CodeArtifactClient *client)
{
    ListDomainsJob job(client);
    job.setAutoDelete(false);
    QSignalSpy spy(&job, &AwsJob::finished);
    job.start();
    if (spy.count() == 0 && !spy.wait(20000))
        return {{}, AwsError(AwsError::Kind::Timeout, QStringLiteral("no answer in 20 s"))};
    Listed listed{{}, job.error()};
    for (const DomainSummary &domain : job.domains())
        listed.domains << domain.name;
    return listed;
}

} // namespace

class TestClientTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        SandboxConfig config;
        config.seed = QStringLiteral("demo");
        config.tls = true;
        m_server = test::startSandboxServer(config);
        QVERIFY(m_server->serverPort() != 0);
    }

    void shouldMakeASelfSignedCertificateForLoopbackOnly()
    {
        const QSslCertificate certificate = m_server->tlsCertificate();
        QVERIFY(!certificate.isNull());
        QVERIFY(certificate.isSelfSigned());
        const auto names = certificate.subjectAlternativeNames();
        QList<QHostAddress> addresses;
        for (const QString &address : names.values(QSsl::IpAddressEntry))
            addresses << QHostAddress(address);
        QCOMPARE(addresses.size(), 2);
        QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
        QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
        QCOMPARE(names.values(QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(certificate.effectiveDate() <= now);
        QVERIFY(certificate.expiryDate() > now.addDays(SandboxTls::validDays - 1));
        QVERIFY(certificate.expiryDate() <= now.addDays(SandboxTls::validDays));
        QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);
        // Two sandboxes never share an identity.
        QString error;
        const SandboxTls other = SandboxTls::generate(&error);
        QVERIFY2(!other.isNull(), qPrintable(error));
        QVERIFY(other.certificate != certificate);
        QVERIFY(other.certificate.serialNumber() != certificate.serialNumber());
        QVERIFY(other.privateKey.toPem() != certificate.publicKey().toPem());
    }

    void shouldListOverHttpsWithTheSandboxCertificateAsTheBundle()
    {
        QCOMPARE(m_server->url().scheme(), QStringLiteral("https"));
        QNetworkAccessManager network;
        auto client = clientFor(&network, *m_server);
        client->setCaBundle({m_server->tlsCertificate()});
        const Listed listed = listDomains(client.get());
        QVERIFY2(!listed.error, qPrintable(listed.error.userMessage()));
        QStringList expected;
        for (const SandboxDomain &domain : m_server->state().domains())
            expected << domain.name;   // the demo's shared domain is listed too
        QVERIFY(!expected.isEmpty());
        QStringList got = listed.domains;
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void shouldRefuseACertificateItDoesNotTrust_data()
    {
        QTest::addColumn<bool>("otherBundle");
        QTest::newRow("the system's trust store") << false;
        QTest::newRow("another sandbox's certificate") << true;
    }

    void shouldRefuseACertificateItDoesNotTrust()
    {
        QFETCH(bool, otherBundle);
        QNetworkAccessManager network;
        auto client = clientFor(&network, *m_server);
        if (otherBundle) {
            QString error;
            client->setCaBundle({SandboxTls::generate(&error).certificate});
        }
        const Listed listed = listDomains(client.get());
        QVERIFY(listed.domains.isEmpty());
        QCOMPARE(listed.error.kind(), AwsError::Kind::Tls);
        QVERIFY2(listed.error.userMessage().contains(QLatin1String("secure connection")),
                 qPrintable(listed.error.userMessage()));
        // An empty bundle is the system's trust store again.
        client->setCaBundle({});
        QVERIFY(client->caBundle().isEmpty());
        QVERIFY(!client->sslConfiguration());
    }

private:
    std::unique_ptr<SandboxServer> m_server;
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_clienttls.moc"
