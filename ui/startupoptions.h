#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSize>
#include <QString>
#include <QStringList>

namespace desk {

// artifact-desk's command line. Parsing does not exit: main() decides what to do with --help,
// --version and an error, so this can be tested.
class StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    static StartupOptions parse(const QStringList &arguments);
    // "1024x700" (also with "X" or "×"); an invalid QSize when it is not WIDTHxHEIGHT within
    // kMinWindowSize..kMaxWindowSize.
    static QSize parseWindowSize(const QString &text);
    static constexpr QSize kMinWindowSize{640, 400};
    static constexpr QSize kMaxWindowSize{7680, 4320};

    // What main() does before QApplication exists (which aborts without a display).
    struct Preflight
    {
        enum class Action { Start, StartOffscreen, Exit };
        Action action = Action::Start;
        int exitCode = 0;
        QString message;   // for stderr, with Exit
    };
    static Preflight preflight(const QStringList &arguments, const QProcessEnvironment &environment);

    QString endpointUrl;      // --endpoint-url: the CodeArtifact endpoint, as in the AWS CLI
    QString region;           // --region
    QString profile;          // --profile: a shared-file profile or one added in the app
    QString screenshotFile;   // --screenshot FILE
    QString exportFile;       // --export-inventory FILE (.json, .csv, or - for JSON on stdout)
    QSize windowSize;         // --window-size WIDTHxHEIGHT; invalid: the window's own size
    QString language;         // --language CODE: "de", "en", "pseudo"; empty: the system's
    bool sandbox = false;     // --sandbox
    bool startupTiming = false; // --startup-timing (hidden): print the time to first paint and quit
    bool showHelp = false;
    bool showVersion = false;
    QString error;            // non-empty: the command line is wrong
    QString helpText;
    QString versionText;
};

} // namespace desk
