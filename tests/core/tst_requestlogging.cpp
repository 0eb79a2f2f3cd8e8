// The desk.net and desk.sigv4 logging categories: what they print when an admin turns them on,
// and that no secret, session token, signature or returned token ever reaches a log line.

#include "api/assumerolejob.h"
#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/repositoryjobs.h"
#include "aws/logredaction.h"
#include "sandbox/sandboxserver.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

namespace {

using test::runJob;

// Listed in tests/data/test-secrets.txt too, so the suite-wide scan looks for them in every log.
const QByteArray kSecret = QByteArrayLiteral("logging-test-secret-5e4d3c2b1a09");
const QByteArray kSessionToken = QByteArrayLiteral("logging-test-session-token-IQoJb3JpZ2lu");
const QByteArray kHalfToken = QByteArrayLiteral("logging-test-half-token-eyJ2ZXIiOjEsImlzdSI6");

// Everything the categories print while one is alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("desk.net=true\ndesk.sigv4=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    static QString all() { return s_lines.join(u'\n'); }
    static int count() { return int(s_lines.size()); }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        const QLatin1String category(context.category ? context.category : "");
        if (category == QLatin1String("desk.net") || category == QLatin1String("desk.sigv4"))
            s_lines << category + QStringLiteral(": ") + message;
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

// Says which secret leaked without printing it.
QString leakIn(const QString &text, const QList<std::pair<const char *, QByteArray>> &secrets)
{
    for (const auto &[label, value] : secrets) {
        if (!value.isEmpty() && text.contains(QString::fromUtf8(value)))
            return QString::fromLatin1(label);
    }
    static const QRegularExpression signature(QStringLiteral("signature=[0-9a-f]{16}"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (signature.match(text).hasMatch())
        return QStringLiteral("a request signature");
    return {};
}

} // namespace

class TestRequestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldRedactSecretHeadersInAnyCase_data();
    void shouldRedactSecretHeadersInAnyCase();
    void shouldKeepScopeButNotSignatureOfAuthorization();
    void shouldRedactSecretQueryParameters();
    void shouldRedactTokenLineOfCanonicalRequest();
    void shouldBeSilentUnlessAsked();
    void shouldLogRequestsAgainstSandboxWithoutSecrets();
    void shouldNotQuoteHalfATokenFromBrokenAnswer();
};

void TestRequestLogging::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRequestLogging::shouldRedactSecretHeadersInAnyCase_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("Authorization") << QByteArray("Authorization") << true;
    QTest::newRow("lower") << QByteArray("authorization") << true;
    QTest::newRow("upper") << QByteArray("AUTHORIZATION") << true;
    QTest::newRow("token") << QByteArray("X-Amz-Security-Token") << true;
    QTest::newRow("token lower") << QByteArray("x-amz-security-token") << true;
    QTest::newRow("token padded") << QByteArray(" X-AMZ-SECURITY-TOKEN ") << true;
    QTest::newRow("proxy") << QByteArray("Proxy-Authorization") << true;
    QTest::newRow("cookie") << QByteArray("Cookie") << true;
    QTest::newRow("date") << QByteArray("X-Amz-Date") << false;
    QTest::newRow("host") << QByteArray("Host") << false;
    QTest::newRow("token-like") << QByteArray("X-Amz-Security-Token-Hint") << false;
}

void TestRequestLogging::shouldRedactSecretHeadersInAnyCase()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    const QByteArray value = secret ? kSessionToken : QByteArrayLiteral("20261125T181004Z");
    const QByteArray shown = LogRedaction::headerValue(name, value);
    QCOMPARE(shown == value, !secret);
    if (secret)
        QVERIFY(!shown.contains(kSessionToken));
    const QByteArray lines = LogRedaction::headers({{name, value}, {"Host", "example.com"}});
    QCOMPARE(lines.contains(kSessionToken), false);
    QVERIFY(lines.contains("Host: example.com"));
}

