// STS AssumeRole over real HTTP against the sandbox: a role profile (role_arn + source_profile)
// signed with the source profile's keys, external_id, duration_seconds, role_session_name,
// mfa_serial through the prompt seam; the temporary credentials then work for requests.
#include "api/codeartifactclient.h"
#include "api/getcalleridentityjob.h"
#include "credentials/assumeroleprovider.h"
#include "credentials/mfaprompt.h"
#include "credentials/profilemanager.h"
#include "credentialtestsandbox.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

using namespace desk;

class TestCredentialAssumeRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldAssumeRoleWithSourceProfileAndUseTemporaryCredentials();
    void shouldAskForMfaCodeThroughPrompt();
    void shouldReportCancelledMfa();
    void shouldFailAtOnceWhenNoOneCanTypeTheCode();
    void shouldReportRejectedSourceCredentials();
    void shouldNameStsWhenItsEndpointCannotBeReached();
    void shouldFetchNewSetOnRefresh();

private:
    ActiveProfile activate(ProfileManager &manager, const QString &id, AwsError *failure = nullptr);
    CallerIdentity whoAmI(const ActiveProfile &profile);

    test::CredentialTestSandbox m_sandbox;
    QTemporaryDir m_dir;
    QString m_closedEndpoint;   // nothing listens there
    QProcessEnvironment m_env;
    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;
};

void TestCredentialAssumeRole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(test::CredentialTestSandbox::program()), qPrintable(test::CredentialTestSandbox::program()));
    const QUrl url = m_sandbox.start();
    QVERIFY2(url.isValid(), "the sandbox did not print its listening line");
    const QByteArray endpoint = url.toString().toUtf8();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    m_closedEndpoint = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();

    QFile config(m_dir.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile base]\nregion = us-east-1\nendpoint_url = " + endpoint + "\n\n"
                 "[profile role]\n"
                 "role_arn = arn:aws:iam::111122223333:role/DeskAdmin\n"
                 "source_profile = base\n"
                 "role_session_name = desk-test\n"
                 "external_id = ext-123456\n"
                 "duration_seconds = 900\n"
                 "region = us-east-1\n"
                 "endpoint_url = " + endpoint + "\n\n"
                 "[profile mfa-role]\n"
                 "role_arn = arn:aws:iam::111122223333:role/DeskMfa\n"
                 "source_profile = base\n"
                 "mfa_serial = arn:aws:iam::111122223333:mfa/admin\n"
                 "region = us-east-1\n"
                 "endpoint_url = " + endpoint + "\n\n"
                 "[profile bad-role]\n"
                 "role_arn = arn:aws:iam::111122223333:role/DeskAdmin\n"
                 "source_profile = wrongkeys\n"
                 "region = us-east-1\n"
                 "endpoint_url = " + endpoint + "\n\n"
                 "[profile sts-down]\n"
                 "role_arn = arn:aws:iam::111122223333:role/DeskAdmin\n"
                 "source_profile = base\n"
                 "region = us-east-1\n"
                 "services = sts-down\n\n"
                 "[services sts-down]\n"
                 "codeartifact =\n  endpoint_url = " + endpoint + "\n"
                 "sts =\n  endpoint_url = " + m_closedEndpoint.toUtf8() + "\n");
    config.close();
    QFile credentials(m_dir.filePath(QStringLiteral("credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[base]\naws_access_key_id = " + test::CredentialTestSandbox::accessKeyId().toUtf8()
                      + "\naws_secret_access_key = " + test::CredentialTestSandbox::secretAccessKey() + "\n"
                      "[wrongkeys]\naws_access_key_id = AKIDWRONGWRONG\naws_secret_access_key = not-the-sandbox-secret\n");
    credentials.close();
    m_env.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    m_env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials.fileName());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ArtifactDesk.ini")), QSettings::IniFormat);
}

ActiveProfile TestCredentialAssumeRole::activate(ProfileManager &manager, const QString &id, AwsError *failure)
{
    QSignalSpy activated(&manager, &ProfileManager::activated);
    QSignalSpy failed(&manager, &ProfileManager::activationFailed);
    manager.activate(id);
    QDeadlineTimer deadline(20000);
    while (activated.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    if (failure && !failed.isEmpty())
        *failure = failed.first().at(1).value<AwsError>();
    return activated.isEmpty() ? ActiveProfile() : manager.active();
}

CallerIdentity TestCredentialAssumeRole::whoAmI(const ActiveProfile &profile)
{
    CodeArtifactClient client(&m_network);
    client.setEnvironment(m_env);
    ProfileManager::applyTo(profile, &client);
    auto *job = new GetCallerIdentityJob(&client);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &AwsJob::finished);
    job->start();
    if (!finished.wait(20000))
        return {};
    const CallerIdentity identity = job->error() ? CallerIdentity() : job->identity();
    if (job->error())
        qWarning() << "GetCallerIdentity failed:" << job->error().userMessage();
    delete job;
    return identity;
}

void TestCredentialAssumeRole::shouldAssumeRoleWithSourceProfileAndUseTemporaryCredentials()
{
    ProfileManager manager(&m_network, nullptr, m_settings.get());
    manager.setEnvironment(m_env);
    manager.reload();
    AwsError failure;
    const ActiveProfile active = activate(manager, ProfileManager::sharedId(QStringLiteral("role")), &failure);
    QVERIFY2(active.isValid(), qPrintable(failure.userMessage()));
    const AwsCredentials c = active.provider->credentials();
    QVERIFY(c.accessKeyId.startsWith(QLatin1String("ASIA")));
    QVERIFY(!c.sessionToken.isEmpty());
    QVERIFY(c.expiration.isValid());
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(c.expiration);
    QVERIFY2(left > 800 && left <= 900, qPrintable(QString::number(left)));   // duration_seconds = 900
    QCOMPARE(active.cliProfile, QStringLiteral("--profile role"));

    // The temporary credentials (with their session token) are accepted by the service.
    const CallerIdentity identity = whoAmI(active);
    QCOMPARE(identity.arn, QStringLiteral("arn:aws:sts::111122223333:assumed-role/DeskAdmin/desk-test"));
    QCOMPARE(identity.account, QStringLiteral("111122223333"));
    auto *role = dynamic_cast<AssumeRoleProvider *>(active.provider.get());
    QVERIFY(role);
    QCOMPARE(role->assumedRoleArn(), identity.arn);
}

