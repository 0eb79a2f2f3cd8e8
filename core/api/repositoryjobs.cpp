#include "api/repositoryjobs.h"

#include "api/domainjobs.h"
#include "base/inputvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace desk {

namespace {

QJsonArray upstreamsJson(const QStringList &names)
{
    QJsonArray out;
    for (const QString &name : names)
        out.append(QJsonObject{{QLatin1String("repositoryName"), name}});
    return out;
}

AwsError validateUpstreams(const QStringList &names)
{
    for (const QString &name : names) {
        if (AwsError e = InputValidator::repositoryName(name, QStringLiteral("upstreams.member.repositoryName")))
            return e;
    }
    return {};
}

AwsError readRepositoryPage(const QJsonObject &object, QList<RepositorySummary> *repositories, QString *nextToken)
{
    const QJsonValue list = object.value(QLatin1String("repositories"));
    if (!list.isArray() && !list.isUndefined())
        return AwsError(AwsError::Kind::BadResponse,
                        QCoreApplication::translate("AwsRequestJob", "\"repositories\" is not a list"));
    const QJsonArray array = list.toArray();
    repositories->reserve(repositories->size() + array.size());
    for (const QJsonValue &r : array)
        repositories->append(RepositorySummary::fromJson(r.toObject()));
    *nextToken = object.value(QLatin1String("nextToken")).toString();
    return {};
}

} // namespace

ByteArrayPairs repositoryQuery(const RepositoryRef &repository)
{
    ByteArrayPairs query = domainQuery(repository.domainRef());
    query.append({QByteArrayLiteral("repository"), repository.repository.toUtf8()});
    return query;
}

RepositoryJob::RepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, QObject *parent)
    : AwsRequestJob(client, parent)
    , m_ref(repository)
{
}

AwsRequest RepositoryJob::baseRequest(const QString &operation, const QByteArray &method, const QByteArray &path) const
{
    AwsRequest r;
    r.operation = operation;
    r.method = method;
    r.path = path;
    r.query = repositoryQuery(m_ref);
    r.target = m_ref.displayName();
    return r;
}

AwsError RepositoryJob::validate() const
{
    if (AwsError e = validateDomainRef(m_ref.domainRef()))
        return e;
    return InputValidator::repositoryName(m_ref.repository);
}

AwsError RepositoryJob::parseJson(const QJsonObject &object)
{
    QJsonObject repository;
    if (AwsError e = requireObject(object, QLatin1String("repository"), &repository))
        return e;
    m_result = RepositoryDescription::fromJson(repository);
    return {};
}

AwsRequest DescribeRepositoryJob::buildRequest() const
{
    return baseRequest(QStringLiteral("DescribeRepository"), "GET", "/v1/repository");
}

CreateRepositoryJob::CreateRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                         const CreateRepositoryInput &input, QObject *parent)
    : RepositoryJob(client, repository, parent)
    , m_input(input)
{
}

AwsRequest CreateRepositoryJob::buildRequest() const
{
    AwsRequest r = baseRequest(QStringLiteral("CreateRepository"), "POST", "/v1/repository");
    QJsonObject body;
    if (!m_input.description.isEmpty())
        body.insert(QLatin1String("description"), m_input.description);
    if (!m_input.upstreams.isEmpty())
        body.insert(QLatin1String("upstreams"), upstreamsJson(m_input.upstreams));
    if (!m_input.tags.isEmpty()) {
        QJsonArray tags;
        for (const Tag &t : m_input.tags)
            tags.append(QJsonObject{{QLatin1String("key"), t.key}, {QLatin1String("value"), t.value}});
        body.insert(QLatin1String("tags"), tags);
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    r.isMutation = true;
    return r;
}

AwsError CreateRepositoryJob::validate() const
{
    if (AwsError e = RepositoryJob::validate())
        return e;
    if (AwsError e = InputValidator::description(m_input.description))
        return e;
    return validateUpstreams(m_input.upstreams);
}

UpdateRepositoryJob::UpdateRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                         std::optional<QString> description, std::optional<QStringList> upstreams,
                                         QObject *parent)
    : RepositoryJob(client, repository, parent)
    , m_description(std::move(description))
    , m_upstreams(std::move(upstreams))
{
}

