// artifact-desk's command line, and what happens before QApplication exists.

#include "ui/startupoptions.h"

#include <QStandardPaths>
#include <QTest>

using desk::StartupOptions;
using Action = StartupOptions::Preflight::Action;

class TestStartupOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldParseEveryOption();
    void shouldRefuseWrongCommandLines_data();
    void shouldRefuseWrongCommandLines();
    void shouldReadWindowSizes_data();
    void shouldReadWindowSizes();
    void shouldDescribeCredentialsAsTheyAreFound();
    void shouldDecideBeforeStart_data();
    void shouldDecideBeforeStart();
};

namespace {

QStringList args(const QStringList &rest)
{
    return QStringList{QStringLiteral("artifact-desk")} + rest;
}

QProcessEnvironment environment(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &a : assignments)
        env.insert(a.section(u'=', 0, 0), a.section(u'=', 1));
    return env;
}

} // namespace

void TestStartupOptions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStartupOptions::shouldParseEveryOption()
{
    const StartupOptions o = StartupOptions::parse(
        args({QStringLiteral("--endpoint-url"), QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("--region"),
              QStringLiteral("eu-central-1"), QStringLiteral("--profile"), QStringLiteral("dev"),
              QStringLiteral("--sandbox"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"),
              QStringLiteral("--window-size"), QStringLiteral("800x600"), QStringLiteral("--language"),
              QStringLiteral("de")}));
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.endpointUrl, QStringLiteral("http://127.0.0.1:9000"));
    QCOMPARE(o.region, QStringLiteral("eu-central-1"));
    QCOMPARE(o.profile, QStringLiteral("dev"));
    QVERIFY(o.sandbox);
    QCOMPARE(o.screenshotFile, QStringLiteral("/tmp/x.png"));
    const StartupOptions exporting = StartupOptions::parse(args({QStringLiteral("--export-inventory"), QStringLiteral("inv.CSV")}));
    QVERIFY2(exporting.error.isEmpty(), qPrintable(exporting.error));
    QCOMPARE(exporting.exportFile, QStringLiteral("inv.CSV"));
    QCOMPARE(o.windowSize, QSize(800, 600));
    QCOMPARE(o.language, QStringLiteral("de"));
    QVERIFY2(o.helpText.contains(QLatin1String("--language")), qPrintable(o.helpText));
    QVERIFY(!o.showHelp && !o.showVersion && !o.startupTiming);
}

void TestStartupOptions::shouldRefuseWrongCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such")} << QStringLiteral("no-such");
    QTest::newRow("value missing") << QStringList{QStringLiteral("--region")} << QStringLiteral("region");
    QTest::newRow("empty screenshot") << QStringList{QStringLiteral("--screenshot=")} << QStringLiteral("--screenshot");
    QTest::newRow("positional") << QStringList{QStringLiteral("stray")} << QStringLiteral("stray");
    QTest::newRow("window size not a size") << QStringList{QStringLiteral("--window-size=big")} << QStringLiteral("--window-size");
    QTest::newRow("window size one number") << QStringList{QStringLiteral("--window-size=800")} << QStringLiteral("--window-size");
    QTest::newRow("window size too small") << QStringList{QStringLiteral("--window-size=320x200")} << QStringLiteral("640x400");
    QTest::newRow("window size negative") << QStringList{QStringLiteral("--window-size=-800x600")} << QStringLiteral("--window-size");
    QTest::newRow("window size huge") << QStringList{QStringLiteral("--window-size=99999x600")} << QStringLiteral("--window-size");
    QTest::newRow("export to a file it cannot format") << QStringList{QStringLiteral("--export-inventory=out.txt")}
                                                       << QStringLiteral(".json or .csv");
    QTest::newRow("export and screenshot") << QStringList{QStringLiteral("--export-inventory=out.csv"),
                                                          QStringLiteral("--screenshot=a.png")}
                                           << QStringLiteral("cannot be used together");
}

void TestStartupOptions::shouldReadWindowSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::newRow("x") << QStringLiteral("1024x700") << QSize(1024, 700);
    QTest::newRow("X and spaces") << QStringLiteral(" 800 X 600 ") << QSize(800, 600);
    QTest::newRow("times sign") << QStringLiteral("1920\u00D71080") << QSize(1920, 1080);
    QTest::newRow("smallest") << QStringLiteral("640x400") << QSize(640, 400);
    QTest::newRow("too narrow") << QStringLiteral("639x400") << QSize();
    QTest::newRow("comma") << QStringLiteral("800,600") << QSize();
    QTest::newRow("trailing") << QStringLiteral("800x600px") << QSize();
}

