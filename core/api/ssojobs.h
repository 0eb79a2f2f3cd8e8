#pragma once

#include "api/awsrequestjob.h"
#include "api/listpagejob.h"
#include "api/paginatedjobs.h"
#include "aws/awscredentials.h"

#include <QDateTime>
#include <QStringList>

// IAM Identity Center: SSO OIDC (RegisterClient, StartDeviceAuthorization, CreateToken) signs a
// person in and hands out an access token; the SSO portal (GetRoleCredentials, ListAccounts,
// ListAccountRoles, Logout) turns that token into role credentials. None of these is signed with
// SigV4 (the model says smithy.api#noAuth). Client secrets, device codes, refresh and access
// tokens and role credentials are secrets: they are kept only in these jobs' results, never
// logged, and the activity panel never shows a body.

namespace desk {

// RegisterClient's answer: a public client the device flow and refreshes use.
struct SsoClientRegistration
{
    QString clientId;
    QByteArray clientSecret;
    QDateTime expiresAt;   // clientSecretExpiresAt

    bool isValid() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }
    bool hasExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};

// StartDeviceAuthorization's answer.
struct SsoDeviceAuthorization
{
    QByteArray deviceCode;
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete;
    int expiresInSeconds = 0;
    int intervalSeconds = 0;
};

// CreateToken's answer.
struct SsoTokenGrant
{
    QByteArray accessToken;
    QByteArray refreshToken;   // empty: none was handed out (the legacy form)
    int expiresInSeconds = 0;
};

struct SsoAccount
{
    QString accountId;
    QString accountName;
    QString emailAddress;
    static SsoAccount fromJson(const QJsonObject &object);
};

struct SsoRole
{
    QString roleName;
    QString accountId;
    static SsoRole fromJson(const QJsonObject &object);
};

// POST /client/register (clientType "public"). The scopes are the session's
// sso_registration_scopes; empty: none asked for.
class RegisterClientJob : public AwsRequestJob
{
    Q_OBJECT
public:
    RegisterClientJob(CodeArtifactClient *client, const QString &clientName, const QStringList &scopes,
                      QObject *parent = nullptr);
    SsoClientRegistration registration() const { return m_registration; }

protected:
    AwsError parseJson(const QJsonObject &answer) override;

private:
    SsoClientRegistration m_registration;
};

// POST /device_authorization
class StartDeviceAuthorizationJob : public AwsRequestJob
{
    Q_OBJECT
public:
    StartDeviceAuthorizationJob(CodeArtifactClient *client, const SsoClientRegistration &registration,
                                const QString &startUrl, QObject *parent = nullptr);
    SsoDeviceAuthorization authorization() const { return m_authorization; }

protected:
    AwsError parseJson(const QJsonObject &answer) override;

private:
    SsoDeviceAuthorization m_authorization;
};

// POST /token, for the device code (grant type urn:ietf:params:oauth:grant-type:device_code) or
// for a refresh (refresh_token).
class CreateTokenJob : public AwsRequestJob
{
    Q_OBJECT
public:
    static CreateTokenJob *forDeviceCode(CodeArtifactClient *client, const SsoClientRegistration &registration,
                                         const QByteArray &deviceCode, QObject *parent = nullptr);
    static CreateTokenJob *forRefresh(CodeArtifactClient *client, const SsoClientRegistration &registration,
                                      const QByteArray &refreshToken, QObject *parent = nullptr);
    SsoTokenGrant grant() const { return m_grant; }

    // The OAuth answers a device flow polls through (the code, or the "error" member).
    static bool isAuthorizationPending(const AwsError &error);
    static bool isSlowDown(const AwsError &error);
    static bool isExpiredToken(const AwsError &error);
    static bool isAccessDenied(const AwsError &error);

protected:
    CreateTokenJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent);
    AwsError parseJson(const QJsonObject &answer) override;

private:
    SsoTokenGrant m_grant;
};

// GET /federation/credentials
class GetRoleCredentialsJob : public AwsRequestJob
{
    Q_OBJECT
public:
    GetRoleCredentialsJob(CodeArtifactClient *client, const QString &accountId, const QString &roleName,
                          const QByteArray &accessToken, QObject *parent = nullptr);
    ~GetRoleCredentialsJob() override;
    // Moves the credentials out (the job keeps no copy afterwards).
    AwsCredentials takeCredentials();

protected:
    AwsError parseJson(const QJsonObject &answer) override;

private:
    AwsCredentials m_credentials;
};

// GET /assignment/accounts, one page.
class ListAccountsJob : public ListPageJob<SsoAccount>
{
public:
    static constexpr Operation kOperation = Operation::ListAccounts;
    ListAccountsJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent = nullptr);
    static OperationInput input(const QByteArray &accessToken);
};

// GET /assignment/roles, one page.
class ListAccountRolesJob : public ListPageJob<SsoRole>
{
public:
    static constexpr Operation kOperation = Operation::ListAccountRoles;
    ListAccountRolesJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent = nullptr);
    static OperationInput input(const QByteArray &accessToken, const QString &accountId);
};

using ListAllAccountsJob = ListAll<ListAccountsJob>;
using ListAllAccountRolesJob = ListAll<ListAccountRolesJob>;

// POST /logout: ends the portal session of the token.
class LogoutJob : public AwsRequestJob
{
    Q_OBJECT
public:
    LogoutJob(CodeArtifactClient *client, const QByteArray &accessToken, QObject *parent = nullptr);

protected:
    AwsError parseBody(const QByteArray &body) override;
};

} // namespace desk
