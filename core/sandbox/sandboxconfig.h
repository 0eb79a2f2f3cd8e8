#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace desk {

// Everything a SandboxServer needs to know, filled by SandboxOptions (the executable) or by the
// desktop app's --sandbox mode. The defaults are documented test values, not secrets.
struct SandboxConfig
{
    static QString defaultAccount() { return QStringLiteral("111122223333"); }
    static QString defaultRegion() { return QStringLiteral("us-east-1"); }
    static QString defaultAccessKeyId() { return QStringLiteral("AKIDSANDBOX"); }
    static QByteArray defaultSecretAccessKey() { return QByteArrayLiteral("sandbox-secret-key-not-for-production"); }

    // The HTTP edge's limits (core/sandbox/README.md, "The HTTP edge"): what one client may cost.
    static constexpr qsizetype defaultMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype defaultMaxBodyBytes = 1024 * 1024;
    static constexpr int defaultIdleTimeoutMs = 30 * 1000;
    static constexpr int defaultMaxConnections = 512;

    // IAM Identity Center (core/sandbox/README.md, "IAM Identity Center"): how long what it hands
    // out lasts, in seconds.
    static constexpr qint64 defaultSsoRegistrationSeconds = 90 * 24 * 3600;
    static constexpr int defaultSsoDeviceCodeSeconds = 600;
    static constexpr int defaultSsoPollIntervalSeconds = 1;
    static constexpr qint64 defaultSsoAccessTokenSeconds = 3600;
    static constexpr qint64 defaultSsoRoleCredentialsSeconds = 3600;

    QString account = defaultAccount();
    QString region = defaultRegion();
    // The one long-term key pair the sandbox accepts (plus what STS AssumeRole hands out).
    QString accessKeyId = defaultAccessKeyId();
    QByteArray secretAccessKey = defaultSecretAccessKey();
    QByteArray sessionToken;   // when set, every request with this key must carry it
    QString stateFile;         // empty: state lives in memory only
    QString seed;              // "" or "demo": fills an empty state
    QStringList faults;        // fault specs, e.g. "throttle:0.3", "latency:200ms"
    quint64 faultSeed = 0;
    bool faultSeedSet = false; // false: faults draw from a random seed
    // --rate-limit: CodeArtifact requests per second per account (a token bucket of as many
    // tokens, at least 1; RateLimiter). 0: no limit, the default everywhere (the desktop app's
    // --sandbox mode and the tests included).
    double rateLimit = 0.0;
    // --tls: HTTPS with a certificate made at start (SandboxTls); the URL is https://.
    bool tls = false;

    // Request line and headers together; more is answered 431 and the connection closed.
    qsizetype maxHeaderBytes = defaultMaxHeaderBytes;
    // The body as decoded; a Content-Length (or a chunk) beyond it is answered 413 before the
    // body is read, and the connection closed.
    qsizetype maxBodyBytes = defaultMaxBodyBytes;
    // A connection waiting for the client (a whole request after the previous answer or the
    // accept, or the client reading its answers) gets this long; then it is closed (408 when
    // part of a request had arrived).
    int idleTimeoutMs = defaultIdleTimeoutMs;
    // Open connections at most; one more is closed as soon as it is accepted.
    int maxConnections = defaultMaxConnections;

    // IAM Identity Center. Every device authorization is approved as soon as it starts (no one
    // has to open the verification page): for tests and scripted sign-ins.
    bool ssoAutoApprove = false;
    // A client registration (RegisterClient) is accepted this long; then InvalidClientException.
    qint64 ssoRegistrationSeconds = defaultSsoRegistrationSeconds;
    // StartDeviceAuthorization's expiresIn and interval: the device code's life, and the least
    // time between two CreateToken polls (sooner is SlowDownException).
    int ssoDeviceCodeSeconds = defaultSsoDeviceCodeSeconds;
    int ssoPollIntervalSeconds = defaultSsoPollIntervalSeconds;
    // CreateToken's expiresIn: how long an access token opens the portal.
    qint64 ssoAccessTokenSeconds = defaultSsoAccessTokenSeconds;
    // How long GetRoleCredentials' credentials are accepted.
    qint64 ssoRoleCredentialsSeconds = defaultSsoRoleCredentialsSeconds;
};

} // namespace desk