void TestStartupOptions::shouldReadWindowSizes()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QCOMPARE(StartupOptions::parseWindowSize(text), size);
}

void TestStartupOptions::shouldRefuseWrongCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const StartupOptions o = StartupOptions::parse(args(arguments));
    QVERIFY(!o.error.isEmpty());
    QVERIFY2(o.error.contains(named), qPrintable(o.error));
}

void TestStartupOptions::shouldDescribeCredentialsAsTheyAreFound()
{
    const QString help = StartupOptions::parse(args({QStringLiteral("--help")})).helpText;
    for (const char *part : {"--profile", "AWS_PROFILE", "~/.aws/config", "keychain", "AWS_ENDPOINT_URL_CODEARTIFACT",
                             "need no display"})
        QVERIFY2(help.contains(QLatin1String(part)), part);
    QVERIFY2(!help.contains(QLatin1String("later release")), qPrintable(help));
}

void TestStartupOptions::shouldDecideBeforeStart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("exitCode");
    const QStringList x11{QStringLiteral("DISPLAY=:0")};
    const QStringList wayland{QStringLiteral("WAYLAND_DISPLAY=wayland-0")};
    const QStringList none;
    const QStringList chosen{QStringLiteral("QT_QPA_PLATFORM=xcb")};
    QTest::newRow("desktop") << QStringList{} << x11 << int(Action::Start) << 0;
    QTest::newRow("wayland") << QStringList{QStringLiteral("--sandbox")} << wayland << int(Action::Start) << 0;
    QTest::newRow("screenshot on a desktop") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("a.png")} << x11
                                             << int(Action::StartOffscreen) << 0;
    QTest::newRow("screenshot= headless") << QStringList{QStringLiteral("--screenshot=a.png")} << none
                                          << int(Action::StartOffscreen) << 0;
    QTest::newRow("help headless") << QStringList{QStringLiteral("--help")} << none << int(Action::StartOffscreen) << 0;
    QTest::newRow("export headless") << QStringList{QStringLiteral("--export-inventory"), QStringLiteral("-")} << none
                                     << int(Action::StartOffscreen) << 0;
    QTest::newRow("export= on a desktop") << QStringList{QStringLiteral("--export-inventory=a.json")} << x11
                                          << int(Action::StartOffscreen) << 0;
    QTest::newRow("-h headless") << QStringList{QStringLiteral("-h")} << none << int(Action::StartOffscreen) << 0;
    QTest::newRow("version headless") << QStringList{QStringLiteral("--version")} << none << int(Action::StartOffscreen) << 0;
    QTest::newRow("headless") << QStringList{QStringLiteral("--sandbox")} << none << int(Action::Exit) << 1;
    QTest::newRow("headless typo") << QStringList{QStringLiteral("--sandbx")} << none << int(Action::Exit) << 2;
    QTest::newRow("platform chosen in env") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("a.png")} << chosen
                                            << int(Action::Start) << 0;
    QTest::newRow("platform chosen headless") << QStringList{} << QStringList{QStringLiteral("QT_QPA_PLATFORM=offscreen")}
                                              << int(Action::Start) << 0;
    QTest::newRow("-platform argument") << QStringList{QStringLiteral("-platform"), QStringLiteral("vnc")} << none
                                        << int(Action::Start) << 0;
}

void TestStartupOptions::shouldDecideBeforeStart()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, env);
    QFETCH(int, action);
    QFETCH(int, exitCode);
    const auto preflight = StartupOptions::preflight(args(arguments), environment(env));
    QCOMPARE(int(preflight.action), action);
    QCOMPARE(preflight.exitCode, exitCode);
    if (preflight.action == Action::Exit) {
        QVERIFY(!preflight.message.isEmpty());
        if (exitCode == 2)
            QVERIFY2(preflight.message.contains(QLatin1String("sandbx")), qPrintable(preflight.message));
        else
            QVERIFY2(preflight.message.contains(QLatin1String("--screenshot")), qPrintable(preflight.message));
    }
}

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