AwsRequest UpdateRepositoryJob::buildRequest() const
{
    AwsRequest r = baseRequest(QStringLiteral("UpdateRepository"), "PUT", "/v1/repository");
    QJsonObject body;
    if (m_description)
        body.insert(QLatin1String("description"), *m_description);
    if (m_upstreams)
        body.insert(QLatin1String("upstreams"), upstreamsJson(*m_upstreams));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    r.isMutation = true;
    return r;
}

AwsError UpdateRepositoryJob::validate() const
{
    if (AwsError e = RepositoryJob::validate())
        return e;
    if (m_description)
        if (AwsError e = InputValidator::description(*m_description))
            return e;
    return m_upstreams ? validateUpstreams(*m_upstreams) : AwsError();
}

AwsRequest DeleteRepositoryJob::buildRequest() const
{
    AwsRequest r = baseRequest(QStringLiteral("DeleteRepository"), "DELETE", "/v1/repository");
    r.isMutation = true;
    return r;
}

ListRepositoriesInDomainJob::ListRepositoriesInDomainJob(CodeArtifactClient *client,
                                                         const ListRepositoriesInDomainInput &input, QObject *parent)
    : AwsRequestJob(client, parent)
    , m_input(input)
{
}

AwsRequest ListRepositoriesInDomainJob::buildRequest() const
{
    AwsRequest r;
    r.operation = QStringLiteral("ListRepositoriesInDomain");
    r.method = "POST";
    r.path = "/v1/domain/repositories";
    r.query = domainQuery(m_input.domain);
    if (!m_input.administratorAccount.isEmpty())
        r.query.append({QByteArrayLiteral("administrator-account"), m_input.administratorAccount.toUtf8()});
    if (!m_input.repositoryPrefix.isEmpty())
        r.query.append({QByteArrayLiteral("repository-prefix"), m_input.repositoryPrefix.toUtf8()});
    if (m_input.maxResults > 0)
        r.query.append({QByteArrayLiteral("max-results"), QByteArray::number(m_input.maxResults)});
    if (!m_input.nextToken.isEmpty())
        r.query.append({QByteArrayLiteral("next-token"), m_input.nextToken.toUtf8()});
    r.target = m_input.domain.domain;
    return r;
}

AwsError ListRepositoriesInDomainJob::validate() const
{
    if (AwsError e = validateDomainRef(m_input.domain))
        return e;
    if (AwsError e = InputValidator::optionalAccountId(m_input.administratorAccount, QStringLiteral("administrator-account")))
        return e;
    if (!m_input.repositoryPrefix.isEmpty())
        if (AwsError e = InputValidator::repositoryName(m_input.repositoryPrefix, QStringLiteral("repository-prefix")))
            return e;
    if (m_input.maxResults != 0)
        if (AwsError e = InputValidator::maxResults(m_input.maxResults, QStringLiteral("max-results")))
            return e;
    if (!m_input.nextToken.isEmpty())
        return InputValidator::paginationToken(m_input.nextToken, QStringLiteral("next-token"));
    return {};
}

AwsError ListRepositoriesInDomainJob::parsePage(const QJsonObject &object, QList<RepositorySummary> *repositories,
                                                QString *nextToken)
{
    return readRepositoryPage(object, repositories, nextToken);
}

AwsError ListRepositoriesInDomainJob::parseJson(const QJsonObject &object)
{
    return readRepositoryPage(object, &m_repositories, &m_nextToken);
}

ListRepositoriesJob::ListRepositoriesJob(CodeArtifactClient *client, const QString &repositoryPrefix, int maxResults,
                                         const QString &nextToken, QObject *parent)
    : AwsRequestJob(client, parent)
    , m_prefix(repositoryPrefix)
    , m_maxResults(maxResults)
    , m_requestToken(nextToken)
{
}

AwsRequest ListRepositoriesJob::buildRequest() const
{
    AwsRequest r;
    r.operation = QStringLiteral("ListRepositories");
    r.method = "POST";
    r.path = "/v1/repositories";
    if (!m_prefix.isEmpty())
        r.query.append({QByteArrayLiteral("repository-prefix"), m_prefix.toUtf8()});
    if (m_maxResults > 0)
        r.query.append({QByteArrayLiteral("max-results"), QByteArray::number(m_maxResults)});
    if (!m_requestToken.isEmpty())
        r.query.append({QByteArrayLiteral("next-token"), m_requestToken.toUtf8()});
    r.target = QStringLiteral("all repositories");
    return r;
}

