#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

#include <utility>

namespace desk {

// The categories that see requests. Both are silent below warnings unless asked for, e.g.
// QT_LOGGING_RULES="desk.net=true;desk.sigv4=true" (desk.net.info alone: only retries and
// failures). What they print goes through LogRedaction first.
Q_DECLARE_LOGGING_CATEGORY(lcNet)    // desk.net: each attempt sent and each answer received
Q_DECLARE_LOGGING_CATEGORY(lcSigV4)  // desk.sigv4: canonical request and string to sign

// What a log line may show of a request. Header names are matched case-insensitively:
// Authorization keeps its algorithm, credential scope and signed headers (what a signature
// mismatch is debugged with) and loses its signature; X-Amz-Security-Token and any other
// credential-bearing header or query parameter are replaced whole. Bodies are never logged:
// GetAuthorizationToken and AssumeRole answer with secrets.
class LogRedaction
{
public:
    static constexpr const char *kRedacted = "<redacted>";

    // True for headers and query parameters whose value is a secret or a signature.
    static bool isSecretName(QByteArrayView name);
    static QByteArray headerValue(QByteArrayView name, const QByteArray &value);
    // "Name: value" pairs, redacted, one per line with the given indent.
    static QByteArray headers(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView indent = "  ");
    // A query string (name=value&...) with secret parameters' values redacted.
    static QByteArray queryString(const QByteArray &query);
    // The URL with secret query parameters redacted (presigned URLs carry X-Amz-Signature).
    static QString url(const QUrl &url);
    // A SigV4 canonical request with the values of secret header lines redacted.
    static QByteArray canonicalRequest(const QByteArray &canonicalRequest);
};

} // namespace desk