void TestRequestLogging::shouldKeepScopeButNotSignatureOfAuthorization()
{
    const QByteArray signature = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
    const QByteArray authorization = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                                     "SignedHeaders=host;x-amz-date, Signature=" + signature;
    const QByteArray shown = LogRedaction::headerValue("authorization", authorization);
    QVERIFY(shown.contains("Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request"));
    QVERIFY(shown.contains("SignedHeaders=host;x-amz-date"));
    QVERIFY(shown.endsWith("Signature=<redacted>"));
    QVERIFY(!shown.contains(signature));
    // Odd spelling of the parameter: still found.
    QVERIFY(!LogRedaction::headerValue("Authorization", "AWS4-HMAC-SHA256 Credential=A, SIGNATURE=" + signature)
                 .contains(signature));
    // Anything not recognisably SigV4 is replaced whole.
    QCOMPARE(LogRedaction::headerValue("Authorization", "Basic " + kSecret), QByteArray("<redacted>"));
    QCOMPARE(LogRedaction::headerValue("Authorization", "AWS4-HMAC-SHA256 " + kSecret), QByteArray("<redacted>"));
}

void TestRequestLogging::shouldRedactSecretQueryParameters()
{
    QUrl presigned(QStringLiteral("https://codeartifact.us-east-1.amazonaws.com/v1/domains"));
    presigned.setQuery(QStringLiteral("domain=acme&X-Amz-Signature=abcdef0123456789abcdef&x-amz-security-token=")
                           + QString::fromLatin1(kSessionToken) + QStringLiteral("&X%2DAmz%2DSignature=ffff0000ffff0000"),
                       QUrl::StrictMode);
    const QString shown = LogRedaction::url(presigned);
    QVERIFY2(shown.contains(QLatin1String("domain=acme")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("X-Amz-Signature=<redacted>")));
    QVERIFY(!shown.contains(QLatin1String("abcdef0123456789abcdef")));
    QVERIFY(!shown.contains(QLatin1String("ffff0000ffff0000")));
    QVERIFY(!shown.contains(QString::fromLatin1(kSessionToken)));
    // User info never reaches a log either.
    QVERIFY(!LogRedaction::url(QUrl(QStringLiteral("https://user:") + QString::fromLatin1(kSecret)
                                    + QStringLiteral("@proxy.example/")))
                 .contains(QString::fromLatin1(kSecret)));
}

