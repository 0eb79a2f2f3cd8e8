#pragma once

#include "aws/sandboxendpoint.h"
#include "sandbox/sandboxconfig.h"

#include <memory>

namespace desk {

class SandboxServer;

// Starts the in-process sandbox the way the desktop app ("Try the sandbox", --sandbox) and the
// GUI tests use it: on 127.0.0.1, on a free port, and hands over where it listens and the key pair
// it accepts. The launcher owns the server: keep the launcher for as long as the sandbox is used.
//
//     SandboxLauncher sandbox(config);
//     const SandboxEndpoint endpoint = sandbox.start();   // endpoint.error says why it did not start
class SandboxLauncher
{
public:
    explicit SandboxLauncher(SandboxConfig config);
    ~SandboxLauncher();
    SandboxLauncher(const SandboxLauncher &) = delete;
    SandboxLauncher &operator=(const SandboxLauncher &) = delete;

    // The first call creates the state file's folder, opens the server (state file, seed) and
    // listens; later calls return the running sandbox, with its state. A failure keeps nothing,
    // so the next call tries again.
    SandboxEndpoint start();
    // The running server; nullptr until start() has succeeded.
    SandboxServer *server() const { return m_server.get(); }
    const SandboxConfig &config() const { return m_config; }

private:
    SandboxEndpoint endpointOf(const SandboxServer &server) const;

    SandboxConfig m_config;
    std::unique_ptr<SandboxServer> m_server;
    SandboxEndpoint m_endpoint;
};

} // namespace desk
