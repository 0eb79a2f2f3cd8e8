// IAM Identity Center end to end against the in-process sandbox over real HTTP: the device flow
// with the browser's part played by posting the sandbox's verification page, the token cache it
// leaves for the AWS CLI, a token another tool wrote, refresh, an expired registration, a
// revoked sign-in, a denied one, a run that cannot sign in, choosing a role, and botocore reading
// and writing the same cache. Nothing secret reaches the log.
#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/getcalleridentityjob.h"
#include "credentials/credentialsresolver.h"
#include "credentials/ssocredentialsprovider.h"
#include "credentials/ssologinjob.h"
#include "credentials/ssoprompt.h"
#include "credentials/ssotokencache.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtestserver.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <sys/stat.h>

using namespace desk;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

// The CLI's file name for the session "corp".
const QString kCorpCacheFile = QStringLiteral("ee0bfd2552fbd840c02cc48b6e823320543c450f.json");

} // namespace

class TestSsoCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldSignInWithTheDeviceFlowAndLeaveTheCacheForTheCli();
    void shouldUseATokenAnotherToolWroteWithoutSigningIn();
    void shouldRefreshAnExpiringTokenAndWriteItBack();
    void shouldSignInAgainWhenTheRegistrationHasExpired();
    void shouldSignInAgainWhenTheTokenWasRevoked();
    void shouldReportADeniedSignIn();
    void shouldFailAtOnceWhenNobodyCanSignIn();
    void shouldLetThePersonChooseTheRoleAndSaveIt();
    void shouldShareTheCacheWithBotocore();

private:
    void writeConfig(const QByteArray &extra = {});
    std::shared_ptr<SsoCredentialsProvider> provider(const QString &profile, SsoPrompt *prompt);
    // A prompt that approves every sign-in in the "browser" as soon as the code is shown.
    void approveEverySignIn(FunctionSsoPrompt &prompt);
    bool refreshOk(SsoCredentialsProvider *p, AwsError *error = nullptr);
    QString cachePath() const { return m_home.filePath(QStringLiteral(".aws/sso/cache/")) + kCorpCacheFile; }
    QJsonObject readCache() const;
    void writeCache(const QJsonObject &object) const;

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
    QDateTime m_clockOffset;   // invalid: the real time
    qint64 m_skewSeconds = 0;
};

void TestSsoCredentials::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
}

void TestSsoCredentials::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    SandboxConfig config;
    config.ssoPollIntervalSeconds = 1;
    m_sandbox = test::startSandboxServer(config);
    QVERIFY(m_sandbox->serverPort() != 0);
    m_skewSeconds = 0;
    m_sandbox->setClock([this] { return QDateTime::currentDateTimeUtc().addSecs(m_skewSeconds); });

    QDir(m_home.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".aws"))));
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral(".aws/config")));
    m_env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_home.filePath(QStringLiteral(".aws/credentials")));
    m_env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), m_sandbox->url().toString());
    m_env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_sandbox->url().toString());
    writeConfig();
    g_log.clear();
}

void TestSsoCredentials::cleanup()
{
    m_sandbox.reset();
    m_network.reset();
}

void TestSsoCredentials::writeConfig(const QByteArray &extra)
{
    QFile config(m_env.value(QStringLiteral("AWS_CONFIG_FILE")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile corp-admin]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = ArtifactAdmin\n"
                 "region = us-east-1\n\n[profile corp]\nsso_session = corp\nregion = us-east-1\n\n"
                 "[sso-session corp]\nsso_start_url = https://corp.awsapps.example/start\nsso_region = us-east-1\n"
                 "sso_registration_scopes = sso:account:access\n"
                 + extra);
}

std::shared_ptr<SsoCredentialsProvider> TestSsoCredentials::provider(const QString &profile, SsoPrompt *prompt)
{
    CredentialsResolverOptions options;
    options.environment = m_env;
    options.network = m_network.get();
    options.ssoPrompt = prompt;
    const ResolvedCredentials resolved = CredentialsResolver(SharedConfig::load(m_env), options).resolveProfile(profile);
    if (resolved.error)
        qWarning("%s", qPrintable(resolved.error.message()));
    return std::dynamic_pointer_cast<SsoCredentialsProvider>(resolved.provider);
}

