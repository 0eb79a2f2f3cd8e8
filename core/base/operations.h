#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace desk {

// Every operation Artifact Desk speaks. The one table of them (operationtable::rows(), at the end
// of this file) is the single place that says, per operation, its name, HTTP method, URI, members
// (where each goes on the wire and what it may hold), whether it changes anything, its IAM action
// and its AWS CLI command. Jobs build their requests from it, the sandbox its routes and its input checks, "Copy
// as AWS CLI command" its options, and error messages the IAM action to name.
// tst_operationtable checks the CodeArtifact rows against the API model (service-2.json).
enum class Operation {
    ListDomains,
    DescribeDomain,
    CreateDomain,
    DeleteDomain,
    ListRepositoriesInDomain,
    ListRepositories,
    DescribeRepository,
    CreateRepository,
    UpdateRepository,
    DeleteRepository,
    AssociateExternalConnection,
    DisassociateExternalConnection,
    GetRepositoryEndpoint,
    GetAuthorizationToken,
    GetDomainPermissionsPolicy,
    PutDomainPermissionsPolicy,
    DeleteDomainPermissionsPolicy,
    GetRepositoryPermissionsPolicy,
    PutRepositoryPermissionsPolicy,
    DeleteRepositoryPermissionsPolicy,
    // STS (query protocol, XML answers)
    GetCallerIdentity,
    AssumeRole,
    // IAM Identity Center: SSO OIDC (sign-in) and the SSO portal (role credentials). Both are
    // rest-json and unsigned: the portal takes the access token in a header.
    RegisterClient,
    StartDeviceAuthorization,
    CreateToken,
    GetRoleCredentials,
    ListAccounts,
    ListAccountRoles,
    Logout,
};

// Where a member goes on the wire.
enum class MemberLocation {
    Query,   // the query string, under its wire name (rest-json "querystring")
    Body,    // a member of the JSON body (rest-json)
    Form,    // a parameter of the form-encoded body (STS's query protocol)
    Header,  // an HTTP header, under its wire name (the portal's x-amz-sso_bearer_token)
};

// The shape of a member's value (an OperationInput holds it as a QJsonValue of that form).
enum class MemberType {
    String,
    Integer,
    UpstreamList,   // [{"repositoryName": "a"}, ...]
    TagList,        // [{"key": "k", "value": "v"}, ...]
    StringList,     // ["a", "b"]
};

// The service's constraint on a member's value, checked by InputValidator::check() before a
// request is sent and by the sandbox when one arrives.
enum class MemberRule {
    None,
    DomainName,
    RepositoryName,
    AccountId,
    ExternalConnection,
    PackageFormat,
    EndpointType,
    MaxResults,
    PaginationToken,
    Description,
    DurationSeconds,
    EncryptionKey,
    Tags,
    Upstreams,
    PolicyRevision,   // the model's PolicyRevision: 1 to 100 characters, no whitespace
    PolicyDocument,   // the model's PolicyDocument: 1 to 7168 characters, [\P{C}\s]+
};

struct OperationMember
{
    QString name;        // the API model's member name: "domainOwner" (the CLI option derives from it)
    QByteArray wireName; // query and form: the location name ("domain-owner"); body: the JSON key
    MemberLocation location = MemberLocation::Query;
    MemberType type = MemberType::String;
    MemberRule rule = MemberRule::None;
    bool required = false;
    bool secret = false; // never rendered for people (an MFA code, a token, a client secret)

    // The field name errors use: the wire name, e.g. "domain-owner", "maxResults".
    QString field() const { return QString::fromLatin1(wireName); }
    // The AWS CLI option: "--domain-owner", "--role-arn".
    QString cliOption() const;
};

struct OperationSpec
{
    Operation id = Operation::ListDomains;
    QString name;             // AssociateExternalConnection
    QString service;          // the CLI service: codeartifact, sts, sso-oidc or sso (also the signing name where signed)
    QByteArray method;        // POST
    QByteArray uri;           // /v1/repository/external-connection
    QList<OperationMember> members;   // in the model's order: the order they go on the wire
    bool mutates = false;     // a mutation is never replayed after a failure that may have taken effect
    bool answerIsSecret = false;      // the answer holds a token: never quote its body
    bool isSigned = true;     // false: sent without SigV4 (SSO OIDC and the portal: smithy.api#noAuth)
    QString iamAction;        // codeartifact:AssociateExternalConnection
    QString cliCommand;       // associate-external-connection
    QString pageItems;        // paginated: the answer's list member ("domains"); empty otherwise
    QString noTarget;         // what the activity panel names when no domain or repository is given

