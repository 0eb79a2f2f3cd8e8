#include "aws/sigv4signer.h"

#include <QMutex>
#include <QMutexLocker>
#include <QVarLengthArray>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <memory>
#include <span>
#include <vector>

// Reading order: bytes and hashing helpers, the signing-key cache, the canonicalisers (public,
// the tests call them too), the four steps of Signature Version 4, and sign(), which composes
// them: canonical request -> string to sign -> signature -> Authorization.

namespace desk {

namespace {

constexpr QByteArrayView kAlgorithm("AWS4-HMAC-SHA256");
constexpr QByteArrayView kEmptyPayloadHash("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

// ---- Bytes -----------------------------------------------------------------------------------

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

bool isUnreserved(char c)
{
    return kCharClass[static_cast<unsigned char>(c)] == 1;
}

bool isValueSpace(char c)
{
    return kCharClass[static_cast<unsigned char>(c)] == 2;
}

// Whether all bytes are unreserved; whether any is header-value white space. Branch-free scans:
// most bytes pass, and they run over every query name and value and every header value.
bool allUnreserved(QByteArrayView bytes)
{
    bool all = true;
    for (const char c : bytes)
        all &= isUnreserved(c);
    return all;
}

bool hasValueSpace(QByteArrayView bytes)
{
    bool any = false;
    for (const char c : bytes)
        any |= isValueSpace(c);
    return any;
}

// QByteArray::trimmed()'s notion of white space.
bool isTrimSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The writers below put bytes at p and return the end of what they wrote; callers size the
// buffer first, so every output is allocated once.
char *put(char *p, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::memcpy(p, bytes.data(), size_t(bytes.size()));
    return p + bytes.size();
}

char *put(char *p, char c)
{
    *p = c;
    return p + 1;
}

// The parts one after the other, in one buffer.
template <size_t N>
QByteArray joined(const QByteArrayView (&parts)[N])
{
    qsizetype size = 0;
    for (const QByteArrayView part : parts)
        size += part.size();
    QByteArray out(size, Qt::Uninitialized);
    char *p = out.data();
    for (const QByteArrayView part : parts)
        p = put(p, part);
    return out;
}

// Lowercase hex, two digits per byte, from a table of the 256 pairs.
char *putHex(char *p, const unsigned char *bytes, size_t n)
{
    static constexpr std::array<char, 512> pairs = [] {
        std::array<char, 512> table{};
        for (size_t b = 0; b < 256; ++b) {
            table[2 * b] = "0123456789abcdef"[b >> 4];
            table[2 * b + 1] = "0123456789abcdef"[b & 0xF];
        }
        return table;
    }();
    for (size_t i = 0; i < n; ++i, p += 2)
        std::memcpy(p, &pairs[2 * size_t(bytes[i])], 2);
    return p;
}

// uriEncode(bytes, true).
char *putUriEncoded(char *p, QByteArrayView bytes)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    for (const char ch : bytes) {
        if (isUnreserved(ch)) {
            *p++ = ch;
        } else {
            *p++ = '%';
            *p++ = digits[static_cast<unsigned char>(ch) >> 4];
            *p++ = digits[static_cast<unsigned char>(ch) & 0xF];
        }
    }
    return p;
}

// A header value trimmed, each run of white space inside (spaces, tabs, folded line breaks)
// folded into one space. Never longer than the value.
char *putCanonicalValue(char *p, QByteArrayView value)
{
    if (!hasValueSpace(value))
        return put(p, value);  // most values: as they are
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

// A QString as UTF-8: on the stack when it is short ASCII, as region, service and access key
// ids are; through Qt otherwise. A view into itself, so it stays where it was made.
class Utf8
{
public:
    explicit Utf8(const QString &text)
    {
        const qsizetype size = text.size();
        const ushort *const utf16 = text.utf16();
        qsizetype i = 0;
        for (; i < size && i < qsizetype(sizeof m_ascii) && utf16[i] < 0x80; ++i)
            m_ascii[i] = char(utf16[i]);
        if (i == size) {
            m_view = QByteArrayView(m_ascii, size);
        } else {
            m_holder = text.toUtf8();
            m_view = m_holder;
        }
    }
    Utf8(const Utf8 &) = delete;
    Utf8 &operator=(const Utf8 &) = delete;

    QByteArrayView view() const { return m_view; }

private:
    char m_ascii[64];
    QByteArray m_holder;
    QByteArrayView m_view;
};

// ---- SHA-256 and HMAC-SHA256 from OpenSSL's libcrypto (hardware SHA where the CPU has it) -----

using Digest = std::array<unsigned char, 32>;

QByteArrayView view(const Digest &digest)
{
    return QByteArrayView(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

QByteArray toHex(const Digest &digest)
{
    QByteArray out(qsizetype(2 * digest.size()), Qt::Uninitialized);
    putHex(out.data(), digest.data(), digest.size());
    return out;
}

// The algorithms are fetched once; a fetch per call costs more than the hashing.
const EVP_MD *sha256Algorithm()
{
    static const EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md ? md : EVP_sha256();
}

EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        qFatal("OpenSSL's libcrypto offers no HMAC");
    return mac;
}

// SHA-256 of the parts, one after the other, in digest contexts reused by the thread (contexts
// are scratch space, not a memo: every call starts afresh). Starting from a copy of a context
// made ready once is quicker than initialising one in OpenSSL 3.0.
Digest sha256(std::initializer_list<QByteArrayView> parts)
{
    struct Contexts
    {
        EVP_MD_CTX *ready = EVP_MD_CTX_new();  // initialised for SHA-256, never updated
        EVP_MD_CTX *work = EVP_MD_CTX_new();
        Contexts() { EVP_DigestInit_ex2(ready, sha256Algorithm(), nullptr); }
        ~Contexts()
        {
            EVP_MD_CTX_free(ready);
            EVP_MD_CTX_free(work);
        }
    };
    thread_local Contexts contexts;
    Digest out{};
    unsigned int length = 0;
    EVP_MD_CTX_copy_ex(contexts.work, contexts.ready);
    for (const QByteArrayView part : parts)
        EVP_DigestUpdate(contexts.work, part.data(), size_t(part.size()));
    EVP_DigestFinal_ex(contexts.work, out.data(), &length);
    return out;
}

struct MacContextFree
{
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }  // clears the key state
};
using MacContext = std::unique_ptr<EVP_MAC_CTX, MacContextFree>;

// An HMAC-SHA256 context keyed with `key` (OpenSSL keeps its own copy of the key).
MacContext newHmac(QByteArrayView key)
{
    static char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                 OSSL_PARAM_construct_end()};
    MacContext ctx(EVP_MAC_CTX_new(hmacAlgorithm()));
    EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char *>(key.data()), size_t(key.size()), params);
    return ctx;
}

// HMAC-SHA256 of message under the key `ctx` was keyed with: EVP_MAC_init() without a key
// starts again from the key's pad states.
Digest hmac(EVP_MAC_CTX *ctx, QByteArrayView message)
{
    Digest out{};
    size_t length = 0;
    EVP_MAC_init(ctx, nullptr, 0, nullptr);
    EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()));
    EVP_MAC_final(ctx, out.data(), &length, out.size());
    return out;
}

