// The connection instructions: each format's files and commands, in the forms AWS's CodeArtifact
// user guide documents, with the repository's exact endpoint and the token only ever read from
// the environment.

#include "controllers/connectioninstructions.h"

#include "base/awsclicommand.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace desk;

namespace {

const QString kEndpointFormat =
    QStringLiteral("https://acme-prod-111122223333.d.codeartifact.us-west-2.amazonaws.com/%1/web-app/");

ConnectionTarget target(const QString &format, const QString &endpointUrl = {}, const QString &profile = {})
{
    ConnectionTarget t;
    t.repository = RepositoryRef{QStringLiteral("acme-prod"), QStringLiteral("111122223333"), QStringLiteral("web-app")};
    t.format = format;
    t.endpoint = kEndpointFormat.arg(format);
    t.region = QStringLiteral("us-west-2");
    t.endpointUrl = endpointUrl;
    t.cliProfile = profile;
    return t;
}

ConnectionSnippet find(const QList<ConnectionSnippet> &snippets, const QString &id)
{
    for (const ConnectionSnippet &s : snippets) {
        if (s.id == id)
            return s;
    }
    return {};
}

struct XmlRead
{
    QString error;
    QStringList urls;                 // the text of every <url>
    QStringList ids;                  // the text of every <id>
    QStringList addValues;            // the value of every <add value="...">
    QStringList elements;             // every element name, in document order
    QString password;                 // <password> text
};

XmlRead readXml(const QString &text)
{
    XmlRead out;
    QXmlStreamReader reader(text);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            current = reader.name().toString();
            out.elements << current;
            if (current == QLatin1String("add"))
                out.addValues << reader.attributes().value(QLatin1String("value")).toString();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            if (current == QLatin1String("url"))
                out.urls << reader.text().toString();
            else if (current == QLatin1String("id"))
                out.ids << reader.text().toString();
            else if (current == QLatin1String("password"))
                out.password = reader.text().toString();
        } else if (reader.isEndElement()) {
            current.clear();
        }
    }
    if (reader.hasError())
        out.error = reader.errorString();
    return out;
}

} // namespace

class TestConnectionInstructions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldOfferEveryFormatTheServiceHasToolsFor();
    void shouldExportTheTokenFromTheCliForEveryFormatButCargo_data();
    void shouldExportTheTokenFromTheCliForEveryFormatButCargo();
    void shouldWriteNpmrcWithTheRegistryAndTheTokenFromTheEnvironment();
    void shouldAddTheTrailingSlashEveryToolNeeds();
    void shouldWriteXmlThatParsesAndHoldsTheExactEndpoint_data();
    void shouldWriteXmlThatParsesAndHoldsTheExactEndpoint();
    void shouldEncodeTheNugetSourceNameAsNugetDoes_data();
    void shouldEncodeTheNugetSourceNameAsNugetDoes();
    void shouldPointPipAndTwineAtTheRepository();
    void shouldReferToTheTokenInGradleBothDsls();
    void shouldLetCargoRunTheCliForEachToken();
    void shouldGiveSwiftTheLoginUrl();
    void shouldConfigureRubyGemsAndBundlerThroughTheEnvironment();
    void shouldCarryRepositoryFormatAndEndpointOverrideInEveryLoginLine_data();
    void shouldCarryRepositoryFormatAndEndpointOverrideInEveryLoginLine();
    void shouldLeaveOutWhatIsNotGiven();
    void shouldNeverHoldATokenValue();
    void shouldWriteShellCommandsAShellAccepts();
    void shouldPutTheProfileNoteOnEveryBlockThatRunsTheCli();
    void shouldGiveNothingWithoutAnEndpointOrForAnUnknownFormat();
};

