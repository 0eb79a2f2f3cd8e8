#include "ui/startupoptions.h"

#include "controllers/inventoryexport.h"
#include "ui/translations.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace desk {

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Artifact Desk: browse AWS CodeArtifact domains and repositories and manage their external connections.\n\n"
           "Credentials are found as the AWS CLI finds them: --profile, then AWS_ACCESS_KEY_ID, "
           "AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, then AWS_PROFILE, then the profile used last time, "
           "[default] in ~/.aws/credentials and ~/.aws/config, then the profiles added in Artifact Desk "
           "(their secrets are in the OS keychain). The region comes from --region, AWS_REGION, "
           "AWS_DEFAULT_REGION or the profile; the endpoint from --endpoint-url, AWS_ENDPOINT_URL_CODEARTIFACT, "
           "AWS_ENDPOINT_URL or the profile.\n\n"
           "--help, --version, --screenshot and --export-inventory need no display."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption endpointOption(QStringLiteral("endpoint-url"),
                                            tr("The CodeArtifact endpoint, as in the AWS CLI (STS keeps its own)."),
                                            tr("URL"));
    const QCommandLineOption regionOption(QStringLiteral("region"), tr("The AWS region, e.g. us-east-1."), tr("REGION"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("The credential profile to use: one from ~/.aws/config or "
                                              "~/.aws/credentials, or one added in Artifact Desk."),
                                           tr("PROFILE"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           tr("Start the built-in CodeArtifact sandbox (demo content, loopback only) and "
                                              "connect to it."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Load the inventory, select the first repository, save a PNG of the window to FILE and exit "
           "(exit code 1 when a CodeArtifact request failed)."),
        tr("FILE"));
    const QCommandLineOption exportOption(
        QStringLiteral("export-inventory"),
        tr("Describe every repository the credentials reach and write them to FILE (.json or .csv; - writes "
           "JSON to stdout), then exit: 0 when everything was read, 1 when anything failed (the rest is still "
           "written), 2 for a wrong command line."),
        tr("FILE"));
    const QCommandLineOption windowSizeOption(
        QStringLiteral("window-size"),
        tr("Open the window at this size in pixels, e.g. 1024x700 (also for --screenshot)."),
        tr("WIDTHxHEIGHT"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        tr("Show the window in LANGUAGE (%1; pseudo: every text longer and accented, for testing layouts) "
           "instead of the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).")
            .arg(Translations::available().join(QStringLiteral(", "))),
        tr("LANGUAGE"));
    QCommandLineOption timingOption(QStringLiteral("startup-timing"),
                                    tr("Print the time from start to the first painted window, then exit."));
    timingOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({endpointOption, regionOption, profileOption, sandboxOption, screenshotOption, exportOption,
                       windowSizeOption, languageOption, timingOption});

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
    options.language = parser.value(languageOption);
    if (parser.isSet(screenshotOption) && options.screenshotFile.isEmpty())
        options.error = tr("--screenshot needs a file name.");
    options.exportFile = parser.value(exportOption);
    if (parser.isSet(exportOption)) {
        if (InventoryExport::formatFor(options.exportFile) == InventoryExport::Format::None)
            options.error = tr("--export-inventory needs a file name ending in .json or .csv, or - for JSON on stdout.");
        else if (parser.isSet(screenshotOption))
            options.error = tr("--export-inventory and --screenshot cannot be used together.");
    }
    if (parser.isSet(windowSizeOption)) {
        options.windowSize = parseWindowSize(parser.value(windowSizeOption));
        if (!options.windowSize.isValid())
            options.error = tr("--window-size needs WIDTHxHEIGHT in pixels, from %1x%2 to %3x%4, e.g. 1024x700.")
                                .arg(kMinWindowSize.width())
                                .arg(kMinWindowSize.height())
                                .arg(kMaxWindowSize.width())
                                .arg(kMaxWindowSize.height());
    }
    return options;
}

QSize StartupOptions::parseWindowSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,5})\\s*[xX\\x{00D7}]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < kMinWindowSize.width() || size.height() < kMinWindowSize.height()
        || size.width() > kMaxWindowSize.width() || size.height() > kMaxWindowSize.height())
        return {};
    return size;
}

StartupOptions::Preflight StartupOptions::preflight(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Preflight out;
    // The user chose a platform (QT_QPA_PLATFORM or Qt's own -platform): stay out of the way.
    if (!environment.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty())
        return out;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-platform") || arg == QLatin1String("--platform")
            || arg.startsWith(QLatin1String("-platform=")))
            return out;
    }
    // These print or save a picture; none of them needs a screen, so they work over SSH and in CI.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("-?")
            || arg == QLatin1String("--help-all") || arg == QLatin1String("--version") || arg == QLatin1String("-v")
            || arg == QLatin1String("--screenshot") || arg.startsWith(QLatin1String("--screenshot="))
            || arg == QLatin1String("--export-inventory") || arg.startsWith(QLatin1String("--export-inventory="))) {
            out.action = Preflight::Action::StartOffscreen;
            return out;
        }
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a display Qt aborts (a core dump, not an answer); say what is missing instead. A
    // mistyped option deserves its own answer first.
    if (environment.value(QStringLiteral("DISPLAY")).isEmpty()
        && environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()) {
        out.action = Preflight::Action::Exit;
        if (const QString error = parse(arguments).error; !error.isEmpty()) {
            out.exitCode = 2;
            out.message = tr("%1\nRun artifact-desk --help for the options.").arg(error);
        } else {
            out.exitCode = 1;
            out.message = tr("There is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                             "Start Artifact Desk from a desktop session, or use --screenshot FILE to save a picture "
                             "of the window without one.");
        }
    }
#endif
    return out;
}

} // namespace desk
