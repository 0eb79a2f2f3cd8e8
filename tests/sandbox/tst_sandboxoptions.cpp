#include "sandbox/faultinjector.h"
#include "sandbox/sandboxoptions.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

class TestSandboxOptions : public QObject
{
    Q_OBJECT

    static SandboxOptions::Result parse(QStringList args)
    {
        args.prepend(QStringLiteral("artifact-desk-sandbox"));
        return SandboxOptions::parse(args);
    }

    static SandboxOptions::Result parseWith(const QProcessEnvironment &environment, QStringList args)
    {
        args.prepend(QStringLiteral("artifact-desk-sandbox"));
        return SandboxOptions::parse(args, environment);
    }

    static QProcessEnvironment environmentWithSecret(const QString &secret)
    {
        QProcessEnvironment environment;
        environment.insert(QLatin1String(SandboxOptions::secretEnvironmentVariable), secret);
        return environment;
    }

    // A secret key file with these contents and permissions.
    static QString writeSecretFile(const QTemporaryDir &dir, const QByteArray &contents, QFile::Permissions permissions)
    {
        const QString path = dir.filePath(QStringLiteral("secret"));
        QFile file(path);
        file.remove();
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qWarning("cannot write %s", qPrintable(path));
        file.close();
        file.setPermissions(permissions);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldUseDocumentedDefaults()
    {
        const auto r = parse({});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::Run);
        QCOMPARE(r.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(r.port, quint16(0));
        QCOMPARE(r.config.account, QStringLiteral("111122223333"));
        QCOMPARE(r.config.region, QStringLiteral("us-east-1"));
        QCOMPARE(r.config.accessKeyId, QStringLiteral("AKIDSANDBOX"));
        QCOMPARE(r.config.secretAccessKey, QByteArray("sandbox-secret-key-not-for-production"));
        QVERIFY(r.config.stateFile.isEmpty());
        QVERIFY(r.config.seed.isEmpty());
        QVERIFY(!r.config.faultSeedSet);
        QVERIFY(!r.config.ssoAutoApprove);
        QCOMPARE(r.config.rateLimit, 0.0);
        QVERIFY(!r.config.tls);
        QVERIFY(r.tlsCertificateOut.isEmpty());
        QCOMPARE(SandboxConfig().rateLimit, 0.0);   // the desktop app's --sandbox and SandboxLauncher too
        QCOMPARE(r.config.ssoDeviceCodeSeconds, 600);
        QCOMPARE(r.config.ssoPollIntervalSeconds, 1);
        QCOMPARE(r.config.ssoAccessTokenSeconds, qint64(3600));
        QCOMPARE(r.config.ssoRegistrationSeconds, qint64(90 * 24 * 3600));
        // The default key must not look like a real AWS access key id.
        QVERIFY(!QRegularExpression(QStringLiteral("AKIA[0-9A-Z]{16}")).match(r.config.accessKeyId).hasMatch());
    }

    void shouldParseEveryOption()
    {
        const auto r = parse({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8123"), QStringLiteral("--state"),
                              QStringLiteral("/tmp/x.json"), QStringLiteral("--account"), QStringLiteral("123456789012"),
                              QStringLiteral("--region"), QStringLiteral("eu-central-1"), QStringLiteral("--access-key-id"),
                              QStringLiteral("AKIDTEST"), QStringLiteral("--secret-access-key"), QStringLiteral("s3cr3t"),
                              QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--fault"),
                              QStringLiteral("throttle:0.3"), QStringLiteral("--fault"), QStringLiteral("latency:20ms,drop:0.1"),
                              QStringLiteral("--fault-seed"), QStringLiteral("42"), QStringLiteral("--sso-auto-approve"),
                              QStringLiteral("--tls"), QStringLiteral("--tls-certificate-out"), QStringLiteral("/tmp/ca.pem")});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::Run);
        QCOMPARE(r.port, quint16(8123));
        QCOMPARE(r.config.stateFile, QStringLiteral("/tmp/x.json"));
        QCOMPARE(r.config.account, QStringLiteral("123456789012"));
        QCOMPARE(r.config.region, QStringLiteral("eu-central-1"));
        QCOMPARE(r.config.accessKeyId, QStringLiteral("AKIDTEST"));
        QCOMPARE(r.config.secretAccessKey, QByteArray("s3cr3t"));
        QCOMPARE(r.config.seed, QStringLiteral("demo"));
        QCOMPARE(r.config.faults, (QStringList{QStringLiteral("throttle:0.3"), QStringLiteral("latency:20ms,drop:0.1")}));
        QVERIFY(r.config.faultSeedSet);
        QCOMPARE(r.config.faultSeed, quint64(42));
        QVERIFY(r.config.ssoAutoApprove);
        QVERIFY(r.config.tls);
        QCOMPARE(r.tlsCertificateOut, QStringLiteral("/tmp/ca.pem"));
        const auto v6 = parse({QStringLiteral("--listen"), QStringLiteral("[::1]:0")});
        QCOMPARE(v6.address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(v6.host, QStringLiteral("[::1]"));
    }

    void shouldRefuseBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("listen without port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")};
        QTest::newRow("listen bad port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")};
        QTest::newRow("listen hostname") << QStringList{QStringLiteral("--listen"), QStringLiteral("example.com:80")};
        QTest::newRow("short account") << QStringList{QStringLiteral("--account"), QStringLiteral("1234")};
        QTest::newRow("bad region") << QStringList{QStringLiteral("--region"), QStringLiteral("Mars")};
        QTest::newRow("key without secret") << QStringList{QStringLiteral("--access-key-id"), QStringLiteral("AKIDX")};
        QTest::newRow("unknown seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("huge")};
        QTest::newRow("bad fault seed") << QStringList{QStringLiteral("--fault-seed"), QStringLiteral("-3")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
        QTest::newRow("certificate out without tls")
            << QStringList{QStringLiteral("--tls-certificate-out"), QStringLiteral("/tmp/ca.pem")};
    }

    void shouldRefuseBadOptions()
    {
        QFETCH(QStringList, args);
        const auto r = parse(args);
        QCOMPARE(r.outcome, SandboxOptions::Outcome::ExitFailure);
        QVERIFY(!r.output.isEmpty());
    }

    void shouldDocumentEveryOptionInHelp()
    {
        const auto r = parse({QStringLiteral("--help")});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::ExitSuccess);
        for (const char *name : {"--listen", "--state", "--account", "--region", "--access-key-id", "--secret-access-key",
                                 "--seed", "--fault", "--fault-seed", "--rate-limit", "--sso-auto-approve", "--tls",
                                 "--tls-certificate-out", "/sso/verify", "127.0.0.1:0", "111122223333", "us-east-1", "AKIDSANDBOX"})
            QVERIFY2(r.output.contains(QLatin1String(name)), name);
    }

    void shouldReadTheSecretFromAFileOnlyItsOwnerCanRead()
    {
        QTemporaryDir dir;
        const QString path = writeSecretFile(dir, "secret-from-file\n", QFile::ReadOwner | QFile::WriteOwner);
        const auto r = parse({QStringLiteral("--access-key-id"), QStringLiteral("AKIDFILE"),
                              QStringLiteral("--secret-access-key-file"), path});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::Run);
        QCOMPARE(r.config.accessKeyId, QStringLiteral("AKIDFILE"));
        QCOMPARE(r.config.secretAccessKey, QByteArray("secret-from-file"));
        writeSecretFile(dir, "no-newline", QFile::ReadOwner);
        QCOMPARE(parse({QStringLiteral("--access-key-id"), QStringLiteral("AKIDFILE"), QStringLiteral("--secret-access-key-file"), path})
                     .config.secretAccessKey,
                 QByteArray("no-newline"));
    }

    void shouldRefuseASecretFileOthersCanReach_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("expected");
        const int owner = QFile::ReadOwner | QFile::WriteOwner;
        const QByteArray secret = "file-secret-xyz\n";
        QTest::newRow("group-readable") << secret << (owner | QFile::ReadGroup) << QStringLiteral("chmod 600");
        QTest::newRow("world-readable") << secret << (owner | QFile::ReadOther) << QStringLiteral("chmod 600");
        QTest::newRow("group-writable") << secret << (owner | QFile::WriteGroup) << QStringLiteral("chmod 600");
        QTest::newRow("empty") << QByteArray("\n") << owner << QStringLiteral("empty");
        QTest::newRow("two lines") << QByteArray("a\nb\n") << owner << QStringLiteral("one line");
        QTest::newRow("too long") << QByteArray(5000, 'k') << owner << QStringLiteral("bytes");
    }

    void shouldRefuseASecretFileOthersCanReach()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, permissions);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeSecretFile(dir, contents, QFile::Permissions(QFlag(permissions)));
        const auto r = parse({QStringLiteral("--access-key-id"), QStringLiteral("AKIDFILE"),
                              QStringLiteral("--secret-access-key-file"), path});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::ExitFailure);
        QVERIFY2(r.output.contains(expected), qPrintable(r.output));
        QVERIFY(!r.output.contains(QLatin1String("file-secret-xyz")));
        const auto missing = parse({QStringLiteral("--access-key-id"), QStringLiteral("AKIDFILE"),
                                    QStringLiteral("--secret-access-key-file"), dir.filePath(QStringLiteral("none"))});
        QCOMPARE(missing.outcome, SandboxOptions::Outcome::ExitFailure);
    }

    void shouldReadTheSecretFromTheEnvironment()
    {
        const QProcessEnvironment environment = environmentWithSecret(QStringLiteral("secret-from-env"));
        auto r = parseWith(environment, {QStringLiteral("--access-key-id"), QStringLiteral("AKIDENV")});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::Run);
        QCOMPARE(r.config.secretAccessKey, QByteArray("secret-from-env"));
        // The command line names a source on purpose: it wins over the environment.
        r = parseWith(environment, {QStringLiteral("--access-key-id"), QStringLiteral("AKIDENV"),
                                    QStringLiteral("--secret-access-key"), QStringLiteral("from-argv")});
        QCOMPARE(r.config.secretAccessKey, QByteArray("from-argv"));
        // A secret in the environment without its key id is a mistake, not the default pair.
        r = parseWith(environment, {});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::ExitFailure);
        QVERIFY2(r.output.contains(QLatin1String("--access-key-id")), qPrintable(r.output));
        QVERIFY(!r.output.contains(QLatin1String("secret-from-env")));
        r = parseWith(environmentWithSecret(QString()), {QStringLiteral("--access-key-id"), QStringLiteral("AKIDENV")});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::ExitFailure);
        // Without the variable, the documented default pair.
        QCOMPARE(parseWith(QProcessEnvironment(), {}).config.secretAccessKey, SandboxConfig::defaultSecretAccessKey());
    }

    void shouldRefuseTwoSecretOptions()
    {
        QTemporaryDir dir;
        const QString path = writeSecretFile(dir, "s\n", QFile::ReadOwner | QFile::WriteOwner);
        const auto r = parse({QStringLiteral("--access-key-id"), QStringLiteral("AKIDFILE"), QStringLiteral("--secret-access-key"),
                              QStringLiteral("s"), QStringLiteral("--secret-access-key-file"), path});
        QCOMPARE(r.outcome, SandboxOptions::Outcome::ExitFailure);
    }

    void shouldSayInHelpHowToKeepTheSecretOutOfTheProcessList()
    {
        const QString help = parse({QStringLiteral("--help")}).output;
        for (const char *text : {"--secret-access-key-file", "ARTIFACT_DESK_SANDBOX_SECRET_ACCESS_KEY", "/proc/PID/cmdline",
                                 "chmod 600", "--max-connections", "--idle-timeout", "512", "30s"})
            QVERIFY2(help.contains(QLatin1String(text)), text);
    }

    void shouldParseTheEdgeLimits_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("maxConnections");
        QTest::addColumn<int>("idleTimeoutMs");
        QTest::newRow("defaults") << QStringList{} << true << 512 << 30000;
        QTest::newRow("both") << QStringList{QStringLiteral("--max-connections"), QStringLiteral("700"),
                                             QStringLiteral("--idle-timeout"), QStringLiteral("500ms")}
                              << true << 700 << 500;
        QTest::newRow("seconds") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("45s")} << true << 512 << 45000;
        QTest::newRow("no unit") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("30")} << false << 0 << 0;
        QTest::newRow("zero timeout") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("0s")} << false << 0 << 0;
        QTest::newRow("over a day") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("90000s")} << false << 0 << 0;
        QTest::newRow("zero connections") << QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")} << false << 0 << 0;
        QTest::newRow("words") << QStringList{QStringLiteral("--max-connections"), QStringLiteral("many")} << false << 0 << 0;
    }

    void shouldParseTheEdgeLimits()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, valid);
        const auto r = parse(args);
        QCOMPARE(r.outcome, valid ? SandboxOptions::Outcome::Run : SandboxOptions::Outcome::ExitFailure);
        if (!valid)
            return;
        QFETCH(int, maxConnections);
        QFETCH(int, idleTimeoutMs);
        QCOMPARE(r.config.maxConnections, maxConnections);
        QCOMPARE(r.config.idleTimeoutMs, idleTimeoutMs);
        QCOMPARE(r.config.maxHeaderBytes, qsizetype(64 * 1024));
        QCOMPARE(r.config.maxBodyBytes, qsizetype(1024 * 1024));
    }

    void shouldParseTheRateLimit_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("rate");   // 0: refused
        QTest::newRow("whole") << QStringLiteral("100") << 100.0;
        QTest::newRow("one") << QStringLiteral("1") << 1.0;
        QTest::newRow("fraction") << QStringLiteral("0.5") << 0.5;
        QTest::newRow("three decimals") << QStringLiteral("2.125") << 2.125;
        QTest::newRow("least") << QStringLiteral("0.001") << 0.001;
        QTest::newRow("most") << QStringLiteral("1000000") << 1000000.0;
        QTest::newRow("zero") << QStringLiteral("0") << 0.0;
        QTest::newRow("zero point zero") << QStringLiteral("0.0") << 0.0;
        QTest::newRow("negative") << QStringLiteral("-5") << 0.0;
        QTest::newRow("plus") << QStringLiteral("+5") << 0.0;
        QTest::newRow("words") << QStringLiteral("fast") << 0.0;
        QTest::newRow("empty") << QString() << 0.0;
        QTest::newRow("exponent") << QStringLiteral("1e3") << 0.0;
        QTest::newRow("comma") << QStringLiteral("1,5") << 0.0;
        QTest::newRow("unit") << QStringLiteral("10/s") << 0.0;
        QTest::newRow("infinity") << QStringLiteral("inf") << 0.0;
        QTest::newRow("nan") << QStringLiteral("nan") << 0.0;
        QTest::newRow("space") << QStringLiteral(" 5") << 0.0;
        QTest::newRow("too fine") << QStringLiteral("0.0001") << 0.0;
        QTest::newRow("too many") << QStringLiteral("1000001") << 0.0;
    }

    void shouldParseTheRateLimit()
    {
        QFETCH(QString, value);
        QFETCH(double, rate);
        const auto r = parse({QStringLiteral("--rate-limit"), value});
        if (rate > 0) {
            QCOMPARE(r.outcome, SandboxOptions::Outcome::Run);
            QCOMPARE(r.config.rateLimit, rate);
            return;
        }
        QCOMPARE(r.outcome, SandboxOptions::Outcome::ExitFailure);
        QVERIFY2(r.output.startsWith(QLatin1String("--rate-limit takes requests per second per account")), qPrintable(r.output));
        QVERIFY2(r.output.contains(u'\'' + value + u'\''), qPrintable(r.output));
        QVERIFY2(r.output.contains(QLatin1String("from 0.001 to 1000000")), qPrintable(r.output));
    }

    void shouldParseFaultSpecs_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("throttle");
        QTest::addColumn<double>("error500");
        QTest::addColumn<double>("drop");
        QTest::addColumn<int>("latency");
        QTest::newRow("throttle") << QStringList{QStringLiteral("throttle:0.3")} << true << 0.3 << 0.0 << 0.0 << 0;
        QTest::newRow("percent") << QStringList{QStringLiteral("error500:20%")} << true << 0.0 << 0.2 << 0.0 << 0;
        QTest::newRow("combined") << QStringList{QStringLiteral("drop:0.1,latency:200ms"), QStringLiteral("throttle:1")}
                                  << true << 1.0 << 0.0 << 0.1 << 200;
        QTest::newRow("seconds") << QStringList{QStringLiteral("latency:2s")} << true << 0.0 << 0.0 << 0.0 << 2000;
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("explode:0.1")} << false << 0.0 << 0.0 << 0.0 << 0;
        QTest::newRow("probability > 1") << QStringList{QStringLiteral("throttle:1.5")} << false << 0.0 << 0.0 << 0.0 << 0;
        QTest::newRow("no value") << QStringList{QStringLiteral("drop")} << false << 0.0 << 0.0 << 0.0 << 0;
        QTest::newRow("bad latency") << QStringList{QStringLiteral("latency:fast")} << false << 0.0 << 0.0 << 0.0 << 0;
    }

    void shouldParseFaultSpecs()
    {
        QFETCH(QStringList, specs);
        QFETCH(bool, valid);
        const FaultSpecs parsed = FaultSpecs::parse(specs);
        QCOMPARE(parsed.isValid(), valid);
        if (!valid)
            return;
        QFETCH(double, throttle);
        QFETCH(double, error500);
        QFETCH(double, drop);
        QFETCH(int, latency);
        QCOMPARE(parsed.throttle, throttle);
        QCOMPARE(parsed.serverError, error500);
        QCOMPARE(parsed.drop, drop);
        QCOMPARE(parsed.latencyMs, latency);
    }

    void shouldDecideFaultsDeterministically()
    {
        const FaultSpecs specs = FaultSpecs::parse({QStringLiteral("throttle:0.3,error500:0.2,drop:0.1")});
        FaultInjector a(specs, 7);
        FaultInjector b(specs, 7);
        FaultInjector c(specs, 8);
        QList<FaultDecision> seqA, seqB, seqC;
        int throttled = 0, errors = 0, drops = 0;
        for (int i = 0; i < 2000; ++i) {
            seqA << a.next();
            seqB << b.next();
            seqC << c.next();
            throttled += seqA.last().throttle;
            errors += seqA.last().serverError;
            drops += seqA.last().drop;
        }
        QCOMPARE(seqA, seqB);
        QVERIFY(seqA != seqC);
        // drop 10%; throttle 30% of the rest; 500 20% of what remains.
        QVERIFY2(drops > 140 && drops < 260, qPrintable(QString::number(drops)));
        QVERIFY2(throttled > 440 && throttled < 640, qPrintable(QString::number(throttled)));
        QVERIFY2(errors > 180 && errors < 330, qPrintable(QString::number(errors)));
        FaultInjector always(FaultSpecs::parse({QStringLiteral("throttle:1.0")}), 1);
        for (int i = 0; i < 50; ++i)
            QVERIFY(always.next().throttle);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
