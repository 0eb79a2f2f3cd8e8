#pragma once

#include "aws/awscredentials.h"
#include "base/bytearraypairs.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <utility>

namespace desk {

// What is signed: the request as it goes on the wire.
struct SigV4Request
{
    QByteArray method;
    // The path as sent on the wire (as written in the request line). It is normalized and each
    // segment URI-encoded once more for the canonical request, as every non-S3 service does.
    QByteArray path = QByteArrayLiteral("/");
    // Query parameters, percent-decoded, in any order.
    ByteArrayPairs query;
    // The headers to sign, Host included, as they will be sent. Authorization, User-Agent,
    // Expect and X-Amzn-Trace-Id are never signed and are skipped here.
    ByteArrayPairs headers;
    // Lowercase hex SHA-256 of the body; empty means the empty body.
    QByteArray payloadHash;
};

struct SigV4Options
{
    QString region;
    QString service;
    QDateTime time;                     // UTC signing time
    bool signSessionToken = true;       // false: X-Amz-Security-Token is sent but not signed
    bool addContentSha256Header = false; // add and sign x-amz-content-sha256 (S3 style)
};

// Everything a signature is made of. The intermediate strings are kept for tests and for the
// sandbox's diagnostics; none of them contains the secret.
struct SigV4Signature
{
    QByteArray amzDate;          // 20261125T181004Z
    QByteArray credentialScope;  // 20261125/us-east-1/codeartifact/aws4_request
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders;    // host;x-amz-date
    QByteArray signature;        // lowercase hex
    QByteArray authorization;    // the Authorization header value
    // The headers to add to the request, in this order: X-Amz-Date (unless the request had
    // one), X-Amz-Security-Token (with a session token), x-amz-content-sha256 (if asked), and
    // Authorization.
    ByteArrayPairs headersToAdd;
};

// canonicalHeaders(): the headers block of a canonical request, one "name:value\n" line per
// signed header, and the list of their names.
struct SigV4CanonicalHeaders
{
    QByteArray headers;        // host:example.com\nx-amz-date:20261125T181004Z\n
    QByteArray signedHeaders;  // host;x-amz-date
};

// AWS Signature Version 4 as pure functions: same inputs, same output. sign() composes the
// steps (canonical request, string to sign, signature, Authorization) with the canonicalisers
// below, the ones the tests call. The derived signing key is cached per (secret, date, region,
// service) in one bounded, thread-safe cache, found by the SHA-256 of the secret and by the
// scope; neither the secret nor where it lives in memory is kept.
class SigV4Signer
{
public:
    static SigV4Signature sign(const SigV4Request &request, const AwsCredentials &credentials,
                               const SigV4Options &options);

    // The path normalized (no empty, "." or ".." segments) and each segment URI-encoded.
    static QByteArray canonicalUri(const QByteArray &wirePath);
    // Names and values URI-encoded, then sorted by name and value.
    static QByteArray canonicalQueryString(const ByteArrayPairs &decodedQuery);
    // Names trimmed and lowercased, sorted; values trimmed with inner white space folded; a
    // repeated name's values joined by commas. Authorization, User-Agent, Expect and
    // X-Amzn-Trace-Id are left out.
    static SigV4CanonicalHeaders canonicalHeaders(const ByteArrayPairs &headers);
    // RFC 3986 encoding with only A-Z a-z 0-9 - . _ ~ left as they are; uppercase hex.
    static QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash = true);
    // Splits a raw query string ("a=1&b=x%3Ay") into percent-decoded pairs, in order.
    static ByteArrayPairs parseQueryString(const QByteArray &rawQuery);
    // Builds a query string in the given order with strict encoding: what goes on the wire.
    static QByteArray buildQueryString(const ByteArrayPairs &decodedQuery);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray emptyPayloadHash();
    static QByteArray amzDate(const QDateTime &time);  // 20261125T181004Z
    // kSigning, the key derived from the secret for one day, region and service (cached).
    static QByteArray signingKey(const QByteArray &secret, const QByteArray &date,
                                 const QByteArray &region, const QByteArray &service);
};

} // namespace desk
