// The shared files as people really write them: comments, spacing, [profile default], duplicate
// keys, settings before any section, CRLF, unicode, a 1 MB file, and garbage.
#include "aws/sharedconfig.h"
#include "aws/sharedconfigfile.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <future>
#include <unistd.h>

using namespace desk;

Q_DECLARE_METATYPE(SharedConfigFile::Kind)

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QFINDTESTDATA("../data/aws-config") + QStringLiteral("/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QList<int> errorLines(const SharedConfigFile &file)
{
    QList<int> lines;
    for (const SharedConfigIssue &issue : file.issues()) {
        if (issue.isError())
            lines.append(issue.line);
    }
    return lines;
}

int warnings(const SharedConfigFile &file)
{
    int n = 0;
    for (const SharedConfigIssue &issue : file.issues())
        n += issue.isError() ? 0 : 1;
    return n;
}

} // namespace

class TestSharedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldReadRealWorldFiles_data();
    void shouldReadRealWorldFiles();
    void shouldNameFileAndLineInEveryIssue();
    void shouldSurviveGarbage_data();
    void shouldSurviveGarbage();
    void shouldParseOneMegabyteQuickly();
    void shouldMarkProfileWithMalformedLine();
    void shouldMergeCredentialsOverConfig();
    void shouldReadServicesEndpoints();
    void shouldTreatMissingFileAsEmpty();
    void shouldRefuseHugeFile();
    void shouldReportAnUnusableFileOnceAsTheFilesProblem_data();
    void shouldReportAnUnusableFileOnceAsTheFilesProblem();
    void shouldReadDevNullAsAnEmptyFile();
    void shouldNeverRewriteFiles();
};

