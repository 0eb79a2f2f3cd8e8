// The sandbox's request handling from raw bytes: the bytes as they come from a socket, through
// HttpRequestParser, and every request it frames into SandboxServer::answer() (method, STS, IAM
// Identity Center or route, query, signature, operation) against an in-memory sandbox seeded with the demo.
// Checks, under the default limits and under small ones: the input fed in two pieces split
// anywhere, or a byte at a time, gives the same requests and the same error as fed whole; an
// error ends the results, is one of 400, 413, 431, 501, 505 with a short message, carries no
// request, and is given again for any byte fed after it; a request has a token method, a path
// starting with '/', no control character in a header, one Host in HTTP/1.1, never both
// Content-Length and Transfer-Encoding, a body within the limit and exactly as long as its
// Content-Length says; written again with a Content-Length it reads back the same. Answered as
// received, and again signed afresh with the sandbox's key (which must then pass the signature
// check): the status is never 500, a JSON answer is an object (or, for a success, empty) and an
// error names its code and has a message (SSO OIDC's error_description), the operation is named
// exactly when a route matched (CodeArtifact's or IAM Identity Center's), and no answer holds the sandbox's secret.

#include "aws/sigv4signer.h"
#include "fuzzcheck.h"
#include "sandbox/httprequestparser.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace desk;

namespace {

using Parser = HttpRequestParser;

// The key the requests in tests/data/codeartifact/captured-requests.md were signed with (AWS's
// documented example key, not a secret), and a moment within their clock skew: the captured
// requests in the seed corpus pass the signature check as they are.
const QString kAccessKeyId = QStringLiteral("AKIDEXAMPLE");
const QByteArray kSecret = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QDateTime kNow(QDate(2026, 11, 25), QTime(18, 10, 4), Qt::UTC);

// A request, an error, or the end of the bytes: what one result stands for.
bool sameResult(const Parser::Result &a, const Parser::Result &b)
{
    if (a.status != b.status)
        return false;
    if (a.status == Parser::Status::Error)
        return a.error.status == b.error.status && a.error.message == b.error.message;
    if (a.status != Parser::Status::Complete)
        return true;
    const Parser::Request &x = a.request;
    const Parser::Request &y = b.request;
    return x.wire.method == y.wire.method && x.wire.path == y.wire.path && x.wire.rawQuery == y.wire.rawQuery
        && x.wire.headers == y.wire.headers && x.wire.body == y.wire.body && x.minorVersion == y.minorVersion
        && x.keepAlive == y.keepAlive;
}

bool sameResults(const QList<Parser::Result> &a, const QList<Parser::Result> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameResult(a[i], b[i]))
            return false;
    }
    return true;
}

// The results of `bytes` fed in pieces as SandboxConnection feeds them: next() until it needs
// more, then the next piece. A ContinueExpected is not listed (parseAll() does not list it).
QList<Parser::Result> parseInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts, Parser::Limits limits)
{
    Parser parser(limits);
    QList<Parser::Result> results;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i) {
        const qsizetype to = i < cuts.size() ? cuts[i] : bytes.size();
        Parser::Result r = parser.feed(QByteArrayView(bytes).sliced(from, to - from));
        from = to;
        for (;;) {
            if (r.status == Parser::Status::Error) {
                // The stream is over: anything fed after an error gets the same error.
                const Parser::Result again = parser.feed(QByteArrayView(bytes).sliced(from));
                FUZZ_CHECK(sameResult(again, r));
                results.append(r);
                return results;
            }
            if (r.status == Parser::Status::NeedMore)
                break;
            if (r.status == Parser::Status::Complete)
                results.append(r);
            r = parser.next();
        }
    }
    results.append(Parser::Result{});   // the final NeedMore
    return results;
}

// Where to cut the input in two: everywhere in a short input, else evenly spread points and
// both sides of every CR and LF (where framing is decided), at most a few hundred.
QList<qsizetype> cutPoints(const QByteArray &bytes)
{
    QList<qsizetype> out;
    if (bytes.size() <= 512) {
        for (qsizetype i = 1; i < bytes.size(); ++i)
            out.append(i);
        return out;
    }
    for (qsizetype i = 1; i < 128; ++i)
        out.append(bytes.size() * i / 128);
    for (qsizetype i = 0; i < bytes.size() && out.size() < 512; ++i) {
        if (bytes[i] == '\r' || bytes[i] == '\n') {
            out.append(i);
            out.append(i + 1);
        }
    }
    return out;
}

