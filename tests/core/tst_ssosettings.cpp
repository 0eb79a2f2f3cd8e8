// IAM Identity Center profiles read as the AWS CLI v2 reads them, the endpoints they go to, the
// token cache shared with the CLI (names, fields, mode, atomic replace, odd files), and saving a
// chosen role as a profile.
#include "api/codeartifactclient.h"
#include "credentials/credentialsresolver.h"
#include "credentials/ssocredentialsprovider.h"
#include "credentials/ssosettings.h"
#include "credentials/ssotokencache.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace desk;

// An AwsError that must be none; its message (never a secret) when it is one.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const AwsError verifyOkError = (expr);                                                                         \
        QVERIFY2(!verifyOkError, qPrintable(verifyOkError.message()));                                                 \
    } while (false)

namespace {

const QByteArray kAccessToken = "sso-access-token-QwErTy0123456789";
const QByteArray kRefreshToken = "sso-refresh-token-AsDfGh9876543210";
const QByteArray kClientSecret = "sso-client-secret-ZxCvBn5647382910";

QString fixture(const QString &name)
{
    return QFINDTESTDATA("../data/aws-config") + QStringLiteral("/") + name;
}

SharedConfig ssoConfig()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), fixture(QStringLiteral("sso.config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), fixture(QStringLiteral("no-such-file")));
    return SharedConfig::load(env);
}

SsoSettings settingsOf(const QString &profile)
{
    const SharedConfig config = ssoConfig();
    const SsoSettings::Result r = SsoSettings::fromProfile(config, config.profile(profile));
    if (r.error)
        qWarning("%s", qPrintable(r.error.message()));
    return r.settings;
}

SsoToken sampleToken()
{
    SsoToken t;
    t.startUrl = QStringLiteral("https://corp.awsapps.com/start");
    t.region = QStringLiteral("us-east-1");
    t.accessToken = kAccessToken;
    t.expiresAt = QDateTime(QDate(2026, 11, 27), QTime(13, 0, 0), Qt::UTC);
    t.clientId = QStringLiteral("client-id-1");
    t.clientSecret = kClientSecret;
    t.registrationExpiresAt = QDateTime(QDate(2027, 2, 25), QTime(9, 30, 0), Qt::UTC);
    t.refreshToken = kRefreshToken;
    return t;
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}

} // namespace

class TestSsoSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadSessionProfilesAsTheCliDoes();
    void shouldReadLegacyProfiles();
    void shouldNameCacheFilesAsTheCliDoes();
    void shouldResolveEndpointsAsTheSdksDo();
    void shouldWriteTheCacheInTheCliFormatPrivately();
    void shouldReplaceTheCacheWholeAndKeepOtherFields();
    void shouldReadTimestampsOtherToolsWrite();
    void shouldRefuseOddCacheFilesWithoutBlocking_data();
    void shouldRefuseOddCacheFilesWithoutBlocking();
    void shouldSaveAChosenRoleAsAProfileOnlyOnce();
};

void TestSsoSettings::shouldReadSessionProfilesAsTheCliDoes()
{
    const SsoSettings s = settingsOf(QStringLiteral("sso"));
    QCOMPARE(s.sessionName, QStringLiteral("corp"));
    QCOMPARE(s.startUrl, QStringLiteral("https://corp.awsapps.com/start"));
    QCOMPARE(s.region, QStringLiteral("us-east-1"));
    QCOMPARE(s.scopes, (QStringList{QStringLiteral("sso:account:access"), QStringLiteral("codeartifact:read")}));
    QCOMPARE(s.accountId, QStringLiteral("111122223333"));
    QCOMPARE(s.roleName, QStringLiteral("Admin"));
    QVERIFY(!s.isLegacy());
    QVERIFY(s.hasRole());
    QCOMPARE(s.cliLoginArguments(), QStringLiteral("--sso-session corp"));
    SsoSettings spaced = s;
    spaced.sessionName = QStringLiteral("corp $HOME");
    QCOMPARE(spaced.cliLoginArguments(), QStringLiteral("--sso-session 'corp $HOME'"));

    // No account and role: chosen after signing in.
    const SsoSettings pick = settingsOf(QStringLiteral("sso-pick"));
    QCOMPARE(pick.sessionName, QStringLiteral("corp"));
    QVERIFY(!pick.hasRole());
}

