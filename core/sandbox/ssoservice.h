#pragma once

#include "base/operations.h"
#include "sandbox/paginationtoken.h"
#include "sandbox/sandboxcall.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxsignatureverifier.h"
#include "sandbox/ssodirectory.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

#include <optional>

namespace desk {

// IAM Identity Center on the sandbox's port, unsigned as in AWS (smithy.api#noAuth):
//   - SSO OIDC: RegisterClient, StartDeviceAuthorization and CreateToken, the OAuth 2.0 device
//     flow (RFC 8628) with refresh tokens;
//   - the portal: GetRoleCredentials, ListAccounts, ListAccountRoles and Logout, which take the
//     access token in the x-amz-sso_bearer_token header;
//   - the verification page, /sso/verify, where a person approves or denies a device code.
// The routes are the operation table's rows for services "sso-oidc" and "sso", and members are
// decoded by SandboxCall. Role credentials are registered with the verifier, so the sandbox's
// CodeArtifact and STS accept them until they expire. Everything is held in memory: a restart
// ends every registration, sign-in and token. Secrets (client secrets, device codes, tokens) are
// kept only as SHA-256 digests where they are looked up, and never put in a message.
class SsoService
{
public:
    struct Answer
    {
        QString operation;   // "" for the verification page
        SandboxResponse response;
    };

    static constexpr int maxRegistrations = 10000;          // live at once; more is SlowDownException
    static constexpr int maxDeviceAuthorizations = 10000;

    static QString verificationPath() { return QStringLiteral("/sso/verify"); }
    static QString deviceCodeGrant() { return QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"); }
    static QString refreshTokenGrant() { return QStringLiteral("refresh_token"); }
    // Whether SsoService answers this (decoded) path: an sso-oidc or sso URI of the operation
    // table, or the verification page. Every other path is CodeArtifact's (or STS's "/").
    static bool isSsoPath(QStringView path);

    SsoService(const SandboxConfig &config, SandboxSignatureVerifier *verifier);

    // baseUrl is the sandbox's own (verificationUri is built on it).
    Answer handle(const SandboxWireRequest &request, const QString &path, const QUrl &baseUrl, const QDateTime &now);

    const QList<SsoDirectory::Account> &accounts() const { return m_accounts; }

private:
    struct Registration
    {
        QString clientName;
        QByteArray secretDigest;
        QStringList scopes;
        QStringList grantTypes;
        QDateTime expiresAt;
    };
    enum class Decision { Pending, Approved, Denied, Used };
    struct DeviceAuthorization
    {
        QString clientId;
        QString userCode;
        QDateTime expiresAt;
        QDateTime lastPoll;   // invalid before the first CreateToken
        Decision decision = Decision::Pending;
    };
    // What an access token or a refresh token belongs to: one client's sign-in, which Logout ends.
    struct Grant
    {
        QString clientId;
        QString signInId;
        QDateTime expiresAt;   // access tokens only
    };

    SandboxResponse registerClient(const SandboxCall &call);
    SandboxResponse startDeviceAuthorization(const SandboxCall &call, const QUrl &baseUrl);
    SandboxResponse createToken(const SandboxCall &call);
    SandboxResponse getRoleCredentials(const SandboxCall &call);
    SandboxResponse listAccounts(const SandboxCall &call, const Grant &session);
    SandboxResponse listAccountRoles(const SandboxCall &call, const Grant &session);
    SandboxResponse logout(const Grant &session);
    SandboxResponse verificationPage(const SandboxWireRequest &request, const QDateTime &now);

    // The registration of the call's clientId and clientSecret, or InvalidClientException.
    std::optional<SandboxResponse> authenticateClient(const SandboxCall &call) const;
    SandboxResponse issueTokens(const QString &clientId, const QString &signInId, const QDateTime &now);
    // The page of a portal listing (max_result, next_token) over items sorted by key.
    struct Page
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QString nextToken;
    };
    SandboxOutcome<Page> page(const SandboxCall &call, const QStringList &sortKeys, const QString &listingKey) const;
    QByteArray formToken(const QString &userCode) const;
    void prune(const QDateTime &now);

    SandboxConfig m_config;
    SandboxSignatureVerifier *m_verifier;
    QList<SsoDirectory::Account> m_accounts;
    PaginationToken m_pageTokens;
    QByteArray m_formSalt;
    QHash<QString, Registration> m_registrations;            // by clientId
    QHash<QByteArray, DeviceAuthorization> m_devices;        // by the device code's digest
    QHash<QString, QByteArray> m_deviceByUserCode;           // user code -> the device code's digest
    QHash<QByteArray, Grant> m_accessTokens;                 // by digest
    QHash<QByteArray, Grant> m_refreshTokens;                // by digest
};

} // namespace desk
