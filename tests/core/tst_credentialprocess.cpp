// credential_process: scripts that succeed, fail, hang, print bad JSON, and expire.
#include "credentials/credentialprocessprovider.h"
#include "credentials/credentialsresolver.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace desk;

class TestCredentialProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldReadCredentialsFromSucceedingScript();
    void shouldReportFailingScriptWithExitCodeAndMessage();
    void shouldStopHangingScriptAtTimeout();
    void shouldStopEveryProcessTheScriptStarted();
    void shouldSayWhatTheProcessDidInTheHeadline();
    void shouldRejectBadJsonWithoutEchoingIt_data();
    void shouldRejectBadJsonWithoutEchoingIt();
    void shouldNotEchoAVersionThatIsNotANumber_data();
    void shouldNotEchoAVersionThatIsNotANumber();
    void shouldRejectAlreadyExpiredCredentials();
    void shouldRefreshBeforeExpiration();
    void shouldReportMissingProgram();
    void shouldRunCommandWithQuotedPathWithoutShell();
    void shouldBeChosenByResolverForProfile();

private:
    QString script(const QString &name) const
    {
        return QFINDTESTDATA("../data/aws-config") + QStringLiteral("/process/") + name;
    }
    // Runs one fetch and waits for its end.
    static bool fetchOnce(CredentialProcessProvider &provider, int timeoutMs = 10000)
    {
        QSignalSpy ok(&provider, &RefreshingCredentialsProvider::refreshed);
        QSignalSpy failed(&provider, &RefreshingCredentialsProvider::refreshFailed);
        provider.refresh();
        QDeadlineTimer deadline(timeoutMs);
        while (ok.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        return !ok.isEmpty();
    }
    QTemporaryDir m_dir;
};

void TestCredentialProcess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(script(QStringLiteral("succeed.sh"))).isExecutable());
}

void TestCredentialProcess::shouldReadCredentialsFromSucceedingScript()
{
    CredentialProcessProvider provider(QStringLiteral("proc"), script(QStringLiteral("succeed.sh")));
    QVERIFY(fetchOnce(provider));
    const AwsCredentials c = provider.credentials();
    QCOMPARE(c.accessKeyId, QStringLiteral("AKIDPROCESS"));
    QVERIFY2(c.secretAccessKey == "process-secret-value", "the secret access key was not read");
    QVERIFY2(c.sessionToken == "process-session-token", "the session token was not read");
    QVERIFY(!c.expiration.isValid());
    QVERIFY(c.source.contains(QLatin1String("proc")));
}

void TestCredentialProcess::shouldReportFailingScriptWithExitCodeAndMessage()
{
    CredentialProcessProvider provider(QStringLiteral("proc"), script(QStringLiteral("fail.sh")));
    QVERIFY(!fetchOnce(provider));
    const QString message = provider.lastError().message();
    QVERIFY2(message.contains(QLatin1String("exit code 3")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("corp-login")), qPrintable(message));
    QVERIFY(!provider.credentials().isValid());
}

void TestCredentialProcess::shouldStopHangingScriptAtTimeout()
{
    CredentialProcessProvider provider(QStringLiteral("proc"), script(QStringLiteral("hang.sh")));
    provider.setTimeoutMs(500);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!fetchOnce(provider));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(provider.lastError().kind(), AwsError::Kind::Timeout);
    QVERIFY(provider.lastError().message().contains(QLatin1String("0.5 seconds")));
}

