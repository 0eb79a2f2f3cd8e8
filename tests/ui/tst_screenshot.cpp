// artifact-desk --screenshot, as a user runs it: a PNG of the window, and the exit codes.

#include "testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>
#include <QTranslator>

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldSaveWindowOnSandboxAndExitZero();
    void shouldExitOneAndStillSaveWhenCodeArtifactFails();
    void shouldIgnoreFailedIdentityForExitCode();
    void shouldFailAtOnceForAProfileThatNeedsAnMfaCode();
    void shouldExitOneAndNameTheProfilesThereForAMistypedProfile();
    void shouldExitOneAtOnceWhenTheCredentialsFileIsAFifo();
    void shouldNotWaitForAnSsoSignInNobodyCanGive();
    void shouldPrintVersionAndHelp();
    void shouldExitOneWithoutHalfFileWhenPngCannotBeWritten();
    void shouldSayWhatIsMissingWithoutDisplay();
    void shouldFollowTheSystemLanguage_data();
    void shouldFollowTheSystemLanguage();
    void shouldRefuseALanguageWithoutTranslation();

private:
    QProcessEnvironment cleanEnvironment() const;
    // cleanEnvironment() with HOME at `home`, whose ~/.aws/config is `config` (and no other AWS file).
    QProcessEnvironment environmentWithConfig(const QTemporaryDir &home, const QByteArray &config) const;
    // No display and no platform chosen: a terminal over SSH, or CI.
    QProcessEnvironment headlessEnvironment() const;
    QString app() const { return desk::test::binDir() + QStringLiteral("/artifact-desk"); }
    QTemporaryDir m_dir;
};

void TestScreenshot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(app()), qPrintable(app()));
}

QProcessEnvironment TestScreenshot::cleanEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
                             "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CODEARTIFACT", "AWS_ENDPOINT_URL_STS", "AWS_REGION",
                             "AWS_DEFAULT_REGION"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // English, whatever the machine's language: the checks below read the app's words.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return env;
}

QProcessEnvironment TestScreenshot::environmentWithConfig(const QTemporaryDir &home, const QByteArray &config) const
{
    QDir(home.path()).mkpath(QStringLiteral(".aws"));
    QFile file(home.filePath(QStringLiteral(".aws/config")));
    if (file.open(QIODevice::WriteOnly))
        file.write(config);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.remove(QStringLiteral("AWS_CONFIG_FILE"));
    env.remove(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return env;
}

QProcessEnvironment TestScreenshot::headlessEnvironment() const
{
    QProcessEnvironment env = cleanEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    return env;
}

void TestScreenshot::shouldSaveWindowOnSandboxAndExitZero()
{
    const QString png = m_dir.filePath(QStringLiteral("sandbox.png"));
    QProcess process;
    // --screenshot renders offscreen by itself: no display is needed.
    process.setProcessEnvironment(headlessEnvironment());
    process.start(app(), {QStringLiteral("--sandbox"), QStringLiteral("--screenshot"), png});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1200, 760));
    // The sandbox kept its state in the app's data folder.
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/ArtifactDesk/artifact-desk/sandbox-state.json"))));
}

