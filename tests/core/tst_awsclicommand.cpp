// "Copy as AWS CLI command" rendered from the operation table. tests/sandbox/tst_awsclicopies runs
// such commands with the real AWS CLI v2 against the sandbox.

#include "base/awsclicommand.h"

#include "api/assumerolejob.h"
#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/externalconnectionjobs.h"
#include "api/getcalleridentityjob.h"
#include "api/repositoryjobs.h"

#include <QStandardPaths>
#include <QTest>

using namespace desk;

class TestAwsCliCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldNameCommandsLikeTheCli_data();
    void shouldNameCommandsLikeTheCli();
    void shouldBuildAssociateCommandFromTheJobsRequest();
    void shouldQuoteValuesForTheShell();
    void shouldRenderBodyMembersAsTheCliTakesThem();
    void shouldClearUpstreamsWithAnEmptyList();
    void shouldFallBackToJsonWhenShorthandWouldBreak();
    void shouldRenderQueryIntegersAndLeaveOutPageTokens();
    void shouldRenderSeveralStepsThatStopAtTheFirstFailure();
    void shouldRenderAPlanAsAScriptThatStopsAtTheFirstFailure();
    void shouldPutANoteOnTopAsComments();
    void shouldNeverRenderASecretMember();
};

void TestAwsCliCommand::shouldNameCommandsLikeTheCli_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("command");
    QTest::newRow("associate") << QStringLiteral("AssociateExternalConnection") << QStringLiteral("associate-external-connection");
    QTest::newRow("describe") << QStringLiteral("DescribeRepository") << QStringLiteral("describe-repository");
    QTest::newRow("sts") << QStringLiteral("GetCallerIdentity") << QStringLiteral("get-caller-identity");
}

void TestAwsCliCommand::shouldNameCommandsLikeTheCli()
{
    QFETCH(QString, operation);
    QFETCH(QString, command);
    QCOMPARE(AwsCliCommand::commandName(operation), command);
}

void TestAwsCliCommand::shouldBuildAssociateCommandFromTheJobsRequest()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    AssociateExternalConnectionJob job(&client, RepositoryRef{QStringLiteral("acme"), QStringLiteral("111122223333"),
                                                               QStringLiteral("web")},
                                       QStringLiteral("public:pypi"));
    QCOMPARE(AwsCliCommand::fromRequest(job.request(), QStringLiteral("us-east-1")),
             QStringLiteral("aws codeartifact associate-external-connection --domain acme --domain-owner 111122223333 "
                            "--repository web --external-connection public:pypi --region us-east-1"));
    QCOMPARE(AwsCliCommand::fromRequest(job.request(), QStringLiteral("us-east-1"), QStringLiteral("http://127.0.0.1:9")),
             QStringLiteral("aws codeartifact associate-external-connection --domain acme --domain-owner 111122223333 "
                            "--repository web --external-connection public:pypi --region us-east-1 "
                            "--endpoint-url http://127.0.0.1:9"));
    GetCallerIdentityJob identity(&client);
    QCOMPARE(AwsCliCommand::fromRequest(identity.request(), QStringLiteral("eu-west-1")),
             QStringLiteral("aws sts get-caller-identity --region eu-west-1"));
}