void TestRequestLogging::shouldRedactTokenLineOfCanonicalRequest()
{
    const QByteArray canonical = "POST\n/v1/domains\nX-Amz-Signature=0123456789abcdef&domain=acme\n"
                                 "host:example.com\nx-amz-date:20261125T181004Z\nx-amz-security-token:"
                                 + kSessionToken + "\n\nhost;x-amz-date;x-amz-security-token\n"
                                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const QByteArray shown = LogRedaction::canonicalRequest(canonical);
    QVERIFY(!shown.contains(kSessionToken));
    QVERIFY(!shown.contains("0123456789abcdef"));
    QVERIFY(shown.contains("x-amz-security-token:<redacted>\n"));
    QVERIFY(shown.contains("host:example.com\nx-amz-date:20261125T181004Z\n"));
    QVERIFY(shown.endsWith("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestRequestLogging::shouldBeSilentUnlessAsked()
{
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!lcNet().isDebugEnabled());
    QVERIFY(!lcNet().isInfoEnabled());
    QVERIFY(!lcSigV4().isDebugEnabled());
    QVERIFY(lcNet().isWarningEnabled());
    QLoggingCategory::setFilterRules(QStringLiteral("desk.net.debug=true"));
    QVERIFY(lcNet().isDebugEnabled());
    QLoggingCategory::setFilterRules(QString());
}

void TestRequestLogging::shouldLogRequestsAgainstSandboxWithoutSecrets()
{
    SandboxConfig config;
    config.seed = QStringLiteral("demo");
    config.secretAccessKey = kSecret;
    config.sessionToken = kSessionToken;
    SandboxServer sandbox(config);
    const auto opened = sandbox.open();
    QVERIFY2(opened.ok, qPrintable(opened.message));
    const auto listening = sandbox.listen(QHostAddress::LocalHost, 0);
    QVERIFY2(listening.ok, qPrintable(listening.message));

    QNetworkAccessManager network;
    const auto clientOwner = test::makeLocalClient(&network, sandbox.url().toString(), config.accessKeyId, kSecret,
                                                   kSessionToken);
    CodeArtifactClient &client = *clientOwner;

    QByteArray returnedToken;
    QByteArray assumedSecret;
    QByteArray assumedToken;
    {
        LogCapture capture;
        ListDomainsJob list(&client);
        QVERIFY(runJob(&list));
        QVERIFY(!list.error());

        GetAuthorizationTokenJob token(&client, {QStringLiteral("acme-prod"), QString()}, 900);
        QVERIFY(runJob(&token));
        QVERIFY(!token.error());
        returnedToken = token.token().token;
        QVERIFY(!returnedToken.isEmpty());

        AssumeRoleInput role;
        role.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/DeskAdmin");
        role.roleSessionName = QStringLiteral("logging-test");
        AssumeRoleJob assume(&client, role);
        QVERIFY(runJob(&assume));
        QVERIFY(!assume.error());
        AwsCredentials temporary = assume.takeCredentials();
        assumedSecret = temporary.secretAccessKey;
        assumedToken = temporary.sessionToken;
        temporary.clear();
        QVERIFY(!assumedSecret.isEmpty() && !assumedToken.isEmpty());

        // Refused: the failure is logged with its code and request id, still without secrets.
        AwsCredentials wrong;
        wrong.accessKeyId = config.accessKeyId;
        wrong.sessionToken = kSessionToken;
        wrong.secretAccessKey = QByteArrayLiteral("definitely-wrong-secret");
        client.setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(wrong));
        DescribeDomainJob refused(&client, {QStringLiteral("acme-prod"), QString()});
        QVERIFY(runJob(&refused));
        QCOMPARE(refused.error().code(), QStringLiteral("InvalidSignatureException"));
    }

    const QString logged = LogCapture::all();
    // Nothing secret...
    const QString leak = leakIn(logged, {{"the secret access key", kSecret},
                                         {"the session token", kSessionToken},
                                         {"the wrong secret", QByteArrayLiteral("definitely-wrong-secret")},
                                         {"the returned authorization token", returnedToken},
                                         {"the assumed role's secret", assumedSecret},
                                         {"the assumed role's session token", assumedToken}});
    QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("a log line holds ") + leak));
    // ...and something useful.
    QVERIFY2(LogCapture::count() >= 8, qPrintable(QString::number(LogCapture::count())));
    for (const char *expected : {"desk.net: send ListDomains attempt 1: POST", "desk.net: answer to ListDomains attempt 1: HTTP 200",
                                 "desk.sigv4: GetAuthorizationToken canonical request:", "string to sign:",
                                 "desk.net: send AssumeRole", "X-Amz-Security-Token: <redacted>",
                                 "x-amz-security-token:<redacted>", "Signature=<redacted>",
                                 "Credential=" "AKIDSANDBOX/", "DescribeDomain failed after 1 attempt(s): InvalidSignatureException"})
        QVERIFY2(logged.contains(QLatin1String(expected)), expected);
}

void TestRequestLogging::shouldNotQuoteHalfATokenFromBrokenAnswer()
{
    // A proxy cuts the answer short but says 200: the error explains, without the token's start.
    test::ScriptedHttpServer server;
    server.setFallback(test::ScriptedHttpServer::Response::json(
        200, "{\"authorizationToken\":\"" + kHalfToken, {}, "req-half-token"));
    QNetworkAccessManager network;
    const auto clientOwner = test::makeLocalClient(&network, server.url().toString(), QStringLiteral("AKIDEXAMPLE"), kSecret);
    CodeArtifactClient &client = *clientOwner;

    LogCapture capture;
    GetAuthorizationTokenJob token(&client, {QStringLiteral("acme-prod"), QString()});
    QVERIFY(runJob(&token));
    QCOMPARE(token.error().kind(), AwsError::Kind::BadResponse);
    QCOMPARE(token.error().requestId(), QStringLiteral("req-half-token"));
    const QString everything = token.error().userMessage() + token.error().details() + token.error().message()
                               + LogCapture::all();
    QVERIFY2(!everything.contains(QString::fromLatin1(kHalfToken)), "the error or a log line quotes the token");
    QVERIFY(everything.contains(QLatin1String("not a JSON object")));

    // Other operations still quote the start of a broken answer: it is what support needs.
    DescribeDomainJob describe(&client, {QStringLiteral("acme-prod"), QString()});
    QVERIFY(runJob(&describe));
    QCOMPARE(describe.error().kind(), AwsError::Kind::BadResponse);
    QVERIFY(describe.error().details().contains(QLatin1String("it begins")));
}

int main(int argc, char *argv[])
{
    // The rules this test sets must be the only ones: QT_LOGGING_RULES (CTest sets one for every
    // test) is read when the application starts and wins over QLoggingCategory::setFilterRules().
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestRequestLogging test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_requestlogging.moc"
