#include "controllers/connectioninstructions.h"

#include "base/awsclicommand.h"
#include "base/awsrequest.h"

#include <QRegularExpression>
#include <QUrl>

namespace desk {

namespace {

const QString kToken = QStringLiteral("${CODEARTIFACT_AUTH_TOKEN}");
// The id both halves of a Maven setup share (a <server> and the <repository> it authenticates).
const QString kMavenId = QStringLiteral("codeartifact");

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

// "//host/path/": the endpoint without its scheme, as .npmrc keys its credentials.
QString schemeRelative(const QString &endpoint)
{
    const QUrl url(endpoint);
    return url.toString(QUrl::RemoveScheme);
}

// https://aws:${CODEARTIFACT_AUTH_TOKEN}@host/path/: the endpoint with the token as its password.
QString withTokenInUrl(const QString &endpoint)
{
    const QUrl url(endpoint);
    return url.scheme() + QStringLiteral("://aws:") + kToken + u'@' + schemeRelative(endpoint).mid(2);
}

QString withoutTrailingSlash(QString endpoint)
{
    while (endpoint.endsWith(u'/'))
        endpoint.chop(1);
    return endpoint;
}

// A Cargo registry name from the repository's name: letters, digits, '-' and '_' only.
QString cargoRegistryName(const QString &repository)
{
    QString name = repository;
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_-]"));
    name.replace(other, QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("codeartifact") : name;
}

QString tomlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

QString quoted(const QString &value)
{
    return AwsCliCommand::shellQuote(value);
}

// --domain D [--domain-owner O] [--repository R] as the CLI takes them.
QStringList repositoryArguments(const RepositoryRef &repository, bool withRepository)
{
    QStringList arguments{QStringLiteral("--domain"), quoted(repository.domain)};
    if (!repository.domainOwner.isEmpty())
        arguments << QStringLiteral("--domain-owner") << quoted(repository.domainOwner);
    if (withRepository)
        arguments << QStringLiteral("--repository") << quoted(repository.repository);
    return arguments;
}

ConnectionSnippet snippet(const char *id, const QString &title, const QString &location, const QString &text,
                          const QString &note = {})
{
    return ConnectionSnippet{QString::fromLatin1(id), title, location, text, note};
}

} // namespace

QStringList ConnectionInstructions::formats()
{
    return {QStringLiteral("npm"),   QStringLiteral("pypi"),  QStringLiteral("maven"), QStringLiteral("nuget"),
            QStringLiteral("ruby"),  QStringLiteral("cargo"), QStringLiteral("swift")};
}

QString ConnectionInstructions::formatTitle(const QString &format)
{
    if (format == QLatin1String("npm"))
        return tr("npm (npm, pnpm, Yarn)");
    if (format == QLatin1String("pypi"))
        return tr("Python (pip, twine)");
    if (format == QLatin1String("maven"))
        return tr("Maven (Maven, Gradle)");
    if (format == QLatin1String("nuget"))
        return tr("NuGet (dotnet, nuget)");
    if (format == QLatin1String("ruby"))
        return tr("Ruby (RubyGems, Bundler)");
    if (format == QLatin1String("cargo"))
        return tr("Cargo (Rust)");
    if (format == QLatin1String("swift"))
        return tr("Swift Package Manager");
    return format;
}

QString ConnectionInstructions::normalizedEndpoint(const QString &endpoint)
{
    const QString trimmed = endpoint.trimmed();
    return trimmed.isEmpty() || trimmed.endsWith(u'/') ? trimmed : trimmed + u'/';
}

QString ConnectionInstructions::tokenCommand(const ConnectionTarget &target)
{
    const AwsRequest request =
        AwsRequest::forOperation(Operation::GetAuthorizationToken, OperationInput::forDomain(target.repository.domainRef()));
    return AwsCliCommand::fromRequest(request, target.region, target.endpointUrl, target.cliProfile)
        + QStringLiteral(" --query authorizationToken --output text");
}

QString ConnectionInstructions::tokenExport(const ConnectionTarget &target)
{
    return QStringLiteral("export %1=$(%2)").arg(QLatin1String(kTokenVariable), tokenCommand(target));
}

QStringList ConnectionInstructions::loginTools(const QString &format)
{
    if (format == QLatin1String("npm"))
        return {QStringLiteral("npm")};
    if (format == QLatin1String("pypi"))
        return {QStringLiteral("pip"), QStringLiteral("twine")};
    if (format == QLatin1String("nuget"))
        return {QStringLiteral("dotnet"), QStringLiteral("nuget")};
    if (format == QLatin1String("swift"))
        return {QStringLiteral("swift")};
    return {};
}

QString ConnectionInstructions::loginCommand(const ConnectionTarget &target, const QString &tool)
{
    const QStringList arguments = QStringList{QStringLiteral("--tool"), quoted(tool)}
        + repositoryArguments(target.repository, true);
    return AwsCliCommand::fromArguments(QStringLiteral("codeartifact"), QStringLiteral("login"), arguments,
                                        target.region, target.endpointUrl, target.cliProfile);
}

QString ConnectionInstructions::nugetSourceName(const RepositoryRef &repository)
{
    return repository.domain + u'/' + repository.repository;
}

QString ConnectionInstructions::nugetCredentialsElement(const QString &sourceName)
{
    // XmlConvert.EncodeLocalName, which NuGet applies to the key: a character an XML name cannot
    // hold becomes _xHHHH_, and so does an underscore that would read as the start of one.
    static const QRegularExpression escapeLike(QStringLiteral("^_x[0-9A-Fa-f]{4}_"));
    QString out;
    for (qsizetype i = 0; i < sourceName.size(); ++i) {
        const QChar c = sourceName.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool digit = c >= u'0' && c <= u'9';
        bool valid = letter || c == u'_' || (i > 0 && (digit || c == u'-' || c == u'.'));
        if (c == u'_' && escapeLike.match(sourceName.mid(i)).hasMatch())
            valid = false;
        if (valid)
            out += c;
        else
            out += QStringLiteral("_x%1_").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    return out;
}

QString ConnectionInstructions::bundlerCredentialsVariable(const QString &endpoint)
{
    // Bundler's Settings.key_for(host): dots become "__", hyphens "___", all upper case.
    QString key = QUrl(endpoint).host();
    key.replace(u'.', QStringLiteral("__"));
    key.replace(u'-', QStringLiteral("___"));
    return QStringLiteral("BUNDLE_") + key.toUpper();
}

QList<ConnectionSnippet> ConnectionInstructions::snippets(const ConnectionTarget &targetIn)
{
    ConnectionTarget target = targetIn;
    target.endpoint = normalizedEndpoint(target.endpoint);
    const QString endpoint = target.endpoint;
    const QString &format = target.format;
    if (endpoint.isEmpty() || !formats().contains(format))
        return {};

    QList<ConnectionSnippet> out;
    // Cargo runs the AWS CLI itself each time it needs a token; every other tool reads it from the
    // environment.
    if (format != QLatin1String("cargo")) {
        out << snippet("token", tr("Token in the environment"), {}, tokenExport(target),
                       tr("Run this first in the shell the tools run in. The token is valid for 12 hours; run it "
                          "again when it expires."));
    }

    if (format == QLatin1String("npm")) {
        out << snippet("npmrc", tr("npm, pnpm and Yarn 1"), QStringLiteral("~/.npmrc"),
                       QStringLiteral("registry=%1\n%2:_authToken=%3").arg(endpoint, schemeRelative(endpoint), kToken),
                       tr("Or the project's .npmrc. npm reads the token from the environment each time it runs; the "
                          "registry URL must end with a slash."));
        out << snippet("yarnrc", tr("Yarn 2 or later"), QStringLiteral(".yarnrc.yml"),
                       QStringLiteral("npmRegistryServer: \"%1\"\nnpmAlwaysAuth: true\nnpmAuthToken: \"%2\"")
                           .arg(endpoint, kToken));
    } else if (format == QLatin1String("pypi")) {
        const QString index = withTokenInUrl(endpoint) + QStringLiteral("simple/");
        out << snippet("pip", tr("pip (pip.conf)"), {},
                       QStringLiteral("pip config set global.index-url \"%1\"").arg(index),
                       tr("Writes the index URL, token included, into pip.conf (~/.config/pip/pip.conf), as aws "
                          "codeartifact login does; run it again with a new token."));
        out << snippet("pip-env", tr("pip (this shell only)"), {},
                       QStringLiteral("export PIP_INDEX_URL=\"%1\"").arg(index),
                       tr("The same setting through the environment: nothing is written to disk."));
        out << snippet("pypirc", tr("twine"), QStringLiteral("~/.pypirc"),
                       QStringLiteral("[distutils]\nindex-servers =\n    codeartifact\n\n[codeartifact]\n"
                                      "repository = %1\nusername = aws")
                           .arg(endpoint),
                       tr(".pypirc cannot read the environment, so the password is not in it: run export "
                          "TWINE_PASSWORD=\"$CODEARTIFACT_AUTH_TOKEN\", then twine upload --repository codeartifact "
                          "dist/*."));
        out << snippet("twine-env", tr("twine (environment only)"), {},
                       QStringLiteral("export TWINE_USERNAME=aws\nexport TWINE_PASSWORD=\"%1\"\n"
                                      "export TWINE_REPOSITORY_URL=%2")
                           .arg(kToken, quoted(endpoint)));
    } else if (format == QLatin1String("maven")) {
        const QString url = xml(endpoint);
        out << snippet("maven-settings", tr("Maven: credentials and repository"), QStringLiteral("~/.m2/settings.xml"),
                       QStringLiteral("<settings>\n"
                                      "    <servers>\n"
                                      "        <server>\n"
                                      "            <id>%1</id>\n"
                                      "            <username>aws</username>\n"
                                      "            <password>${env.CODEARTIFACT_AUTH_TOKEN}</password>\n"
                                      "        </server>\n"
                                      "    </servers>\n"
                                      "    <profiles>\n"
                                      "        <profile>\n"
                                      "            <id>default</id>\n"
                                      "            <repositories>\n"
                                      "                <repository>\n"
                                      "                    <id>%1</id>\n"
                                      "                    <url>%2</url>\n"
                                      "                </repository>\n"
                                      "            </repositories>\n"
                                      "        </profile>\n"
                                      "    </profiles>\n"
                                      "    <activeProfiles>\n"
                                      "        <activeProfile>default</activeProfile>\n"
                                      "    </activeProfiles>\n"
                                      "</settings>")
                           .arg(kMavenId, url),
                       tr("Merge into an existing settings.xml. The <id> of the server and of the repository must "
                          "be the same."));
        out << snippet("maven-pom", tr("Maven: this project only"), QStringLiteral("pom.xml"),
                       QStringLiteral("<repositories>\n"
                                      "    <repository>\n"
                                      "        <id>%1</id>\n"
                                      "        <name>%1</name>\n"
                                      "        <url>%2</url>\n"
                                      "    </repository>\n"
                                      "</repositories>")
                           .arg(kMavenId, url),
                       tr("Inside <project>, instead of the <profiles> part of settings.xml; the <servers> part "
                          "is still needed."));
        out << snippet("maven-deploy", tr("Maven: publishing (mvn deploy)"), QStringLiteral("pom.xml"),
                       QStringLiteral("<distributionManagement>\n"
                                      "    <repository>\n"
                                      "        <id>%1</id>\n"
                                      "        <name>%1</name>\n"
                                      "        <url>%2</url>\n"
                                      "    </repository>\n"
                                      "</distributionManagement>")
                           .arg(kMavenId, url));
        out << snippet("gradle-groovy", tr("Gradle (Groovy DSL)"), QStringLiteral("build.gradle"),
                       QStringLiteral("repositories {\n"
                                      "    maven {\n"
                                      "        url '%1'\n"
                                      "        credentials {\n"
                                      "            username \"aws\"\n"
                                      "            password System.env.CODEARTIFACT_AUTH_TOKEN\n"
                                      "        }\n"
                                      "    }\n"
                                      "}\n"
                                      "\n"
                                      "publishing {\n"
                                      "    repositories {\n"
                                      "        maven {\n"
                                      "            url '%1'\n"
                                      "            credentials {\n"
                                      "                username \"aws\"\n"
                                      "                password System.env.CODEARTIFACT_AUTH_TOKEN\n"
                                      "            }\n"
                                      "        }\n"
                                      "    }\n"
                                      "}")
                           .arg(endpoint),
                       tr("publishing needs the maven-publish plugin. For plugins, put the same maven block in "
                          "pluginManagement { repositories { } } of settings.gradle."));
        out << snippet("gradle-kotlin", tr("Gradle (Kotlin DSL)"), QStringLiteral("build.gradle.kts"),
                       QStringLiteral("repositories {\n"
                                      "    maven {\n"
                                      "        url = uri(\"%1\")\n"
                                      "        credentials {\n"
                                      "            username = \"aws\"\n"
                                      "            password = System.getenv(\"CODEARTIFACT_AUTH_TOKEN\")\n"
                                      "        }\n"
                                      "    }\n"
                                      "}\n"
                                      "\n"
                                      "publishing {\n"
                                      "    repositories {\n"
                                      "        maven {\n"
                                      "            url = uri(\"%1\")\n"
                                      "            credentials {\n"
                                      "                username = \"aws\"\n"
                                      "                password = System.getenv(\"CODEARTIFACT_AUTH_TOKEN\")\n"
                                      "            }\n"
                                      "        }\n"
                                      "    }\n"
                                      "}")
                           .arg(endpoint));
    } else if (format == QLatin1String("nuget")) {
        const QString source = endpoint + QStringLiteral("v3/index.json");
        const QString name = nugetSourceName(target.repository);
        const QString element = nugetCredentialsElement(name);
        out << snippet("nuget-config", tr("nuget.config"), QStringLiteral("nuget.config"),
                       QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                      "<configuration>\n"
                                      "    <packageSources>\n"
                                      "        <add key=\"%1\" value=\"%2\" />\n"
                                      "    </packageSources>\n"
                                      "    <packageSourceCredentials>\n"
                                      "        <%3>\n"
                                      "            <add key=\"Username\" value=\"aws\" />\n"
                                      "            <add key=\"ClearTextPassword\" value=\"%CODEARTIFACT_AUTH_TOKEN%\" />\n"
                                      "        </%3>\n"
                                      "    </packageSourceCredentials>\n"
                                      "</configuration>")
                           .arg(xml(name), xml(source), element),
                       tr("The project's nuget.config, or ~/.nuget/NuGet/NuGet.Config. NuGet reads "
                          "%CODEARTIFACT_AUTH_TOKEN% from the environment when it runs; the source URL must end "
                          "in /v3/index.json."));
        out << snippet("dotnet", tr("dotnet CLI"), {},
                       QStringLiteral("dotnet nuget add source %1 --name %2 --username aws --password "
                                      "'%CODEARTIFACT_AUTH_TOKEN%' --store-password-in-clear-text")
                           .arg(quoted(source), quoted(name)),
                       tr("Stores the reference to the variable, not the token. Use dotnet nuget update source to "
                          "change an existing source."));
    } else if (format == QLatin1String("ruby")) {
        const QString host = withoutTrailingSlash(endpoint);
        out << snippet("gem", tr("RubyGems (gem)"), {},
                       QStringLiteral("export RUBYGEMS_HOST=%1\n"
                                      "export GEM_HOST_API_KEY=\"Bearer %2\"\n"
                                      "gem install my_gem --clear-sources --source \"%3\"\n"
                                      "gem push my_gem-1.0.0.gem")
                           .arg(quoted(host), kToken, withTokenInUrl(endpoint)),
                       tr("RUBYGEMS_HOST (no trailing slash) is where gem push publishes; gem reads the key from "
                          "GEM_HOST_API_KEY instead of ~/.gem/credentials. Replace my_gem with the gem."));
        out << snippet("gemfile", tr("Bundler: source"), QStringLiteral("Gemfile"),
                       QStringLiteral("source \"%1\"").arg(endpoint));
        out << snippet("bundler", tr("Bundler: credentials"), {},
                       QStringLiteral("export %1=\"aws:%2\"").arg(bundlerCredentialsVariable(endpoint), kToken),
                       tr("Bundler reads a host's credentials from this variable; bundle config %1 "
                          "\"aws:$CODEARTIFACT_AUTH_TOKEN\" would write them to ~/.bundle/config instead.")
                           .arg(host));
    } else if (format == QLatin1String("cargo")) {
        const QString registry = cargoRegistryName(target.repository.repository);
        out << snippet("cargo", tr("Cargo"), QStringLiteral("~/.cargo/config.toml"),
                       QStringLiteral("[registries.%1]\n"
                                      "index = %2\n"
                                      "credential-provider = %3\n"
                                      "\n"
                                      "[registry]\n"
                                      "default = %4\n"
                                      "\n"
                                      "[source.crates-io]\n"
                                      "replace-with = %4")
                           .arg(registry, tomlString(QStringLiteral("sparse+") + endpoint),
                                tomlString(QStringLiteral("cargo:token-from-stdout ") + tokenCommand(target)),
                                tomlString(registry)),
                       tr("Or the project's .cargo/config.toml. Cargo 1.74 or later runs the AWS CLI for a fresh "
                          "token whenever it needs one, so no token is kept."));
    } else if (format == QLatin1String("swift")) {
        out << snippet("swift", tr("Swift Package Manager"), {},
                       QStringLiteral("swift package-registry login %1 --token \"%2\"\n"
                                      "swift package-registry set %3")
                           .arg(quoted(endpoint + QStringLiteral("login")), kToken, quoted(endpoint)),
                       tr("Run in the directory that holds Package.swift. swift keeps the token in the macOS "
                          "Keychain, or in ~/.netrc on Linux. Add --scope NAMESPACE to set to use the repository "
                          "for one scope only."));
    }

    const QStringList tools = loginTools(format);
    if (!tools.isEmpty()) {
        QStringList lines;
        for (const QString &tool : tools)
            lines << loginCommand(target, tool);
        out << snippet("login", tr("Or: aws codeartifact login"), {}, lines.join(u'\n'),
                       tr("One line per tool. The AWS CLI fetches a 12-hour token and writes it into the tool's own "
                          "configuration."));
    }
    // Shell blocks and Cargo's TOML both take "#" comments.
    for (ConnectionSnippet &s : out) {
        if (s.text.contains(QLatin1String("aws codeartifact ")))
            s.text = AwsCliCommand::withNote(target.cliNote, s.text);
    }
    return out;
}

} // namespace desk
