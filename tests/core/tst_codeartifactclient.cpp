// The client over real HTTP against a scripted local responder: wire format, signing, the
// error matrix, retries, timeouts, cancellation, odd bodies and pagination. (The sandbox
// integration test drives the same client against the real service logic.)

#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/externalconnectionjobs.h"
#include "api/getcalleridentityjob.h"
#include "api/paginatedjobs.h"
#include "api/repositoryjobs.h"
#include "aws/sigv4signer.h"
#include "scriptedhttpserver.h"
#ifdef DESK_HAS_SANDBOX
#include "sandbox/sigv4authorization.h"
#endif

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using desk::test::ScriptedHttpServer;
using Response = ScriptedHttpServer::Response;

namespace {

// Jobs here end within 15 s.
bool runJob(AwsJob *job, int timeoutMs = 15000)
{
    return test::runJob(job, timeoutMs);
}

const QByteArray kSecret = "client-test-secret-0123456789";

QByteArray repositoryJson(const QString &name, const QString &connection = {})
{
    QJsonObject repo{{QLatin1String("name"), name},
                     {QLatin1String("administratorAccount"), QLatin1String("111122223333")},
                     {QLatin1String("domainName"), QLatin1String("dd")},
                     {QLatin1String("domainOwner"), QLatin1String("111122223333")},
                     {QLatin1String("arn"), QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:repository/dd/") + name},
                     {QLatin1String("description"), QLatin1String("team packages")},
                     {QLatin1String("createdTime"), 1764000000.25},
                     {QLatin1String("upstreams"), QJsonArray{QJsonObject{{QLatin1String("repositoryName"), QLatin1String("up1")}}}}};
    QJsonArray connections;
    if (!connection.isEmpty())
        connections.append(QJsonObject{{QLatin1String("externalConnectionName"), connection},
                                       {QLatin1String("packageFormat"), QLatin1String("npm")},
                                       {QLatin1String("status"), QLatin1String("Available")}});
    repo.insert(QLatin1String("externalConnections"), connections);
    return QJsonDocument(QJsonObject{{QLatin1String("repository"), repo}}).toJson(QJsonDocument::Compact);
}

QByteArray repositoryPage(int from, int count, const QString &nextToken)
{
    QJsonArray list;
    for (int i = from; i < from + count; ++i) {
        list.append(QJsonObject{{QLatin1String("name"), QStringLiteral("repo-%1").arg(i)},
                                {QLatin1String("domainName"), QLatin1String("dd")},
                                {QLatin1String("domainOwner"), QLatin1String("111122223333")},
                                {QLatin1String("administratorAccount"), QLatin1String("111122223333")},
                                {QLatin1String("arn"), QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:repository/dd/repo-%1").arg(i)},
                                {QLatin1String("createdTime"), 1764000000}});
    }
    QJsonObject page{{QLatin1String("repositories"), list}};
    if (!nextToken.isEmpty())
        page.insert(QLatin1String("nextToken"), nextToken);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}


} // namespace

class TestCodeArtifactClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void shouldSendAssociateExactlyAsTheAwsCliDoes();
    void shouldSendJsonBodyForListDomains();
    void shouldReadEveryFieldOfARepositoryPage();
    void shouldSignSoTheServerCanVerify();
    void shouldMapErrorResponses_data();
    void shouldMapErrorResponses();
    void shouldHeadlineTheSignatureProblemTheServiceNames_data();
    void shouldHeadlineTheSignatureProblemTheServiceNames();
    void shouldWrapTheServicesWordsInOneSentence();
    void shouldNotAdviseTryingAgainWhenTheOutcomeIsUnknown();
    void shouldRetryThrottledReadThenSucceed();
    void shouldGiveUpAfterThreeServerErrors();
    void shouldRetryThrottledMutation();
    void shouldLetTheRateLimiterPaceARetryInsteadOfRetryAfter();
    void shouldNotReplayMutationAfterServerError();
    void shouldRecoverAmbiguousAssociateThatTookEffect();
    void shouldReReadAfterConflict();
    void shouldTimeOutAndNotCallItACancel();
    void shouldReportCancelOnAbort();
    void shouldRejectMalformedJson();
    void shouldReadTenMegabyteBody();
    void shouldRejectBodyOverTheLimit();
    void shouldReportTruncatedBody();
    void shouldReportDroppedConnectionOnMutationAsAmbiguous();
    void shouldTreatConflictWithTheSameConnectionAsDone();
    void shouldNotFollowRedirects();
    void shouldValidateBeforeSending_data();
    void shouldValidateBeforeSending();
    void shouldRefusePlainHttpToRemoteHosts();
    void shouldResolveTheEndpointAgainWhenTheSettingsChange();
    void shouldReportConnectionRefused();
    void shouldNameStsAndItsEndpointWhenStsCannotBeReached();
    void shouldRefuseAnUntrustedCertificate();
    void shouldReportTlsToAServerThatSpeaksNoTls();
    void shouldFollowNextTokenToTheEnd();
    void shouldBoundConcurrentDomainsInInventory();
    void shouldReportFailedDomainAndGoOn();
    void shouldReadCallerIdentityAndStsErrors();
    void shouldRecordActivityWithoutSecrets();
    void shouldSendSessionToken();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CodeArtifactClient> m_client;
    std::unique_ptr<ScriptedHttpServer> m_server;
};

void TestCodeArtifactClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCodeArtifactClient::init()
{
    m_client.reset();
    m_server = std::make_unique<ScriptedHttpServer>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<CodeArtifactClient>(m_network.get());
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDCLIENTTEST");
    credentials.secretAccessKey = kSecret;
    m_client->setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(credentials));
    m_client->setRegion(QStringLiteral("us-east-1"));
    m_client->setEnvironment(QProcessEnvironment());
    m_client->setEndpointOverride(m_server->url().toString());
    m_client->setStsEndpointOverride(m_server->url().toString());
    RetryPolicy fast;
    fast.baseDelayMs = 5;
    fast.maxBackoffMs = 50;
    m_client->setRetryPolicy(fast);
}

