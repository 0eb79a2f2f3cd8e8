// The AWS CLI's order: --profile, environment keys, AWS_PROFILE, [default]; inside a profile:
// role_arn, keys from the credentials file, credential_process, keys from the config file.
// Then the app's own profiles, switching, and what is remembered (never a secret).
#include "credentials/assumeroleprovider.h"
#include "credentials/credentialprocessprovider.h"
#include "credentials/credentialsresolver.h"
#include "credentials/profilemanager.h"
#include "api/codeartifactclient.h"
#include "credentials/appprofilestore.h"
#include "secrets/memorysecretstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

const QByteArray kAppSecret = "app-profile-secret-AbCdEf0123456789";
const QByteArray kAppToken = "app-profile-session-token-ZyXw9876";

QString fixture(const QString &name)
{
    return QFINDTESTDATA("../data/aws-config") + QStringLiteral("/") + name;
}

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), fixture(QStringLiteral("chain.config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), fixture(QStringLiteral("chain.credentials")));
    return env;
}

// A resolver over env's shared files, with network for AssumeRole.
CredentialsResolver resolverFor(const QProcessEnvironment &env, QNetworkAccessManager *network)
{
    CredentialsResolverOptions options;
    options.environment = env;
    options.network = network;
    return CredentialsResolver(SharedConfig::load(env), options);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Every file under dir that contains one of the needles.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle) || content.contains(needle.toBase64()))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace

class TestCredentialsChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void shouldFollowCliOrder_data();
    void shouldFollowCliOrder();
    void shouldReportProfileProblems_data();
    void shouldReportProfileProblems();
    void shouldFollowAChainOfTenProfiles();
    void shouldBuildAssumeRoleFromSourceProfile();
    void shouldPreferCredentialProcessOverConfigFileKeys();
    void shouldResolveRegionInCliOrder_data();
    void shouldResolveRegionInCliOrder();
    void shouldResolveEndpointsFromServicesSection_data();
    void shouldResolveEndpointsFromServicesSection();
    void shouldUseEnvironmentAsCredentialSource();
    void shouldFindTheCaBundleAsTheCliDoes();
    void shouldNameTheUnusableFileInsteadOfAMissingProfile_data();
    void shouldNameTheUnusableFileInsteadOfAMissingProfile();

    void shouldListProfilesWithOrigin();
    void shouldActivateSharedProfileAndApplyToClient();
    void shouldQuoteTheProfileInCopiedCommands();
    void shouldActivateAppProfileFromSecretStore();
    void shouldRememberLastProfileAndRegionButNoSecret();
    void shouldReportKeychainUnavailableAndKeepSecretForThisRun();
    void shouldTreatHungKeychainAsUnavailable();
    void shouldRemoveKeychainEntriesWithProfile();
    void shouldRenameProfileAndMoveSecrets();
    void shouldNotLeakSecretsIntoWrittenFiles();

private:
    QTemporaryDir m_home;
    QString m_settingsPath;
};

void TestCredentialsChain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    m_settingsPath = m_home.filePath(QStringLiteral("settings/ArtifactDesk.ini"));
}

void TestCredentialsChain::cleanupTestCase()
{
    // Whatever this suite wrote: settings here and in the test-mode locations.
    QStringList hits = filesContaining(m_home.path(), {kAppSecret, kAppToken});
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                                QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation,
                                QStandardPaths::GenericCacheLocation, QStandardPaths::CacheLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (!dir.isEmpty())
            hits += filesContaining(dir, {kAppSecret, kAppToken});
    }
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("a test secret was written to: ") + hits.join(u' ')));
}

