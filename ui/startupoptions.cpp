#include "startupoptions.h"

#include <QCommandLineParser>

namespace desk {

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Artifact Desk: browse AWS CodeArtifact domains and repositories and manage their external connections.\n\n"
           "Credentials come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; the region from "
           "--region, AWS_REGION or AWS_DEFAULT_REGION; the endpoint from --endpoint-url, "
           "AWS_ENDPOINT_URL_CODEARTIFACT or AWS_ENDPOINT_URL."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption endpointOption(QStringLiteral("endpoint-url"),
                                            tr("The CodeArtifact endpoint, as in the AWS CLI (STS keeps its own)."),
                                            tr("URL"));
    const QCommandLineOption regionOption(QStringLiteral("region"), tr("The AWS region, e.g. us-east-1."), tr("REGION"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("A named credential profile (accepted; profiles come with a later release)."),
                                           tr("PROFILE"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           tr("Start the built-in CodeArtifact sandbox (demo content, loopback only) and "
                                              "connect to it."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Load the inventory, select the first repository, save a PNG of the window to FILE and exit "
           "(exit code 1 when a CodeArtifact request failed)."),
        tr("FILE"));
    QCommandLineOption timingOption(QStringLiteral("startup-timing"),
                                    tr("Print the time from start to the first painted window, then exit."));
    timingOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({endpointOption, regionOption, profileOption, sandboxOption, screenshotOption, timingOption});

    StartupOptions options;
    options.helpText = parser.helpText();
    options.versionText = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return options;
    }
    options.showHelp = parser.isSet(helpOption);
    options.showVersion = parser.isSet(versionOption);
    options.endpointUrl = parser.value(endpointOption);
    options.region = parser.value(regionOption);
    options.profile = parser.value(profileOption);
    options.sandbox = parser.isSet(sandboxOption);
    options.screenshotFile = parser.value(screenshotOption);
    options.startupTiming = parser.isSet(timingOption);
    if (parser.isSet(screenshotOption) && options.screenshotFile.isEmpty())
        options.error = tr("--screenshot needs a file name.");
    return options;
}

} // namespace desk
