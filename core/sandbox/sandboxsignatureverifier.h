#pragma once

#include "base/awserror.h"
#include "aws/awscredentials.h"
#include "aws/sigv4signer.h"
#include "sandbox/sandboxwirerequest.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace desk {

// Who signed a request.
struct SandboxIdentity
{
    QString accessKeyId;
    QString account;
    QString arn;
    QString userId;
    QDateTime expiration;   // invalid for the long-term key
    bool readOnly = false;  // may not run a mutation (the SSO portal's ReadOnly role)
};

// Verifies AWS Signature Version 4 the way the service does: it recomputes the signature from
// what was received (method, wire path, decoded query, exactly the signed headers, the body's
// SHA-256) and compares in constant time. The secrets stay here; messages never contain them.
class SandboxSignatureVerifier
{
public:
    struct Result
    {
        AwsError error;          // 403 (or 400) with the service's code and message
        SandboxIdentity identity;
        bool ok() const { return !error.isError(); }
    };

    static constexpr qint64 maxClockSkewSeconds = 15 * 60;

    explicit SandboxSignatureVerifier(QString region);

    // The key pairs it accepts: the long-term one and those STS AssumeRole and the SSO portal
    // (GetRoleCredentials) handed out.
    void addCredentials(const AwsCredentials &credentials, const SandboxIdentity &identity);
    void removeExpired(const QDateTime &now);
    int credentialCount() const { return static_cast<int>(m_keys.size()); }

    Result verify(const SandboxWireRequest &request, const QString &service, const QDateTime &now) const;

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    static AwsError authError(const QString &code, const QString &message, int status = 403);

private:
    struct Entry
    {
        AwsCredentials credentials;
        SandboxIdentity identity;
    };
    QString m_region;
    QHash<QString, Entry> m_keys;
};

} // namespace desk