void TestCredentialsChain::shouldFollowCliOrder_data()
{
    QTest::addColumn<QString>("cliProfile");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("accessKeyId");

    const QStringList envKeys{QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"), QStringLiteral("AWS_SECRET_ACCESS_KEY=env-secret")};
    QTest::newRow("[default] when nothing is set") << QString() << QStringList{} << QStringLiteral("AKIDDEFAULT");
    QTest::newRow("AWS_PROFILE") << QString() << QStringList{QStringLiteral("AWS_PROFILE=base")} << QStringLiteral("AKIDBASE");
    QTest::newRow("environment keys beat AWS_PROFILE")
        << QString() << (envKeys + QStringList{QStringLiteral("AWS_PROFILE=base")}) << QStringLiteral("AKIDENV");
    QTest::newRow("--profile beats environment keys") << QStringLiteral("credsonly") << envKeys << QStringLiteral("AKIDCREDSONLY");
    QTest::newRow("--profile beats AWS_PROFILE")
        << QStringLiteral("credsonly") << QStringList{QStringLiteral("AWS_PROFILE=base")} << QStringLiteral("AKIDCREDSONLY");
}

void TestCredentialsChain::shouldFollowCliOrder()
{
    QFETCH(QString, cliProfile);
    QFETCH(QStringList, env);
    QFETCH(QString, accessKeyId);
    QProcessEnvironment environment = baseEnvironment();
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    CredentialsResolverOptions options;
    options.environment = environment;
    options.commandLineProfile = cliProfile;
    const CredentialsResolver resolver(SharedConfig::load(environment), options);
    const ResolvedCredentials resolved = resolver.resolveDefault();
    QVERIFY2(resolved.isValid(), qPrintable(resolved.error.message()));
    QCOMPARE(resolved.provider->credentials().accessKeyId, accessKeyId);
}

void TestCredentialsChain::shouldReportProfileProblems_data()
{
    QTest::addColumn<QString>("configFile");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("sso_session without its section") << QStringLiteral("sso.config") << QStringLiteral("no-session-section")
                                                     << QStringList{QStringLiteral("[sso-session missing]")};
    QTest::newRow("legacy sso missing settings") << QStringLiteral("sso.config") << QStringLiteral("legacy-half")
                                                 << QStringList{QStringLiteral("sso_region"), QStringLiteral("sso_role_name")};
    QTest::newRow("sso start URL contradicting the session") << QStringLiteral("sso.config") << QStringLiteral("clash")
                                                             << QStringList{QStringLiteral("https://other.awsapps.com/start"),
                                                                            QStringLiteral("https://corp.awsapps.com/start")};
    QTest::newRow("sso account without role") << QStringLiteral("sso.config") << QStringLiteral("half-role")
                                              << QStringList{QStringLiteral("sso_role_name")};
    QTest::newRow("sso session without start URL") << QStringLiteral("sso.config") << QStringLiteral("bad-session")
                                                   << QStringList{QStringLiteral("[sso-session nourl]"), QStringLiteral("sso_start_url")};
    QTest::newRow("web identity") << QStringLiteral("unsupported.config") << QStringLiteral("webid")
                                  << QStringList{QStringLiteral("web_identity_token_file")};
    QTest::newRow("instance metadata") << QStringLiteral("unsupported.config") << QStringLiteral("imds")
                                       << QStringList{QStringLiteral("credential_source = Ec2InstanceMetadata")};
    QTest::newRow("source_profile loop") << QStringLiteral("chain.config") << QStringLiteral("loop-a")
                                         << QStringList{QStringLiteral("loop"), QStringLiteral("loop-b")};
    QTest::newRow("source_profile chain too deep") << QStringLiteral("chain.config") << QStringLiteral("deep-1")
                                                   << QStringList{QStringLiteral("deeper than 10"), QStringLiteral("deep-1 \u2192 deep-2")};
    QTest::newRow("half a key pair") << QStringLiteral("chain.config") << QStringLiteral("half")
                                     << QStringList{QStringLiteral("aws_secret_access_key is missing")};
    QTest::newRow("no credentials") << QStringLiteral("chain.config") << QStringLiteral("empty")
                                    << QStringList{QStringLiteral("has no credentials")};
    QTest::newRow("unknown profile") << QStringLiteral("chain.config") << QStringLiteral("nope")
                                     << QStringList{QStringLiteral("\"nope\""), QStringLiteral("chain.config"),
                                                    QStringLiteral("The profiles there are: "), QStringLiteral("base"),
                                                    QStringLiteral("credsonly")};
}

void TestCredentialsChain::shouldReportProfileProblems()
{
    QFETCH(QString, configFile);
    QFETCH(QString, profile);
    QFETCH(QStringList, mentions);
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), fixture(configFile));
    QNetworkAccessManager network;
    const CredentialsResolver resolver = resolverFor(env, &network);
    const ResolvedCredentials resolved = resolver.resolveProfile(profile);
    QVERIFY(!resolved.isValid());
    QCOMPARE(resolved.error.kind(), AwsError::Kind::Configuration);
    for (const QString &mention : mentions)
        QVERIFY2(resolved.error.message().contains(mention), qPrintable(resolved.error.message()));
    // A loop is a loop and a long chain is long: never the one called the other.
    if (profile.startsWith(QLatin1String("deep-")))
        QVERIFY2(!resolved.error.message().contains(QLatin1String("loop")), qPrintable(resolved.error.message()));
}