void TestCodeArtifactClient::shouldSendAssociateExactlyAsTheAwsCliDoes()
{
    m_server->enqueue(Response::json(200, repositoryJson(QStringLiteral("rr"), QStringLiteral("public:npmjs"))));
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")}, QStringLiteral("public:npmjs"));
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));

    QCOMPARE(m_server->requests().size(), 1);
    const auto request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/repository/external-connection"));
    QCOMPARE(request.query, QByteArray("domain=dd&repository=rr&external-connection=public%3Anpmjs"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.hasHeader("Content-Type"));
    QCOMPARE(request.header("Host"), m_server->url().authority().toLatin1());
    QVERIFY(request.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDCLIENTTEST/"));
    QVERIFY(request.header("Authorization").contains("/us-east-1/codeartifact/aws4_request, SignedHeaders=host;x-amz-date, "));

    const RepositoryDescription repo = job.repository();
    QCOMPARE(repo.name, QStringLiteral("rr"));
    QCOMPARE(repo.externalConnections.size(), 1);
    QCOMPARE(repo.externalConnections.first().externalConnectionName, QStringLiteral("public:npmjs"));
    QCOMPARE(repo.externalConnections.first().status, QStringLiteral("Available"));
    QCOMPARE(repo.upstreams.size(), 1);
    QCOMPARE(repo.createdTime.toMSecsSinceEpoch(), Q_INT64_C(1764000000250));
    QVERIFY(!job.wasRecovered());
}

void TestCodeArtifactClient::shouldReadEveryFieldOfARepositoryPage()
{
    const QByteArray page = R"({"nextToken":"dG9rZW4=","repositories":[
        {"futureField":{"x":1},"description":"team packages","createdTime":1764000000.5,"arn":"arn:aws:codeartifact:us-east-1:444455556666:repository/dd/full",
         "domainOwner":"444455556666","domainName":"dd","administratorAccount":"111122223333","name":"full"},
        {"name":"bare"}]})";
    const auto parsed = ListRepositoriesInDomainJob::parsePage(QJsonDocument::fromJson(page).object(), QStringLiteral("repositories"));
    QVERIFY(!parsed.error);
    const QList<RepositorySummary> &repositories = parsed.items;
    QCOMPARE(parsed.nextToken, QStringLiteral("dG9rZW4="));
    QCOMPARE(repositories.size(), 2);
    const RepositorySummary &full = repositories.at(0);
    QCOMPARE(full.name, QStringLiteral("full"));
    QCOMPARE(full.administratorAccount, QStringLiteral("111122223333"));
    QCOMPARE(full.domainName, QStringLiteral("dd"));
    QCOMPARE(full.domainOwner, QStringLiteral("444455556666"));
    QCOMPARE(full.arn, QStringLiteral("arn:aws:codeartifact:us-east-1:444455556666:repository/dd/full"));
    QCOMPARE(full.description, QStringLiteral("team packages"));
    QCOMPARE(full.createdTime.toMSecsSinceEpoch(), Q_INT64_C(1764000000500));
    QCOMPARE(RepositorySummary::fromJson(full.toJson()), full);
    // Optional members left out stay empty; nothing is made up.
    const RepositorySummary &bare = repositories.at(1);
    QCOMPARE(bare.name, QStringLiteral("bare"));
    QVERIFY(bare.administratorAccount.isEmpty() && bare.domainName.isEmpty() && bare.domainOwner.isEmpty());
    QVERIFY(bare.arn.isEmpty() && bare.description.isEmpty());
    QVERIFY(!bare.createdTime.isValid());
}

void TestCodeArtifactClient::shouldSendJsonBodyForListDomains()
{
    m_server->enqueue(Response::json(200, R"({"domains":[{"name":"dd","owner":"111122223333","status":"Active","createdTime":1.7e9,"arn":"arn:x","encryptionKey":"arn:k"},{"name":"new","status":"Migrating"}]})"));
    ListDomainsJob job(m_client.get(), 25);
    QVERIFY(runJob(&job));
    QVERIFY(!job.error());
    const auto request = m_server->requests().constFirst();
    QCOMPARE(request.path, QByteArray("/v1/domains"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QLatin1String("maxResults")).toInt(), 25);
    QCOMPARE(job.domains().size(), 2);
    QCOMPARE(job.domains().at(0).encryptionKey, QStringLiteral("arn:k"));
    // An enum value newer than this build is kept, not dropped.
    QCOMPARE(job.domains().at(1).status, QStringLiteral("Migrating"));
}

void TestCodeArtifactClient::shouldSignSoTheServerCanVerify()
{
#ifndef DESK_HAS_SANDBOX
    QSKIP("reads the Authorization header with the sandbox's SigV4Authorization; built with DESK_SKIP_SANDBOX");
#else
    m_server->enqueue(Response::json(200, repositoryJson(QStringLiteral("rr"))));
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), QStringLiteral("111122223333"), QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    const auto request = m_server->requests().constFirst();

    // Recompute the signature the way the service does, from what was received.
    const SigV4Authorization auth = SigV4Authorization::parse(request.header("Authorization"));
    QVERIFY(auth.valid);
    SigV4Request received;
    received.method = request.method;
    received.path = request.path;
    received.query = SigV4Signer::parseQueryString(request.query);
    for (const QByteArray &name : auth.signedHeaders)
        received.headers.append({name, request.header(name)});
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDCLIENTTEST");
    credentials.secretAccessKey = kSecret;
    SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    options.service = QStringLiteral("codeartifact");
    options.time = QDateTime::fromString(QString::fromLatin1(request.header("X-Amz-Date")), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    options.time.setTimeSpec(Qt::UTC);
    const SigV4Signature expected = SigV4Signer::sign(received, credentials, options);
    QCOMPARE(auth.signature, expected.signature);
    QCOMPARE(request.query, QByteArray("domain=dd&domain-owner=111122223333&repository=rr"));
    // A read without a body goes out as a plain GET: no body, no Content-Type.
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/v1/repository"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.hasHeader("Content-Type"));
#endif
}