void TestAwsCliCommand::shouldQuoteValuesForTheShell()
{
    QCOMPARE(AwsCliCommand::shellQuote(QStringLiteral("public:pypi")), QStringLiteral("public:pypi"));
    QCOMPARE(AwsCliCommand::shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
    QCOMPARE(AwsCliCommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(AwsCliCommand::shellQuote(QStringLiteral("$(rm)")), QStringLiteral("'$(rm)'"));
}

void TestAwsCliCommand::shouldRenderBodyMembersAsTheCliTakesThem()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    const RepositoryRef web{QStringLiteral("acme"), {}, QStringLiteral("web")};
    UpdateRepositoryJob update(&client, web, QStringLiteral("Team's packages"), QStringList{QStringLiteral("npm-store"), QStringLiteral("pypi-store")});
    QCOMPARE(AwsCliCommand::fromRequest(update.request(), QStringLiteral("us-east-1")),
             QStringLiteral("aws codeartifact update-repository --domain acme --repository web "
                            "--description 'Team'\\''s packages' --upstreams repositoryName=npm-store "
                            "repositoryName=pypi-store --region us-east-1"));
    CreateRepositoryInput input;
    input.upstreams = {QStringLiteral("npm-store")};
    input.tags = {{QStringLiteral("team"), QStringLiteral("web")}, {QStringLiteral("cost-center"), QStringLiteral("42")}};
    CreateRepositoryJob create(&client, web, input);
    QCOMPARE(AwsCliCommand::fromRequest(create.request(), QStringLiteral("us-east-1"), {}, QStringLiteral("--profile dev")),
             QStringLiteral("aws codeartifact create-repository --domain acme --repository web --upstreams "
                            "repositoryName=npm-store --tags key=team,value=web key=cost-center,value=42 "
                            "--region us-east-1 --profile dev"));
    CreateDomainJob domain(&client, QStringLiteral("acme"), QStringLiteral("alias/my-key"));
    QCOMPARE(AwsCliCommand::fromRequest(domain.request(), QStringLiteral("eu-west-1")),
             QStringLiteral("aws codeartifact create-domain --domain acme --encryption-key alias/my-key --region eu-west-1"));
}

void TestAwsCliCommand::shouldClearUpstreamsWithAnEmptyList()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    UpdateRepositoryJob update(&client, {QStringLiteral("acme"), {}, QStringLiteral("web")}, std::nullopt, QStringList());
    QCOMPARE(AwsCliCommand::fromRequest(update.request(), QStringLiteral("us-east-1")),
             QStringLiteral("aws codeartifact update-repository --domain acme --repository web --upstreams '[]' --region us-east-1"));
}

void TestAwsCliCommand::shouldFallBackToJsonWhenShorthandWouldBreak()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    CreateRepositoryInput input;
    input.tags = {{QStringLiteral("team"), QStringLiteral("web, mobile")}, {QStringLiteral("owner"), QStringLiteral("o'brien")}};
    CreateRepositoryJob create(&client, {QStringLiteral("acme"), {}, QStringLiteral("web")}, input);
    QCOMPARE(AwsCliCommand::fromRequest(create.request(), QStringLiteral("us-east-1")),
             QStringLiteral("aws codeartifact create-repository --domain acme --repository web --tags "
                            "'[{\"key\":\"team\",\"value\":\"web, mobile\"},{\"key\":\"owner\",\"value\":\"o'\\''brien\"}]' "
                            "--region us-east-1"));
}

void TestAwsCliCommand::shouldRenderQueryIntegersAndLeaveOutPageTokens()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    ListRepositoriesInDomainInput page;
    page.domain = {QStringLiteral("acme"), QStringLiteral("111122223333")};
    page.maxResults = 25;
    page.nextToken = QStringLiteral("opaque-token");
    ListRepositoriesInDomainJob list(&client, page);
    QCOMPARE(AwsCliCommand::fromRequest(list.request(), QStringLiteral("us-east-1")),
             QStringLiteral("aws codeartifact list-repositories-in-domain --domain acme --domain-owner 111122223333 "
                            "--max-results 25 --region us-east-1"));
    GetAuthorizationTokenJob token(&client, {QStringLiteral("acme"), {}}, 900);
    QCOMPARE(AwsCliCommand::fromRequest(token.request(), QStringLiteral("us-east-1")),
             QStringLiteral("aws codeartifact get-authorization-token --domain acme --duration-seconds 900 --region us-east-1"));
}

void TestAwsCliCommand::shouldRenderSeveralStepsThatStopAtTheFirstFailure()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    const RepositoryRef store{QStringLiteral("acme"), {}, QStringLiteral("store")};
    DisassociateExternalConnectionJob first(&client, store, QStringLiteral("public:npmjs"));
    AssociateExternalConnectionJob second(&client, store, QStringLiteral("public:pypi"));
    QCOMPARE(AwsCliCommand::fromRequests({first.request(), second.request()}, QStringLiteral("us-east-1"),
                                         QStringLiteral("http://127.0.0.1:9")),
             QStringLiteral("aws codeartifact disassociate-external-connection --domain acme --repository store "
                            "--external-connection public:npmjs --region us-east-1 --endpoint-url http://127.0.0.1:9 &&\n"
                            "aws codeartifact associate-external-connection --domain acme --repository store "
                            "--external-connection public:pypi --region us-east-1 --endpoint-url http://127.0.0.1:9"));
}