void TestCredentialsChain::shouldFollowAChainOfTenProfiles()
{
    QProcessEnvironment env = baseEnvironment();
    QNetworkAccessManager network;
    const CredentialsResolver resolver = resolverFor(env, &network);
    const ResolvedCredentials resolved = resolver.resolveProfile(QStringLiteral("deep-3"));
    QVERIFY2(resolved.isValid(), qPrintable(resolved.error.message()));
    QVERIFY2(resolved.description.contains(QLatin1String("Deep3")), qPrintable(resolved.description));
    const ResolvedCredentials loop = resolver.resolveProfile(QStringLiteral("loop-a"));
    QCOMPARE(loop.error.message(), QStringLiteral("The source_profile settings form a loop: loop-a \u2192 loop-b \u2192 loop-a"));
}

void TestCredentialsChain::shouldBuildAssumeRoleFromSourceProfile()
{
    const QProcessEnvironment env = baseEnvironment();
    QNetworkAccessManager network;
    const CredentialsResolver resolver = resolverFor(env, &network);
    const ResolvedCredentials resolved = resolver.resolveProfile(QStringLiteral("admin"));
    QVERIFY2(resolved.isValid(), qPrintable(resolved.error.message()));
    auto *role = dynamic_cast<AssumeRoleProvider *>(resolved.provider.get());
    QVERIFY(role);
    QCOMPARE(role->source()->credentials().accessKeyId, QStringLiteral("AKIDBASE"));
    QCOMPARE(resolved.region, QStringLiteral("eu-west-2"));
    QVERIFY(resolved.description.contains(QLatin1String("arn:aws:iam::111122223333:role/Admin")));
    // Not fetched yet: credentials() is empty until activation fetched them.
    QVERIFY(!role->hasValidCredentials());
}

void TestCredentialsChain::shouldPreferCredentialProcessOverConfigFileKeys()
{
    const QProcessEnvironment env = baseEnvironment();
    CredentialsResolverOptions options;
    options.environment = env;
    const CredentialsResolver resolver(SharedConfig::load(env), options);
    const ResolvedCredentials resolved = resolver.resolveProfile(QStringLiteral("both-process-and-keys"));
    QVERIFY2(resolved.isValid(), qPrintable(resolved.error.message()));
    QVERIFY(dynamic_cast<CredentialProcessProvider *>(resolved.provider.get()));
}

void TestCredentialsChain::shouldResolveRegionInCliOrder_data()
{
    QTest::addColumn<QString>("cliRegion");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("region");
    QTest::newRow("profile") << QString() << QStringList{} << QStringLiteral("eu-west-1");
    QTest::newRow("AWS_DEFAULT_REGION") << QString() << QStringList{QStringLiteral("AWS_DEFAULT_REGION=ap-south-1")}
                                        << QStringLiteral("ap-south-1");
    QTest::newRow("AWS_REGION beats AWS_DEFAULT_REGION")
        << QString() << QStringList{QStringLiteral("AWS_DEFAULT_REGION=ap-south-1"), QStringLiteral("AWS_REGION=sa-east-1")}
        << QStringLiteral("sa-east-1");
    QTest::newRow("--region beats all") << QStringLiteral("ca-central-1") << QStringList{QStringLiteral("AWS_REGION=sa-east-1")}
                                        << QStringLiteral("ca-central-1");
}

void TestCredentialsChain::shouldResolveRegionInCliOrder()
{
    QFETCH(QString, cliRegion);
    QFETCH(QStringList, env);
    QFETCH(QString, region);
    QProcessEnvironment environment = baseEnvironment();
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    CredentialsResolverOptions options;
    options.environment = environment;
    options.commandLineRegion = cliRegion;
    const CredentialsResolver resolver(SharedConfig::load(environment), options);
    QCOMPARE(resolver.resolveProfile(QStringLiteral("base")).region, region);
}

void TestCredentialsChain::shouldResolveEndpointsFromServicesSection_data()
{
    QTest::addColumn<QString>("cliEndpoint");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("stsEndpoint");
    QTest::newRow("services section") << QString() << QStringList{} << QStringLiteral("http://127.0.0.1:8443")
                                      << QStringLiteral("http://127.0.0.1:8444");
    QTest::newRow("environment beats the files (client reads it)")
        << QString() << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:7000")} << QString() << QString();
    QTest::newRow("--endpoint-url beats all") << QStringLiteral("http://127.0.0.1:6000")
                                              << QStringList{QStringLiteral("AWS_ENDPOINT_URL_CODEARTIFACT=http://127.0.0.1:7000")}
                                              << QStringLiteral("http://127.0.0.1:6000") << QStringLiteral("http://127.0.0.1:8444");
    QTest::newRow("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
        << QString() << QStringList{QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true")} << QString() << QString();
}

void TestCredentialsChain::shouldResolveEndpointsFromServicesSection()
{
    QFETCH(QString, cliEndpoint);
    QFETCH(QStringList, env);
    QFETCH(QString, endpoint);
    QFETCH(QString, stsEndpoint);
    QProcessEnvironment environment = baseEnvironment();
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), fixture(QStringLiteral("services.config")));
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env-secret"));
    environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("local"));
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    CredentialsResolverOptions options;
    options.environment = environment;
    options.commandLineEndpoint = cliEndpoint;
    const CredentialsResolver resolver(SharedConfig::load(environment), options);
    // Environment keys, but endpoints and region from AWS_PROFILE's profile, as in the CLI.
    const ResolvedCredentials resolved = resolver.resolveDefault();
    QVERIFY2(resolved.isValid(), qPrintable(resolved.error.message()));
    QCOMPARE(resolved.endpointUrl, endpoint);
    QCOMPARE(resolved.stsEndpointUrl, stsEndpoint);
    QCOMPARE(resolved.region, QStringLiteral("us-east-1"));
}

