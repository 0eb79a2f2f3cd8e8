// The SigV4 signer against the official AWS test suite and real AWS CLI requests.

#include "aws/sigv4signer.h"
#include "testsupport.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace desk;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

struct SuiteRequest
{
    SigV4Request request;
    QByteArray body;
};

// request.txt: "METHOD PATH[?QUERY] HTTP/1.1", "Name:value" lines (a line that starts with white
// space continues the previous value), a blank line, the body.
SuiteRequest parseSuiteRequest(const QByteArray &text)
{
    SuiteRequest out;
    const qsizetype headerEnd = text.indexOf("\n\n");
    const QByteArray head = headerEnd < 0 ? text : text.left(headerEnd);
    out.body = headerEnd < 0 ? QByteArray() : text.mid(headerEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    QByteArray requestLine = lines.takeFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    out.request.method = requestLine.left(firstSpace);
    QByteArray target = requestLine.mid(firstSpace + 1);
    if (target.endsWith(" HTTP/1.1"))
        target.chop(9);
    const qsizetype q = target.indexOf('?');
    out.request.path = q < 0 ? target : target.left(q);
    if (q >= 0)
        out.request.query = SigV4Signer::parseQueryString(target.mid(q + 1));
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !out.request.headers.isEmpty()) {
            out.request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        out.request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return out;
}

QByteArray authorizationOf(const QByteArray &signedRequest)
{
    for (const QByteArray &line : signedRequest.split('\n')) {
        if (line.startsWith("Authorization:"))
            return line.mid(14);
    }
    return {};
}

} // namespace

class TestSigV4Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldMatchAwsSuite_data();
    void shouldMatchAwsSuite();
    void shouldCoverEveryNormalizingSuiteCase();
    void shouldMatchCapturedAwsCliRequests_data();
    void shouldMatchCapturedAwsCliRequests();
    void shouldEncodeQueryValuesTheAwsWay();
    void shouldNormalizePaths_data();
    void shouldNormalizePaths();
    void shouldGiveTheSameKeyFromTheCache();
    void shouldDeriveAKeyAgainOnceEvicted();
    void shouldSignTheSameOnManyThreadsAtOnce();
    void shouldNeverPrintTheSecret();

private:
    QString m_suiteDir;
    int m_rows = 0;
};

void TestSigV4Signer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_suiteDir = test::testDataDir() + QStringLiteral("/sigv4-testsuite/v4");
    QVERIFY2(QDir(m_suiteDir).exists(), qPrintable(QStringLiteral("SigV4 suite not found at ") + m_suiteDir));
}

void TestSigV4Signer::shouldMatchAwsSuite_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList cases = QDir(m_suiteDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    m_rows = 0;
    for (const QString &name : cases) {
        const QString dir = m_suiteDir + u'/' + name;
        const QJsonObject context = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/context.json"))).object();
        // Non-S3 services normalize the path; the seven "normalize": false cases are S3's.
        if (!context.value(QLatin1String("normalize")).toBool())
            continue;
        QTest::newRow(qPrintable(name)) << dir;
        ++m_rows;
    }
}

void TestSigV4Signer::shouldMatchAwsSuite()
{
    QFETCH(QString, caseDir);
    const QJsonObject context = QJsonDocument::fromJson(readFile(caseDir + QStringLiteral("/context.json"))).object();
    const QJsonObject creds = context.value(QLatin1String("credentials")).toObject();
    AwsCredentials credentials;
    credentials.accessKeyId = creds.value(QLatin1String("access_key_id")).toString();
    credentials.secretAccessKey = creds.value(QLatin1String("secret_access_key")).toString().toUtf8();
    credentials.sessionToken = creds.value(QLatin1String("token")).toString().toUtf8();

    SuiteRequest parsed = parseSuiteRequest(readFile(caseDir + QStringLiteral("/request.txt")));
    SigV4Options options;
    options.region = context.value(QLatin1String("region")).toString();
    options.service = context.value(QLatin1String("service")).toString();
    options.time = QDateTime::fromString(context.value(QLatin1String("timestamp")).toString(), Qt::ISODate);
    QVERIFY(options.time.isValid());
    options.signSessionToken = !context.value(QLatin1String("omit_session_token")).toBool();
    if (context.value(QLatin1String("sign_body")).toBool()) {
        options.addContentSha256Header = true;
        parsed.request.payloadHash = SigV4Signer::sha256Hex(parsed.body);
    }

    const SigV4Signature sig = SigV4Signer::sign(parsed.request, credentials, options);
    QCOMPARE(sig.canonicalRequest, readFile(caseDir + QStringLiteral("/header-canonical-request.txt")));
    QCOMPARE(sig.stringToSign, readFile(caseDir + QStringLiteral("/header-string-to-sign.txt")));
    QCOMPARE(sig.signature, readFile(caseDir + QStringLiteral("/header-signature.txt")));
    QCOMPARE(sig.authorization, authorizationOf(readFile(caseDir + QStringLiteral("/header-signed-request.txt"))));
}

