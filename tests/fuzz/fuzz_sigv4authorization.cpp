// The sandbox's reading of an Authorization header (SigV4Authorization::parse), from any bytes,
// and what it reads of a header our signer wrote.
// Checks, on the whole input as a header value: a header is valid exactly when there is no
// problem to report; a valid one has an 8-character date, a signature and signed headers, and
// written again in the canonical form it reads back the same. On the input as a request (method,
// path and query lines, "name: value" header lines up to an empty line, then the body): the query
// survives being written and read back; SigV4Signer signs it, the parser reads back the signer's
// scope, signed headers and signature, and SandboxSignatureVerifier accepts it.

#include "aws/sigv4signer.h"
#include "fuzzcheck.h"
#include "sandbox/sandboxsignatureverifier.h"
#include "sandbox/sigv4authorization.h"

using namespace desk;

namespace {

const QByteArray kAccessKeyId = QByteArrayLiteral("AKIDFUZZEXAMPLE");
const QByteArray kSecret = QByteArrayLiteral("fuzz-secret-access-key-not-a-secret");
const QString kRegion = QStringLiteral("us-east-1");
const QString kService = QStringLiteral("codeartifact");

QByteArray rendered(const SigV4Authorization &auth)
{
    return "AWS4-HMAC-SHA256 Credential=" + auth.accessKeyId + '/' + auth.date + '/' + auth.region + '/' + auth.service
        + "/aws4_request, SignedHeaders=" + auth.signedHeaders.join(';') + ", Signature=" + auth.signature;
}

void checkHeader(const QByteArray &value)
{
    const SigV4Authorization auth = SigV4Authorization::parse(value);
    FUZZ_CHECK(auth.valid == auth.problem.isEmpty());
    if (!auth.valid)
        return;
    FUZZ_CHECK(auth.date.size() == 8);
    FUZZ_CHECK(!auth.signature.isEmpty());
    FUZZ_CHECK(!auth.signedHeaders.isEmpty());
    const SigV4Authorization again = SigV4Authorization::parse(rendered(auth));
    FUZZ_CHECK(again.valid);
    FUZZ_CHECK(again.accessKeyId == auth.accessKeyId);
    FUZZ_CHECK(again.date == auth.date);
    FUZZ_CHECK(again.region == auth.region);
    FUZZ_CHECK(again.service == auth.service);
    FUZZ_CHECK(again.signedHeaders == auth.signedHeaders);
    FUZZ_CHECK(again.signature == auth.signature);
}

// RFC 9110's token characters: what a header name can be on the wire.
bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// The headers a client sets itself; the signer adds the others.
bool isClientHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return isToken(name) && lower != "host" && lower != "authorization" && lower != "x-amz-date"
        && lower != "x-amz-security-token" && lower != "x-amz-content-sha256";
}

void checkSignedRequest(fuzz::FuzzInput &input)
{
    SigV4Request request;
    request.method = input.takeLine().trimmed().toUpper();
    if (request.method.isEmpty() || !isToken(request.method))
        request.method = "POST";
    request.path = input.takeLine().trimmed();
    if (!request.path.startsWith('/') || request.path.contains(' '))
        request.path.prepend('/').replace(' ', "%20");
    const ByteArrayPairs query = SigV4Signer::parseQueryString(input.takeLine());
    const QByteArray wireQuery = SigV4Signer::buildQueryString(query);
    FUZZ_CHECK(SigV4Signer::parseQueryString(wireQuery) == query);
    request.query = query;
    request.headers.append({QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:8443")});
    while (!input.atEnd()) {
        const QByteArray line = input.takeLine();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon);
        const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (colon > 0 && isClientHeader(name) && !value.contains('\r') && !value.contains('\0'))
            request.headers.append({name, value});
    }
    const QByteArray body = input.rest();
    request.payloadHash = body.isEmpty() ? QByteArray() : SigV4Signer::sha256Hex(body);

    AwsCredentials credentials;
    credentials.accessKeyId = QString::fromLatin1(kAccessKeyId);
    credentials.secretAccessKey = kSecret;
    SigV4Options options;
    options.region = kRegion;
    options.service = kService;
    options.time = QDateTime(QDate(2026, 11, 25), QTime(18, 10, 4), Qt::UTC);
    const SigV4Signature signature = SigV4Signer::sign(request, credentials, options);

    const SigV4Authorization auth = SigV4Authorization::parse(signature.authorization);
    FUZZ_CHECK(auth.valid);
    FUZZ_CHECK(auth.accessKeyId == kAccessKeyId);
    FUZZ_CHECK(auth.date + '/' + auth.region + '/' + auth.service + "/aws4_request" == signature.credentialScope);
    FUZZ_CHECK(auth.signedHeaders.join(';') == signature.signedHeaders);
    FUZZ_CHECK(auth.signature == signature.signature);

    SandboxWireRequest wire;
    wire.method = request.method;
    wire.path = request.path;
    wire.rawQuery = wireQuery;
    wire.headers = request.headers;
    wire.headers.append(signature.headersToAdd);
    wire.body = body;
    static SandboxSignatureVerifier verifier = [] {
        SandboxSignatureVerifier v(kRegion);
        AwsCredentials known;
        known.accessKeyId = QString::fromLatin1(kAccessKeyId);
        known.secretAccessKey = kSecret;
        v.addCredentials(known, SandboxIdentity{known.accessKeyId, QStringLiteral("111122223333"), {}, {}, {}});
        return v;
    }();
    const SandboxSignatureVerifier::Result result = verifier.verify(wire, kService, options.time);
    if (!result.ok())
        std::fprintf(stderr, "verifier: %s\n", qPrintable(result.error.details()));
    FUZZ_CHECK(result.ok());
    FUZZ_CHECK(result.identity.accessKeyId == credentials.accessKeyId);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput input(data, size);
    checkHeader(input.all());
    checkSignedRequest(input);
    return 0;
}