// AWS_CA_BUNDLE, then the profile's ca_bundle (with ~ for the home folder); a bundle that is set
// but unusable stops the profile, naming the file and where the setting came from; the client
// gets what was found.
void TestCredentialsChain::shouldFindTheCaBundleAsTheCliDoes()
{
    const QString pem = QFINDTESTDATA("../data/tls/test-ca.pem");
    QVERIFY(!pem.isEmpty());
    const QList<QSslCertificate> expected = QSslCertificate::fromPath(pem);
    QCOMPARE(expected.size(), 1);
    QTemporaryDir home;
    QVERIFY(QFile::copy(pem, home.filePath(QStringLiteral("company-ca.pem"))));
    QFile empty(home.filePath(QStringLiteral("empty.pem")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile config(home.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile bundled]\naws_access_key_id = AKIDBUNDLE\naws_secret_access_key = bundle-secret\n"
                 "ca_bundle = ~/company-ca.pem\n"
                 "[profile broken]\naws_access_key_id = AKIDBROKEN\naws_secret_access_key = broken-secret\n"
                 "ca_bundle = ~/missing.pem\n"
                 "[profile plain]\naws_access_key_id = AKIDPLAIN\naws_secret_access_key = plain-secret\n");
    config.close();
    const QString savedHome = qEnvironmentVariable("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    auto restore = qScopeGuard([&] { qputenv("HOME", QFile::encodeName(savedHome)); });
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.filePath(QStringLiteral("none")));

    ResolvedCredentials resolved = resolverFor(env, nullptr).resolveProfile(QStringLiteral("bundled"));
    QVERIFY2(resolved.isValid(), qPrintable(resolved.error.message()));
    QCOMPARE(resolved.caBundlePath, home.filePath(QStringLiteral("company-ca.pem")));
    QCOMPARE(resolved.caBundle, expected);
    resolved = resolverFor(env, nullptr).resolveProfile(QStringLiteral("plain"));
    QVERIFY(resolved.isValid());
    QVERIFY(resolved.caBundle.isEmpty());

    resolved = resolverFor(env, nullptr).resolveProfile(QStringLiteral("broken"));
    QVERIFY(!resolved.isValid());
    QVERIFY2(resolved.error.message().contains(home.filePath(QStringLiteral("missing.pem")))
                 && resolved.error.message().contains(QLatin1String("ca_bundle of profile broken")),
             qPrintable(resolved.error.message()));

    // The variable wins over the setting, for any profile; an empty file is refused.
    env.insert(QStringLiteral("AWS_CA_BUNDLE"), empty.fileName());
    resolved = resolverFor(env, nullptr).resolveProfile(QStringLiteral("bundled"));
    QVERIFY(!resolved.isValid());
    QVERIFY2(resolved.error.message().contains(QLatin1String("AWS_CA_BUNDLE")), qPrintable(resolved.error.message()));
    env.insert(QStringLiteral("AWS_CA_BUNDLE"), pem);
    resolved = resolverFor(env, nullptr).resolveProfile(QStringLiteral("broken"));
    QVERIFY2(resolved.isValid(), qPrintable(resolved.error.message()));
    QCOMPARE(resolved.caBundle, expected);

    // Through the profile manager into the client, and back to the system's store without it.
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    ProfileManager manager(nullptr, nullptr, &settings);
    manager.setEnvironment(env);
    manager.reload();
    QSignalSpy activated(&manager, &ProfileManager::activated);
    manager.activate(ProfileManager::sharedId(QStringLiteral("plain")));
    QVERIFY(activated.wait());
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    ProfileManager::applyTo(manager.active(), &client);
    QCOMPARE(client.caBundle(), expected);
    ProfileManager::applyTo(ActiveProfile{}, &client);
    QVERIFY(client.caBundle().isEmpty());
}

void TestCredentialsChain::shouldUseEnvironmentAsCredentialSource()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("config")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[profile envrole]\nrole_arn = arn:aws:iam::111122223333:role/R\ncredential_source = Environment\n");
    f.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), f.fileName());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENVSOURCE"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env-source-secret"));
    QNetworkAccessManager network;
    const CredentialsResolver resolver = resolverFor(env, &network);
    const ResolvedCredentials resolved = resolver.resolveProfile(QStringLiteral("envrole"));
    QVERIFY2(resolved.isValid(), qPrintable(resolved.error.message()));
    auto *role = dynamic_cast<AssumeRoleProvider *>(resolved.provider.get());
    QVERIFY(role);
    QCOMPARE(role->source()->credentials().accessKeyId, QStringLiteral("AKIDENVSOURCE"));
}

