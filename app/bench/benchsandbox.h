#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace desk {

class CodeArtifactClient;

// A sandbox process for the benchmarks (its own process, over loopback, signatures verified) over
// a state of `domains` x `perDomain` repositories: in each domain an npm-store with public:npmjs,
// and the others use it as their upstream. `--tls` among the arguments: HTTPS, with the
// certificate written for the clients. Stopped when destroyed.
struct BenchSandbox
{
    QTemporaryDir dir;
    QProcess process;
    QString url;     // empty when it did not start
    QString error;   // why
    QString certificateFile;   // with --tls: the certificate clients trust (PEM); else empty

    ~BenchSandbox();
    // `cpu` >= 0: the sandbox runs on that CPU only (BenchCpus).
    static std::unique_ptr<BenchSandbox> start(const QString &program, int domains, int perDomain,
                                               const QStringList &arguments = {}, int cpu = -1);
    // Points the client at it with the sandbox's default credentials and region (and, over TLS,
    // its certificate as the CA bundle).
    void configure(CodeArtifactClient &client) const;
};

} // namespace desk
