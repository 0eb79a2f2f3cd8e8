// Every job against answers no service should give: wrong types, nulls, deep nesting, bad UTF-8,
// huge numbers, endless pagination. Each must end, with an error or a value, and never crash or
// hang.

#include "api/assumerolejob.h"
#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/externalconnectionjobs.h"
#include "api/getcalleridentityjob.h"
#include "api/paginatedjobs.h"
#include "api/repositoryjobs.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace desk;
using desk::test::ScriptedHttpServer;
using Response = ScriptedHttpServer::Response;

namespace {

using JobFactory = std::function<AwsJob *(CodeArtifactClient *)>;

// Jobs whose answer must hold an object (a repository, a domain, a token...); the lists may
// legitimately be empty.
bool needsAResult(const char *name)
{
    return !QByteArray(name).startsWith("List") && QByteArray(name) != "Inventory";
}

QList<std::pair<const char *, JobFactory>> everyJob()
{
    const RepositoryRef repo{QStringLiteral("dd"), {}, QStringLiteral("rr")};
    const DomainRef domain{QStringLiteral("dd"), {}};
    return {
        {"ListDomains", [](CodeArtifactClient *c) { return new ListDomainsJob(c); }},
        {"ListAllDomains", [](CodeArtifactClient *c) { return new ListAllDomainsJob(c); }},
        {"ListRepositoriesInDomain",
         [domain](CodeArtifactClient *c) {
             ListRepositoriesInDomainInput input;
             input.domain = domain;
             return new ListRepositoriesInDomainJob(c, input);
         }},
        {"ListAllRepositoriesInDomain", [domain](CodeArtifactClient *c) { return new ListAllRepositoriesInDomainJob(c, domain); }},
        {"ListRepositories", [](CodeArtifactClient *c) { return new ListRepositoriesJob(c); }},
        {"Inventory", [](CodeArtifactClient *c) { return new InventoryJob(c); }},
        {"DescribeDomain", [domain](CodeArtifactClient *c) { return new DescribeDomainJob(c, domain); }},
        {"CreateDomain", [](CodeArtifactClient *c) { return new CreateDomainJob(c, QStringLiteral("dd")); }},
        {"DeleteDomain", [domain](CodeArtifactClient *c) { return new DeleteDomainJob(c, domain); }},
        {"DescribeRepository", [repo](CodeArtifactClient *c) { return new DescribeRepositoryJob(c, repo); }},
        {"CreateRepository", [repo](CodeArtifactClient *c) { return new CreateRepositoryJob(c, repo); }},
        {"UpdateRepository",
         [repo](CodeArtifactClient *c) { return new UpdateRepositoryJob(c, repo, QStringLiteral("d"), std::nullopt); }},
        {"DeleteRepository", [repo](CodeArtifactClient *c) { return new DeleteRepositoryJob(c, repo); }},
        {"AssociateExternalConnection",
         [repo](CodeArtifactClient *c) { return new AssociateExternalConnectionJob(c, repo, QStringLiteral("public:pypi")); }},
        {"DisassociateExternalConnection",
         [repo](CodeArtifactClient *c) { return new DisassociateExternalConnectionJob(c, repo, QStringLiteral("public:pypi")); }},
        {"GetRepositoryEndpoint",
         [repo](CodeArtifactClient *c) { return new GetRepositoryEndpointJob(c, repo, QStringLiteral("pypi")); }},
        {"GetAuthorizationToken", [domain](CodeArtifactClient *c) { return new GetAuthorizationTokenJob(c, domain); }},
        {"GetCallerIdentity", [](CodeArtifactClient *c) { return new GetCallerIdentityJob(c); }},
        {"AssumeRole",
         [](CodeArtifactClient *c) {
             AssumeRoleInput input;
             input.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/R");
             input.roleSessionName = QStringLiteral("session");
             return new AssumeRoleJob(c, input);
         }},
    };
}

} // namespace

class TestHostileAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldEndEveryJobOnAnyAnswer_data();
    void shouldEndEveryJobOnAnyAnswer();
    void shouldStopPagingWhenATokenComesBack_data();
    void shouldStopPagingWhenATokenComesBack();
};