void TestCredentialProcess::shouldStopEveryProcessTheScriptStarted()
{
#ifdef Q_OS_UNIX
    const QString pidFile = m_dir.filePath(QStringLiteral("child.pid"));
    CredentialProcessProvider provider(QStringLiteral("proc"), script(QStringLiteral("hang-with-child.sh")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESK_CHILD_PID_FILE"), pidFile);
    provider.setEnvironment(env);
    provider.setTimeoutMs(1000);
    QVERIFY(!fetchOnce(provider));
    QCOMPARE(provider.lastError().kind(), AwsError::Kind::Timeout);
    QFile file(pidFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), "the script did not start its child");
    const pid_t child = pid_t(file.readAll().trimmed().toLongLong());
    QVERIFY(child > 0);
    // Gone (or a zombie of init's, about to be): kill(pid, 0) fails, or /proc says Z.
    QTRY_VERIFY2_WITH_TIMEOUT(::kill(child, 0) != 0
                                  || QFile(QStringLiteral("/proc/%1/stat").arg(child)).open(QIODevice::ReadOnly) == false
                                  || [child] {
                                         QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
                                         return stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z ");
                                     }(),
                              qPrintable(QStringLiteral("the script's child %1 is still running").arg(child)), 3000);
#else
    QSKIP("process groups are a Unix thing");
#endif
}

void TestCredentialProcess::shouldSayWhatTheProcessDidInTheHeadline()
{
    // What a person reads first names the profile and what the process did, not the network.
    CredentialProcessProvider failing(QStringLiteral("proc"), script(QStringLiteral("fail.sh")));
    QVERIFY(!fetchOnce(failing));
    QString headline = failing.lastError().userMessage();
    for (const char *words : {"proc", "exit code 3", "corp-login"})
        QVERIFY2(headline.contains(QLatin1String(words)), qPrintable(headline));

    CredentialProcessProvider hanging(QStringLiteral("proc"), script(QStringLiteral("hang.sh")));
    hanging.setTimeoutMs(500);
    QVERIFY(!fetchOnce(hanging));
    headline = hanging.lastError().userMessage();
    QVERIFY2(headline.contains(QLatin1String("0.5 seconds")) && headline.contains(QLatin1String("proc")), qPrintable(headline));
    QVERIFY2(!headline.contains(QLatin1String("network")), qPrintable(headline));

    CredentialProcessProvider expired(QStringLiteral("proc"), script(QStringLiteral("expired.sh")));
    QVERIFY(!fetchOnce(expired));
    headline = expired.lastError().userMessage();
    QVERIFY2(headline.contains(QLatin1String("already expired")) && headline.contains(QLatin1String("proc")), qPrintable(headline));
    QVERIFY(!headline.contains(QLatin1String("expired-secret-value")));
}

void TestCredentialProcess::shouldRejectBadJsonWithoutEchoingIt_data()
{
    QTest::addColumn<QString>("scriptName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated JSON") << QStringLiteral("badjson.sh") << QStringLiteral("did not print a JSON object");
    QTest::newRow("Version 2") << QStringLiteral("version2.sh") << QStringLiteral("only version 1");
}

void TestCredentialProcess::shouldRejectBadJsonWithoutEchoingIt()
{
    QFETCH(QString, scriptName);
    QFETCH(QString, expected);
    CredentialProcessProvider provider(QStringLiteral("proc"), script(scriptName));
    QVERIFY(!fetchOnce(provider));
    const AwsError error = provider.lastError();
    QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    for (const QString &text : {error.message(), error.userMessage(), error.details()})
        QVERIFY2(!text.contains(QLatin1String("secret-value")), "the error repeats the process output");
}

void TestCredentialProcess::shouldNotEchoAVersionThatIsNotANumber_data()
{
    // Found by tests/fuzz/fuzz_credentialprocess: a string "Version" was repeated in the error.
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a secret as the version")
        << QByteArray(R"({"Version": "version-secret-value", "AccessKeyId": "AKIDV", "SecretAccessKey": "version-secret-value"})")
        << QStringLiteral("\"Version\": (not a number)");
    QTest::newRow("a list") << QByteArray(R"({"Version": ["version-secret-value"]})") << QStringLiteral("(not a number)");
    QTest::newRow("an object") << QByteArray(R"({"Version": {"v": "version-secret-value"}})") << QStringLiteral("(not a number)");
    QTest::newRow("a number is named") << QByteArray(R"({"Version": 2})") << QStringLiteral("\"Version\": 2;");
    QTest::newRow("missing") << QByteArray(R"({"AccessKeyId": "version-secret-value"})") << QStringLiteral("(missing)");
}

void TestCredentialProcess::shouldNotEchoAVersionThatIsNotANumber()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, expected);
    const CredentialProcessProvider::Parsed parsed = CredentialProcessProvider::parseOutput(output, QStringLiteral("proc"));
    QCOMPARE(parsed.error.kind(), AwsError::Kind::Configuration);
    QVERIFY(!parsed.credentials.isValid());
    QVERIFY2(parsed.error.message().contains(QLatin1String("only version 1")), qPrintable(parsed.error.message()));
    QVERIFY2(parsed.error.message().contains(expected), qPrintable(parsed.error.message()));
    for (const QString &text : {parsed.error.message(), parsed.error.userMessage(), parsed.error.details()})
        QVERIFY2(!text.contains(QLatin1String("secret-value")), "the error repeats the process output");
}