void TestCodeArtifactClient::shouldMapErrorResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("resourceId");
    QTest::addColumn<QString>("reason");

    using K = AwsError::Kind;
    QTest::newRow("AccessDenied 403") << 403 << QByteArray("AccessDeniedException") << QByteArray(R"({"message":"User is not authorized"})")
                                      << int(K::AccessDenied) << QStringLiteral("AccessDeniedException") << QString() << QString();
    QTest::newRow("Conflict 409") << 409 << QByteArray("ConflictException:http://internal.amazon.com/coral/")
                                  << QByteArray(R"({"message":"has one","resourceId":"rr","resourceType":"repository"})")
                                  << int(K::Conflict) << QStringLiteral("ConflictException") << QStringLiteral("rr") << QString();
    QTest::newRow("InternalServer 500") << 500 << QByteArray("InternalServerException") << QByteArray(R"({"message":"oops"})")
                                        << int(K::Server) << QStringLiteral("InternalServerException") << QString() << QString();
    QTest::newRow("ResourceNotFound 404") << 404 << QByteArray() << QByteArray(R"({"__type":"com.amazonaws.codeartifact#ResourceNotFoundException","message":"no","resourceId":"dd","resourceType":"domain"})")
                                          << int(K::NotFound) << QStringLiteral("ResourceNotFoundException") << QStringLiteral("dd") << QString();
    QTest::newRow("ServiceQuotaExceeded 402") << 402 << QByteArray("ServiceQuotaExceededException") << QByteArray(R"({"message":"quota","resourceType":"domain"})")
                                              << int(K::QuotaExceeded) << QStringLiteral("ServiceQuotaExceededException") << QString() << QString();
    QTest::newRow("Validation 400") << 400 << QByteArray("ValidationException") << QByteArray(R"({"message":"bad","reason":"FIELD_VALIDATION_FAILED"})")
                                    << int(K::Validation) << QStringLiteral("ValidationException") << QString() << QStringLiteral("FIELD_VALIDATION_FAILED");
    QTest::newRow("code in body") << 400 << QByteArray() << QByteArray(R"({"code":"ValidationException","Message":"capital M"})")
                                  << int(K::Validation) << QStringLiteral("ValidationException") << QString() << QString();
    QTest::newRow("UnrecognizedClient") << 403 << QByteArray("UnrecognizedClientException") << QByteArray(R"({"message":"The security token included in the request is invalid."})")
                                        << int(K::Authentication) << QStringLiteral("UnrecognizedClientException") << QString() << QString();
    QTest::newRow("InvalidSignature") << 403 << QByteArray("InvalidSignatureException") << QByteArray(R"({"message":"The request signature we calculated does not match"})")
                                      << int(K::Authentication) << QStringLiteral("InvalidSignatureException") << QString() << QString();
    QTest::newRow("ExpiredToken") << 403 << QByteArray("ExpiredTokenException") << QByteArray(R"({"message":"The security token included in the request is expired"})")
                                  << int(K::Authentication) << QStringLiteral("ExpiredTokenException") << QString() << QString();
    QTest::newRow("HTML from a proxy") << 502 << QByteArray() << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                       << int(K::Server) << QStringLiteral("502") << QString() << QString();
    QTest::newRow("HTML 403 from a portal") << 403 << QByteArray() << QByteArray("<html>Please log in to the Wi-Fi</html>")
                                            << int(K::BadResponse) << QStringLiteral("403") << QString() << QString();
}

void TestCodeArtifactClient::shouldMapErrorResponses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, errorType);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, resourceId);
    QFETCH(QString, reason);

    m_server->setFallback(Response::json(status, body, errorType, "req-1234"));
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")}, QStringLiteral("public:pypi"));
    QVERIFY(runJob(&job));
    const AwsError error = job.error();
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.requestId(), QStringLiteral("req-1234"));
    QCOMPARE(error.resourceId(), resourceId);
    QCOMPARE(error.reason(), reason);
    QCOMPARE(error.operation(), QStringLiteral("AssociateExternalConnection"));
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(error.details().contains(QStringLiteral("req-1234")));
    if (error.kind() == AwsError::Kind::AccessDenied)
        QVERIFY(error.userMessage().contains(QStringLiteral("codeartifact:AssociateExternalConnection")));
    if (body.startsWith("<html"))
        QVERIFY(error.message().contains(QStringLiteral("Bad Gateway")) || error.message().contains(QStringLiteral("Wi-Fi")));
}

