#pragma once

// Starts an in-process SandboxServer on a free loopback port, for tests that link desk_sandbox.
// Header-only: tests/support itself does not link the sandbox.

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QtGlobal>

#include <memory>

namespace desk::test {

// The server, opened and listening; a failure is logged and the test sees a server with no port.
inline std::unique_ptr<SandboxServer> startSandboxServer(const SandboxConfig &config = {})
{
    auto server = std::make_unique<SandboxServer>(config);
    const auto opened = server->open();
    if (!opened.ok)
        qWarning("open: %s", qPrintable(opened.message));
    const auto listening = server->listen(QHostAddress::LocalHost, 0);
    if (!listening.ok)
        qWarning("listen: %s", qPrintable(listening.message));
    return server;
}

// A domain of `count` repositories team-01, team-02 ... of the default account, each with the
// upstream `shared` (a repository of the domain with no connection). The ones named in `full`
// have ten upstreams already (shared, lib-1 ... lib-9), so the service refuses an eleventh.
inline SandboxDomain teamsDomain(const QString &name, int count, const QStringList &full = {})
{
    SandboxDomain domain;
    domain.name = name;
    domain.owner = SandboxConfig::defaultAccount();
    domain.createdTime = QDateTime::currentDateTimeUtc();
    auto add = [&domain](const QString &repositoryName, const QStringList &upstreams) {
        SandboxRepository repository;
        repository.name = repositoryName;
        repository.administratorAccount = domain.owner;
        repository.createdTime = domain.createdTime;
        repository.upstreams = upstreams;
        domain.repositories.insert(repositoryName, repository);
    };
    add(QStringLiteral("shared"), {});
    QStringList ten{QStringLiteral("shared")};
    for (int i = 1; i <= 9; ++i) {
        add(QStringLiteral("lib-%1").arg(i), {});
        ten << QStringLiteral("lib-%1").arg(i);
    }
    for (int i = 1; i <= count; ++i) {
        const QString team = QStringLiteral("team-%1").arg(i, 2, 10, QLatin1Char('0'));
        add(team, full.contains(team) ? ten : QStringList{QStringLiteral("shared")});
    }
    return domain;
}

// Writes a sandbox state file holding `domains` (for SandboxConfig::stateFile); empty on success.
inline QString writeSandboxState(const QString &file, const QList<SandboxDomain> &domains)
{
    SandboxState state(SandboxConfig::defaultRegion(), file);
    state.load();
    const auto seeded = state.seed(domains);
    if (!seeded.ok() || !seeded.value)
        return QStringLiteral("could not seed %1: %2").arg(file, seeded.error.message());
    return {};
}

} // namespace desk::test