// ---- The signing key and its cache -----------------------------------------------------------

// What a signature is scoped to: the day, the region and the service.
struct Scope
{
    QByteArrayView date;  // yyyyMMdd
    QByteArrayView region;
    QByteArrayView service;
};

// What a signing key is derived from.
struct KeyInputs
{
    QByteArrayView secret;
    Scope scope;
};

// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").
// "AWS4" + secret and each intermediate key are wiped once used; so is each context, when freed.
Digest deriveSigningKey(const KeyInputs &inputs)
{
    QVarLengthArray<char, 128> prefixed(inputs.secret.size() + 4);
    std::memcpy(prefixed.data(), "AWS4", 4);
    put(prefixed.data() + 4, inputs.secret);
    Digest key = hmac(newHmac(QByteArrayView(prefixed.constData(), prefixed.size())).get(), inputs.scope.date);
    OPENSSL_cleanse(prefixed.data(), size_t(prefixed.size()));
    for (const QByteArrayView message : {inputs.scope.region, inputs.scope.service, QByteArrayView("aws4_request")}) {
        Digest next = hmac(newHmac(view(key)).get(), message);  // kRegion, kService, kSigning
        OPENSSL_cleanse(key.data(), key.size());
        key = next;
        OPENSSL_cleanse(next.data(), next.size());
    }
    return key;
}

