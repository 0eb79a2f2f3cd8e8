#include "sandbox/sandboxlauncher.h"

#include "aws/awscredentials.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace desk {

namespace {

SandboxEndpoint failed(const QString &why)
{
    SandboxEndpoint endpoint;
    endpoint.error = why;
    return endpoint;
}

} // namespace

SandboxLauncher::SandboxLauncher(SandboxConfig config)
    : m_config(std::move(config))
{
}

SandboxLauncher::~SandboxLauncher() = default;

SandboxEndpoint SandboxLauncher::start()
{
    if (m_server)
        return m_endpoint;
    // The app keeps its state in its data folder, which does not exist on a first run.
    if (!m_config.stateFile.isEmpty())
        QDir().mkpath(QFileInfo(m_config.stateFile).absolutePath());
    auto server = std::make_unique<SandboxServer>(m_config);
    if (const auto status = server->open(); !status.ok)
        return failed(status.message);
    if (const auto status = server->listen(QHostAddress::LocalHost, 0); !status.ok)
        return failed(status.message);
    m_endpoint = endpointOf(*server);
    m_server = std::move(server);
    return m_endpoint;
}

SandboxEndpoint SandboxLauncher::endpointOf(const SandboxServer &server) const
{
    AwsCredentials credentials;
    credentials.accessKeyId = m_config.accessKeyId;
    credentials.secretAccessKey = m_config.secretAccessKey;
    credentials.sessionToken = m_config.sessionToken;
    credentials.source = QCoreApplication::translate("desk::SandboxLauncher", "Sandbox (%1)").arg(m_config.accessKeyId);
    SandboxEndpoint endpoint;
    endpoint.url = server.url().toString();
    endpoint.credentials = std::make_shared<StaticCredentialsProvider>(credentials);
    endpoint.region = m_config.region;
    return endpoint;
}

} // namespace desk
