#include "sandbox/sandboxsignatureverifier.h"
#include "sandbox/sigv4authorization.h"

namespace desk {

namespace {

const QString kInvalidToken = QStringLiteral("The security token included in the request is invalid.");

// yyyyMMdd'T'HHmmss'Z', strictly (read by hand: QDateTime::fromString with a format builds a
// parser per call, which was a sixth of the sandbox's CPU per request).
QDateTime parseAmzDate(const QByteArray &value)
{
    if (value.size() != 16 || value.at(8) != 'T' || value.at(15) != 'Z')
        return {};
    auto number = [&value](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char c = value.at(i);
            if (c < '0' || c > '9')
                return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(9, 2), number(11, 2), number(13, 2));
    if (!date.isValid() || !time.isValid() || number(0, 4) < 0)
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

SandboxSignatureVerifier::SandboxSignatureVerifier(QString region)
    : m_region(std::move(region))
{
}

void SandboxSignatureVerifier::addCredentials(const AwsCredentials &credentials, const SandboxIdentity &identity)
{
    m_keys.insert(credentials.accessKeyId, Entry{credentials, identity});
}

void SandboxSignatureVerifier::removeExpired(const QDateTime &now)
{
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        // Keep expired keys an hour so their users get ExpiredTokenException, not "invalid".
        if (it->credentials.expiration.isValid() && it->credentials.expiration.addSecs(3600) < now)
            it = m_keys.erase(it);
        else
            ++it;
    }
}

bool SandboxSignatureVerifier::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

AwsError SandboxSignatureVerifier::authError(const QString &code, const QString &message, int status)
{
    AwsError e(code == QLatin1String("AccessDeniedException") ? AwsError::Kind::AccessDenied
                                                              : AwsError::Kind::Authentication,
               message);
    e.setCode(code).setHttpStatus(status);
    return e;
}

SandboxSignatureVerifier::Result SandboxSignatureVerifier::verify(const SandboxWireRequest &request,
                                                                  const QString &service,
                                                                  const QDateTime &now) const
{
    Result result;
    auto fail = [&](const QString &code, const QString &message) {
        result.error = authError(code, message);
        return result;
    };

    const QByteArray authorization = request.header("authorization");
    if (!request.hasHeader("authorization"))
        return fail(QStringLiteral("MissingAuthenticationTokenException"), QStringLiteral("Missing Authentication Token"));
    // Two of a header the signature rests on leave it open which one counts (a valid one and a
    // forged one, say): refuse rather than pick.
    for (const char *name : {"Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"}) {
        if (request.headerCount(name) > 1)
            return fail(QStringLiteral("IncompleteSignatureException"),
                        QStringLiteral("The request has more than one '%1' header.").arg(QLatin1String(name)));
    }
    const SigV4Authorization auth = SigV4Authorization::parse(authorization);
    if (!auth.valid)
        return fail(QStringLiteral("IncompleteSignatureException"), auth.problem);

    const QByteArray amzDateValue = request.header("x-amz-date");
    if (amzDateValue.isEmpty())
        return fail(QStringLiteral("IncompleteSignatureException"),
                    QStringLiteral("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."));
    const QDateTime signedAt = parseAmzDate(amzDateValue);
    if (!signedAt.isValid())
        return fail(QStringLiteral("IncompleteSignatureException"),
                    QStringLiteral("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"."));
    if (!auth.signedHeaders.contains("host"))
        return fail(QStringLiteral("IncompleteSignatureException"),
                    QStringLiteral("Signature Version 4 requires the 'host' header to be signed."));
    for (const QByteArray &name : auth.signedHeaders) {
        if (!request.hasHeader(name))
            return fail(QStringLiteral("IncompleteSignatureException"),
                        QStringLiteral("The header '%1' is listed in SignedHeaders but is not in the request.")
                            .arg(QString::fromLatin1(name)));
    }

    const auto it = m_keys.constFind(QString::fromLatin1(auth.accessKeyId));
    if (it == m_keys.constEnd())
        return fail(QStringLiteral("UnrecognizedClientException"), kInvalidToken);
    const Entry &entry = *it;

    const QByteArray token = request.header("x-amz-security-token");
    if (!entry.credentials.sessionToken.isEmpty() || request.hasHeader("x-amz-security-token")) {
        if (!constantTimeEquals(token, entry.credentials.sessionToken))
            return fail(QStringLiteral("UnrecognizedClientException"), kInvalidToken);
    }
    if (entry.credentials.expiration.isValid() && entry.credentials.expiration <= now)
        return fail(QStringLiteral("ExpiredTokenException"), QStringLiteral("The security token included in the request is expired"));

    if (auth.date != amzDateValue.left(8))
        return fail(QStringLiteral("InvalidSignatureException"),
                    QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
                                   "HTTP: '%1' != '%2', from '%3'.")
                        .arg(QString::fromLatin1(auth.date), QString::fromLatin1(amzDateValue.left(8)),
                             QString::fromLatin1(amzDateValue)));
    if (QString::fromLatin1(auth.region) != m_region)
        return fail(QStringLiteral("InvalidSignatureException"),
                    QStringLiteral("Credential should be scoped to a valid region. '%1' is not '%2'.")
                        .arg(QString::fromLatin1(auth.region), m_region));
    if (QString::fromLatin1(auth.service) != service)
        return fail(QStringLiteral("InvalidSignatureException"),
                    QStringLiteral("Credential should be scoped to correct service: '%1'.").arg(service));

    const QByteArray nowText = SigV4Signer::amzDate(now);
    const qint64 skew = signedAt.secsTo(now);
    if (skew > maxClockSkewSeconds)
        return fail(QStringLiteral("InvalidSignatureException"),
                    QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 15 min.)")
                        .arg(QString::fromLatin1(amzDateValue),
                             QString::fromLatin1(SigV4Signer::amzDate(now.addSecs(-maxClockSkewSeconds))),
                             QString::fromLatin1(nowText)));
    if (-skew > maxClockSkewSeconds)
        return fail(QStringLiteral("InvalidSignatureException"),
                    QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 15 min.)")
                        .arg(QString::fromLatin1(amzDateValue),
                             QString::fromLatin1(SigV4Signer::amzDate(now.addSecs(maxClockSkewSeconds))),
                             QString::fromLatin1(nowText)));