void TestHostileAnswers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHostileAnswers::shouldEndEveryJobOnAnyAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("shapeless");   // nothing in it a result could be read from
    QByteArray deep(20000, '[');
    deep += QByteArray(20000, ']');
    QTest::newRow("empty") << 200 << QByteArray() << true;
    QTest::newRow("null") << 200 << QByteArray("null") << true;
    QTest::newRow("array") << 200 << QByteArray("[1,2,3]") << true;
    QTest::newRow("empty object") << 200 << QByteArray("{}") << true;
    QTest::newRow("members null") << 200
                                  << QByteArray(R"({"domains":null,"repositories":null,"domain":null,"repository":null,)"
                                                R"("authorizationToken":null,"repositoryEndpoint":null,"nextToken":null})") << true;
    QTest::newRow("members of wrong type") << 200
                                           << QByteArray(R"({"domains":"x","repositories":{"a":1},"domain":[],"repository":7,)"
                                                         R"("authorizationToken":5,"expiration":"soon","repositoryEndpoint":[],"nextToken":12})") << true;
    QTest::newRow("list items of wrong type") << 200
                                              << QByteArray(R"({"domains":[1,"x",null,{"name":5,"createdTime":"yesterday"}],)"
                                                            R"("repositories":[true,{"name":[],"upstreams":"u","externalConnections":{}}]})") << true;
    QTest::newRow("nested wrong types") << 200
                                        << QByteArray(R"({"repository":{"name":"rr","upstreams":[1,{"repositoryName":{}}],)"
                                                      R"("externalConnections":[null,{"externalConnectionName":3}],"createdTime":1e308},)"
                                                      R"("domain":{"name":"dd","repositoryCount":"many","assetSizeBytes":-1e400}})") << false;
    QTest::newRow("deep nesting") << 200 << deep << true;
    QTest::newRow("invalid utf-8") << 200 << QByteArray("{\"repository\":{\"name\":\"\xff\xfe\xc3\x28\"}}") << false;
    QTest::newRow("xml for json") << 200 << QByteArray("<?xml version=\"1.0\"?><a><b>") << true;
    QTest::newRow("json for xml") << 200 << QByteArray(R"({"AssumeRoleResponse":{"Credentials":{}}})") << false;
    QTest::newRow("error, no type, odd body") << 418 << QByteArray(R"({"message":{"nested":true},"__type":7})") << true;
    QTest::newRow("error with html") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << true;
}

void TestHostileAnswers::shouldEndEveryJobOnAnyAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, shapeless);
    ScriptedHttpServer server;
    server.setFallback(Response::json(status, body, {}, "req-hostile"));
    QNetworkAccessManager network;
    const auto client = test::makeLocalClient(&network, server.url().toString());

    for (const auto &[name, make] : everyJob()) {
        std::unique_ptr<AwsJob> job(make(client.get()));
        job->setAutoDelete(false);
        QSignalSpy finished(job.get(), &AwsJob::finished);
        job->start();
        QVERIFY2(finished.count() == 1 || finished.wait(10000), name);
        QCOMPARE(finished.count(), 1);
        // An answer with nothing readable in it is never taken for success where the job has a
        // result to give; errors say what was wrong.
        if (status >= 400 || (shapeless && needsAResult(name)))
            QVERIFY2(job->error(), name);
        if (job->error())
            QVERIFY2(!job->error().userMessage().isEmpty(), name);
    }
    QCOMPARE(client->pendingRequests(), 0);
}

void TestHostileAnswers::shouldStopPagingWhenATokenComesBack_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<bool>("domains");
    QTest::newRow("domains") << QByteArray(R"({"domains":[{"name":"dd"}],"nextToken":"again"})") << true;
    QTest::newRow("repositories") << QByteArray(R"({"repositories":[{"name":"rr"}],"nextToken":"again"})") << false;
}

void TestHostileAnswers::shouldStopPagingWhenATokenComesBack()
{
    QFETCH(QByteArray, page);
    QFETCH(bool, domains);
    ScriptedHttpServer server;
    // First page: token "first"; then the same token, "again", over and over.
    server.enqueue(Response::json(200, QByteArray(page).replace("again", "first")));
    server.setFallback(Response::json(200, page));
    QNetworkAccessManager network;
    const auto client = test::makeLocalClient(&network, server.url().toString());

    std::unique_ptr<AwsJob> job;
    if (domains)
        job = std::make_unique<ListAllDomainsJob>(client.get());
    else
        job = std::make_unique<ListAllRepositoriesInDomainJob>(client.get(), DomainRef{QStringLiteral("dd"), {}});
    job->setAutoDelete(false);
    QSignalSpy finished(job.get(), &AwsJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error().kind(), AwsError::Kind::BadResponse);
    QVERIFY2(job->error().userMessage().contains(QLatin1String("page token")), qPrintable(job->error().userMessage()));
    // Three pages were asked for: no token, "first", "again"; the second "again" is not followed.
    QCOMPARE(server.requests().size(), 3);
}

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