void TestCodeArtifactClient::shouldHeadlineTheSignatureProblemTheServiceNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("headline");   // a phrase the sentence must contain
    // The service's words as CodeArtifact, STS and the sandbox send them.
    QTest::newRow("wrong region") << QStringLiteral("InvalidSignatureException")
                                  << QStringLiteral("Credential should be scoped to a valid region. 'eu-central-1' is not 'us-east-1'.")
                                  << QStringLiteral("region this endpoint does not serve");
    QTest::newRow("wrong region, sts") << QStringLiteral("SignatureDoesNotMatch")
                                       << QStringLiteral("Credential should be scoped to a valid region.")
                                       << QStringLiteral("region this endpoint does not serve");
    QTest::newRow("wrong service") << QStringLiteral("InvalidSignatureException")
                                   << QStringLiteral("Credential should be scoped to correct service: 'codeartifact'.")
                                   << QStringLiteral("not a CodeArtifact endpoint");
    QTest::newRow("clock behind") << QStringLiteral("InvalidSignatureException")
                                  << QStringLiteral("Signature expired: 20261125T181004Z is now earlier than 20261125T182504Z (20261125T183004Z - 15 min.)")
                                  << QStringLiteral("clock is off");
    QTest::newRow("clock ahead") << QStringLiteral("InvalidSignatureException")
                                 << QStringLiteral("Signature not yet current: 20261125T190004Z is still later than 20261125T184504Z (20261125T183004Z + 15 min.)")
                                 << QStringLiteral("clock is off");
    QTest::newRow("expired token") << QStringLiteral("ExpiredTokenException")
                                   << QStringLiteral("The security token included in the request is expired")
                                   << QStringLiteral("session token of these credentials has expired");
    QTest::newRow("expired token, sts") << QStringLiteral("ExpiredToken")
                                        << QStringLiteral("The security token included in the request is expired")
                                        << QStringLiteral("session token of these credentials has expired");
    QTest::newRow("bad secret") << QStringLiteral("InvalidSignatureException")
                                << QStringLiteral("The request signature we calculated does not match the signature you provided.")
                                << QStringLiteral("secret access key matches the access key ID");
    QTest::newRow("unknown key") << QStringLiteral("UnrecognizedClientException")
                                 << QStringLiteral("The security token included in the request is invalid.")
                                 << QStringLiteral("does not recognise the access key");
}

void TestCodeArtifactClient::shouldHeadlineTheSignatureProblemTheServiceNames()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, headline);
    const QByteArray body = QJsonDocument(QJsonObject{{QLatin1String("message"), message}}).toJson(QJsonDocument::Compact);
    const AwsError error = AwsError::fromHttpResponse(403, code.toLatin1(), "req-1", {}, body);
    QCOMPARE(error.kind(), AwsError::Kind::Authentication);
    QVERIFY2(error.userMessage().contains(headline), qPrintable(error.userMessage()));
    // Sending the same request again cannot help, so nothing offers to.
    QVERIFY(!error.isRetryable());
    QVERIFY(error.details().contains(message));
}

void TestCodeArtifactClient::shouldWrapTheServicesWordsInOneSentence()
{
    // Service messages end in a full stop and sometimes carry parentheses of their own.
    const QString words = QStringLiteral("Repository 'web' (in domain 'acme') already has one.");
    for (int k = int(AwsError::Kind::Network); k <= int(AwsError::Kind::Configuration); ++k) {
        const AwsError error(AwsError::Kind(k), words);
        const QString sentence = error.userMessage();
        QVERIFY2(!sentence.contains(QLatin1String(".)")), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1String("..")), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1String("((")) && !sentence.contains(QLatin1String("))")), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
    }
    const AwsError conflict(AwsError::Kind::Conflict, words);
    QCOMPARE(conflict.userMessage(),
             QStringLiteral("The change conflicts with the current state: Repository 'web' (in domain 'acme') already has "
                            "one. Refresh to see what is there now."));
}

void TestCodeArtifactClient::shouldNotAdviseTryingAgainWhenTheOutcomeIsUnknown()
{
    for (const AwsError::Kind kind : {AwsError::Kind::Network, AwsError::Kind::Timeout, AwsError::Kind::Server}) {
        AwsError error(kind, QStringLiteral("Connection closed"));
        QVERIFY(error.userMessage().contains(QLatin1String("try again"), Qt::CaseInsensitive));
        error.setAmbiguous(true);
        const QString sentence = error.userMessage();
        QVERIFY2(!sentence.contains(QLatin1String("try again"), Qt::CaseInsensitive), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("may or may not have been made")), qPrintable(sentence));
    }
}

void TestCodeArtifactClient::shouldRetryThrottledReadThenSucceed()
{
    Response throttled = Response::json(429, R"({"message":"Rate exceeded"})", "ThrottlingException");
    throttled.headers.emplaceBack(QByteArray("Retry-After"), QByteArray("0"));
    m_server->enqueue(throttled);
    m_server->enqueue(throttled);
    m_server->enqueue(Response::json(200, repositoryJson(QStringLiteral("rr"))));
    const int quotaBefore = m_client->retryQuota().available();
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QCOMPARE(job.attempts(), 3);
    QCOMPARE(m_server->requests().size(), 3);
    // Each attempt is signed afresh: its own X-Amz-Date/Authorization, never a copied header set.
    QVERIFY(m_server->requests().at(0).hasHeader("Authorization"));
    QVERIFY(m_client->retryQuota().available() < quotaBefore);
}

