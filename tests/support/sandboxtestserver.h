#pragma once

// Starts an in-process SandboxServer on a free loopback port, for tests that link desk_sandbox.
// Header-only: tests/support itself does not link the sandbox.

#include "sandbox/sandboxserver.h"

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

} // namespace desk::test
