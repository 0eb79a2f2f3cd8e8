// The operation table against the CodeArtifact API model (tests/data/codeartifact/service-2.json,
// botocore's), and what the table makes of an input: the request on the wire and the checks.

#include "testsupport.h"

#include "base/awsrequest.h"
#include "base/inputvalidator.h"
#include "base/operations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace desk;

namespace {

// The model's shapes each rule stands for.
QStringList shapesOf(MemberRule rule)
{
    switch (rule) {
    case MemberRule::DomainName: return {QStringLiteral("DomainName")};
    case MemberRule::RepositoryName: return {QStringLiteral("RepositoryName")};
    case MemberRule::AccountId: return {QStringLiteral("AccountId")};
    case MemberRule::ExternalConnection: return {QStringLiteral("ExternalConnectionName")};
    case MemberRule::PackageFormat: return {QStringLiteral("PackageFormat")};
    case MemberRule::EndpointType: return {QStringLiteral("EndpointType")};
    case MemberRule::MaxResults:
        return {QStringLiteral("ListDomainsMaxResults"), QStringLiteral("ListRepositoriesInDomainMaxResults"),
                QStringLiteral("ListRepositoriesMaxResults")};
    case MemberRule::PaginationToken: return {QStringLiteral("PaginationToken")};
    case MemberRule::Description: return {QStringLiteral("Description")};
    case MemberRule::DurationSeconds: return {QStringLiteral("AuthorizationTokenDurationSeconds")};
    case MemberRule::EncryptionKey: return {QStringLiteral("Arn")};
    case MemberRule::Tags: return {QStringLiteral("TagList")};
    case MemberRule::Upstreams: return {QStringLiteral("UpstreamRepositoryList")};
    case MemberRule::PolicyRevision: return {QStringLiteral("PolicyRevision")};
    case MemberRule::PolicyDocument: return {QStringLiteral("PolicyDocument")};
    case MemberRule::None: return {};
    }
    return {};
}

QString typeName(MemberType type)
{
    switch (type) {
    case MemberType::String: return QStringLiteral("string");
    case MemberType::Integer: return QStringLiteral("integer");
    case MemberType::UpstreamList: return QStringLiteral("list of UpstreamRepository");
    case MemberType::TagList: return QStringLiteral("list of Tag");
    case MemberType::StringList: return QStringLiteral("list of strings");
    }
    return {};
}

} // namespace

class TestOperationTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldListOperationsInEnumOrder();
    void shouldMatchTheApiModel_data();
    void shouldMatchTheApiModel();
    void shouldNameIamActionAndCliCommand();
    void shouldFindRoutesByMethodAndUri();
    void shouldPutQueryMembersOnTheWireInModelOrder();
    void shouldPutBodyMembersInOneJsonObject();
    void shouldSendAnEmptyJsonBodyWhenTheOperationHasOne();
    void shouldPutStsMembersInAForm();
    void shouldNameWhatTheRequestIsAbout();
    void shouldPutPolicyMembersWhereTheModelSays();
    void shouldRefuseAMissingRequiredMember();
    void shouldCheckEachMemberByItsRule_data();
    void shouldCheckEachMemberByItsRule();

private:
    // The model of a service's rows: codeartifact, sso or sso-oidc (STS has none here).
    QJsonObject model(const QString &service) const { return m_models.value(service); }
    QHash<QString, QJsonObject> m_models;
};

void TestOperationTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"codeartifact", "sso", "sso-oidc"}) {
        const QString service = QString::fromLatin1(name);
        QFile file(test::testDataDir() + u'/' + service + QStringLiteral("/service-2.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_models.insert(service, QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY(m_models.value(service).value(QLatin1String("operations")).isObject());
    }
}

void TestOperationTable::shouldListOperationsInEnumOrder()
{
    const QList<OperationSpec> &all = Operations::all();
    QCOMPARE(all.size(), int(Operation::Logout) + 1);
    QSet<QString> names;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all.at(i).id), i);
        QVERIFY2(!names.contains(all.at(i).name), qPrintable(all.at(i).name));
        names.insert(all.at(i).name);
        QCOMPARE(Operations::find(all.at(i).name), &all.at(i));
    }
    QCOMPARE(Operations::find(u"NoSuchOperation"), nullptr);
}