void TestCodeArtifactClient::shouldLetTheRateLimiterPaceARetryInsteadOfRetryAfter()
{
    // A job that shares a rate limiter retries when the limiter (which learned from the throttle)
    // lets it, with the usual jittered backoff, not after the service's Retry-After: the limiter
    // already slows every request of the task down, as the SDKs' adaptive mode does.
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxBackoffMs = 20000;
    m_client->setRetryPolicy(policy);
    Response throttled = Response::json(429, R"({"message":"Rate exceeded"})", "ThrottlingException");
    throttled.headers.emplaceBack(QByteArray("Retry-After"), QByteArray("10"));
    m_server->enqueue(throttled);
    m_server->enqueue(Response::json(200, repositoryJson(QStringLiteral("rr"))));
    auto limiter = std::make_shared<RequestRateLimiter>();
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    job.setRateLimiter(limiter);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QCOMPARE(job.attempts(), 2);
    QCOMPARE(limiter->throttledResponses(), 1);
    QVERIFY(limiter->currentRate() > 0);   // pacing from now on
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestCodeArtifactClient::shouldGiveUpAfterThreeServerErrors()
{
    m_server->setFallback(Response::json(500, R"({"message":"internal"})", "InternalServerException"));
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Server);
    QCOMPARE(job.error().attempts(), 3);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestCodeArtifactClient::shouldRetryThrottledMutation()
{
    Response throttled = Response::json(429, R"({"message":"slow down"})", "ThrottlingException");
    throttled.headers.emplaceBack(QByteArray("Retry-After"), QByteArray("0"));
    m_server->enqueue(throttled);
    m_server->enqueue(Response::json(200, repositoryJson(QStringLiteral("rr"), QStringLiteral("public:npmjs"))));
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")}, QStringLiteral("public:npmjs"));
    QVERIFY(runJob(&job));
    QVERIFY(!job.error());
    QCOMPARE(job.attempts(), 2);
}

void TestCodeArtifactClient::shouldNotReplayMutationAfterServerError()
{
    // The associate gets a 500: it may or may not have happened. The job re-reads, sees no
    // connection, and reports the failure as known (not ambiguous) instead of sending again.
    m_server->setHandler([](const ScriptedHttpServer::Request &r) {
        if (r.method == "POST")
            return Response::json(500, R"({"message":"internal"})", "InternalServerException");
        return Response::json(200, repositoryJson(QStringLiteral("rr")));
    });
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")}, QStringLiteral("public:npmjs"));
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Server);
    QVERIFY(!job.error().isAmbiguous());
    int posts = 0;
    for (const auto &r : m_server->requests())
        posts += r.method == "POST" ? 1 : 0;
    QCOMPARE(posts, 1);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, QByteArray("GET"));
    QVERIFY(job.currentRepository().has_value());
}

void TestCodeArtifactClient::shouldRecoverAmbiguousAssociateThatTookEffect()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &r) {
        if (r.method == "POST")
            return Response::json(503, R"({"message":"unavailable"})", "InternalServerException");
        return Response::json(200, repositoryJson(QStringLiteral("rr"), QStringLiteral("public:npmjs")));
    });
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")}, QStringLiteral("public:npmjs"));
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QVERIFY(job.wasRecovered());
    QVERIFY(job.repository().hasExternalConnection(QStringLiteral("public:npmjs")));
}

void TestCodeArtifactClient::shouldReReadAfterConflict()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &r) {
        if (r.method == "POST")
            return Response::json(409, R"({"message":"already has an external connection","resourceId":"rr","resourceType":"repository"})", "ConflictException");
        return Response::json(200, repositoryJson(QStringLiteral("rr"), QStringLiteral("public:npmjs")));
    });
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")}, QStringLiteral("public:pypi"));
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Conflict);
    QVERIFY(job.currentRepository().has_value());
    QVERIFY(job.currentRepository()->hasExternalConnection(QStringLiteral("public:npmjs")));
}

void TestCodeArtifactClient::shouldTimeOutAndNotCallItACancel()
{
    m_server->setFallback(Response::hang());
    m_client->setTimeoutMs(300);
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Timeout);
    QVERIFY(job.error().isRetryable());
}

void TestCodeArtifactClient::shouldReportCancelOnAbort()
{
    m_server->setFallback(Response::hang());
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    job.setAutoDelete(false);
    QSignalSpy finished(&job, &AwsJob::finished);
    QSignalSpy pending(m_client.get(), &CodeArtifactClient::pendingRequestsChanged);
    job.start();
    QTRY_COMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_client->pendingRequests(), 1);
    job.abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind(), AwsError::Kind::Cancelled);
    QCOMPARE(m_client->pendingRequests(), 0);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);  // exactly once
}

void TestCodeArtifactClient::shouldRejectMalformedJson()
{
    m_server->setFallback(Response::json(200, R"({"repository": {"name": "rr", )"));
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::BadResponse);
    QCOMPARE(m_server->requests().size(), 1);  // not retried
}

void TestCodeArtifactClient::shouldReadTenMegabyteBody()
{
    // ~10 MB: 30,000 repositories with long descriptions in one page.
    QJsonArray list;
    const QString description(300, u'd');
    for (int i = 0; i < 30000; ++i)
        list.append(QJsonObject{{QLatin1String("name"), QStringLiteral("repo-%1").arg(i)}, {QLatin1String("description"), description}});
    const QByteArray body = QJsonDocument(QJsonObject{{QLatin1String("repositories"), list}}).toJson(QJsonDocument::Compact);
    QVERIFY(body.size() > 10 * 1000 * 1000);
    m_server->setFallback(Response::json(200, body));
    ListRepositoriesInDomainJob job(m_client.get(), {{QStringLiteral("dd"), {}}, {}, {}, 0, {}});
    QVERIFY(runJob(&job, 30000));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QCOMPARE(job.repositories().size(), 30000);
    QCOMPARE(job.repositories().last().name, QStringLiteral("repo-29999"));
}

void TestCodeArtifactClient::shouldRejectBodyOverTheLimit()
{
    m_client->setMaxResponseBytes(1024 * 1024);
    m_server->setFallback(Response::json(200, QByteArray(2 * 1024 * 1024, ' ') + "{}"));
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::BadResponse);
    QVERIFY(job.error().message().contains(QStringLiteral("larger than")));
}

void TestCodeArtifactClient::shouldReportTruncatedBody()
{
    Response truncated = Response::json(200, repositoryJson(QStringLiteral("rr")));
    truncated.action = Response::Action::Truncate;
    m_server->setFallback(truncated);
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QVERIFY(job.error());
    QVERIFY2(job.error().kind() == AwsError::Kind::Network || job.error().kind() == AwsError::Kind::BadResponse,
             qPrintable(job.error().details()));
}

void TestCodeArtifactClient::shouldReportDroppedConnectionOnMutationAsAmbiguous()
{
    // Dropped without an answer, and the re-read fails too: the outcome stays unknown.
    m_server->setFallback(Response::drop());
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")}, QStringLiteral("public:npmjs"));
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Network);
    QVERIFY(job.error().isAmbiguous());
    QCOMPARE(job.error().attempts(), 1);  // the job did not send it again
    // Qt's HTTP/1 layer itself resends once when a connection closes before any response byte
    // (it cannot be switched off in Qt 6.4); that is the most the service can see.
    int posts = 0;
    for (const auto &r : m_server->requests())
        posts += r.method == "POST" ? 1 : 0;
    QVERIFY(posts >= 1 && posts <= 2);
}

