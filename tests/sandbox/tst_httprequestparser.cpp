#include "sandbox/httprequestparser.h"

#include <QStandardPaths>
#include <QTest>

using namespace desk;
using Status = HttpRequestParser::Status;

namespace {

const QByteArray kGet = "GET /v1/domain?domain=a HTTP/1.1\r\nHost: h\r\n\r\n";

HttpRequestParser::Limits smallLimits()
{
    return {256, 64};
}

// Feeds `bytes` one at a time, then gives every result but NeedMore and ContinueExpected.
QList<HttpRequestParser::Result> feedBytewise(const QByteArray &bytes, HttpRequestParser::Limits limits)
{
    HttpRequestParser parser(limits);
    QList<HttpRequestParser::Result> out;
    for (const char c : bytes) {
        HttpRequestParser::Result r = parser.feed(QByteArrayView(&c, 1));
        while (r.status == Status::Complete || r.status == Status::ContinueExpected) {
            if (r.status == Status::Complete)
                out.append(r);
            r = parser.next();
        }
        if (r.status == Status::Error) {
            out.append(r);
            return out;
        }
    }
    return out;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldReadARequestAsSent()
    {
        const auto results = HttpRequestParser::parseAll(
            "POST /v1/repository?domain=d%2Dx&repository=r HTTP/1.1\r\nHost: 127.0.0.1:9\r\n"
            "X-Amz-Date:20261125T181004Z\r\nx-custom:  spaced value \t\r\nContent-Length: 2\r\n\r\n{}");
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].status, Status::Complete);
        QCOMPARE(results[1].status, Status::NeedMore);
        const SandboxWireRequest &wire = results[0].request.wire;
        QCOMPARE(wire.method, QByteArray("POST"));
        QCOMPARE(wire.path, QByteArray("/v1/repository"));
        QCOMPARE(wire.rawQuery, QByteArray("domain=d%2Dx&repository=r"));
        QCOMPARE(wire.header("x-amz-date"), QByteArray("20261125T181004Z"));
        QCOMPARE(wire.header("X-CUSTOM"), QByteArray("spaced value"));
        QCOMPARE(wire.headers.first().first, QByteArray("Host"));
        QCOMPARE(wire.body, QByteArray("{}"));
        QVERIFY(results[0].request.keepAlive);
        QCOMPARE(results[0].request.minorVersion, 1);
    }

    void shouldGiveTheSameRequestsHoweverTheBytesAreSplit_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("requests");
        QTest::newRow("pipelined") << kGet + kGet + "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc" + kGet << 4;
        QTest::newRow("chunked with extensions and trailers")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "3;name=value\r\nabc\r\nA \r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n")
                   + kGet
            << 2;
        QTest::newRow("empty lines before a request") << QByteArray("\r\n\r\n") + kGet << 1;
        // Cut between its CR and LF, a chunk-size line of exactly the limit was once refused as
        // over it (found by fuzz_sandboxrequest).
        const QByteArray lineAtLimit = "2;" + QByteArray(HttpRequestParser::maxChunkLineBytes - 2, 'x');
        QTest::newRow("chunk-size line at its limit")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n") + lineAtLimit
                   + "\r\nab\r\n0\r\n\r\n"
            << 1;
        QTest::newRow("continue") << QByteArray("PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx")
                                  << 1;
    }

    void shouldGiveTheSameRequestsHoweverTheBytesAreSplit()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, requests);
        QList<HttpRequestParser::Result> whole = HttpRequestParser::parseAll(bytes, smallLimits());
        QCOMPARE(whole.takeLast().status, Status::NeedMore);
        const QList<HttpRequestParser::Result> split = feedBytewise(bytes, smallLimits());
        QCOMPARE(whole.size(), requests);
        QCOMPARE(split.size(), requests);
        for (int i = 0; i < requests; ++i) {
            QCOMPARE(split[i].status, Status::Complete);
            QCOMPARE(split[i].request.wire.method, whole[i].request.wire.method);
            QCOMPARE(split[i].request.wire.path, whole[i].request.wire.path);
            QCOMPARE(split[i].request.wire.headers, whole[i].request.wire.headers);
            QCOMPARE(split[i].request.wire.body, whole[i].request.wire.body);
        }
    }

    void shouldDecodeChunkedBodiesAndDropTrailers()
    {
        const auto results = HttpRequestParser::parseAll(
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip-not, chunked\r\n\r\n", smallLimits());
        QCOMPARE(results.last().error.status, 501);
        const auto ok = HttpRequestParser::parseAll(
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n2\r\n{}\r\n0\r\nX-Late: 1\r\n\r\n", smallLimits());
        QCOMPARE(ok.first().status, Status::Complete);
        QCOMPARE(ok.first().request.wire.body, QByteArray("{}"));
        QVERIFY(!ok.first().request.wire.hasHeader("x-late"));
    }

    // Each of these was answered 200 by Qt's parser, the rest of the stream read as a request.
    void shouldRefuseWhatCanBeFramedTwoWays_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST / HTTP/1.1\r\nHost: h\r\n";
        QTest::newRow("negative length") << post + "Content-Length: -1\r\n\r\n" << 400;
        QTest::newRow("letters") << post + "Content-Length: abc\r\n\r\n" << 400;
        QTest::newRow("hex length") << post + "Content-Length: 0x2\r\n\r\n" << 400;
        QTest::newRow("plus sign") << post + "Content-Length: +2\r\n\r\n" << 400;
        QTest::newRow("over 64 bits") << post + "Content-Length: 18446744073709551617\r\n\r\n" << 400;
        QTest::newRow("empty length") << post + "Content-Length: \r\n\r\n" << 400;
        QTest::newRow("list") << post + "Content-Length: 2, 2\r\n\r\n{}" << 400;
        QTest::newRow("two lengths") << post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << 400;
        QTest::newRow("two equal lengths") << post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" << 400;
        QTest::newRow("length and chunked") << post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk size zz") << post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" << 400;
        QTest::newRow("chunk size 17 digits") << post + "Transfer-Encoding: chunked\r\n\r\n10000000000000000\r\n" << 400;
        QTest::newRow("chunk without CRLF") << post + "Transfer-Encoding: chunked\r\n\r\n1\r\nab\r\n" << 400;
        QTest::newRow("chunk size bare LF") << post + "Transfer-Encoding: chunked\r\n\r\n1\nx\r\n0\r\n\r\n" << 400;
        QTest::newRow("gzip only") << post + "Transfer-Encoding: gzip\r\n\r\n" << 400;
        QTest::newRow("chunked twice") << post + "Transfer-Encoding: chunked, chunked\r\n\r\n" << 400;
        QTest::newRow("chunked in HTTP/1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nno colon here\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("folded line") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\r\n\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n") << 400;
        QTest::newRow("NUL in a value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: a") + QByteArray(1, '\0') + "b\r\n\r\n" << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("HTTP/9.9") << QByteArray("GET / HTTP/9.9\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("no version") << QByteArray("GET /\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("version HTTP/1") << QByteArray("GET / HTTP/1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("absolute target") << QByteArray("GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("fragment") << QByteArray("GET /#x HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("method not a token") << QByteArray("G(T / HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    }

    void shouldRefuseWhatCanBeFramedTwoWays()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        // What follows would be a request if the framing were guessed: it must never be read.
        const QByteArray smuggled = "GET /smuggled HTTP/1.1\r\nHost: h\r\n\r\n";
        for (const auto &results : {HttpRequestParser::parseAll(bytes + smuggled, smallLimits()),
                                    feedBytewise(bytes + smuggled, smallLimits())}) {
            QVERIFY(!results.isEmpty());
            QCOMPARE(results.last().status, Status::Error);
            QCOMPARE(results.last().error.status, status);
            QVERIFY(!results.last().error.message.isEmpty());
            for (const auto &r : results)
                QVERIFY(r.status != Status::Complete || r.request.wire.path != "/smuggled");
        }
    }

    void shouldAnswer431BeforeAnOversizedHeadEnds()
    {
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\nX-Fill: ").status, Status::NeedMore);
        const auto r = parser.feed(QByteArray(300, 'a'));
        QCOMPARE(r.status, Status::Error);
        QCOMPARE(r.error.status, 431);
        // Empty lines count too: an endless stream of them is no way round the limit.
        QCOMPARE(HttpRequestParser::parseAll(QByteArray(300, '\n').replace("\n", "\r\n"), smallLimits()).last().error.status, 431);
        // A head of exactly the limit is read.
        QByteArray exact = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
        exact += QByteArray(256 - exact.size() - 4, 'b') + "\r\n\r\n";
        QCOMPARE(exact.size(), 256);
        QCOMPARE(HttpRequestParser::parseAll(exact, smallLimits()).first().status, Status::Complete);
    }

    void shouldAnswer413BeforeTheBodyArrives()
    {
        const auto byLength = HttpRequestParser::parseAll("PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 65\r\n\r\n", smallLimits());
        QCOMPARE(byLength.last().error.status, 413);
        const auto byChunk = HttpRequestParser::parseAll(
            "PUT / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n" + QByteArray(32, 'a') + "\r\n21\r\n",
            smallLimits());
        QCOMPARE(byChunk.last().error.status, 413);
        const auto atLimit = HttpRequestParser::parseAll(
            "PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 64\r\n\r\n" + QByteArray(64, 'a'), smallLimits());
        QCOMPARE(atLimit.first().status, Status::Complete);
    }

    void shouldOfferContinueOnceBeforeTheBody()
    {
        HttpRequestParser parser(smallLimits());
        const QByteArray head = "PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n";
        QCOMPARE(parser.feed(head).status, Status::ContinueExpected);
        QCOMPARE(parser.next().status, Status::NeedMore);
        QCOMPARE(parser.feed("{").status, Status::NeedMore);
        QCOMPARE(parser.feed("}").status, Status::Complete);
        // No continue when the body came with the head, nor for HTTP/1.0, nor without a body.
        QCOMPARE(HttpRequestParser::parseAll(head + "{}").first().status, Status::Complete);
        QCOMPARE(HttpRequestParser(smallLimits()).feed("PUT / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n").status,
                 Status::NeedMore);
        QCOMPARE(HttpRequestParser(smallLimits()).feed("GET / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n").status,
                 Status::Complete);
    }

    void shouldKeepConnectionsAliveAsTheVersionSays_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << true;
        QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Close\r\n\r\n") << false;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
        QTest::newRow("1.2 as 1.1") << QByteArray("GET / HTTP/1.2\r\nHost: h\r\n\r\n") << true;
    }

    void shouldKeepConnectionsAliveAsTheVersionSays()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, keepAlive);
        const auto results = HttpRequestParser::parseAll(bytes);
        QCOMPARE(results.first().status, Status::Complete);
        QCOMPARE(results.first().request.keepAlive, keepAlive);
    }

    void shouldStayFailedAfterAnError()
    {
        HttpRequestParser parser(smallLimits());
        QCOMPARE(parser.feed("GET / HTTP/2.0\r\nHost: h\r\n\r\n").error.status, 505);
        const auto again = parser.feed(kGet);
        QCOMPARE(again.status, Status::Error);
        QCOMPARE(again.error.status, 505);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
