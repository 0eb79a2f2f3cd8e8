#pragma once

#include "sandbox/sandboxconfig.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace desk {

// The artifact-desk-sandbox command line (QCommandLineParser): --listen, --state, --account,
// --region, --access-key-id with its secret (--secret-access-key-file FILE, the environment
// variable ARTIFACT_DESK_SANDBOX_SECRET_ACCESS_KEY, or --secret-access-key, which other users
// can read in the process list), --seed, --fault (repeatable), --fault-seed, --rate-limit, the
// HTTP edge's --max-connections and --idle-timeout, --sso-auto-approve (IAM Identity Center),
// and --tls with --tls-certificate-out.
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
        QString tlsCertificateOut;   // --tls-certificate-out: where to write the certificate (PEM)
    };

    static constexpr const char *secretEnvironmentVariable = "ARTIFACT_DESK_SANDBOX_SECRET_ACCESS_KEY";
    // A secret key file is read only up to this size.
    static constexpr qint64 maxSecretFileBytes = 4096;

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    static Result parse(const QStringList &arguments,
                        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace desk
