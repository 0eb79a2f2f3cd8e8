#include "base/externalconnection.h"
#include "sandbox/sandboxdemoseed.h"
#include "sandbox/sandboxstate.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

const QString kMe = QStringLiteral("111122223333");
const QString kPartner = QStringLiteral("444455556666");
const QString kStranger = QStringLiteral("777788889999");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldCreateAndDescribeDomain()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        const auto created = state.createDomain(kMe, QStringLiteral("acme"), {}, {});
        QVERIFY(created.ok());
        QCOMPARE(created.value.arn, QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:domain/acme"));
        QCOMPARE(created.value.status, QStringLiteral("Active"));
        QCOMPARE(created.value.repositoryCount, std::optional<int>(0));
        QVERIFY(created.value.createdTime.isValid());
        const auto described = state.describeDomain(kMe, QStringLiteral("acme"), {});
        QVERIFY(described.ok());
        QCOMPARE(described.value, created.value);
    }

    void shouldRejectDuplicateDomain()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        const auto again = state.createDomain(kMe, QStringLiteral("acme"), {}, {});
        QCOMPARE(again.error.code(), QStringLiteral("ConflictException"));
        QCOMPARE(again.error.httpStatus(), 409);
        QCOMPARE(again.error.resourceId(), QStringLiteral("acme"));
        QCOMPARE(again.error.resourceType(), QStringLiteral("domain"));
        // The same name in another account is another domain.
        QVERIFY(state.createDomain(kPartner, QStringLiteral("acme"), {}, {}).ok());
    }

    void shouldEnforceDomainQuotaPerAccount()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        for (int i = 0; i < SandboxState::domainQuotaPerAccount; ++i)
            QVERIFY(state.createDomain(kMe, QStringLiteral("d%1").arg(i), {}, {}).ok());
        const auto over = state.createDomain(kMe, QStringLiteral("one-too-many"), {}, {});
        QCOMPARE(over.error.code(), QStringLiteral("ServiceQuotaExceededException"));
        QCOMPARE(over.error.httpStatus(), 402);
        QCOMPARE(over.error.resourceType(), QStringLiteral("domain"));
        QCOMPARE(over.error.resourceId(), QStringLiteral("one-too-many"));
        QVERIFY(state.createDomain(kPartner, QStringLiteral("other-account"), {}, {}).ok());
        QVERIFY(state.deleteDomain(kMe, QStringLiteral("d0"), {}).ok());
        QVERIFY(state.createDomain(kMe, QStringLiteral("one-too-many"), {}, {}).ok());
    }

    void shouldCountRepositoriesAndRefuseDeletingNonEmptyDomain()
    {
        SandboxState state(QStringLiteral("eu-west-1"));
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        for (const char *name : {"a1", "b2", "c3"})
            QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QString::fromLatin1(name), {}, {}, {}).ok());
        QCOMPARE(state.describeDomain(kMe, QStringLiteral("acme"), {}).value.repositoryCount, std::optional<int>(3));
        const auto refused = state.deleteDomain(kMe, QStringLiteral("acme"), {});
        QCOMPARE(refused.error.code(), QStringLiteral("ConflictException"));
        QCOMPARE(refused.error.resourceType(), QStringLiteral("domain"));
        QVERIFY(state.deleteRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("b2")).ok());
        QCOMPARE(state.describeDomain(kMe, QStringLiteral("acme"), {}).value.repositoryCount, std::optional<int>(2));
        const auto repo = state.describeRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("a1"));
        QCOMPARE(repo.value.arn, QStringLiteral("arn:aws:codeartifact:eu-west-1:111122223333:repository/acme/a1"));
        const auto dup = state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("a1"), {}, {}, {});
        QCOMPARE(dup.error.code(), QStringLiteral("ConflictException"));
        QCOMPARE(dup.error.resourceId(), QStringLiteral("a1"));
        QCOMPARE(dup.error.resourceType(), QStringLiteral("repository"));
    }

    void shouldReportPackageFormatOfEachConnection_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("format");
        for (const ExternalConnectionInfo &info : ExternalConnections::all())
            QTest::newRow(qPrintable(info.name)) << info.name << info.packageFormat;
    }

    void shouldReportPackageFormatOfEachConnection()
    {
        QFETCH(QString, connection);
        QFETCH(QString, format);
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"), {}, {}, {}).ok());
        const auto r = state.associateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"), connection);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.externalConnections.size(), 1);
        QCOMPARE(r.value.externalConnections.first().externalConnectionName, connection);
        QCOMPARE(r.value.externalConnections.first().packageFormat, format);
        QCOMPARE(r.value.externalConnections.first().status, QStringLiteral("Available"));
    }

    void shouldRejectSecondExternalConnection()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"), {}, {}, {}).ok());
        QVERIFY(state.associateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"),
                                                  QStringLiteral("public:npmjs")).ok());
        for (const QString &second : {QStringLiteral("public:pypi"), QStringLiteral("public:npmjs")}) {
            const auto r = state.associateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"), second);
            QCOMPARE(r.error.code(), QStringLiteral("ConflictException"));
            QCOMPARE(r.error.resourceId(), QStringLiteral("store"));
            QCOMPARE(r.error.resourceType(), QStringLiteral("repository"));
        }
        const auto wrong = state.disassociateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"),
                                                                QStringLiteral("public:pypi"));
        QCOMPARE(wrong.error.code(), QStringLiteral("ResourceNotFoundException"));
        const auto gone = state.disassociateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"),
                                                               QStringLiteral("public:npmjs"));
        QVERIFY(gone.ok());
        QVERIFY(gone.value.externalConnections.isEmpty());
        QVERIFY(state.associateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"),
                                                  QStringLiteral("public:pypi")).ok());
    }

    void shouldKeepUpstreamsAndExternalConnectionApart()
    {
        QVERIFY(SandboxState::upstreamsExcludeExternalConnection);
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"), {}, {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"), {},
                                       {QStringLiteral("store")}, {}).ok());
        const auto withUpstreams = state.associateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"),
                                                                     QStringLiteral("public:npmjs"));
        QCOMPARE(withUpstreams.error.code(), QStringLiteral("ConflictException"));
        QVERIFY(state.associateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"),
                                                  QStringLiteral("public:npmjs")).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("other"), {}, {}, {}).ok());
        const auto upstreamOnConnected = state.updateRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"),
                                                                std::nullopt, QStringList{QStringLiteral("other")});
        QCOMPARE(upstreamOnConnected.error.code(), QStringLiteral("ConflictException"));
        // An empty list clears the upstreams; then the connection is allowed.
        QVERIFY(state.updateRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"), std::nullopt, QStringList{}).ok());
        QVERIFY(state.associateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"),
                                                  QStringLiteral("public:npmjs")).ok());
    }

    void shouldValidateUpstreams()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        QVERIFY(state.createDomain(kMe, QStringLiteral("elsewhere"), {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("elsewhere"), {}, QStringLiteral("foreign"), {}, {}, {}).ok());
        QStringList eleven;
        for (int i = 0; i < 11; ++i) {
            eleven << QStringLiteral("up%1").arg(i);
            QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, eleven.last(), {}, {}, {}).ok());
        }
        const auto missing = state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("x1"), {},
                                                    {QStringLiteral("foreign")}, {});
        QCOMPARE(missing.error.code(), QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(missing.error.resourceId(), QStringLiteral("foreign"));
        QCOMPARE(missing.error.resourceType(), QStringLiteral("repository"));
        const auto tooMany = state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("x1"), {}, eleven, {});
        QCOMPARE(tooMany.error.code(), QStringLiteral("ServiceQuotaExceededException"));
        QCOMPARE(tooMany.error.httpStatus(), 402);
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("x1"), {}, eleven.mid(0, 10), {}).ok());
        const auto self = state.updateRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("up0"), std::nullopt,
                                                 QStringList{QStringLiteral("up0")});
        QCOMPARE(self.error.code(), QStringLiteral("ValidationException"));
        const auto cycle = state.updateRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("up0"), std::nullopt,
                                                  QStringList{QStringLiteral("x1")});
        QCOMPARE(cycle.error.code(), QStringLiteral("ValidationException"));
        const auto dup = state.updateRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("up10"), std::nullopt,
                                                QStringList{QStringLiteral("up1"), QStringLiteral("up1")});
        QCOMPARE(dup.error.code(), QStringLiteral("ValidationException"));
        QVERIFY(!state.describeRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("x1")).value.upstreams.isEmpty());
    }

    void shouldDeleteRepositoryUsedAsUpstreamAndKeepTheDanglingName()
    {
        QVERIFY(SandboxState::keepDanglingUpstreams);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SandboxState state(QStringLiteral("us-east-1"), path);
        QVERIFY(state.load().ok);
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"), {}, {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("other"), {}, {}, {}).ok());
        const QStringList upstreams{QStringLiteral("other"), QStringLiteral("store")};
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"), {}, upstreams, {}).ok());

        const auto deleted = state.deleteRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.message()));
        QCOMPARE(deleted.value.name, QStringLiteral("store"));
        // The downstream keeps the name, in its place, in what it describes and lists.
        QStringList described;
        for (const UpstreamRepositoryInfo &u : state.describeRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team")).value.upstreams)
            described << u.repositoryName;
        QCOMPARE(described, upstreams);
        QVERIFY(state.listRepositoriesInDomain(kMe, QStringLiteral("acme"), {}, {}, {}).ok());
        QCOMPARE(state.listRepositoriesInDomain(kMe, QStringLiteral("acme"), {}, {}, {}).value.size(), 2);

        // Changing the description leaves the upstreams (dangling name included) alone...
        const auto described2 = state.updateRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"),
                                                       QStringLiteral("changed"), std::nullopt);
        QVERIFY2(described2.ok(), qPrintable(described2.error.message()));
        QCOMPARE(described2.value.upstreams.size(), 2);
        // ...but a list that names the missing repository is refused, as it is on creation.
        const auto resent = state.updateRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"), std::nullopt,
                                                   upstreams);
        QCOMPARE(resent.error.code(), QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(resent.error.httpStatus(), 404);
        QCOMPARE(resent.error.resourceId(), QStringLiteral("store"));
        QCOMPARE(resent.error.resourceType(), QStringLiteral("repository"));
        const auto created = state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("new"), {},
                                                    {QStringLiteral("store")}, {});
        QCOMPARE(created.error.code(), QStringLiteral("ResourceNotFoundException"));
        // Dropping the dangling name works.
        QVERIFY(state.updateRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"), std::nullopt,
                                       QStringList{QStringLiteral("other")}).ok());
        // The state file kept the dangling name, and loads.
        QVERIFY(state.deleteRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("other")).ok());
        SandboxState reread(QStringLiteral("us-east-1"), path);
        const auto loaded = reread.load();
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QCOMPARE(reread.domains(), state.domains());
        QCOMPARE(reread.domains().value(SandboxState::domainKey(kMe, QStringLiteral("acme"))).repositories.value(QStringLiteral("team")).upstreams,
                 QStringList{QStringLiteral("other")});
    }

    void shouldLoadAStateFileWithADanglingUpstream()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        const QByteArray content("{\"format\":\"artifact-desk-sandbox-state\",\"version\":1,\"domains\":[{\"name\":\"acme\","
                                 "\"owner\":\"111122223333\",\"createdTimeMs\":1,\"repositories\":[{\"name\":\"a1\","
                                 "\"administratorAccount\":\"111122223333\",\"upstreams\":[\"gone\"],\"createdTimeMs\":1}]}]}");
        writeAll(path, content);
        SandboxState state(QStringLiteral("us-east-1"), path);
        const auto loaded = state.load();
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        const auto described = state.describeRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("a1"));
        QVERIFY(described.ok());
        QCOMPARE(described.value.upstreams.size(), 1);
        QCOMPARE(described.value.upstreams.first().repositoryName, QStringLiteral("gone"));
        QCOMPARE(readAll(path), content);   // loading does not rewrite it
    }

    void shouldEnforceRepositoryQuotaPerDomain()
    {
        // A full domain, seeded (creating 1,000 repositories one by one tests nothing more).
        SandboxDomain full;
        full.name = QStringLiteral("full");
        full.owner = kMe;
        full.createdTime = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        for (int i = 0; i < SandboxState::repositoryQuotaPerDomain - 1; ++i) {
            SandboxRepository r;
            r.name = QStringLiteral("r%1").arg(i);
            r.administratorAccount = kMe;
            r.createdTime = full.createdTime;
            full.repositories.insert(r.name, r);
        }
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.seed({full}).ok());
        QVERIFY(state.createDomain(kMe, QStringLiteral("roomy"), {}, {}).ok());
        // The last one that fits...
        QVERIFY(state.createRepository(kMe, QStringLiteral("full"), {}, QStringLiteral("last"), {}, {}, {}).ok());
        QCOMPARE(state.describeDomain(kMe, QStringLiteral("full"), {}).value.repositoryCount,
                 std::optional<int>(SandboxState::repositoryQuotaPerDomain));
        // ...and the one that does not.
        const auto over = state.createRepository(kMe, QStringLiteral("full"), {}, QStringLiteral("one-too-many"), {}, {}, {});
        QCOMPARE(over.error.code(), QStringLiteral("ServiceQuotaExceededException"));
        QCOMPARE(over.error.httpStatus(), 402);
        QCOMPARE(over.error.resourceId(), QStringLiteral("one-too-many"));
        QCOMPARE(over.error.resourceType(), QStringLiteral("repository"));
        QVERIFY(!state.domains().value(SandboxState::domainKey(kMe, QStringLiteral("full"))).repositories.contains(QStringLiteral("one-too-many")));
        // The quota is per domain; deleting one makes room.
        QVERIFY(state.createRepository(kMe, QStringLiteral("roomy"), {}, QStringLiteral("one-too-many"), {}, {}, {}).ok());
        QVERIFY(state.deleteRepository(kMe, QStringLiteral("full"), {}, QStringLiteral("r0")).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("full"), {}, QStringLiteral("one-too-many"), {}, {}, {}).ok());
    }

    void shouldRefuseReservedTagKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("refused");
        QTest::newRow("aws:") << QStringLiteral("aws:team") << true;
        QTest::newRow("AWS:") << QStringLiteral("AWS:Team") << true;
        QTest::newRow("Aws:") << QStringLiteral("Aws:cost") << true;
        QTest::newRow("aws: alone") << QStringLiteral("aws:") << true;
        QTest::newRow("awsome") << QStringLiteral("awsome") << false;
        QTest::newRow("aws without colon") << QStringLiteral("aws-team") << false;
        QTest::newRow("aws: inside") << QStringLiteral("team:aws:x") << false;
    }

    void shouldRefuseReservedTagKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, refused);
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        const QList<Tag> tags{{QStringLiteral("team"), QStringLiteral("web")}, {key, QStringLiteral("v")}};

        const auto domain = state.createDomain(kMe, QStringLiteral("tagged"), {}, tags);
        const auto repository = state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("tagged"), {}, {}, tags);
        if (refused) {
            for (const AwsError &e : {domain.error, repository.error}) {
                QCOMPARE(e.code(), QStringLiteral("ValidationException"));
                QCOMPARE(e.httpStatus(), 400);
                QCOMPARE(e.reason(), QStringLiteral("FIELD_VALIDATION_FAILED"));
                QVERIFY2(e.message().contains(key), qPrintable(e.message()));
            }
            QVERIFY(!state.domains().contains(SandboxState::domainKey(kMe, QStringLiteral("tagged"))));
            QVERIFY(!state.domains().value(SandboxState::domainKey(kMe, QStringLiteral("acme"))).repositories.contains(QStringLiteral("tagged")));
        } else {
            QVERIFY2(domain.ok(), qPrintable(domain.error.message()));
            QVERIFY2(repository.ok(), qPrintable(repository.error.message()));
            QCOMPARE(state.domains().value(SandboxState::domainKey(kMe, QStringLiteral("tagged"))).tags, tags);
        }
    }

    void shouldKeepTheTagsARepositoryIsCreatedWith()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SandboxState state(QStringLiteral("us-east-1"), path);
        QVERIFY(state.load().ok);
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        const QList<Tag> tags{{QStringLiteral("team"), QStringLiteral("web")}, {QStringLiteral("cost-centre"), QStringLiteral("42")}};
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("tagged"), {}, {}, tags).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("plain"), {}, {}, {}).ok());
        SandboxState reread(QStringLiteral("us-east-1"), path);
        QVERIFY(reread.load().ok);
        const SandboxDomain acme = reread.domains().value(SandboxState::domainKey(kMe, QStringLiteral("acme")));
        QCOMPARE(acme.repositories.value(QStringLiteral("tagged")).tags, tags);
        QVERIFY(acme.repositories.value(QStringLiteral("plain")).tags.isEmpty());
    }

    void shouldCheckTheShapeOfAnEncryptionKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("key ARN") << QStringLiteral("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab") << true;
        QTest::newRow("multi-Region key ARN")
            << QStringLiteral("arn:aws:kms:eu-west-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab") << true;
        QTest::newRow("GovCloud key ARN")
            << QStringLiteral("arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab") << true;
        QTest::newRow("key id") << QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab") << true;
        QTest::newRow("multi-Region key id") << QStringLiteral("mrk-1234abcd12ab34cd56ef1234567890ab") << true;
        QTest::newRow("alias") << QStringLiteral("alias/artifacts") << true;
        QTest::newRow("AWS managed alias") << QStringLiteral("alias/aws/codeartifact") << true;
        QTest::newRow("alias ARN") << QStringLiteral("arn:aws:kms:us-east-1:111122223333:alias/team_key-2") << true;
        QTest::newRow("plain word") << QStringLiteral("my-key") << false;
        QTest::newRow("short uuid") << QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890a") << false;
        QTest::newRow("mrk too short") << QStringLiteral("mrk-1234") << false;
        QTest::newRow("empty alias") << QStringLiteral("alias/") << false;
        QTest::newRow("alias with dot") << QStringLiteral("alias/my.key") << false;
        QTest::newRow("S3 ARN") << QStringLiteral("arn:aws:s3:::my-bucket") << false;
        QTest::newRow("KMS ARN, no region") << QStringLiteral("arn:aws:kms::111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab") << false;
        QTest::newRow("KMS ARN, short account") << QStringLiteral("arn:aws:kms:us-east-1:1111:key/1234abcd-12ab-34cd-56ef-1234567890ab") << false;
        QTest::newRow("KMS ARN, no key") << QStringLiteral("arn:aws:kms:us-east-1:111122223333:key/") << false;
        QTest::newRow("KMS ARN, grant") << QStringLiteral("arn:aws:kms:us-east-1:111122223333:grant/abc") << false;
    }

    void shouldCheckTheShapeOfAnEncryptionKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, accepted);
        SandboxState state(QStringLiteral("us-east-1"));
        const auto created = state.createDomain(kMe, QStringLiteral("acme"), key, {});
        if (accepted) {
            QVERIFY2(created.ok(), qPrintable(created.error.message()));
            QCOMPARE(created.value.encryptionKey, key);
        } else {
            QCOMPARE(created.error.code(), QStringLiteral("ValidationException"));
            QCOMPARE(created.error.httpStatus(), 400);
            QCOMPARE(created.error.reason(), QStringLiteral("ENCRYPTION_KEY_ERROR"));
            QVERIFY(state.isEmpty());
        }
    }

    void shouldResolveDomainOwners()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        const auto seeded = state.seed(SandboxDemoSeed::domains(kMe, QStringLiteral("us-east-1")));
        QVERIFY(seeded.ok());
        QVERIFY(seeded.value);
        // Unknown owner: not found. Shared foreign domain: readable, not writable.
        const auto wrongOwner = state.describeDomain(kMe, QStringLiteral("acme-prod"), kPartner);
        QCOMPARE(wrongOwner.error.code(), QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(wrongOwner.error.resourceType(), QStringLiteral("domain"));
        QVERIFY(state.describeDomain(kMe, QStringLiteral("partner-shared"), kPartner).ok());
        QVERIFY(state.listRepositoriesInDomain(kMe, QStringLiteral("partner-shared"), kPartner, {}, {}).ok());
        const auto write = state.createRepository(kMe, QStringLiteral("partner-shared"), kPartner, QStringLiteral("mine"), {}, {}, {});
        QCOMPARE(write.error.code(), QStringLiteral("AccessDeniedException"));
        QCOMPARE(write.error.httpStatus(), 403);
        // Without domain-owner, the caller's own account is meant.
        QCOMPARE(state.describeDomain(kMe, QStringLiteral("partner-shared"), {}).error.code(),
                 QStringLiteral("ResourceNotFoundException"));
        // A stranger sees neither.
        QCOMPARE(state.describeDomain(kStranger, QStringLiteral("partner-shared"), kPartner).error.code(),
                 QStringLiteral("AccessDeniedException"));
        QVERIFY(state.listDomains(kStranger).isEmpty());
        // Every domain of the seed is the caller's own or shared with it.
        QCOMPARE(state.listDomains(kMe).size(), SandboxDemoSeed::domains(kMe, QStringLiteral("us-east-1")).size());
        QVERIFY(state.listRepositories(kMe, {}).size() > 10);
        for (const RepositorySummary &r : state.listRepositories(kMe, {}))
            QCOMPARE(r.administratorAccount, kMe);
    }

    void shouldSeedEveryConnectionAndOnlyAnEmptyState()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        const auto seeded = state.seed(SandboxDemoSeed::domains(kMe, QStringLiteral("us-east-1")));
        QVERIFY(seeded.ok());
        QVERIFY(seeded.value);
        QStringList connections;
        int withUpstreams = 0;
        for (const SandboxDomain &d : state.domains()) {
            for (const SandboxRepository &r : d.repositories) {
                if (!r.externalConnection.isEmpty())
                    connections << r.externalConnection;
                withUpstreams += r.upstreams.isEmpty() ? 0 : 1;
            }
        }
        for (const QString &name : ExternalConnections::names())
            QVERIFY2(connections.contains(name), qPrintable(name));
        QVERIFY(withUpstreams >= 5);
        QVERIFY(state.domains().contains(SandboxState::domainKey(kPartner, QStringLiteral("partner-shared"))));
        QVERIFY(state.deleteDomain(kMe, QStringLiteral("sandbox-playground"), {}).ok());
        const auto before = state.domains();
        const auto again = state.seed(SandboxDemoSeed::domains(kMe, QStringLiteral("us-east-1")));
        QVERIFY(again.ok());
        QVERIFY(!again.value);
        QCOMPARE(state.domains(), before);
    }

    void shouldSeedTheRecommendedLayoutAndADanglingUpstream()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.seed(SandboxDemoSeed::domains(kMe, QStringLiteral("us-east-1"))).ok());
        const SandboxDomain platform = state.domains().value(SandboxState::domainKey(kMe, QStringLiteral("platform")));
        QCOMPARE(platform.name, QStringLiteral("platform"));
        // One store per public registry: the only repository with that connection, with no
        // upstreams of its own, named <format>-store, and used as an upstream.
        QStringList connections;
        QStringList usedAsUpstream;
        for (const SandboxRepository &r : platform.repositories)
            usedAsUpstream << r.upstreams;
        int stores = 0;
        int withSeveralUpstreams = 0;
        for (const SandboxRepository &r : platform.repositories) {
            withSeveralUpstreams += r.upstreams.size() > 1 ? 1 : 0;
            if (r.externalConnection.isEmpty()) {
                QVERIFY2(!r.upstreams.isEmpty(), qPrintable(r.name));
                continue;
            }
            ++stores;
            QVERIFY2(!connections.contains(r.externalConnection), qPrintable(r.externalConnection));
            connections << r.externalConnection;
            QVERIFY(r.upstreams.isEmpty());
            QVERIFY2(r.name.endsWith(QLatin1String("-store")), qPrintable(r.name));
            QVERIFY2(usedAsUpstream.contains(r.name), qPrintable(r.name));
        }
        QVERIFY(stores >= 3);
        QVERIFY(withSeveralUpstreams >= 1);

        // Somewhere in the seed, a repository names an upstream its domain does not have, and
        // the sandbox describes it as it is.
        QStringList dangling;
        for (const SandboxDomain &d : state.domains()) {
            for (const SandboxRepository &r : d.repositories) {
                for (const QString &u : r.upstreams) {
                    if (!d.repositories.contains(u))
                        dangling << d.name + u'/' + r.name;
                }
            }
        }
        QCOMPARE(dangling.size(), 1);
        const QStringList where = dangling.first().split(u'/');
        const auto described = state.describeRepository(kMe, where.at(0), {}, where.at(1));
        QVERIFY(described.ok());
        QCOMPARE(described.value.upstreams.size(),
                 state.domains().value(SandboxState::domainKey(kMe, where.at(0))).repositories.value(where.at(1)).upstreams.size());
    }

    void shouldPersistEveryChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        {
            SandboxState state(QStringLiteral("us-east-1"), path);
            const auto loaded = state.load();
            QVERIFY(loaded.ok);
            QVERIFY(loaded.created);
            QVERIFY(QFile::exists(path));
            QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), QStringLiteral("alias/mine"),
                                       {{QStringLiteral("k"), QStringLiteral("v")}}).ok());
            QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"), QStringLiteral("d"), {}, {}).ok());
            QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"), {}, {QStringLiteral("store")}, {}).ok());
            QVERIFY(state.associateExternalConnection(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"),
                                                      QStringLiteral("public:crates-io")).ok());
            // No save() call: the mutations wrote the file themselves.
            SandboxState reread(QStringLiteral("us-east-1"), path);
            QVERIFY(reread.load().ok);
            QCOMPARE(reread.domains(), state.domains());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("state.json")});
    }

    void shouldNotMakeAChangeThatCannotBeSaved()
    {
        auto dir = std::make_unique<QTemporaryDir>();
        const QString path = dir->filePath(QStringLiteral("state.json"));
        SandboxState state(QStringLiteral("us-east-1"), path);
        QVERIFY(state.load().ok);
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        dir.reset();   // the directory is gone: saving must fail
        const auto failed = state.createDomain(kMe, QStringLiteral("second"), {}, {});
        QCOMPARE(failed.error.code(), QStringLiteral("InternalServerException"));
        QCOMPARE(failed.error.httpStatus(), 500);
        QCOMPARE(state.domains().size(), 1);
    }

    void shouldRefuseCorruptStateFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("this is not json");
        QTest::newRow("truncated") << QByteArray("{\"format\":\"artifact-desk-sandbox-state\",\"version\":1,\"domains\":[{\"na");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong format") << QByteArray("{\"format\":\"other\",\"version\":1,\"domains\":[]}");
        QTest::newRow("future version") << QByteArray("{\"format\":\"artifact-desk-sandbox-state\",\"version\":99,\"domains\":[]}");
        QTest::newRow("bad domain name")
            << QByteArray("{\"format\":\"artifact-desk-sandbox-state\",\"version\":1,\"domains\":[{\"name\":\"Bad_Name\","
                          "\"owner\":\"111122223333\",\"createdTimeMs\":1,\"repositories\":[]}]}");
    }

    void shouldRefuseCorruptStateFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        writeAll(path, content);
        SandboxState state(QStringLiteral("us-east-1"), path);
        const auto loaded = state.load();
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.message.contains(path), qPrintable(loaded.message));
        QCOMPARE(readAll(path), content);
        QVERIFY(state.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
