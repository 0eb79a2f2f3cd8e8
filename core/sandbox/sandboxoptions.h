#pragma once

#include "sandbox/sandboxconfig.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace desk {

// The artifact-desk-sandbox command line (QCommandLineParser): --listen, --state, --account,
// --region, --access-key-id, --secret-access-key, --seed, --fault (repeatable), --fault-seed.
class SandboxOptions
{
public:
    enum class Outcome { Run, ExitSuccess, ExitFailure };

    struct Result
    {
        Outcome outcome = Outcome::Run;
        QString output;         // --help/--version text, or the error (for stderr)
        SandboxConfig config;
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0;
    };

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    static Result parse(const QStringList &arguments);
};

} // namespace desk
