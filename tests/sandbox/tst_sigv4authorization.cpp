// The sandbox's reading of an Authorization header (the signature itself is SigV4Signer's).

#include "sandbox/sigv4authorization.h"

#include <QStandardPaths>
#include <QTest>

using namespace desk;

class TestSigV4Authorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldParseAuthorizationHeader();
    void shouldRejectMalformedAuthorizationHeader_data();
    void shouldRejectMalformedAuthorizationHeader();
};

void TestSigV4Authorization::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSigV4Authorization::shouldParseAuthorizationHeader()
{
    const SigV4Authorization auth = SigV4Authorization::parse(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/us-east-1/codeartifact/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=8118c08d7531ea550e81b1e25760b828530f04afeac248b89825f297ad461962");
    QVERIFY2(auth.valid, qPrintable(auth.problem));
    QCOMPARE(auth.accessKeyId, QByteArray("AKIDEXAMPLE"));
    QCOMPARE(auth.date, QByteArray("20261125"));
    QCOMPARE(auth.region, QByteArray("us-east-1"));
    QCOMPARE(auth.service, QByteArray("codeartifact"));
    QCOMPARE(auth.signedHeaders, (QList<QByteArray>{"host", "x-amz-date"}));
    QCOMPARE(auth.signature.size(), 64);
}

void TestSigV4Authorization::shouldRejectMalformedAuthorizationHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("no signature") << QByteArray("AWS4-HMAC-SHA256 Credential=A/20261125/us-east-1/codeartifact/aws4_request, SignedHeaders=host");
    QTest::newRow("short scope") << QByteArray("AWS4-HMAC-SHA256 Credential=A/20261125/us-east-1, SignedHeaders=host, Signature=ab");
    QTest::newRow("garbage") << QByteArray("AWS4-HMAC-SHA256 ,,,===,,");
}

void TestSigV4Authorization::shouldRejectMalformedAuthorizationHeader()
{
    QFETCH(QByteArray, header);
    const SigV4Authorization auth = SigV4Authorization::parse(header);
    QVERIFY(!auth.valid);
    QVERIFY(!auth.problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestSigV4Authorization)
#include "tst_sigv4authorization.moc"
