#include "sandbox/ssoservice.h"

#include "base/inputvalidator.h"
#include "sandbox/stsservice.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

namespace desk {

namespace {

// The errors SSO OIDC's model lists, in OAuth's form: x-amzn-ErrorType names the exception, the
// body is {"error": "<OAuth code>", "error_description": "..."}, the status is the model's.
enum class OidcError {
    InvalidRequest,
    InvalidClient,
    InvalidClientMetadata,
    InvalidGrant,
    UnauthorizedClient,
    UnsupportedGrantType,
    InvalidScope,
    AuthorizationPending,
    SlowDown,
    AccessDenied,
    ExpiredToken,
};

struct OidcErrorShape
{
    const char *exception;
    const char *error;
    int status;
};

OidcErrorShape shapeOf(OidcError kind)
{
    switch (kind) {
    case OidcError::InvalidRequest: return {"InvalidRequestException", "invalid_request", 400};
    case OidcError::InvalidClient: return {"InvalidClientException", "invalid_client", 401};
    case OidcError::InvalidClientMetadata: return {"InvalidClientMetadataException", "invalid_client_metadata", 400};
    case OidcError::InvalidGrant: return {"InvalidGrantException", "invalid_grant", 400};
    case OidcError::UnauthorizedClient: return {"UnauthorizedClientException", "unauthorized_client", 400};
    case OidcError::UnsupportedGrantType: return {"UnsupportedGrantTypeException", "unsupported_grant_type", 400};
    case OidcError::InvalidScope: return {"InvalidScopeException", "invalid_scope", 400};
    case OidcError::AuthorizationPending: return {"AuthorizationPendingException", "authorization_pending", 400};
    case OidcError::SlowDown: return {"SlowDownException", "slow_down", 400};
    case OidcError::AccessDenied: return {"AccessDeniedException", "access_denied", 400};
    case OidcError::ExpiredToken: return {"ExpiredTokenException", "expired_token", 400};
    }
    return {"InternalServerException", "server_error", 500};
}

SandboxResponse oidcError(OidcError kind, const QString &description)
{
    const OidcErrorShape shape = shapeOf(kind);
    SandboxResponse r = SandboxResponse::json(
        {{QLatin1String("error"), QLatin1String(shape.error)}, {QLatin1String("error_description"), description}}, shape.status);
    r.headers.append({QByteArrayLiteral("x-amzn-ErrorType"), QByteArray(shape.exception)});
    return r;
}

// The portal's errors: rest-json {"message": ...}.
SandboxResponse portalError(const QString &exception, int status, const QString &message, AwsError::Kind kind)
{
    AwsError e(kind, message);
    e.setCode(exception).setHttpStatus(status).setService(QStringLiteral("sso"));
    return SandboxResponse::restJsonError(e);
}

SandboxResponse unauthorized()
{
    return portalError(QStringLiteral("UnauthorizedException"), 401, QStringLiteral("Session token not found or invalid"),
                       AwsError::Kind::Authentication);
}

SandboxResponse invalidRequest(bool portal, const QString &message)
{
    if (portal)
        return portalError(QStringLiteral("InvalidRequestException"), 400, message, AwsError::Kind::Validation);
    return oidcError(OidcError::InvalidRequest, message);
}

SandboxResponse notFound(const QString &message)
{
    return portalError(QStringLiteral("ResourceNotFoundException"), 404, message, AwsError::Kind::NotFound);
}

QByteArray digestOf(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

// base64url of `bytes` random bytes.
QString randomToken(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// RFC 8628 6.1's alphabet for codes people type: consonants only (no words, no 0/O or 1/I).
QString randomUserCode()
{
    static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += u'-';
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    }
    return code;
}

// What a person typed, in the form the sandbox hands out: "abcd efgh" and "ABCDEFGH" are "ABCD-EFGH".
QString normalizedUserCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed.left(64)) {
        if (c.isLetterOrNumber())
            code += c.toUpper();
    }
    if (code.size() == 8)
        code.insert(4, u'-');
    return code;
}

// The fields of a form (application/x-www-form-urlencoded) or a query string; the first of a
// name counts.
QMap<QString, QString> formFields(const QByteArray &encoded)
{
    QByteArray form = encoded;
    form.replace('+', "%20");
    QMap<QString, QString> fields;
    for (const auto &[name, value] : SigV4Signer::parseQueryString(form)) {
        const QString key = QString::fromUtf8(name);
        if (!fields.contains(key))
            fields.insert(key, QString::fromUtf8(value));
    }
    return fields;
}

// One page of the verification site: small, no script, nothing loaded from elsewhere, never
// framed (a page that approves sign-ins must not be clickjacked) and never cached.
SandboxResponse htmlPage(int status, const QString &title, const QString &bodyHtml)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%1 - Artifact Desk sandbox</title>\n"
        "<style>body{font-family:sans-serif;max-width:34em;margin:3em auto;padding:0 1em;line-height:1.5}"
        "code{font-size:1.5em;letter-spacing:.08em}button{font-size:1em;padding:.4em 1.4em;margin-right:.6em}"
        "input{font-size:1.2em;padding:.2em}</style>\n</head>\n<body>\n<h1>%1</h1>\n%2</body>\n</html>\n")
                             .arg(title.toHtmlEscaped(), bodyHtml);
    SandboxResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = html.toUtf8();
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    r.headers.append({QByteArrayLiteral("Content-Security-Policy"),
                      QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                        "frame-ancestors 'none'")});
    r.headers.append({QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY")});
    r.headers.append({QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
    return r;
}

QString enterCodeForm()
{
    return QStringLiteral("<form method=\"get\" action=\"/sso/verify\">\n"
                          "<p><label for=\"user_code\">Code shown by Artifact Desk:</label>\n"
                          "<input id=\"user_code\" name=\"user_code\" autocomplete=\"off\" autofocus "
                          "placeholder=\"ABCD-EFGH\">\n"
                          "<button type=\"submit\">Next</button></p>\n</form>\n");
}

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>%1</p>\n").arg(html);
}

} // namespace

bool SsoService::isSsoPath(QStringView path)
{
    return path == verificationPath() || !Operations::methodsFor(path, u"sso-oidc").isEmpty()
        || !Operations::methodsFor(path, u"sso").isEmpty();
}

SsoService::SsoService(const SandboxConfig &config, SandboxSignatureVerifier *verifier)
    : m_config(config)
    , m_verifier(verifier)
    , m_accounts(SsoDirectory::accounts(config.account))
    , m_formSalt(randomToken(32).toLatin1())
{
    m_config.secretAccessKey.clear();   // not needed here
}

SsoService::Answer SsoService::handle(const SandboxWireRequest &request, const QString &path, const QUrl &baseUrl,
                                      const QDateTime &now)
{
    prune(now);
    if (path == verificationPath())
        return {QString(), verificationPage(request, now)};

    const OperationSpec *spec = Operations::route(request.method, path, u"sso-oidc");
    if (!spec)
        spec = Operations::route(request.method, path, u"sso");
    if (!spec) {
        const QList<QByteArray> allowed = Operations::methodsFor(path, u"sso-oidc") + Operations::methodsFor(path, u"sso");
        AwsError e(AwsError::Kind::Validation, QStringLiteral("Method %1 is not allowed on %2; allowed: %3.")
                                                   .arg(QString::fromLatin1(request.method.left(20)), path,
                                                        QString::fromLatin1(allowed.join(", "))));
        e.setCode(QStringLiteral("MethodNotAllowedException")).setHttpStatus(405);
        SandboxResponse response = SandboxResponse::restJsonError(e);
        response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        return {QString(), response};
    }

    const bool portal = spec->service == QLatin1String("sso");
    const auto decoded = SandboxCall::decode(*spec, request, SandboxIdentity(), now);
    if (!decoded.ok())
        return {spec->name, invalidRequest(portal, decoded.error.message())};
    const SandboxCall &call = decoded.value;
    // The portal's token is checked before the other members, and says nothing of why it failed.
    Grant session;
    if (portal) {
        const QString token = call.string(QStringLiteral("accessToken"));
        const auto found = m_accessTokens.constFind(digestOf(token));
        if (token.isEmpty() || found == m_accessTokens.cend() || found->expiresAt <= now)
            return {spec->name, unauthorized()};
        session = *found;
    }
    if (const AwsError e = InputValidator::validate(*spec, call.input()))
        return {spec->name, invalidRequest(portal, e.message())};

    switch (spec->id) {
    case Operation::RegisterClient: return {spec->name, registerClient(call)};
    case Operation::StartDeviceAuthorization: return {spec->name, startDeviceAuthorization(call, baseUrl)};
    case Operation::CreateToken: return {spec->name, createToken(call)};
    case Operation::GetRoleCredentials: return {spec->name, getRoleCredentials(call)};
    case Operation::ListAccounts: return {spec->name, listAccounts(call, session)};
    case Operation::ListAccountRoles: return {spec->name, listAccountRoles(call, session)};
    case Operation::Logout: return {spec->name, logout(session)};
    case Operation::ListDomains:
    case Operation::DescribeDomain:
    case Operation::CreateDomain:
    case Operation::DeleteDomain:
    case Operation::ListRepositoriesInDomain:
    case Operation::ListRepositories:
    case Operation::DescribeRepository:
    case Operation::CreateRepository:
    case Operation::UpdateRepository:
    case Operation::DeleteRepository:
    case Operation::AssociateExternalConnection:
    case Operation::DisassociateExternalConnection:
    case Operation::GetRepositoryEndpoint:
    case Operation::GetAuthorizationToken:
    case Operation::GetDomainPermissionsPolicy:
    case Operation::PutDomainPermissionsPolicy:
    case Operation::DeleteDomainPermissionsPolicy:
    case Operation::GetRepositoryPermissionsPolicy:
    case Operation::PutRepositoryPermissionsPolicy:
    case Operation::DeleteRepositoryPermissionsPolicy:
    case Operation::GetCallerIdentity:
    case Operation::AssumeRole:
        break;   // CodeArtifact's and STS's: never routed here
    }
    return {spec->name, invalidRequest(portal, QStringLiteral("Unknown operation %1.").arg(spec->name))};
}

SandboxResponse SsoService::registerClient(const SandboxCall &call)
{
    if (call.string(QStringLiteral("clientType")) != QLatin1String("public"))
        return oidcError(OidcError::InvalidClientMetadata, QStringLiteral("Invalid client type: only 'public' clients can register."));
    const QStringList scopes = call.stringList(QStringLiteral("scopes"));
    if (std::any_of(scopes.cbegin(), scopes.cend(), [](const QString &s) { return s.trimmed().isEmpty(); }))
        return oidcError(OidcError::InvalidScope, QStringLiteral("Invalid scope: a scope must not be empty."));
    const QStringList grantTypes = call.stringList(QStringLiteral("grantTypes"));
    const QStringList known{deviceCodeGrant(), refreshTokenGrant(), QStringLiteral("authorization_code")};
    for (const QString &grant : grantTypes) {
        if (!known.contains(grant))
            return oidcError(OidcError::UnsupportedGrantType,
                             QStringLiteral("Unsupported grant type: %1").arg(grant.left(100)));
    }
    if (m_registrations.size() >= maxRegistrations)
        return oidcError(OidcError::SlowDown, QStringLiteral("Too many client registrations; try again later."));

    const QString clientId = randomToken(18);
    const QString secret = randomToken(64);
    Registration registration;
    registration.clientName = call.string(QStringLiteral("clientName"));
    registration.secretDigest = digestOf(secret);
    registration.scopes = scopes;
    registration.grantTypes = grantTypes;
    const QDateTime issuedAt = QDateTime::fromSecsSinceEpoch(call.now().toSecsSinceEpoch(), Qt::UTC);
    registration.expiresAt = issuedAt.addSecs(m_config.ssoRegistrationSeconds);
    m_registrations.insert(clientId, registration);
    return SandboxResponse::json({{QLatin1String("clientId"), clientId},
                                  {QLatin1String("clientSecret"), secret},
                                  {QLatin1String("clientIdIssuedAt"), issuedAt.toSecsSinceEpoch()},
                                  {QLatin1String("clientSecretExpiresAt"), registration.expiresAt.toSecsSinceEpoch()}});
}

std::optional<SandboxResponse> SsoService::authenticateClient(const SandboxCall &call) const
{
    const auto found = m_registrations.constFind(call.string(QStringLiteral("clientId")));
    const QByteArray presented = digestOf(call.string(QStringLiteral("clientSecret")));
    if (found == m_registrations.cend() || !SandboxSignatureVerifier::constantTimeEquals(presented, found->secretDigest))
        return oidcError(OidcError::InvalidClient, QStringLiteral("Invalid client: unknown client id or wrong client secret."));
    if (found->expiresAt <= call.now())
        return oidcError(OidcError::InvalidClient,
                         QStringLiteral("The client registration expired at %1; register the client again.")
                             .arg(found->expiresAt.toString(Qt::ISODate)));
    return std::nullopt;
}

SandboxResponse SsoService::startDeviceAuthorization(const SandboxCall &call, const QUrl &baseUrl)
{
    if (auto refused = authenticateClient(call))
        return *refused;
    if (m_devices.size() >= maxDeviceAuthorizations)
        return oidcError(OidcError::SlowDown, QStringLiteral("Too many device authorizations; try again later."));

    const QString deviceCode = randomToken(48);
    QString userCode = randomUserCode();
    while (m_deviceByUserCode.contains(userCode))
        userCode = randomUserCode();
    DeviceAuthorization device;
    device.clientId = call.string(QStringLiteral("clientId"));
    device.userCode = userCode;
    device.expiresAt = call.now().addSecs(m_config.ssoDeviceCodeSeconds);
    device.decision = m_config.ssoAutoApprove ? Decision::Approved : Decision::Pending;
    const QByteArray digest = digestOf(deviceCode);
    m_devices.insert(digest, device);
    m_deviceByUserCode.insert(userCode, digest);

    QUrl verification = baseUrl;
    verification.setPath(verificationPath());
    const QString verificationUri = verification.toString(QUrl::FullyEncoded);
    return SandboxResponse::json({{QLatin1String("deviceCode"), deviceCode},
                                  {QLatin1String("userCode"), userCode},
                                  {QLatin1String("verificationUri"), verificationUri},
                                  {QLatin1String("verificationUriComplete"), verificationUri + QStringLiteral("?user_code=") + userCode},
                                  {QLatin1String("expiresIn"), m_config.ssoDeviceCodeSeconds},
                                  {QLatin1String("interval"), m_config.ssoPollIntervalSeconds}});
}

SandboxResponse SsoService::createToken(const SandboxCall &call)
{
    if (auto refused = authenticateClient(call))
        return *refused;
    const QString clientId = call.string(QStringLiteral("clientId"));
    const Registration &registration = m_registrations[clientId];
    const QString grantType = call.string(QStringLiteral("grantType"));
    const bool deviceGrant = grantType == deviceCodeGrant();
    if (!deviceGrant && grantType != refreshTokenGrant())
        return oidcError(OidcError::UnsupportedGrantType, QStringLiteral("Unsupported grant type: %1").arg(grantType.left(100)));
    if (!registration.grantTypes.isEmpty() && !registration.grantTypes.contains(grantType))
        return oidcError(OidcError::UnauthorizedClient,
                         QStringLiteral("The client is not registered for the grant type %1.").arg(grantType));

    if (!deviceGrant) {
        if (!call.has(QStringLiteral("refreshToken")))
            return oidcError(OidcError::InvalidRequest, QStringLiteral("A refresh_token grant needs refreshToken."));
        const auto found = m_refreshTokens.constFind(digestOf(call.string(QStringLiteral("refreshToken"))));
        if (found == m_refreshTokens.cend() || found->clientId != clientId)
            return oidcError(OidcError::InvalidGrant, QStringLiteral("Invalid refresh token provided."));
        const QString signInId = found->signInId;
        m_refreshTokens.erase(found);   // a refresh token is used once
        return issueTokens(clientId, signInId, call.now());
    }

    if (!call.has(QStringLiteral("deviceCode")))
        return oidcError(OidcError::InvalidRequest, QStringLiteral("A device_code grant needs deviceCode."));
    const auto found = m_devices.find(digestOf(call.string(QStringLiteral("deviceCode"))));
    if (found == m_devices.end() || found->clientId != clientId)
        return oidcError(OidcError::InvalidGrant, QStringLiteral("Invalid device code provided."));
    DeviceAuthorization &device = *found;
    if (device.decision == Decision::Used)
        return oidcError(OidcError::InvalidGrant, QStringLiteral("The device code was already used."));
    if (device.expiresAt <= call.now())
        return oidcError(OidcError::ExpiredToken, QStringLiteral("The device code has expired."));
    if (device.decision == Decision::Denied)
        return oidcError(OidcError::AccessDenied, QStringLiteral("The sign-in request was denied."));
    if (device.decision == Decision::Pending) {
        const bool tooSoon = device.lastPoll.isValid()
            && device.lastPoll.msecsTo(call.now()) < qint64(m_config.ssoPollIntervalSeconds) * 1000;
        device.lastPoll = call.now();
        if (tooSoon)
            return oidcError(OidcError::SlowDown,
                             QStringLiteral("Polling too often: wait at least %1 s between requests.")
                                 .arg(m_config.ssoPollIntervalSeconds));
        return oidcError(OidcError::AuthorizationPending, QStringLiteral("The sign-in request is not approved yet."));
    }
    device.decision = Decision::Used;
    return issueTokens(clientId, randomToken(12), call.now());
}

SandboxResponse SsoService::issueTokens(const QString &clientId, const QString &signInId, const QDateTime &now)
{
    const QString accessToken = randomToken(48);
    m_accessTokens.insert(digestOf(accessToken), Grant{clientId, signInId, now.addSecs(m_config.ssoAccessTokenSeconds)});
    QJsonObject out{{QLatin1String("accessToken"), accessToken},
                    {QLatin1String("tokenType"), QLatin1String("Bearer")},
                    {QLatin1String("expiresIn"), m_config.ssoAccessTokenSeconds}};
    // Only an sso-session registration (one with scopes) gets a refresh token, as in AWS.
    if (!m_registrations.value(clientId).scopes.isEmpty()) {
        const QString refreshToken = randomToken(48);
        m_refreshTokens.insert(digestOf(refreshToken), Grant{clientId, signInId, {}});
        out.insert(QLatin1String("refreshToken"), refreshToken);
    }
    return SandboxResponse::json(out);
}

SandboxResponse SsoService::getRoleCredentials(const SandboxCall &call)
{
    const QString accountId = call.string(QStringLiteral("accountId"));
    const QString role = call.string(QStringLiteral("roleName"));
    const SsoDirectory::Account *account = SsoDirectory::find(m_accounts, accountId);
    if (!account || !account->roles.contains(role))
        return notFound(QStringLiteral("No access: the role '%1' in account %2 is not assigned to the signed-in user.")
                            .arg(role.left(64), accountId));

    const QDateTime expiration =
        QDateTime::fromSecsSinceEpoch(call.now().toSecsSinceEpoch() + m_config.ssoRoleCredentialsSeconds, Qt::UTC);
    const AwsCredentials credentials = StsService::temporaryCredentials(expiration, QStringLiteral("sandbox SSO"));
    const QString reservedRole = SsoDirectory::reservedRoleName(accountId, role);
    SandboxIdentity identity;
    identity.accessKeyId = credentials.accessKeyId;
    identity.account = accountId;
    identity.arn = QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3").arg(accountId, reservedRole, SsoDirectory::userName());
    const QByteArray roleId = QCryptographicHash::hash(reservedRole.toUtf8() + '/' + accountId.toUtf8(), QCryptographicHash::Sha256);
    identity.userId = QStringLiteral("AROA") + QString::fromLatin1(roleId.toHex().left(17).toUpper()) + u':'
        + SsoDirectory::userName();
    identity.expiration = expiration;
    identity.readOnly = role == SsoDirectory::readOnlyRole();
    m_verifier->removeExpired(call.now());
    m_verifier->addCredentials(credentials, identity);

    return SandboxResponse::json(
        {{QLatin1String("roleCredentials"),
          QJsonObject{{QLatin1String("accessKeyId"), credentials.accessKeyId},
                      {QLatin1String("secretAccessKey"), QString::fromLatin1(credentials.secretAccessKey)},
                      {QLatin1String("sessionToken"), QString::fromLatin1(credentials.sessionToken)},
                      {QLatin1String("expiration"), expiration.toMSecsSinceEpoch()}}}});
}

SandboxOutcome<SsoService::Page> SsoService::page(const SandboxCall &call, const QStringList &sortKeys,
                                                  const QString &listingKey) const
{
    using Result = SandboxOutcome<Page>;
    constexpr qint64 maxPageSize = 100;   // the model's MaxResultType
    const OperationMember *maxMember = call.spec().member(u"maxResults");
    const qint64 maxResults = call.integer(QStringLiteral("maxResults"), maxPageSize);
    if (maxResults < 1 || maxResults > maxPageSize)
        return Result::failure(InputValidator::fieldError(
            maxMember->field(), QString::number(maxResults),
            QStringLiteral("Member must have value greater than or equal to 1 and less than or equal to 100")));
    Page page;
    if (call.has(QStringLiteral("nextToken"))) {
        const auto after = m_pageTokens.decode(listingKey, call.string(QStringLiteral("nextToken")));
        if (!after)
            return Result::failure(InputValidator::fieldError(
                call.spec().member(u"nextToken")->field(), QString(),
                QStringLiteral("The pagination token is invalid: it was not issued for this request or it was changed.")));
        page.begin = std::upper_bound(sortKeys.cbegin(), sortKeys.cend(), *after) - sortKeys.cbegin();
    }
    page.end = qMin<qsizetype>(page.begin + maxResults, sortKeys.size());
    if (page.end < sortKeys.size())
        page.nextToken = m_pageTokens.encode(listingKey, sortKeys.at(page.end - 1));
    return Result::success(page);
}

SandboxResponse SsoService::listAccounts(const SandboxCall &call, const Grant &session)
{
    QStringList keys;
    for (const SsoDirectory::Account &account : m_accounts)
        keys << account.accountId;
    const auto page = this->page(call, keys, QStringLiteral("ListAccounts/") + session.signInId);
    if (!page.ok())
        return invalidRequest(true, page.error.message());
    QJsonArray list;
    for (qsizetype i = page.value.begin; i < page.value.end; ++i) {
        const SsoDirectory::Account &account = m_accounts.at(i);
        list.append(QJsonObject{{QLatin1String("accountId"), account.accountId},
                                {QLatin1String("accountName"), account.accountName},
                                {QLatin1String("emailAddress"), account.emailAddress}});
    }
    QJsonObject out{{QLatin1String("accountList"), list}};
    if (!page.value.nextToken.isEmpty())
        out.insert(QLatin1String("nextToken"), page.value.nextToken);
    return SandboxResponse::json(out);
}

SandboxResponse SsoService::listAccountRoles(const SandboxCall &call, const Grant &session)
{
    const QString accountId = call.string(QStringLiteral("accountId"));
    const SsoDirectory::Account *account = SsoDirectory::find(m_accounts, accountId);
    if (!account)
        return notFound(QStringLiteral("No access: account %1 is not assigned to the signed-in user.").arg(accountId));
    const auto page =
        this->page(call, account->roles, QStringLiteral("ListAccountRoles/%1/%2").arg(session.signInId, accountId));
    if (!page.ok())
        return invalidRequest(true, page.error.message());
    QJsonArray list;
    for (qsizetype i = page.value.begin; i < page.value.end; ++i)
        list.append(QJsonObject{{QLatin1String("roleName"), account->roles.at(i)}, {QLatin1String("accountId"), accountId}});
    QJsonObject out{{QLatin1String("roleList"), list}};
    if (!page.value.nextToken.isEmpty())
        out.insert(QLatin1String("nextToken"), page.value.nextToken);
    return SandboxResponse::json(out);
}

SandboxResponse SsoService::logout(const Grant &session)
{
    // The whole sign-in ends: its access tokens and its refresh token. Role credentials already
    // handed out stay valid until they expire, as in AWS.
    const auto ofSignIn = [&session](const Grant &g) { return g.signInId == session.signInId; };
    m_accessTokens.removeIf([&](const auto &it) { return ofSignIn(it.value()); });
    m_refreshTokens.removeIf([&](const auto &it) { return ofSignIn(it.value()); });
    SandboxResponse r;
    r.status = 200;
    return r;
}

QByteArray SsoService::formToken(const QString &userCode) const
{
    return QMessageAuthenticationCode::hash(userCode.toUtf8(), m_formSalt, QCryptographicHash::Sha256).toHex();
}

SandboxResponse SsoService::verificationPage(const SandboxWireRequest &request, const QDateTime &now)
{
    const bool post = request.method == "POST";
    if (!post && request.method != "GET") {
        SandboxResponse r = htmlPage(405, QStringLiteral("Method not allowed"), paragraph(QStringLiteral("Use GET or POST.")));
        r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST")});
        return r;
    }
    const QMap<QString, QString> fields = formFields(post ? request.body : request.rawQuery);
    const QString typed = fields.value(QStringLiteral("user_code")).trimmed();
    if (typed.isEmpty()) {
        return htmlPage(post ? 400 : 200, QStringLiteral("Sign in to the sandbox"),
                        paragraph(QStringLiteral("Type the code Artifact Desk shows to sign in to the sandbox's IAM "
                                                 "Identity Center as <strong>%1</strong>.")
                                      .arg(SsoDirectory::userName().toHtmlEscaped()))
                            + enterCodeForm());
    }
    const QString userCode = normalizedUserCode(typed);
    const QString shown = QStringLiteral("<code>%1</code>").arg(typed.left(64).toHtmlEscaped());
    const auto digest = m_deviceByUserCode.constFind(userCode);
    if (digest == m_deviceByUserCode.cend() || !m_devices.contains(*digest)) {
        return htmlPage(404, QStringLiteral("Unknown code"),
                        paragraph(QStringLiteral("The code %1 is not one this sandbox gave out. Check it, or start "
                                                 "signing in again in Artifact Desk.")
                                      .arg(shown))
                            + enterCodeForm());
    }
    DeviceAuthorization &device = m_devices[*digest];
    const QString code = QStringLiteral("<code>%1</code>").arg(device.userCode.toHtmlEscaped());
    if (device.expiresAt <= now) {
        return htmlPage(410, QStringLiteral("Code expired"),
                        paragraph(QStringLiteral("The code %1 has expired. Start signing in again in Artifact Desk.").arg(code)));
    }
    switch (device.decision) {
    case Decision::Approved:
    case Decision::Used:
        return htmlPage(post ? 409 : 200, QStringLiteral("Already approved"),
                        paragraph(QStringLiteral("The sign-in with code %1 was already approved. You can close this tab "
                                                 "and return to Artifact Desk.")
                                      .arg(code)));
    case Decision::Denied:
        return htmlPage(post ? 409 : 200, QStringLiteral("Already denied"),
                        paragraph(QStringLiteral("The sign-in with code %1 was denied. Start signing in again in Artifact "
                                                 "Desk if that was a mistake.")
                                      .arg(code)));
    case Decision::Pending:
        break;
    }

    if (!post) {
        const QString client = m_registrations.value(device.clientId).clientName;
        return htmlPage(
            200, QStringLiteral("Approve sign-in?"),
            paragraph(QStringLiteral("<strong>%1</strong> asks to sign in to the sandbox's IAM Identity Center as "
                                     "<strong>%2</strong>.")
                          .arg(client.left(200).toHtmlEscaped(), SsoDirectory::userName().toHtmlEscaped()))
                + paragraph(QStringLiteral("Code: %1").arg(code))
                + paragraph(QStringLiteral("Approve only if Artifact Desk shows this same code."))
                + QStringLiteral("<form method=\"post\" action=\"/sso/verify\">\n"
                                 "<input type=\"hidden\" name=\"user_code\" value=\"%1\">\n"
                                 "<input type=\"hidden\" name=\"form_token\" value=\"%2\">\n"
                                 "<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>\n"
                                 "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n</form>\n")
                      .arg(device.userCode.toHtmlEscaped(), QString::fromLatin1(formToken(device.userCode))));
    }

    // Only this page's own form may decide: another site cannot read the page, so cannot post
    // its token (a site that started its own sign-in must not get it approved in this browser).
    if (!SandboxSignatureVerifier::constantTimeEquals(fields.value(QStringLiteral("form_token")).toLatin1(),
                                                      formToken(device.userCode))) {
        return htmlPage(403, QStringLiteral("Form refused"),
                        paragraph(QStringLiteral("This form did not come from the sandbox's page. Open the sign-in link "
                                                 "from Artifact Desk again.")));
    }
    const QString decision = fields.value(QStringLiteral("decision"));
    if (decision == QLatin1String("approve")) {
        device.decision = Decision::Approved;
        return htmlPage(200, QStringLiteral("Signed in"),
                        paragraph(QStringLiteral("Signed in. You can close this tab and return to Artifact Desk.")));
    }
    if (decision == QLatin1String("deny")) {
        device.decision = Decision::Denied;
        return htmlPage(200, QStringLiteral("Sign-in denied"),
                        paragraph(QStringLiteral("Sign-in denied. Artifact Desk will say so; you can close this tab.")));
    }
    return htmlPage(400, QStringLiteral("No decision"),
                    paragraph(QStringLiteral("Choose Approve or Deny. Open the sign-in link from Artifact Desk again.")));
}

void SsoService::prune(const QDateTime &now)
{
    // Expired registrations and device codes are kept a while, so that their users hear
    // "expired" rather than "invalid"; then they go, with what hangs on them.
    m_registrations.removeIf([&now](const auto &it) { return it.value().expiresAt.addDays(1) < now; });
    for (auto it = m_devices.begin(); it != m_devices.end();) {
        if (it->expiresAt.addSecs(3600) < now || !m_registrations.contains(it->clientId)) {
            m_deviceByUserCode.remove(it->userCode);
            it = m_devices.erase(it);
        } else {
            ++it;
        }
    }
    m_accessTokens.removeIf([&now](const auto &it) { return it.value().expiresAt <= now; });
    m_refreshTokens.removeIf([this](const auto &it) { return !m_registrations.contains(it.value().clientId); });
}

} // namespace desk