void TestCredentialsChain::shouldNameTheUnusableFileInsteadOfAMissingProfile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("credentialsFile");   // which of the two is unusable
    const QList<std::pair<QString, QString>> kinds{
        {QStringLiteral("fifo"), QStringLiteral("named pipe (FIFO)")}, {QStringLiteral("folder"), QStringLiteral("a folder")},
        {QStringLiteral("unreadable"), QStringLiteral("cannot be read")}, {QStringLiteral("huge"), QStringLiteral("20 MB")},
        {QStringLiteral("utf16le-bom"), QStringLiteral("UTF-16")}, {QStringLiteral("binary"), QStringLiteral("NUL byte")}};
    for (const auto &[kind, says] : kinds) {
        QTest::addRow("config: %s", qPrintable(kind)) << kind << says << false;
        QTest::addRow("credentials: %s", qPrintable(kind)) << kind << says << true;
    }
}

void TestCredentialsChain::shouldNameTheUnusableFileInsteadOfAMissingProfile()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QFETCH(bool, credentialsFile);
    if (kind == QLatin1String("unreadable") && test::readsEveryFile())
        QSKIP("running as root, which reads a file of mode 000");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(credentialsFile ? QStringLiteral("credentials") : QStringLiteral("config"));
    const QString made = test::makeUnusableSharedFile(kind, bad);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    // The other file is fine: it has [profile dev] without keys (they were in the credentials
    // file), or [other] with keys.
    const QString good = dir.filePath(credentialsFile ? QStringLiteral("config") : QStringLiteral("credentials"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(credentialsFile ? "[profile dev]\nregion = us-east-1\n"
                                   : "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = other-secret\n");
    goodFile.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), dir.filePath(QStringLiteral("credentials")));

    QElapsedTimer timer;
    timer.start();
    const CredentialsResolver resolver = resolverFor(env, nullptr);
    auto check = [&](const ResolvedCredentials &resolved, const char *what) {
        const QString message = resolved.error.userMessage();
        QVERIFY2(!resolved.isValid(), what);
        QVERIFY2(message.contains(bad) && message.contains(says), qPrintable(QLatin1String(what) + u' ' + message));
        QVERIFY2(!message.contains(QLatin1String("neither")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("other-secret")), what);
    };
    check(resolver.resolveProfile(QStringLiteral("dev")), "the profile that is in the unusable file:");
    check(resolver.resolveProfile(QStringLiteral("typo")), "a profile that is nowhere:");
    check(resolver.resolveDefault(), "the default chain:");

    // The app's start with --profile dev says the same.
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    ProfileManager manager(nullptr, nullptr, &settings);
    manager.setEnvironment(env);
    manager.setCommandLine(QStringLiteral("dev"), {}, {});
    manager.reload();
    QSignalSpy failed(&manager, &ProfileManager::activationFailed);
    manager.activateInitial();
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().at(1).value<AwsError>().userMessage();
    QVERIFY2(message.contains(bad) && message.contains(says), qPrintable(message));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestCredentialsChain::shouldListProfilesWithOrigin()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    MemorySecretStore secrets;
    AppProfileStore store(&secrets, &settings);
    ProfileManager manager(nullptr, &store, &settings);
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env-secret"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), fixture(QStringLiteral("chain.config")));
    manager.setEnvironment(env);

    AppProfileJob *save = store.save({QStringLiteral("mine"), QStringLiteral("AKIDAPP"), QStringLiteral("us-west-2"), {}, false},
                                     kAppSecret, std::nullopt);
    QSignalSpy saved(save, &AppProfileJob::finished);
    QVERIFY(saved.wait());
    manager.reload();
    const QList<ProfileEntry> entries = manager.profiles();
    QVERIFY(entries.size() >= 4);
    QCOMPARE(entries.first().id, ProfileManager::environmentId());
    QCOMPARE(entries.first().origin, ProfileEntry::Origin::Environment);
    QCOMPARE(manager.entry(QStringLiteral("shared:base")).originText, QStringLiteral("AWS config and credentials files"));
    QCOMPARE(manager.entry(QStringLiteral("shared:credsonly")).originText, QStringLiteral("AWS credentials file"));
    QCOMPARE(manager.entry(QStringLiteral("app:mine")).origin, ProfileEntry::Origin::App);
    QCOMPARE(manager.entry(QStringLiteral("app:mine")).region, QStringLiteral("us-west-2"));
    QVERIFY(manager.entry(QStringLiteral("shared:ignored-section")).id.isEmpty());
    QCOMPARE(manager.initialProfileId(), ProfileManager::environmentId());

    env.insert(QStringLiteral("AWS_CONFIG_FILE"), fixture(QStringLiteral("unsupported.config")));
    manager.setEnvironment(env);
    manager.reload();
    // IAM Identity Center profiles are usable; web identity is not.
    QCOMPARE(manager.entry(QStringLiteral("shared:sso")).problem, QString());
    QVERIFY(manager.entry(QStringLiteral("shared:webid")).problem.contains(QLatin1String("web_identity_token_file")));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), fixture(QStringLiteral("sso.config")));
    manager.setEnvironment(env);
    manager.reload();
    QCOMPARE(manager.entry(QStringLiteral("shared:legacy")).problem, QString());
    QVERIFY(manager.entry(QStringLiteral("shared:no-session-section")).problem.contains(QLatin1String("[sso-session missing]")));

    QSignalSpy removed(store.remove(QStringLiteral("mine")), &AppProfileJob::finished);
    QVERIFY(removed.wait());
}