bool hasControl(const QByteArray &text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isFramingHeader(const QByteArray &name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
}

// The request written again, framed with a Content-Length whatever framed it before.
QByteArray rewritten(const Parser::Request &request)
{
    const SandboxWireRequest &wire = request.wire;
    QByteArray out = wire.method + ' ' + wire.path + (wire.rawQuery.isEmpty() ? QByteArray() : '?' + wire.rawQuery)
        + " HTTP/1." + QByteArray::number(request.minorVersion) + "\r\n";
    for (const auto &[name, value] : wire.headers) {
        if (!isFramingHeader(name))
            out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(wire.body.size()) + "\r\n\r\n" + wire.body;
    return out;
}

void checkRequest(const Parser::Request &request, Parser::Limits limits)
{
    const SandboxWireRequest &wire = request.wire;
    FUZZ_CHECK(isToken(wire.method));
    FUZZ_CHECK(wire.path.startsWith('/'));
    FUZZ_CHECK(!hasControl(wire.path) && !wire.path.contains(' ') && !wire.path.contains('?'));
    FUZZ_CHECK(!hasControl(wire.rawQuery) && !wire.rawQuery.contains(' '));
    FUZZ_CHECK(request.minorVersion == 0 || request.minorVersion == 1);
    for (const auto &[name, value] : wire.headers) {
        FUZZ_CHECK(isToken(name));
        FUZZ_CHECK(!hasControl(value));
    }
    if (request.minorVersion == 1)
        FUZZ_CHECK(wire.headerCount("host") == 1);
    else
        FUZZ_CHECK(wire.headerCount("host") <= 1 && !wire.hasHeader("transfer-encoding"));
    FUZZ_CHECK(wire.body.size() <= limits.maxBodyBytes);
    FUZZ_CHECK(!(wire.hasHeader("content-length") && wire.hasHeader("transfer-encoding")));
    if (wire.hasHeader("content-length")) {
        FUZZ_CHECK(wire.headerCount("content-length") == 1);
        FUZZ_CHECK(wire.header("content-length").toLongLong() == wire.body.size());
    } else if (!wire.hasHeader("transfer-encoding")) {
        FUZZ_CHECK(wire.body.isEmpty());
    }
    for (const QByteArray &option : wire.header("connection").toLower().split(',')) {
        if (option.trimmed() == "close")
            FUZZ_CHECK(!request.keepAlive);
    }

    // Written again with a Content-Length, it reads back the same (but for its framing). The
    // header limit grows by what the rewriting adds: a head just under it may not stay so.
    const QByteArray bytes = rewritten(request);
    const QList<Parser::Result> again =
        Parser::parseAll(bytes, Parser::Limits{limits.maxHeaderBytes + bytes.size(), limits.maxBodyBytes});
    FUZZ_CHECK(again.size() == 2 && again[0].status == Parser::Status::Complete
               && again[1].status == Parser::Status::NeedMore);
    const Parser::Request &back = again[0].request;
    FUZZ_CHECK(back.wire.method == wire.method && back.wire.path == wire.path && back.wire.rawQuery == wire.rawQuery);
    FUZZ_CHECK(back.wire.body == wire.body && back.minorVersion == request.minorVersion
               && back.keepAlive == request.keepAlive);
    ByteArrayPairs headers;
    for (const auto &header : wire.headers) {
        if (!isFramingHeader(header.first))
            headers.append(header);
    }
    headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(wire.body.size())});
    FUZZ_CHECK(back.wire.headers == headers);
}

void checkResults(const QList<Parser::Result> &results, Parser::Limits limits)
{
    FUZZ_CHECK(!results.isEmpty());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const Parser::Result &r = results[i];
        const bool last = i == results.size() - 1;
        FUZZ_CHECK(r.status != Parser::Status::ContinueExpected);
        FUZZ_CHECK(last == (r.status != Parser::Status::Complete));
        if (r.status == Parser::Status::Complete) {
            FUZZ_CHECK(r.error.status == 0);
            checkRequest(r.request, limits);
        } else {
            // A rejected request, or the bytes of one not yet whole, never yield a request.
            FUZZ_CHECK(r.request.wire.method.isEmpty() && r.request.wire.path.isEmpty());
            FUZZ_CHECK(r.request.wire.headers.isEmpty() && r.request.wire.body.isEmpty());
        }
        if (r.status == Parser::Status::Error) {
            static const QList<int> statuses{400, 413, 431, 501, 505};
            FUZZ_CHECK(statuses.contains(r.error.status));
            FUZZ_CHECK(!r.error.message.isEmpty() && r.error.message.size() <= 300);
        }
    }
}

SandboxConfig sandboxConfig()
{
    SandboxConfig config;
    config.accessKeyId = kAccessKeyId;
    config.secretAccessKey = kSecret;
    config.seed = QStringLiteral("demo");
    return config;
}

bool isAuthenticationError(const SandboxResponse &response)
{
    static const QByteArrayList codes{"MissingAuthenticationTokenException", "IncompleteSignatureException",
                                      "UnrecognizedClientException", "InvalidSignatureException",
                                      "ExpiredTokenException", "SignatureDoesNotMatch", "IncompleteSignature",
                                      "InvalidClientTokenId", "MissingAuthenticationToken", "ExpiredToken"};
    for (const auto &[name, value] : response.headers) {
        if (name.compare("x-amzn-ErrorType", Qt::CaseInsensitive) == 0 && codes.contains(value))
            return true;
    }
    for (const QByteArray &code : codes) {
        if (response.contentType.contains("xml") && response.body.contains("<Code>" + code + "</Code>"))
            return true;
    }
    return false;
}