void TestConnectionInstructions::shouldOfferEveryFormatTheServiceHasToolsFor()
{
    const QStringList formats = ConnectionInstructions::formats();
    QCOMPARE(formats, (QStringList{QStringLiteral("npm"), QStringLiteral("pypi"), QStringLiteral("maven"),
                                   QStringLiteral("nuget"), QStringLiteral("ruby"), QStringLiteral("cargo"),
                                   QStringLiteral("swift")}));
    for (const QString &format : formats) {
        QVERIFY2(ConnectionInstructions::formatTitle(format) != format, qPrintable(format));
        QVERIFY2(!ConnectionInstructions::snippets(target(format)).isEmpty(), qPrintable(format));
    }
}

void TestConnectionInstructions::shouldExportTheTokenFromTheCliForEveryFormatButCargo_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : ConnectionInstructions::formats())
        QTest::newRow(qPrintable(format)) << format;
}

void TestConnectionInstructions::shouldExportTheTokenFromTheCliForEveryFormatButCargo()
{
    QFETCH(QString, format);
    const QList<ConnectionSnippet> snippets = ConnectionInstructions::snippets(target(format));
    if (format == QLatin1String("cargo")) {
        QVERIFY(find(snippets, QStringLiteral("token")).id.isEmpty());
        return;
    }
    const ConnectionSnippet token = snippets.constFirst();
    QCOMPARE(token.id, QStringLiteral("token"));
    QVERIFY(token.isShell());
    QCOMPARE(token.text,
             QStringLiteral("export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token --domain acme-prod "
                            "--domain-owner 111122223333 --region us-west-2 --query authorizationToken --output text)"));
    // Every other block that authenticates reads that variable.
    int readers = 0;
    for (const ConnectionSnippet &s : snippets.mid(1))
        readers += s.text.contains(QLatin1String("CODEARTIFACT_AUTH_TOKEN")) ? 1 : 0;
    QVERIFY2(readers > 0, qPrintable(format));
}

void TestConnectionInstructions::shouldWriteNpmrcWithTheRegistryAndTheTokenFromTheEnvironment()
{
    const QList<ConnectionSnippet> snippets = ConnectionInstructions::snippets(target(QStringLiteral("npm")));
    const ConnectionSnippet npmrc = find(snippets, QStringLiteral("npmrc"));
    QCOMPARE(npmrc.location, QStringLiteral("~/.npmrc"));
    const QStringList lines = npmrc.text.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("registry=https://acme-prod-111122223333.d.codeartifact.us-west-2.amazonaws.com/npm/web-app/"));
    QCOMPARE(lines.at(1), QStringLiteral("//acme-prod-111122223333.d.codeartifact.us-west-2.amazonaws.com/npm/web-app/"
                                         ":_authToken=${CODEARTIFACT_AUTH_TOKEN}"));

    const ConnectionSnippet yarn = find(snippets, QStringLiteral("yarnrc"));
    QCOMPARE(yarn.location, QStringLiteral(".yarnrc.yml"));
    QVERIFY(yarn.text.contains(QStringLiteral("npmRegistryServer: \"%1\"").arg(kEndpointFormat.arg(QStringLiteral("npm")))));
    QVERIFY(yarn.text.contains(QLatin1String("npmAuthToken: \"${CODEARTIFACT_AUTH_TOKEN}\"")));
    QVERIFY(yarn.text.contains(QLatin1String("npmAlwaysAuth: true")));
}

void TestConnectionInstructions::shouldAddTheTrailingSlashEveryToolNeeds()
{
    ConnectionTarget t = target(QStringLiteral("npm"));
    t.endpoint.chop(1);
    QVERIFY(!t.endpoint.endsWith(u'/'));
    const ConnectionSnippet npmrc = find(ConnectionInstructions::snippets(t), QStringLiteral("npmrc"));
    QVERIFY(npmrc.text.startsWith(QStringLiteral("registry=%1\n").arg(kEndpointFormat.arg(QStringLiteral("npm")))));
    QVERIFY(npmrc.text.contains(QLatin1String("/npm/web-app/:_authToken=")));
    QCOMPARE(ConnectionInstructions::normalizedEndpoint(QStringLiteral("https://h/x/")), QStringLiteral("https://h/x/"));
}

