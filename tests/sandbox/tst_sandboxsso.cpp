// IAM Identity Center in the sandbox over real HTTP: SSO OIDC's device flow, the portal, the
// verification page, and the role credentials it hands out used against CodeArtifact and STS.
#include "sandbox/sandboxserver.h"
#include "sandboxtestserver.h"
#include "sandbox/ssodirectory.h"
#include "signedclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace desk;
using desk::test::SignedClient;

namespace {

const QString kAccount = SandboxConfig::defaultAccount();
const QByteArray kDeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";
const QRegularExpression kUserCode(QStringLiteral("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"));

AwsCredentials sandboxCredentials()
{
    AwsCredentials c;
    c.accessKeyId = SandboxConfig::defaultAccessKeyId();
    c.secretAccessKey = SandboxConfig::defaultSecretAccessKey();
    return c;
}

QString xmlValue(const QByteArray &xml, const QString &tag)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(tag));
    return re.match(QString::fromUtf8(xml)).captured(1);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A client of the sandbox's IAM Identity Center: unsigned, as AWS's clients send it.
class SsoClient
{
public:
    explicit SsoClient(const QUrl &base)
        : m_http(base, AwsCredentials())
    {
    }

    SignedClient::Reply oidc(const QByteArray &path, const QJsonObject &body)
    {
        return m_http.send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), unsigned_());
    }

    SignedClient::Reply portal(const QByteArray &method, const QByteArray &path, const QByteArray &query,
                               const QString &accessToken)
    {
        SignedClient::Options options = unsigned_();
        if (!accessToken.isNull())
            options.extraHeaders.append({QByteArrayLiteral("x-amz-sso_bearer_token"), accessToken.toUtf8()});
        return m_http.send(method, path, query, {}, options);
    }

    SignedClient::Reply page(const QByteArray &method, const QByteArray &query, const QByteArray &form = {})
    {
        SignedClient::Options options = unsigned_();
        if (!form.isEmpty())
            options.contentType = "application/x-www-form-urlencoded";
        return m_http.send(method, "/sso/verify", query, form, options);
    }

    QJsonObject registerClient(bool withScopes = true)
    {
        QJsonObject body{{QLatin1String("clientName"), QLatin1String("Artifact Desk")},
                         {QLatin1String("clientType"), QLatin1String("public")}};
        if (withScopes) {
            body.insert(QLatin1String("scopes"), QJsonArray{QLatin1String("sso:account:access")});
            body.insert(QLatin1String("grantTypes"),
                        QJsonArray{QString::fromLatin1(kDeviceGrant), QLatin1String("refresh_token")});
        }
        const auto reply = oidc("/client/register", body);
        if (reply.status != 200)
            qWarning("RegisterClient: %d %s", reply.status, reply.body.constData());
        return reply.json();
    }

    QJsonObject start(const QJsonObject &client)
    {
        const auto reply = oidc("/device_authorization", {{QLatin1String("clientId"), client.value(QLatin1String("clientId"))},
                                                          {QLatin1String("clientSecret"), client.value(QLatin1String("clientSecret"))},
                                                          {QLatin1String("startUrl"), QLatin1String("https://sandbox.awsapps.com/start")}});
        if (reply.status != 200)
            qWarning("StartDeviceAuthorization: %d %s", reply.status, reply.body.constData());
        return reply.json();
    }

    SignedClient::Reply token(const QJsonObject &client, const QJsonObject &grant)
    {
        QJsonObject body = grant;
        body.insert(QLatin1String("clientId"), client.value(QLatin1String("clientId")));
        body.insert(QLatin1String("clientSecret"), client.value(QLatin1String("clientSecret")));
        return oidc("/token", body);
    }

    SignedClient::Reply pollDevice(const QJsonObject &client, const QJsonObject &device)
    {
        return token(client, {{QLatin1String("grantType"), QString::fromLatin1(kDeviceGrant)},
                              {QLatin1String("deviceCode"), device.value(QLatin1String("deviceCode"))}});
    }

    SignedClient::Reply refresh(const QJsonObject &client, const QString &refreshToken)
    {
        return token(client, {{QLatin1String("grantType"), QLatin1String("refresh_token")},
                              {QLatin1String("refreshToken"), refreshToken}});
    }

    // Opens the verification page for the code and clicks Approve or Deny: the page's own form,
    // hidden fields included, is what is posted.
    SignedClient::Reply decide(const QString &userCode, const QByteArray &decision)
    {
        const auto shown = page("GET", "user_code=" + QUrl::toPercentEncoding(userCode));
        if (shown.status != 200)
            qWarning("the page: %d", shown.status);
        static const QRegularExpression hidden(QStringLiteral("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">"));
        QByteArray form = "decision=" + decision;
        for (auto it = hidden.globalMatch(QString::fromUtf8(shown.body)); it.hasNext();) {
            const auto m = it.next();
            form += '&' + m.captured(1).toUtf8() + '=' + QUrl::toPercentEncoding(m.captured(2));
        }
        return page("POST", {}, form);
    }

    // Register, start, approve on the page, and take the token: the token's answer.
    QJsonObject signIn(bool withScopes, QJsonObject *clientOut = nullptr)
    {
        const QJsonObject client = registerClient(withScopes);
        const QJsonObject device = start(client);
        decide(str(device, "userCode"), "approve");
        if (clientOut)
            *clientOut = client;
        return pollDevice(client, device).json();
    }

    static SignedClient::Options unsigned_()
    {
        SignedClient::Options options;
        options.sign = false;
        return options;
    }

private:
    SignedClient m_http;
};

} // namespace