void TestSharedConfig::shouldReadRealWorldFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<SharedConfigFile::Kind>("kind");
    QTest::addColumn<QStringList>("profiles");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QList<int>>("errorLines");
    QTest::addColumn<int>("minWarnings");

    using K = SharedConfigFile::Kind;
    QTest::newRow("comments # and ;") << fixture(QStringLiteral("comments.config")) << K::Config
                                      << QStringList{QStringLiteral("default"), QStringLiteral("dev")}
                                      << QStringLiteral("default") << QStringLiteral("region") << QStringLiteral("us-west-2")
                                      << QList<int>{} << 0;
    QTest::newRow("comment lines do not end a section") << fixture(QStringLiteral("comments.config")) << K::Config
                                      << QStringList{QStringLiteral("default"), QStringLiteral("dev")}
                                      << QStringLiteral("default") << QStringLiteral("output") << QStringLiteral("json")
                                      << QList<int>{} << 0;
    QTest::newRow("spaces around = and in header") << fixture(QStringLiteral("spaces.config")) << K::Config
                                      << QStringList{QStringLiteral("spaced")}
                                      << QStringLiteral("spaced") << QStringLiteral("region") << QStringLiteral("ap-southeast-2")
                                      << QList<int>{} << 0;
    QTest::newRow("colon delimiter") << fixture(QStringLiteral("spaces.config")) << K::Config
                                      << QStringList{QStringLiteral("spaced")}
                                      << QStringLiteral("spaced") << QStringLiteral("aws_access_key_id") << QStringLiteral("AKIDSPACED")
                                      << QList<int>{} << 0;
    QTest::newRow("[profile default] beats [default]") << fixture(QStringLiteral("profile-default.config")) << K::Config
                                      << QStringList{QStringLiteral("default")}
                                      << QStringLiteral("default") << QStringLiteral("region") << QStringLiteral("eu-central-1")
                                      << QList<int>{} << 0;
    QTest::newRow("[default] keys survive [profile default]") << fixture(QStringLiteral("profile-default.config")) << K::Config
                                      << QStringList{QStringLiteral("default")}
                                      << QStringLiteral("default") << QStringLiteral("output") << QStringLiteral("text")
                                      << QList<int>{} << 0;
    QTest::newRow("duplicate keys: last wins, warned") << fixture(QStringLiteral("duplicates.config")) << K::Config
                                      << QStringList{QStringLiteral("dup")}
                                      << QStringLiteral("dup") << QStringLiteral("region") << QStringLiteral("us-west-1")
                                      << QList<int>{} << 2;
    QTest::newRow("settings before a section") << fixture(QStringLiteral("missing-section.config")) << K::Config
                                      << QStringList{QStringLiteral("ok")}
                                      << QStringLiteral("ok") << QStringLiteral("region") << QStringLiteral("eu-north-1")
                                      << QList<int>{1, 2} << 0;
    QTest::newRow("CRLF") << QByteArray("[default]\r\nregion = us-east-1\r\naws_access_key_id = AKIDCRLF\r\n") << K::Config
                          << QStringList{QStringLiteral("default")}
                          << QStringLiteral("default") << QStringLiteral("aws_access_key_id") << QStringLiteral("AKIDCRLF")
                          << QList<int>{} << 0;
    QTest::newRow("stray CR at a line end") << QByteArray("[default]\r\r\nregion = us-east-1\r\n") << K::Config
                          << QStringList{QStringLiteral("default")}
                          << QStringLiteral("default") << QStringLiteral("region") << QStringLiteral("us-east-1")
                          << QList<int>{} << 0;
    QTest::newRow("CR inside a line is refused") << QByteArray("[default]\noutput = json\nregion = us-east-1\rx\n") << K::Config
                          << QStringList{QStringLiteral("default")}
                          << QStringLiteral("default") << QStringLiteral("output") << QStringLiteral("json")
                          << QList<int>{3} << 0;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF[default]\nregion = us-east-1\n") << K::Config
                               << QStringList{QStringLiteral("default")}
                               << QStringLiteral("default") << QStringLiteral("region") << QStringLiteral("us-east-1")
                               << QList<int>{} << 0;
    QTest::newRow("unicode profile name and comment")
        << QByteArray("# d\xC3\xA9j\xC3\xA0 vu \xE2\x9C\x93\n[profile caf\xC3\xA9]\nregion = eu-west-3\n") << K::Config
        << QStringList{QStringLiteral("caf\u00e9")}
        << QStringLiteral("caf\u00e9") << QStringLiteral("region") << QStringLiteral("eu-west-3") << QList<int>{} << 0;
    QTest::newRow("keys are case-insensitive") << QByteArray("[default]\nREGION = us-east-2\n") << K::Config
                                               << QStringList{QStringLiteral("default")}
                                               << QStringLiteral("default") << QStringLiteral("region") << QStringLiteral("us-east-2")
                                               << QList<int>{} << 0;
    QTest::newRow("[NAME] in config is ignored, warned") << QByteArray("[dev]\nregion = us-east-1\n[default]\nregion=x\n") << K::Config
                                               << QStringList{QStringLiteral("default")}
                                               << QStringLiteral("default") << QStringLiteral("region") << QStringLiteral("x")
                                               << QList<int>{} << 1;
    QTest::newRow("credentials file: [NAME]") << QByteArray("[dev]\naws_access_key_id=AKIDDEV\n") << K::Credentials
                                              << QStringList{QStringLiteral("dev")}
                                              << QStringLiteral("dev") << QStringLiteral("aws_access_key_id") << QStringLiteral("AKIDDEV")
                                              << QList<int>{} << 0;
    QTest::newRow("credentials file: [profile NAME] is literal, warned")
        << QByteArray("[profile dev]\naws_access_key_id=AKIDP\n") << K::Credentials
        << QStringList{QStringLiteral("profile dev")}
        << QStringLiteral("profile dev") << QStringLiteral("aws_access_key_id") << QStringLiteral("AKIDP") << QList<int>{} << 1;
    QTest::newRow("unterminated header") << QByteArray("[profile broken\nregion = us-east-1\n[default]\nregion = a\n") << K::Config
                                         << QStringList{QStringLiteral("default")}
                                         << QStringLiteral("default") << QStringLiteral("region") << QStringLiteral("a")
                                         << QList<int>{1, 2} << 0;
    QTest::newRow("line without =") << QByteArray("[default]\nregion = us-east-1\nthis is not a setting\n") << K::Config
                                    << QStringList{QStringLiteral("default")}
                                    << QStringLiteral("default") << QStringLiteral("region") << QStringLiteral("us-east-1")
                                    << QList<int>{3} << 0;
    QTest::newRow("empty value") << QByteArray("[default]\nregion =\noutput = json\n") << K::Config
                                 << QStringList{QStringLiteral("default")}
                                 << QStringLiteral("default") << QStringLiteral("region") << QString()
                                 << QList<int>{} << 0;
    QTest::newRow("empty file") << QByteArray() << K::Config << QStringList{} << QString() << QString() << QString()
                                << QList<int>{} << 0;
}