void TestConnectionInstructions::shouldWriteXmlThatParsesAndHoldsTheExactEndpoint_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("root");
    QTest::newRow("settings.xml") << QStringLiteral("maven") << QStringLiteral("maven-settings") << QStringLiteral("settings");
    QTest::newRow("pom.xml repositories") << QStringLiteral("maven") << QStringLiteral("maven-pom") << QStringLiteral("repositories");
    QTest::newRow("pom.xml distributionManagement")
        << QStringLiteral("maven") << QStringLiteral("maven-deploy") << QStringLiteral("distributionManagement");
    QTest::newRow("nuget.config") << QStringLiteral("nuget") << QStringLiteral("nuget-config") << QStringLiteral("configuration");
}

void TestConnectionInstructions::shouldWriteXmlThatParsesAndHoldsTheExactEndpoint()
{
    QFETCH(QString, format);
    QFETCH(QString, id);
    QFETCH(QString, root);
    const ConnectionSnippet s = find(ConnectionInstructions::snippets(target(format)), id);
    QCOMPARE(s.id, id);
    const XmlRead xml = readXml(s.text);
    QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
    QCOMPARE(xml.elements.value(0), root);
    const QString endpoint = kEndpointFormat.arg(format);
    if (format == QLatin1String("nuget")) {
        QCOMPARE(xml.addValues, (QStringList{endpoint + QStringLiteral("v3/index.json"), QStringLiteral("aws"),
                                             QStringLiteral("%CODEARTIFACT_AUTH_TOKEN%")}));
        QVERIFY(xml.elements.contains(QStringLiteral("acme-prod_x002F_web-app")));
        return;
    }
    QCOMPARE(xml.urls, QStringList{endpoint});
    if (id == QLatin1String("maven-settings")) {
        // The server's credentials apply to the repository with the same id.
        QCOMPARE(xml.ids, (QStringList{QStringLiteral("codeartifact"), QStringLiteral("default"), QStringLiteral("codeartifact")}));
        QCOMPARE(xml.password, QStringLiteral("${env.CODEARTIFACT_AUTH_TOKEN}"));
    }
}

void TestConnectionInstructions::shouldEncodeTheNugetSourceNameAsNugetDoes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("element");
    QTest::newRow("slash") << QStringLiteral("acme/web") << QStringLiteral("acme_x002F_web");
    QTest::newRow("dots and dashes stay") << QStringLiteral("a-b/c.d_e") << QStringLiteral("a-b_x002F_c.d_e");
    QTest::newRow("digit first") << QStringLiteral("1a") << QStringLiteral("_x0031_a");
    QTest::newRow("underscore that reads as an escape") << QStringLiteral("a/_x0041_")
                                                        << QStringLiteral("a_x002F__x005F_x0041_");
}

void TestConnectionInstructions::shouldEncodeTheNugetSourceNameAsNugetDoes()
{
    QFETCH(QString, name);
    QFETCH(QString, element);
    QCOMPARE(ConnectionInstructions::nugetCredentialsElement(name), element);
}