void TestCodeArtifactClient::shouldTreatConflictWithTheSameConnectionAsDone()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &r) {
        if (r.method == "POST")
            return Response::json(409, R"({"message":"already has an external connection","resourceId":"rr","resourceType":"repository"})", "ConflictException");
        return Response::json(200, repositoryJson(QStringLiteral("rr"), QStringLiteral("public:npmjs")));
    });
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")}, QStringLiteral("public:npmjs"));
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QVERIFY(job.wasRecovered());
    QVERIFY(job.repository().hasExternalConnection(QStringLiteral("public:npmjs")));
}

void TestCodeArtifactClient::shouldNotFollowRedirects()
{
    Response redirect;
    redirect.status = 307;
    redirect.headers.emplaceBack(QByteArray("Location"), QByteArray("http://127.0.0.2:1/v1/repository"));
    m_server->setFallback(redirect);
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::BadResponse);
    QVERIFY(job.error().message().contains(QStringLiteral("redirect")));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCodeArtifactClient::shouldValidateBeforeSending_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("field");
    QTest::newRow("uppercase domain") << QStringLiteral("Team") << QString() << QStringLiteral("rr") << QStringLiteral("public:npmjs") << QStringLiteral("domain");
    QTest::newRow("domain ends with hyphen") << QStringLiteral("team-") << QString() << QStringLiteral("rr") << QStringLiteral("public:npmjs") << QStringLiteral("domain");
    QTest::newRow("domain too long") << QString(51, u'a') << QString() << QStringLiteral("rr") << QStringLiteral("public:npmjs") << QStringLiteral("domain");
    QTest::newRow("one-letter domain") << QStringLiteral("a") << QString() << QStringLiteral("rr") << QStringLiteral("public:npmjs") << QStringLiteral("domain");
    QTest::newRow("owner with dashes") << QStringLiteral("dd") << QStringLiteral("1111-2222-3333") << QStringLiteral("rr") << QStringLiteral("public:npmjs") << QStringLiteral("domain-owner");
    QTest::newRow("owner 11 digits") << QStringLiteral("dd") << QStringLiteral("11112222333") << QStringLiteral("rr") << QStringLiteral("public:npmjs") << QStringLiteral("domain-owner");
    QTest::newRow("repository starts with dot") << QStringLiteral("dd") << QString() << QStringLiteral(".rr") << QStringLiteral("public:npmjs") << QStringLiteral("repository");
    QTest::newRow("repository with slash") << QStringLiteral("dd") << QString() << QStringLiteral("r/r") << QStringLiteral("public:npmjs") << QStringLiteral("repository");
    QTest::newRow("unknown connection") << QStringLiteral("dd") << QString() << QStringLiteral("rr") << QStringLiteral("public:cpan") << QStringLiteral("external-connection");
    QTest::newRow("connection case") << QStringLiteral("dd") << QString() << QStringLiteral("rr") << QStringLiteral("public:PyPI") << QStringLiteral("external-connection");
}

