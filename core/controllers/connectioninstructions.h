#pragma once

#include "base/operationinputs.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace desk {

// Which repository, in which package format, reached how: everything the instructions are made of.
struct ConnectionTarget
{
    RepositoryRef repository;   // domain, domain owner (may be empty: the caller's account), repository
    QString format;             // npm, pypi, maven, nuget, ruby, cargo, swift
    QString endpoint;           // the repository's endpoint as GetRepositoryEndpoint returned it
    // How the AWS CLI lines reach the service, as "Copy as AWS CLI command" renders them.
    QString region;             // --region
    QString endpointUrl;        // --endpoint-url: an overridden service endpoint, empty for the default
    QString cliProfile;         // "--profile NAME", or empty
    QString cliNote;            // comment lines on top of the blocks that run the AWS CLI, or empty
};

// One block of instructions: a file's contents, or commands for a POSIX shell.
struct ConnectionSnippet
{
    QString id;         // stable: "npmrc", "maven-settings", "login", ... (tests and objectNames use it)
    QString title;      // for people: "npm, pnpm and Yarn 1"
    QString location;   // the file it goes in ("~/.npmrc"), or empty: shell commands
    QString text;
    QString note;       // one or two sentences; may be empty

    bool isShell() const { return location.isEmpty(); }
};

// The setup of each package manager for one repository, in the forms AWS's CodeArtifact user guide
// documents (npm-auth, python-configure-pip/twine, maven-mvn, maven-gradle, nuget-cli,
// configure-use-rubygems-bundler, configure-use-cargo, configure-swift). The authorization token is
// never in the text: the snippets read it from CODEARTIFACT_AUTH_TOKEN (exported by the first
// block) or, for Cargo, run the AWS CLI each time. Pure functions; no network, no widgets.
class ConnectionInstructions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionInstructions)

public:
    static constexpr const char *kTokenVariable = "CODEARTIFACT_AUTH_TOKEN";

    // The formats with instructions, in the order a chooser lists them.
    static QStringList formats();
    // "npm", "Python (PyPI)", "Maven and Gradle", ...
    static QString formatTitle(const QString &format);

    // Every block for the target's format: the token (when the tools need it in the environment),
    // the tools' files and commands, then the equivalent `aws codeartifact login` lines.
    static QList<ConnectionSnippet> snippets(const ConnectionTarget &target);

    // aws codeartifact get-authorization-token ... --query authorizationToken --output text
    static QString tokenCommand(const ConnectionTarget &target);
    // export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token ...)
    static QString tokenExport(const ConnectionTarget &target);
    // The tools `aws codeartifact login --tool` configures for a format (none for Maven, Ruby, Cargo).
    static QStringList loginTools(const QString &format);
    // aws codeartifact login --tool TOOL --domain D --domain-owner O --repository R ...
    static QString loginCommand(const ConnectionTarget &target, const QString &tool);

    // The endpoint with the one trailing slash every tool needs.
    static QString normalizedEndpoint(const QString &endpoint);
    // NuGet's source name for the repository, as `aws codeartifact login` names it: domain/repository.
    static QString nugetSourceName(const RepositoryRef &repository);
    // The source's element name under <packageSourceCredentials> (NuGet encodes the key as an XML name).
    static QString nugetCredentialsElement(const QString &sourceName);
    // The environment variable Bundler reads the repository host's credentials from.
    static QString bundlerCredentialsVariable(const QString &endpoint);
};

} // namespace desk