void TestCredentialProcess::shouldRejectAlreadyExpiredCredentials()
{
    CredentialProcessProvider provider(QStringLiteral("proc"), script(QStringLiteral("expired.sh")));
    QVERIFY(!fetchOnce(provider));
    QVERIFY2(provider.lastError().message().contains(QLatin1String("already expired")),
             qPrintable(provider.lastError().message()));
    QVERIFY(!provider.credentials().isValid());
}

void TestCredentialProcess::shouldRefreshBeforeExpiration()
{
    const QString counter = m_dir.filePath(QStringLiteral("expiring-runs"));
    QFile::remove(counter);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESK_PROCESS_COUNTER"), counter);
    // Expires 8 s after each run; with the default 15-minute margin the provider refreshes at half
    // the lifetime, so the client always holds a valid set.
    CredentialProcessProvider provider(QStringLiteral("proc"), script(QStringLiteral("expiring.sh")) + QStringLiteral(" 8"));
    provider.setEnvironment(env);
    QVERIFY(fetchOnce(provider));
    QCOMPARE(provider.credentials().accessKeyId, QStringLiteral("AKIDEXPIRING1"));
    QVERIFY(provider.expiration().isValid());
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(provider.expiration()) <= 8);
    // Without anyone asking, a second run happens before the first set expires.
    QTRY_COMPARE_WITH_TIMEOUT(provider.credentials().accessKeyId, QStringLiteral("AKIDEXPIRING2"), 9000);
    QVERIFY(provider.hasValidCredentials());
    QCOMPARE(provider.fetchCount(), 2);
}

void TestCredentialProcess::shouldReportMissingProgram()
{
    CredentialProcessProvider provider(QStringLiteral("proc"), QStringLiteral("/nonexistent/credential-helper --json"));
    QVERIFY(!fetchOnce(provider));
    QVERIFY2(provider.lastError().message().contains(QLatin1String("could not be started")),
             qPrintable(provider.lastError().message()));
}

void TestCredentialProcess::shouldRunCommandWithQuotedPathWithoutShell()
{
    const QString folder = m_dir.filePath(QStringLiteral("with space"));
    QVERIFY(QDir().mkpath(folder));
    const QString copy = folder + QStringLiteral("/succeed.sh");
    QFile::remove(copy);
    QVERIFY(QFile::copy(script(QStringLiteral("succeed.sh")), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ExeOwner));
    // No shell: "; touch" is an argument, not a second command.
    const QString marker = m_dir.filePath(QStringLiteral("injected"));
    CredentialProcessProvider provider(QStringLiteral("proc"), u'"' + copy + QStringLiteral("\" ; touch ") + marker);
    QVERIFY(fetchOnce(provider));
    QCOMPARE(provider.credentials().accessKeyId, QStringLiteral("AKIDPROCESS"));
    QVERIFY(!QFile::exists(marker));
}

void TestCredentialProcess::shouldBeChosenByResolverForProfile()
{
    const QString config = m_dir.filePath(QStringLiteral("config"));
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profile proc]\nregion = eu-west-1\ncredential_process = " + script(QStringLiteral("succeed.sh")).toUtf8() + "\n");
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("none")));
    CredentialsResolverOptions options;
    options.environment = env;
    CredentialsResolver resolver(SharedConfig::load(env), options);
    const ResolvedCredentials resolved = resolver.resolveProfile(QStringLiteral("proc"));
    QVERIFY2(!resolved.error, qPrintable(resolved.error.message()));
    auto *provider = dynamic_cast<CredentialProcessProvider *>(resolved.provider.get());
    QVERIFY(provider);
    QCOMPARE(resolved.region, QStringLiteral("eu-west-1"));
    QVERIFY(fetchOnce(*provider));
    QCOMPARE(resolved.provider->credentials().accessKeyId, QStringLiteral("AKIDPROCESS"));
}

QTEST_GUILESS_MAIN(TestCredentialProcess)
#include "tst_credentialprocess.moc"