void TestScreenshot::shouldExitOneAndStillSaveWhenCodeArtifactFails()
{
    const QString png = m_dir.filePath(QStringLiteral("refused.png"));
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("not-a-real-secret-at-all"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("eu-west-1"));
    QProcess process;
    process.setProcessEnvironment(env);
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    process.start(app(), {QStringLiteral("--endpoint-url"), QStringLiteral("http://127.0.0.1:1"),
                          QStringLiteral("--screenshot"), png});
    QVERIFY(process.waitForFinished(90000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(stderrText.contains("ListDomains"), stderrText.constData());
    QVERIFY(!stderrText.contains("not-a-real-secret-at-all"));
    QCOMPARE(QImage(png).size(), QSize(1200, 760));
}

void TestScreenshot::shouldIgnoreFailedIdentityForExitCode()
{
    // A separate sandbox process for CodeArtifact, and STS pointed at nothing.
    QProcess sandbox;
    sandbox.setProcessEnvironment(cleanEnvironment());
    sandbox.start(desk::test::binDir() + QStringLiteral("/artifact-desk-sandbox"), {QStringLiteral("--seed"), QStringLiteral("demo")});
    QVERIFY(sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 20000);
    const QByteArray line = sandbox.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on "), line.constData());
    const QString url = QString::fromLatin1(line.mid(int(qstrlen("listening on "))));

    const QString png = m_dir.filePath(QStringLiteral("noidentity.png"));
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDSANDBOX"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("sandbox-secret-key-not-for-production"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://127.0.0.1:1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(app(), {QStringLiteral("--endpoint-url"), url, QStringLiteral("--screenshot"), png});
    QVERIFY(process.waitForFinished(90000));
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(QImage(png).size(), QSize(1200, 760));
}

void TestScreenshot::shouldFailAtOnceForAProfileThatNeedsAnMfaCode()
{
    // Nobody can type a code into a run without a window: it says so and ends, it does not wait.
    const QString config = m_dir.filePath(QStringLiteral("mfa.config"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = not-a-real-secret-at-all\n\n"
               "[profile mfa-role]\nrole_arn = arn:aws:iam::111122223333:role/Admin\nsource_profile = base\n"
               "mfa_serial = arn:aws:iam::111122223333:mfa/admin\nregion = us-east-1\n");
    file.close();
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-credentials")));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://127.0.0.1:1"));
    const QString png = m_dir.filePath(QStringLiteral("mfa.png"));
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(app(), {QStringLiteral("--profile"), QStringLiteral("mfa-role"), QStringLiteral("--screenshot"), png});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(stderrText.contains("needs an MFA code") && stderrText.contains("--screenshot"), stderrText.constData());
    QVERIFY(!stderrText.contains("not-a-real-secret-at-all"));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

void TestScreenshot::shouldExitOneAndNameTheProfilesThereForAMistypedProfile()
{
    // A throwaway HOME whose ~/.aws/config has two profiles; the one asked for is neither.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment env = environmentWithConfig(
        home, "[profile team-dev]\nregion = eu-west-1\naws_access_key_id = AKIDTEAMDEV\n"
              "aws_secret_access_key = not-a-real-secret-at-all\n\n"
              "[profile team-prod]\nregion = us-east-1\naws_access_key_id = AKIDTEAMPROD\n"
              "aws_secret_access_key = not-a-real-secret-at-all\n");
    const QString png = m_dir.filePath(QStringLiteral("typo.png"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(app(), {QStringLiteral("--profile"), QStringLiteral("typo"), QStringLiteral("--screenshot"), png});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 1, stderrText.constData());
    QVERIFY2(stderrText.contains("\"typo\"") && stderrText.contains("team-dev") && stderrText.contains("team-prod"),
             stderrText.constData());
    QVERIFY(!stderrText.contains("not-a-real-secret-at-all"));
}

void TestScreenshot::shouldNotWaitForAnSsoSignInNobodyCanGive()
{
    // An IAM Identity Center profile with no token in the cache: a run with --screenshot cannot
    // show a sign-in, so it fails at once, on stderr, naming the CLI's command, with exit 1.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = environmentWithConfig(
        home, "[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Admin\n"
              "region = us-east-1\n\n[sso-session corp]\nsso_start_url = https://corp.awsapps.example/start\n"
              "sso_region = us-east-1\n");
    // Nothing may be reached: a request would be a bug.
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:9"));
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(app(), {QStringLiteral("--profile"), QStringLiteral("corp"), QStringLiteral("--screenshot"),
                          m_dir.filePath(QStringLiteral("sso.png"))});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 1, stderrText.constData());
    QVERIFY2(timer.elapsed() < 20000, "the run waited for a sign-in");
    QVERIFY2(stderrText.contains("not signed in") && stderrText.contains("--screenshot cannot sign in")
                 && stderrText.contains("aws sso login --sso-session corp"),
             stderrText.constData());
    QVERIFY(!QDir(home.filePath(QStringLiteral(".aws/sso/cache"))).exists());
}

