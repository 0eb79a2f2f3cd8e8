#include "sigv4signer.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>


namespace desk {

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == '~';
}

bool isNeverSigned(const QByteArray &lowerName)
{
    return lowerName == "authorization" || lowerName == "user-agent" || lowerName == "expect"
        || lowerName == "x-amzn-trace-id";
}

// Trim, and fold every run of white space (spaces, tabs, folded line breaks) into one space.
QByteArray canonicalHeaderValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (char c : value) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

struct SigningKeyCache
{
    QMutex mutex;
    QHash<QByteArray, QByteArray> keys;  // digest of (secret, date, region, service) -> key
};

SigningKeyCache &signingKeyCache()
{
    static SigningKeyCache cache;
    return cache;
}

} // namespace

QByteArray SigV4Signer::uriEncode(const QByteArray &bytes, bool encodeSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(ch) || (ch == '/' && !encodeSlash)) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &wirePath)
{
    const QByteArray path = wirePath.isEmpty() ? QByteArrayLiteral("/") : wirePath;
    QList<QByteArray> segments;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(part);
    }
    QByteArray out = QByteArrayLiteral("/");
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(uriEncode(segments.at(i)));
    }
    const bool trailingSlash = path.endsWith('/') || path.endsWith("/.") || path.endsWith("/..");
    if (!segments.isEmpty() && trailingSlash)
        out.append('/');
    return out;
}

QByteArray SigV4Signer::canonicalQueryString(const ByteArrayPairs &decodedQuery)
{
    ByteArrayPairs encoded;
    encoded.reserve(decodedQuery.size());
    for (const auto &[name, value] : decodedQuery)
        encoded.append({uriEncode(name), uriEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name);
        out.append('=');
        out.append(value);
    }
    return out;
}

QByteArray SigV4Signer::canonicalHeaders(const ByteArrayPairs &headers, QByteArray *signedHeaders)
{
    // Names lowercased; repeated names keep their values in order, joined by commas.
    QList<QByteArray> names;
    QHash<QByteArray, QByteArray> values;
    for (const auto &[rawName, rawValue] : headers) {
        const QByteArray name = rawName.trimmed().toLower();
        if (name.isEmpty() || isNeverSigned(name))
            continue;
        const QByteArray value = canonicalHeaderValue(rawValue);
        auto it = values.find(name);
        if (it == values.end()) {
            names.append(name);
            values.insert(name, value);
        } else {
            it->append(',');
            it->append(value);
        }
    }
    std::sort(names.begin(), names.end());
    QByteArray out;
    for (const QByteArray &name : std::as_const(names)) {
        out.append(name);
        out.append(':');
        out.append(values.value(name));
        out.append('\n');
    }
    if (signedHeaders)
        *signedHeaders = names.join(';');
    return out;
}

ByteArrayPairs SigV4Signer::parseQueryString(const QByteArray &rawQuery)
{
    ByteArrayPairs out;
    if (rawQuery.isEmpty())
        return out;
    const QList<QByteArray> parts = rawQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return out;
}

QByteArray SigV4Signer::buildQueryString(const ByteArrayPairs &decodedQuery)
{
    QByteArray out;
    for (const auto &[name, value] : decodedQuery) {
        if (!out.isEmpty())
            out.append('&');
        out.append(uriEncode(name));
        out.append('=');
        out.append(uriEncode(value));
    }
    return out;
}

QByteArray SigV4Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::emptyPayloadHash()
{
    static const QByteArray hash =
        QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    return hash;
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::signingKey(const QByteArray &secret, const QByteArray &date,
                                   const QByteArray &region, const QByteArray &service)
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(secret);
    for (const QByteArray *part : {&date, &region, &service}) {
        digest.addData(QByteArrayView("\n", 1));
        digest.addData(*part);
    }
    const QByteArray cacheKey = digest.result();

    SigningKeyCache &cache = signingKeyCache();
    {
        QMutexLocker locker(&cache.mutex);
        const auto it = cache.keys.constFind(cacheKey);
        if (it != cache.keys.constEnd())
            return *it;
    }
    const QByteArray kDate = hmac(QByteArrayLiteral("AWS4") + secret, date);
    const QByteArray kRegion = hmac(kDate, region);
    const QByteArray kService = hmac(kRegion, service);
    const QByteArray kSigning = hmac(kService, QByteArrayLiteral("aws4_request"));
    QMutexLocker locker(&cache.mutex);
    if (cache.keys.size() >= 64)
        cache.keys.clear();
    cache.keys.insert(cacheKey, kSigning);
    return kSigning;
}