void TestSigV4Signer::shouldCoverEveryNormalizingSuiteCase()
{
    // The suite README lists 31 cases for non-S3 services; all of them must have been run.
    shouldMatchAwsSuite_data();
    QCOMPARE(m_rows, 31);
}

void TestSigV4Signer::shouldMatchCapturedAwsCliRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("rawQuery");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("amzDate");
    QTest::addColumn<QByteArray>("expectedSignature");

    // From tests/data/codeartifact/captured-requests.md (AWS CLI 2.9.19).
    QTest::newRow("list-domains") << QByteArray("POST") << QByteArray("/v1/domains") << QByteArray()
                                  << QByteArray("application/json") << QByteArray("{}")
                                  << QStringLiteral("20261125T181003Z")
                                  << QByteArray("09eb5e65fea8c5266d368d93fc1884637d3840f57936f8d87e6ddce5abac837e");
    QTest::newRow("associate-external-connection")
        << QByteArray("POST") << QByteArray("/v1/repository/external-connection")
        << QByteArray("domain=dd&repository=rr&external-connection=public%3Anpmjs") << QByteArray() << QByteArray()
        << QStringLiteral("20261125T181004Z")
        << QByteArray("8118c08d7531ea550e81b1e25760b828530f04afeac248b89825f297ad461962");
    QTest::newRow("get-authorization-token")
        << QByteArray("POST") << QByteArray("/v1/authorization-token")
        << QByteArray("domain=dd&domain-owner=111122223333&duration=900") << QByteArray() << QByteArray()
        << QStringLiteral("20261125T181005Z")
        << QByteArray("3b08d5265bcbde7088cfdf32f325da1b2d0f5fae7f3953df93699447a288695e");
}

void TestSigV4Signer::shouldMatchCapturedAwsCliRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, rawQuery);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, amzDate);
    QFETCH(QByteArray, expectedSignature);

    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    SigV4Request request;
    request.method = method;
    request.path = path;
    request.query = SigV4Signer::parseQueryString(rawQuery);
    request.headers.append({QByteArray("Host"), QByteArray("127.0.0.1:18777")});
    if (!contentType.isEmpty())
        request.headers.append({QByteArray("Content-Type"), contentType});
    request.headers.append({QByteArray("User-Agent"), QByteArray("aws-cli/2.9.19")});  // never signed
    request.payloadHash = body.isEmpty() ? QByteArray() : SigV4Signer::sha256Hex(body);

    SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    options.service = QStringLiteral("codeartifact");
    options.time = QDateTime::fromString(amzDate, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    options.time.setTimeSpec(Qt::UTC);

    const SigV4Signature sig = SigV4Signer::sign(request, credentials, options);
    QCOMPARE(sig.amzDate, amzDate.toLatin1());
    QCOMPARE(sig.signature, expectedSignature);
    QVERIFY(!sig.signedHeaders.contains("user-agent"));
    if (rawQuery.contains("external-connection")) {
        QCOMPARE(sig.canonicalRequest,
                 QByteArray("POST\n/v1/repository/external-connection\n"
                            "domain=dd&external-connection=public%3Anpmjs&repository=rr\n"
                            "host:127.0.0.1:18777\nx-amz-date:20261125T181004Z\n\nhost;x-amz-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
}

void TestSigV4Signer::shouldEncodeQueryValuesTheAwsWay()
{
    const ByteArrayPairs query = {{"domain", "dd"}, {"repository", "rr"}, {"external-connection", "public:npmjs"}};
    QCOMPARE(SigV4Signer::buildQueryString(query), QByteArray("domain=dd&repository=rr&external-connection=public%3Anpmjs"));
    QCOMPARE(SigV4Signer::canonicalQueryString(query), QByteArray("domain=dd&external-connection=public%3Anpmjs&repository=rr"));
    QCOMPARE(SigV4Signer::uriEncode("a b+c/d~e_f.g-h"), QByteArray("a%20b%2Bc%2Fd~e_f.g-h"));
    QCOMPARE(SigV4Signer::uriEncode("\xE1\x88\xB4"), QByteArray("%E1%88%B4"));
    // Round trip through the wire form.
    QCOMPARE(SigV4Signer::parseQueryString(SigV4Signer::buildQueryString(query)), query);
}

void TestSigV4Signer::shouldNormalizePaths_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray("") << QByteArray("/");
    QTest::newRow("root") << QByteArray("/") << QByteArray("/");
    QTest::newRow("api") << QByteArray("/v1/repository/external-connection") << QByteArray("/v1/repository/external-connection");
    QTest::newRow("dots") << QByteArray("/a/./b/../c") << QByteArray("/a/c");
    QTest::newRow("above root") << QByteArray("/../../a") << QByteArray("/a");
    QTest::newRow("double slash") << QByteArray("//a//b//") << QByteArray("/a/b/");
    QTest::newRow("encoded twice") << QByteArray("/a%20b") << QByteArray("/a%2520b");
}

void TestSigV4Signer::shouldNormalizePaths()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4Signer::canonicalUri(path), expected);
}

