#include "uitestsupport.h"

namespace desk::test {

QString SandboxFixture::start(const SandboxConfig &configIn, bool withWindow)
{
    SandboxConfig config = configIn;
    if (config.seed.isEmpty())
        config.seed = QStringLiteral("demo");
    sandbox = std::make_unique<SandboxLauncher>(config);
    endpoint = sandbox->start();
    if (!endpoint.error.isEmpty())
        return endpoint.error;
    server = sandbox->server();
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<CodeArtifactClient>(network.get());
    client->setEnvironment(QProcessEnvironment());
    if (!withWindow)
        return {};
    prompter = std::make_shared<TestPrompter>();
    window = std::make_unique<MainWindow>(client.get());
    window->setPrompter(prompter);
    window->inventory()->setBackgroundDescribing(backgroundDescribing);
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
    server = nullptr;
    sandbox.reset();
}

} // namespace desk::test
