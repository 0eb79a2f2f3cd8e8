#include "base/operations.h"

#include <algorithm>

namespace desk {

namespace {

constexpr bool kRequired = true;

OperationMember query(const char *name, const char *wireName, MemberRule rule, bool required = false,
                      MemberType type = MemberType::String)
{
    return {QString::fromLatin1(name), QByteArray(wireName), MemberLocation::Query, type, rule, required, false};
}

OperationMember body(const char *name, MemberType type, MemberRule rule, bool required = false)
{
    return {QString::fromLatin1(name), QByteArray(name), MemberLocation::Body, type, rule, required, false};
}

OperationMember form(const char *name, MemberType type = MemberType::String, bool secret = false)
{
    return {QString::fromLatin1(name), QByteArray(name), MemberLocation::Form, type, MemberRule::None, false, secret};
}

// The members that name a domain, and a repository in it, in the model's order.
QList<OperationMember> domainMembers()
{
    return {query("domain", "domain", MemberRule::DomainName, kRequired),
            query("domainOwner", "domain-owner", MemberRule::AccountId)};
}

QList<OperationMember> repositoryMembers()
{
    return domainMembers() << query("repository", "repository", MemberRule::RepositoryName, kRequired);
}

OperationSpec codeArtifact(Operation id, const char *name, const char *method, const char *uri,
                           QList<OperationMember> members, bool mutates)
{
    OperationSpec spec;
    spec.id = id;
    spec.name = QString::fromLatin1(name);
    spec.service = QStringLiteral("codeartifact");
    spec.method = method;
    spec.uri = uri;
    spec.members = std::move(members);
    spec.mutates = mutates;
    spec.iamAction = spec.service + u':' + spec.name;
    spec.cliCommand = Operations::kebabCase(spec.name);
    return spec;
}

OperationSpec sts(Operation id, const char *name, QList<OperationMember> members)
{
    OperationSpec spec = codeArtifact(id, name, "POST", "/", std::move(members), false);
    spec.service = QStringLiteral("sts");
    spec.iamAction = spec.service + u':' + spec.name;
    return spec;
}

QList<OperationSpec> buildTable()
{
    using R = MemberRule;
    using T = MemberType;
    constexpr bool kMutates = true;
    constexpr bool kReads = false;
    QList<OperationSpec> table;

    table << codeArtifact(Operation::ListDomains, "ListDomains", "POST", "/v1/domains",
                          {body("maxResults", T::Integer, R::MaxResults), body("nextToken", T::String, R::PaginationToken)},
                          kReads);
    table.last().pageItems = QStringLiteral("domains");
    table.last().noTarget = QStringLiteral("all domains");

    table << codeArtifact(Operation::DescribeDomain, "DescribeDomain", "GET", "/v1/domain", domainMembers(), kReads);
    table << codeArtifact(Operation::CreateDomain, "CreateDomain", "POST", "/v1/domain",
                          {query("domain", "domain", R::DomainName, kRequired),
                           body("encryptionKey", T::String, R::EncryptionKey), body("tags", T::TagList, R::Tags)},
                          kMutates);
    table << codeArtifact(Operation::DeleteDomain, "DeleteDomain", "DELETE", "/v1/domain", domainMembers(), kMutates);

    table << codeArtifact(Operation::ListRepositoriesInDomain, "ListRepositoriesInDomain", "POST", "/v1/domain/repositories",
                          domainMembers() << query("administratorAccount", "administrator-account", R::AccountId)
                                          << query("repositoryPrefix", "repository-prefix", R::RepositoryName)
                                          << query("maxResults", "max-results", R::MaxResults, false, T::Integer)
                                          << query("nextToken", "next-token", R::PaginationToken),
                          kReads);
    table.last().pageItems = QStringLiteral("repositories");
    table << codeArtifact(Operation::ListRepositories, "ListRepositories", "POST", "/v1/repositories",
                          {query("repositoryPrefix", "repository-prefix", R::RepositoryName),
                           query("maxResults", "max-results", R::MaxResults, false, T::Integer),
                           query("nextToken", "next-token", R::PaginationToken)},
                          kReads);
    table.last().pageItems = QStringLiteral("repositories");
    table.last().noTarget = QStringLiteral("all repositories");

    table << codeArtifact(Operation::DescribeRepository, "DescribeRepository", "GET", "/v1/repository",
                          repositoryMembers(), kReads);
    table << codeArtifact(Operation::CreateRepository, "CreateRepository", "POST", "/v1/repository",
                          repositoryMembers() << body("description", T::String, R::Description)
                                              << body("upstreams", T::UpstreamList, R::Upstreams)
                                              << body("tags", T::TagList, R::Tags),
                          kMutates);
    table << codeArtifact(Operation::UpdateRepository, "UpdateRepository", "PUT", "/v1/repository",
                          repositoryMembers() << body("description", T::String, R::Description)
                                              << body("upstreams", T::UpstreamList, R::Upstreams),
                          kMutates);
    table << codeArtifact(Operation::DeleteRepository, "DeleteRepository", "DELETE", "/v1/repository",
                          repositoryMembers(), kMutates);

    const QList<OperationMember> connection =
        repositoryMembers() << query("externalConnection", "external-connection", R::ExternalConnection, kRequired);
    table << codeArtifact(Operation::AssociateExternalConnection, "AssociateExternalConnection", "POST",
                          "/v1/repository/external-connection", connection, kMutates);
    table << codeArtifact(Operation::DisassociateExternalConnection, "DisassociateExternalConnection", "DELETE",
                          "/v1/repository/external-connection", connection, kMutates);

    table << codeArtifact(Operation::GetRepositoryEndpoint, "GetRepositoryEndpoint", "GET", "/v1/repository/endpoint",
                          repositoryMembers() << query("format", "format", R::PackageFormat, kRequired)
                                              << query("endpointType", "endpointType", R::EndpointType),
                          kReads);
    table << codeArtifact(Operation::GetAuthorizationToken, "GetAuthorizationToken", "POST", "/v1/authorization-token",
                          domainMembers() << query("durationSeconds", "duration", R::DurationSeconds, false, T::Integer),
                          kReads);
    table.last().answerIsSecret = true;

    table << sts(Operation::GetCallerIdentity, "GetCallerIdentity", {});
    table.last().noTarget = QStringLiteral("caller identity");
    table << sts(Operation::AssumeRole, "AssumeRole",
                 {form("RoleArn"), form("RoleSessionName"), form("DurationSeconds", T::Integer), form("ExternalId"),
                  form("SerialNumber"), form("TokenCode", T::String, true)});
    table.last().answerIsSecret = true;
    return table;
}

} // namespace

QString OperationMember::cliOption() const
{
    return QStringLiteral("--") + Operations::kebabCase(name);
}

const OperationMember *OperationSpec::member(QStringView memberName) const
{
    for (const OperationMember &m : members) {
        if (m.name == memberName)
            return &m;
    }
    return nullptr;
}

bool OperationSpec::hasJsonBody() const
{
    return std::any_of(members.cbegin(), members.cend(),
                       [](const OperationMember &m) { return m.location == MemberLocation::Body; });
}

bool OperationSpec::hasFormBody() const
{
    return service == QLatin1String("sts");
}

const QList<OperationSpec> &Operations::all()
{
    static const QList<OperationSpec> table = buildTable();
    return table;
}

const OperationSpec &Operations::spec(Operation operation)
{
    // The table is in enum order (tst_operationtable checks it).
    return all().at(qsizetype(operation));
}

const OperationSpec *Operations::find(QStringView name)
{
    for (const OperationSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const OperationSpec *Operations::route(const QByteArray &method, QStringView uri, QStringView service)
{
    for (const OperationSpec &spec : all()) {
        if (spec.service == service && spec.method == method && QLatin1String(spec.uri) == uri)
            return &spec;
    }
    return nullptr;
}

QList<QByteArray> Operations::methodsFor(QStringView uri, QStringView service)
{
    QList<QByteArray> methods;
    for (const OperationSpec &spec : all()) {
        if (spec.service == service && QLatin1String(spec.uri) == uri)
            methods << spec.method;
    }
    return methods;
}

QString Operations::kebabCase(QStringView camelCase)
{
    QString out;
    out.reserve(camelCase.size() + 8);
    for (qsizetype i = 0; i < camelCase.size(); ++i) {
        const QChar c = camelCase.at(i);
        if (c.isUpper()) {
            if (i > 0)
                out += u'-';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace desk