void TestSharedConfig::shouldReadRealWorldFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(SharedConfigFile::Kind, kind);
    QFETCH(QStringList, profiles);
    QFETCH(QString, profile);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QList<int>, errorLines);
    QFETCH(int, minWarnings);

    const SharedConfigFile file = SharedConfigFile::parse(content, QStringLiteral("/fixture/config"), kind);
    QCOMPARE(file.profileNames(), profiles);
    if (!profile.isEmpty()) {
        const SharedConfigSection *section = file.profile(profile);
        QVERIFY(section);
        QVERIFY2(section->values.contains(key), qPrintable(key));
        QCOMPARE(section->values.value(key), value);
    }
    QCOMPARE(::errorLines(file), errorLines);
    QVERIFY2(warnings(file) >= minWarnings, qPrintable(QString::number(warnings(file))));
}

void TestSharedConfig::shouldNameFileAndLineInEveryIssue()
{
    const SharedConfigFile file = SharedConfigFile::parse("[default]\nregion = a\ngarbage here\n", QStringLiteral("/x/aws/config"),
                                                          SharedConfigFile::Kind::Config);
    QCOMPARE(file.issues().size(), 1);
    const QString text = file.issues().first().toString();
    QVERIFY2(text.startsWith(QLatin1String("/x/aws/config:3: ")), qPrintable(text));
}

void TestSharedConfig::shouldSurviveGarbage_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random;
    QRandomGenerator generator(20240501);
    for (int i = 0; i < 64 * 1024; ++i)
        random.append(char(generator.bounded(256)));
    QTest::newRow("random bytes") << random;
    QTest::newRow("NUL bytes") << QByteArray("[default]\nregion = us\0east-1\n", 28);
    QTest::newRow("invalid UTF-8") << QByteArray("[default]\nregion = \xFF\xFE\n");
    QTest::newRow("only brackets") << QByteArray("[[[[]]]]\n]\n[\n[]\n=\n==\n: :\n");
    QTest::newRow("a PNG header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("no trailing newline") << QByteArray("[default]\nregion = us-east-1");
    QTest::newRow("very long line") << (QByteArray("[default]\nregion = ") + QByteArray(300000, 'x'));
    QTest::newRow("indented first line") << QByteArray("   region = us-east-1\n\t[default]\n");
}

void TestSharedConfig::shouldSurviveGarbage()
{
    QFETCH(QByteArray, content);
    const SharedConfigFile file = SharedConfigFile::parse(content, QStringLiteral("/fixture/garbage"), SharedConfigFile::Kind::Config);
    for (const SharedConfigIssue &issue : file.issues()) {
        QCOMPARE(issue.file, QStringLiteral("/fixture/garbage"));
        QVERIFY(issue.line >= 0);
        QVERIFY(!issue.message.isEmpty());
    }
    QVERIFY(file.issues().size() <= 51);
    // Whatever was found can be asked for without crashing.
    for (const QString &name : file.profileNames())
        QVERIFY(file.profile(name));
}

void TestSharedConfig::shouldParseOneMegabyteQuickly()
{
    QByteArray content;
    int profiles = 0;
    while (content.size() < 1024 * 1024) {
        content += "[profile p" + QByteArray::number(profiles) + "]\r\n"
                   "region = us-east-1\r\n"
                   "; a comment that takes some room in the file, as real ones do\r\n"
                   "aws_access_key_id = AKIDLARGE" + QByteArray::number(profiles) + "\r\n\r\n";
        ++profiles;
    }
    QElapsedTimer timer;
    timer.start();
    const SharedConfigFile file = SharedConfigFile::parse(content, QStringLiteral("/fixture/large"), SharedConfigFile::Kind::Config);
    const qint64 ms = timer.elapsed();
    QCOMPARE(file.profileNames().size(), profiles);
    QVERIFY(file.issues().isEmpty());
    QCOMPARE(file.profile(QStringLiteral("p%1").arg(profiles - 1))->values.value(QStringLiteral("aws_access_key_id")),
             QStringLiteral("AKIDLARGE%1").arg(profiles - 1));
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("parsing 1 MB took %1 ms").arg(ms)));
}

