#pragma once

// A CodeArtifactClient against an in-process SandboxServer over real HTTP, for core tests that
// run jobs against the sandbox and check its state: the server, the client signed with the
// sandbox's key pair, every request's record, and what the sandbox holds. Header-only: tests/support
// itself does not link the sandbox.

#include "sandboxtestserver.h"
#include "testsupport.h"

#include "api/codeartifactclient.h"
#include "base/operations.h"

#include <QNetworkAccessManager>

#include <memory>

namespace desk::test {

struct SandboxClientFixture
{
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<CodeArtifactClient> client;
    QList<RequestRecord> records;   // every request the client finished, in order

    // Empty on success.
    QString start(const SandboxConfig &config)
    {
        network = std::make_unique<QNetworkAccessManager>();
        server = startSandboxServer(config);
        if (server->url().port() <= 0)
            return QStringLiteral("the sandbox did not start");
        client = makeLocalClient(network.get(), server->url().toString(), config.accessKeyId, config.secretAccessKey);
        QObject::connect(client.get(), &CodeArtifactClient::requestFinished, client.get(),
                         [this](const RequestRecord &record) { records << record; });
        return {};
    }
    // In dependency order: the client, its network manager, the server.
    void stop()
    {
        client.reset();
        network.reset();
        server.reset();
        records.clear();
    }

    int requestsNamed(const QString &operation) const
    {
        int n = 0;
        for (const RequestRecord &r : records)
            n += r.operation == operation ? 1 : 0;
        return n;
    }
    // Requests of operations that change something (the operation table's `mutates`).
    int mutations() const
    {
        int n = 0;
        for (const RequestRecord &r : records) {
            const OperationSpec *spec = Operations::find(r.operation);
            n += spec && spec->mutates ? 1 : 0;
        }
        return n;
    }
    // A repository of the default account's domain as the sandbox holds it now.
    RepositoryDescription describe(const QString &domain, const QString &repository) const
    {
        const QString caller = SandboxConfig::defaultAccount();
        return server->state().describeRepository(caller, domain, caller, repository).value;
    }
    SandboxDomain sandboxDomain(const QString &domain) const
    {
        return server->state().domains().value(SandboxState::domainKey(SandboxConfig::defaultAccount(), domain));
    }
    // Every repository of the default account's domain, described.
    QList<RepositoryDescription> domainRepositories(const QString &domain) const
    {
        QList<RepositoryDescription> out;
        const SandboxDomain d = sandboxDomain(domain);
        for (const SandboxRepository &r : d.repositories)
            out << server->state().describe(d, r);
        return out;
    }
};

} // namespace desk::test