void TestCodeArtifactClient::shouldValidateBeforeSending()
{
    QFETCH(QString, domain);
    QFETCH(QString, owner);
    QFETCH(QString, repository);
    QFETCH(QString, connection);
    QFETCH(QString, field);
    AssociateExternalConnectionJob job(m_client.get(), {domain, owner, repository}, connection);
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Validation);
    QCOMPARE(job.error().field(), field);
    QVERIFY(job.error().userMessage().contains(field));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCodeArtifactClient::shouldRefusePlainHttpToRemoteHosts()
{
    m_client->setEndpointOverride(QStringLiteral("http://codeartifact.example.com"));
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Configuration);
    QVERIFY(job.error().userMessage().contains(QStringLiteral("https")));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCodeArtifactClient::shouldResolveTheEndpointAgainWhenTheSettingsChange()
{
    // The client keeps each service's resolved endpoint between requests; every setting the
    // resolution depends on must make the next request resolve it again.
    const AwsRequest describe = AwsRequest::forOperation(
        Operation::DescribeRepository, OperationInput::forRepository({QStringLiteral("dd"), {}, QStringLiteral("rr")}));
    const AwsRequest identity = AwsRequest::forOperation(Operation::GetCallerIdentity, OperationInput());
    const auto urlOf = [this](const AwsRequest &request) {
        const CodeArtifactClient::Prepared prepared = m_client->prepare(request);
        return prepared.error ? QUrl() : prepared.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    };
    const auto hostHeaderOf = [this](const AwsRequest &request) {
        for (const auto &[name, value] : m_client->prepare(request).headers) {
            if (name == "Host")
                return value;
        }
        return QByteArray();
    };

    QCOMPARE(urlOf(describe), m_server->url().adjusted(QUrl::RemovePath));
    QCOMPARE(urlOf(describe), m_server->url().adjusted(QUrl::RemovePath));  // from what was kept

    m_client->setEndpointOverride(QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(urlOf(describe), QUrl(QStringLiteral("http://127.0.0.1:1")));
    QCOMPARE(hostHeaderOf(describe), QByteArray("127.0.0.1:1"));  // signed for where it goes

    m_client->setEndpointOverride({});
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL_CODEARTIFACT"), QStringLiteral("http://127.0.0.1:2"));
    m_client->setEnvironment(environment);
    QCOMPARE(urlOf(describe), QUrl(QStringLiteral("http://127.0.0.1:2")));

    m_client->setEnvironment(QProcessEnvironment());
    QCOMPARE(urlOf(describe), QUrl(QStringLiteral("https://codeartifact.us-east-1.amazonaws.com")));
    m_client->setRegion(QStringLiteral("eu-west-1"));
    QCOMPARE(urlOf(describe), QUrl(QStringLiteral("https://codeartifact.eu-west-1.amazonaws.com")));
    QCOMPARE(hostHeaderOf(describe), QByteArray("codeartifact.eu-west-1.amazonaws.com"));

    // Each service has its own: STS's override does not move CodeArtifact, and back.
    QCOMPARE(urlOf(identity), m_server->url().adjusted(QUrl::RemovePath));
    m_client->setStsEndpointOverride(QStringLiteral("http://127.0.0.1:3"));
    QCOMPARE(urlOf(identity), QUrl(QStringLiteral("http://127.0.0.1:3")));
    QCOMPARE(urlOf(describe), QUrl(QStringLiteral("https://codeartifact.eu-west-1.amazonaws.com")));

    // And a request really goes to the new endpoint.
    ScriptedHttpServer second;
    second.enqueue(Response::json(200, repositoryJson(QStringLiteral("rr"))));
    m_client->setEndpointOverride(second.url().toString());
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QCOMPARE(second.requests().size(), 1);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCodeArtifactClient::shouldReportConnectionRefused()
{
    const QUrl url = m_server->url();
    m_server.reset();  // nothing listens there now
    m_client->setEndpointOverride(url.toString());
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Network);
    QCOMPARE(job.error().attempts(), 3);  // a read is retried
    const QString message = job.error().userMessage();
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(url.port());
    QVERIFY2(message.startsWith(QStringLiteral("Could not reach the CodeArtifact endpoint ") + endpoint), qPrintable(message));
}

void TestCodeArtifactClient::shouldNameStsAndItsEndpointWhenStsCannotBeReached()
{
    // STS aimed at a port nothing listens on; CodeArtifact stays where it answers.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    m_client->setStsEndpointOverride(endpoint);
    GetCallerIdentityJob job(m_client.get());
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Network);
    QCOMPARE(job.error().service(), QStringLiteral("sts"));
    QCOMPARE(job.error().endpoint(), endpoint);
    const QString message = job.error().userMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Could not reach the STS endpoint ") + endpoint + QStringLiteral(": ")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("CodeArtifact")), qPrintable(message));
    QVERIFY2(job.error().details().contains(QStringLiteral("Endpoint: ") + endpoint), qPrintable(job.error().details()));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCodeArtifactClient::shouldRefuseAnUntrustedCertificate()
{
    // A self-signed certificate for 127.0.0.1, made for this run: the client must refuse it
    // (no ignoreSslErrors anywhere), say so, and send nothing over the connection.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QIODevice::readyRead, socket, [&received, socket] { received += socket->readAll(); });
    });

    m_client->setEndpointOverride(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    AssociateExternalConnectionJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")},
                                       QStringLiteral("public:pypi"));
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().kind(), AwsError::Kind::Tls);
    QVERIFY2(job.error().userMessage().contains(QLatin1String("secure connection")), qPrintable(job.error().userMessage()));
    QVERIFY(received.isEmpty());   // not one byte of the request
    // Nothing was sent, so nothing can have happened: not ambiguous, and not tried again.
    QVERIFY(!job.error().isAmbiguous());
    QCOMPARE(job.error().attempts(), 1);
}

void TestCodeArtifactClient::shouldReportTlsToAServerThatSpeaksNoTls()
{
    // https:// to a plain HTTP server: the handshake fails; the request is not sent in the clear.
    m_client->setEndpointOverride(QStringLiteral("https://127.0.0.1:%1").arg(m_server->url().port()));
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QVERIFY2(job.error().kind() == AwsError::Kind::Tls || job.error().kind() == AwsError::Kind::Network,
             qPrintable(job.error().details()));
    for (const auto &request : m_server->requests())
        QVERIFY2(!request.path.startsWith("/v1/"), "the request went out in the clear");
}

void TestCodeArtifactClient::shouldFollowNextTokenToTheEnd()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &r) {
        const ByteArrayPairs query = SigV4Signer::parseQueryString(r.query);
        QByteArray token;
        for (const auto &[k, v] : query)
            if (k == "next-token")
                token = v;
        if (token.isEmpty())
            return Response::json(200, repositoryPage(0, 2, QStringLiteral("page+2/of=3")));
        if (token == "page+2/of=3")
            return Response::json(200, repositoryPage(2, 2, QStringLiteral("page3")));
        return Response::json(200, repositoryPage(4, 1, {}));
    });
    ListAllRepositoriesInDomainJob job(m_client.get(), {QStringLiteral("dd"), {}}, 2);
    QSignalSpy pages(&job, &ListAllRepositoriesInDomainJob::pageLoaded);
    QVERIFY(runJob(&job));
    QVERIFY(!job.error());
    QCOMPARE(job.pages(), 3);
    QCOMPARE(pages.count(), 3);
    QCOMPARE(job.repositories().size(), 5);
    QCOMPARE(job.repositories().at(4).name, QStringLiteral("repo-4"));
    // The token went back exactly, strictly encoded.
    QVERIFY(m_server->requests().at(1).query.contains("next-token=page%2B2%2Fof%3D3"));
    QVERIFY(m_server->requests().at(0).query.contains("max-results=2"));
}

