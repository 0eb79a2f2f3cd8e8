// The real client against the real sandbox over HTTP on 127.0.0.1: what the app does, end to
// end, with the service's rules enforced on the other side.

#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "base/externalconnection.h"
#include "api/externalconnectionjobs.h"
#include "api/getcalleridentityjob.h"
#include "api/paginatedjobs.h"
#include "api/repositoryjobs.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

namespace {

using test::runJob;


const QString kDomain = QStringLiteral("it-domain");

} // namespace

class TestClientAgainstSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldCreateListAndPageThroughRepositories();
    void shouldCreateARepositoryWithItsTags();
    void shouldAssociateEveryConnectionWithItsPackageFormat();
    void shouldExplainSecondConnectionWithWhatIsTrue();
    void shouldDisassociate();
    void shouldReportNotFoundWithResource();
    void shouldReportWrongSecretAndUnknownKey();
    void shouldLoadTheDemoInventoryConcurrently();
    void shouldTellWhoIsSignedIn();
    void shouldGetTokenAndEndpoint();
    void shouldUpdateAndDeleteRepositoriesAndDomains();
    void shouldRideOutThrottling();
    void shouldNotReplayAMutationAfterAServerError();

private:
    void startSandbox(const QStringList &faults = {}, const QString &seed = {});
    std::unique_ptr<CodeArtifactClient> makeClient(const QString &accessKeyId, const QByteArray &secret);
    void createRepository(const QString &name, const QStringList &upstreams = {});

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CodeArtifactClient> m_client;
};

void TestClientAgainstSandbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestClientAgainstSandbox::startSandbox(const QStringList &faults, const QString &seed)
{
    m_client.reset();
    SandboxConfig config;
    config.faults = faults;
    config.faultSeed = 42;
    config.faultSeedSet = true;
    config.seed = seed;
    m_sandbox = std::make_unique<SandboxServer>(config);
    const auto opened = m_sandbox->open();
    QVERIFY2(opened.ok, qPrintable(opened.message));
    const auto listening = m_sandbox->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(listening.ok, qPrintable(listening.message));
    m_client = makeClient(config.accessKeyId, config.secretAccessKey);
}

std::unique_ptr<CodeArtifactClient> TestClientAgainstSandbox::makeClient(const QString &accessKeyId, const QByteArray &secret)
{
    auto client = test::makeLocalClient(m_network.get(), m_sandbox->url().toString(), accessKeyId, secret);
    RetryPolicy fast;   // the backoff these tests were written against
    fast.baseDelayMs = 5;
    fast.maxBackoffMs = 50;
    client->setRetryPolicy(fast);
    return client;
}

void TestClientAgainstSandbox::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    startSandbox();
    CreateDomainJob create(m_client.get(), kDomain);
    QVERIFY(runJob(&create));
    QVERIFY2(!create.error(), qPrintable(create.error().details()));
    QCOMPARE(create.domain().name, kDomain);
    QCOMPARE(create.domain().owner, QStringLiteral("111122223333"));
    QCOMPARE(create.domain().arn, QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:domain/it-domain"));
}

void TestClientAgainstSandbox::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_network.reset();
}

void TestClientAgainstSandbox::createRepository(const QString &name, const QStringList &upstreams)
{
    CreateRepositoryInput input;
    input.description = QStringLiteral("Repository %1").arg(name);
    input.upstreams = upstreams;
    CreateRepositoryJob job(m_client.get(), {kDomain, {}, name}, input);
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QCOMPARE(job.repository().name, name);
}

void TestClientAgainstSandbox::shouldCreateARepositoryWithItsTags()
{
    // The tags go from CreateRepositoryInput through the job's request to the service's state.
    CreateRepositoryInput input;
    input.tags = {{QStringLiteral("team"), QStringLiteral("web")}, {QStringLiteral("cost-centre"), QStringLiteral("4711")}};
    CreateRepositoryJob job(m_client.get(), {kDomain, {}, QStringLiteral("tagged")}, input);
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    const SandboxDomain domain = m_sandbox->state().domains().value(SandboxState::domainKey(QStringLiteral("111122223333"), kDomain));
    QCOMPARE(domain.repositories.value(QStringLiteral("tagged")).tags, input.tags);

    // A key AWS reserves is refused, and nothing is created.
    input.tags.append({QStringLiteral("aws:createdBy"), QStringLiteral("me")});
    CreateRepositoryJob reserved(m_client.get(), {kDomain, {}, QStringLiteral("reserved")}, input);
    QVERIFY(runJob(&reserved));
    QCOMPARE(reserved.error().kind(), AwsError::Kind::Validation);
    QCOMPARE(reserved.error().code(), QStringLiteral("ValidationException"));
    QVERIFY(!m_sandbox->state().domains().value(SandboxState::domainKey(QStringLiteral("111122223333"), kDomain))
                 .repositories.contains(QStringLiteral("reserved")));
}