// The one memo of key material: the derived signing key per (secret, date, region, service),
// with an HMAC context keyed with it. An entry is found by the SHA-256 of the secret (never by
// the secret itself, nor by where it is in memory) and by the scope it was derived for, which is
// not secret and is compared as it is: one SHA-256 block per signature instead of two. The cache
// holds at most kCapacity keys and evicts the least recently used first; a key's bytes and its
// context are wiped when it is evicted and when the cache is destroyed. One mutex guards it, also
// while an entry's context is in use (a context must not be used by two threads at once).
class SigningKeyCache
{
public:
    static SigningKeyCache &instance()
    {
        static SigningKeyCache cache;
        return cache;
    }

    // HMAC-SHA256(signing key for `inputs`, message).
    Digest sign(const KeyInputs &inputs, QByteArrayView message)
    {
        const Digest secretId = sha256({inputs.secret});
        QMutexLocker locker(&m_mutex);
        return hmac(entry(secretId, inputs).mac.get(), message);
    }

    QByteArray key(const KeyInputs &inputs)
    {
        const Digest secretId = sha256({inputs.secret});
        QMutexLocker locker(&m_mutex);
        return view(entry(secretId, inputs).key).toByteArray();
    }

private:
    static constexpr size_t kCapacity = 64;

    struct Entry
    {
        Entry(const Digest &secretDigest, const KeyInputs &inputs)
            : secretId(secretDigest), date(inputs.scope.date.toByteArray()),
              region(inputs.scope.region.toByteArray()), service(inputs.scope.service.toByteArray()),
              key(deriveSigningKey(inputs)), mac(newHmac(view(key)))
        {
        }
        ~Entry() { OPENSSL_cleanse(key.data(), key.size()); }

        bool isFor(const Digest &secretDigest, const Scope &scope) const
        {
            return secretId == secretDigest && QByteArrayView(date) == scope.date
                && QByteArrayView(region) == scope.region && QByteArrayView(service) == scope.service;
        }

        Digest secretId;                   // SHA-256 of the secret
        QByteArray date, region, service;  // the scope
        Digest key;                        // kSigning
        MacContext mac;                    // HMAC-SHA256 keyed with `key`
    };

    // OpenSSL is set up (and its exit handler registered) before this cache exists, so the
    // cache is destroyed, and frees its contexts, before OpenSSL cleans up at exit.
    SigningKeyCache() { hmacAlgorithm(); }

    // The entry for these inputs, derived if new, moved to the front (most recently used).
    // Needs m_mutex.
    Entry &entry(const Digest &secretId, const KeyInputs &inputs)
    {
        const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const std::unique_ptr<Entry> &e) {
            return e->isFor(secretId, inputs.scope);
        });
        if (found != m_entries.end()) {
            std::rotate(m_entries.begin(), found, found + 1);
            return *m_entries.front();
        }
        if (m_entries.size() == kCapacity)
            m_entries.pop_back();  // ~Entry wipes it
        m_entries.insert(m_entries.begin(), std::make_unique<Entry>(secretId, inputs));
        return *m_entries.front();
    }

    QMutex m_mutex;
    std::vector<std::unique_ptr<Entry>> m_entries;  // most recently used first
};

