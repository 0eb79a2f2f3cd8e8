#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace desk {

// Every operation Artifact Desk speaks. The one table of them (operations.cpp) is the single
// place that says, per operation, its name, HTTP method, URI, members (where each goes on the
// wire and what it may hold), whether it changes anything, its IAM action and its AWS CLI
// command. Jobs build their requests from it, the sandbox its routes and its input checks, "Copy
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
    // STS (query protocol, XML answers)
    GetCallerIdentity,
    AssumeRole,
};

// Where a member goes on the wire.
enum class MemberLocation {
    Query,   // the query string, under its wire name (rest-json "querystring")
    Body,    // a member of the JSON body (rest-json)
    Form,    // a parameter of the form-encoded body (STS's query protocol)
};

// The shape of a member's value (an OperationInput holds it as a QJsonValue of that form).
enum class MemberType {
    String,
    Integer,
    UpstreamList,   // [{"repositoryName": "a"}, ...]
    TagList,        // [{"key": "k", "value": "v"}, ...]
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
};

struct OperationMember
{
    QString name;        // the API model's member name: "domainOwner" (the CLI option derives from it)
    QByteArray wireName; // query and form: the location name ("domain-owner"); body: the JSON key
    MemberLocation location = MemberLocation::Query;
    MemberType type = MemberType::String;
    MemberRule rule = MemberRule::None;
    bool required = false;
    bool secret = false; // never rendered for people (an MFA code)

    // The field name errors use: the wire name, e.g. "domain-owner", "maxResults".
    QString field() const { return QString::fromLatin1(wireName); }
    // The AWS CLI option: "--domain-owner", "--role-arn".
    QString cliOption() const;
};

struct OperationSpec
{
    Operation id = Operation::ListDomains;
    QString name;             // AssociateExternalConnection
    QString service;          // the signing name and CLI service: codeartifact or sts
    QByteArray method;        // POST
    QByteArray uri;           // /v1/repository/external-connection
    QList<OperationMember> members;   // in the model's order: the order they go on the wire
    bool mutates = false;     // a mutation is never replayed after a failure that may have taken effect
    bool answerIsSecret = false;      // the answer holds a token: never quote its body
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

} // namespace desk

Q_DECLARE_METATYPE(desk::Operation)
