#include "api/ssojobs.h"

#include <QJsonArray>

namespace desk {

namespace {

const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString kRefreshGrant = QStringLiteral("refresh_token");

QString text(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

bool hasCode(const AwsError &error, QLatin1String exception, QLatin1String oauth)
{
    return error.code() == exception || error.code() == oauth;
}

} // namespace

SsoAccount SsoAccount::fromJson(const QJsonObject &object)
{
    return {text(object, QLatin1String("accountId")), text(object, QLatin1String("accountName")),
            text(object, QLatin1String("emailAddress"))};
}

SsoRole SsoRole::fromJson(const QJsonObject &object)
{
    return {text(object, QLatin1String("roleName")), text(object, QLatin1String("accountId"))};
}

// RegisterClient

static OperationInput registerInput(const QString &clientName, const QStringList &scopes)
{
    OperationInput input;
    input.set(QStringLiteral("clientName"), clientName);
    input.set(QStringLiteral("clientType"), QStringLiteral("public"));
    if (!scopes.isEmpty()) {
        input.set(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
        // A client with scopes refreshes its tokens: ask for both grants, as the AWS CLI does.
        input.set(QStringLiteral("grantTypes"), QJsonArray::fromStringList({kDeviceCodeGrant, kRefreshGrant}));
    }
    return input;
}

RegisterClientJob::RegisterClientJob(CodeArtifactClient *client, const QString &clientName, const QStringList &scopes,
                                     QObject *parent)
    : AwsRequestJob(client, Operation::RegisterClient, registerInput(clientName, scopes), parent)
{
}

AwsError RegisterClientJob::parseJson(const QJsonObject &answer)
{
    m_registration.clientId = text(answer, QLatin1String("clientId"));
    m_registration.clientSecret = text(answer, QLatin1String("clientSecret")).toUtf8();
    const qint64 expires = answer.value(QLatin1String("clientSecretExpiresAt")).toInteger();
    if (expires > 0)
        m_registration.expiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
    if (m_registration.clientId.isEmpty())
        return missingMember(QLatin1String("clientId"));
    if (m_registration.clientSecret.isEmpty())
        return missingMember(QLatin1String("clientSecret"));
    return {};
}

// StartDeviceAuthorization

static OperationInput deviceInput(const SsoClientRegistration &registration, const QString &startUrl)
{
    OperationInput input;
    input.set(QStringLiteral("clientId"), registration.clientId);
    input.set(QStringLiteral("clientSecret"), QString::fromUtf8(registration.clientSecret));
    input.set(QStringLiteral("startUrl"), startUrl);
    return input;
}

StartDeviceAuthorizationJob::StartDeviceAuthorizationJob(CodeArtifactClient *client,
                                                         const SsoClientRegistration &registration,
                                                         const QString &startUrl, QObject *parent)
    : AwsRequestJob(client, Operation::StartDeviceAuthorization, deviceInput(registration, startUrl), parent)
{
}

AwsError StartDeviceAuthorizationJob::parseJson(const QJsonObject &answer)
{
    m_authorization.deviceCode = text(answer, QLatin1String("deviceCode")).toUtf8();
    m_authorization.userCode = text(answer, QLatin1String("userCode"));
    m_authorization.verificationUri = text(answer, QLatin1String("verificationUri"));
    m_authorization.verificationUriComplete = text(answer, QLatin1String("verificationUriComplete"));
    m_authorization.expiresInSeconds = int(answer.value(QLatin1String("expiresIn")).toInteger());
    m_authorization.intervalSeconds = int(answer.value(QLatin1String("interval")).toInteger());
    if (m_authorization.deviceCode.isEmpty())
        return missingMember(QLatin1String("deviceCode"));
    if (m_authorization.userCode.isEmpty())
        return missingMember(QLatin1String("userCode"));
    if (m_authorization.verificationUri.isEmpty() && m_authorization.verificationUriComplete.isEmpty())
        return missingMember(QLatin1String("verificationUri"));
    return {};
}

// CreateToken

// The client's registration, the grant, and what the grant is for (the device code or the refresh token).
static OperationInput tokenInput(const SsoClientRegistration &registration, const QString &grantType,
                                 const QString &grantMember, const QByteArray &grant)
{
    OperationInput input;
    input.set(QStringLiteral("clientId"), registration.clientId);
    input.set(QStringLiteral("clientSecret"), QString::fromUtf8(registration.clientSecret));
    input.set(QStringLiteral("grantType"), grantType);
    input.set(grantMember, QString::fromUtf8(grant));
    return input;
}

CreateTokenJob::CreateTokenJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent)
    : AwsRequestJob(client, Operation::CreateToken, input, parent)
{
}

CreateTokenJob *CreateTokenJob::forDeviceCode(CodeArtifactClient *client, const SsoClientRegistration &registration,
                                              const QByteArray &deviceCode, QObject *parent)
{
    return new CreateTokenJob(client, tokenInput(registration, kDeviceCodeGrant, QStringLiteral("deviceCode"), deviceCode),
                              parent);
}

CreateTokenJob *CreateTokenJob::forRefresh(CodeArtifactClient *client, const SsoClientRegistration &registration,
                                           const QByteArray &refreshToken, QObject *parent)
{
    return new CreateTokenJob(client, tokenInput(registration, kRefreshGrant, QStringLiteral("refreshToken"), refreshToken),
                              parent);
}

AwsError CreateTokenJob::parseJson(const QJsonObject &answer)
{
    m_grant.accessToken = text(answer, QLatin1String("accessToken")).toUtf8();
    m_grant.refreshToken = text(answer, QLatin1String("refreshToken")).toUtf8();
    m_grant.expiresInSeconds = int(answer.value(QLatin1String("expiresIn")).toInteger());
    if (m_grant.accessToken.isEmpty())
        return missingMember(QLatin1String("accessToken"));
    if (m_grant.expiresInSeconds <= 0)
        return missingMember(QLatin1String("expiresIn"));
    return {};
}

bool CreateTokenJob::isAuthorizationPending(const AwsError &error)
{
    return hasCode(error, QLatin1String("AuthorizationPendingException"), QLatin1String("authorization_pending"));
}

bool CreateTokenJob::isSlowDown(const AwsError &error)
{
    return hasCode(error, QLatin1String("SlowDownException"), QLatin1String("slow_down"));
}

bool CreateTokenJob::isExpiredToken(const AwsError &error)
{
    return hasCode(error, QLatin1String("ExpiredTokenException"), QLatin1String("expired_token"));
}

bool CreateTokenJob::isAccessDenied(const AwsError &error)
{
    return hasCode(error, QLatin1String("AccessDeniedException"), QLatin1String("access_denied"));
}

// GetRoleCredentials

static OperationInput roleInput(const QString &accountId, const QString &roleName, const QByteArray &accessToken)
{
    OperationInput input;
    input.set(QStringLiteral("roleName"), roleName);
    input.set(QStringLiteral("accountId"), accountId);
    input.set(QStringLiteral("accessToken"), QString::fromUtf8(accessToken));
    return input;
}

GetRoleCredentialsJob::GetRoleCredentialsJob(CodeArtifactClient *client, const QString &accountId,
                                             const QString &roleName, const QByteArray &accessToken, QObject *parent)
    : AwsRequestJob(client, Operation::GetRoleCredentials, roleInput(accountId, roleName, accessToken), parent)
{
}

GetRoleCredentialsJob::~GetRoleCredentialsJob()
{
    m_credentials.clear();
}

AwsCredentials GetRoleCredentialsJob::takeCredentials()
{
    AwsCredentials out = std::move(m_credentials);
    m_credentials = {};
    return out;
}

AwsError GetRoleCredentialsJob::parseJson(const QJsonObject &answer)
{
    const QJsonValue value = answer.value(QLatin1String("roleCredentials"));
    if (!value.isObject())
        return missingMember(QLatin1String("roleCredentials"));
    const QJsonObject role = value.toObject();
    AwsCredentials c;
    c.accessKeyId = text(role, QLatin1String("accessKeyId"));
    c.secretAccessKey = text(role, QLatin1String("secretAccessKey")).toUtf8();
    c.sessionToken = text(role, QLatin1String("sessionToken")).toUtf8();
    // Milliseconds since the epoch (ExpirationTimestampType is a long).
    const qint64 expiration = role.value(QLatin1String("expiration")).toInteger();
    if (expiration > 0)
        c.expiration = QDateTime::fromMSecsSinceEpoch(expiration, Qt::UTC);
    if (c.accessKeyId.isEmpty() || c.secretAccessKey.isEmpty() || c.sessionToken.isEmpty()) {
        c.clear();
        return missingMember(QLatin1String("roleCredentials.accessKeyId/secretAccessKey/sessionToken"));
    }
    m_credentials = std::move(c);
    return {};
}

// ListAccounts, ListAccountRoles

ListAccountsJob::ListAccountsJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent)
    : ListPageJob<SsoAccount>(client, kOperation, input, parent)
{
}

OperationInput ListAccountsJob::input(const QByteArray &accessToken)
{
    OperationInput input;
    input.set(QStringLiteral("accessToken"), QString::fromUtf8(accessToken));
    return input;
}

ListAccountRolesJob::ListAccountRolesJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent)
    : ListPageJob<SsoRole>(client, kOperation, input, parent)
{
}

OperationInput ListAccountRolesJob::input(const QByteArray &accessToken, const QString &accountId)
{
    OperationInput input;
    input.set(QStringLiteral("accessToken"), QString::fromUtf8(accessToken));
    input.set(QStringLiteral("accountId"), accountId);
    return input;
}

// Logout

LogoutJob::LogoutJob(CodeArtifactClient *client, const QByteArray &accessToken, QObject *parent)
    : AwsRequestJob(client, Operation::Logout, ListAccountsJob::input(accessToken), parent)
{
}

AwsError LogoutJob::parseBody(const QByteArray &)
{
    return {};   // an empty answer
}

} // namespace desk