void TestSigV4Signer::shouldGiveTheSameKeyFromTheCache()
{
    const QByteArray secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const QByteArray first = SigV4Signer::signingKey(secret, "20150830", "us-east-1", "iam");
    const QByteArray second = SigV4Signer::signingKey(secret, "20150830", "us-east-1", "iam");
    QCOMPARE(first, second);
    // The documented example key from the SigV4 guide.
    QCOMPARE(first.toHex(), QByteArray("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
    QVERIFY(SigV4Signer::signingKey(secret, "20150831", "us-east-1", "iam") != first);
    QVERIFY(SigV4Signer::signingKey(secret + 'x', "20150830", "us-east-1", "iam") != first);
}

void TestSigV4Signer::shouldDeriveAKeyAgainOnceEvicted()
{
    const QByteArray secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const QByteArray documented =
        QByteArray::fromHex("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
    QCOMPARE(SigV4Signer::signingKey(secret, "20150830", "us-east-1", "iam"), documented);
    // Every part of the scope makes another key.
    QVERIFY(SigV4Signer::signingKey(secret, "20150830", "us-west-2", "iam") != documented);
    QVERIFY(SigV4Signer::signingKey(secret, "20150830", "us-east-1", "sts") != documented);
    // Far more keys than the cache keeps: the first one is evicted, then derived again.
    for (int day = 1; day <= 300; ++day)
        QVERIFY(!SigV4Signer::signingKey(secret, QByteArray::number(20160000 + day), "us-east-1", "iam").isEmpty());
    QCOMPARE(SigV4Signer::signingKey(secret, "20150830", "us-east-1", "iam"), documented);
}

void TestSigV4Signer::shouldSignTheSameOnManyThreadsAtOnce()
{
    // The cached keys (and their HMAC contexts) are shared by every thread that signs.
    SigV4Request request;
    request.method = "POST";
    request.path = "/v1/repository/external-connection";
    request.query = {{"domain", "dd"}, {"repository", "rr"}, {"external-connection", "public:npmjs"}};
    request.headers = {{"Host", "127.0.0.1:18777"}};
    SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    options.service = QStringLiteral("codeartifact");
    options.time = QDateTime::fromString(QStringLiteral("20261125T181004Z"), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    options.time.setTimeSpec(Qt::UTC);
    QList<AwsCredentials> credentials(3);
    QList<QByteArray> expected;
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        credentials[i].accessKeyId = QStringLiteral("AKIDEXAMPLE%1").arg(i);
        credentials[i].secretAccessKey = "secret-number-" + QByteArray::number(i);
        expected.append(SigV4Signer::sign(request, credentials[i], options).authorization);
    }
    // Three keys, three signatures: a thread that used another thread's key would be caught.
    QVERIFY(expected.at(0) != expected.at(1) && expected.at(1) != expected.at(2) && expected.at(0) != expected.at(2));
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 5000; ++i) {
                const qsizetype which = (t + i) % credentials.size();
                if (SigV4Signer::sign(request, credentials.at(which), options).authorization != expected.at(which))
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestSigV4Signer::shouldNeverPrintTheSecret()
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QByteArrayLiteral("s3cr3t-value-that-must-not-leak");
    credentials.sessionToken = QByteArrayLiteral("t0ken-value-that-must-not-leak");
    QString printed;
    QDebug(&printed) << credentials;
    QVERIFY(printed.contains(QLatin1String("AKIDEXAMPLE")));
    // Say what went wrong without echoing the secret into the test log.
    QVERIFY2(!printed.contains(QLatin1String("s3cr3t")), "QDebug output contains the secret access key");
    QVERIFY2(!printed.contains(QLatin1String("t0ken")), "QDebug output contains the session token");

    SigV4Request request;
    request.method = "GET";
    request.headers = {{"Host", "example.com"}};
    SigV4Options options{QStringLiteral("us-east-1"), QStringLiteral("codeartifact"), QDateTime::currentDateTimeUtc()};
    const SigV4Signature sig = SigV4Signer::sign(request, credentials, options);
    for (const QByteArray *part : {&sig.canonicalRequest, &sig.stringToSign, &sig.authorization})
        QVERIFY2(!part->contains("s3cr3t"), "a signing artefact contains the secret access key");
}

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "tst_sigv4signer.moc"