class TestSandboxSso : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> startServer(const SandboxConfig &config = {}) { return test::startSandboxServer(config); }

    static SandboxConfig demoConfig()
    {
        SandboxConfig config;
        config.seed = QStringLiteral("demo");
        return config;
    }

    // An SSO OIDC error: the model's status, x-amzn-ErrorType, and OAuth's JSON body.
    static void checkOidcError(const SignedClient::Reply &reply, int status, const QString &exception, const QString &error)
    {
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(reply.errorType(), exception);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(str(reply.json(), "error"), error);
        QVERIFY2(!str(reply.json(), "error_description").isEmpty(), reply.body.constData());
        QCOMPARE(reply.json().size(), 2);
    }

    // A portal error: rest-json {"message": ...}.
    static void checkPortalError(const SignedClient::Reply &reply, int status, const QString &exception)
    {
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(reply.errorType(), exception);
        QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
    }

    static AwsCredentials roleCredentials(const SignedClient::Reply &reply)
    {
        const QJsonObject c = reply.json().value(QLatin1String("roleCredentials")).toObject();
        AwsCredentials credentials;
        credentials.accessKeyId = str(c, "accessKeyId");
        credentials.secretAccessKey = str(c, "secretAccessKey").toLatin1();
        credentials.sessionToken = str(c, "sessionToken").toLatin1();
        return credentials;
    }

    static SignedClient::Reply callerIdentity(SignedClient &client)
    {
        SignedClient::Options sts;
        sts.service = QStringLiteral("sts");
        sts.contentType = "application/x-www-form-urlencoded; charset=utf-8";
        return client.send("POST", "/", {}, "Action=GetCallerIdentity&Version=2011-06-15", sts);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldSignInWithTheDeviceFlowAndUseTheRoleCredentials()
    {
        auto server = startServer(demoConfig());
        QDateTime clock = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        server->setClock([&clock] { return clock; });
        SsoClient sso(server->url());

        const QJsonObject client = sso.registerClient();
        QVERIFY(!str(client, "clientId").isEmpty());
        const QString clientSecret = str(client, "clientSecret");
        QVERIFY(clientSecret.size() >= 32);
        QCOMPARE(client.value(QLatin1String("clientIdIssuedAt")).toInteger(), clock.toSecsSinceEpoch());
        QCOMPARE(client.value(QLatin1String("clientSecretExpiresAt")).toInteger(), clock.toSecsSinceEpoch() + 90 * 24 * 3600);

        const QJsonObject device = sso.start(client);
        const QString userCode = str(device, "userCode");
        QVERIFY2(kUserCode.match(userCode).hasMatch(), qPrintable(userCode));
        const QString verificationUri = server->url().toString() + QStringLiteral("/sso/verify");
        QCOMPARE(str(device, "verificationUri"), verificationUri);
        QCOMPARE(str(device, "verificationUriComplete"), verificationUri + QStringLiteral("?user_code=") + userCode);
        QCOMPARE(device.value(QLatin1String("expiresIn")).toInt(), 600);
        QCOMPARE(device.value(QLatin1String("interval")).toInt(), 1);
        const QString deviceCode = str(device, "deviceCode");
        QVERIFY(deviceCode.size() >= 32);

        // Not approved yet; polled again within the interval; polled after it.
        auto reply = sso.pollDevice(client, device);
        checkOidcError(reply, 400, QStringLiteral("AuthorizationPendingException"), QStringLiteral("authorization_pending"));
        QVERIFY(!reply.body.contains(deviceCode.toUtf8()) && !reply.body.contains(clientSecret.toUtf8()));
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("SlowDownException"), QStringLiteral("slow_down"));
        clock = clock.addSecs(1);
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("AuthorizationPendingException"),
                       QStringLiteral("authorization_pending"));

        // The verification page, reached by verificationUriComplete, names the code and offers both buttons.
        const QUrl complete(str(device, "verificationUriComplete"));
        const auto page = sso.page("GET", complete.query(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.body.contains(userCode.toUtf8()));
        QVERIFY(page.body.contains("<form method=\"post\" action=\"/sso/verify\">"));
        QVERIFY(page.body.contains("value=\"approve\">Approve</button>"));
        QVERIFY(page.body.contains("value=\"deny\">Deny</button>"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
        QVERIFY(!page.body.contains(deviceCode.toUtf8()));

        // A post without the page's form token is refused and decides nothing.
        auto posted = sso.page("POST", {}, "decision=approve&user_code=" + userCode.toUtf8());
        QCOMPARE(posted.status, 403);
        clock = clock.addSecs(1);
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("AuthorizationPendingException"),
                       QStringLiteral("authorization_pending"));

        posted = sso.decide(userCode, "approve");
        QCOMPARE(posted.status, 200);
        QVERIFY2(posted.body.contains("Signed in. You can close this tab and return to Artifact Desk."), posted.body.constData());

        clock = clock.addSecs(1);
        reply = sso.pollDevice(client, device);
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QString accessToken = str(reply.json(), "accessToken");
        QVERIFY(accessToken.size() >= 32);
        QCOMPARE(str(reply.json(), "tokenType"), QStringLiteral("Bearer"));
        QCOMPARE(reply.json().value(QLatin1String("expiresIn")).toInt(), 3600);
        QVERIFY(!str(reply.json(), "refreshToken").isEmpty());
        // The device code is used up.
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("InvalidGrantException"), QStringLiteral("invalid_grant"));

        reply = sso.portal("GET", "/federation/credentials", "account_id=" + kAccount.toLatin1() + "&role_name=ArtifactAdmin",
                           accessToken);
        QVERIFY2(reply.status == 200, reply.body.constData());
        const AwsCredentials credentials = roleCredentials(reply);
        QVERIFY(credentials.accessKeyId.startsWith(QLatin1String("ASIA")));
        QVERIFY(!credentials.secretAccessKey.isEmpty() && !credentials.sessionToken.isEmpty());
        const qint64 expirationMs =
            reply.json().value(QLatin1String("roleCredentials")).toObject().value(QLatin1String("expiration")).toInteger();
        QCOMPARE(expirationMs, (clock.toSecsSinceEpoch() + 3600) * 1000);

        // The role credentials sign CodeArtifact and STS requests (signed now: the verifier's
        // clock is the test's, a few seconds ahead).
        clock = QDateTime::currentDateTimeUtc();
        SignedClient role(server->url(), credentials);
        reply = role.send("POST", "/v1/domains", {}, "{}");
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.json().value(QLatin1String("domains")).toArray().size(), server->state().listDomains(kAccount).size());
        QVERIFY(!server->state().listDomains(kAccount).isEmpty());
        reply = callerIdentity(role);
        QCOMPARE(reply.status, 200);
        QCOMPARE(xmlValue(reply.body, QStringLiteral("Account")), kAccount);
        const QString arn = xmlValue(reply.body, QStringLiteral("Arn"));
        QVERIFY2(QRegularExpression(QStringLiteral("^arn:aws:sts::%1:assumed-role/AWSReservedSSO_ArtifactAdmin_[0-9a-f]{16}/"
                                                   "sandbox-user$")
                                        .arg(kAccount))
                     .match(arn)
                     .hasMatch(),
                 qPrintable(arn));
        QCOMPARE(arn, QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3")
                          .arg(kAccount, SsoDirectory::reservedRoleName(kAccount, QStringLiteral("ArtifactAdmin")),
                               SsoDirectory::userName()));
        QVERIFY(xmlValue(reply.body, QStringLiteral("UserId")).endsWith(QLatin1String(":sandbox-user")));

        // Past their expiration they are refused.
        const QDateTime expiration = QDateTime::fromMSecsSinceEpoch(expirationMs, Qt::UTC);
        clock = expiration.addSecs(-1);
        SignedClient::Options later;
        later.time = clock;
        QCOMPARE(role.send("POST", "/v1/domains", {}, "{}", later).status, 200);
        clock = expiration.addSecs(1);
        later.time = clock;
        QCOMPARE(role.send("POST", "/v1/domains", {}, "{}", later).errorType(), QStringLiteral("ExpiredTokenException"));
    }

    void shouldAnswerAccessDeniedWhenTheUserDenies()
    {
        auto server = startServer();
        SsoClient sso(server->url());
        const QJsonObject client = sso.registerClient();
        const QJsonObject device = sso.start(client);
        const QString userCode = str(device, "userCode");

        const auto posted = sso.decide(userCode, "deny");
        QCOMPARE(posted.status, 200);
        QVERIFY2(posted.body.contains("denied"), posted.body.constData());
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("AccessDeniedException"), QStringLiteral("access_denied"));

        // The decision stands: the page says so, and a second post is refused.
        const auto again = sso.page("GET", "user_code=" + userCode.toUtf8());
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.contains("was denied"));
        QVERIFY(!again.body.contains("<form method=\"post\""));
        QCOMPARE(sso.page("POST", {}, "decision=approve&user_code=" + userCode.toUtf8()).status, 409);
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("AccessDeniedException"), QStringLiteral("access_denied"));
    }

    void shouldAnswerExpiredTokenOnceTheDeviceCodeExpires()
    {
        SandboxConfig config;
        config.ssoDeviceCodeSeconds = 120;
        config.ssoPollIntervalSeconds = 5;
        auto server = startServer(config);
        QDateTime clock = QDateTime::currentDateTimeUtc();
        server->setClock([&clock] { return clock; });
        SsoClient sso(server->url());
        const QJsonObject client = sso.registerClient();
        const QJsonObject device = sso.start(client);
        QCOMPARE(device.value(QLatin1String("expiresIn")).toInt(), 120);
        QCOMPARE(device.value(QLatin1String("interval")).toInt(), 5);

        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("AuthorizationPendingException"),
                       QStringLiteral("authorization_pending"));
        clock = clock.addSecs(4);
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("SlowDownException"), QStringLiteral("slow_down"));
        clock = clock.addSecs(119);
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("ExpiredTokenException"), QStringLiteral("expired_token"));
        const auto page = sso.page("GET", "user_code=" + str(device, "userCode").toUtf8());
        QCOMPARE(page.status, 410);
        QVERIFY(page.body.contains("expired"));
        // Approving it now changes nothing.
        QCOMPARE(sso.page("POST", {}, "decision=approve&user_code=" + str(device, "userCode").toUtf8()).status, 410);
        checkOidcError(sso.pollDevice(client, device), 400, QStringLiteral("ExpiredTokenException"), QStringLiteral("expired_token"));
    }

    void shouldShowTheVerificationPageSafely()
    {
        auto server = startServer();
        SsoClient sso(server->url());

        // No code: a form to type it.
        auto page = sso.page("GET", {});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.body.contains("<form method=\"get\" action=\"/sso/verify\">"));
        QVERIFY(page.body.contains("name=\"user_code\""));

        // An unknown code, echoed escaped.
        page = sso.page("GET", "user_code=" + QUrl::toPercentEncoding(QStringLiteral("<script>alert(\"x\")</script>&")));
        QCOMPARE(page.status, 404);
        QVERIFY(!page.body.contains("<script>"));
        QVERIFY2(page.body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;"), page.body.constData());

        // The client's name is the registrant's to choose: escaped too.
        const auto registered = sso.oidc("/client/register", {{QLatin1String("clientName"), QLatin1String("<b>evil</b>")},
                                                               {QLatin1String("clientType"), QLatin1String("public")}});
        const QJsonObject device = sso.start(registered.json());
        // Typed by hand: lower case, no hyphen.
        page = sso.page("GET", "user_code=" + str(device, "userCode").remove(u'-').toLower().toUtf8());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("&lt;b&gt;evil&lt;/b&gt;"));
        QVERIFY(!page.body.contains("<b>evil"));
        QVERIFY(page.body.contains(str(device, "userCode").toUtf8()));

        QCOMPARE(sso.page("PUT", {}).status, 405);
    }

    void shouldRefreshTheTokenAndRefuseTheOldRefreshToken()
    {
        auto server = startServer();
        SsoClient sso(server->url());
        QJsonObject client;
        const QJsonObject first = sso.signIn(true, &client);
        const QString refreshToken = str(first, "refreshToken");
        QVERIFY(!refreshToken.isEmpty());

        auto reply = sso.refresh(client, refreshToken);
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QString accessToken = str(reply.json(), "accessToken");
        const QString newRefreshToken = str(reply.json(), "refreshToken");
        QVERIFY(!accessToken.isEmpty() && accessToken != str(first, "accessToken"));
        QVERIFY(!newRefreshToken.isEmpty() && newRefreshToken != refreshToken);
        QCOMPARE(str(reply.json(), "tokenType"), QStringLiteral("Bearer"));
        QCOMPARE(reply.json().value(QLatin1String("expiresIn")).toInt(), 3600);
        QCOMPARE(sso.portal("GET", "/assignment/accounts", {}, accessToken).status, 200);

        checkOidcError(sso.refresh(client, refreshToken), 400, QStringLiteral("InvalidGrantException"), QStringLiteral("invalid_grant"));
        checkOidcError(sso.refresh(client, QStringLiteral("made-up")), 400, QStringLiteral("InvalidGrantException"),
                       QStringLiteral("invalid_grant"));
        // Another client cannot use it.
        const QJsonObject other = sso.registerClient();
        checkOidcError(sso.refresh(other, newRefreshToken), 400, QStringLiteral("InvalidGrantException"),
                       QStringLiteral("invalid_grant"));
        QCOMPARE(sso.refresh(client, newRefreshToken).status, 200);

        // The legacy form (a registration without scopes) gets no refresh token.
        const QJsonObject legacy = sso.signIn(false);
        QVERIFY(!str(legacy, "accessToken").isEmpty());
        QVERIFY(!legacy.contains(QLatin1String("refreshToken")));
    }

    void shouldRefuseExpiredOrWrongClientRegistrations()
    {
        SandboxConfig config;
        auto server = startServer(config);
        QDateTime clock = QDateTime::currentDateTimeUtc();
        server->setClock([&clock] { return clock; });
        SsoClient sso(server->url());
        QJsonObject client;
        const QJsonObject tokens = sso.signIn(true, &client);

        QJsonObject wrongSecret = client;
        wrongSecret.insert(QLatin1String("clientSecret"), QLatin1String("guessed"));
        auto reply = sso.refresh(wrongSecret, str(tokens, "refreshToken"));
        checkOidcError(reply, 401, QStringLiteral("InvalidClientException"), QStringLiteral("invalid_client"));
        QVERIFY(!reply.body.contains("guessed"));
        QJsonObject unknown = client;
        unknown.insert(QLatin1String("clientId"), QLatin1String("nobody"));
        checkOidcError(sso.refresh(unknown, str(tokens, "refreshToken")), 401, QStringLiteral("InvalidClientException"),
                       QStringLiteral("invalid_client"));

        // Registrations last 90 days.
        clock = clock.addSecs(SandboxConfig::defaultSsoRegistrationSeconds - 10);
        const auto device = sso.start(client);
        QVERIFY(!str(device, "deviceCode").isEmpty());
        clock = clock.addSecs(11);
        reply = sso.oidc("/device_authorization", {{QLatin1String("clientId"), client.value(QLatin1String("clientId"))},
                                                  {QLatin1String("clientSecret"), client.value(QLatin1String("clientSecret"))},
                                                  {QLatin1String("startUrl"), QLatin1String("https://sandbox.awsapps.com/start")}});
        checkOidcError(reply, 401, QStringLiteral("InvalidClientException"), QStringLiteral("invalid_client"));
        QVERIFY2(str(reply.json(), "error_description").contains(QLatin1String("expired")), reply.body.constData());
        checkOidcError(sso.refresh(client, str(tokens, "refreshToken")), 401, QStringLiteral("InvalidClientException"),
                       QStringLiteral("invalid_client"));
        checkOidcError(sso.pollDevice(client, device), 401, QStringLiteral("InvalidClientException"), QStringLiteral("invalid_client"));
    }

    void shouldEndTheSessionOnLogout()
    {
        auto server = startServer();
        SsoClient sso(server->url());
        QJsonObject client;
        const QJsonObject tokens = sso.signIn(true, &client);
        const QString accessToken = str(tokens, "accessToken");
        QCOMPARE(sso.portal("GET", "/assignment/accounts", {}, accessToken).status, 200);

        auto reply = sso.portal("POST", "/logout", {}, accessToken);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.isEmpty());
        checkPortalError(sso.portal("GET", "/assignment/accounts", {}, accessToken), 401, QStringLiteral("UnauthorizedException"));
        reply = sso.portal("GET", "/federation/credentials", "account_id=" + kAccount.toLatin1() + "&role_name=ArtifactAdmin",
                           accessToken);
        checkPortalError(reply, 401, QStringLiteral("UnauthorizedException"));
        QVERIFY(!reply.body.contains(accessToken.toUtf8()));
        checkPortalError(sso.portal("POST", "/logout", {}, accessToken), 401, QStringLiteral("UnauthorizedException"));
        // The sign-in's refresh token ends with it.
        checkOidcError(sso.refresh(client, str(tokens, "refreshToken")), 400, QStringLiteral("InvalidGrantException"),
                       QStringLiteral("invalid_grant"));

        checkPortalError(sso.portal("GET", "/assignment/accounts", {}, QString()), 401, QStringLiteral("UnauthorizedException"));
        checkPortalError(sso.portal("GET", "/assignment/accounts", {}, QStringLiteral("forged")), 401,
                         QStringLiteral("UnauthorizedException"));
    }

    void shouldRefuseAnAccessTokenPastItsExpiry()
    {
        SandboxConfig config;
        config.ssoAccessTokenSeconds = 900;
        auto server = startServer(config);
        QDateTime clock = QDateTime::currentDateTimeUtc();
        server->setClock([&clock] { return clock; });
        SsoClient sso(server->url());
        const QJsonObject tokens = sso.signIn(true);
        QCOMPARE(tokens.value(QLatin1String("expiresIn")).toInt(), 900);
        clock = clock.addSecs(899);
        QCOMPARE(sso.portal("GET", "/assignment/accounts", {}, str(tokens, "accessToken")).status, 200);
        clock = clock.addSecs(2);
        checkPortalError(sso.portal("GET", "/assignment/accounts", {}, str(tokens, "accessToken")), 401,
                         QStringLiteral("UnauthorizedException"));
    }

    void shouldPageAccountsAndRoles()
    {
        SandboxConfig config;
        auto server = startServer(config);
        SsoClient sso(server->url());
        const QString token = str(sso.signIn(true), "accessToken");
        const QList<SsoDirectory::Account> directory = SsoDirectory::accounts(config.account);
        QCOMPARE(directory.size(), 2);

        QStringList seen;
        QByteArray query = "max_result=1";
        for (int i = 0; i < 5; ++i) {
            const auto reply = sso.portal("GET", "/assignment/accounts", query, token);
            QVERIFY2(reply.status == 200, reply.body.constData());
            const QJsonArray list = reply.json().value(QLatin1String("accountList")).toArray();
            QCOMPARE(list.size(), 1);
            const QJsonObject account = list.first().toObject();
            const SsoDirectory::Account *expected = SsoDirectory::find(directory, str(account, "accountId"));
            QVERIFY(expected);
            QCOMPARE(str(account, "accountName"), expected->accountName);
            QCOMPARE(str(account, "emailAddress"), expected->emailAddress);
            seen << expected->accountId;
            const QString next = str(reply.json(), "nextToken");
            if (next.isEmpty())
                break;
            query = "max_result=1&next_token=" + QUrl::toPercentEncoding(next);
        }
        QCOMPARE(seen, (QStringList{kAccount, QStringLiteral("444455556666")}));

        auto reply = sso.portal("GET", "/assignment/roles", "account_id=" + kAccount.toLatin1() + "&max_result=1", token);
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(reply.json().value(QLatin1String("roleList")).toArray(),
                 (QJsonArray{QJsonObject{{QLatin1String("roleName"), QLatin1String("ArtifactAdmin")},
                                         {QLatin1String("accountId"), kAccount}}}));
        const QString next = str(reply.json(), "nextToken");
        QVERIFY(!next.isEmpty());
        reply = sso.portal("GET", "/assignment/roles",
                           "account_id=" + kAccount.toLatin1() + "&max_result=1&next_token=" + QUrl::toPercentEncoding(next), token);
        QCOMPARE(reply.json().value(QLatin1String("roleList")).toArray().first().toObject().value(QLatin1String("roleName")).toString(),
                 QStringLiteral("ReadOnly"));
        QVERIFY(!reply.json().contains(QLatin1String("nextToken")));
        reply = sso.portal("GET", "/assignment/roles", "account_id=444455556666", token);
        QCOMPARE(reply.json().value(QLatin1String("roleList")).toArray().size(), 1);

        // A token from one listing does not page another; sizes beyond the model's; unknown accounts.
        checkPortalError(sso.portal("GET", "/assignment/roles",
                                    "account_id=444455556666&next_token=" + QUrl::toPercentEncoding(next), token),
                         400, QStringLiteral("InvalidRequestException"));
        checkPortalError(sso.portal("GET", "/assignment/accounts", "max_result=0", token), 400,
                         QStringLiteral("InvalidRequestException"));
        checkPortalError(sso.portal("GET", "/assignment/accounts", "max_result=101", token), 400,
                         QStringLiteral("InvalidRequestException"));
        checkPortalError(sso.portal("GET", "/assignment/roles", "account_id=999999999999", token), 404,
                         QStringLiteral("ResourceNotFoundException"));
        checkPortalError(sso.portal("GET", "/assignment/roles", "account_id=12", token), 400,
                         QStringLiteral("InvalidRequestException"));
        checkPortalError(sso.portal("GET", "/federation/credentials", "account_id=444455556666&role_name=ReadOnly", token), 404,
                         QStringLiteral("ResourceNotFoundException"));
        checkPortalError(sso.portal("GET", "/federation/credentials", "account_id=444455556666", token), 400,
                         QStringLiteral("InvalidRequestException"));
    }

    void shouldActAsTheRolesAccountAndRole()
    {
        auto server = startServer(demoConfig());
        SsoClient sso(server->url());
        const QString token = str(sso.signIn(true), "accessToken");

        // The partner account's admin sees the demo's partner-shared domain as its owner.
        auto reply = sso.portal("GET", "/federation/credentials", "account_id=444455556666&role_name=ArtifactAdmin", token);
        QVERIFY2(reply.status == 200, reply.body.constData());
        SignedClient partner(server->url(), roleCredentials(reply));
        QCOMPARE(xmlValue(callerIdentity(partner).body, QStringLiteral("Account")), QStringLiteral("444455556666"));
        reply = partner.send("POST", "/v1/domains", {}, "{}");
        QCOMPARE(reply.status, 200);
        const QJsonArray partnerDomains = reply.json().value(QLatin1String("domains")).toArray();
        QCOMPARE(partnerDomains.size(), 1);
        QCOMPARE(str(partnerDomains.first().toObject(), "name"), QStringLiteral("partner-shared"));

        // ReadOnly reads but may not change anything.
        reply = sso.portal("GET", "/federation/credentials", "account_id=" + kAccount.toLatin1() + "&role_name=ReadOnly", token);
        SignedClient readOnly(server->url(), roleCredentials(reply));
        QCOMPARE(readOnly.send("POST", "/v1/domains", {}, "{}").status, 200);
        QCOMPARE(readOnly.send("GET", "/v1/domain", "domain=acme-prod").status, 200);
        reply = readOnly.send("POST", "/v1/domain", "domain=not-allowed", "{}");
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorType(), QStringLiteral("AccessDeniedException"));
        QVERIFY2(reply.message().contains(QLatin1String("codeartifact:CreateDomain")), reply.body.constData());
        QVERIFY(reply.message().contains(QLatin1String("AWSReservedSSO_ReadOnly_")));
        const auto domainsBefore = server->state().domains();
        QCOMPARE(readOnly.send("DELETE", "/v1/domain", "domain=sandbox-playground").status, 403);
        QCOMPARE(server->state().domains(), domainsBefore);
    }

    void shouldApproveAtOnceWithAutoApprove()
    {
        SandboxConfig config;
        config.ssoAutoApprove = true;
        auto server = startServer(config);
        SsoClient sso(server->url());
        const QJsonObject client = sso.registerClient();
        const QJsonObject device = sso.start(client);
        const auto reply = sso.pollDevice(client, device);
        QVERIFY2(reply.status == 200, reply.body.constData());
        QVERIFY(!str(reply.json(), "accessToken").isEmpty());
        const auto page = sso.page("GET", "user_code=" + str(device, "userCode").toUtf8());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("already approved"));
    }

    void shouldWaitForTheUserWithoutAutoApprove()
    {
        auto server = startServer();   // the default: a person approves
        SsoClient sso(server->url());
        const QJsonObject client = sso.registerClient();
        checkOidcError(sso.pollDevice(client, sso.start(client)), 400, QStringLiteral("AuthorizationPendingException"),
                       QStringLiteral("authorization_pending"));
    }

    void shouldRefuseBadRequestsAsTheModelSays_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("exception");
        QTest::addColumn<QString>("error");
        const QString request = QStringLiteral("InvalidRequestException");
        QTest::newRow("confidential client") << QByteArray("/client/register")
                                             << QByteArray("{\"clientName\":\"x\",\"clientType\":\"confidential\"}") << 400
                                             << QStringLiteral("InvalidClientMetadataException")
                                             << QStringLiteral("invalid_client_metadata");
        QTest::newRow("no client name") << QByteArray("/client/register") << QByteArray("{\"clientType\":\"public\"}") << 400
                                        << request << QStringLiteral("invalid_request");
        QTest::newRow("scopes not a list") << QByteArray("/client/register")
                                           << QByteArray("{\"clientName\":\"x\",\"clientType\":\"public\",\"scopes\":\"a\"}") << 400
                                           << request << QStringLiteral("invalid_request");
        QTest::newRow("empty scope") << QByteArray("/client/register")
                                     << QByteArray("{\"clientName\":\"x\",\"clientType\":\"public\",\"scopes\":[\"\"]}") << 400
                                     << QStringLiteral("InvalidScopeException") << QStringLiteral("invalid_scope");
        QTest::newRow("unknown grant type")
            << QByteArray("/client/register") << QByteArray("{\"clientName\":\"x\",\"clientType\":\"public\",\"grantTypes\":[\"password\"]}")
            << 400 << QStringLiteral("UnsupportedGrantTypeException") << QStringLiteral("unsupported_grant_type");
        QTest::newRow("not JSON") << QByteArray("/client/register") << QByteArray("{") << 400 << request
                                  << QStringLiteral("invalid_request");
        QTest::newRow("unknown client") << QByteArray("/device_authorization")
                                        << QByteArray("{\"clientId\":\"a\",\"clientSecret\":\"b\",\"startUrl\":\"https://x\"}") << 401
                                        << QStringLiteral("InvalidClientException") << QStringLiteral("invalid_client");
        QTest::newRow("no start URL") << QByteArray("/device_authorization") << QByteArray("{\"clientId\":\"a\",\"clientSecret\":\"b\"}")
                                      << 400 << request << QStringLiteral("invalid_request");
    }

    void shouldRefuseBadRequestsAsTheModelSays()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, exception);
        QFETCH(QString, error);
        auto server = startServer();
        SignedClient http(server->url(), AwsCredentials());
        checkOidcError(http.send("POST", path, {}, body, SsoClient::unsigned_()), status, exception, error);
    }

    void shouldRefuseGrantTypesItDoesNotTake()
    {
        auto server = startServer();
        SsoClient sso(server->url());
        const QJsonObject client = sso.registerClient();
        checkOidcError(sso.token(client, {{QLatin1String("grantType"), QLatin1String("authorization_code")},
                                          {QLatin1String("code"), QLatin1String("abc")}}),
                       400, QStringLiteral("UnsupportedGrantTypeException"), QStringLiteral("unsupported_grant_type"));
        // A client registered for the device code only may not refresh.
        const auto deviceOnly = sso.oidc("/client/register", {{QLatin1String("clientName"), QLatin1String("x")},
                                                             {QLatin1String("clientType"), QLatin1String("public")},
                                                             {QLatin1String("scopes"), QJsonArray{QLatin1String("sso:account:access")}},
                                                             {QLatin1String("grantTypes"), QJsonArray{QString::fromLatin1(kDeviceGrant)}}});
        checkOidcError(sso.refresh(deviceOnly.json(), QStringLiteral("anything")), 400,
                       QStringLiteral("UnauthorizedClientException"), QStringLiteral("unauthorized_client"));
        checkOidcError(sso.token(client, {{QLatin1String("grantType"), QLatin1String("password")}}), 400,
                       QStringLiteral("UnsupportedGrantTypeException"), QStringLiteral("unsupported_grant_type"));
        checkOidcError(sso.token(client, {{QLatin1String("grantType"), QString::fromLatin1(kDeviceGrant)}}), 400,
                       QStringLiteral("InvalidRequestException"), QStringLiteral("invalid_request"));
        checkOidcError(sso.token(client, {{QLatin1String("grantType"), QString::fromLatin1(kDeviceGrant)},
                                          {QLatin1String("deviceCode"), QLatin1String("made-up")}}),
                       400, QStringLiteral("InvalidGrantException"), QStringLiteral("invalid_grant"));
        // A device code belongs to the client that started it.
        const QJsonObject other = sso.registerClient();
        checkOidcError(sso.pollDevice(other, sso.start(client)), 400, QStringLiteral("InvalidGrantException"),
                       QStringLiteral("invalid_grant"));
    }

    // SSO requests draw no faults: the same seed gives CodeArtifact the same faults whether or not
    // SSO requests come between, and a latency fault does not delay them.
    void shouldLeaveTheFaultSequenceToCodeArtifact()
    {
        const auto faultPattern = [this](bool withSso) {
            SandboxConfig config;
            config.faults = {QStringLiteral("error500:0.5")};
            config.faultSeed = 11;
            config.faultSeedSet = true;
            auto server = startServer(config);
            SignedClient admin(server->url(), sandboxCredentials());
            SsoClient sso(server->url());
            QString pattern;
            for (int i = 0; i < 16; ++i) {
                if (withSso) {
                    sso.registerClient();
                    sso.page("GET", {});
                }
                pattern += admin.send("POST", "/v1/domains", {}, "{}").status == 500 ? u'x' : u'.';
            }
            return pattern;
        };
        const QString alone = faultPattern(false);
        QVERIFY2(alone.contains(u'x') && alone.contains(u'.'), qPrintable(alone));
        QCOMPARE(faultPattern(true), alone);

        SandboxConfig slow;
        slow.faults = {QStringLiteral("latency:1500ms")};
        auto server = startServer(slow);
        SsoClient sso(server->url());
        const auto reply = sso.page("GET", {});
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.elapsedMs < 1000, qPrintable(QString::number(reply.elapsedMs)));
    }

    void shouldRouteWithoutDisturbingCodeArtifactOrFaults()
    {
        SandboxConfig config = demoConfig();
        config.faults = {QStringLiteral("error500:1")};
        config.faultSeed = 7;
        config.faultSeedSet = true;
        auto server = startServer(config);
        SignedClient http(server->url(), AwsCredentials());

        // Unsigned and fault-free: every CodeArtifact request fails with the injected 500 here.
        SsoClient sso(server->url());
        QVERIFY(!str(sso.registerClient(), "clientId").isEmpty());
        QCOMPARE(sso.page("GET", {}).status, 200);
        SignedClient admin(server->url(), sandboxCredentials());
        QCOMPARE(admin.send("POST", "/v1/domains", {}, "{}").status, 500);

        // A wrong method on an SSO path: 405 with Allow; CodeArtifact's answers are unchanged.
        auto reply = http.send("GET", "/client/register", {}, {}, SsoClient::unsigned_());
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("POST"));
        reply = http.send("PUT", "/federation/credentials", {}, {}, SsoClient::unsigned_());
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), QByteArray("GET"));
        reply = admin.send("GET", "/v1/nothing-here");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorType(), QStringLiteral("UnknownOperationException"));
        reply = admin.send("GET", "/v1/domains");
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorType(), QStringLiteral("MethodNotAllowedException"));
        reply = http.send("GET", "/client/registerx", {}, {}, SsoClient::unsigned_());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorType(), QStringLiteral("UnknownOperationException"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSso)
#include "tst_sandboxsso.moc"