void TestCodeArtifactClient::shouldBoundConcurrentDomainsInInventory()
{
    QJsonArray domains;
    for (int i = 0; i < 10; ++i)
        domains.append(QJsonObject{{QLatin1String("name"), QStringLiteral("domain-%1").arg(i)}, {QLatin1String("owner"), QLatin1String("111122223333")}});
    const QByteArray domainList = QJsonDocument(QJsonObject{{QLatin1String("domains"), domains}}).toJson(QJsonDocument::Compact);
    // Repository listings are answered a little later, so several are in flight at once.
    QList<QTcpSocket *> unused;
    m_server->setHandler([&](const ScriptedHttpServer::Request &r) {
        if (r.path == "/v1/domains")
            return Response::json(200, domainList);
        QTest::qWait(20);
        return Response::json(200, repositoryPage(0, 3, {}));
    });
    InventoryJob job(m_client.get(), 4);
    QSignalSpy loaded(&job, &InventoryJob::domainLoaded);
    QSignalSpy progress(&job, &InventoryJob::progressChanged);
    QVERIFY(runJob(&job, 30000));
    QVERIFY(!job.error());
    QCOMPARE(loaded.count(), 10);
    QCOMPARE(job.repositoryCount(), 30);
    QVERIFY(job.maxInFlightSeen() <= 4);
    QVERIFY(job.maxInFlightSeen() >= 2);
    QCOMPARE(progress.last().at(0).toInt(), 10);
    QCOMPARE(progress.last().at(1).toInt(), 10);
    // Each domain's owner is passed on, so cross-account domains list too.
    QVERIFY(m_server->requests().at(1).query.contains("domain-owner=111122223333"));
}

void TestCodeArtifactClient::shouldReportFailedDomainAndGoOn()
{
    m_server->setHandler([](const ScriptedHttpServer::Request &r) {
        if (r.path == "/v1/domains")
            return Response::json(200, R"({"domains":[{"name":"good","owner":"111122223333"},{"name":"bad","owner":"444455556666"}]})");
        if (r.query.contains("domain=bad"))
            return Response::json(403, R"({"message":"not allowed"})", "AccessDeniedException");
        return Response::json(200, repositoryPage(0, 2, {}));
    });
    InventoryJob job(m_client.get(), 4);
    QSignalSpy failed(&job, &InventoryJob::domainFailed);
    QVERIFY(runJob(&job));
    QVERIFY(!job.error());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<DomainSummary>().name, QStringLiteral("bad"));
    QCOMPARE(failed.first().at(1).value<AwsError>().kind(), AwsError::Kind::AccessDenied);
    QCOMPARE(job.domainsFailed(), 1);
    QCOMPARE(job.repositoryCount(), 2);
}

void TestCodeArtifactClient::shouldReadCallerIdentityAndStsErrors()
{
    Response ok;
    ok.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("text/xml"));
    ok.body = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
              "<Arn>arn:aws:iam::111122223333:user/admin</Arn><UserId>AIDAEXAMPLE</UserId><Account>111122223333</Account>"
              "</GetCallerIdentityResult><ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
    m_server->enqueue(ok);
    GetCallerIdentityJob job(m_client.get());
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error(), qPrintable(job.error().details()));
    QCOMPARE(job.identity().account, QStringLiteral("111122223333"));
    QCOMPARE(job.identity().arn, QStringLiteral("arn:aws:iam::111122223333:user/admin"));
    const auto request = m_server->requests().constFirst();
    QCOMPARE(request.body, QByteArray("Action=GetCallerIdentity&Version=2011-06-15"));
    QVERIFY(request.header("Authorization").contains("/us-east-1/sts/aws4_request"));

    Response denied;
    denied.status = 403;
    denied.body = "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code>"
                  "<Message>The security token included in the request is invalid.</Message></Error>"
                  "<RequestId>sts-2</RequestId></ErrorResponse>";
    m_server->enqueue(denied);
    GetCallerIdentityJob second(m_client.get());
    QVERIFY(runJob(&second));
    QCOMPARE(second.error().kind(), AwsError::Kind::Authentication);
    QCOMPARE(second.error().code(), QStringLiteral("InvalidClientTokenId"));
    QCOMPARE(second.error().requestId(), QStringLiteral("sts-2"));
}

void TestCodeArtifactClient::shouldRecordActivityWithoutSecrets()
{
    QSignalSpy records(m_client.get(), &CodeArtifactClient::requestFinished);
    m_server->enqueue(Response::json(404, R"({"message":"Repository rr not found","resourceId":"rr","resourceType":"repository"})",
                                     "ResourceNotFoundException", "req-77"));
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    QCOMPARE(records.count(), 1);
    const RequestRecord record = records.first().first().value<RequestRecord>();
    QCOMPARE(record.operation, QStringLiteral("DescribeRepository"));
    QCOMPARE(record.httpStatus, 404);
    QCOMPARE(record.requestId, QStringLiteral("req-77"));
    QCOMPARE(record.errorCode, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(record.attempts, 1);
    QVERIFY(!record.succeeded);
    const QString all = record.operation + record.target + record.url + record.errorCode + record.errorMessage + record.method;
    QVERIFY2(!all.contains(QString::fromLatin1(kSecret)), "the activity record contains the secret key");
    QVERIFY2(!all.contains(QStringLiteral("Signature=")), "the activity record contains a signature");
    QVERIFY(job.error().userMessage().contains(QStringLiteral("rr")));
}

void TestCodeArtifactClient::shouldSendSessionToken()
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("ASIATEMPORARY");
    credentials.secretAccessKey = kSecret;
    credentials.sessionToken = "session-token-value";
    m_client->setCredentialsProvider(std::make_shared<StaticCredentialsProvider>(credentials));
    m_server->enqueue(Response::json(200, repositoryJson(QStringLiteral("rr"))));
    DescribeRepositoryJob job(m_client.get(), {QStringLiteral("dd"), {}, QStringLiteral("rr")});
    QVERIFY(runJob(&job));
    const auto request = m_server->requests().constFirst();
    QVERIFY(request.header("X-Amz-Security-Token") == "session-token-value");
    QVERIFY(request.header("Authorization").contains("SignedHeaders=host;x-amz-date;x-amz-security-token"));
}

QTEST_GUILESS_MAIN(TestCodeArtifactClient)
#include "tst_codeartifactclient.moc"