// ---- The canonicalisers ----------------------------------------------------------------------
// They work on views (into the request, or into stack buffers of their own, so they stay where
// they were made), know how long their text is before they write it, and write it at p. sign()
// writes them all into one buffer, the canonical request; the public canonicalQueryString() and
// canonicalHeaders() write the same text into buffers of their own.

// A buffer of at most `bound` bytes, filled by write(p), which returns the end of what it wrote.
template <typename Write>
QByteArray written(qsizetype bound, Write write)
{
    QByteArray out(bound, Qt::Uninitialized);
    if (bound > 0)
        out.truncate(write(out.data()) - out.constData());
    return out;
}

// Whether a wire path is its own canonical form: absolute, made of unreserved characters, and
// without empty, "." or ".." segments.
bool isCanonicalPath(QByteArrayView path)
{
    if (path.isEmpty() || path.front() != '/')
        return false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const bool segmentStart = path[i] == '/';
        if (segmentStart && i + 1 < path.size() && (path[i + 1] == '/' || path[i + 1] == '.'))
            return false;
        if (!segmentStart && !isUnreserved(path[i]))
            return false;
    }
    return true;
}

// The query: names and values URI-encoded, the pairs sorted by name, then value, as encoded.
class CanonicalQuery
{
public:
    explicit CanonicalQuery(const ByteArrayPairs &decodedQuery)
    {
        qsizetype rawBytes = 0;
        for (const auto &[name, value] : decodedQuery)
            rawBytes += name.size() + value.size();
        m_encoded.resize(3 * rawBytes);  // the most encoding can make of them
        m_free = m_encoded.data();
        for (const auto &[name, value] : decodedQuery) {
            const QByteArrayView encodedName = encode(name);
            const QByteArrayView encodedValue = encode(value);
            m_params.append({encodedName, encodedValue});
            m_size += (m_params.size() > 1 ? 1 : 0) + encodedName.size() + 1 + encodedValue.size();
        }
        std::sort(m_params.begin(), m_params.end(), [](const Param &a, const Param &b) {
            return a.name < b.name || (a.name == b.name && a.value < b.value);
        });
    }
    CanonicalQuery(const CanonicalQuery &) = delete;
    CanonicalQuery &operator=(const CanonicalQuery &) = delete;

    // name=value&name=value: size() bytes.
    qsizetype size() const { return m_size; }
    char *write(char *p) const
    {
        for (qsizetype i = 0; i < m_params.size(); ++i) {
            if (i > 0)
                p = put(p, '&');
            p = put(put(put(p, m_params[i].name), '='), m_params[i].value);
        }
        return p;
    }

private:
    struct Param
    {
        QByteArrayView name;
        QByteArrayView value;
    };

    // The bytes URI-encoded: as they are when nothing needs encoding, else written at m_free.
    QByteArrayView encode(QByteArrayView bytes)
    {
        if (allUnreserved(bytes))
            return bytes;
        char *const start = m_free;
        m_free = putUriEncoded(m_free, bytes);
        return QByteArrayView(start, m_free - start);
    }

    QVarLengthArray<Param, 16> m_params;
    QVarLengthArray<char, 512> m_encoded;
    char *m_free = nullptr;  // where the next encoded bytes go
    qsizetype m_size = 0;
};

// A header as views.
struct HeaderView
{
    QByteArrayView name;
    QByteArrayView value;
};

bool isNeverSigned(QByteArrayView lowerName)
{
    return lowerName == "authorization" || lowerName == "user-agent" || lowerName == "expect"
        || lowerName == "x-amzn-trace-id";
}

