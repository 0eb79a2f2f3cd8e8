#include "benchsandbox.h"

#include "benchcpus.h"

#include "api/codeartifactclient.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxstate.h"

#include <QSslCertificate>

namespace desk {

BenchSandbox::~BenchSandbox()
{
    if (process.state() != QProcess::NotRunning) {
        process.terminate();
        process.waitForFinished(10000);
    }
}

std::unique_ptr<BenchSandbox> BenchSandbox::start(const QString &program, int domains, int perDomain, const QStringList &arguments,
                                                  int cpu)
{
    auto sandbox = std::make_unique<BenchSandbox>();
    const QString stateFile = sandbox->dir.filePath(QStringLiteral("state.json"));
    {
        SandboxState state(SandboxConfig::defaultRegion(), stateFile);
        state.load();
        QList<SandboxDomain> list;
        for (int d = 0; d < domains; ++d) {
            SandboxDomain domain;
            domain.name = QStringLiteral("bench-domain-%1").arg(d);
            domain.owner = SandboxConfig::defaultAccount();
            domain.createdTime = QDateTime::currentDateTimeUtc();
            for (int r = 0; r < perDomain; ++r) {
                SandboxRepository repository;
                repository.name = r == 0 ? QStringLiteral("npm-store") : QStringLiteral("service-%1-packages").arg(r);
                repository.administratorAccount = domain.owner;
                repository.description = QStringLiteral("Packages of service %1").arg(r);
                repository.createdTime = domain.createdTime;
                if (r == 0)
                    repository.externalConnection = QStringLiteral("public:npmjs");
                else
                    repository.upstreams = {QStringLiteral("npm-store")};
                domain.repositories.insert(repository.name, repository);
            }
            list.append(domain);
        }
        const auto seeded = state.seed(list);
        if (!seeded.ok() || !seeded.value) {
            sandbox->error = QStringLiteral("could not seed the sandbox state: ") + seeded.error.message();
            return sandbox;
        }
    }
    QStringList all = QStringList{QStringLiteral("--state"), stateFile} + arguments;
    if (arguments.contains(QStringLiteral("--tls"))) {
        sandbox->certificateFile = sandbox->dir.filePath(QStringLiteral("sandbox-ca.pem"));
        all << QStringLiteral("--tls-certificate-out") << sandbox->certificateFile;
    }
    pinChildProcess(sandbox->process, cpu);
    sandbox->process.start(program, all);
    if (!sandbox->process.waitForReadyRead(30000)) {
        sandbox->error = QStringLiteral("the sandbox did not start: ") + sandbox->process.errorString()
            + QString::fromLocal8Bit(sandbox->process.readAllStandardError());
        return sandbox;
    }
    const QByteArray line = sandbox->process.readLine().trimmed();
    if (!line.startsWith("listening on ")) {
        sandbox->error = QStringLiteral("unexpected sandbox output: ") + QString::fromUtf8(line);
        return sandbox;
    }
    sandbox->url = QString::fromUtf8(line.mid(13));
    return sandbox;
}

void BenchSandbox::configure(CodeArtifactClient &client) const
{
    AwsCredentials credentials;
    credentials.accessKeyId = SandboxConfig::defaultAccessKeyId();
    credentials.secretAccessKey = SandboxConfig::defaultSecretAccessKey();
    client.setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(credentials));
    client.setRegion(SandboxConfig::defaultRegion());
    client.setEnvironment(QProcessEnvironment());
    client.setEndpointOverride(url);
    if (!certificateFile.isEmpty())
        client.setCaBundle(QSslCertificate::fromPath(certificateFile));
}

} // namespace desk