void TestCredentialAssumeRole::shouldAskForMfaCodeThroughPrompt()
{
    QString askedSerial;
    FunctionMfaPrompt prompt([&askedSerial](const QString &, const QString &serial) {
        askedSerial = serial;
        return QStringLiteral("123456");
    });
    ProfileManager manager(&m_network, nullptr, m_settings.get());
    manager.setEnvironment(m_env);
    manager.setMfaPrompt(&prompt);
    manager.reload();
    AwsError failure;
    const ActiveProfile active = activate(manager, ProfileManager::sharedId(QStringLiteral("mfa-role")), &failure);
    QVERIFY2(active.isValid(), qPrintable(failure.userMessage()));
    QCOMPARE(prompt.requests(), 1);
    QCOMPARE(askedSerial, QStringLiteral("arn:aws:iam::111122223333:mfa/admin"));
    QVERIFY(whoAmI(active).arn.startsWith(QLatin1String("arn:aws:sts::111122223333:assumed-role/DeskMfa/")));
}

void TestCredentialAssumeRole::shouldReportCancelledMfa()
{
    FunctionMfaPrompt prompt([](const QString &, const QString &) { return QString(); });
    ProfileManager manager(&m_network, nullptr, m_settings.get());
    manager.setEnvironment(m_env);
    manager.setMfaPrompt(&prompt);
    manager.reload();
    AwsError failure;
    const ActiveProfile active = activate(manager, ProfileManager::sharedId(QStringLiteral("mfa-role")), &failure);
    QVERIFY(!active.isValid());
    QCOMPARE(failure.kind(), AwsError::Kind::Cancelled);
    QVERIFY2(failure.message().contains(QLatin1String("MFA")), qPrintable(failure.message()));
}

void TestCredentialAssumeRole::shouldFailAtOnceWhenNoOneCanTypeTheCode()
{
    UnanswerableMfaPrompt prompt(QStringLiteral("a run with --screenshot cannot ask for one."));
    ProfileManager manager(&m_network, nullptr, m_settings.get());
    manager.setEnvironment(m_env);
    manager.setMfaPrompt(&prompt);
    manager.reload();
    AwsError failure;
    QElapsedTimer timer;
    timer.start();
    const ActiveProfile active = activate(manager, ProfileManager::sharedId(QStringLiteral("mfa-role")), &failure);
    QVERIFY(!active.isValid());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(failure.kind(), AwsError::Kind::Configuration);
    QCOMPARE(failure.userMessage(), QStringLiteral("Profile mfa-role needs an MFA code (mfa_serial), and a run with "
                                                   "--screenshot cannot ask for one."));
}

void TestCredentialAssumeRole::shouldReportRejectedSourceCredentials()
{
    ProfileManager manager(&m_network, nullptr, m_settings.get());
    manager.setEnvironment(m_env);
    manager.reload();
    AwsError failure;
    const ActiveProfile active = activate(manager, ProfileManager::sharedId(QStringLiteral("bad-role")), &failure);
    QVERIFY(!active.isValid());
    QCOMPARE(failure.kind(), AwsError::Kind::Authentication);
    QVERIFY2(failure.message().contains(QLatin1String("arn:aws:iam::111122223333:role/DeskAdmin")), qPrintable(failure.message()));
    QVERIFY2(!failure.details().contains(QLatin1String("not-the-sandbox-secret")), "the error repeats a secret");
}

void TestCredentialAssumeRole::shouldNameStsWhenItsEndpointCannotBeReached()
{
    ProfileManager manager(&m_network, nullptr, m_settings.get());
    manager.setEnvironment(m_env);
    manager.reload();
    AwsError failure;
    const ActiveProfile active = activate(manager, ProfileManager::sharedId(QStringLiteral("sts-down")), &failure);
    QVERIFY(!active.isValid());
    QCOMPARE(failure.kind(), AwsError::Kind::Network);
    const QString message = failure.userMessage();
    // STS, where it was looked for and for which role: CodeArtifact was never asked, and the
    // sentence is said once.
    QVERIFY2(message.startsWith(QStringLiteral("Could not reach the STS endpoint ") + m_closedEndpoint), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("arn:aws:iam::111122223333:role/DeskAdmin")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("CodeArtifact")), qPrintable(message));
    QCOMPARE(message.count(QLatin1String("Could not reach")), 1);
}

void TestCredentialAssumeRole::shouldFetchNewSetOnRefresh()
{
    ProfileManager manager(&m_network, nullptr, m_settings.get());
    manager.setEnvironment(m_env);
    manager.reload();
    const ActiveProfile active = activate(manager, ProfileManager::sharedId(QStringLiteral("role")));
    QVERIFY(active.isValid());
    auto *role = dynamic_cast<AssumeRoleProvider *>(active.provider.get());
    QVERIFY(role);
    const QString first = role->credentials().accessKeyId;
    QSignalSpy refreshed(role, &RefreshingCredentialsProvider::refreshed);
    role->refresh();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(role->credentials().accessKeyId != first);
    QVERIFY(!whoAmI(active).arn.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialAssumeRole)
#include "tst_credentialassumerole.moc"