// The headers to sign, in canonical order: names trimmed and lowercased, the never-signed ones
// left out, sorted by name; a repeated name keeps its values in the order given.
class SignedHeaderList
{
public:
    explicit SignedHeaderList(const ByteArrayPairs &headers, std::span<const HeaderView> added = {})
    {
        qsizetype nameBytes = 0;
        for (const auto &header : headers)
            nameBytes += header.first.size();
        for (const HeaderView &header : added)
            nameBytes += header.name.size();
        m_lowered.resize(nameBytes);
        m_free = m_lowered.data();
        for (const auto &[name, value] : headers)
            add(name, value);
        for (const HeaderView &header : added)
            add(header.name, header.value);
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
            return a.name < b.name || (a.name == b.name && a.order < b.order);
        });
    }
    SignedHeaderList(const SignedHeaderList &) = delete;
    SignedHeaderList &operator=(const SignedHeaderList &) = delete;

    // "name:value\n" per name, a repeated name's values joined by commas: at most linesBound()
    // bytes (values shrink when their white space is folded).
    qsizetype linesBound() const
    {
        qsizetype bound = 0;
        for (const Entry &entry : m_entries)
            bound += entry.name.size() + entry.value.size() + 2;
        return bound;
    }
    char *writeLines(char *p) const
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (repeatsName(i))
                p[-1] = ',';  // over the previous line's newline: one line, values joined
            else
                p = put(put(p, m_entries[i].name), ':');
            p = putCanonicalValue(p, m_entries[i].value);
            *p++ = '\n';
        }
        return p;
    }

    // "name;name", each name once: namesSize() bytes.
    qsizetype namesSize() const
    {
        qsizetype size = 0;
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            size += repeatsName(i) ? 0 : (i > 0 ? 1 : 0) + m_entries[i].name.size();
        return size;
    }
    char *writeNames(char *p) const
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (!repeatsName(i))
                p = put(i > 0 ? put(p, ';') : p, m_entries[i].name);
        }
        return p;
    }
    QByteArray names() const
    {
        return written(namesSize(), [this](char *p) { return writeNames(p); });
    }

private:
    struct Entry
    {
        QByteArrayView name;   // trimmed and lowercased
        QByteArrayView value;  // as given
        qsizetype order;
    };

    bool repeatsName(qsizetype i) const { return i > 0 && m_entries[i - 1].name == m_entries[i].name; }

    void add(QByteArrayView rawName, QByteArrayView value)
    {
        const QByteArrayView name = lowerTrimmed(rawName);
        if (!name.isEmpty() && !isNeverSigned(name))
            m_entries.append({name, value, m_entries.size()});
    }

    // The name trimmed and lowercased: as it is when it already is, else written at m_free
    // (ASCII), or made by Qt when it has bytes above ASCII.
    QByteArrayView lowerTrimmed(QByteArrayView name)
    {
        if (std::any_of(name.begin(), name.end(), [](char c) { return uchar(c) >= 0x80; }))
            return m_holders.emplace_back(name.toByteArray().trimmed().toLower());
        const bool lower = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (lower && (name.isEmpty() || (!isTrimSpace(name.front()) && !isTrimSpace(name.back()))))
            return name;
        while (!name.isEmpty() && isTrimSpace(name.front()))
            name = name.sliced(1);
        while (!name.isEmpty() && isTrimSpace(name.back()))
            name.chop(1);
        char *const start = m_free;
        for (const char c : name)
            *m_free++ = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
        return QByteArrayView(start, m_free - start);
    }

    QVarLengthArray<Entry, 16> m_entries;
    QVarLengthArray<char, 256> m_lowered;      // names lowercased here
    char *m_free = nullptr;                    // where the next one goes
    QVarLengthArray<QByteArray, 2> m_holders;  // names with bytes above ASCII
};

// ---- What sign() adds ------------------------------------------------------------------------

QByteArrayView payloadHash(const SigV4Request &request)
{
    return request.payloadHash.isEmpty() ? kEmptyPayloadHash : QByteArrayView(request.payloadHash);
}

bool hasAmzDate(const ByteArrayPairs &headers)
{
    return std::any_of(headers.begin(), headers.end(), [](const auto &header) {
        return header.first.size() == 10 && header.first.compare("x-amz-date", Qt::CaseInsensitive) == 0;
    });
}