void TestSsoSettings::shouldReadLegacyProfiles()
{
    const SsoSettings s = settingsOf(QStringLiteral("legacy"));
    QVERIFY(s.isLegacy());
    QCOMPARE(s.startUrl, QStringLiteral("https://legacy.awsapps.com/start"));
    QCOMPARE(s.region, QStringLiteral("eu-west-1"));
    QCOMPARE(s.roleName, QStringLiteral("ReadOnly"));
    QVERIFY(s.scopes.isEmpty());
    QCOMPARE(s.cliLoginArguments(), QStringLiteral("--profile legacy"));

    // A name the shell would split is quoted (botocore reads "[profile team lead]" as "team lead").
    SsoSettings spaced = s;
    spaced.profile = QStringLiteral("team lead");
    QCOMPARE(spaced.cliLoginArguments(), QStringLiteral("--profile 'team lead'"));
}

void TestSsoSettings::shouldNameCacheFilesAsTheCliDoes()
{
    // botocore's SSOTokenLoader: sha1 of the session name, or of the start URL (hashlib values).
    QCOMPARE(SsoTokenCache::fileName(settingsOf(QStringLiteral("sso"))),
             QStringLiteral("ee0bfd2552fbd840c02cc48b6e823320543c450f.json"));
    QCOMPARE(SsoTokenCache::fileName(settingsOf(QStringLiteral("legacy"))),
             QStringLiteral("79e435d7a515078e81c9dffc35f38d5687ebd3a7.json"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/admin"));
    QCOMPARE(SsoTokenCache::path(settingsOf(QStringLiteral("sso")), env),
             QStringLiteral("/home/admin/.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json"));
}

void TestSsoSettings::shouldResolveEndpointsAsTheSdksDo()
{
    QCOMPARE(EndpointResolver::defaultEndpoint(QStringLiteral("sso-oidc"), QStringLiteral("eu-west-1")).toString(),
             QStringLiteral("https://oidc.eu-west-1.amazonaws.com"));
    QCOMPARE(EndpointResolver::defaultEndpoint(QStringLiteral("sso"), QStringLiteral("eu-west-1")).toString(),
             QStringLiteral("https://portal.sso.eu-west-1.amazonaws.com"));
    QCOMPARE(EndpointResolver::serviceVariableName(QStringLiteral("sso-oidc")), QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"));

    auto endpointsFor = [](const QString &profile, const QProcessEnvironment &extra) {
        QProcessEnvironment env = extra;
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), fixture(QStringLiteral("sso.config")));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), fixture(QStringLiteral("no-such-file")));
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        static QNetworkAccessManager network;
        CredentialsResolverOptions options;
        options.environment = env;
        options.network = &network;
        const ResolvedCredentials resolved = CredentialsResolver(SharedConfig::load(env), options).resolveProfile(profile);
        auto *sso = dynamic_cast<SsoCredentialsProvider *>(resolved.provider.get());
        if (!sso)
            return QStringList{resolved.error.message()};
        return QStringList{sso->oidcClient()->serviceEndpoint(QStringLiteral("sso-oidc")).url.toString(),
                           sso->portalClient()->serviceEndpoint(QStringLiteral("sso")).url.toString()};
    };
    // The session's region, not the profile's CodeArtifact region.
    QCOMPARE(endpointsFor(QStringLiteral("legacy"), {}),
             (QStringList{QStringLiteral("https://oidc.eu-west-1.amazonaws.com"),
                          QStringLiteral("https://portal.sso.eu-west-1.amazonaws.com")}));
    // The profile's services section...
    QCOMPARE(endpointsFor(QStringLiteral("with-services"), {}),
             (QStringList{QStringLiteral("http://127.0.0.1:4999"), QStringLiteral("http://127.0.0.1:4998")}));
    // ...loses to the variables, service by service, and to AWS_ENDPOINT_URL.
    QProcessEnvironment variables;
    variables.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), QStringLiteral("http://127.0.0.1:5001"));
    QCOMPARE(endpointsFor(QStringLiteral("with-services"), variables),
             (QStringList{QStringLiteral("http://127.0.0.1:5001"), QStringLiteral("http://127.0.0.1:4998")}));
    variables.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), QStringLiteral("http://127.0.0.1:5002"));
    QCOMPARE(endpointsFor(QStringLiteral("sso"), variables),
             (QStringList{QStringLiteral("http://127.0.0.1:5001"), QStringLiteral("http://127.0.0.1:5002")}));
    QProcessEnvironment general;
    general.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:5003"));
    QCOMPARE(endpointsFor(QStringLiteral("with-services"), general),
             (QStringList{QStringLiteral("http://127.0.0.1:5003"), QStringLiteral("http://127.0.0.1:5003")}));
}

