#include "sigv4signer.h"

#include <QHash>
#include <QVarLengthArray>
#include <QMutex>
#include <QMutexLocker>

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <limits>


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
    bool clean = !value.isEmpty() && value.front() != ' ' && value.back() != ' ';
    for (qsizetype i = 0; clean && i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '\t' || c == '\r' || c == '\n' || (c == ' ' && i + 1 < value.size() && value.at(i + 1) == ' '))
            clean = false;
    }
    if (clean)
        return value;
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

// SHA-256 and HMAC-SHA256 on OpenSSL's libcrypto (hardware SHA where the CPU has it), with one
// reusable digest context per thread.
using Digest = std::array<unsigned char, 32>;

const EVP_MD *sha256Algorithm()
{
    static const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md ? md : EVP_sha256();
}

struct DigestContext
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~DigestContext() { EVP_MD_CTX_free(ctx); }
};

EVP_MD_CTX *threadDigestContext()
{
    thread_local DigestContext context;
    return context.ctx;
}

Digest sha256(std::initializer_list<QByteArrayView> parts)
{
    Digest out{};
    EVP_MD_CTX *ctx = threadDigestContext();
    EVP_DigestInit_ex2(ctx, sha256Algorithm(), nullptr);
    for (const QByteArrayView part : parts)
        EVP_DigestUpdate(ctx, part.data(), size_t(part.size()));
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, out.data(), &length);
    return out;
}