AwsError ListRepositoriesJob::validate() const
{
    if (!m_prefix.isEmpty())
        if (AwsError e = InputValidator::repositoryName(m_prefix, QStringLiteral("repository-prefix")))
            return e;
    if (m_maxResults != 0)
        if (AwsError e = InputValidator::maxResults(m_maxResults, QStringLiteral("max-results")))
            return e;
    if (!m_requestToken.isEmpty())
        return InputValidator::paginationToken(m_requestToken, QStringLiteral("next-token"));
    return {};
}

AwsError ListRepositoriesJob::parseJson(const QJsonObject &object)
{
    return readRepositoryPage(object, &m_repositories, &m_nextToken);
}

GetRepositoryEndpointJob::GetRepositoryEndpointJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                                   const QString &format, const QString &endpointType, QObject *parent)
    : AwsRequestJob(client, parent)
    , m_ref(repository)
    , m_format(format)
    , m_endpointType(endpointType)
{
}

AwsRequest GetRepositoryEndpointJob::buildRequest() const
{
    AwsRequest r;
    r.operation = QStringLiteral("GetRepositoryEndpoint");
    r.method = "GET";
    r.path = "/v1/repository/endpoint";
    r.query = repositoryQuery(m_ref);
    r.query.append({QByteArrayLiteral("format"), m_format.toUtf8()});
    if (!m_endpointType.isEmpty())
        r.query.append({QByteArrayLiteral("endpointType"), m_endpointType.toUtf8()});
    r.target = m_ref.displayName();
    return r;
}

AwsError GetRepositoryEndpointJob::validate() const
{
    if (AwsError e = validateDomainRef(m_ref.domainRef()))
        return e;
    if (AwsError e = InputValidator::repositoryName(m_ref.repository))
        return e;
    if (AwsError e = InputValidator::packageFormat(m_format))
        return e;
    if (!m_endpointType.isEmpty() && m_endpointType != QLatin1String("ipv4") && m_endpointType != QLatin1String("dualstack"))
        return InputValidator::fieldError(QStringLiteral("endpointType"), m_endpointType,
                                          QStringLiteral("Member must satisfy enum value set: [ipv4, dualstack]"));
    return {};
}

AwsError GetRepositoryEndpointJob::parseJson(const QJsonObject &object)
{
    m_endpoint = object.value(QLatin1String("repositoryEndpoint")).toString();
    if (m_endpoint.isEmpty())
        return AwsError(AwsError::Kind::BadResponse, tr("the response has no \"repositoryEndpoint\""));
    return {};
}

GetAuthorizationTokenJob::GetAuthorizationTokenJob(CodeArtifactClient *client, const DomainRef &domain,
                                                   std::optional<qint64> durationSeconds, QObject *parent)
    : AwsRequestJob(client, parent)
    , m_domain(domain)
    , m_duration(durationSeconds)
{
}

GetAuthorizationTokenJob::~GetAuthorizationTokenJob()
{
    m_token.token.fill('\0');
}

AwsRequest GetAuthorizationTokenJob::buildRequest() const
{
    AwsRequest r;
    r.operation = QStringLiteral("GetAuthorizationToken");
    r.method = "POST";
    r.path = "/v1/authorization-token";
    r.query = domainQuery(m_domain);
    if (m_duration)
        r.query.append({QByteArrayLiteral("duration"), QByteArray::number(*m_duration)});
    r.target = m_domain.domain;
    r.responseCarriesSecret = true;
    return r;
}

AwsError GetAuthorizationTokenJob::validate() const
{
    if (AwsError e = validateDomainRef(m_domain))
        return e;
    return m_duration ? InputValidator::durationSeconds(*m_duration) : AwsError();
}

AwsError GetAuthorizationTokenJob::parseJson(const QJsonObject &object)
{
    m_token.token = object.value(QLatin1String("authorizationToken")).toString().toUtf8();
    m_token.expiration = dateTimeFromEpochJson(object.value(QLatin1String("expiration")));
    if (m_token.token.isEmpty())
        return AwsError(AwsError::Kind::BadResponse, tr("the response has no \"authorizationToken\""));
    return {};
}

} // namespace desk