void TestCredentialsChain::shouldQuoteTheProfileInCopiedCommands()
{
    // botocore reads "[profile team lead]" as the profile "team lead": a copied command must pass
    // it to the shell as one word.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString credentials = dir.filePath(QStringLiteral("credentials"));
    QVERIFY(writeFile(config, "[profile team lead]\nregion = us-west-2\n"));
    QVERIFY(writeFile(credentials, "[team lead]\naws_access_key_id = AKIDTEAMLEAD\n"
                                         "aws_secret_access_key = credsonly-secret-value\n"));
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    ProfileManager manager(nullptr, nullptr, &settings);
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials);
    manager.setEnvironment(env);
    manager.reload();
    QSignalSpy activated(&manager, &ProfileManager::activated);
    manager.activate(ProfileManager::sharedId(QStringLiteral("team lead")));
    QVERIFY(activated.wait());
    QCOMPARE(manager.active().region, QStringLiteral("us-west-2"));
    QCOMPARE(manager.active().cliProfile, QStringLiteral("--profile 'team lead'"));
}

void TestCredentialsChain::shouldActivateSharedProfileAndApplyToClient()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    ProfileManager manager(nullptr, nullptr, &settings);
    manager.setEnvironment(baseEnvironment());
    manager.reload();
    QSignalSpy activated(&manager, &ProfileManager::activated);
    QSignalSpy failed(&manager, &ProfileManager::activationFailed);
    manager.activate(ProfileManager::sharedId(QStringLiteral("credsonly")));
    QVERIFY(manager.isActivating());
    QVERIFY(activated.wait());
    QVERIFY(failed.isEmpty());
    const ActiveProfile active = manager.active();
    QCOMPARE(active.name, QStringLiteral("credsonly"));
    QCOMPARE(active.cliProfile, QStringLiteral("--profile credsonly"));
    QVERIFY(active.cliNote.isEmpty());   // the AWS CLI knows it
    QVERIFY2(active.provider->credentials().sessionToken == "credsonly-session-token", "the session token was not read");

    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    ProfileManager::applyTo(active, &client);
    QCOMPARE(client.credentialsProvider(), active.provider);
    QCOMPARE(client.region(), active.region);

    // The latest activation wins; a failure is reported, not thrown.
    manager.activate(ProfileManager::sharedId(QStringLiteral("half")));
    QVERIFY(failed.wait());
    QCOMPARE(failed.last().at(0).toString(), QStringLiteral("shared:half"));
}