QByteArrayView view(const Digest &digest)
{
    return QByteArrayView(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

Digest hmacDigest(QByteArrayView key, QByteArrayView message)
{
    constexpr int kBlock = 64;
    std::array<char, kBlock> keyBlock{};
    if (key.size() > kBlock) {
        const Digest hashed = sha256({key});
        std::memcpy(keyBlock.data(), hashed.data(), hashed.size());
    } else {
        std::memcpy(keyBlock.data(), key.data(), size_t(key.size()));
    }
    std::array<char, kBlock> inner;
    std::array<char, kBlock> outer;
    for (int i = 0; i < kBlock; ++i) {
        inner[i] = char(keyBlock[i] ^ 0x36);
        outer[i] = char(keyBlock[i] ^ 0x5c);
    }
    const Digest innerDigest = sha256({QByteArrayView(inner.data(), kBlock), message});
    const Digest out = sha256({QByteArrayView(outer.data(), kBlock), view(innerDigest)});
    std::memset(keyBlock.data(), 0, keyBlock.size());
    std::memset(inner.data(), 0, inner.size());
    std::memset(outer.data(), 0, outer.size());
    return out;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    const Digest d = hmacDigest(key, message);
    return QByteArray(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
}

QByteArray toHex(const Digest &digest)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out(qsizetype(digest.size() * 2), Qt::Uninitialized);
    char *p = out.data();
    for (unsigned char c : digest) {
        *p++ = hex[c >> 4];
        *p++ = hex[c & 0xF];
    }
    return out;
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
    const char *begin = bytes.constData();
    const char *end = begin + bytes.size();
    const char *first = begin;
    while (first != end && (isUnreserved(*first) || (*first == '/' && !encodeSlash)))
        ++first;
    if (first == end)
        return bytes;  // nothing to encode: share, don't copy
    QByteArray out(bytes.size() * 3, Qt::Uninitialized);
    char *p = out.data();
    std::memcpy(p, begin, size_t(first - begin));
    p += first - begin;
    for (const char *it = first; it != end; ++it) {
        const char ch = *it;
        if (isUnreserved(ch) || (ch == '/' && !encodeSlash)) {
            *p++ = ch;
        } else {
            const auto c = static_cast<unsigned char>(ch);
            *p++ = '%';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 0xF];
        }
    }
    out.truncate(p - out.constData());
    return out;
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &wirePath)
{
    // Fast path: an already normal path of unreserved characters is its own canonical form.
    if (wirePath.startsWith('/') && !wirePath.contains("//") && !wirePath.contains("/.")) {
        bool plain = true;
        for (const char c : wirePath) {
            if (!isUnreserved(c) && c != '/') {
                plain = false;
                break;
            }
        }
        if (plain)
            return wirePath;
    }
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
    QVarLengthArray<std::pair<QByteArray, QByteArray>, 16> encoded;
    qsizetype total = 0;
    for (const auto &[name, value] : decodedQuery) {
        encoded.append({uriEncode(name), uriEncode(value)});
        total += encoded.back().first.size() + encoded.back().second.size() + 2;
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    out.reserve(total);
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
    struct Entry
    {
        QByteArray name;
        QByteArray value;
        qsizetype order;
    };
    QVarLengthArray<Entry, 16> entries;
    for (const auto &[rawName, rawValue] : headers) {
        QByteArray name = rawName.trimmed().toLower();
        if (name.isEmpty() || isNeverSigned(name))
            continue;
        entries.append({std::move(name), canonicalHeaderValue(rawValue), entries.size()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int c = a.name.compare(b.name);
        return c < 0 || (c == 0 && a.order < b.order);
    });
    QByteArray out;
    QByteArray names;
    out.reserve(256);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        if (i > 0 && entries[i - 1].name == e.name) {
            out.chop(1);  // the newline: append to the previous value
            out.append(',');
        } else {
            if (!names.isEmpty())
                names.append(';');
            names.append(e.name);
            out.append(e.name);
            out.append(':');
        }
        out.append(e.value);
        out.append('\n');
    }
    if (signedHeaders)
        *signedHeaders = names;
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
    return toHex(sha256({data}));
}

QByteArray SigV4Signer::emptyPayloadHash()
{
    static const QByteArray hash =
        QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    return hash;
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    // Formatting a date is slow next to hashing; requests signed in the same second share it.
    thread_local qint64 lastSecond = std::numeric_limits<qint64>::min();
    thread_local QByteArray lastText;
    const qint64 second = time.toSecsSinceEpoch();
    if (second == lastSecond)
        return lastText;
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d%02dZ", d.year() % 10000, d.month(), d.day(), t.hour(),
                  t.minute(), t.second());
    lastSecond = second;
    lastText = QByteArray(buffer, 16);
    return lastText;
}

QByteArray SigV4Signer::signingKey(const QByteArray &secret, const QByteArray &date,
                                   const QByteArray &region, const QByteArray &service)
{
    // The last key this thread used, recognised without hashing the secret: the same shared
    // secret buffer (Qt's implicit sharing hands the same one out again), the same quick hash
    // of its bytes, the same scope.
    struct LastKey
    {
        const char *data = nullptr;
        qsizetype size = 0;
        size_t quickHash = 0;
        QByteArray date, region, service, key;
    };
    thread_local LastKey last;
    const size_t quickHash = qHash(secret, 0x5eedU);
    if (last.data == secret.constData() && last.size == secret.size() && last.quickHash == quickHash
        && last.date == date && last.region == region && last.service == service)
        return last.key;
    auto remember = [&](const QByteArray &key) {
        last = {secret.constData(), secret.size(), quickHash, date, region, service, key};
        return key;
    };

    const QByteArrayView newline("\n", 1);
    const Digest digest = sha256({secret, newline, date, newline, region, newline, service});
    const QByteArray cacheKey(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));

    SigningKeyCache &cache = signingKeyCache();
    {
        QMutexLocker locker(&cache.mutex);
        const auto it = cache.keys.constFind(cacheKey);
        if (it != cache.keys.constEnd())
            return remember(*it);
    }
    const QByteArray kDate = hmac(QByteArrayLiteral("AWS4") + secret, date);
    const QByteArray kRegion = hmac(kDate, region);
    const QByteArray kService = hmac(kRegion, service);
    const QByteArray kSigning = hmac(kService, QByteArrayLiteral("aws4_request"));
    QMutexLocker locker(&cache.mutex);
    if (cache.keys.size() >= 64)
        cache.keys.clear();
    cache.keys.insert(cacheKey, kSigning);
    return remember(kSigning);
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

    const QByteArray uri = canonicalUri(request.path);
    const QByteArray query = canonicalQueryString(request.query);
    const QByteArray canonicalHeaderBlock = canonicalHeaders(headers, &out.signedHeaders);
    QByteArray &cr = out.canonicalRequest;
    cr.reserve(request.method.size() + uri.size() + query.size() + canonicalHeaderBlock.size()
               + out.signedHeaders.size() + payloadHash.size() + 8);
    cr.append(request.method.toUpper()).append('\n').append(uri).append('\n').append(query).append('\n');
    cr.append(canonicalHeaderBlock).append('\n').append(out.signedHeaders).append('\n').append(payloadHash);
    QByteArray &sts = out.stringToSign;
    sts.reserve(kAlgorithm.size() + out.amzDate.size() + out.credentialScope.size() + 67);
    sts.append(kAlgorithm).append('\n').append(out.amzDate).append('\n').append(out.credentialScope).append('\n');
    sts.append(sha256Hex(out.canonicalRequest));
    const QByteArray key = signingKey(credentials.secretAccessKey, date, region, service);
    out.signature = toHex(hmacDigest(key, out.stringToSign));
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