void checkAnswer(const SandboxWireRequest &request, const SandboxServer::Answer &answer, bool secretInInput)
{
    const SandboxResponse &response = answer.response;
    FUZZ_CHECK(!answer.drop);   // no fault is configured
    // Nothing the client sends makes the sandbox fail inside: its state is in memory and no
    // fault is set, so a 500 is a bug.
    FUZZ_CHECK(response.status >= 200 && response.status < 600 && response.status != 500);
    // The operation is named exactly when a route matched (a method HTTP does not define is
    // refused before routing).
    static const QByteArrayList httpMethods{"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"};
    const QString path = QUrl::fromPercentEncoding(request.path);
    if (path != QLatin1String("/")) {
        // CodeArtifact's table, or IAM Identity Center's rows (SsoService; its page names none).
        const bool routed = httpMethods.contains(request.method)
            && (SandboxOperations::match(request.method, path).ok() || Operations::route(request.method, path, u"sso-oidc")
                || Operations::route(request.method, path, u"sso"));
        FUZZ_CHECK(routed == !answer.operation.isEmpty());
    }
    // A success may have no body (the portal's Logout); an error always has one.
    if (response.contentType == "application/json" && !(response.status < 300 && response.body.isEmpty())) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject());
        if (response.status >= 300) {
            bool named = false;
            for (const auto &[name, value] : response.headers)
                named = named || (name == "x-amzn-ErrorType" && !value.isEmpty());
            FUZZ_CHECK(named);
            // rest-json's {"message"}, or SSO OIDC's OAuth form {"error", "error_description"}.
            const QJsonObject body = document.object();
            FUZZ_CHECK(body.contains(QLatin1String("message"))
                       || (body.value(QLatin1String("error")).isString()
                           && body.value(QLatin1String("error_description")).isString()));
        }
    }
    if (!secretInInput) {
        FUZZ_CHECK(!response.body.contains(kSecret));
        for (const auto &header : response.headers)
            FUZZ_CHECK(!header.second.contains(kSecret));
    }
}

// The request signed afresh by SigV4Signer with the sandbox's key, at the sandbox's time: the
// headers the signer writes replace any the client sent.
SandboxWireRequest signedAfresh(const SandboxWireRequest &wire)
{
    static const QByteArrayList signerHeaders{"authorization", "x-amz-date", "x-amz-security-token",
                                              "x-amz-content-sha256"};
    SigV4Request request;
    request.method = wire.method;
    request.path = wire.path;
    request.query = SigV4Signer::parseQueryString(wire.rawQuery);
    for (const auto &header : wire.headers) {
        if (!signerHeaders.contains(header.first.toLower()))
            request.headers.append(header);
    }
    request.payloadHash = SigV4Signer::sha256Hex(wire.body);
    AwsCredentials credentials;
    credentials.accessKeyId = kAccessKeyId;
    credentials.secretAccessKey = kSecret;
    SigV4Options options;
    options.region = SandboxConfig::defaultRegion();
    options.service = QUrl::fromPercentEncoding(wire.path) == QLatin1String("/") ? QStringLiteral("sts")
                                                                                 : QStringLiteral("codeartifact");
    options.time = kNow;
    const SigV4Signature signature = SigV4Signer::sign(request, credentials, options);
    SandboxWireRequest out = wire;
    out.headers = request.headers;
    out.headers.append(signature.headersToAdd);
    return out;
}

void answerRequests(const QList<Parser::Result> &results, bool secretInInput)
{
    std::unique_ptr<SandboxServer> server;
    int answered = 0;
    for (const Parser::Result &r : results) {
        if (r.status != Parser::Status::Complete || ++answered > 8)
            break;
        if (!server) {
            server = std::make_unique<SandboxServer>(sandboxConfig());
            server->setClock([] { return kNow; });
            FUZZ_CHECK(server->open().ok);
        }
        const SandboxWireRequest &wire = r.request.wire;
        checkAnswer(wire, server->answer(wire, QStringLiteral("fuzz-request")), secretInInput);
        if (!isToken(wire.method) || wire.headerCount("host") != 1)
            continue;
        const SandboxServer::Answer signedAnswer = server->answer(signedAfresh(wire), QStringLiteral("fuzz-request"));
        checkAnswer(wire, signedAnswer, secretInInput);
        FUZZ_CHECK(!isAuthenticationError(signedAnswer.response));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Parser::Limits small{512, 64};
    for (const Parser::Limits limits : {Parser::Limits{}, small}) {
        const QList<Parser::Result> whole = Parser::parseAll(bytes, limits);
        checkResults(whole, limits);
        for (const qsizetype cut : cutPoints(bytes))
            FUZZ_CHECK(sameResults(parseInPieces(bytes, {cut}, limits), whole));
        if (bytes.size() <= 4096) {
            QList<qsizetype> everyByte;
            for (qsizetype i = 1; i < bytes.size(); ++i)
                everyByte.append(i);
            FUZZ_CHECK(sameResults(parseInPieces(bytes, everyByte, limits), whole));
        }
        if (limits.maxBodyBytes == SandboxConfig::defaultMaxBodyBytes)
            answerRequests(whole, bytes.contains(kSecret));
    }
    return 0;
}
