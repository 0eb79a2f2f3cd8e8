// artifact-desk-sandbox: the composition root of the local CodeArtifact service.
#include "base/eventloops.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSocketNotifier>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void handleTerminationSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// Each connection takes a descriptor, and the sandbox needs a few of its own (the listening
// socket, the state file, the signal pair, Qt's). Raise the soft limit towards the hard one
// only when the connection cap needs it; the cap, and the pause in accepting at the limit, hold
// either way.
void raiseDescriptorLimitFor(int maxConnections)
{
    constexpr rlim_t ownDescriptors = 64;
    const rlim_t wanted = static_cast<rlim_t>(maxConnections) + ownDescriptors;
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0 || ::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < wanted)
        printTo(stderr, QStringLiteral("artifact-desk-sandbox: the file-descriptor limit (%1) is below --max-connections "
                                       "+ %2; at that limit new connections wait until one closes\n")
                            .arg(limit.rlim_cur)
                            .arg(ownDescriptors));
}

} // namespace

int main(int argc, char *argv[])
{
    desk::EventLoops::useQtLoopEverywhere();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("artifact-desk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));

    const desk::SandboxOptions::Result options = desk::SandboxOptions::parse(QCoreApplication::arguments());
    if (options.outcome == desk::SandboxOptions::Outcome::ExitSuccess) {
        printTo(stdout, options.output);
        return 0;
    }
    if (options.outcome == desk::SandboxOptions::Outcome::ExitFailure) {
        printTo(stderr, QStringLiteral("artifact-desk-sandbox: %1\n").arg(options.output));
        return 2;
    }

    // SIGINT/SIGTERM: the handler only writes a byte; the event loop does the rest.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0) {
        printTo(stderr, QStringLiteral("artifact-desk-sandbox: cannot create the signal socket pair\n"));
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = handleTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    raiseDescriptorLimitFor(options.config.maxConnections);
    desk::SandboxServer server(options.config);
    if (const auto opened = server.open(); !opened.ok) {
        printTo(stderr, QStringLiteral("artifact-desk-sandbox: %1\n").arg(opened.message));
        return 1;
    }
    if (!options.tlsCertificateOut.isEmpty()) {
        // Whole or not at all: a client must never read half a certificate.
        QSaveFile file(options.tlsCertificateOut);
        if (!file.open(QIODevice::WriteOnly) || file.write(server.tlsCertificate().toPem()) < 0 || !file.commit()) {
            printTo(stderr, QStringLiteral("artifact-desk-sandbox: cannot write %1: %2\n")
                                .arg(options.tlsCertificateOut, file.errorString()));
            return 1;
        }
    }
    if (const auto listening = server.listen(options.address, options.port); !listening.ok) {
        printTo(stderr, QStringLiteral("artifact-desk-sandbox: %1\n").arg(listening.message));
        return 1;
    }

    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&server] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        const auto saved = server.saveState();
        if (!saved.ok)
            printTo(stderr, QStringLiteral("artifact-desk-sandbox: %1\n").arg(saved.message));
        QCoreApplication::exit(saved.ok ? 0 : 1);
    });

    if (!options.config.faults.isEmpty())
        printTo(stderr, QStringLiteral("artifact-desk-sandbox: faults %1 (fault seed %2)\n")
                            .arg(options.config.faults.join(u','))
                            .arg(server.faultSeed()));
    if (options.config.rateLimit > 0)
        printTo(stderr, QStringLiteral("artifact-desk-sandbox: rate limit %1 CodeArtifact requests a second per account\n")
                            .arg(options.config.rateLimit));
    printTo(stdout, QStringLiteral("listening on %1://%2:%3\n")
                        .arg(server.url().scheme(), options.host)
                        .arg(server.serverPort()));
    return app.exec();
}