void TestSsoSettings::shouldWriteTheCacheInTheCliFormatPrivately()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral(".aws/sso/cache/abc.json"));
    VERIFY_OK(SsoTokenCache::save(path, sampleToken()));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(home.filePath(QStringLiteral(".aws/sso/cache"))), mode_t(0700));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    // The members the CLI writes, by its names, with its timestamp form.
    QCOMPARE(written.keys(), (QStringList{QStringLiteral("accessToken"), QStringLiteral("clientId"), QStringLiteral("clientSecret"),
                                          QStringLiteral("expiresAt"), QStringLiteral("refreshToken"), QStringLiteral("region"),
                                          QStringLiteral("registrationExpiresAt"), QStringLiteral("startUrl")}));
    QCOMPARE(written.value(QLatin1String("expiresAt")).toString(), QStringLiteral("2026-11-27T13:00:00Z"));
    QCOMPARE(written.value(QLatin1String("registrationExpiresAt")).toString(), QStringLiteral("2027-02-25T09:30:00Z"));
    QCOMPARE(written.value(QLatin1String("accessToken")).toString().toUtf8(), kAccessToken);

    const SsoTokenCache::Loaded loaded = SsoTokenCache::load(path);
    QVERIFY(loaded.exists);
    VERIFY_OK(loaded.error);
    QCOMPARE(loaded.token.accessToken, kAccessToken);
    QCOMPARE(loaded.token.refreshToken, kRefreshToken);
    QCOMPARE(loaded.token.clientSecret, kClientSecret);
    QCOMPARE(loaded.token.expiresAt, sampleToken().expiresAt);
    QCOMPARE(loaded.token.registrationExpiresAt, sampleToken().registrationExpiresAt);
    QVERIFY(loaded.token.canRefresh(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC)));
    QVERIFY(!loaded.token.canRefresh(QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC)));   // registration expired

    // A missing file is not an error: nobody signed in yet.
    const SsoTokenCache::Loaded missing = SsoTokenCache::load(home.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.exists);
    VERIFY_OK(missing.error);
}

void TestSsoSettings::shouldReplaceTheCacheWholeAndKeepOtherFields()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"startUrl":"https://corp.awsapps.com/start","region":"us-east-1","accessToken":"old",)"
               R"("expiresAt":"2026-11-27T12:00:00Z","futureField":{"kept":true}})");
    file.close();
    struct stat before {};
    ::stat(QFile::encodeName(path).constData(), &before);

    SsoTokenCache::Loaded loaded = SsoTokenCache::load(path);
    VERIFY_OK(loaded.error);
    QCOMPARE(loaded.token.accessToken, QByteArray("old"));
    loaded.token.accessToken = kAccessToken;
    VERIFY_OK(SsoTokenCache::save(path, loaded.token));

    struct stat after {};
    ::stat(QFile::encodeName(path).constData(), &after);
    QVERIFY2(before.st_ino != after.st_ino, "the file was rewritten in place, not replaced");
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("t.json")});
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value(QLatin1String("futureField")).toObject().value(QLatin1String("kept")).toBool(), true);
    QCOMPARE(written.value(QLatin1String("accessToken")).toString().toUtf8(), kAccessToken);
    // A legacy token has no registration: none is invented.
    QVERIFY(!written.contains(QLatin1String("clientId")));
    QVERIFY(!written.contains(QLatin1String("refreshToken")));
}

void TestSsoSettings::shouldReadTimestampsOtherToolsWrite()
{
    const QDateTime expected(QDate(2026, 11, 27), QTime(13, 0, 0), Qt::UTC);
    QCOMPARE(SsoTokenCache::parseTimestamp(QStringLiteral("2026-11-27T13:00:00Z")), expected);
    QCOMPARE(SsoTokenCache::parseTimestamp(QStringLiteral("2026-11-27T13:00:00UTC")), expected);
    QCOMPARE(SsoTokenCache::parseTimestamp(QStringLiteral("2026-11-27T13:00:00+00:00")), expected);
    QCOMPARE(SsoTokenCache::parseTimestamp(QStringLiteral("2026-11-27T14:00:00+01:00")), expected);
    QCOMPARE(SsoTokenCache::parseTimestamp(QStringLiteral("2026-11-27T13:00:00.000Z")), expected);
    QVERIFY(!SsoTokenCache::parseTimestamp(QStringLiteral("tomorrow")).isValid());
}