void TestClientAgainstSandbox::shouldCreateListAndPageThroughRepositories()
{
    for (int i = 0; i < 7; ++i)
        createRepository(QStringLiteral("repo-%1").arg(i));
    createRepository(QStringLiteral("with-upstreams"), {QStringLiteral("repo-2"), QStringLiteral("repo-0")});

    ListAllRepositoriesInDomainJob all(m_client.get(), {kDomain, {}}, 3);
    QVERIFY(runJob(&all));
    QVERIFY2(!all.error(), qPrintable(all.error().details()));
    QCOMPARE(all.repositories().size(), 8);
    QCOMPARE(all.pages(), 3);
    QStringList names;
    for (const RepositorySummary &r : all.repositories())
        names << r.name;
    QVERIFY(names.contains(QStringLiteral("with-upstreams")));
    QCOMPARE(names.removeDuplicates(), 0);

    DescribeRepositoryJob describe(m_client.get(), {kDomain, {}, QStringLiteral("with-upstreams")});
    QVERIFY(runJob(&describe));
    QVERIFY(!describe.error());
    const RepositoryDescription repo = describe.repository();
    QCOMPARE(repo.upstreams.size(), 2);
    QCOMPARE(repo.upstreams.at(0).repositoryName, QStringLiteral("repo-2"));  // priority order kept
    QCOMPARE(repo.upstreams.at(1).repositoryName, QStringLiteral("repo-0"));
    QCOMPARE(repo.description, QStringLiteral("Repository with-upstreams"));
    QVERIFY(repo.createdTime.isValid());
    QCOMPARE(repo.arn, QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:repository/it-domain/with-upstreams"));

    DescribeDomainJob domain(m_client.get(), {kDomain, {}});
    QVERIFY(runJob(&domain));
    QCOMPARE(domain.domain().repositoryCount.value_or(-1), 8);
}

void TestClientAgainstSandbox::shouldAssociateEveryConnectionWithItsPackageFormat()
{
    for (const ExternalConnectionInfo &info : ExternalConnections::all()) {
        const QString repository = QStringLiteral("mirror-") + info.packageFormat + u'-'
            + QString(info.name).remove(QStringLiteral("public:"));
        createRepository(repository);
        AssociateExternalConnectionJob job(m_client.get(), {kDomain, {}, repository}, info.name);
        QVERIFY(runJob(&job));
        QVERIFY2(!job.error(), qPrintable(job.error().details()));
        const RepositoryDescription repo = job.repository();
        QCOMPARE(repo.name, repository);
        QCOMPARE(repo.externalConnections.size(), 1);
        QCOMPARE(repo.externalConnections.first().externalConnectionName, info.name);
        QCOMPARE(repo.externalConnections.first().packageFormat, info.packageFormat);
        QCOMPARE(repo.externalConnections.first().status.toLower(), QStringLiteral("available"));
    }
}

void TestClientAgainstSandbox::shouldExplainSecondConnectionWithWhatIsTrue()
{
    createRepository(QStringLiteral("npm-store"));
    AssociateExternalConnectionJob first(m_client.get(), {kDomain, {}, QStringLiteral("npm-store")}, QStringLiteral("public:npmjs"));
    QVERIFY(runJob(&first));
    QVERIFY(!first.error());
    AssociateExternalConnectionJob second(m_client.get(), {kDomain, {}, QStringLiteral("npm-store")}, QStringLiteral("public:pypi"));
    QVERIFY(runJob(&second));
    QCOMPARE(second.error().kind(), AwsError::Kind::Conflict);
    QCOMPARE(second.error().httpStatus(), 409);
    QVERIFY(!second.error().requestId().isEmpty());
    QVERIFY(second.currentRepository().has_value());
    QVERIFY(second.currentRepository()->hasExternalConnection(QStringLiteral("public:npmjs")));
}

void TestClientAgainstSandbox::shouldDisassociate()
{
    createRepository(QStringLiteral("py-store"));
    AssociateExternalConnectionJob associate(m_client.get(), {kDomain, {}, QStringLiteral("py-store")}, QStringLiteral("public:pypi"));
    QVERIFY(runJob(&associate));
    DisassociateExternalConnectionJob job(m_client.get(), {kDomain, {}, QStringLiteral("py-store")}, QStringLiteral("public:pypi"));
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QVERIFY(job.repository().externalConnections.isEmpty());
    DisassociateExternalConnectionJob again(m_client.get(), {kDomain, {}, QStringLiteral("py-store")}, QStringLiteral("public:pypi"));
    QVERIFY(runJob(&again));
    QVERIFY(again.error());
    QVERIFY(again.error().kind() == AwsError::Kind::NotFound || again.error().kind() == AwsError::Kind::Conflict
            || again.wasRecovered());
}

void TestClientAgainstSandbox::shouldReportNotFoundWithResource()
{
    DescribeRepositoryJob job(m_client.get(), {kDomain, {}, QStringLiteral("no-such-repo")});
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(job.error().httpStatus(), 404);
    QCOMPARE(job.error().resourceId(), QStringLiteral("no-such-repo"));
    QCOMPARE(job.error().resourceType(), QStringLiteral("repository"));
    QVERIFY(job.error().userMessage().contains(QStringLiteral("no-such-repo")));

    DescribeDomainJob domain(m_client.get(), {QStringLiteral("no-such-domain"), {}});
    QVERIFY(runJob(&domain));
    QCOMPARE(domain.error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(domain.error().resourceType(), QStringLiteral("domain"));
}

void TestClientAgainstSandbox::shouldReportWrongSecretAndUnknownKey()
{
    auto wrongSecret = makeClient(SandboxConfig::defaultAccessKeyId(), "not-the-secret");
    ListDomainsJob bad(wrongSecret.get());
    QVERIFY(runJob(&bad));
    QCOMPARE(bad.error().kind(), AwsError::Kind::Authentication);
    QCOMPARE(bad.error().code(), QStringLiteral("InvalidSignatureException"));
    QCOMPARE(bad.error().httpStatus(), 403);
    QVERIFY2(!bad.error().details().contains(QStringLiteral("not-the-secret")), "error details contain the secret");

    auto unknownKey = makeClient(QStringLiteral("AKIDUNKNOWNKEY"), "whatever");
    ListDomainsJob unknown(unknownKey.get());
    QVERIFY(runJob(&unknown));
    QCOMPARE(unknown.error().kind(), AwsError::Kind::Authentication);
    QCOMPARE(unknown.error().code(), QStringLiteral("UnrecognizedClientException"));
}

void TestClientAgainstSandbox::shouldLoadTheDemoInventoryConcurrently()
{
    startSandbox({}, QStringLiteral("demo"));
    InventoryJob job(m_client.get(), 4);
    job.setPageSize(2);  // several pages per domain
    QSignalSpy loaded(&job, &InventoryJob::domainLoaded);
    QVERIFY(runJob(&job, 60000));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QVERIFY(job.domains().size() >= 3);
    QCOMPARE(loaded.count() + job.domainsFailed(), job.domains().size());
    QCOMPARE(job.domainsFailed(), 0);
    QVERIFY(job.repositoryCount() >= 10);
    QVERIFY(job.maxInFlightSeen() >= 2);
    bool foreign = false;
    for (const DomainSummary &d : job.domains())
        foreign = foreign || d.owner != QLatin1String("111122223333");
    QVERIFY2(foreign, "the demo shows a domain owned by another account");
}

void TestClientAgainstSandbox::shouldTellWhoIsSignedIn()
{
    GetCallerIdentityJob job(m_client.get());
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QCOMPARE(job.identity().account, QStringLiteral("111122223333"));
    QVERIFY(job.identity().arn.startsWith(QStringLiteral("arn:aws:")));
}

void TestClientAgainstSandbox::shouldGetTokenAndEndpoint()
{
    createRepository(QStringLiteral("pypi-store"));
    GetAuthorizationTokenJob token(m_client.get(), {kDomain, QStringLiteral("111122223333")}, 900);
    QVERIFY(runJob(&token));
    QVERIFY2(!token.error(), qPrintable(token.error().details()));
    QVERIFY(!token.token().token.isEmpty());
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(token.token().expiration);
    QVERIFY2(lifetime > 800 && lifetime <= 900, qPrintable(QString::number(lifetime)));

    GetRepositoryEndpointJob endpoint(m_client.get(), {kDomain, {}, QStringLiteral("pypi-store")}, QStringLiteral("pypi"));
    QVERIFY(runJob(&endpoint));
    QVERIFY2(!endpoint.error(), qPrintable(endpoint.error().details()));
    QVERIFY(endpoint.repositoryEndpoint().startsWith(QStringLiteral("https://it-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/pypi-store")));
}

void TestClientAgainstSandbox::shouldUpdateAndDeleteRepositoriesAndDomains()
{
    createRepository(QStringLiteral("base"));
    createRepository(QStringLiteral("app"));
    UpdateRepositoryJob update(m_client.get(), {kDomain, {}, QStringLiteral("app")}, QStringLiteral("new words"),
                               QStringList{QStringLiteral("base")});
    QVERIFY(runJob(&update));
    QVERIFY2(!update.error(), qPrintable(update.error().details()));
    QCOMPARE(update.repository().description, QStringLiteral("new words"));
    QCOMPARE(update.repository().upstreams.size(), 1);
    QCOMPARE(update.repository().upstreams.first().repositoryName, QStringLiteral("base"));

    // A domain with repositories cannot be deleted.
    DeleteDomainJob early(m_client.get(), {kDomain, {}});
    QVERIFY(runJob(&early));
    QCOMPARE(early.error().kind(), AwsError::Kind::Conflict);

    for (const QString &name : {QStringLiteral("app"), QStringLiteral("base")}) {
        DeleteRepositoryJob remove(m_client.get(), {kDomain, {}, name});
        QVERIFY(runJob(&remove));
        QVERIFY2(!remove.error(), qPrintable(remove.error().details()));
        QCOMPARE(remove.repository().name, name);  // the description of what was deleted
    }
    DeleteDomainJob remove(m_client.get(), {kDomain, {}});
    QVERIFY(runJob(&remove));
    QVERIFY2(!remove.error(), qPrintable(remove.error().details()));
    QCOMPARE(remove.domain().name, kDomain);
    ListAllDomainsJob all(m_client.get());
    QVERIFY(runJob(&all));
    for (const DomainSummary &d : all.domains())
        QVERIFY(d.name != kDomain);
}

void TestClientAgainstSandbox::shouldRideOutThrottling()
{
    startSandbox({QStringLiteral("throttle:0.4")});
    int ok = 0;
    int attempts = 0;
    for (int i = 0; i < 10; ++i) {
        ListDomainsJob job(m_client.get());
        QVERIFY(runJob(&job));
        ok += job.error() ? 0 : 1;
        attempts += job.attempts();
        if (job.error())
            QCOMPARE(job.error().kind(), AwsError::Kind::Throttled);
    }
    QVERIFY2(attempts > 10, "some requests were throttled and retried");
    QVERIFY2(ok >= 8, qPrintable(QStringLiteral("%1 of 10 succeeded").arg(ok)));
}

void TestClientAgainstSandbox::shouldNotReplayAMutationAfterAServerError()
{
    createRepository(QStringLiteral("target"));
    startSandbox({QStringLiteral("error500:1.0")});
    int associates = 0;
    connect(m_sandbox.get(), &SandboxServer::requestHandled, this, [&associates](const QString &operation, int) {
        associates += operation == QLatin1String("AssociateExternalConnection") ? 1 : 0;
    });
    AssociateExternalConnectionJob job(m_client.get(), {kDomain, {}, QStringLiteral("target")}, QStringLiteral("public:npmjs"));
    QVERIFY(runJob(&job));
    QVERIFY(job.error());
    QCOMPARE(job.error().kind(), AwsError::Kind::Server);
    QCOMPARE(associates, 1);  // sent once; then the job re-read (and that read failed too)
}

QTEST_GUILESS_MAIN(TestClientAgainstSandbox)
#include "tst_clientagainstsandbox.moc"
