#include "ui/awsclicommand.h"

#include "api/codeartifactclient.h"
#include "api/externalconnectionjobs.h"
#include "api/getcalleridentityjob.h"

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

QTEST_GUILESS_MAIN(TestAwsCliCommand)
#include "tst_awsclicommand.moc"
