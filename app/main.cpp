// artifact-desk: the composition root. Builds the client, the window and (for --sandbox or
// "Try the sandbox") the in-process sandbox, and wires them; everything else is in libraries.

#include "ui/mainwindow.h"
#include "ui/mfadialogprompt.h"
#include "ui/screenshotrunner.h"
#include "ui/ssodialogprompt.h"
#include "ui/startupoptions.h"
#include "ui/translations.h"

#include "api/codeartifactclient.h"
#include "controllers/inventoryexport.h"
#include "aws/awscredentials.h"
#include "base/eventloops.h"
#include "credentials/profilemanager.h"
#include "credentials/appprofilestore.h"
#include "secrets/keychainsecretstore.h"
#ifdef DESK_HAS_SANDBOX
#include "sandbox/sandboxlauncher.h"
#endif

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Reports the first paint of the window (--startup-timing).
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &timer, QObject *parent) : QObject(parent), m_timer(timer) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::printf("first paint after %.1f ms (since main)\n", double(m_timer.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
    bool m_reported = false;
};

// The offscreen platform warns about every window it cannot resize for a window manager; on the
// command line (--screenshot) that line reads like an error, so it is left out.
QtMessageHandler g_previousHandler = nullptr;
void offscreenMessageFilter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        const auto preflight = desk::StartupOptions::preflight(arguments, QProcessEnvironment::systemEnvironment());
        if (preflight.action == desk::StartupOptions::Preflight::Action::Exit) {
            std::fprintf(stderr, "artifact-desk: %s\n", qPrintable(preflight.message));
            return preflight.exitCode;
        }
        if (preflight.action == desk::StartupOptions::Preflight::Action::StartOffscreen)
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    desk::EventLoops::useQtLoopForThreads();
    QApplication app(argc, argv);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        g_previousHandler = qInstallMessageHandler(offscreenMessageFilter);
    QApplication::setOrganizationName(QStringLiteral("ArtifactDesk"));
    QApplication::setApplicationName(QStringLiteral("artifact-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Artifact Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.artifactdesk.ArtifactDesk"));

    // The language comes first (--language, else the system's), so that --help and the command
    // line's errors are in it too.
    const QStringList arguments = QApplication::arguments();
    const desk::Translations::Result language = desk::Translations::install(desk::StartupOptions::parse(arguments).language);
    const desk::StartupOptions options = desk::StartupOptions::parse(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "artifact-desk: %s\n\n%s", qPrintable(options.error), qPrintable(options.helpText));
        return 2;
    }
    if (!language.error.isEmpty()) {
        std::fprintf(stderr, "artifact-desk: %s\n", qPrintable(language.error));
        return 2;
    }
    if (options.showHelp) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.showVersion) {
        std::fputs(qPrintable(options.versionText), stdout);
        return 0;
    }

    QNetworkAccessManager network;
    desk::CodeArtifactClient client(&network);
    QString region = options.region.isEmpty() ? desk::regionFromEnvironment() : options.region;
    if (region.isEmpty())
        region = QStringLiteral("us-east-1");
    client.setRegion(region);
    client.setEndpointOverride(options.endpointUrl);

    // Credentials as the AWS CLI finds them, then the app's own profiles (secrets in the keychain).
    desk::KeychainSecretStore secrets;
    desk::AppProfileStore appProfiles(&secrets);
    desk::ProfileManager profiles(&network, &appProfiles);
    profiles.setCommandLine(options.profile, options.region, options.endpointUrl);

#ifdef DESK_HAS_SANDBOX
    // The sandbox lives as long as the application; it starts the first time it is asked for.
    desk::SandboxConfig sandboxConfig;
    sandboxConfig.stateFile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                  .filePath(QStringLiteral("sandbox-state.json"));
    sandboxConfig.seed = QStringLiteral("demo");
    desk::SandboxLauncher sandbox(sandboxConfig);
    desk::SandboxStarter startSandbox = [&sandbox] { return sandbox.start(); };
#else
    desk::SandboxStarter startSandbox = [] {
        desk::SandboxEndpoint endpoint;
        endpoint.error = QCoreApplication::translate("main", "this build has no sandbox");
        return endpoint;
    };