void TestCredentialsChain::shouldActivateAppProfileFromSecretStore()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    MemorySecretStore secrets;
    AppProfileStore store(&secrets, &settings);
    ProfileManager manager(nullptr, &store, &settings);
    manager.setEnvironment(baseEnvironment());
    QSignalSpy saved(store.save({QStringLiteral("app1"), QStringLiteral("AKIDAPP1"), QStringLiteral("eu-west-1"),
                                 QStringLiteral("http://127.0.0.1:9999"), false},
                                kAppSecret, kAppToken),
                     &AppProfileJob::finished);
    QVERIFY(saved.wait());
    QVERIFY(secrets.contains(AppProfileStore::secretKey(QStringLiteral("app1"))));
    QVERIFY(secrets.contains(AppProfileStore::sessionTokenKey(QStringLiteral("app1"))));
    manager.reload();
    QSignalSpy activated(&manager, &ProfileManager::activated);
    manager.activate(ProfileManager::appId(QStringLiteral("app1")));
    QVERIFY(activated.wait());
    const ActiveProfile active = manager.active();
    const AwsCredentials c = active.provider->credentials();
    QCOMPARE(c.accessKeyId, QStringLiteral("AKIDAPP1"));
    QVERIFY2(c.secretAccessKey == kAppSecret, "the secret did not come back from the store");
    QVERIFY2(c.sessionToken == kAppToken, "the session token did not come back from the store");
    QCOMPARE(active.region, QStringLiteral("eu-west-1"));
    QCOMPARE(active.endpointUrl, QStringLiteral("http://127.0.0.1:9999"));
    QCOMPARE(active.stsEndpointUrl, QStringLiteral("http://127.0.0.1:9999"));
    // The AWS CLI does not know the profile: copied commands name it and say so in a comment.
    QCOMPARE(active.cliProfile, QStringLiteral("--profile app1"));
    const QStringList note = active.cliNote.split(u'\n');
    QCOMPARE(note.size(), 2);
    for (const QString &line : note)
        QVERIFY2(line.startsWith(QLatin1String("# ")), qPrintable(line));
    QVERIFY2(note.first().contains(QLatin1String("does not know profile app1")), qPrintable(note.first()));
    QVERIFY2(note.last().endsWith(QLatin1String("aws configure --profile app1")), qPrintable(note.last()));
    QSignalSpy removed(store.remove(QStringLiteral("app1")), &AppProfileJob::finished);
    QVERIFY(removed.wait());
}

void TestCredentialsChain::shouldRememberLastProfileAndRegionButNoSecret()
{
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        ProfileManager manager(nullptr, nullptr, &settings);
        manager.setEnvironment(baseEnvironment());
        manager.reload();
        QSignalSpy activated(&manager, &ProfileManager::activated);
        manager.activate(ProfileManager::sharedId(QStringLiteral("base")));
        QVERIFY(activated.wait());
        manager.rememberRegion(QStringLiteral("ap-northeast-1"));
    }
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    ProfileManager manager(nullptr, nullptr, &settings);
    manager.setEnvironment(baseEnvironment());
    manager.reload();
    QCOMPARE(manager.initialProfileId(), QStringLiteral("shared:base"));
    QSignalSpy activated(&manager, &ProfileManager::activated);
    manager.activateInitial();
    QVERIFY(activated.wait());
    QCOMPARE(manager.active().region, QStringLiteral("ap-northeast-1"));
    // --region still wins over what was remembered.
    manager.setCommandLine({}, QStringLiteral("us-east-2"), {});
    manager.activate(QStringLiteral("shared:base"));
    QVERIFY(activated.wait());
    QCOMPARE(manager.active().region, QStringLiteral("us-east-2"));

    QFile f(m_settingsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.contains("shared:base"));
    QVERIFY2(!content.contains("base-secret-value"), "a shared-file secret was copied into the settings");
}

void TestCredentialsChain::shouldReportKeychainUnavailableAndKeepSecretForThisRun()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    MemorySecretStore secrets;
    secrets.setBehaviour(MemorySecretStore::Behaviour::Unavailable);
    AppProfileStore store(&secrets, &settings);
    QSignalSpy availability(&store, &AppProfileStore::keychainAvailabilityChanged);
    AppProfileJob *save = store.save({QStringLiteral("nokeychain"), QStringLiteral("AKIDNOKC"), QStringLiteral("us-east-1"), {}, false},
                                     kAppSecret, std::nullopt);
    QSignalSpy saved(save, &AppProfileJob::finished);
    QVERIFY(saved.wait());
    const auto *job = saved.first().at(0).value<AppProfileJob *>();
    Q_UNUSED(job);
    QVERIFY(!store.isKeychainAvailable());
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.first().at(0).toBool(), false);
    QVERIFY(store.contains(QStringLiteral("nokeychain")));
    QVERIFY(secrets.keys().isEmpty());

    // Usable for this run.
    ProfileManager manager(nullptr, &store, &settings);
    manager.setEnvironment(baseEnvironment());
    manager.reload();
    QSignalSpy activated(&manager, &ProfileManager::activated);
    manager.activate(ProfileManager::appId(QStringLiteral("nokeychain")));
    QVERIFY(activated.wait());
    QVERIFY2(manager.active().provider->credentials().secretAccessKey == kAppSecret, "the secret was not kept for this run");

    // A new run (a fresh store) has no secret: the read says the keychain is unavailable.
    AppProfileStore nextRun(&secrets, &settings);
    QSignalSpy loaded(nextRun.loadCredentials(QStringLiteral("nokeychain")), &AppProfileJob::finished);
    QVERIFY(loaded.wait());
    QVERIFY(!nextRun.isKeychainAvailable());

    QSignalSpy removed(store.remove(QStringLiteral("nokeychain")), &AppProfileJob::finished);
    QVERIFY(removed.wait());
    QVERIFY(!store.contains(QStringLiteral("nokeychain")));
}

