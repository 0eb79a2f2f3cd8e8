// Domain and repository permissions policies end to end: the real client's jobs against the real
// sandbox over HTTP on 127.0.0.1, and the sandbox's rules (revisions, documents, persistence).

#include "api/codeartifactclient.h"
#include "api/domainjobs.h"
#include "api/externalconnectionjobs.h"
#include "api/permissionspolicyjobs.h"
#include "api/repositoryjobs.h"
#include "sandbox/sandboxdemoseed.h"
#include "sandbox/sandboxpolicies.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include "sandboxclientfixture.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

using test::runJob;


const QString kDomain = QStringLiteral("policy-domain");
const QString kRepository = QStringLiteral("policy-repo");

QString policyFor(const QString &account, const QString &action = QStringLiteral("codeartifact:ReadFromRepository"))
{
    return QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
                          "{\"AWS\": \"arn:aws:iam::%1:root\"}, \"Action\": [\"%2\"], \"Resource\": \"*\"}]}")
        .arg(account, action);
}

PermissionsPolicyTarget domainTarget()
{
    return PermissionsPolicyTarget::forDomain({kDomain, {}});
}

PermissionsPolicyTarget repositoryTarget()
{
    return PermissionsPolicyTarget::forRepository({kDomain, {}, kRepository});
}

} // namespace

class TestPermissionsPolicies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldSayThereIsNoPolicyUntilOneIsPut_data();
    void shouldSayThereIsNoPolicyUntilOneIsPut();
    void shouldRefuseAPutWithARevisionThatIsNoLongerCurrent_data();
    void shouldRefuseAPutWithARevisionThatIsNoLongerCurrent();
    void shouldRefuseARevisionWhenThereIsNoPolicy();
    void shouldOverwriteWhenNoRevisionIsGiven();
    void shouldDeleteOnlyWithTheCurrentRevision_data();
    void shouldDeleteOnlyWithTheCurrentRevision();
    void shouldRefuseADocumentThatIsNotAPolicy_data();
    void shouldRefuseADocumentThatIsNotAPolicy();
    void shouldRefuseATooLongDocumentBeforeSending();
    void shouldKeepPoliciesInTheStateFileAndDropThemWithTheirOwner();
    void shouldSayTheDomainOwnersPolicyDecidesOnAnotherAccountsDomain();
    void shouldBlameOurOwnPermissionsOnOurOwnDomain();

private:
    std::unique_ptr<PermissionsPolicyJob> run(PermissionsPolicyJob *job);
    ResourcePolicy put(const PermissionsPolicyTarget &target, const QString &document,
                       const std::optional<QString> &revision = std::nullopt);

    test::SandboxClientFixture m_fx;
};

void TestPermissionsPolicies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPermissionsPolicies::init()
{
    SandboxConfig config;
    config.seed = QStringLiteral("demo");
    const QString error = m_fx.start(config);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    CreateDomainJob domain(m_fx.client.get(), kDomain);
    QVERIFY(runJob(&domain));
    QVERIFY2(!domain.error(), qPrintable(domain.error().details()));
    CreateRepositoryJob repository(m_fx.client.get(), {kDomain, {}, kRepository});
    QVERIFY(runJob(&repository));
    QVERIFY2(!repository.error(), qPrintable(repository.error().details()));
}

void TestPermissionsPolicies::cleanup()
{
    m_fx.stop();
}

std::unique_ptr<PermissionsPolicyJob> TestPermissionsPolicies::run(PermissionsPolicyJob *job)
{
    std::unique_ptr<PermissionsPolicyJob> owned(job);
    if (!runJob(job))
        qWarning("the job did not finish");
    return owned;
}

ResourcePolicy TestPermissionsPolicies::put(const PermissionsPolicyTarget &target, const QString &document,
                                            const std::optional<QString> &revision)
{
    const auto job = run(new PutPermissionsPolicyJob(m_fx.client.get(), target, document, revision));
    if (job->error())
        qWarning("put failed: %s", qPrintable(job->error().details()));
    return job->error() ? ResourcePolicy() : job->policy();
}

void TestPermissionsPolicies::shouldSayThereIsNoPolicyUntilOneIsPut_data()
{
    QTest::addColumn<bool>("repository");
    QTest::newRow("domain") << false;
    QTest::newRow("repository") << true;
}

