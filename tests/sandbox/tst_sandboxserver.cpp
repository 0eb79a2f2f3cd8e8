#include "sandbox/sandboxserver.h"
#include "sandboxtestserver.h"
#include "signedclient.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using desk::test::SignedClient;

namespace {

const QString kAccount = QStringLiteral("111122223333");

AwsCredentials sandboxCredentials()
{
    AwsCredentials c;
    c.accessKeyId = SandboxConfig::defaultAccessKeyId();
    c.secretAccessKey = SandboxConfig::defaultSecretAccessKey();
    return c;
}

QString xmlValue(const QByteArray &xml, const QString &tag)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(tag));
    return re.match(QString::fromUtf8(xml)).captured(1);
}

const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> startServer(const SandboxConfig &config = {}) { return test::startSandboxServer(config); }

    static SandboxConfig demoConfig()
    {
        SandboxConfig config;
        config.seed = QStringLiteral("demo");
        return config;
    }

    static void checkErrorShape(const SignedClient::Reply &reply, int status, const QString &errorType)
    {
        QVERIFY2(reply.status == status, reply.body.constData());
        QCOMPARE(reply.errorType(), errorType);
        QVERIFY(kUuid.match(QString::fromLatin1(reply.header("x-amzn-RequestId"))).hasMatch());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(!reply.message().isEmpty(), reply.body.constData());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldListDomainsLikeTheService()
    {
        auto server = startServer(demoConfig());
        SignedClient client(server->url(), sandboxCredentials());
        const auto reply = client.send("POST", "/v1/domains", {}, "{}");
        QCOMPARE(reply.status, 200);
        QVERIFY(kUuid.match(QString::fromLatin1(reply.header("x-amzn-RequestId"))).hasMatch());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QJsonArray domains = reply.json().value(QLatin1String("domains")).toArray();
        QVERIFY(domains.size() >= 5);
        QCOMPARE(domains.size(), server->state().listDomains(SandboxConfig::defaultAccount()).size());
        QSet<QString> owners;
        for (const QJsonValue &d : domains) {
            const QJsonObject o = d.toObject();
            QVERIFY(o.value(QLatin1String("createdTime")).isDouble());
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("Active"));
            QCOMPARE(o.value(QLatin1String("arn")).toString(),
                     QStringLiteral("arn:aws:codeartifact:us-east-1:%1:domain/%2")
                         .arg(o.value(QLatin1String("owner")).toString(), o.value(QLatin1String("name")).toString()));
            owners << o.value(QLatin1String("owner")).toString();
        }
        QCOMPARE(owners, (QSet<QString>{kAccount, QStringLiteral("444455556666")}));
        QVERIFY(!reply.json().contains(QLatin1String("nextToken")));
    }

    void shouldRunTheRepositoryLifecycle()
    {
        auto server = startServer();
        SignedClient client(server->url(), sandboxCredentials());
        auto reply = client.send("POST", "/v1/domain", SignedClient::query({{"domain", "life"}}), "{}");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("domain")).toObject().value(QLatin1String("repositoryCount")).toInt(), 0);

        reply = client.send("POST", "/v1/repository", SignedClient::query({{"domain", "life"}, {"repository", "store"}}),
                            R"({"description":"proxy"})");
        QCOMPARE(reply.status, 200);
        reply = client.send("POST", "/v1/repository", SignedClient::query({{"domain", "life"}, {"repository", "team"}}),
                            R"({"upstreams":[{"repositoryName":"store"}]})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("repository")).toObject().value(QLatin1String("upstreams")).toArray().size(), 1);

        reply = client.send("POST", "/v1/repository/external-connection",
                            SignedClient::query({{"domain", "life"}, {"repository", "store"}, {"external-connection", "public:pypi"}}));
        QCOMPARE(reply.status, 200);
        const QJsonObject connection = reply.json().value(QLatin1String("repository")).toObject()
                                           .value(QLatin1String("externalConnections")).toArray().first().toObject();
        QCOMPARE(connection.value(QLatin1String("packageFormat")).toString(), QStringLiteral("pypi"));
        QCOMPARE(connection.value(QLatin1String("status")).toString(), QStringLiteral("Available"));

        reply = client.send("PUT", "/v1/repository", SignedClient::query({{"domain", "life"}, {"repository", "team"}}),
                            R"({"description":"changed","upstreams":[]})");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("repository")).toObject().value(QLatin1String("description")).toString(),
                 QStringLiteral("changed"));
        QVERIFY(reply.json().value(QLatin1String("repository")).toObject().value(QLatin1String("upstreams")).toArray().isEmpty());

        reply = client.send("GET", "/v1/domain", SignedClient::query({{"domain", "life"}}));
        QCOMPARE(reply.json().value(QLatin1String("domain")).toObject().value(QLatin1String("repositoryCount")).toInt(), 2);

        reply = client.send("GET", "/v1/repository/endpoint",
                            SignedClient::query({{"domain", "life"}, {"repository", "store"}, {"format", "pypi"}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("repositoryEndpoint")).toString(),
                 QStringLiteral("https://life-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/store/"));

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        reply = client.send("POST", "/v1/authorization-token", SignedClient::query({{"domain", "life"}, {"duration", "900"}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QLatin1String("authorizationToken")).toString().size() > 20);
        const qint64 expiration = reply.json().value(QLatin1String("expiration")).toInteger();
        QVERIFY(expiration >= before + 899 && expiration <= before + 905);
        reply = client.send("POST", "/v1/authorization-token", SignedClient::query({{"domain", "life"}}));
        QVERIFY(qAbs(reply.json().value(QLatin1String("expiration")).toInteger() - (before + 43200)) < 10);

        reply = client.send("DELETE", "/v1/repository/external-connection",
                            SignedClient::query({{"domain", "life"}, {"repository", "store"}, {"external-connection", "public:pypi"}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QLatin1String("repository")).toObject().value(QLatin1String("externalConnections")).toArray().isEmpty());
        for (const char *repo : {"team", "store"}) {
            reply = client.send("DELETE", "/v1/repository", SignedClient::query({{"domain", "life"}, {"repository", repo}}));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value(QLatin1String("repository")).toObject().value(QLatin1String("name")).toString(),
                     QString::fromLatin1(repo));
        }
        reply = client.send("DELETE", "/v1/domain", SignedClient::query({{"domain", "life"}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(server->state().isEmpty());
    }

    void shouldAnswerErrorsLikeTheService_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("resourceId");
        QTest::addColumn<QString>("resourceType");
        const QString none;
        const QString va = QStringLiteral("ValidationException");
        const QString field = QStringLiteral("FIELD_VALIDATION_FAILED");
        const QString parse = QStringLiteral("CANNOT_PARSE");
        QTest::newRow("bad domain name") << QByteArray("GET") << QByteArray("/v1/domain") << QByteArray("domain=Bad_Name")
                                         << QByteArray() << 400 << va << field << none << none;
        QTest::newRow("missing domain") << QByteArray("GET") << QByteArray("/v1/repository") << QByteArray("repository=abc")
                                        << QByteArray() << 400 << va << field << none << none;
        QTest::newRow("bad owner") << QByteArray("GET") << QByteArray("/v1/domain")
                                   << QByteArray("domain=acme-prod&domain-owner=12-34") << QByteArray() << 400 << va << field
                                   << none << none;
        QTest::newRow("unknown connection")
            << QByteArray("POST") << QByteArray("/v1/repository/external-connection")
            << QByteArray("domain=acme-prod&repository=scratch&external-connection=public%3Acpan") << QByteArray() << 400 << va
            << field << none << none;
        QTest::newRow("unknown domain") << QByteArray("GET") << QByteArray("/v1/domain") << QByteArray("domain=nope")
                                        << QByteArray() << 404 << QStringLiteral("ResourceNotFoundException") << none
                                        << QStringLiteral("nope") << QStringLiteral("domain");
        QTest::newRow("unknown repository") << QByteArray("GET") << QByteArray("/v1/repository")
                                            << QByteArray("domain=acme-prod&repository=nope") << QByteArray() << 404
                                            << QStringLiteral("ResourceNotFoundException") << none << QStringLiteral("nope")
                                            << QStringLiteral("repository");
        QTest::newRow("wrong domain owner") << QByteArray("GET") << QByteArray("/v1/domain")
                                            << QByteArray("domain=acme-prod&domain-owner=444455556666") << QByteArray() << 404
                                            << QStringLiteral("ResourceNotFoundException") << none
                                            << QStringLiteral("acme-prod") << QStringLiteral("domain");
        QTest::newRow("domain exists") << QByteArray("POST") << QByteArray("/v1/domain") << QByteArray("domain=acme-prod")
                                       << QByteArray() << 409 << QStringLiteral("ConflictException") << none
                                       << QStringLiteral("acme-prod") << QStringLiteral("domain");
        QTest::newRow("second connection")
            << QByteArray("POST") << QByteArray("/v1/repository/external-connection")
            << QByteArray("domain=acme-prod&repository=npm-store&external-connection=public%3Apypi") << QByteArray() << 409
            << QStringLiteral("ConflictException") << none << QStringLiteral("npm-store") << QStringLiteral("repository");
        QTest::newRow("connection on repo with upstreams")
            << QByteArray("POST") << QByteArray("/v1/repository/external-connection")
            << QByteArray("domain=acme-prod&repository=web-frontend&external-connection=public%3Anpmjs") << QByteArray() << 409
            << QStringLiteral("ConflictException") << none << QStringLiteral("web-frontend") << QStringLiteral("repository");
        QTest::newRow("missing upstream") << QByteArray("POST") << QByteArray("/v1/repository")
                                          << QByteArray("domain=acme-prod&repository=new-one")
                                          << QByteArray(R"({"upstreams":[{"repositoryName":"ghost"}]})") << 404
                                          << QStringLiteral("ResourceNotFoundException") << none << QStringLiteral("ghost")
                                          << QStringLiteral("repository");
        QTest::newRow("reserved tag key") << QByteArray("POST") << QByteArray("/v1/repository")
                                          << QByteArray("domain=acme-prod&repository=new-one")
                                          << QByteArray(R"({"tags":[{"key":"aws:team","value":"web"}]})") << 400 << va
                                          << field << none << none;
        QTest::newRow("encryption key shape") << QByteArray("POST") << QByteArray("/v1/domain")
                                              << QByteArray("domain=new-domain")
                                              << QByteArray(R"({"encryptionKey":"my-key"})") << 400 << va
                                              << QStringLiteral("ENCRYPTION_KEY_ERROR") << none << none;
        QTest::newRow("delete non-empty domain") << QByteArray("DELETE") << QByteArray("/v1/domain")
                                                 << QByteArray("domain=acme-staging") << QByteArray() << 409
                                                 << QStringLiteral("ConflictException") << none
                                                 << QStringLiteral("acme-staging") << QStringLiteral("domain");
        QTest::newRow("write to shared domain") << QByteArray("POST") << QByteArray("/v1/repository")
                                                << QByteArray("domain=partner-shared&domain-owner=444455556666&repository=mine")
                                                << QByteArray() << 403 << QStringLiteral("AccessDeniedException") << none
                                                << none << none;
        QTest::newRow("max-results 0") << QByteArray("POST") << QByteArray("/v1/domain/repositories")
                                       << QByteArray("domain=acme-prod&max-results=0") << QByteArray() << 400 << va << field
                                       << none << none;
        QTest::newRow("max-results 1001") << QByteArray("POST") << QByteArray("/v1/repositories")
                                          << QByteArray("max-results=1001") << QByteArray() << 400 << va << field << none << none;
        QTest::newRow("max-results abc") << QByteArray("POST") << QByteArray("/v1/repositories")
                                         << QByteArray("max-results=abc") << QByteArray() << 400 << va << parse << none << none;
        QTest::newRow("ListDomains maxResults 0") << QByteArray("POST") << QByteArray("/v1/domains") << QByteArray()
                                                  << QByteArray(R"({"maxResults":0})") << 400 << va << field << none << none;
        QTest::newRow("ListDomains maxResults string") << QByteArray("POST") << QByteArray("/v1/domains") << QByteArray()
                                                       << QByteArray(R"({"maxResults":"ten"})") << 400 << va << parse << none
                                                       << none;
        QTest::newRow("malformed JSON") << QByteArray("POST") << QByteArray("/v1/repository")
                                        << QByteArray("domain=acme-prod&repository=new-one") << QByteArray("{\"description\":")
                                        << 400 << va << parse << none << none;
        QTest::newRow("bad duration") << QByteArray("POST") << QByteArray("/v1/authorization-token")
                                      << QByteArray("domain=acme-prod&duration=100") << QByteArray() << 400 << va << field
                                      << none << none;
        QTest::newRow("bad format") << QByteArray("GET") << QByteArray("/v1/repository/endpoint")
                                    << QByteArray("domain=acme-prod&repository=npm-store&format=pip") << QByteArray() << 400
                                    << va << field << none << none;
        QTest::newRow("duplicated query member") << QByteArray("GET") << QByteArray("/v1/domain")
                                                 << QByteArray("domain=acme-prod&domain=acme-staging") << QByteArray() << 400
                                                 << va << parse << none << none;
        QTest::newRow("bad percent-encoding") << QByteArray("GET") << QByteArray("/v1/domain")
                                              << QByteArray("domain=acme%ZZprod") << QByteArray() << 400 << va << parse << none
                                              << none;
        QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/v1/nothing-here") << QByteArray() << QByteArray()
                                      << 404 << QStringLiteral("UnknownOperationException") << none << none << none;
        QTest::newRow("wrong method") << QByteArray("PATCH") << QByteArray("/v1/repository") << QByteArray("domain=acme-prod")
                                      << QByteArray() << 405 << QStringLiteral("MethodNotAllowedException") << none << none
                                      << none;
    }

    void shouldAnswerErrorsLikeTheService()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorType);
        QFETCH(QString, reason);
        QFETCH(QString, resourceId);
        QFETCH(QString, resourceType);
        auto server = startServer(demoConfig());
        SignedClient client(server->url(), sandboxCredentials());
        const auto reply = client.send(method, path, query, body);
        checkErrorShape(reply, status, errorType);
        if (!reason.isEmpty())
            QCOMPARE(reply.json().value(QLatin1String("reason")).toString(), reason);
        if (errorType == QLatin1String("ValidationException"))
            QVERIFY(reply.json().contains(QLatin1String("reason")));
        QCOMPARE(reply.json().value(QLatin1String("resourceId")).toString(), resourceId);
        QCOMPARE(reply.json().value(QLatin1String("resourceType")).toString(), resourceType);
        if (status == 405)
            QVERIFY(!reply.header("Allow").isEmpty());
    }

    void shouldNameTheFieldInValidationMessages()
    {
        auto server = startServer(demoConfig());
        SignedClient client(server->url(), sandboxCredentials());
        const auto reply = client.send("GET", "/v1/repository", SignedClient::query({{"domain", "acme-prod"}, {"repository", "x"}}));
        checkErrorShape(reply, 400, QStringLiteral("ValidationException"));
        QVERIFY2(reply.message().contains(QLatin1String("'repository'")), qPrintable(reply.message()));
        QCOMPARE(reply.json().value(QLatin1String("reason")).toString(), QStringLiteral("FIELD_VALIDATION_FAILED"));
    }

    void shouldEnforceTheDomainQuota()
    {
        auto server = startServer();
        SignedClient client(server->url(), sandboxCredentials());
        for (int i = 0; i < SandboxState::domainQuotaPerAccount; ++i)
            QCOMPARE(client.send("POST", "/v1/domain", "domain=quota-" + QByteArray::number(i)).status, 200);
        const auto reply = client.send("POST", "/v1/domain", "domain=quota-over");
        checkErrorShape(reply, 402, QStringLiteral("ServiceQuotaExceededException"));
        QCOMPARE(reply.json().value(QLatin1String("resourceType")).toString(), QStringLiteral("domain"));
        QCOMPARE(reply.json().value(QLatin1String("resourceId")).toString(), QStringLiteral("quota-over"));
    }

    void shouldPaginateWithOpaqueTokens()
    {
        auto server = startServer(demoConfig());
        SignedClient client(server->url(), sandboxCredentials());
        QStringList names;
        QByteArray token;
        int pages = 0;
        do {
            QByteArray q = SignedClient::query({{"domain", "acme-prod"}, {"max-results", "5"}});
            if (!token.isEmpty())
                q += "&next-token=" + SigV4Signer::uriEncode(token);
            const auto reply = client.send("POST", "/v1/domain/repositories", q);
            QCOMPARE(reply.status, 200);
            const QJsonArray repos = reply.json().value(QLatin1String("repositories")).toArray();
            QVERIFY(repos.size() <= 5);
            for (const QJsonValue &r : repos)
                names << r.toObject().value(QLatin1String("name")).toString();
            token = reply.json().value(QLatin1String("nextToken")).toString().toLatin1();
            ++pages;
        } while (!token.isEmpty() && pages < 20);
        QCOMPARE(pages, 4);   // 17 repositories
        QCOMPARE(names.size(), 17);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 17);

        // ListDomains: maxResults/nextToken in the body.
        QStringList domains;
        QString domainToken;
        pages = 0;
        do {
            QJsonObject body{{QLatin1String("maxResults"), 2}};
            if (!domainToken.isEmpty())
                body.insert(QLatin1String("nextToken"), domainToken);
            const auto reply = client.send("POST", "/v1/domains", {}, QJsonDocument(body).toJson());
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &d : reply.json().value(QLatin1String("domains")).toArray())
                domains << d.toObject().value(QLatin1String("name")).toString();
            domainToken = reply.json().value(QLatin1String("nextToken")).toString();
            ++pages;
        } while (!domainToken.isEmpty() && pages < 20);
        const qsizetype seeded = server->state().listDomains(SandboxConfig::defaultAccount()).size();
        QVERIFY(seeded > 2);
        QCOMPARE(qsizetype(pages), (seeded + 1) / 2);
        QCOMPARE(domains.size(), seeded);

        // A changed token, or one from another listing, is refused.
        const auto first = client.send("POST", "/v1/domain/repositories", "domain=acme-prod&max-results=5");
        const QByteArray good = first.json().value(QLatin1String("nextToken")).toString().toLatin1();
        QByteArray tampered = QByteArray::fromBase64(good, QByteArray::Base64UrlEncoding);
        tampered[0] = tampered[0] == '9' ? '8' : '9';
        tampered = tampered.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        auto reply = client.send("POST", "/v1/domain/repositories",
                                 "domain=acme-prod&max-results=5&next-token=" + SigV4Signer::uriEncode(tampered));
        checkErrorShape(reply, 400, QStringLiteral("ValidationException"));
        reply = client.send("POST", "/v1/domain/repositories",
                            "domain=acme-staging&max-results=5&next-token=" + SigV4Signer::uriEncode(good));
        checkErrorShape(reply, 400, QStringLiteral("ValidationException"));
        reply = client.send("POST", "/v1/domain/repositories", "domain=acme-prod&max-results=5&next-token=garbage");
        checkErrorShape(reply, 400, QStringLiteral("ValidationException"));
    }

    void shouldNeitherHideNorRepeatWhenTheListingChangesBetweenPages()
    {
        auto server = startServer(demoConfig());
        SignedClient client(server->url(), sandboxCredentials());
        auto page = [&](const QByteArray &token) {
            QByteArray q = SignedClient::query({{"domain", "acme-prod"}, {"max-results", "5"}});
            if (!token.isEmpty())
                q += "&next-token=" + SigV4Signer::uriEncode(token);
            const auto reply = client.send("POST", "/v1/domain/repositories", q);
            QStringList names;
            for (const QJsonValue &r : reply.json().value(QLatin1String("repositories")).toArray())
                names << r.toObject().value(QLatin1String("name")).toString();
            return std::make_pair(names, reply.json().value(QLatin1String("nextToken")).toString().toLatin1());
        };
        // A repository that sorts first, so it is on the first page.
        QCOMPARE(client.send("POST", "/v1/repository",
                             SignedClient::query({{"domain", "acme-prod"}, {"repository", "b-temp"}}), "{}")
                     .status,
                 200);
        const auto [first, token] = page({});
        QCOMPARE(first.size(), 5);
        QCOMPARE(first.constFirst(), QStringLiteral("b-temp"));
        QVERIFY(!token.isEmpty());
        // Between pages: it goes again, and one that sorts last comes. Counting from an offset
        // would now skip the sixth repository.
        QCOMPARE(client.send("DELETE", "/v1/repository",
                             SignedClient::query({{"domain", "acme-prod"}, {"repository", "b-temp"}}))
                     .status,
                 200);
        QCOMPARE(client.send("POST", "/v1/repository",
                             SignedClient::query({{"domain", "acme-prod"}, {"repository", "zzz-new"}}), "{}")
                     .status,
                 200);
        QStringList rest;
        QByteArray next = token;
        for (int pages = 0; !next.isEmpty() && pages < 10; ++pages) {
            const auto [names, following] = page(next);
            rest += names;
            next = following;
        }
        QVERIFY(next.isEmpty());
        // Every repository that was there all along is listed exactly once.
        QStringList expected;
        for (const SandboxDomain &d : server->state().domains()) {
            if (d.name != QLatin1String("acme-prod"))
                continue;
            for (const SandboxRepository &r : d.repositories) {
                if (r.name > first.constLast())
                    expected << r.name;
            }
        }
        QCOMPARE(rest, expected);
        QCOMPARE(rest.constLast(), QStringLiteral("zzz-new"));
        QCOMPARE(first.size() + rest.size(), 19);   // the 17, b-temp while it lasted, zzz-new
    }

    void shouldRejectBadAuthentication_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("messagePattern");
        QTest::newRow("no authorization") << QStringLiteral("none") << QStringLiteral("MissingAuthenticationTokenException")
                                          << QStringLiteral("Missing Authentication Token");
        QTest::newRow("malformed header") << QStringLiteral("malformed") << QStringLiteral("IncompleteSignatureException")
                                          << QStringLiteral("requires");
        QTest::newRow("other algorithm") << QStringLiteral("basic") << QStringLiteral("IncompleteSignatureException")
                                         << QStringLiteral("AWS4-HMAC-SHA256");
        QTest::newRow("bad signature")
            << QStringLiteral("corrupt") << QStringLiteral("InvalidSignatureException")
            << QStringLiteral("^The request signature we calculated does not match the signature you provided\\. Check your "
                              "AWS Secret Access Key and signing method\\. Consult the service documentation for details\\.$");
        QTest::newRow("wrong secret") << QStringLiteral("secret") << QStringLiteral("InvalidSignatureException")
                                      << QStringLiteral("does not match");
        QTest::newRow("unknown key") << QStringLiteral("key") << QStringLiteral("UnrecognizedClientException")
                                     << QStringLiteral("^The security token included in the request is invalid\\.$");
        QTest::newRow("expired date")
            << QStringLiteral("expired") << QStringLiteral("InvalidSignatureException")
            << QStringLiteral("^Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z - 15 min\\.\\)$");
        QTest::newRow("future date") << QStringLiteral("future") << QStringLiteral("InvalidSignatureException")
                                     << QStringLiteral("^Signature not yet current");
        QTest::newRow("wrong region") << QStringLiteral("region") << QStringLiteral("InvalidSignatureException")
                                      << QStringLiteral("region");
        QTest::newRow("wrong service") << QStringLiteral("service") << QStringLiteral("InvalidSignatureException")
                                       << QStringLiteral("codeartifact");
        QTest::newRow("unexpected token") << QStringLiteral("token") << QStringLiteral("UnrecognizedClientException")
                                          << QStringLiteral("invalid");
        QTest::newRow("body changed") << QStringLiteral("body") << QStringLiteral("InvalidSignatureException")
                                      << QStringLiteral("does not match");
        for (const char *date : {"20261328T010203Z", "20261128T250000Z", "2026-11-28T01:02Z", "20261128t010203Z",
                                 "20261128T01020AZ", "2026112 T010203Z"})
            QTest::newRow(date) << QStringLiteral("date:") + QLatin1String(date) << QStringLiteral("IncompleteSignatureException")
                                << QStringLiteral("^X-Amz-Date must be in the ISO8601 Long Format");
        QTest::newRow("host not signed") << QStringLiteral("nohost") << QStringLiteral("IncompleteSignatureException")
                                         << QStringLiteral("host");
    }

    void shouldRejectBadAuthentication()
    {
        QFETCH(QString, kind);
        QFETCH(QString, errorType);
        QFETCH(QString, messagePattern);
        auto server = startServer(demoConfig());
        AwsCredentials credentials = sandboxCredentials();
        SignedClient::Options options;
        if (kind == QLatin1String("none"))
            options.sign = false;
        else if (kind == QLatin1String("malformed"))
            options.authorizationOverride = "AWS4-HMAC-SHA256 Credential=AKIDSANDBOX/garbage";
        else if (kind == QLatin1String("basic"))
            options.authorizationOverride = "Basic dXNlcjpwYXNz";
        else if (kind == QLatin1String("corrupt"))
            options.corruptSignature = true;
        else if (kind == QLatin1String("secret"))
            credentials.secretAccessKey = "not-the-secret";
        else if (kind == QLatin1String("key"))
            credentials.accessKeyId = QStringLiteral("AKIDSOMEONEELSE");
        else if (kind == QLatin1String("expired"))
            options.time = QDateTime::currentDateTimeUtc().addSecs(-20 * 60);
        else if (kind == QLatin1String("future"))
            options.time = QDateTime::currentDateTimeUtc().addSecs(20 * 60);
        else if (kind == QLatin1String("region"))
            options.region = QStringLiteral("eu-west-1");
        else if (kind == QLatin1String("service"))
            options.service = QStringLiteral("s3");
        else if (kind == QLatin1String("token"))
            credentials.sessionToken = "some-token";
        else if (kind == QLatin1String("body"))
            options.signedBodyOverride = "{\"maxResults\":1}";
        else if (kind == QLatin1String("nohost"))
            options.authorizationOverride = "AWS4-HMAC-SHA256 Credential=AKIDSANDBOX/" + SigV4Signer::amzDate(QDateTime::currentDateTimeUtc()).left(8)
                + "/us-east-1/codeartifact/aws4_request, SignedHeaders=x-amz-date, Signature=abcdef";
        else if (kind.startsWith(QLatin1String("date:")))
            options.extraHeaders.append({QByteArrayLiteral("X-Amz-Date"), kind.mid(5).toLatin1()});
        SignedClient client(server->url(), credentials);
        const auto reply = client.send("POST", "/v1/domains", {}, "{}", options);
        checkErrorShape(reply, 403, errorType);
        QVERIFY2(QRegularExpression(messagePattern).match(reply.message()).hasMatch(), qPrintable(reply.message()));
        QVERIFY(!reply.body.contains(SandboxConfig::defaultSecretAccessKey()));
    }

    void shouldRequireTheConfiguredSessionToken()
    {
        SandboxConfig config;
        config.sessionToken = "configured-session-token";
        auto server = startServer(config);
        AwsCredentials credentials = sandboxCredentials();
        SignedClient client(server->url(), credentials);
        checkErrorShape(client.send("POST", "/v1/domains", {}, "{}"), 403, QStringLiteral("UnrecognizedClientException"));
        credentials.sessionToken = "configured-session-token";
        client.setCredentials(credentials);
        QCOMPARE(client.send("POST", "/v1/domains", {}, "{}").status, 200);
    }

    void shouldAnswerStsAndAcceptAssumedRoleCredentials()
    {
        auto server = startServer(demoConfig());
        QDateTime clock = QDateTime::currentDateTimeUtc();
        server->setClock([&clock] { return clock; });
        SignedClient client(server->url(), sandboxCredentials());
        SignedClient::Options sts;
        sts.service = QStringLiteral("sts");
        sts.contentType = "application/x-www-form-urlencoded; charset=utf-8";

        auto reply = client.send("POST", "/", {}, "Action=GetCallerIdentity&Version=2011-06-15", sts);
        QCOMPARE(reply.status, 200);
        QCOMPARE(xmlValue(reply.body, QStringLiteral("Account")), kAccount);
        QCOMPARE(xmlValue(reply.body, QStringLiteral("Arn")), QStringLiteral("arn:aws:iam::111122223333:user/sandbox-admin"));
        QVERIFY(!xmlValue(reply.body, QStringLiteral("UserId")).isEmpty());
        QVERIFY(kUuid.match(xmlValue(reply.body, QStringLiteral("RequestId"))).hasMatch());

        reply = client.send("POST", "/", {},
                            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2Fdesk-admin"
                            "&RoleSessionName=test-session&DurationSeconds=900&ExternalId=ext-123",
                            sts);
        QCOMPARE(reply.status, 200);
        AwsCredentials assumed;
        assumed.accessKeyId = xmlValue(reply.body, QStringLiteral("AccessKeyId"));
        assumed.secretAccessKey = xmlValue(reply.body, QStringLiteral("SecretAccessKey")).toLatin1();
        assumed.sessionToken = xmlValue(reply.body, QStringLiteral("SessionToken")).toLatin1();
        QVERIFY(assumed.accessKeyId.startsWith(QLatin1String("ASIA")));
        QVERIFY(!assumed.secretAccessKey.isEmpty() && !assumed.sessionToken.isEmpty());
        const QDateTime expiration = QDateTime::fromString(xmlValue(reply.body, QStringLiteral("Expiration")), Qt::ISODate);
        QVERIFY(qAbs(clock.secsTo(expiration) - 900) < 5);

        SignedClient role(server->url(), assumed);
        QCOMPARE(role.send("POST", "/v1/domains", {}, "{}").status, 200);
        reply = role.send("POST", "/", {}, "Action=GetCallerIdentity&Version=2011-06-15", sts);
        QCOMPARE(xmlValue(reply.body, QStringLiteral("Arn")),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/desk-admin/test-session"));
        // Token duration 0: the credentials' expiry.
        reply = role.send("POST", "/v1/authorization-token", "domain=acme-prod&duration=0");
        QCOMPARE(reply.json().value(QLatin1String("expiration")).toInteger(), expiration.toSecsSinceEpoch());

        AwsCredentials noToken = assumed;
        noToken.sessionToken.clear();
        role.setCredentials(noToken);
        checkErrorShape(role.send("POST", "/v1/domains", {}, "{}"), 403, QStringLiteral("UnrecognizedClientException"));
        AwsCredentials wrongToken = assumed;
        wrongToken.sessionToken = "forged";
        role.setCredentials(wrongToken);
        checkErrorShape(role.send("POST", "/v1/domains", {}, "{}"), 403, QStringLiteral("UnrecognizedClientException"));

        // After the expiry, the same credentials (correctly signed for that time) are expired.
        clock = clock.addSecs(1000);
        role.setCredentials(assumed);
        SignedClient::Options later;
        later.time = clock;
        checkErrorShape(role.send("POST", "/v1/domains", {}, "{}", later), 403, QStringLiteral("ExpiredTokenException"));
    }

    void shouldAnswerStsErrorsInXml()
    {
        auto server = startServer();
        SignedClient client(server->url(), sandboxCredentials());
        SignedClient::Options sts;
        sts.service = QStringLiteral("sts");
        sts.contentType = "application/x-www-form-urlencoded";
        auto reply = client.send("POST", "/", {}, "Action=AssumeRole&Version=2011-06-15&RoleArn=not-an-arn&RoleSessionName=s1", sts);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.startsWith("<ErrorResponse"));
        QCOMPARE(xmlValue(reply.body, QStringLiteral("Type")), QStringLiteral("Sender"));
        QCOMPARE(xmlValue(reply.body, QStringLiteral("Code")), QStringLiteral("ValidationError"));
        QVERIFY(kUuid.match(xmlValue(reply.body, QStringLiteral("RequestId"))).hasMatch());
        sts.corruptSignature = true;
        reply = client.send("POST", "/", {}, "Action=GetCallerIdentity&Version=2011-06-15", sts);
        QCOMPARE(reply.status, 403);
        QCOMPARE(xmlValue(reply.body, QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
        sts.corruptSignature = false;
        reply = client.send("POST", "/", {}, "Action=Explode&Version=2011-06-15", sts);
        QCOMPARE(xmlValue(reply.body, QStringLiteral("Code")), QStringLiteral("InvalidAction"));
    }

    void shouldInjectFaultsDeterministically()
    {
        auto statuses = [this](quint64 seed) {
            SandboxConfig config = demoConfig();
            config.faults = {QStringLiteral("throttle:0.3,error500:0.2")};
            config.faultSeed = seed;
            config.faultSeedSet = true;
            auto server = startServer(config);
            SignedClient client(server->url(), sandboxCredentials());
            QList<int> out;
            for (int i = 0; i < 40; ++i) {
                const auto reply = client.send("GET", "/v1/domain", "domain=acme-prod");
                out << reply.status;
                if (reply.status == 429) {
                    [&] {
                        checkErrorShape(reply, 429, QStringLiteral("ThrottlingException"));
                        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
                    }();
                } else if (reply.status == 500) {
                    [&] { checkErrorShape(reply, 500, QStringLiteral("InternalServerException")); }();
                }
            }
            return out;
        };
        const QList<int> first = statuses(1234);
        QCOMPARE(statuses(1234), first);
        QVERIFY(first.contains(200) && first.contains(429) && first.contains(500));
        QVERIFY(statuses(99) != first);
    }

    void shouldNotApplyFaultedMutations_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("throttle") << QStringLiteral("throttle:1.0") << 429;
        QTest::newRow("error500") << QStringLiteral("error500:1.0") << 500;
        QTest::newRow("drop") << QStringLiteral("drop:1.0") << 0;
    }

    void shouldNotApplyFaultedMutations()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        SandboxConfig config;
        config.faults = {fault};
        auto server = startServer(config);
        SignedClient client(server->url(), sandboxCredentials());
        const auto reply = client.send("POST", "/v1/domain", "domain=faulted");
        QCOMPARE(reply.status, status);
        if (status == 0)
            QVERIFY(reply.networkError != 0);
        QVERIFY(server->state().isEmpty());
        // STS is exempt from faults.
        SignedClient::Options sts;
        sts.service = QStringLiteral("sts");
        sts.contentType = "application/x-www-form-urlencoded";
        QCOMPARE(client.send("POST", "/", {}, "Action=GetCallerIdentity&Version=2011-06-15", sts).status, 200);
    }

    void shouldDelayAnswersWithLatency()
    {
        SandboxConfig config = demoConfig();
        config.faults = {QStringLiteral("latency:200ms")};
        auto server = startServer(config);
        SignedClient client(server->url(), sandboxCredentials());
        const auto reply = client.send("POST", "/v1/domains", {}, "{}");
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.elapsedMs >= 190, qPrintable(QString::number(reply.elapsedMs)));
    }

    void shouldThrottleEachAccountBeyondItsRateLimit()
    {
        SandboxConfig config = demoConfig();
        config.rateLimit = 3;
        auto server = startServer(config);
        std::chrono::nanoseconds now{0};
        server->setRateLimitClock([&now] { return now; });
        SignedClient client(server->url(), sandboxCredentials());
        auto describe = [](SignedClient &c) { return c.send("GET", "/v1/domain", "domain=acme-prod"); };

        // A burst of the rate, then 429 for each request more, until time passes.
        QList<int> statuses;
        for (int i = 0; i < 3 + 4; ++i) {
            const auto reply = describe(client);
            statuses << reply.status;
            if (reply.status == 429) {
                [&] {
                    checkErrorShape(reply, 429, QStringLiteral("ThrottlingException"));
                    QCOMPARE(reply.message(), QStringLiteral("Rate exceeded"));
                    QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
                }();
            }
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 429, 429, 429, 429}));

        // A throttled mutation is not run.
        const auto domainsBefore = server->state().domains().size();
        QCOMPARE(client.send("POST", "/v1/domain", "domain=throttled").status, 429);
        QCOMPARE(server->state().domains().size(), domainsBefore);

        // STS and IAM Identity Center do not count, and are not counted.
        SignedClient::Options sts;
        sts.service = QStringLiteral("sts");
        sts.contentType = "application/x-www-form-urlencoded";
        QCOMPARE(client.send("POST", "/", {}, "Action=GetCallerIdentity&Version=2011-06-15", sts).status, 200);
        SignedClient::Options unsignedJson;
        unsignedJson.sign = false;
        QCOMPARE(client.send("POST", "/client/register", {},
                             R"({"clientName":"rate","clientType":"public"})", unsignedJson).status,
                 200);

        // Another account (a role assumed there) has its own bucket.
        auto reply = client.send("POST", "/", {},
                                 "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A444455556666%3Arole%2Fpartner"
                                 "&RoleSessionName=rate-test",
                                 sts);
        QCOMPARE(reply.status, 200);
        AwsCredentials partner;
        partner.accessKeyId = xmlValue(reply.body, QStringLiteral("AccessKeyId"));
        partner.secretAccessKey = xmlValue(reply.body, QStringLiteral("SecretAccessKey")).toLatin1();
        partner.sessionToken = xmlValue(reply.body, QStringLiteral("SessionToken")).toLatin1();
        SignedClient partnerClient(server->url(), partner);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(partnerClient.send("POST", "/v1/domains", {}, "{}").status, 200);
        QCOMPARE(partnerClient.send("POST", "/v1/domains", {}, "{}").status, 429);
        QCOMPARE(describe(client).status, 429);

        // A third of a second gives the account one token, which a request that fails the
        // signature check does not spend (it gets its 403, not a 429).
        now += std::chrono::nanoseconds(333333334);
        SignedClient::Options forged;
        forged.corruptSignature = true;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.send("GET", "/v1/domain", "domain=acme-prod", {}, forged).status, 403);
        QCOMPARE(describe(client).status, 200);
        QCOMPARE(describe(client).status, 429);

        // After the Retry-After second, the whole burst again and no more.
        now += std::chrono::seconds(1);
        statuses.clear();
        for (int i = 0; i < 4; ++i)
            statuses << describe(client).status;
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 429}));
    }

    void shouldNotLimitByDefault()
    {
        auto server = startServer(demoConfig());
        QCOMPARE(server->config().rateLimit, 0.0);
        SignedClient client(server->url(), sandboxCredentials());
        for (int i = 0; i < 50; ++i)
            QCOMPARE(client.send("GET", "/v1/domain", "domain=acme-prod").status, 200);
    }

    void shouldSurviveLargeBodies()
    {
        auto server = startServer(demoConfig());
        SignedClient client(server->url(), sandboxCredentials());
        const QByteArray tooBig(SandboxServer::maxBodyBytes + 1, 'x');
        auto reply = client.send("POST", "/v1/domains", {}, tooBig);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorType(), QStringLiteral("RequestEntityTooLargeException"));
        QVERIFY(!reply.message().isEmpty());
        // Exactly 1 MiB is accepted by the transport and then refused as JSON.
        const QByteArray oneMiB(SandboxServer::maxBodyBytes, ' ');
        QByteArray notJson = oneMiB;
        notJson[0] = '[';
        reply = client.send("POST", "/v1/domains", {}, notJson);
        checkErrorShape(reply, 400, QStringLiteral("ValidationException"));
        QCOMPARE(reply.json().value(QLatin1String("reason")).toString(), QStringLiteral("CANNOT_PARSE"));
        QCOMPARE(client.send("POST", "/v1/domains", {}, "{}").status, 200);
    }

    void shouldWriteTheStateBeforeAnswering()
    {
        QTemporaryDir dir;
        SandboxConfig config;
        config.stateFile = dir.filePath(QStringLiteral("state.json"));
        auto server = startServer(config);
        SignedClient client(server->url(), sandboxCredentials());
        QCOMPARE(client.send("POST", "/v1/domain", "domain=durable").status, 200);
        QFile file(config.stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("\"durable\""));
        QVERIFY(!content.contains(SandboxConfig::defaultSecretAccessKey()));
        QVERIFY(!content.contains(SandboxConfig::defaultAccessKeyId().toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
