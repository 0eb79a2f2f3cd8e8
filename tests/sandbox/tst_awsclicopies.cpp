// "Copy as AWS CLI command" run for real: each command Artifact Desk renders for a request is run
// with the AWS CLI v2 (/usr/bin/aws) against the sandbox process, and the result is read back
// from the sandbox's state file, which the sandbox writes before it answers.

#include "credentialtestsandbox.h"

#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/externalconnectionjobs.h"
#include "api/repositoryjobs.h"
#include "base/awsclicommand.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxstate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

const QString kAws = QStringLiteral("/usr/bin/aws");
const QString kDomain = QStringLiteral("acme-prod");

struct CliRun
{
    int exitCode = -1;
    QByteArray stdOut;
    QString stdErr;
};

} // namespace

class TestAwsCliCopies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldCreateARepositoryWithBodyMembers();
    void shouldReorderAndClearUpstreams();
    void shouldCreateADomainWithTagsThatNeedJson();
    void shouldReplaceAConnectionInTwoSteps();
    void shouldStopAtTheFirstFailedStep();
    void shouldReadWhatTheReadCommandsPrint();
    void shouldDeleteARepository();
    void shouldRunAPlanAsABashScript();
    void shouldStopAPlanScriptAtAFailedMiddleStep();

private:
    CliRun run(const QString &commandText);
    CliRun runScript(const QString &script);
    CliRun runProcess(const QString &program, const QStringList &arguments);
    QString command(const AwsRequest &request) const;
    SandboxRepository repository(const QString &name);
    RepositoryRef ref(const QString &repository) const { return {kDomain, {}, repository}; }

    QTemporaryDir m_dir;
    test::CredentialTestSandbox m_sandbox;
    QString m_stateFile;
    QString m_endpoint;
    QNetworkAccessManager m_network;
    std::unique_ptr<CodeArtifactClient> m_client;   // builds the jobs' requests; never sends
};

void TestAwsCliCopies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(kAws))
        QSKIP("/usr/bin/aws (AWS CLI v2) does not exist; ./test.sh installs Debian's awscli");
    QVERIFY(m_dir.isValid());
    m_stateFile = m_dir.filePath(QStringLiteral("state.json"));
    const QUrl url = m_sandbox.start({QStringLiteral("--state"), m_stateFile, QStringLiteral("--seed"), QStringLiteral("demo")});
    QVERIFY2(url.isValid(), "the sandbox did not start");
    m_endpoint = url.toString();
    m_client = std::make_unique<CodeArtifactClient>(&m_network);
}

void TestAwsCliCopies::cleanupTestCase()
{
    m_sandbox.stop();
}

QString TestAwsCliCopies::command(const AwsRequest &request) const
{
    return AwsCliCommand::fromRequest(request, SandboxConfig::defaultRegion(), m_endpoint);
}

CliRun TestAwsCliCopies::run(const QString &commandText)
{
    return runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), commandText});
}

// The script as a person runs a copied plan: saved to a file and run with bash.
CliRun TestAwsCliCopies::runScript(const QString &script)
{
    const QString path = m_dir.filePath(QStringLiteral("plan.sh"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(script.toUtf8()) < 0)
        return {-1, {}, QStringLiteral("cannot write %1").arg(path)};
    file.close();
    return runProcess(QStringLiteral("/bin/bash"), {path});
}

CliRun TestAwsCliCopies::runProcess(const QString &program, const QStringList &arguments)
{
    QProcess shell;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));   // "aws" is the CLI v2
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), test::CredentialTestSandbox::accessKeyId());
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(test::CredentialTestSandbox::secretAccessKey()));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("no-config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("no-credentials")));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("AWS_DEFAULT_OUTPUT"), QStringLiteral("json"));
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    shell.setProcessEnvironment(env);
    shell.start(program, arguments);
    CliRun result;
    if (!shell.waitForFinished(120000)) {
        shell.kill();
        shell.waitForFinished();
        result.stdErr = QStringLiteral("the command did not finish within 120 s");
        return result;
    }
    result.exitCode = shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
    result.stdOut = shell.readAllStandardOutput();
    result.stdErr = QString::fromUtf8(shell.readAllStandardError()).trimmed();
    return result;
}