// The headers sign() signs besides the request's: X-Amz-Date (unless the request has it), the
// session token (unless asked not to sign it) and x-amz-content-sha256 (when asked).
QVarLengthArray<HeaderView, 3> addedHeaders(const SigV4Request &request, const AwsCredentials &credentials,
                                            const SigV4Options &options, const QByteArray &amzDate, bool hasDate)
{
    QVarLengthArray<HeaderView, 3> out;
    if (!hasDate)
        out.append({"x-amz-date", amzDate});
    if (!credentials.sessionToken.isEmpty() && options.signSessionToken)
        out.append({"x-amz-security-token", credentials.sessionToken});
    if (options.addContentSha256Header)
        out.append({"x-amz-content-sha256", payloadHash(request)});
    return out;
}

// The headers the caller adds to the request, in SigV4Signature::headersToAdd's order.
ByteArrayPairs headersToAdd(const SigV4Request &request, const AwsCredentials &credentials,
                            const SigV4Options &options, const SigV4Signature &signature, bool hasDate)
{
    ByteArrayPairs out;
    out.reserve(qsizetype(!hasDate) + qsizetype(!credentials.sessionToken.isEmpty())
                + qsizetype(options.addContentSha256Header) + 1);
    if (!hasDate)
        out.append({QByteArrayLiteral("X-Amz-Date"), signature.amzDate});
    if (!credentials.sessionToken.isEmpty())
        out.append({QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken});
    if (options.addContentSha256Header)
        out.append({QByteArrayLiteral("x-amz-content-sha256"),
                    request.payloadHash.isEmpty() ? SigV4Signer::emptyPayloadHash() : request.payloadHash});
    out.append({QByteArrayLiteral("Authorization"), signature.authorization});
    return out;
}

// ---- The four steps --------------------------------------------------------------------------

// The method in upper case.
QByteArray canonicalMethod(const QByteArray &method)
{
    const bool upper = std::none_of(method.begin(), method.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || uchar(c) >= 0x80;
    });
    return upper ? method : method.toUpper();
}

// 1. METHOD \n URI \n QUERY \n HEADER LINES \n SIGNED HEADERS \n PAYLOAD HASH, in one buffer.
QByteArray canonicalRequest(const SigV4Request &request, const SignedHeaderList &headers,
                            const QByteArray &signedHeaders)
{
    const QByteArray method = canonicalMethod(request.method);
    const QByteArray uri = SigV4Signer::canonicalUri(request.path);
    const CanonicalQuery query(request.query);
    const QByteArrayView hash = payloadHash(request);
    const qsizetype bound = method.size() + uri.size() + query.size() + headers.linesBound() + signedHeaders.size()
        + hash.size() + 5;
    return written(bound, [&](char *p) {
        p = put(put(p, method), '\n');
        p = put(put(p, uri), '\n');
        p = put(query.write(p), '\n');
        p = put(headers.writeLines(p), '\n');
        p = put(put(p, signedHeaders), '\n');
        return put(p, hash);
    });
}

// date/region/service/aws4_request
QByteArray credentialScope(const Scope &scope)
{
    constexpr QByteArrayView end("/aws4_request");
    return written(scope.date.size() + scope.region.size() + scope.service.size() + 2 + end.size(), [&](char *p) {
        p = put(put(p, scope.date), '/');
        p = put(put(p, scope.region), '/');
        return put(put(p, scope.service), end);
    });
}

// 2. AWS4-HMAC-SHA256 \n AMZ-DATE \n SCOPE \n hex(SHA-256(canonical request))
QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope, const QByteArray &canonicalRequest)
{
    const Digest hash = sha256({canonicalRequest});
    return written(kAlgorithm.size() + amzDate.size() + scope.size() + 3 + 64, [&](char *p) {
        p = put(put(p, kAlgorithm), '\n');
        p = put(put(p, amzDate), '\n');
        p = put(put(p, scope), '\n');
        return putHex(p, hash.data(), hash.size());
    });
}