void TestSsoSettings::shouldRefuseOddCacheFilesWithoutBlocking_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
    QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("not a regular file");
    QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("not a JSON object");
    QTest::newRow("no token") << QStringLiteral("no-token") << QStringLiteral("no accessToken");
    QTest::newRow("bad date") << QStringLiteral("bad-date") << QStringLiteral("not a date");
    QTest::newRow("huge") << QStringLiteral("huge") << QStringLiteral("too large");
}

void TestSsoSettings::shouldRefuseOddCacheFilesWithoutBlocking()
{
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.json"));
    QFile file(path);
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("garbage"))
            file.write("\x00\x01 not json " + kAccessToken);
        else if (kind == QLatin1String("no-token"))
            file.write(R"({"startUrl":"https://corp.awsapps.com/start","expiresAt":"2026-11-27T13:00:00Z"})");
        else if (kind == QLatin1String("bad-date"))
            file.write(R"({"accessToken":")" + kAccessToken + R"(","expiresAt":"soon"})");
        else
            file.write(QByteArray(2 * 1024 * 1024, ' '));
        file.close();
    }
    QElapsedTimer timer;
    timer.start();
    const SsoTokenCache::Loaded loaded = SsoTokenCache::load(path);
    QVERIFY2(timer.elapsed() < 2000, "reading the cache waited");
    QVERIFY(loaded.exists);
    QVERIFY(loaded.error);
    QVERIFY2(loaded.error.message().contains(mentions), qPrintable(loaded.error.message()));
    QVERIFY2(loaded.error.message().contains(QLatin1String("t.json")), "the message does not name the file");
    QVERIFY2(!loaded.error.message().toUtf8().contains(kAccessToken), "the message quotes the token");
    QVERIFY(loaded.token.accessToken.isEmpty());
}

void TestSsoSettings::shouldSaveAChosenRoleAsAProfileOnlyOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    const QByteArray original = "# my settings\n[profile dev]\nregion = eu-west-1 ; keep this comment\n[sso-session corp]\n"
                                "sso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(original);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));

    const SsoSettings pick = settingsOf(QStringLiteral("sso-pick"));
    VERIFY_OK(SsoSettings::saveProfile(path, QStringLiteral("corp-admin"), pick, QStringLiteral("111122223333"),
                                      QStringLiteral("ArtifactAdmin"), QStringLiteral("us-east-1")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    QVERIFY2(written.startsWith(original), "the rest of the file changed");
    QCOMPARE(written.mid(original.size()), QByteArray("\n\n[profile corp-admin]\nsso_session = corp\nsso_account_id = 111122223333\n"
                                                      "sso_role_name = ArtifactAdmin\nregion = us-east-1\n"));
    QCOMPARE(modeOf(path), mode_t(0640));

    // What was written is what the CLI (and we) read back.
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), path);
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), dir.filePath(QStringLiteral("none")));
    const SharedConfig reread = SharedConfig::load(env);
    const SsoSettings::Result saved = SsoSettings::fromProfile(reread, reread.profile(QStringLiteral("corp-admin")));
    VERIFY_OK(saved.error);
    QCOMPARE(saved.settings.roleName, QStringLiteral("ArtifactAdmin"));

    // Never over an existing profile, never with a name the file cannot hold.
    const AwsError again = SsoSettings::saveProfile(path, QStringLiteral("dev"), pick, QStringLiteral("1"), QStringLiteral("r"));
    QVERIFY(again);
    QVERIFY2(again.message().contains(QLatin1String("already has a profile named dev")), qPrintable(again.message()));
    QVERIFY(SsoSettings::saveProfile(path, QStringLiteral("bad]name"), pick, QStringLiteral("1"), QStringLiteral("r")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written);
}

QTEST_GUILESS_MAIN(TestSsoSettings)
#include "tst_ssosettings.moc"
