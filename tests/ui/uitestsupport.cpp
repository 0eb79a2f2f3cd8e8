#include "uitestsupport.h"

#include "aws/awscredentials.h"

namespace desk::test {

SandboxEndpoint SandboxFixture::endpointFor(const SandboxServer &server)
{
    SandboxEndpoint e;
    AwsCredentials credentials;
    credentials.accessKeyId = server.config().accessKeyId;
    credentials.secretAccessKey = server.config().secretAccessKey;
    credentials.source = QStringLiteral("Sandbox (test)");
    e.url = server.url().toString();
    e.credentials = std::make_shared<StaticCredentialsProvider>(credentials);
    e.region = server.config().region;
    return e;
}

QString SandboxFixture::start(const SandboxConfig &configIn, bool withWindow)
{
    SandboxConfig config = configIn;
    if (config.seed.isEmpty())
        config.seed = QStringLiteral("demo");
    server = std::make_unique<SandboxServer>(config);
    if (const auto status = server->open(); !status.ok)
        return status.message;
    if (const auto status = server->listen(QHostAddress::LocalHost, 0); !status.ok)
        return status.message;
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<CodeArtifactClient>(network.get());
    client->setEnvironment(QProcessEnvironment());
    endpoint = endpointFor(*server);
    if (!withWindow)
        return {};
    prompter = std::make_shared<TestPrompter>();
    window = std::make_unique<MainWindow>(client.get());
    window->setPrompter(prompter);
    window->useSandbox(endpoint);
    window->show();
    window->start();
    return {};
}

void SandboxFixture::stop()
{
    window.reset();
    client.reset();
    network.reset();
    server.reset();
}

} // namespace desk::test