    const OperationMember *member(QStringView name) const;
    bool isPaginated() const { return !pageItems.isEmpty(); }
    bool hasJsonBody() const;
    bool hasFormBody() const;
};

class Operations
{
public:
    static const QList<OperationSpec> &all();
    static const OperationSpec &spec(Operation operation);
    // nullptr when no operation has that name.
    static const OperationSpec *find(QStringView name);
    // The operation at this method and URI for a service; nullptr when none.
    static const OperationSpec *route(const QByteArray &method, QStringView uri, QStringView service = u"codeartifact");
    // The methods the URI takes (for 405 answers); empty when no operation has the URI.
    static QList<QByteArray> methodsFor(QStringView uri, QStringView service = u"codeartifact");
    // "domainOwner" -> "domain-owner", "RoleArn" -> "role-arn", "AssociateExternalConnection" ->
    // "associate-external-connection".
    static QString kebabCase(QStringView camelCase);
};

namespace operationtable {

// The rows, beside the enum: an operation is added in this one file. The helpers only shorten
// the rows; rows() is called once, by Operations::all().

inline constexpr bool kRequired = true;

inline OperationMember query(const char *name, const char *wireName, MemberRule rule, bool required = false,
                      MemberType type = MemberType::String)
{
    return {QString::fromLatin1(name), QByteArray(wireName), MemberLocation::Query, type, rule, required, false};
}

inline OperationMember body(const char *name, MemberType type, MemberRule rule, bool required = false)
{
    return {QString::fromLatin1(name), QByteArray(name), MemberLocation::Body, type, rule, required, false};
}

inline OperationMember form(const char *name, MemberType type = MemberType::String, bool secret = false)
{
    return {QString::fromLatin1(name), QByteArray(name), MemberLocation::Form, type, MemberRule::None, false, secret};
}

inline OperationMember secretBody(const char *name, bool required = false)
{
    return {QString::fromLatin1(name), QByteArray(name), MemberLocation::Body, MemberType::String, MemberRule::None,
            required, true};
}

// The portal's access token: a header, required, never shown.
inline OperationMember bearerToken()
{
    return {QStringLiteral("accessToken"), QByteArrayLiteral("x-amz-sso_bearer_token"), MemberLocation::Header,
            MemberType::String, MemberRule::None, true, true};
}

// The members that name a domain, and a repository in it, in the model's order.
inline QList<OperationMember> domainMembers()
{
    return {query("domain", "domain", MemberRule::DomainName, kRequired),
            query("domainOwner", "domain-owner", MemberRule::AccountId)};
}

inline QList<OperationMember> repositoryMembers()
{
    return domainMembers() << query("repository", "repository", MemberRule::RepositoryName, kRequired);
}

inline OperationSpec codeArtifact(Operation id, const char *name, const char *method, const char *uri,
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

inline OperationSpec sts(Operation id, const char *name, QList<OperationMember> members)
{
    OperationSpec spec = codeArtifact(id, name, "POST", "/", std::move(members), false);
    spec.service = QStringLiteral("sts");
    spec.iamAction = spec.service + u':' + spec.name;
    return spec;
}

// An IAM Identity Center operation: rest-json, unsigned; service "sso-oidc" or "sso".
inline OperationSpec identityCenter(Operation id, const char *service, const char *name, const char *method, const char *uri,
                                    QList<OperationMember> members)
{
    OperationSpec spec = codeArtifact(id, name, method, uri, std::move(members), false);
    spec.service = QString::fromLatin1(service);
    spec.iamAction = spec.service + u':' + spec.name;
    spec.isSigned = false;
    return spec;
}

inline QList<OperationSpec> rows()
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

    // Permissions policies. PutDomainPermissionsPolicy is all body (the domain too);
    // PutRepositoryPermissionsPolicy names the repository in the query and sends the policy in
    // the body; the deletes take the revision in the query. DeleteRepositoryPermissionsPolicy's
    // URI is ".../policies", as the model says.
    table << codeArtifact(Operation::GetDomainPermissionsPolicy, "GetDomainPermissionsPolicy", "GET",
                          "/v1/domain/permissions/policy", domainMembers(), kReads);
    table << codeArtifact(Operation::PutDomainPermissionsPolicy, "PutDomainPermissionsPolicy", "PUT",
                          "/v1/domain/permissions/policy",
                          {body("domain", T::String, R::DomainName, kRequired), body("domainOwner", T::String, R::AccountId),
                           body("policyRevision", T::String, R::PolicyRevision),
                           body("policyDocument", T::String, R::PolicyDocument, kRequired)},
                          kMutates);
    table << codeArtifact(Operation::DeleteDomainPermissionsPolicy, "DeleteDomainPermissionsPolicy", "DELETE",
                          "/v1/domain/permissions/policy",
                          domainMembers() << query("policyRevision", "policy-revision", R::PolicyRevision), kMutates);
    table << codeArtifact(Operation::GetRepositoryPermissionsPolicy, "GetRepositoryPermissionsPolicy", "GET",
                          "/v1/repository/permissions/policy", repositoryMembers(), kReads);
    table << codeArtifact(Operation::PutRepositoryPermissionsPolicy, "PutRepositoryPermissionsPolicy", "PUT",
                          "/v1/repository/permissions/policy",
                          repositoryMembers() << body("policyRevision", T::String, R::PolicyRevision)
                                              << body("policyDocument", T::String, R::PolicyDocument, kRequired),
                          kMutates);
    table << codeArtifact(Operation::DeleteRepositoryPermissionsPolicy, "DeleteRepositoryPermissionsPolicy", "DELETE",
                          "/v1/repository/permissions/policies",
                          repositoryMembers() << query("policyRevision", "policy-revision", R::PolicyRevision), kMutates);

    table << sts(Operation::GetCallerIdentity, "GetCallerIdentity", {});
    table.last().noTarget = QStringLiteral("caller identity");
    table << sts(Operation::AssumeRole, "AssumeRole",
                 {form("RoleArn"), form("RoleSessionName"), form("DurationSeconds", T::Integer), form("ExternalId"),
                  form("SerialNumber"), form("TokenCode", T::String, true)});
    table.last().answerIsSecret = true;

    table << identityCenter(Operation::RegisterClient, "sso-oidc", "RegisterClient", "POST", "/client/register",
                            {body("clientName", T::String, R::None, kRequired), body("clientType", T::String, R::None, kRequired),
                             body("scopes", T::StringList, R::None), body("redirectUris", T::StringList, R::None),
                             body("grantTypes", T::StringList, R::None), body("issuerUrl", T::String, R::None),
                             body("entitledApplicationArn", T::String, R::None)});
    table.last().answerIsSecret = true;
    table.last().noTarget = QStringLiteral("IAM Identity Center sign-in");
    table << identityCenter(Operation::StartDeviceAuthorization, "sso-oidc", "StartDeviceAuthorization", "POST",
                            "/device_authorization",
                            {body("clientId", T::String, R::None, kRequired), secretBody("clientSecret", kRequired),
                             body("startUrl", T::String, R::None, kRequired)});
    table.last().answerIsSecret = true;
    table.last().noTarget = QStringLiteral("IAM Identity Center sign-in");
    table << identityCenter(Operation::CreateToken, "sso-oidc", "CreateToken", "POST", "/token",
                            {body("clientId", T::String, R::None, kRequired), secretBody("clientSecret", kRequired),
                             body("grantType", T::String, R::None, kRequired), secretBody("deviceCode"), secretBody("code"),
                             secretBody("refreshToken"), body("scope", T::StringList, R::None),
                             body("redirectUri", T::String, R::None), secretBody("codeVerifier")});
    table.last().answerIsSecret = true;
    table.last().noTarget = QStringLiteral("IAM Identity Center sign-in");
    table << identityCenter(Operation::GetRoleCredentials, "sso", "GetRoleCredentials", "GET", "/federation/credentials",
                            {query("roleName", "role_name", R::None, kRequired), query("accountId", "account_id", R::AccountId, kRequired),
                             bearerToken()});
    table.last().answerIsSecret = true;
    table << identityCenter(Operation::ListAccounts, "sso", "ListAccounts", "GET", "/assignment/accounts",
                            {query("nextToken", "next_token", R::PaginationToken),
                             query("maxResults", "max_result", R::None, false, T::Integer), bearerToken()});
    table.last().pageItems = QStringLiteral("accountList");
    table.last().noTarget = QStringLiteral("IAM Identity Center accounts");
    table << identityCenter(Operation::ListAccountRoles, "sso", "ListAccountRoles", "GET", "/assignment/roles",
                            {query("nextToken", "next_token", R::PaginationToken),
                             query("maxResults", "max_result", R::None, false, T::Integer), bearerToken(),
                             query("accountId", "account_id", R::AccountId, kRequired)});
    table.last().pageItems = QStringLiteral("roleList");
    table << identityCenter(Operation::Logout, "sso", "Logout", "POST", "/logout", {bearerToken()});
    table.last().noTarget = QStringLiteral("IAM Identity Center sign-out");
    return table;
}

} // namespace operationtable

} // namespace desk

Q_DECLARE_METATYPE(desk::Operation)