    // CodeArtifact and STS, like every service but S3, sign the hash of the body they received:
    // x-amz-content-sha256 is never taken in its place, so UNSIGNED-PAYLOAD signs nothing and a
    // changed body fails the signature. A hash claimed there must still be the body's.
    const QByteArray bodyHash = SigV4Signer::sha256Hex(request.body);
    if (request.hasHeader("x-amz-content-sha256")) {
        const QByteArray claimed = request.header("x-amz-content-sha256").trimmed().toLower();
        if (claimed != "unsigned-payload" && claimed != bodyHash)
            return fail(QStringLiteral("InvalidSignatureException"),
                        QStringLiteral("The provided 'x-amz-content-sha256' header does not match what was computed."));
    }

    SigV4Request toSign;
    toSign.method = request.method;
    toSign.path = request.path;
    toSign.query = SigV4Signer::parseQueryString(request.rawQuery);
    for (const QByteArray &name : auth.signedHeaders) {
        for (const auto &[key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                toSign.headers.append({name, value});
        }
    }
    toSign.payloadHash = bodyHash;

    AwsCredentials signing;
    signing.accessKeyId = entry.credentials.accessKeyId;
    signing.secretAccessKey = entry.credentials.secretAccessKey;   // no token: it is among the headers if signed
    SigV4Options options;
    options.region = m_region;
    options.service = service;
    options.time = signedAt;
    const SigV4Signature expected = SigV4Signer::sign(toSign, signing, options);
    if (expected.signedHeaders != auth.signedHeaders.join(';')
        || !constantTimeEquals(expected.signature, auth.signature.toLower())) {
        return fail(QStringLiteral("InvalidSignatureException"),
                    QStringLiteral("The request signature we calculated does not match the signature you provided. "
                                   "Check your AWS Secret Access Key and signing method. Consult the service "
                                   "documentation for details."));
    }
    result.identity = entry.identity;
    return result;
}

} // namespace desk