void TestSsoCredentials::approveEverySignIn(FunctionSsoPrompt &prompt)
{
    prompt.onSignIn = [this](SsoLoginJob *job) {
        job->setMinimumPollIntervalMs(50);
        connect(job, &SsoLoginJob::verificationReady, this, [this](const QString &, const QString &url) {
            QVERIFY(test::decideSsoSignIn(QUrl(url), QStringLiteral("approve")));
        });
    };
}

bool TestSsoCredentials::refreshOk(SsoCredentialsProvider *p, AwsError *error)
{
    QSignalSpy refreshed(p, &RefreshingCredentialsProvider::refreshed);
    QSignalSpy failed(p, &RefreshingCredentialsProvider::refreshFailed);
    p->refresh();
    QElapsedTimer timer;
    timer.start();
    while (refreshed.count() + failed.count() == 0 && timer.elapsed() < 20000)
        QTest::qWait(20);
    if (error && failed.count() == 1)
        *error = failed.first().first().value<AwsError>();
    return refreshed.count() == 1;
}

QJsonObject TestSsoCredentials::readCache() const
{
    QFile file(cachePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestSsoCredentials::writeCache(const QJsonObject &object) const
{
    QVERIFY(!SsoTokenCache::save(cachePath(), [&] {
        SsoTokenCache::Loaded loaded;
        QFile file(cachePath() + QStringLiteral(".in"));
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(object).toJson());
        file.close();
        loaded = SsoTokenCache::load(file.fileName());
        file.remove();
        return loaded.token;
    }()));
}

void TestSsoCredentials::shouldSignInWithTheDeviceFlowAndLeaveTheCacheForTheCli()
{
    qInstallMessageHandler(captureLog);
    FunctionSsoPrompt prompt;
    QString shownCode;
    QString shownUrl;
    prompt.onSignIn = [&](SsoLoginJob *job) {
        job->setMinimumPollIntervalMs(50);
        connect(job, &SsoLoginJob::verificationReady, this, [&, job](const QString &code, const QString &url) {
            shownCode = code;
            shownUrl = url;
            // The person takes a moment: the app polls (authorization_pending) meanwhile.
            QTimer::singleShot(1500, job, [this, url] { QVERIFY(test::decideSsoSignIn(QUrl(url), QStringLiteral("approve"))); });
        });
    };
    auto p = provider(QStringLiteral("corp-admin"), &prompt);
    QVERIFY(p);
    QVERIFY(!QFile::exists(cachePath()));
    AwsError error;
    QVERIFY2(refreshOk(p.get(), &error), qPrintable(error.message()));
    QCOMPARE(prompt.signIns, 1);
    QVERIFY(!shownCode.isEmpty());
    QVERIFY2(shownUrl.contains(shownCode), "the page link does not carry the code");
    QVERIFY(shownUrl.startsWith(m_sandbox->url().toString()));

    // The role's credentials work for CodeArtifact and STS says who they are.
    const AwsCredentials credentials = p->credentials();
    QVERIFY(credentials.isValid());
    QVERIFY(!credentials.sessionToken.isEmpty());
    QVERIFY(credentials.expiration > QDateTime::currentDateTimeUtc().addSecs(600));
    auto client = test::makeLocalClient(m_network.get(), m_sandbox->url().toString());
    client->setCredentialsProvider(p);
    ListDomainsJob list(client.get());
    QSignalSpy listed(&list, &Job::finished);
    list.setAutoDelete(false);
    list.start();
    QVERIFY(listed.wait(10000));
    QVERIFY2(!list.error(), qPrintable(list.error().message()));
    GetCallerIdentityJob who(client.get());
    who.setAutoDelete(false);
    QSignalSpy answered(&who, &Job::finished);
    who.start();
    QVERIFY(answered.wait(10000));
    QVERIFY2(who.identity().arn.contains(QLatin1String("assumed-role/AWSReservedSSO_ArtifactAdmin")), qPrintable(who.identity().arn));

    // The cache is the CLI's: its file name, its members, private.
    const QJsonObject cache = readCache();
    for (const char *member : {"startUrl", "region", "accessToken", "expiresAt", "clientId", "clientSecret",
                               "registrationExpiresAt", "refreshToken"})
        QVERIFY2(cache.contains(QLatin1String(member)), member);
    QCOMPARE(cache.value(QLatin1String("startUrl")).toString(), QStringLiteral("https://corp.awsapps.example/start"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                .match(cache.value(QLatin1String("expiresAt")).toString())
                .hasMatch());
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(cachePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));

    // Nothing secret was logged.
    qInstallMessageHandler(nullptr);
    const QString log = g_log.join(u'\n');
    for (const char *member : {"accessToken", "clientSecret", "refreshToken"}) {
        const QString secret = cache.value(QLatin1String(member)).toString();
        QVERIFY2(!log.contains(secret), member);
    }
    QVERIFY(!log.contains(QString::fromUtf8(credentials.secretAccessKey)));
}

void TestSsoCredentials::shouldUseATokenAnotherToolWroteWithoutSigningIn()
{
    // A sign-in by "the CLI": a first provider signs in and leaves the cache.
    FunctionSsoPrompt first;
    approveEverySignIn(first);
    QVERIFY(refreshOk(provider(QStringLiteral("corp-admin"), &first).get()));
    QCOMPARE(first.signIns, 1);

    // A new run reads it: no sign-in, only GetRoleCredentials.
    int requests = 0;
    QStringList operations;
    connect(m_sandbox.get(), &SandboxServer::requestHandled, this, [&](const QString &operation) { operations << operation; ++requests; });
    FunctionSsoPrompt second;
    auto p = provider(QStringLiteral("corp-admin"), &second);
    QVERIFY(refreshOk(p.get()));
    QCOMPARE(second.signIns, 0);
    QCOMPARE(operations, QStringList{QStringLiteral("GetRoleCredentials")});
}

void TestSsoCredentials::shouldRefreshAnExpiringTokenAndWriteItBack()
{
    FunctionSsoPrompt prompt;
    approveEverySignIn(prompt);
    QVERIFY(refreshOk(provider(QStringLiteral("corp-admin"), &prompt).get()));
    // Five minutes left: inside the 15-minute window.
    QJsonObject cache = readCache();
    const QString oldToken = cache.value(QLatin1String("accessToken")).toString();
    const QString oldRefresh = cache.value(QLatin1String("refreshToken")).toString();
    cache.insert(QStringLiteral("expiresAt"), SsoTokenCache::timestamp(QDateTime::currentDateTimeUtc().addSecs(300)));
    cache.insert(QStringLiteral("someOtherToolsField"), QStringLiteral("kept"));
    writeCache(cache);

    FunctionSsoPrompt again;
    auto p = provider(QStringLiteral("corp-admin"), &again);
    AwsError error;
    QVERIFY2(refreshOk(p.get(), &error), qPrintable(error.message()));
    QCOMPARE(again.signIns, 0);
    QCOMPARE(p->tokenRefreshes(), 1);
    const QJsonObject written = readCache();
    QVERIFY(written.value(QLatin1String("accessToken")).toString() != oldToken);
    QVERIFY(written.value(QLatin1String("refreshToken")).toString() != oldRefresh);
    QVERIFY(SsoTokenCache::parseTimestamp(written.value(QLatin1String("expiresAt")).toString())
            > QDateTime::currentDateTimeUtc().addSecs(1800));
    QCOMPARE(written.value(QLatin1String("someOtherToolsField")).toString(), QStringLiteral("kept"));
    QCOMPARE(written.value(QLatin1String("clientId")), cache.value(QLatin1String("clientId")));
}

void TestSsoCredentials::shouldSignInAgainWhenTheRegistrationHasExpired()
{
    FunctionSsoPrompt prompt;
    approveEverySignIn(prompt);
    QVERIFY(refreshOk(provider(QStringLiteral("corp-admin"), &prompt).get()));
    const QJsonObject before = readCache();

    // 91 days later the service no longer knows the client; the cache still says it is valid and
    // its token has expired: the refresh is refused (InvalidClientException), so a new sign-in.
    m_skewSeconds = 91LL * 24 * 3600;
    QJsonObject cache = before;
    cache.insert(QStringLiteral("expiresAt"), SsoTokenCache::timestamp(QDateTime::currentDateTimeUtc().addSecs(-60)));
    cache.insert(QStringLiteral("registrationExpiresAt"), SsoTokenCache::timestamp(QDateTime::currentDateTimeUtc().addDays(30)));
    writeCache(cache);
    FunctionSsoPrompt again;
    approveEverySignIn(again);
    auto p = provider(QStringLiteral("corp-admin"), &again);
    AwsError error;
    QVERIFY2(refreshOk(p.get(), &error), qPrintable(error.message()));
    QCOMPARE(again.signIns, 1);
    QCOMPARE(p->tokenRefreshes(), 0);
    // A new registration replaced the expired one.
    QVERIFY(readCache().value(QLatin1String("clientId")) != before.value(QLatin1String("clientId")));
}

void TestSsoCredentials::shouldSignInAgainWhenTheTokenWasRevoked()
{
    FunctionSsoPrompt prompt;
    approveEverySignIn(prompt);
    auto p = provider(QStringLiteral("corp-admin"), &prompt);
    QVERIFY(refreshOk(p.get()));
    // Signed out elsewhere (aws sso logout): the portal answers 401; one new sign-in follows.
    auto portal = std::make_unique<CodeArtifactClient>(m_network.get());
    portal->setRegion(QStringLiteral("us-east-1"));
    portal->setEnvironment(m_env);
    LogoutJob logout(portal.get(), readCache().value(QLatin1String("accessToken")).toString().toUtf8());
    logout.setAutoDelete(false);
    QSignalSpy out(&logout, &Job::finished);
    logout.start();
    QVERIFY(out.wait(5000));
    QVERIFY2(!logout.error(), qPrintable(logout.error().message()));
    QVERIFY(refreshOk(p.get()));
    QCOMPARE(prompt.signIns, 2);
}

void TestSsoCredentials::shouldReportADeniedSignIn()
{
    FunctionSsoPrompt prompt;
    prompt.onSignIn = [this](SsoLoginJob *job) {
        job->setMinimumPollIntervalMs(50);
        connect(job, &SsoLoginJob::verificationReady, this,
                [this](const QString &, const QString &url) { QVERIFY(test::decideSsoSignIn(QUrl(url), QStringLiteral("deny"))); });
    };
    auto p = provider(QStringLiteral("corp-admin"), &prompt);
    AwsError error;
    QVERIFY(!refreshOk(p.get(), &error));
    QVERIFY2(error.userMessage().contains(QLatin1String("denied")), qPrintable(error.userMessage()));
    QVERIFY(!QFile::exists(cachePath()));
}

void TestSsoCredentials::shouldFailAtOnceWhenNobodyCanSignIn()
{
    UnattendedSsoPrompt headless(QStringLiteral("A run with --screenshot cannot sign in or choose a role."));
    int requests = 0;
    connect(m_sandbox.get(), &SandboxServer::requestHandled, this, [&requests] { ++requests; });
    auto p = provider(QStringLiteral("corp-admin"), &headless);
    QElapsedTimer timer;
    timer.start();
    AwsError error;
    QVERIFY(!refreshOk(p.get(), &error));
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(requests, 0);
    const QString message = error.userMessage();
    QVERIFY2(message.contains(QLatin1String("not signed in")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("--screenshot")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("aws sso login --sso-session corp")), qPrintable(message));
}

void TestSsoCredentials::shouldLetThePersonChooseTheRoleAndSaveIt()
{
    FunctionSsoPrompt prompt;
    approveEverySignIn(prompt);
    QList<SsoRole> offered;
    prompt.onChooseRole = [&offered](const QList<SsoAccount> &accounts, const QList<SsoRole> &roles) {
        offered = roles;
        Q_UNUSED(accounts);
        return SsoRoleChoice{QStringLiteral("111122223333"), QStringLiteral("ReadOnly"), QStringLiteral("corp-readonly")};
    };
    auto p = provider(QStringLiteral("corp"), &prompt);
    AwsError error;
    QVERIFY2(refreshOk(p.get(), &error), qPrintable(error.message()));
    QCOMPARE(prompt.roleQuestions, 1);
    QVERIFY(offered.size() >= 3);   // two roles in the sandbox's account, one in the partner's
    QCOMPARE(p->roleName(), QStringLiteral("ReadOnly"));

    // Saved because the person asked: the new profile works without a question.
    FunctionSsoPrompt later;
    auto saved = provider(QStringLiteral("corp-readonly"), &later);
    QVERIFY(saved);
    QVERIFY(refreshOk(saved.get()));
    QCOMPARE(later.roleQuestions, 0);
    QCOMPARE(saved->roleName(), QStringLiteral("ReadOnly"));
}

void TestSsoCredentials::shouldShareTheCacheWithBotocore()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QProcess check;
    check.start(python, {QStringLiteral("-c"), QStringLiteral("import botocore, sys; v = tuple(int(x) for x in botocore.__version__.split('.')[:2]); "
                                                               "sys.exit(0 if v >= (1, 31) else 3)")});
    check.waitForFinished(30000);
    if (check.exitCode() != 0)
        QSKIP("botocore 1.31 or newer (AWS_ENDPOINT_URL_SSO) is not installed");

    // 1. The app signs in; botocore gets role credentials from the cache it left and lists domains.
    FunctionSsoPrompt prompt;
    approveEverySignIn(prompt);
    QVERIFY(refreshOk(provider(QStringLiteral("corp-admin"), &prompt).get()));
    const QString script = QStringLiteral(
        "import boto3, json, sys\n"
        "s = boto3.Session(profile_name='corp-admin')\n"
        "c = s.get_credentials().get_frozen_credentials()\n"
        "ca = s.client('codeartifact', endpoint_url=sys.argv[1])\n"
        "ca.list_domains()\n"
        "print(json.dumps({'key': c.access_key}))\n");
    auto runBotocore = [&](QString *out) {
        QProcess py;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("PATH"), QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH")));
        py.setProcessEnvironment(env);
        py.start(python, {QStringLiteral("-c"), script, m_sandbox->url().toString()});
        // The sandbox answers from this thread: keep the event loop turning while botocore runs.
        QTRY_VERIFY_WITH_TIMEOUT(py.state() == QProcess::NotRunning, 60000);
        *out = QString::fromUtf8(py.readAllStandardOutput());
        const QString err = QString::fromUtf8(py.readAllStandardError());
        QVERIFY2(py.exitCode() == 0, qPrintable(err.right(2000)));
    };
    QString out;
    runBotocore(&out);
    QVERIFY2(out.contains(QLatin1String("\"key\"")), qPrintable(out));

    // 2. botocore renews an expiring token and writes the cache; the app then uses botocore's token
    //    (its own copy of the old refresh token would now be refused).
    QJsonObject cache = readCache();
    cache.insert(QStringLiteral("expiresAt"), SsoTokenCache::timestamp(QDateTime::currentDateTimeUtc().addSecs(120)));
    writeCache(cache);
    const QString before = cache.value(QLatin1String("accessToken")).toString();
    runBotocore(&out);
    const QJsonObject renewed = readCache();
    QVERIFY2(renewed.value(QLatin1String("accessToken")).toString() != before, "botocore did not renew the token");
    FunctionSsoPrompt app;
    auto p = provider(QStringLiteral("corp-admin"), &app);
    AwsError error;
    QVERIFY2(refreshOk(p.get(), &error), qPrintable(error.message()));
    QCOMPARE(app.signIns, 0);
    QCOMPARE(p->tokenRefreshes(), 0);
}

QTEST_GUILESS_MAIN(TestSsoCredentials)
#include "tst_ssocredentials.moc"