void TestScreenshot::shouldExitOneAtOnceWhenTheCredentialsFileIsAFifo()
{
    // ~/.aws/credentials is a named pipe nobody writes to, and nothing else holds credentials:
    // the run does not wait for a writer; it says what the file is and exits 1.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
    const QString fifo = home.filePath(QStringLiteral(".aws/credentials"));
    const QString made = desk::test::makeUnusableSharedFile(QStringLiteral("fifo"), fifo);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.remove(QStringLiteral("AWS_CONFIG_FILE"));
    env.remove(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(app(), {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("fifo.png"))});
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("artifact-desk waited for the FIFO's writer");
    }
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 1, stderrText.constData());
    QVERIFY2(stderrText.contains("~/.aws/credentials") && stderrText.contains("named pipe (FIFO)"), stderrText.constData());
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestScreenshot::shouldPrintVersionAndHelp()
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(app(), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("artifact-desk " DESK_VERSION));

    process.start(app(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--endpoint-url", "--region", "--profile", "--sandbox", "--screenshot"})
        QVERIFY2(help.contains(option), option);

    process.start(app(), {QStringLiteral("--no-such-option")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("no-such-option"));
}

void TestScreenshot::shouldExitOneWithoutHalfFileWhenPngCannotBeWritten()
{
    const QString png = m_dir.filePath(QStringLiteral("no-such-folder/window.png"));
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(app(), {QStringLiteral("--sandbox"), QStringLiteral("--screenshot"), png});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(stderrText.contains("could not write the screenshot"), stderrText.constData());
    QVERIFY(!QFileInfo::exists(png));
    QVERIFY(!QFileInfo::exists(QFileInfo(png).absolutePath()));
}

void TestScreenshot::shouldSayWhatIsMissingWithoutDisplay()
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(app(), {QStringLiteral("--sandbox")});
    QVERIFY(process.waitForFinished(30000));
    // An answer, not Qt's abort and a core dump.
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(stderrText.contains("no display") && stderrText.contains("--screenshot"), stderrText.constData());
}

void TestScreenshot::shouldFollowTheSystemLanguage_data()
{
    // The environment as a desktop session sets it (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG),
    // or --language; the catalogue the help should come from (empty: none, English).
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("LANG=de_DE") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << QStringList() << QStringLiteral("de");
    QTest::newRow("LC_ALL=de_AT") << QStringList{QStringLiteral("LC_ALL=de_AT.UTF-8")} << QStringList() << QStringLiteral("de");
    QTest::newRow("LANGUAGE=de:en") << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=de:en")}
                                    << QStringList() << QStringLiteral("de");
    QTest::newRow("LANGUAGE=en:de") << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=en:de")}
                                    << QStringList() << QString();
    QTest::newRow("LANG=fr_FR") << QStringList{QStringLiteral("LANG=fr_FR.UTF-8")} << QStringList() << QString();
    QTest::newRow("--language de") << QStringList() << QStringList{QStringLiteral("--language"), QStringLiteral("de")}
                                   << QStringLiteral("de");
    QTest::newRow("--language en over LANG=de") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")}
                                                << QStringList{QStringLiteral("--language=en")} << QString();
    QTest::newRow("--language pseudo") << QStringList() << QStringList{QStringLiteral("--language"), QStringLiteral("pseudo")}
                                       << QStringLiteral("pseudo");
}

void TestScreenshot::shouldFollowTheSystemLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(QString, catalogue);
    QProcessEnvironment env = headlessEnvironment();
    for (const QString &assignment : std::as_const(environment))
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(app(), arguments + QStringList{QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    // The value names of the options, as the catalogue built into the app translates them.
    QTranslator translator;
    if (!catalogue.isEmpty())
        QVERIFY(translator.load(QStringLiteral(":/i18n/artifact-desk_%1.qm").arg(catalogue)));
    for (const char *name : {"FILE", "PROFILE", "LANGUAGE"}) {
        const QString expected = catalogue.isEmpty() ? QString::fromLatin1(name)
                                                     : translator.translate("StartupOptions", name);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(catalogue.isEmpty() || expected != QLatin1String(name), name);
        QVERIFY2(help.contains(u'<' + expected + u'>'), qPrintable(QStringLiteral("no <%1> in:\n%2").arg(expected, help)));
    }
}

void TestScreenshot::shouldRefuseALanguageWithoutTranslation()
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(app(), {QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(stderrText.contains("\"fr\"") && stderrText.contains("de") && stderrText.contains("pseudo"),
             stderrText.constData());
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