// 3. hex(HMAC-SHA256(signing key, string to sign)), the key from the cache.
QByteArray signature(const KeyInputs &key, const QByteArray &stringToSign)
{
    return toHex(SigningKeyCache::instance().sign(key, stringToSign));
}

// 4. AWS4-HMAC-SHA256 Credential=AKID/SCOPE, SignedHeaders=..., Signature=...
QByteArray authorization(const QString &accessKeyId, const QByteArray &scope, const QByteArray &signedHeaders,
                         const QByteArray &signature)
{
    const Utf8 akid(accessKeyId);
    const QByteArrayView parts[] = {"AWS4-HMAC-SHA256 Credential=", akid.view(), "/", scope,
                                    ", SignedHeaders=", signedHeaders, ", Signature=", signature};
    return joined(parts);
}

} // namespace

// ---- Public functions ------------------------------------------------------------------------

QByteArray SigV4Signer::uriEncode(const QByteArray &bytes, bool encodeSlash)
{
    const auto keep = [encodeSlash](char c) { return isUnreserved(c) || (c == '/' && !encodeSlash); };
    const auto first = std::find_if_not(bytes.begin(), bytes.end(), keep);
    if (first == bytes.end())
        return bytes;  // nothing to encode: share, don't copy
    static constexpr char digits[] = "0123456789ABCDEF";
    QByteArray out(bytes.size() * 3, Qt::Uninitialized);
    char *p = put(out.data(), QByteArrayView(bytes.begin(), first));
    for (auto it = first; it != bytes.end(); ++it) {
        if (keep(*it)) {
            *p++ = *it;
        } else {
            *p++ = '%';
            *p++ = digits[static_cast<unsigned char>(*it) >> 4];
            *p++ = digits[static_cast<unsigned char>(*it) & 0xF];
        }
    }
    out.truncate(p - out.constData());
    return out;
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &wirePath)
{
    if (isCanonicalPath(wirePath))
        return wirePath;  // most paths: share, don't copy
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
    const CanonicalQuery query(decodedQuery);
    return written(query.size(), [&query](char *p) { return query.write(p); });
}

SigV4CanonicalHeaders SigV4Signer::canonicalHeaders(const ByteArrayPairs &headers)
{
    const SignedHeaderList list(headers);
    return {written(list.linesBound(), [&list](char *p) { return list.writeLines(p); }), list.names()};
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
    static const QByteArray hash = kEmptyPayloadHash.toByteArray();
    return hash;
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    // Formatting a date is slow next to hashing, so requests signed in the same second share the
    // text. This, and the signing-key cache, are the signer's only memos; a time is not secret.
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

QByteArray SigV4Signer::signingKey(const QByteArray &secret, const QByteArray &date, const QByteArray &region,
                                   const QByteArray &service)
{
    return SigningKeyCache::instance().key({secret, {date, region, service}});
}

SigV4Signature SigV4Signer::sign(const SigV4Request &request, const AwsCredentials &credentials,
                                 const SigV4Options &options)
{
    SigV4Signature out;
    out.amzDate = amzDate(options.time);
    const Utf8 region(options.region);
    const Utf8 service(options.service);
    const Scope scope{QByteArrayView(out.amzDate).first(8), region.view(), service.view()};
    out.credentialScope = credentialScope(scope);

    const bool hasDate = hasAmzDate(request.headers);
    const SignedHeaderList headers(request.headers, addedHeaders(request, credentials, options, out.amzDate, hasDate));
    out.signedHeaders = headers.names();
    out.canonicalRequest = canonicalRequest(request, headers, out.signedHeaders);
    out.stringToSign = stringToSign(out.amzDate, out.credentialScope, out.canonicalRequest);
    out.signature = signature({credentials.secretAccessKey, scope}, out.stringToSign);
    out.authorization = authorization(credentials.accessKeyId, out.credentialScope, out.signedHeaders, out.signature);
    out.headersToAdd = headersToAdd(request, credentials, options, out, hasDate);
    return out;
}

} // namespace desk