void TestAwsCliCommand::shouldRenderAPlanAsAScriptThatStopsAtTheFirstFailure()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    const RepositoryRef store{QStringLiteral("acme"), {}, QStringLiteral("npm-store")};
    const RepositoryRef web{QStringLiteral("acme"), {}, QStringLiteral("web")};
    CreateRepositoryInput input;
    input.description = QStringLiteral("npm, for the domain");
    CreateRepositoryJob create(&client, store, input);
    AssociateExternalConnectionJob associate(&client, store, QStringLiteral("public:npmjs"));
    UpdateRepositoryJob update(&client, web, std::nullopt, QStringList{QStringLiteral("design"), QStringLiteral("npm-store")});
    const QList<AwsRequest> steps{create.request(), associate.request(), update.request()};
    const QString script = AwsCliCommand::script(steps, QStringLiteral("us-east-1"), QStringLiteral("http://127.0.0.1:9"),
                                                 QStringLiteral("--profile dev"));
    QCOMPARE(script,
             QStringLiteral("set -e\n"
                            "aws codeartifact create-repository --domain acme --repository npm-store "
                            "--description 'npm, for the domain' --region us-east-1 --endpoint-url http://127.0.0.1:9 "
                            "--profile dev\n"
                            "aws codeartifact associate-external-connection --domain acme --repository npm-store "
                            "--external-connection public:npmjs --region us-east-1 --endpoint-url http://127.0.0.1:9 "
                            "--profile dev\n"
                            "aws codeartifact update-repository --domain acme --repository web "
                            "--upstreams repositoryName=design repositoryName=npm-store --region us-east-1 "
                            "--endpoint-url http://127.0.0.1:9 --profile dev\n"));
    // Each step is the command fromRequest() renders, one a line, after "set -e".
    QStringList lines = script.split(u'\n');
    QCOMPARE(lines.takeFirst(), QStringLiteral("set -e"));
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(lines.at(i), AwsCliCommand::fromRequest(steps.at(i), QStringLiteral("us-east-1"), QStringLiteral("http://127.0.0.1:9"),
                                                         QStringLiteral("--profile dev")));
    // A plan of no steps is a script that does nothing.
    QCOMPARE(AwsCliCommand::script({}, QStringLiteral("us-east-1")), QStringLiteral("set -e\n"));
}

void TestAwsCliCommand::shouldPutANoteOnTopAsComments()
{
    QCOMPARE(AwsCliCommand::comment(QStringLiteral("one\n\ntwo")), QStringLiteral("# one\n#\n# two"));
    const QString note = AwsCliCommand::comment(QStringLiteral("The AWS CLI does not know profile team."));
    QCOMPARE(AwsCliCommand::withNote(note, QStringLiteral("set -e\naws sts get-caller-identity\n")),
             QStringLiteral("# The AWS CLI does not know profile team.\nset -e\naws sts get-caller-identity\n"));
    QCOMPARE(AwsCliCommand::withNote({}, QStringLiteral("aws sts get-caller-identity")),
             QStringLiteral("aws sts get-caller-identity"));
}

void TestAwsCliCommand::shouldNeverRenderASecretMember()
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    AssumeRoleInput input;
    input.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/admin");
    input.roleSessionName = QStringLiteral("desk");
    input.serialNumber = QStringLiteral("arn:aws:iam::111122223333:mfa/me");
    input.tokenCode = QStringLiteral("918273");
    AssumeRoleJob assume(&client, input);
    const QString command = AwsCliCommand::fromRequest(assume.request(), QStringLiteral("us-east-1"));
    QCOMPARE(command, QStringLiteral("aws sts assume-role --role-arn arn:aws:iam::111122223333:role/admin "
                                     "--role-session-name desk --serial-number arn:aws:iam::111122223333:mfa/me "
                                     "--region us-east-1"));
    QVERIFY(!command.contains(QLatin1String("918273")));
}

QTEST_GUILESS_MAIN(TestAwsCliCommand)
#include "tst_awsclicommand.moc"