void TestOperationTable::shouldMatchTheApiModel_data()
{
    QTest::addColumn<int>("operation");
    for (const OperationSpec &spec : Operations::all()) {
        if (spec.service != QLatin1String("sts"))
            QTest::newRow(qPrintable(spec.name)) << int(spec.id);
    }
}

void TestOperationTable::shouldMatchTheApiModel()
{
    QFETCH(int, operation);
    const OperationSpec &spec = Operations::spec(Operation(operation));
    const QJsonObject api = model(spec.service);
    const QJsonObject shapes = api.value(QLatin1String("shapes")).toObject();
    const QJsonObject op = api.value(QLatin1String("operations")).toObject().value(spec.name).toObject();
    // Signed unless the model says noAuth.
    QCOMPARE(spec.isSigned, op.value(QLatin1String("authtype")).toString() != QLatin1String("none"));
    QVERIFY2(!op.isEmpty(), "the model has no such operation");
    const QJsonObject http = op.value(QLatin1String("http")).toObject();
    QCOMPARE(spec.method, http.value(QLatin1String("method")).toString().toLatin1());
    QCOMPARE(spec.uri, http.value(QLatin1String("requestUri")).toString().toLatin1());

    const QJsonObject input = shapes.value(op.value(QLatin1String("input")).toObject().value(QLatin1String("shape")).toString()).toObject();
    const QJsonObject members = input.value(QLatin1String("members")).toObject();
    QStringList required;
    for (const QJsonValue &r : input.value(QLatin1String("required")).toArray())
        required << r.toString();

    // The same members, in the model's order, each where the model puts it.
    QCOMPARE(spec.members.size(), members.size());
    for (const OperationMember &member : spec.members) {
        QVERIFY2(members.contains(member.name), qPrintable(member.name));
        const QJsonObject m = members.value(member.name).toObject();
        const QString location = m.value(QLatin1String("location")).toString();
        const bool inQuery = location == QLatin1String("querystring");
        const bool inHeader = location == QLatin1String("header");
        QCOMPARE(member.location, inQuery ? MemberLocation::Query : inHeader ? MemberLocation::Header : MemberLocation::Body);
        const QString wireName = inQuery || inHeader ? m.value(QLatin1String("locationName")).toString() : member.name;
        QCOMPARE(member.field(), wireName);
        QCOMPARE(member.required, required.contains(member.name));

        const QString shapeName = m.value(QLatin1String("shape")).toString();
        const QJsonObject shape = shapes.value(shapeName).toObject();
        QString type = shape.value(QLatin1String("type")).toString();
        if (type == QLatin1String("long"))
            type = QStringLiteral("integer");
        if (type == QLatin1String("list")) {
            const QString item = shape.value(QLatin1String("member")).toObject().value(QLatin1String("shape")).toString();
            const bool ofStrings = shapes.value(item).toObject().value(QLatin1String("type")).toString() == QLatin1String("string");
            type = ofStrings ? QStringLiteral("list of strings") : QStringLiteral("list of ") + item;
        }
        QCOMPARE(typeName(member.type), type);
        if (spec.service == QLatin1String("codeartifact")) {
            QVERIFY2(shapesOf(member.rule).contains(shapeName),
                     qPrintable(QStringLiteral("%1 is a %2 in the model").arg(member.name, shapeName)));
        } else {
            // IAM Identity Center: the account id is checked as CodeArtifact's is; tokens and
            // secrets are never shown.
            QCOMPARE(member.rule == MemberRule::AccountId, shapeName == QLatin1String("AccountIdType"));
            const bool secretShape = shapeName.contains(QLatin1String("Secret")) || shapeName.contains(QLatin1String("Token"))
                || shapeName == QLatin1String("DeviceCode") || shapeName == QLatin1String("AuthCode")
                || shapeName == QLatin1String("CodeVerifier");
            QCOMPARE(member.secret, secretShape && member.rule != MemberRule::PaginationToken);
        }
    }

    // The wire order is the model's (the AWS CLI sends query members in that order too);
    // QJsonObject sorts its keys, so the order is read from the text.
    QFile file(test::testDataDir() + u'/' + spec.service + QStringLiteral("/service-2.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QByteArray inputName = op.value(QLatin1String("input")).toObject().value(QLatin1String("shape")).toString().toLatin1();
    const qsizetype shapeAt = text.indexOf("\"" + inputName + "\":{", text.indexOf("\"shapes\":{"));
    const qsizetype membersAt = text.indexOf("\"members\":{", shapeAt);
    QList<qsizetype> positions;
    for (const OperationMember &member : spec.members)
        positions << text.indexOf("\"" + member.name.toLatin1() + "\":{", membersAt);
    QVERIFY(!positions.contains(-1));
    QVERIFY2(std::is_sorted(positions.cbegin(), positions.cend()), "the members are not in the model's order");

    // The output's list member for paginated operations.
    const QJsonObject output = shapes.value(op.value(QLatin1String("output")).toObject().value(QLatin1String("shape")).toString()).toObject();
    if (spec.isPaginated()) {
        QVERIFY(output.value(QLatin1String("members")).toObject().contains(spec.pageItems));
        QVERIFY(spec.member(u"nextToken"));
    } else {
        QVERIFY(!spec.member(u"nextToken"));
    }
    if (spec.service == QLatin1String("codeartifact")) {
        const bool reads = spec.name.startsWith(QLatin1String("List")) || spec.name.startsWith(QLatin1String("Describe"))
            || spec.name.startsWith(QLatin1String("Get"));
        QCOMPARE(spec.mutates, !reads);
    }
}

void TestOperationTable::shouldNameIamActionAndCliCommand()
{
    const OperationSpec &associate = Operations::spec(Operation::AssociateExternalConnection);
    QCOMPARE(associate.iamAction, QStringLiteral("codeartifact:AssociateExternalConnection"));
    QCOMPARE(associate.cliCommand, QStringLiteral("associate-external-connection"));
    QCOMPARE(associate.member(u"externalConnection")->cliOption(), QStringLiteral("--external-connection"));
    QCOMPARE(Operations::spec(Operation::GetAuthorizationToken).member(u"durationSeconds")->cliOption(),
             QStringLiteral("--duration-seconds"));
    const OperationSpec &assume = Operations::spec(Operation::AssumeRole);
    QCOMPARE(assume.iamAction, QStringLiteral("sts:AssumeRole"));
    QCOMPARE(assume.cliCommand, QStringLiteral("assume-role"));
    QCOMPARE(assume.member(u"RoleArn")->cliOption(), QStringLiteral("--role-arn"));
    QVERIFY(assume.member(u"TokenCode")->secret);
}

void TestOperationTable::shouldFindRoutesByMethodAndUri()
{
    const OperationSpec *route = Operations::route("DELETE", u"/v1/repository/external-connection");
    QVERIFY(route);
    QCOMPARE(route->id, Operation::DisassociateExternalConnection);
    QCOMPARE(Operations::route("PATCH", u"/v1/repository"), nullptr);
    QCOMPARE(Operations::methodsFor(u"/v1/repository"), (QList<QByteArray>{"GET", "POST", "PUT", "DELETE"}));
    QVERIFY(Operations::methodsFor(u"/v1/nothing").isEmpty());
    // STS is not a CodeArtifact route.
    QCOMPARE(Operations::route("POST", u"/"), nullptr);
    QVERIFY(Operations::route("POST", u"/", u"sts"));
}

void TestOperationTable::shouldPutQueryMembersOnTheWireInModelOrder()
{
    OperationInput input = OperationInput::forRepository({QStringLiteral("dd"), QStringLiteral("111122223333"), QStringLiteral("rr")});
    input.set(QStringLiteral("externalConnection"), QStringLiteral("public:npmjs"));
    const AwsRequest r = AwsRequest::forOperation(Operation::AssociateExternalConnection, input);
    QCOMPARE(r.operation, QStringLiteral("AssociateExternalConnection"));
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/v1/repository/external-connection"));
    QCOMPARE(r.query, (ByteArrayPairs{{"domain", "dd"}, {"domain-owner", "111122223333"}, {"repository", "rr"},
                                      {"external-connection", "public:npmjs"}}));
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.contentType.isEmpty());
    QVERIFY(r.isMutation);
    QCOMPARE(r.input, input);

    OperationInput page = OperationInput::forDomain({QStringLiteral("dd"), {}});
    page.set(QStringLiteral("maxResults"), 50).set(QStringLiteral("nextToken"), QStringLiteral("t+/="));
    const AwsRequest list = AwsRequest::forOperation(Operation::ListRepositoriesInDomain, page);
    QCOMPARE(list.query, (ByteArrayPairs{{"domain", "dd"}, {"max-results", "50"}, {"next-token", "t+/="}}));
    QVERIFY(!list.isMutation);
}

void TestOperationTable::shouldPutBodyMembersInOneJsonObject()
{
    OperationInput input = OperationInput::forRepository({QStringLiteral("dd"), {}, QStringLiteral("rr")});
    input.set(QStringLiteral("description"), QStringLiteral("Team packages"));
    input.set(QStringLiteral("upstreams"), OperationInput::upstreamsValue({QStringLiteral("a"), QStringLiteral("b")}));
    const AwsRequest r = AwsRequest::forOperation(Operation::UpdateRepository, input);
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.query, (ByteArrayPairs{{"domain", "dd"}, {"repository", "rr"}}));
    QCOMPARE(r.contentType, QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(QLatin1String("description")).toString(), QStringLiteral("Team packages"));
    QCOMPARE(OperationInput::upstreamNames(body.value(QLatin1String("upstreams"))), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(body.size(), 2);
    QCOMPARE(r.target, QStringLiteral("dd/rr"));
}

void TestOperationTable::shouldSendAnEmptyJsonBodyWhenTheOperationHasOne()
{
    const AwsRequest r = AwsRequest::forOperation(Operation::ListDomains, {});
    QCOMPARE(r.body, QByteArray("{}"));
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QCOMPARE(r.target, QStringLiteral("all domains"));
    const AwsRequest describe = AwsRequest::forOperation(Operation::DescribeDomain, OperationInput::forDomain({QStringLiteral("dd"), {}}));
    QVERIFY(describe.body.isEmpty());
    QVERIFY(describe.contentType.isEmpty());
}

void TestOperationTable::shouldPutStsMembersInAForm()
{
    OperationInput input;
    input.set(QStringLiteral("RoleArn"), QStringLiteral("arn:aws:iam::111122223333:role/a b"));
    input.set(QStringLiteral("RoleSessionName"), QStringLiteral("desk"));
    input.set(QStringLiteral("DurationSeconds"), 900);
    const AwsRequest r = AwsRequest::forOperation(Operation::AssumeRole, input);
    QCOMPARE(r.service, QStringLiteral("sts"));
    QCOMPARE(r.path, QByteArray("/"));
    QCOMPARE(r.body, QByteArray("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2Fa%20b"
                                "&RoleSessionName=desk&DurationSeconds=900"));
    QCOMPARE(r.contentType, QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QVERIFY(r.responseCarriesSecret);
    QCOMPARE(r.target, QStringLiteral("arn:aws:iam::111122223333:role/a b"));
    QCOMPARE(AwsRequest::forOperation(Operation::GetCallerIdentity, {}).body, QByteArray("Action=GetCallerIdentity&Version=2011-06-15"));
}

void TestOperationTable::shouldNameWhatTheRequestIsAbout()
{
    OperationInput input = OperationInput::forRepository({QStringLiteral("dd"), {}, QStringLiteral("rr")});
    input.set(QStringLiteral("externalConnection"), QStringLiteral("public:pypi"));
    QCOMPARE(AwsRequest::forOperation(Operation::DisassociateExternalConnection, input).target,
             QStringLiteral("dd/rr \u2190 public:pypi"));
    QCOMPARE(AwsRequest::forOperation(Operation::GetAuthorizationToken, OperationInput::forDomain({QStringLiteral("dd"), {}})).target,
             QStringLiteral("dd"));
    QCOMPARE(AwsRequest::forOperation(Operation::ListRepositories, {}).target, QStringLiteral("all repositories"));
    QCOMPARE(AwsRequest::forOperation(Operation::GetCallerIdentity, {}).target, QStringLiteral("caller identity"));
}

void TestOperationTable::shouldPutPolicyMembersWhereTheModelSays()
{
    // PutDomainPermissionsPolicy: everything in the body, the domain too.
    OperationInput domain = OperationInput::forDomain({QStringLiteral("dd"), QStringLiteral("111122223333")});
    domain.set(QStringLiteral("policyRevision"), QStringLiteral("rev+1/="));
    domain.set(QStringLiteral("policyDocument"), QStringLiteral("{}"));
    AwsRequest r = AwsRequest::forOperation(Operation::PutDomainPermissionsPolicy, domain);
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.path, QByteArray("/v1/domain/permissions/policy"));
    QVERIFY(r.query.isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(QLatin1String("domain")).toString(), QStringLiteral("dd"));
    QCOMPARE(body.value(QLatin1String("domainOwner")).toString(), QStringLiteral("111122223333"));
    QCOMPARE(body.value(QLatin1String("policyRevision")).toString(), QStringLiteral("rev+1/="));
    QCOMPARE(body.value(QLatin1String("policyDocument")).toString(), QStringLiteral("{}"));
    QCOMPARE(r.target, QStringLiteral("dd"));

    // PutRepositoryPermissionsPolicy: the repository in the query, the policy in the body.
    OperationInput repository = OperationInput::forRepository({QStringLiteral("dd"), {}, QStringLiteral("rr")});
    repository.set(QStringLiteral("policyDocument"), QStringLiteral("{}"));
    r = AwsRequest::forOperation(Operation::PutRepositoryPermissionsPolicy, repository);
    QCOMPARE(r.query, (QList<std::pair<QByteArray, QByteArray>>{{"domain", "dd"}, {"repository", "rr"}}));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().keys(), QStringList{QStringLiteral("policyDocument")});

    // The deletes take the revision in the query; the repository's URI is ".../policies".
    OperationInput remove = OperationInput::forRepository({QStringLiteral("dd"), {}, QStringLiteral("rr")});
    remove.set(QStringLiteral("policyRevision"), QStringLiteral("r1"));
    r = AwsRequest::forOperation(Operation::DeleteRepositoryPermissionsPolicy, remove);
    QCOMPARE(r.method, QByteArray("DELETE"));
    QCOMPARE(r.path, QByteArray("/v1/repository/permissions/policies"));
    QCOMPARE(r.query.last(), (std::pair<QByteArray, QByteArray>{"policy-revision", "r1"}));
    QVERIFY(r.body.isEmpty());
    QVERIFY(Operations::spec(Operation::DeleteDomainPermissionsPolicy).mutates);
    QVERIFY(!Operations::spec(Operation::GetRepositoryPermissionsPolicy).mutates);
    QCOMPARE(Operations::spec(Operation::PutRepositoryPermissionsPolicy).iamAction,
             QStringLiteral("codeartifact:PutRepositoryPermissionsPolicy"));
}