void TestConnectionInstructions::shouldPointPipAndTwineAtTheRepository()
{
    const QList<ConnectionSnippet> snippets = ConnectionInstructions::snippets(target(QStringLiteral("pypi")));
    const QString host = QStringLiteral("acme-prod-111122223333.d.codeartifact.us-west-2.amazonaws.com");
    QCOMPARE(find(snippets, QStringLiteral("pip")).text,
             QStringLiteral("pip config set global.index-url \"https://aws:${CODEARTIFACT_AUTH_TOKEN}@%1/pypi/web-app/simple/\"")
                 .arg(host));
    QCOMPARE(find(snippets, QStringLiteral("pip-env")).text,
             QStringLiteral("export PIP_INDEX_URL=\"https://aws:${CODEARTIFACT_AUTH_TOKEN}@%1/pypi/web-app/simple/\"").arg(host));

    // .pypirc as an INI file: the server, its URL and user, and no password in the file.
    const ConnectionSnippet pypirc = find(snippets, QStringLiteral("pypirc"));
    QCOMPARE(pypirc.location, QStringLiteral("~/.pypirc"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("pypirc")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pypirc.text.toUtf8());
    file.close();
    QSettings ini(file.fileName(), QSettings::IniFormat);
    // (QSettings does not read configparser's continuation lines: the server list is checked as text.)
    QVERIFY(pypirc.text.startsWith(QLatin1String("[distutils]\nindex-servers =\n    codeartifact\n")));
    QCOMPARE(ini.value(QStringLiteral("codeartifact/repository")).toString(), kEndpointFormat.arg(QStringLiteral("pypi")));
    QCOMPARE(ini.value(QStringLiteral("codeartifact/username")).toString(), QStringLiteral("aws"));
    QVERIFY(!ini.contains(QStringLiteral("codeartifact/password")));

    const QString twine = find(snippets, QStringLiteral("twine-env")).text;
    QVERIFY(twine.contains(QLatin1String("export TWINE_USERNAME=aws\n")));
    QVERIFY(twine.contains(QLatin1String("export TWINE_PASSWORD=\"${CODEARTIFACT_AUTH_TOKEN}\"\n")));
    QVERIFY(twine.endsWith(QStringLiteral("export TWINE_REPOSITORY_URL=%1").arg(kEndpointFormat.arg(QStringLiteral("pypi")))));
}

void TestConnectionInstructions::shouldReferToTheTokenInGradleBothDsls()
{
    const QList<ConnectionSnippet> snippets = ConnectionInstructions::snippets(target(QStringLiteral("maven")));
    const QString endpoint = kEndpointFormat.arg(QStringLiteral("maven"));
    const ConnectionSnippet groovy = find(snippets, QStringLiteral("gradle-groovy"));
    QCOMPARE(groovy.location, QStringLiteral("build.gradle"));
    QCOMPARE(groovy.text.count(QStringLiteral("url '%1'").arg(endpoint)), 2);
    QCOMPARE(groovy.text.count(QLatin1String("password System.env.CODEARTIFACT_AUTH_TOKEN")), 2);
    QCOMPARE(groovy.text.count(u'{'), groovy.text.count(u'}'));
    const ConnectionSnippet kotlin = find(snippets, QStringLiteral("gradle-kotlin"));
    QCOMPARE(kotlin.location, QStringLiteral("build.gradle.kts"));
    QCOMPARE(kotlin.text.count(QStringLiteral("url = uri(\"%1\")").arg(endpoint)), 2);
    QCOMPARE(kotlin.text.count(QLatin1String("password = System.getenv(\"CODEARTIFACT_AUTH_TOKEN\")")), 2);
    QCOMPARE(kotlin.text.count(u'{'), kotlin.text.count(u'}'));
}

void TestConnectionInstructions::shouldLetCargoRunTheCliForEachToken()
{
    const ConnectionTarget t = target(QStringLiteral("cargo"), QStringLiteral("http://127.0.0.1:4566"), QStringLiteral("--profile dev"));
    const ConnectionSnippet cargo = find(ConnectionInstructions::snippets(t), QStringLiteral("cargo"));
    QCOMPARE(cargo.location, QStringLiteral("~/.cargo/config.toml"));
    const QStringList lines = cargo.text.split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("[registries.web-app]"));
    QCOMPARE(lines.value(1), QStringLiteral("index = \"sparse+%1\"").arg(kEndpointFormat.arg(QStringLiteral("cargo"))));
    QCOMPARE(lines.value(2), QStringLiteral("credential-provider = \"cargo:token-from-stdout aws codeartifact "
                                            "get-authorization-token --domain acme-prod --domain-owner 111122223333 "
                                            "--region us-west-2 --endpoint-url http://127.0.0.1:4566 --profile dev "
                                            "--query authorizationToken --output text\""));
    QVERIFY(cargo.text.contains(QLatin1String("[registry]\ndefault = \"web-app\"")));
    QVERIFY(cargo.text.contains(QLatin1String("[source.crates-io]\nreplace-with = \"web-app\"")));
}