void TestCredentialsChain::shouldTreatHungKeychainAsUnavailable()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    MemorySecretStore secrets;
    secrets.setBehaviour(MemorySecretStore::Behaviour::Hang);
    secrets.setTimeoutMs(300);
    AppProfileStore store(&secrets, &settings);
    QElapsedTimer timer;
    timer.start();
    QSignalSpy saved(store.save({QStringLiteral("hung"), QStringLiteral("AKIDHUNG"), {}, {}, false}, kAppSecret, std::nullopt),
                     &AppProfileJob::finished);
    QVERIFY(saved.wait(2000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!store.isKeychainAvailable());
    QVERIFY(store.keychainMessage().contains(QLatin1String("did not answer")));
    QSignalSpy removed(store.remove(QStringLiteral("hung")), &AppProfileJob::finished);
    QVERIFY(removed.wait());
}

void TestCredentialsChain::shouldRemoveKeychainEntriesWithProfile()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    MemorySecretStore secrets;
    AppProfileStore store(&secrets, &settings);
    QSignalSpy saved(store.save({QStringLiteral("gone"), QStringLiteral("AKIDGONE"), {}, {}, false}, kAppSecret, kAppToken),
                     &AppProfileJob::finished);
    QVERIFY(saved.wait());
    QCOMPARE(secrets.keys().size(), 2);
    QSignalSpy removed(store.remove(QStringLiteral("gone")), &AppProfileJob::finished);
    QVERIFY(removed.wait());
    QVERIFY(secrets.keys().isEmpty());
    QVERIFY(!store.contains(QStringLiteral("gone")));
}

void TestCredentialsChain::shouldRenameProfileAndMoveSecrets()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    MemorySecretStore secrets;
    AppProfileStore store(&secrets, &settings);
    QSignalSpy saved(store.save({QStringLiteral("old"), QStringLiteral("AKIDOLD"), {}, {}, false}, kAppSecret, kAppToken),
                     &AppProfileJob::finished);
    QVERIFY(saved.wait());
    // Rename without retyping the secret: it moves along.
    QSignalSpy renamed(store.save({QStringLiteral("new"), QStringLiteral("AKIDOLD"), QStringLiteral("eu-west-1"), {}, false},
                                  std::nullopt, std::nullopt, QStringLiteral("old")),
                       &AppProfileJob::finished);
    QVERIFY(renamed.wait());
    QVERIFY(!store.contains(QStringLiteral("old")));
    QVERIFY(store.contains(QStringLiteral("new")));
    QCOMPARE(secrets.keys().size(), 2);
    QVERIFY(secrets.contains(AppProfileStore::secretKey(QStringLiteral("new"))));
    QSignalSpy loaded(store.loadCredentials(QStringLiteral("new")), &AppProfileJob::finished);
    QVERIFY(loaded.wait());
    AwsCredentials c = loaded.first().at(0).value<AppProfileJob *>()->takeCredentials();
    QVERIFY2(c.secretAccessKey == kAppSecret && c.sessionToken == kAppToken, "the secrets did not move with the profile");
    QSignalSpy removed(store.remove(QStringLiteral("new")), &AppProfileJob::finished);
    QVERIFY(removed.wait());
}

void TestCredentialsChain::shouldNotLeakSecretsIntoWrittenFiles()
{
    // The settings file exists and was written by the tests above.
    QVERIFY(QFile::exists(m_settingsPath));
    QVERIFY(filesContaining(m_home.path(), {kAppSecret, kAppToken}).isEmpty());
    // The check itself works.
    QFile marker(m_home.filePath(QStringLiteral("probe")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("xx" + kAppSecret + "xx");
    marker.close();
    QCOMPARE(filesContaining(m_home.path(), {kAppSecret}).size(), 1);
    QVERIFY(marker.remove());
}

QTEST_GUILESS_MAIN(TestCredentialsChain)
#include "tst_credentialschain.moc"