SandboxRepository TestAwsCliCopies::repository(const QString &name)
{
    SandboxState state(SandboxConfig::defaultRegion(), m_stateFile);
    const SandboxState::LoadResult loaded = state.load();
    if (!loaded.ok)
        qWarning("%s", qPrintable(loaded.message));
    return state.domains()
        .value(SandboxState::domainKey(SandboxConfig::defaultAccount(), kDomain))
        .repositories.value(name);
}

void TestAwsCliCopies::shouldCreateARepositoryWithBodyMembers()
{
    CreateRepositoryInput input;
    input.description = QStringLiteral("Team's packages, \"web\" & mobile");
    input.upstreams = {QStringLiteral("npm-store"), QStringLiteral("pypi-store")};
    CreateRepositoryJob create(m_client.get(), ref(QStringLiteral("copied-web")), input);
    const QString text = command(create.request());
    QVERIFY(text.contains(QLatin1String("--upstreams repositoryName=npm-store repositoryName=pypi-store")));
    const CliRun result = run(text);
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    const SandboxRepository created = repository(QStringLiteral("copied-web"));
    QCOMPARE(created.name, QStringLiteral("copied-web"));
    QCOMPARE(created.description, input.description);
    QCOMPARE(created.upstreams, input.upstreams);
}

void TestAwsCliCopies::shouldReorderAndClearUpstreams()
{
    const QString name = QStringLiteral("copied-order");
    CreateRepositoryInput input;
    input.upstreams = {QStringLiteral("npm-store"), QStringLiteral("pypi-store"), QStringLiteral("maven-central-store")};
    QCOMPARE(run(command(CreateRepositoryJob(m_client.get(), ref(name), input).request())).exitCode, 0);
    QCOMPARE(repository(name).upstreams, input.upstreams);

    const QStringList reordered{QStringLiteral("maven-central-store"), QStringLiteral("npm-store")};
    UpdateRepositoryJob update(m_client.get(), ref(name), QStringLiteral("Reordered"), reordered);
    CliRun result = run(command(update.request()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    QCOMPARE(repository(name).upstreams, reordered);
    QCOMPARE(repository(name).description, QStringLiteral("Reordered"));

    UpdateRepositoryJob clear(m_client.get(), ref(name), std::nullopt, QStringList());
    QVERIFY(command(clear.request()).contains(QLatin1String("--upstreams '[]'")));
    result = run(command(clear.request()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    QVERIFY(repository(name).upstreams.isEmpty());
    QCOMPARE(repository(name).description, QStringLiteral("Reordered"));   // not sent, so kept
}

void TestAwsCliCopies::shouldCreateADomainWithTagsThatNeedJson()
{
    const QList<Tag> tags{{QStringLiteral("team"), QStringLiteral("web, mobile")}, {QStringLiteral("owner"), QStringLiteral("o'brien=x")}};
    CreateDomainJob create(m_client.get(), QStringLiteral("copied-domain"), {}, tags);
    const QString text = command(create.request());
    QVERIFY(text.contains(QLatin1String("--tags '[")));
    const CliRun result = run(text);
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    SandboxState state(SandboxConfig::defaultRegion(), m_stateFile);
    QVERIFY(state.load().ok);
    const SandboxDomain domain = state.domains().value(SandboxState::domainKey(SandboxConfig::defaultAccount(),
                                                                                QStringLiteral("copied-domain")));
    QCOMPARE(domain.name, QStringLiteral("copied-domain"));
    QCOMPARE(domain.tags, tags);
}

void TestAwsCliCopies::shouldReplaceAConnectionInTwoSteps()
{
    const QString name = QStringLiteral("copied-store");
    QCOMPARE(run(command(CreateRepositoryJob(m_client.get(), ref(name)).request())).exitCode, 0);
    CliRun result = run(command(AssociateExternalConnectionJob(m_client.get(), ref(name), QStringLiteral("public:npmjs")).request()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    QCOMPARE(repository(name).externalConnection, QStringLiteral("public:npmjs"));

    DisassociateExternalConnectionJob first(m_client.get(), ref(name), QStringLiteral("public:npmjs"));
    AssociateExternalConnectionJob second(m_client.get(), ref(name), QStringLiteral("public:pypi"));
    const QString steps = AwsCliCommand::fromRequests({first.request(), second.request()}, SandboxConfig::defaultRegion(), m_endpoint);
    QCOMPARE(steps.count(QLatin1String("\naws codeartifact ")), 1);
    result = run(steps);
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    QCOMPARE(repository(name).externalConnection, QStringLiteral("public:pypi"));
}

void TestAwsCliCopies::shouldStopAtTheFirstFailedStep()
{
    const QString name = QStringLiteral("copied-bare");
    QCOMPARE(run(command(CreateRepositoryJob(m_client.get(), ref(name)).request())).exitCode, 0);
    // The first step refers to a connection the repository does not have: the service refuses
    // it, and the second step must not run.
    DisassociateExternalConnectionJob first(m_client.get(), ref(name), QStringLiteral("public:npmjs"));
    AssociateExternalConnectionJob second(m_client.get(), ref(name), QStringLiteral("public:pypi"));
    const CliRun result = run(AwsCliCommand::fromRequests({first.request(), second.request()}, SandboxConfig::defaultRegion(), m_endpoint));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.stdErr.contains(QLatin1String("ResourceNotFoundException")), qPrintable(result.stdErr));
    QCOMPARE(repository(name).externalConnection, QString());
}

void TestAwsCliCopies::shouldReadWhatTheReadCommandsPrint()
{
    CliRun result = run(command(DescribeRepositoryJob(m_client.get(), ref(QStringLiteral("release"))).request()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    const QJsonObject described = QJsonDocument::fromJson(result.stdOut).object().value(QLatin1String("repository")).toObject();
    QStringList upstreams;
    for (const UpstreamRepositoryInfo &u : RepositoryDescription::fromJson(described).upstreams)
        upstreams << u.repositoryName;
    QCOMPARE(upstreams, repository(QStringLiteral("release")).upstreams);

    ListRepositoriesInDomainInput page;
    page.domain = {kDomain, {}};
    page.maxResults = 3;
    result = run(command(ListRepositoriesInDomainJob(m_client.get(), page).request()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    QCOMPARE(QJsonDocument::fromJson(result.stdOut).object().value(QLatin1String("repositories")).toArray().size(), 3);

    result = run(command(GetRepositoryEndpointJob(m_client.get(), ref(QStringLiteral("npm-store")), QStringLiteral("npm")).request()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    QVERIFY(QJsonDocument::fromJson(result.stdOut).object().value(QLatin1String("repositoryEndpoint")).toString()
                .endsWith(QLatin1String("/npm/npm-store/")));

    // The token is a secret: only its presence is checked, and it is not printed.
    result = run(command(GetAuthorizationTokenJob(m_client.get(), {kDomain, {}}, 900).request()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    const QJsonObject token = QJsonDocument::fromJson(result.stdOut).object();
    QVERIFY(!token.value(QLatin1String("authorizationToken")).toString().isEmpty());
    result.stdOut.fill('\0');
}

void TestAwsCliCopies::shouldDeleteARepository()
{
    const QString name = QStringLiteral("copied-gone");
    QCOMPARE(run(command(CreateRepositoryJob(m_client.get(), ref(name)).request())).exitCode, 0);
    QCOMPARE(repository(name).name, name);
    const CliRun result = run(command(DeleteRepositoryJob(m_client.get(), ref(name)).request()));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));
    QVERIFY(repository(name).name.isEmpty());
}

void TestAwsCliCopies::shouldRunAPlanAsABashScript()
{
    // A store with its connection, a team repository using it (with tags), then the team's
    // upstreams reordered: four steps, one script.
    const QString store = QStringLiteral("plan-pypi-store");
    const QString team = QStringLiteral("plan-team");
    CreateRepositoryInput storeInput;
    storeInput.description = QStringLiteral("PyPI, for the plan");
    CreateRepositoryInput teamInput;
    teamInput.description = QStringLiteral("The team's packages");
    teamInput.upstreams = {store, QStringLiteral("npm-store")};
    teamInput.tags = {{QStringLiteral("team"), QStringLiteral("data")}, {QStringLiteral("cost-centre"), QStringLiteral("4711")}};
    const QStringList reordered{QStringLiteral("npm-store"), store};
    const QList<AwsRequest> steps{
        CreateRepositoryJob(m_client.get(), ref(store), storeInput).request(),
        AssociateExternalConnectionJob(m_client.get(), ref(store), QStringLiteral("public:pypi")).request(),
        CreateRepositoryJob(m_client.get(), ref(team), teamInput).request(),
        UpdateRepositoryJob(m_client.get(), ref(team), std::nullopt, reordered).request(),
    };
    const QString script = AwsCliCommand::script(steps, SandboxConfig::defaultRegion(), m_endpoint);
    QVERIFY(script.startsWith(QLatin1String("set -e\n")));
    QVERIFY(script.contains(QLatin1String("--upstreams repositoryName=plan-pypi-store repositoryName=npm-store")));
    QVERIFY(script.contains(QLatin1String("--tags key=team,value=data key=cost-centre,value=4711")));
    QVERIFY(repository(store).name.isEmpty());
    QVERIFY(repository(team).name.isEmpty());

    // A note on top (as for a profile the CLI does not know) is only comments to bash.
    const CliRun result = runScript(AwsCliCommand::withNote(AwsCliCommand::comment(QStringLiteral("A note.")), script));
    QVERIFY2(result.exitCode == 0, qPrintable(result.stdErr));

    const SandboxRepository storeAfter = repository(store);
    QCOMPARE(storeAfter.name, store);
    QCOMPARE(storeAfter.description, storeInput.description);
    QCOMPARE(storeAfter.externalConnection, QStringLiteral("public:pypi"));
    QVERIFY(storeAfter.upstreams.isEmpty());
    QVERIFY(storeAfter.tags.isEmpty());
    const SandboxRepository teamAfter = repository(team);
    QCOMPARE(teamAfter.name, team);
    QCOMPARE(teamAfter.description, teamInput.description);
    QCOMPARE(teamAfter.upstreams, reordered);
    QCOMPARE(teamAfter.tags, teamInput.tags);
    QVERIFY(teamAfter.externalConnection.isEmpty());
    QCOMPARE(teamAfter.administratorAccount, SandboxConfig::defaultAccount());
}

void TestAwsCliCopies::shouldStopAPlanScriptAtAFailedMiddleStep()
{
    const QString first = QStringLiteral("plan-first");
    const QString last = QStringLiteral("plan-never");
    // The middle step names an upstream that does not exist: the service refuses it, and
    // `set -e` stops the script there.
    const QList<AwsRequest> steps{
        CreateRepositoryJob(m_client.get(), ref(first)).request(),
        UpdateRepositoryJob(m_client.get(), ref(first), QStringLiteral("changed"), QStringList{QStringLiteral("no-such-repository")}).request(),
        CreateRepositoryJob(m_client.get(), ref(last)).request(),
    };
    const CliRun result = runScript(AwsCliCommand::script(steps, SandboxConfig::defaultRegion(), m_endpoint));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.stdErr.contains(QLatin1String("ResourceNotFoundException")), qPrintable(result.stdErr));
    const SandboxRepository firstAfter = repository(first);
    QCOMPARE(firstAfter.name, first);            // the first step ran
    QVERIFY(firstAfter.upstreams.isEmpty());     // the second was refused as a whole
    QVERIFY(firstAfter.description.isEmpty());
    QVERIFY(repository(last).name.isEmpty());    // the third never ran
}

QTEST_GUILESS_MAIN(TestAwsCliCopies)
#include "tst_awsclicopies.moc"