void TestSharedConfig::shouldMarkProfileWithMalformedLine()
{
    const QByteArray content = "[default]\naws_access_key_id = AKIDOK\n[broken]\naws_access_key_id = AKIDB\nnot a setting\n";
    const SharedConfig config = SharedConfig::fromFiles(
        SharedConfigFile::parse({}, QStringLiteral("/f/config"), SharedConfigFile::Kind::Config),
        SharedConfigFile::parse(content, QStringLiteral("/f/credentials"), SharedConfigFile::Kind::Credentials));
    QVERIFY(config.profile(QStringLiteral("default")).errors.isEmpty());
    const SharedProfile broken = config.profile(QStringLiteral("broken"));
    QCOMPARE(broken.errors.size(), 1);
    QCOMPARE(broken.errors.first().line, 5);
    QCOMPARE(broken.errors.first().file, QStringLiteral("/f/credentials"));
}

void TestSharedConfig::shouldMergeCredentialsOverConfig()
{
    const SharedConfig config = SharedConfig::fromFiles(
        SharedConfigFile::parse("[profile a]\nregion = eu-west-1\naws_access_key_id = AKIDCONFIG\n", QStringLiteral("/f/config"),
                                SharedConfigFile::Kind::Config),
        SharedConfigFile::parse("[a]\naws_access_key_id = AKIDCREDS\n[b]\nregion = us-east-1\n", QStringLiteral("/f/credentials"),
                                SharedConfigFile::Kind::Credentials));
    QCOMPARE(config.profileNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    const SharedProfile a = config.profile(QStringLiteral("a"));
    QVERIFY(a.inConfig && a.inCredentials);
    QCOMPARE(a.value(QStringLiteral("aws_access_key_id")), QStringLiteral("AKIDCREDS"));
    QCOMPARE(a.value(QStringLiteral("region")), QStringLiteral("eu-west-1"));
    QCOMPARE(a.origins.value(QStringLiteral("aws_access_key_id")), QStringLiteral("/f/credentials:2"));
}

void TestSharedConfig::shouldReadServicesEndpoints()
{
    const SharedConfig config = SharedConfig::fromFiles(
        SharedConfigFile::parse(fixture(QStringLiteral("services.config")), QStringLiteral("/f/config"), SharedConfigFile::Kind::Config),
        SharedConfigFile::parse({}, QStringLiteral("/f/credentials"), SharedConfigFile::Kind::Credentials));
    const SharedProfile local = config.profile(QStringLiteral("local"));
    QCOMPARE(config.serviceEndpoint(local, QStringLiteral("codeartifact")), QStringLiteral("http://127.0.0.1:8443"));
    QCOMPARE(config.serviceEndpoint(local, QStringLiteral("sts")), QStringLiteral("http://127.0.0.1:8444"));
    QCOMPARE(config.serviceEndpoint(local, QStringLiteral("s3")), QString());
    QVERIFY(config.issues().isEmpty());
}

void TestSharedConfig::shouldTreatMissingFileAsEmpty()
{
    const SharedConfigFile file = SharedConfigFile::load(QStringLiteral("/nonexistent/aws/config"), SharedConfigFile::Kind::Config);
    QVERIFY(!file.exists());
    QVERIFY(file.issues().isEmpty());
    QVERIFY(file.profileNames().isEmpty());
}

void TestSharedConfig::shouldRefuseHugeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("config")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(SharedConfigFile::maxFileBytes + 1));
    f.close();
    const SharedConfigFile file = SharedConfigFile::load(f.fileName(), SharedConfigFile::Kind::Config);
    QVERIFY(file.exists());
    QVERIFY(file.hasErrors());
    QCOMPARE(file.issues().first().line, 0);
}