void TestPermissionsPolicies::shouldSayThereIsNoPolicyUntilOneIsPut()
{
    QFETCH(bool, repository);
    const PermissionsPolicyTarget target = repository ? repositoryTarget() : domainTarget();
    const auto none = run(new GetPermissionsPolicyJob(m_fx.client.get(), target));
    QCOMPARE(none->error().kind(), AwsError::Kind::NotFound);
    QCOMPARE(none->error().code(), QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(none->request().operation,
             repository ? QStringLiteral("GetRepositoryPermissionsPolicy") : QStringLiteral("GetDomainPermissionsPolicy"));

    const QString document = policyFor(QStringLiteral("444455556666"));
    const ResourcePolicy set = put(target, document);
    QVERIFY(!set.revision.isEmpty());
    QCOMPARE(set.document, document);
    const QString arn = repository
        ? QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:repository/policy-domain/policy-repo")
        : QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:domain/policy-domain");
    QCOMPARE(set.resourceArn, arn);

    const auto read = run(new GetPermissionsPolicyJob(m_fx.client.get(), target));
    QVERIFY2(!read->error(), qPrintable(read->error().details()));
    QCOMPARE(read->policy(), set);
    // The other resource's policy is its own: still none there.
    const auto other = run(new GetPermissionsPolicyJob(m_fx.client.get(), repository ? domainTarget() : repositoryTarget()));
    QCOMPARE(other->error().kind(), AwsError::Kind::NotFound);
}

void TestPermissionsPolicies::shouldRefuseAPutWithARevisionThatIsNoLongerCurrent_data()
{
    shouldSayThereIsNoPolicyUntilOneIsPut_data();
}

void TestPermissionsPolicies::shouldRefuseAPutWithARevisionThatIsNoLongerCurrent()
{
    QFETCH(bool, repository);
    const PermissionsPolicyTarget target = repository ? repositoryTarget() : domainTarget();
    const ResourcePolicy first = put(target, policyFor(QStringLiteral("444455556666")));
    const ResourcePolicy second = put(target, policyFor(QStringLiteral("777788889999")), first.revision);
    QVERIFY(!second.revision.isEmpty());
    QVERIFY(second.revision != first.revision);

    // A writer still holding the first revision is refused, and nothing changes.
    const auto stale = run(new PutPermissionsPolicyJob(m_fx.client.get(), target, policyFor(QStringLiteral("121212121212")),
                                                       first.revision));
    QCOMPARE(stale->error().kind(), AwsError::Kind::Conflict);
    QCOMPARE(stale->error().code(), QStringLiteral("ConflictException"));
    QCOMPARE(stale->error().httpStatus(), 409);
    const auto read = run(new GetPermissionsPolicyJob(m_fx.client.get(), target));
    QCOMPARE(read->policy(), second);
}

void TestPermissionsPolicies::shouldRefuseARevisionWhenThereIsNoPolicy()
{
    const auto job = run(new PutPermissionsPolicyJob(m_fx.client.get(), repositoryTarget(),
                                                     policyFor(QStringLiteral("444455556666")), QStringLiteral("made-up")));
    QCOMPARE(job->error().kind(), AwsError::Kind::Conflict);
    const auto read = run(new GetPermissionsPolicyJob(m_fx.client.get(), repositoryTarget()));
    QCOMPARE(read->error().kind(), AwsError::Kind::NotFound);
}

void TestPermissionsPolicies::shouldOverwriteWhenNoRevisionIsGiven()
{
    // The documented choice (core/sandbox/README.md): the revision is optional, and a put
    // without one sets the policy whatever is there.
    const ResourcePolicy first = put(domainTarget(), policyFor(QStringLiteral("444455556666")));
    const QString document = policyFor(QStringLiteral("777788889999"));
    const ResourcePolicy second = put(domainTarget(), document);
    QVERIFY(!second.revision.isEmpty());
    QVERIFY(second.revision != first.revision);
    QCOMPARE(second.document, document);
}

void TestPermissionsPolicies::shouldDeleteOnlyWithTheCurrentRevision_data()
{
    shouldSayThereIsNoPolicyUntilOneIsPut_data();
}

void TestPermissionsPolicies::shouldDeleteOnlyWithTheCurrentRevision()
{
    QFETCH(bool, repository);
    const PermissionsPolicyTarget target = repository ? repositoryTarget() : domainTarget();
    const ResourcePolicy first = put(target, policyFor(QStringLiteral("444455556666")));
    const ResourcePolicy second = put(target, policyFor(QStringLiteral("777788889999")), first.revision);

    const auto stale = run(new DeletePermissionsPolicyJob(m_fx.client.get(), target, first.revision));
    QCOMPARE(stale->error().kind(), AwsError::Kind::Conflict);
    QCOMPARE(run(new GetPermissionsPolicyJob(m_fx.client.get(), target))->policy(), second);

    const auto deleted = run(new DeletePermissionsPolicyJob(m_fx.client.get(), target, second.revision));
    QVERIFY2(!deleted->error(), qPrintable(deleted->error().details()));
    QCOMPARE(deleted->policy(), second);   // the answer is the policy that was deleted
    QCOMPARE(deleted->request().path, repository ? QByteArray("/v1/repository/permissions/policies")
                                                 : QByteArray("/v1/domain/permissions/policy"));
    QCOMPARE(run(new GetPermissionsPolicyJob(m_fx.client.get(), target))->error().kind(), AwsError::Kind::NotFound);
    const auto again = run(new DeletePermissionsPolicyJob(m_fx.client.get(), target, std::nullopt));
    QCOMPARE(again->error().kind(), AwsError::Kind::NotFound);
}

void TestPermissionsPolicies::shouldRefuseADocumentThatIsNotAPolicy_data()
{
    QTest::addColumn<QString>("document");
    QTest::newRow("not JSON") << QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [");
    QTest::newRow("a list") << QStringLiteral("[1, 2]");
    QTest::newRow("no statement") << QStringLiteral("{\"Version\": \"2012-10-17\"}");
    QTest::newRow("bad effect")
        << QStringLiteral("{\"Statement\": {\"Effect\": \"Maybe\", \"Principal\": \"*\", \"Action\": \"codeartifact:*\"}}");
    QTest::newRow("no principal") << QStringLiteral("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"codeartifact:*\"}]}");
    QTest::newRow("no action") << QStringLiteral("{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\"}]}");
}

void TestPermissionsPolicies::shouldRefuseADocumentThatIsNotAPolicy()
{
    QFETCH(QString, document);
    const auto job = run(new PutPermissionsPolicyJob(m_fx.client.get(), repositoryTarget(), document, std::nullopt));
    QCOMPARE(job->error().kind(), AwsError::Kind::Validation);
    QCOMPARE(job->error().code(), QStringLiteral("ValidationException"));
    QVERIFY2(job->error().message().startsWith(QLatin1String("Invalid policy document")), qPrintable(job->error().message()));
    QCOMPARE(job->httpStatus(), 400);   // the sandbox judged it: the request went out
    QCOMPARE(run(new GetPermissionsPolicyJob(m_fx.client.get(), repositoryTarget()))->error().kind(), AwsError::Kind::NotFound);
}

void TestPermissionsPolicies::shouldRefuseATooLongDocumentBeforeSending()
{
    QString document = policyFor(QStringLiteral("444455556666"));
    document.insert(1, QString(7168, u' '));
    const auto job = run(new PutPermissionsPolicyJob(m_fx.client.get(), repositoryTarget(), document, std::nullopt));
    QCOMPARE(job->error().kind(), AwsError::Kind::Validation);
    QCOMPARE(job->error().field(), QStringLiteral("policyDocument"));
    QCOMPARE(job->attempts(), 0);   // refused by the table's rule, never sent
    // 7168 characters is the most the model allows, and it is accepted.
    document = policyFor(QStringLiteral("444455556666"));
    document.insert(1, QString(7168 - document.size(), u' '));
    QCOMPARE(document.size(), 7168);
    QVERIFY(!put(repositoryTarget(), document).revision.isEmpty());
}

void TestPermissionsPolicies::shouldKeepPoliciesInTheStateFileAndDropThemWithTheirOwner()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("state.json"));
    const QString account = SandboxConfig::defaultAccount();
    ResourcePolicy domainPolicy;
    ResourcePolicy repositoryPolicy;
    {
        SandboxState state(QStringLiteral("us-east-1"), file);
        QVERIFY(state.load().ok);
        QVERIFY(state.createDomain(account, kDomain, {}, {}).ok());
        QVERIFY(state.createRepository(account, kDomain, {}, kRepository, {}, {}, {}).ok());
        SandboxPolicies policies(&state);
        const auto d = policies.put(account, kDomain, {}, {}, std::nullopt, policyFor(QStringLiteral("444455556666")));
        QVERIFY2(d.ok(), qPrintable(d.error.message()));
        const auto r = policies.put(account, kDomain, {}, kRepository, std::nullopt, policyFor(QStringLiteral("777788889999")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        domainPolicy = d.value;
        repositoryPolicy = r.value;
    }
    {
        SandboxState state(QStringLiteral("us-east-1"), file);
        QVERIFY(state.load().ok);
        SandboxPolicies policies(&state);
        QCOMPARE(policies.get(account, kDomain, {}, {}).value, domainPolicy);
        QCOMPARE(policies.get(account, kDomain, {}, kRepository).value, repositoryPolicy);
        // Deleted with its repository: a repository of the same name starts without one.
        QVERIFY(state.deleteRepository(account, kDomain, {}, kRepository).ok());
        QVERIFY(state.createRepository(account, kDomain, {}, kRepository, {}, {}, {}).ok());
        QCOMPARE(policies.get(account, kDomain, {}, kRepository).error.kind(), AwsError::Kind::NotFound);
        QVERIFY(state.deleteRepository(account, kDomain, {}, kRepository).ok());
        QVERIFY(state.deleteDomain(account, kDomain, {}).ok());
        QVERIFY(state.createDomain(account, kDomain, {}, {}).ok());
        QCOMPARE(policies.get(account, kDomain, {}, {}).error.kind(), AwsError::Kind::NotFound);
    }
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains("444455556666"));
}

void TestPermissionsPolicies::shouldSayTheDomainOwnersPolicyDecidesOnAnotherAccountsDomain()
{
    const QString partner = SandboxDemoSeed::partnerAccount();
    const DomainRef shared{QStringLiteral("partner-shared"), partner};
    // A change on the partner's domain, whatever the action: the partner's policy decides.
    const auto put = run(new PutPermissionsPolicyJob(m_fx.client.get(), PermissionsPolicyTarget::forDomain(shared),
                                                     policyFor(SandboxConfig::defaultAccount()), std::nullopt));
    QCOMPARE(put->error().kind(), AwsError::Kind::AccessDenied);
    QVERIFY(put->error().isOnAnotherAccountsDomain());
    QCOMPARE(put->error().domainOwner(), partner);
    QVERIFY2(put->error().userMessage().contains(partner), qPrintable(put->error().userMessage()));
    QVERIFY2(put->error().userMessage().contains(QLatin1String("policy")), qPrintable(put->error().userMessage()));
    QVERIFY(!put->error().userMessage().contains(QLatin1String("Ask an administrator to grant this IAM action")));

    // Known from GetCallerIdentity, or read from the refusal's principal: the same sentence.
    m_fx.client->setCallerAccount(SandboxConfig::defaultAccount());
    auto *associate = new AssociateExternalConnectionJob(m_fx.client.get(), {shared.domain, partner, QStringLiteral("partner-maven")},
                                                         QStringLiteral("public:maven-central"));
    std::unique_ptr<AssociateExternalConnectionJob> owned(associate);
    QVERIFY(runJob(associate));
    QCOMPARE(associate->error().kind(), AwsError::Kind::AccessDenied);
    QCOMPARE(associate->error().callerAccount(), SandboxConfig::defaultAccount());
    QVERIFY(associate->error().userMessage().contains(partner));
    QVERIFY(associate->error().userMessage().contains(QLatin1String("codeartifact:AssociateExternalConnection")));
}

void TestPermissionsPolicies::shouldBlameOurOwnPermissionsOnOurOwnDomain()
{
    // An access denied on our own domain is about our IAM permissions: no owner's policy in it.
    AwsError own(AwsError::Kind::AccessDenied, QStringLiteral("User: arn:aws:iam::111122223333:user/ci is not authorized"));
    own.setOperation(QStringLiteral("PutDomainPermissionsPolicy")).setDomainOwner(QStringLiteral("111122223333"));
    QVERIFY(!own.isOnAnotherAccountsDomain());
    QVERIFY(own.userMessage().contains(QLatin1String("codeartifact:PutDomainPermissionsPolicy")));
    QVERIFY(!own.userMessage().contains(QLatin1String("domain policy")));
    own.setCallerAccount(QStringLiteral("999999999999"));
    QVERIFY(own.isOnAnotherAccountsDomain());
    QVERIFY(own.userMessage().contains(QLatin1String("111122223333")));
}

QTEST_GUILESS_MAIN(TestPermissionsPolicies)
#include "tst_permissionspolicies.moc"
