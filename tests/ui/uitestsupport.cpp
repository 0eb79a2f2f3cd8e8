#include "uitestsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

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

int SandboxFixture::runShell(const QString &script, QByteArray *output, int timeoutMs) const
{
    QTemporaryDir home;
    if (!home.isValid() || !server)
        return -1;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), server->config().accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(server->config().secretAccessKey));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("no-config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.filePath(QStringLiteral("no-credentials")));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    QProcess shell;
    shell.setProcessEnvironment(env);
    shell.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy done(&shell, &QProcess::finished);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!done.wait(timeoutMs)) {
        shell.kill();
        shell.waitForFinished();
        return -1;
    }
    if (output)
        *output = shell.readAll();
    return shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
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