#endif

    // --export-inventory: no window; nobody can type an MFA code or sign in.
    if (!options.exportFile.isEmpty()) {
        desk::UnanswerableMfaPrompt exportMfa(QCoreApplication::translate(
            "main", "a run with --export-inventory cannot ask for one. Use a profile without mfa_serial, or sign in "
                    "another way first."));
        desk::UnattendedSsoPrompt exportSso(
            QCoreApplication::translate("main", "A run with --export-inventory cannot sign in or choose a role."));
        profiles.setMfaPrompt(&exportMfa);
        profiles.setSsoPrompt(&exportSso);
        profiles.reload();
        desk::InventoryExportRun run(&client, options.exportFile);
        QObject::connect(&run, &desk::InventoryExportRun::problem, &app,
                         [](const QString &line) { std::fprintf(stderr, "artifact-desk: %s\n", qPrintable(line)); });
        QObject::connect(&run, &desk::InventoryExportRun::finished, &app, [](int code) { QCoreApplication::exit(code); });
        if (options.sandbox) {
            const desk::SandboxEndpoint endpoint = startSandbox();
            if (!endpoint.error.isEmpty()) {
                std::fprintf(stderr, "artifact-desk: the sandbox could not start: %s\n", qPrintable(endpoint.error));
                return 1;
            }
            run.startWith(endpoint);
        } else {
            run.startWith(&profiles);
        }
        return app.exec();
    }

    desk::MainWindow window(&client);
    window.setSandboxStarter(startSandbox);
    window.setProfiles(&profiles, &appProfiles, &network);
    // With --screenshot nobody is there to type an MFA code: such a profile fails at once.
    desk::MfaDialogPrompt mfaPrompt(&window);
    desk::UnanswerableMfaPrompt headlessMfa(QCoreApplication::translate(
        "main", "a run with --screenshot cannot ask for one. Start Artifact Desk with its window, or use a profile "
                "without mfa_serial."));
    if (options.screenshotFile.isEmpty())
        profiles.setMfaPrompt(&mfaPrompt);
    else
        profiles.setMfaPrompt(&headlessMfa);
    // IAM Identity Center: the sign-in and the role choice need a person too.
    desk::SsoDialogPrompt ssoPrompt(&window);
    desk::UnattendedSsoPrompt headlessSso(QCoreApplication::translate(
        "main", "A run with --screenshot cannot sign in or choose a role."));
    if (options.screenshotFile.isEmpty())
        profiles.setSsoPrompt(&ssoPrompt);
    else
        profiles.setSsoPrompt(&headlessSso);
    profiles.reload();
    if (options.sandbox) {
        const desk::SandboxEndpoint endpoint = startSandbox();
        if (!endpoint.error.isEmpty()) {
            std::fprintf(stderr, "artifact-desk: the sandbox could not start: %s\n", qPrintable(endpoint.error));
            return 1;
        }
        window.useSandbox(endpoint);
    }

    if (options.startupTiming)
        window.installEventFilter(new FirstPaintProbe(sinceStart, &window));

    if (options.windowSize.isValid())
        window.resize(options.windowSize);
    window.show();
    std::unique_ptr<desk::ScreenshotRunner> screenshot;
    if (!options.screenshotFile.isEmpty()) {
        screenshot = std::make_unique<desk::ScreenshotRunner>(&window, options.screenshotFile);
        QObject::connect(screenshot.get(), &desk::ScreenshotRunner::finished, &app, [](int code) {
            QCoreApplication::exit(code);
        });
    }
    if (options.sandbox) {
        window.start();
        if (screenshot)
            screenshot->start();
    } else {
        // Resolving credentials may read the keychain, run credential_process or call STS: the
        // window starts (inventory or welcome page) when that has answered.
        if (screenshot) {
            auto startScreenshot = [&screenshot] { screenshot->start(); };
            QObject::connect(&profiles, &desk::ProfileManager::activated, screenshot.get(), startScreenshot,
                             Qt::SingleShotConnection);
            QObject::connect(
                &profiles, &desk::ProfileManager::activationFailed, screenshot.get(),
                [&screenshot](const QString &, const desk::AwsError &error) {
                    screenshot->recordError(error.userMessage());
                    screenshot->start();
                },
                Qt::SingleShotConnection);
        }
        profiles.activateInitial();
    }
    return app.exec();
}
