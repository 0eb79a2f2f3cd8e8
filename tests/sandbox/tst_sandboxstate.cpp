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

    void shouldRefuseDeletingRepositoryUsedAsUpstream()
    {
        SandboxState state(QStringLiteral("us-east-1"));
        QVERIFY(state.createDomain(kMe, QStringLiteral("acme"), {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"), {}, {}, {}).ok());
        QVERIFY(state.createRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team"), {}, {QStringLiteral("store")}, {}).ok());
        const auto refused = state.deleteRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store"));
        QCOMPARE(refused.error.code(), QStringLiteral("ConflictException"));
        QCOMPARE(refused.error.resourceId(), QStringLiteral("store"));
        QVERIFY(state.deleteRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("team")).ok());
        QVERIFY(state.deleteRepository(kMe, QStringLiteral("acme"), {}, QStringLiteral("store")).ok());
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
        QCOMPARE(state.listDomains(kMe).size(), 5);
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
        QTest::newRow("missing upstream")
            << QByteArray("{\"format\":\"artifact-desk-sandbox-state\",\"version\":1,\"domains\":[{\"name\":\"acme\","
                          "\"owner\":\"111122223333\",\"createdTimeMs\":1,\"repositories\":[{\"name\":\"a1\","
                          "\"administratorAccount\":\"111122223333\",\"upstreams\":[\"nope\"],\"createdTimeMs\":1}]}]}");
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