void TestSharedConfig::shouldReportAnUnusableFileOnceAsTheFilesProblem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("line");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("is a named pipe (FIFO), not a file") << 0;
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder, not a file") << 0;
    QTest::newRow("mode 000") << QStringLiteral("unreadable") << QStringLiteral("cannot be read (Permission denied)") << 0;
    QTest::newRow("20 MB") << QStringLiteral("huge") << QStringLiteral("is 20 MB; files larger than 16 MB are not read") << 0;
    QTest::newRow("UTF-16 LE with BOM") << QStringLiteral("utf16le-bom") << QStringLiteral("is UTF-16 text; save it as UTF-8") << 0;
    QTest::newRow("UTF-16 BE with BOM") << QStringLiteral("utf16be-bom") << QStringLiteral("is UTF-16 text; save it as UTF-8") << 0;
    QTest::newRow("UTF-16 LE without BOM") << QStringLiteral("utf16le") << QStringLiteral("is UTF-16 text; save it as UTF-8") << 0;
    QTest::newRow("binary") << QStringLiteral("binary") << QStringLiteral("contains a NUL byte") << 3;
}

void TestSharedConfig::shouldReportAnUnusableFileOnceAsTheFilesProblem()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QFETCH(int, line);
    if (kind == QLatin1String("unreadable") && desk::test::readsEveryFile())
        QSKIP("running as root, which reads a file of mode 000");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config"));
    const QString made = desk::test::makeUnusableSharedFile(kind, path);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    // Loaded on another thread, so that a load that waits for a FIFO's writer fails here
    // instead of hanging the test; nobody writes to it unless the load is stuck.
    QElapsedTimer timer;
    timer.start();
    std::future<SharedConfigFile> loading = std::async(std::launch::async, [path] {
        return SharedConfigFile::load(path, SharedConfigFile::Kind::Config);
    });
    if (loading.wait_for(std::chrono::seconds(2)) != std::future_status::ready) {
        // A writer that opens and closes at once: the stuck open returns and reads to the end.
        const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
        loading.wait();
        QFAIL("reading the file waited for more than 2 s");
    }
    const SharedConfigFile file = loading.get();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    QVERIFY(file.exists());
    QVERIFY(file.hasFileProblem());
    // Once, for the whole file: not an error on every line.
    QCOMPARE(file.issues().size(), 1);
    const SharedConfigIssue &issue = file.issues().first();
    QVERIFY(issue.isError());
    QCOMPARE(issue.file, path);
    QCOMPARE(issue.line, line);
    QCOMPARE(file.fileProblem().message, issue.message);
    QVERIFY2(issue.message.contains(says), qPrintable(issue.message));
    QVERIFY2(issue.toString().startsWith(path + (line > 0 ? QStringLiteral(":%1: ").arg(line) : QStringLiteral(": "))),
             qPrintable(issue.toString()));
    QVERIFY(file.profileNames().isEmpty());

    // Both files together: the problem is the config file's, named as such.
    const SharedConfig config = SharedConfig::fromFiles(
        file, SharedConfigFile::parse("[dev]\nregion = us-east-1\n", QStringLiteral("/f/credentials"),
                                      SharedConfigFile::Kind::Credentials));
    QCOMPARE(config.fileProblems().size(), 1);
    QCOMPARE(config.fileProblems().first().file, path);
}

void TestSharedConfig::shouldReadDevNullAsAnEmptyFile()
{
    // AWS_CONFIG_FILE=/dev/null is how people say "no config file" to the AWS CLI.
    const SharedConfigFile file = SharedConfigFile::load(QStringLiteral("/dev/null"), SharedConfigFile::Kind::Config);
    QVERIFY(!file.hasFileProblem());
    QVERIFY(file.issues().isEmpty());
    QVERIFY(file.profileNames().isEmpty());
}

void TestSharedConfig::shouldNeverRewriteFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config"));
    const QByteArray content = "garbage\n[default]\r\nregion=us-east-1\n\xFF\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QDateTime before = QFileInfo(path).lastModified();
    const SharedConfigFile file = SharedConfigFile::load(path, SharedConfigFile::Kind::Config);
    QVERIFY(file.hasErrors());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

QTEST_GUILESS_MAIN(TestSharedConfig)
#include "tst_sharedconfig.moc"