void TestOperationTable::shouldRefuseAMissingRequiredMember()
{
    OperationInput input = OperationInput::forDomain({QStringLiteral("dd"), {}});
    const AwsError e = InputValidator::validate(Operations::spec(Operation::DescribeRepository), input);
    QCOMPARE(e.kind(), AwsError::Kind::Validation);
    QCOMPARE(e.field(), QStringLiteral("repository"));
    QVERIFY(e.message().contains(QLatin1String("Member must not be null")));
    input.set(QStringLiteral("repository"), QStringLiteral("rr"));
    QVERIFY(!InputValidator::validate(Operations::spec(Operation::DescribeRepository), input));
}

void TestOperationTable::shouldCheckEachMemberByItsRule_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");   // empty: accepted

    auto row = [](const char *name, Operation op, const char *member, const QJsonValue &value, const char *field) {
        QTest::newRow(name) << int(op) << QString::fromLatin1(member) << value << QString::fromLatin1(field);
    };
    row("domain ok", Operation::DescribeDomain, "domain", QStringLiteral("acme-prod"), "");
    row("domain upper", Operation::DescribeDomain, "domain", QStringLiteral("Acme"), "domain");
    row("domain not a string", Operation::DescribeDomain, "domain", 5, "domain");
    row("owner short", Operation::DescribeDomain, "domainOwner", QStringLiteral("1234"), "domain-owner");
    row("connection unknown", Operation::AssociateExternalConnection, "externalConnection", QStringLiteral("public:cpan"), "external-connection");
    row("connection ok", Operation::AssociateExternalConnection, "externalConnection", QStringLiteral("public:crates-io"), "");
    row("max results 0", Operation::ListDomains, "maxResults", 0, "maxResults");
    row("max results 1000", Operation::ListRepositoriesInDomain, "maxResults", 1000, "");
    row("max results 1001", Operation::ListRepositoriesInDomain, "maxResults", 1001, "max-results");
    row("max results 1.5", Operation::ListRepositoriesInDomain, "maxResults", 1.5, "max-results");
    row("token with space", Operation::ListDomains, "nextToken", QStringLiteral("a b"), "nextToken");
    row("format", Operation::GetRepositoryEndpoint, "format", QStringLiteral("swift"), "");
    row("format unknown", Operation::GetRepositoryEndpoint, "format", QStringLiteral("conda"), "format");
    row("endpoint type", Operation::GetRepositoryEndpoint, "endpointType", QStringLiteral("ipv6"), "endpointType");
    row("duration 0", Operation::GetAuthorizationToken, "durationSeconds", 0, "");
    row("duration 899", Operation::GetAuthorizationToken, "durationSeconds", 899, "duration");
    row("description control", Operation::UpdateRepository, "description", QStringLiteral("a\u0007b"), "description");
    row("description emoji", Operation::UpdateRepository, "description", QString::fromUtf8("ok \xF0\x9F\x98\x80"), "");
    row("description lone surrogate", Operation::UpdateRepository, "description", QString(QChar(0xD800)), "description");
    row("upstream bad name", Operation::UpdateRepository, "upstreams",
        OperationInput::upstreamsValue({QStringLiteral("ok"), QStringLiteral("-bad")}), "upstreams.member.repositoryName");
    row("upstreams not objects", Operation::UpdateRepository, "upstreams", QJsonArray{QStringLiteral("ok")}, "upstreams");
    row("upstreams empty", Operation::UpdateRepository, "upstreams", QJsonArray(), "");
    row("encryption key space", Operation::CreateDomain, "encryptionKey", QStringLiteral("alias/a b"), "encryptionKey");
    row("tag key empty", Operation::CreateDomain, "tags", OperationInput::tagsValue({{QString(), QStringLiteral("v")}}), "tags.member.key");
    // U+F0000, private use: one code point in category C, written as a surrogate pair.
    row("tag key private use", Operation::CreateDomain, "tags",
        OperationInput::tagsValue({{QString::fromUtf8("\xF3\xB0\x80\x80"), QStringLiteral("v")}}), "tags.member.key");
    row("policy revision", Operation::DeleteDomainPermissionsPolicy, "policyRevision", QStringLiteral("a+b/c="), "");
    row("policy revision with space", Operation::DeleteDomainPermissionsPolicy, "policyRevision", QStringLiteral("a b"), "policy-revision");
    row("policy revision empty", Operation::PutRepositoryPermissionsPolicy, "policyRevision", QString(), "policyRevision");
    row("policy document with newlines", Operation::PutDomainPermissionsPolicy, "policyDocument", QStringLiteral("{\n\t}"), "");
    row("policy document empty", Operation::PutDomainPermissionsPolicy, "policyDocument", QString(), "policyDocument");
    row("policy document control", Operation::PutDomainPermissionsPolicy, "policyDocument", QStringLiteral("{\u0007}"), "policyDocument");
    row("policy document 7169", Operation::PutRepositoryPermissionsPolicy, "policyDocument", QString(7169, u'x'), "policyDocument");
    row("policy document 7168", Operation::PutRepositoryPermissionsPolicy, "policyDocument", QString(7168, u'x'), "");
    row("tags ok", Operation::CreateRepository, "tags", OperationInput::tagsValue({{QStringLiteral("team"), QStringLiteral("web")}}), "");
}

void TestOperationTable::shouldCheckEachMemberByItsRule()
{
    QFETCH(int, operation);
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    const OperationMember *m = Operations::spec(Operation(operation)).member(member);
    QVERIFY(m);
    const AwsError e = InputValidator::check(*m, value);
    if (field.isEmpty()) {
        QVERIFY2(!e, qPrintable(e.message()));
        return;
    }
    QCOMPARE(e.kind(), AwsError::Kind::Validation);
    QCOMPARE(e.field(), field);
    QCOMPARE(e.code(), QStringLiteral("ValidationException"));
}

QTEST_GUILESS_MAIN(TestOperationTable)
#include "tst_operationtable.moc"