SigV4Signature SigV4Signer::sign(const SigV4Request &request, const AwsCredentials &credentials,
                                 const SigV4Options &options)
{
    SigV4Signature out;
    out.amzDate = amzDate(options.time);
    const QByteArray date = out.amzDate.left(8);
    const QByteArray region = options.region.toUtf8();
    const QByteArray service = options.service.toUtf8();
    out.credentialScope = date + '/' + region + '/' + service + QByteArrayLiteral("/aws4_request");
    const QByteArray payloadHash = request.payloadHash.isEmpty() ? emptyPayloadHash() : request.payloadHash;

    ByteArrayPairs headers = request.headers;
    const bool hasDate = std::any_of(headers.cbegin(), headers.cend(), [](const auto &h) {
        return h.first.compare("x-amz-date", Qt::CaseInsensitive) == 0;
    });
    if (!hasDate) {
        headers.append({QByteArrayLiteral("X-Amz-Date"), out.amzDate});
        out.headersToAdd.append(headers.constLast());
    }
    if (!credentials.sessionToken.isEmpty()) {
        const std::pair<QByteArray, QByteArray> token{QByteArrayLiteral("X-Amz-Security-Token"),
                                                      credentials.sessionToken};
        if (options.signSessionToken)
            headers.append(token);
        out.headersToAdd.append(token);
    }
    if (options.addContentSha256Header) {
        headers.append({QByteArrayLiteral("x-amz-content-sha256"), payloadHash});
        out.headersToAdd.append(headers.constLast());
    }

    out.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(request.path) + '\n'
        + canonicalQueryString(request.query) + '\n' + canonicalHeaders(headers, &out.signedHeaders)
        + '\n' + out.signedHeaders + '\n' + payloadHash;
    out.stringToSign = kAlgorithm + '\n' + out.amzDate + '\n' + out.credentialScope + '\n'
        + sha256Hex(out.canonicalRequest);
    const QByteArray key = signingKey(credentials.secretAccessKey, date, region, service);
    out.signature = hmac(key, out.stringToSign).toHex();
    out.authorization = kAlgorithm + QByteArrayLiteral(" Credential=") + credentials.accessKeyId.toUtf8()
        + '/' + out.credentialScope + QByteArrayLiteral(", SignedHeaders=") + out.signedHeaders
        + QByteArrayLiteral(", Signature=") + out.signature;
    out.headersToAdd.append({QByteArrayLiteral("Authorization"), out.authorization});
    return out;
}

SigV4Authorization SigV4Signer::parseAuthorization(const QByteArray &headerValue)
{
    SigV4Authorization out;
    const QByteArray value = headerValue.trimmed();
    if (!value.startsWith(kAlgorithm + ' ')) {
        out.problem = QStringLiteral("Authorization header requires the AWS4-HMAC-SHA256 algorithm.");
        return out;
    }
    QByteArray credential;
    QByteArray signedHeaders;
    const QList<QByteArray> parts = value.mid(kAlgorithm.size() + 1).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = part.left(eq);
        const QByteArray v = part.mid(eq + 1);
        if (key == "Credential")
            credential = v;
        else if (key == "SignedHeaders")
            signedHeaders = v;
        else if (key == "Signature")
            out.signature = v;
    }
    QStringList missing;
    if (credential.isEmpty())
        missing << QStringLiteral("Credential");
    if (signedHeaders.isEmpty())
        missing << QStringLiteral("SignedHeaders");
    if (out.signature.isEmpty())
        missing << QStringLiteral("Signature");
    if (!missing.isEmpty()) {
        out.problem = QStringLiteral("Authorization header requires '%1' parameter(s).")
                          .arg(missing.join(QStringLiteral("', '")));
        return out;
    }
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope.at(4) != "aws4_request" || scope.at(1).size() != 8) {
        out.problem = QStringLiteral("Credential should be scoped to a valid region, date and service: "
                                     "ACCESS_KEY/yyyyMMdd/REGION/SERVICE/aws4_request.");
        return out;
    }
    out.accessKeyId = scope.at(0);
    out.date = scope.at(1);
    out.region = scope.at(2);
    out.service = scope.at(3);
    out.signedHeaders = signedHeaders.split(';');
    out.valid = true;
    return out;
}

} // namespace desk