void TestConnectionInstructions::shouldGiveSwiftTheLoginUrl()
{
    const ConnectionSnippet swift = find(ConnectionInstructions::snippets(target(QStringLiteral("swift"))), QStringLiteral("swift"));
    const QString endpoint = kEndpointFormat.arg(QStringLiteral("swift"));
    QCOMPARE(swift.text, QStringLiteral("swift package-registry login %1login --token \"${CODEARTIFACT_AUTH_TOKEN}\"\n"
                                        "swift package-registry set %1")
                             .arg(endpoint));
}

void TestConnectionInstructions::shouldConfigureRubyGemsAndBundlerThroughTheEnvironment()
{
    const QList<ConnectionSnippet> snippets = ConnectionInstructions::snippets(target(QStringLiteral("ruby")));
    const QString endpoint = kEndpointFormat.arg(QStringLiteral("ruby"));
    const QString gem = find(snippets, QStringLiteral("gem")).text;
    QVERIFY(gem.startsWith(QStringLiteral("export RUBYGEMS_HOST=%1\n").arg(endpoint.chopped(1))));
    QVERIFY(gem.contains(QLatin1String("export GEM_HOST_API_KEY=\"Bearer ${CODEARTIFACT_AUTH_TOKEN}\"\n")));
    QCOMPARE(find(snippets, QStringLiteral("gemfile")).text, QStringLiteral("source \"%1\"").arg(endpoint));
    QCOMPARE(find(snippets, QStringLiteral("bundler")).text,
             QStringLiteral("export BUNDLE_ACME___PROD___111122223333__D__CODEARTIFACT__US___WEST___2__AMAZONAWS__COM="
                            "\"aws:${CODEARTIFACT_AUTH_TOKEN}\""));
}

void TestConnectionInstructions::shouldCarryRepositoryFormatAndEndpointOverrideInEveryLoginLine_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("tools");
    QTest::newRow("npm") << QStringLiteral("npm") << QStringList{QStringLiteral("npm")};
    QTest::newRow("pypi") << QStringLiteral("pypi") << QStringList{QStringLiteral("pip"), QStringLiteral("twine")};
    QTest::newRow("nuget") << QStringLiteral("nuget") << QStringList{QStringLiteral("dotnet"), QStringLiteral("nuget")};
    QTest::newRow("swift") << QStringLiteral("swift") << QStringList{QStringLiteral("swift")};
    QTest::newRow("maven") << QStringLiteral("maven") << QStringList{};
    QTest::newRow("ruby") << QStringLiteral("ruby") << QStringList{};
    QTest::newRow("cargo") << QStringLiteral("cargo") << QStringList{};
}

void TestConnectionInstructions::shouldCarryRepositoryFormatAndEndpointOverrideInEveryLoginLine()
{
    QFETCH(QString, format);
    QFETCH(QStringList, tools);
    QCOMPARE(ConnectionInstructions::loginTools(format), tools);
    const ConnectionTarget t = target(format, QStringLiteral("http://127.0.0.1:4566"), QStringLiteral("--profile dev"));
    const ConnectionSnippet login = find(ConnectionInstructions::snippets(t), QStringLiteral("login"));
    if (tools.isEmpty()) {
        QVERIFY(login.id.isEmpty());
        return;
    }
    const QStringList lines = login.text.split(u'\n');
    QCOMPARE(lines.size(), tools.size());
    for (int i = 0; i < tools.size(); ++i) {
        QCOMPARE(lines.at(i), QStringLiteral("aws codeartifact login --tool %1 --domain acme-prod --domain-owner 111122223333 "
                                             "--repository web-app --region us-west-2 --endpoint-url http://127.0.0.1:4566 "
                                             "--profile dev")
                                  .arg(tools.at(i)));
    }
    // The token line reaches the same service the same way.
    const ConnectionSnippet token = find(ConnectionInstructions::snippets(t), QStringLiteral("token"));
    QVERIFY(token.text.contains(QLatin1String(" --region us-west-2 --endpoint-url http://127.0.0.1:4566 --profile dev ")));
}

