#include "signedclient.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using desk::test::SignedClient;

// The artifact-desk-sandbox executable: its command line, its ready line, a clean stop on
// SIGTERM, and its refusal of a corrupt state file.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

    QString program() const { return QDir(desk::test::binDir()).filePath(QStringLiteral("artifact-desk-sandbox")); }

    static desk::AwsCredentials credentials()
    {
        desk::AwsCredentials c;
        c.accessKeyId = QStringLiteral("AKIDSANDBOX");
        c.secretAccessKey = "sandbox-secret-key-not-for-production";
        return c;
    }

    // Starts the sandbox and returns its URL from the "listening on" line (empty on failure).
    static QUrl start(QProcess &process, const QString &program, const QStringList &args)
    {
        process.start(program, args);
        if (!process.waitForStarted(10000))
            return {};
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 15000) {
            if (!process.waitForReadyRead(15000))
                break;
            line += process.readAllStandardOutput();
        }
        const QRegularExpression re(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]+)\n$"));
        const auto match = re.match(QString::fromLatin1(line));
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(program()), qPrintable(program()));
    }

    void shouldDocumentEveryOption()
    {
        QProcess process;
        process.start(program(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char *name : {"--listen", "--state", "--account", "--region", "--access-key-id",
                                 "--secret-access-key", "--seed", "--fault", "--fault-seed", "--rate-limit",
                                 "--sso-auto-approve"})
            QVERIFY2(help.contains(name), name);
    }

    void shouldRefuseBadArguments()
    {
        QProcess process;
        process.start(program(), {QStringLiteral("--fault"), QStringLiteral("explode:1")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("explode"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        for (const QString &rate : {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("lots")}) {
            QProcess limited;
            limited.start(program(), {QStringLiteral("--rate-limit"), rate});
            QVERIFY(limited.waitForFinished(10000));
            QCOMPARE(limited.exitCode(), 2);
            const QByteArray error = limited.readAllStandardError();
            QVERIFY2(error.contains("--rate-limit takes") && error.contains(rate.toLatin1()), error.constData());
            QVERIFY(limited.readAllStandardOutput().isEmpty());
        }
    }

    // On the real clock: with --rate-limit 2, five requests sent at once (well within the half
    // second that refills a token) get two answers and three 429s; after the Retry-After second,
    // two answers again.
    void shouldThrottleBeyondTheRateLimit()
    {
        QProcess process;
        const QUrl url = start(process, program(), {QStringLiteral("--seed"), QStringLiteral("demo"),
                                                    QStringLiteral("--rate-limit"), QStringLiteral("2")});
        QVERIFY(url.isValid());
        SignedClient client(url, credentials());
        QList<int> statuses;
        QByteArray retryAfter;
        QElapsedTimer burst;
        burst.start();
        for (int i = 0; i < 5; ++i) {
            const auto reply = client.send("POST", "/v1/domains", {}, "{}");
            statuses << reply.status;
            if (reply.status == 429) {
                QCOMPARE(reply.errorType(), QStringLiteral("ThrottlingException"));
                retryAfter = reply.header("Retry-After");
            }
        }
        QString seen;
        for (const int status : statuses)
            seen += QString::number(status) + u' ';
        QVERIFY2(statuses == (QList<int>{200, 200, 429, 429, 429}),
                 qPrintable(QStringLiteral("%1in %2 ms").arg(seen).arg(burst.elapsed())));
        QCOMPARE(retryAfter, QByteArray("1"));
        QTest::qWait(retryAfter.toInt() * 1000);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client.send("POST", "/v1/domains", {}, "{}").status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().contains("rate limit 2 CodeArtifact requests a second per account"));
    }

    void shouldServeAndStopCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        QProcess process;
        const QUrl url = start(process, program(), {QStringLiteral("--state"), state, QStringLiteral("--seed"), QStringLiteral("demo")});
        QVERIFY(url.isValid());
        QVERIFY(QFile::exists(state));
        SignedClient client(url, credentials());
        const qsizetype seeded = client.send("POST", "/v1/domains", {}, "{}").json().value(QLatin1String("domains")).toArray().size();
        QVERIFY(seeded >= 5);
        QCOMPARE(client.send("POST", "/v1/domain", "domain=from-process").status, 200);
        QCOMPARE(client.send("POST", "/v1/domains", {}, "{}").json().value(QLatin1String("domains")).toArray().size(), seeded + 1);
        process.terminate();   // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("from-process"));
        QVERIFY(!content.contains("sandbox-secret-key-not-for-production"));

        // A restart with the same file has everything, and the demo seed does not apply twice.
        QProcess again;
        const QUrl url2 = start(again, program(), {QStringLiteral("--state"), state, QStringLiteral("--seed"), QStringLiteral("demo")});
        QVERIFY(url2.isValid());
        SignedClient client2(url2, credentials());
        QCOMPARE(client2.send("POST", "/v1/domains", {}, "{}").json().value(QLatin1String("domains")).toArray().size(), seeded + 1);
        ::kill(static_cast<pid_t>(again.processId()), SIGINT);
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(again.exitCode(), 0);
    }

    void shouldRefuseACorruptStateFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x00\x01 not json at all", 18);
        QTest::newRow("truncated") << QByteArray("{\"format\":\"artifact-desk-sandbox-state\",\"version\":1,\"domains\":[");
        QTest::newRow("wrong shape") << QByteArray("{\"format\":\"artifact-desk-sandbox-state\",\"version\":1,\"domains\":{}}");
    }

    void shouldRefuseACorruptStateFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        {
            QFile f(state);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QProcess process;
        process.start(program(), {QStringLiteral("--state"), state, QStringLiteral("--seed"), QStringLiteral("demo")});
        QVERIFY(process.waitForFinished(15000));
        QVERIFY(process.exitCode() != 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains(state.toLocal8Bit()), err.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QFile f(state);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("state.json")});
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
