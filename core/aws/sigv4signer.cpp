#include "aws/sigv4signer.h"

#include <QHash>
#include <QVarLengthArray>
#include <QMutex>
#include <QMutexLocker>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <limits>


namespace desk {

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");

// Per byte: 1 for A-Z a-z 0-9 - . _ ~ (left as they are by URI encoding), 2 for the white space
// of header values (space, tab, CR, LF), 0 otherwise.
constexpr std::array<unsigned char, 256> kCharClass = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~')
            table[size_t(c)] = 1;
        else if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            table[size_t(c)] = 2;
    }
    return table;
}();

inline bool isUnreserved(char c)
{
    return kCharClass[static_cast<unsigned char>(c)] == 1;
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
        Digest hashed = sha256({key});
        std::memcpy(keyBlock.data(), hashed.data(), hashed.size());
        OPENSSL_cleanse(hashed.data(), hashed.size());
    } else if (!key.isEmpty()) {
        std::memcpy(keyBlock.data(), key.data(), size_t(key.size()));
    }
    std::array<char, kBlock> inner;
    std::array<char, kBlock> outer;
    for (int i = 0; i < kBlock; ++i) {
        inner[i] = char(keyBlock[i] ^ 0x36);
        outer[i] = char(keyBlock[i] ^ 0x5c);
    }
    Digest innerDigest = sha256({QByteArrayView(inner.data(), kBlock), message});
    const Digest out = sha256({QByteArrayView(outer.data(), kBlock), view(innerDigest)});
    OPENSSL_cleanse(keyBlock.data(), keyBlock.size());
    OPENSSL_cleanse(inner.data(), inner.size());
    OPENSSL_cleanse(outer.data(), outer.size());
    OPENSSL_cleanse(innerDigest.data(), innerDigest.size());
    return out;
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

// ---- The signing fast path ----------------------------------------------------------------

constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";
constexpr QByteArrayView kEmptyPayloadHash("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

// QByteArray::trimmed()'s notion of white space.
inline bool isTrimSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// canonicalHeaderValue()'s notion of white space.
inline bool isValueSpace(char c)
{
    return kCharClass[static_cast<unsigned char>(c)] == 2;
}

inline char *put(char *p, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::memcpy(p, bytes.data(), size_t(bytes.size()));
    return p + bytes.size();
}

// Two lowercase hex digits per byte value.
constexpr std::array<char, 512> kHexPairs = [] {
    std::array<char, 512> table{};
    for (int b = 0; b < 256; ++b) {
        table[size_t(2 * b)] = kLowerHex[b >> 4];
        table[size_t(2 * b + 1)] = kLowerHex[b & 0xF];
    }
    return table;
}();

inline char *putHex(char *p, const unsigned char *bytes, size_t n)
{
    for (size_t i = 0; i < n; ++i, p += 2)
        std::memcpy(p, &kHexPairs[size_t(2 * bytes[i])], 2);
    return p;
}

// uriEncode(bytes, true), written at p.
char *putUriEncoded(char *p, QByteArrayView bytes)
{
    for (const char ch : bytes) {
        if (isUnreserved(ch)) {
            *p++ = ch;
        } else {
            const auto c = static_cast<unsigned char>(ch);
            *p++ = '%';
            *p++ = kUpperHex[c >> 4];
            *p++ = kUpperHex[c & 0xF];
        }
    }
    return p;
}

// How long uriEncode(bytes, true) is; equal to bytes.size() when nothing needs encoding.
qsizetype uriEncodedSize(QByteArrayView bytes)
{
    qsizetype n = bytes.size();
    for (const char ch : bytes)
        n += isUnreserved(ch) ? 0 : 2;
    return n;
}

// canonicalHeaderValue(value), written at p.
char *putCanonicalValue(char *p, QByteArrayView value)
{
    // Most values have no white space at all: copy them as they are.
    if (std::none_of(value.begin(), value.end(), isValueSpace))
        return put(p, value);
    char *const start = p;
    bool pendingSpace = false;
    for (const char c : value) {
        if (isValueSpace(c)) {
            pendingSpace = p != start;
            continue;
        }
        if (pendingSpace)
            *p++ = ' ';
        pendingSpace = false;
        *p++ = c;
    }
    return p;
}

// QByteArray's ordering (memcmp, then length).
inline int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n > 0 ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

inline bool equalsAsciiCaseInsensitive(QByteArrayView a, QByteArrayView lowerAscii)
{
    if (a.size() != lowerAscii.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
        if (c != lowerAscii[i])
            return false;
    }
    return true;
}

constexpr QByteArrayView kAmzDateName("x-amz-date");
constexpr QByteArrayView kSecurityTokenName("x-amz-security-token");
constexpr QByteArrayView kContentSha256Name("x-amz-content-sha256");

inline bool sameView(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}

// isNeverSigned() on a view.
bool isNeverSignedName(QByteArrayView lowerName)
{
    static constexpr QByteArrayView names[] = {"authorization", "user-agent", "expect", "x-amzn-trace-id"};
    for (const QByteArrayView name : names) {
        if (sameView(lowerName, name))
            return true;
    }
    return false;
}

struct DigestContexts
{
    EVP_MD_CTX *inner = EVP_MD_CTX_new();   // HMAC: signing key ^ ipad absorbed
    EVP_MD_CTX *outer = EVP_MD_CTX_new();   // HMAC: signing key ^ opad absorbed
    EVP_MD_CTX *prefix = EVP_MD_CTX_new();  // inner + the first block of this second's string to sign
    EVP_MD_CTX *work = EVP_MD_CTX_new();
    ~DigestContexts()
    {
        // Freeing a SHA-256 context clears it.
        EVP_MD_CTX_free(inner);
        EVP_MD_CTX_free(outer);
        EVP_MD_CTX_free(prefix);
        EVP_MD_CTX_free(work);
    }
};

// What a thread signed with last: the time, the scope, the signing key (as primed HMAC
// contexts, never as the secret) and the signed header list, reused while they stay the same.
struct SignerThreadState
{
    qint64 second = std::numeric_limits<qint64>::min();
    QByteArray amzDate;
    bool haveScope = false;
    QString regionName;
    QString serviceName;
    QByteArray date;     // yyyyMMdd
    QByteArray region;   // UTF-8
    QByteArray service;  // UTF-8
    QByteArray scope;    // date/region/service/aws4_request

    // The signing key in use, recognised like signingKey()'s own: the same secret buffer with
    // the same quick hash, for the current scope.
    bool haveKey = false;
    const char *secretData = nullptr;
    qsizetype secretSize = -1;
    size_t secretHash = 0;

    // How much of the string to sign `contexts.prefix` has absorbed; -1: not made for this
    // second, scope and key yet.
    qsizetype prefixLength = -1;

    QByteArray signedHeaders;
    DigestContexts contexts;
};

SignerThreadState &signerThreadState()
{
    thread_local SignerThreadState state;
    return state;
}

void primeHmac(SignerThreadState &state, const QByteArray &key)
{
    constexpr int kBlock = 64;
    std::array<unsigned char, kBlock> pad{};
    // The signing key is a SHA-256 digest: always shorter than a block.
    std::memcpy(pad.data(), key.constData(), size_t(std::min<qsizetype>(key.size(), kBlock)));
    for (unsigned char &b : pad)
        b ^= 0x36;
    EVP_DigestInit_ex2(state.contexts.inner, sha256Algorithm(), nullptr);
    EVP_DigestUpdate(state.contexts.inner, pad.data(), pad.size());
    for (unsigned char &b : pad)
        b ^= 0x36 ^ 0x5c;
    EVP_DigestInit_ex2(state.contexts.outer, sha256Algorithm(), nullptr);
    EVP_DigestUpdate(state.contexts.outer, pad.data(), pad.size());
    OPENSSL_cleanse(pad.data(), pad.size());
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
    // The intermediate keys, and "AWS4" + secret, live in buffers cleared before they go.
    QVarLengthArray<char, 128> prefixed(secret.size() + 4);
    std::memcpy(prefixed.data(), "AWS4", 4);
    if (!secret.isEmpty())
        std::memcpy(prefixed.data() + 4, secret.constData(), size_t(secret.size()));
    Digest kDate = hmacDigest(QByteArrayView(prefixed.constData(), prefixed.size()), date);
    OPENSSL_cleanse(prefixed.data(), size_t(prefixed.size()));
    Digest kRegion = hmacDigest(view(kDate), region);
    Digest kService = hmacDigest(view(kRegion), service);
    Digest kSigningDigest = hmacDigest(view(kService), QByteArrayView("aws4_request"));
    const QByteArray kSigning(reinterpret_cast<const char *>(kSigningDigest.data()), qsizetype(kSigningDigest.size()));
    OPENSSL_cleanse(kDate.data(), kDate.size());
    OPENSSL_cleanse(kRegion.data(), kRegion.size());
    OPENSSL_cleanse(kService.data(), kService.size());
    OPENSSL_cleanse(kSigningDigest.data(), kSigningDigest.size());
    QMutexLocker locker(&cache.mutex);
    if (cache.keys.size() >= 64)
        cache.keys.clear();
    cache.keys.insert(cacheKey, kSigning);
    return remember(kSigning);
}

SigV4Signature SigV4Signer::sign(const SigV4Request &request, const AwsCredentials &credentials,
                                 const SigV4Options &options)
{
    // One pass per artefact, each written once into a buffer of the right size; everything that
    // only changes once a second (the date) or once a day (the scope, the key) is reused.
    SignerThreadState &state = signerThreadState();
    SigV4Signature out;

    const qint64 second = options.time.toSecsSinceEpoch();
    if (second != state.second || state.amzDate.size() < 8) {
        state.amzDate = amzDate(options.time);
        state.second = second;
        state.prefixLength = -1;
    }
    const QByteArrayView dateView = QByteArrayView(state.amzDate).first(8);
    if (!state.haveScope || !sameView(state.date, dateView) || state.regionName != options.region
        || state.serviceName != options.service) {
        state.haveScope = false;
        state.haveKey = false;
        state.prefixLength = -1;
        state.regionName = options.region;
        state.serviceName = options.service;
        state.date = state.amzDate.left(8);
        state.region = options.region.toUtf8();
        state.service = options.service.toUtf8();
        state.scope = state.date + '/' + state.region + '/' + state.service + QByteArrayLiteral("/aws4_request");
        state.haveScope = true;
    }
    out.amzDate = state.amzDate;
    out.credentialScope = state.scope;

    const QByteArray &secret = credentials.secretAccessKey;
    const size_t secretHash = qHash(secret, 0x5eedU);
    if (!state.haveKey || state.secretData != secret.constData() || state.secretSize != secret.size()
        || state.secretHash != secretHash) {
        state.haveKey = false;
        state.prefixLength = -1;
        primeHmac(state, signingKey(secret, state.date, state.region, state.service));
        state.secretData = secret.constData();
        state.secretSize = secret.size();
        state.secretHash = secretHash;
        state.haveKey = true;
    }

    const QByteArrayView payloadHash =
        request.payloadHash.isEmpty() ? kEmptyPayloadHash : QByteArrayView(request.payloadHash);

    // The method, upper case.
    QByteArrayView method = request.method;
    QByteArray methodHolder;
    for (const char c : method) {
        if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) {
            methodHolder = request.method.toUpper();
            method = methodHolder;
            break;
        }
    }

    // The path: an already normal path of unreserved characters is its own canonical form.
    QByteArrayView uri = request.path;
    QByteArray uriHolder;
    {
        bool plain = !uri.isEmpty() && uri.front() == '/';
        char previous = 0;
        for (qsizetype i = 0; plain && i < uri.size(); ++i) {
            const char c = uri[i];
            if (c == '/')
                plain = previous != '/';
            else
                plain = isUnreserved(c) && !(c == '.' && previous == '/');
            previous = c;
        }
        if (!plain) {
            uriHolder = canonicalUri(request.path);
            uri = uriHolder;
        }
    }

    // Query parameters, encoded (into a stack buffer when they need it) and sorted as encoded.
    struct QueryEntry
    {
        QByteArrayView name;
        QByteArrayView value;
        qsizetype encodedNameSize;
        qsizetype encodedValueSize;
    };
    QVarLengthArray<QueryEntry, 16> params;
    QVarLengthArray<char, 512> encoded;
    qsizetype querySize = 0;
    {
        qsizetype encodedTotal = 0;
        params.reserve(request.query.size());
        for (const auto &[name, value] : request.query) {
            const qsizetype n = uriEncodedSize(name);
            const qsizetype v = uriEncodedSize(value);
            encodedTotal += (n != name.size() ? n : 0) + (v != value.size() ? v : 0);
            querySize += n + v + 2;
            params.append({name, value, n, v});
        }
        encoded.resize(encodedTotal);
        char *e = encoded.data();
        for (QueryEntry &q : params) {
            if (q.encodedNameSize != q.name.size()) {
                putUriEncoded(e, q.name);
                q.name = QByteArrayView(e, q.encodedNameSize);
                e += q.encodedNameSize;
            }
            if (q.encodedValueSize != q.value.size()) {
                putUriEncoded(e, q.value);
                q.value = QByteArrayView(e, q.encodedValueSize);
                e += q.encodedValueSize;
            }
        }
        std::sort(params.begin(), params.end(), [](const QueryEntry &a, const QueryEntry &b) {
            const int c = compareBytes(a.name, b.name);
            return c < 0 || (c == 0 && compareBytes(a.value, b.value) < 0);
        });
    }

    // Headers: names trimmed and lowercased (into a stack buffer when they need it), sorted,
    // repeated names keeping their values in order.
    struct HeaderEntry
    {
        QByteArrayView name;
        QByteArrayView value;  // as given: canonicalized as it is written
        qsizetype order;
    };
    QVarLengthArray<HeaderEntry, 16> entries;
    QVarLengthArray<char, 256> lowered;
    QVarLengthArray<QByteArray, 2> nameHolders;  // names with non-ASCII bytes, through Qt
    bool hasDate = false;
    {
        qsizetype rawNames = 0;
        for (const auto &header : request.headers)
            rawNames += header.first.size();
        lowered.resize(rawNames);
        char *l = lowered.data();
        entries.reserve(request.headers.size() + 3);
        for (const auto &[rawName, rawValue] : request.headers) {
            hasDate = hasDate || equalsAsciiCaseInsensitive(rawName, kAmzDateName);
            QByteArrayView name = rawName;
            bool canonical = name.isEmpty() || (!isTrimSpace(name.front()) && !isTrimSpace(name.back()));
            bool ascii = true;
            for (const char c : name) {
                if (c >= 'A' && c <= 'Z')
                    canonical = false;
                else if (static_cast<unsigned char>(c) >= 0x80)
                    ascii = false;
            }
            if (!ascii) {
                nameHolders.append(rawName.trimmed().toLower());
                name = nameHolders.back();
            } else if (!canonical) {
                qsizetype begin = 0;
                qsizetype end = name.size();
                while (begin < end && isTrimSpace(name[begin]))
                    ++begin;
                while (end > begin && isTrimSpace(name[end - 1]))
                    --end;
                char *const start = l;
                for (qsizetype i = begin; i < end; ++i) {
                    const char c = name[i];
                    *l++ = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
                }
                name = QByteArrayView(start, l - start);
            }
            if (name.isEmpty() || isNeverSignedName(name))
                continue;
            entries.append({name, rawValue, entries.size()});
        }
        if (!hasDate)
            entries.append({kAmzDateName, state.amzDate, entries.size()});
        if (!credentials.sessionToken.isEmpty() && options.signSessionToken)
            entries.append({kSecurityTokenName, credentials.sessionToken, entries.size()});
        if (options.addContentSha256Header)
            entries.append({kContentSha256Name, payloadHash, entries.size()});
        std::sort(entries.begin(), entries.end(), [](const HeaderEntry &a, const HeaderEntry &b) {
            const int c = compareBytes(a.name, b.name);
            return c < 0 || (c == 0 && a.order < b.order);
        });
    }

    // The canonical request, in one buffer sized for the worst case.
    qsizetype headerBound = 0;
    for (const HeaderEntry &e : entries)
        headerBound += 2 * (e.name.size() + 1) + e.value.size() + 1;
    QByteArray &cr = out.canonicalRequest;
    cr = QByteArray(method.size() + uri.size() + querySize + headerBound + payloadHash.size() + 8, Qt::Uninitialized);
    char *p = cr.data();
    p = put(p, method);
    *p++ = '\n';
    p = put(p, uri);
    *p++ = '\n';
    for (qsizetype i = 0; i < params.size(); ++i) {
        if (i > 0)
            *p++ = '&';
        p = put(p, params[i].name);
        *p++ = '=';
        p = put(p, params[i].value);
    }
    *p++ = '\n';
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0 && sameView(entries[i - 1].name, entries[i].name)) {
            p[-1] = ',';  // the newline: append to the previous value
        } else {
            p = put(p, entries[i].name);
            *p++ = ':';
        }
        p = putCanonicalValue(p, entries[i].value);
        *p++ = '\n';
    }
    *p++ = '\n';
    const char *const signedHeadersBegin = p;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0 && sameView(entries[i - 1].name, entries[i].name))
            continue;
        if (p != signedHeadersBegin)
            *p++ = ';';
        p = put(p, entries[i].name);
    }
    const QByteArrayView signedHeaders(signedHeadersBegin, p - signedHeadersBegin);
    if (!sameView(state.signedHeaders, signedHeaders))
        state.signedHeaders = signedHeaders.toByteArray();
    out.signedHeaders = state.signedHeaders;
    *p++ = '\n';
    p = put(p, payloadHash);
    cr.resize(p - cr.constData());

    // The string to sign: the fixed part, then the hash of the canonical request.
    QByteArray &sts = out.stringToSign;
    const qsizetype fixedSize = kAlgorithm.size() + 1 + state.amzDate.size() + 1 + state.scope.size() + 1;
    sts = QByteArray(fixedSize + 64, Qt::Uninitialized);
    p = sts.data();
    p = put(p, kAlgorithm);
    *p++ = '\n';
    p = put(p, state.amzDate);
    *p++ = '\n';
    p = put(p, state.scope);
    *p++ = '\n';
    DigestContexts &ctx = state.contexts;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestInit_ex2(ctx.work, sha256Algorithm(), nullptr);
    EVP_DigestUpdate(ctx.work, cr.constData(), size_t(cr.size()));
    EVP_DigestFinal_ex(ctx.work, digest, &length);
    putHex(p, digest, 32);

    // HMAC-SHA256 from the primed contexts: the key's pads, and this second's first block of
    // the string to sign, are already absorbed.
    if (state.prefixLength < 0) {
        state.prefixLength = (fixedSize / 64) * 64;
        if (state.prefixLength > 0) {
            EVP_MD_CTX_copy_ex(ctx.prefix, ctx.inner);
            EVP_DigestUpdate(ctx.prefix, sts.constData(), size_t(state.prefixLength));
        }
    }
    EVP_MD_CTX_copy_ex(ctx.work, state.prefixLength > 0 ? ctx.prefix : ctx.inner);
    EVP_DigestUpdate(ctx.work, sts.constData() + state.prefixLength, size_t(sts.size() - state.prefixLength));
    EVP_DigestFinal_ex(ctx.work, digest, &length);
    EVP_MD_CTX_copy_ex(ctx.work, ctx.outer);
    EVP_DigestUpdate(ctx.work, digest, 32);
    EVP_DigestFinal_ex(ctx.work, digest, &length);
    // (The inner digest, the only intermediate, is overwritten by the signature.)
    out.signature = QByteArray(64, Qt::Uninitialized);
    putHex(out.signature.data(), digest, 32);

    // The Authorization header.
    QByteArrayView accessKeyId;
    QByteArray accessKeyIdHolder;
    QVarLengthArray<char, 64> accessKeyIdAscii(credentials.accessKeyId.size());
    {
        char *a = accessKeyIdAscii.data();
        for (const QChar c : credentials.accessKeyId) {
            if (c.unicode() >= 0x80) {
                a = nullptr;
                break;
            }
            *a++ = char(c.unicode());
        }
        if (a) {
            accessKeyId = QByteArrayView(accessKeyIdAscii.constData(), accessKeyIdAscii.size());
        } else {
            accessKeyIdHolder = credentials.accessKeyId.toUtf8();
            accessKeyId = accessKeyIdHolder;
        }
    }
    constexpr QByteArrayView credentialPart(" Credential=");
    constexpr QByteArrayView signedHeadersPart(", SignedHeaders=");
    constexpr QByteArrayView signaturePart(", Signature=");
    out.authorization = QByteArray(kAlgorithm.size() + credentialPart.size() + accessKeyId.size() + 1
                                       + state.scope.size() + signedHeadersPart.size() + out.signedHeaders.size()
                                       + signaturePart.size() + out.signature.size(),
                                   Qt::Uninitialized);
    p = out.authorization.data();
    p = put(p, kAlgorithm);
    p = put(p, credentialPart);
    p = put(p, accessKeyId);
    *p++ = '/';
    p = put(p, state.scope);
    p = put(p, signedHeadersPart);
    p = put(p, out.signedHeaders);
    p = put(p, signaturePart);
    put(p, out.signature);

    out.headersToAdd.reserve(qsizetype(!hasDate) + qsizetype(!credentials.sessionToken.isEmpty())
                             + qsizetype(options.addContentSha256Header) + 1);
    if (!hasDate)
        out.headersToAdd.append({QByteArrayLiteral("X-Amz-Date"), out.amzDate});
    if (!credentials.sessionToken.isEmpty())
        out.headersToAdd.append({QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken});
    if (options.addContentSha256Header)
        out.headersToAdd.append({QByteArrayLiteral("x-amz-content-sha256"),
                                 request.payloadHash.isEmpty() ? emptyPayloadHash() : request.payloadHash});
    out.headersToAdd.append({QByteArrayLiteral("Authorization"), out.authorization});
    return out;
}

} // namespace desk