void TestConnectionInstructions::shouldLeaveOutWhatIsNotGiven()
{
    ConnectionTarget t = target(QStringLiteral("npm"));
    t.repository.domainOwner.clear();
    t.region.clear();
    const QList<ConnectionSnippet> snippets = ConnectionInstructions::snippets(t);
    QCOMPARE(find(snippets, QStringLiteral("token")).text,
             QStringLiteral("export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token --domain acme-prod "
                            "--query authorizationToken --output text)"));
    QCOMPARE(find(snippets, QStringLiteral("login")).text,
             QStringLiteral("aws codeartifact login --tool npm --domain acme-prod --repository web-app"));
}

void TestConnectionInstructions::shouldNeverHoldATokenValue()
{
    // The instructions are made of the target alone, which holds no token: a value in the text could
    // only have come from somewhere it must not. Every reference is to the variable (or the CLI).
    static const QRegularExpression tokenish(QStringLiteral("(eyJ|sbx\\.)[A-Za-z0-9_-]{8,}"));
    for (const QString &format : ConnectionInstructions::formats()) {
        for (const ConnectionSnippet &s : ConnectionInstructions::snippets(target(format))) {
            QVERIFY2(!tokenish.match(s.text).hasMatch(), qPrintable(format + u'/' + s.id));
            QVERIFY2(!s.title.isEmpty() && !s.text.isEmpty(), qPrintable(format + u'/' + s.id));
        }
    }
}

void TestConnectionInstructions::shouldPutTheProfileNoteOnEveryBlockThatRunsTheCli()
{
    const QString note = AwsCliCommand::comment(QStringLiteral("The AWS CLI does not know profile team.\nRun aws configure."));
    int noted = 0;
    for (const QString &format : ConnectionInstructions::formats()) {
        ConnectionTarget t = target(format, {}, QStringLiteral("--profile team"));
        const QList<ConnectionSnippet> plain = ConnectionInstructions::snippets(t);
        t.cliNote = note;
        const QList<ConnectionSnippet> withNote = ConnectionInstructions::snippets(t);
        QCOMPARE(withNote.size(), plain.size());
        for (qsizetype i = 0; i < plain.size(); ++i) {
            if (plain.at(i).text.contains(QLatin1String("aws codeartifact "))) {
                QCOMPARE(withNote.at(i).text, note + u'\n' + plain.at(i).text);
                ++noted;
            } else {
                QCOMPARE(withNote.at(i).text, plain.at(i).text);
            }
        }
    }
    // The token block of six formats, their login lines (four), and Cargo's configuration.
    QVERIFY2(noted >= 7, qPrintable(QString::number(noted)));
}

void TestConnectionInstructions::shouldWriteShellCommandsAShellAccepts()
{
    int checked = 0;
    for (const QString &format : ConnectionInstructions::formats()) {
        const ConnectionTarget t = target(format, QStringLiteral("http://127.0.0.1:4566"), QStringLiteral("--profile dev"));
        for (const ConnectionSnippet &s : ConnectionInstructions::snippets(t)) {
            if (!s.isShell())
                continue;
            QProcess sh;
            sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), s.text});
            QVERIFY(sh.waitForFinished(10000));
            QVERIFY2(sh.exitCode() == 0, qPrintable(format + u'/' + s.id + u' ' + QString::fromUtf8(sh.readAllStandardError())));
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
}

void TestConnectionInstructions::shouldGiveNothingWithoutAnEndpointOrForAnUnknownFormat()
{
    ConnectionTarget t = target(QStringLiteral("npm"));
    t.endpoint.clear();
    QVERIFY(ConnectionInstructions::snippets(t).isEmpty());
    QVERIFY(ConnectionInstructions::snippets(target(QStringLiteral("conda"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionInstructions)
#include "tst_connectioninstructions.moc"
