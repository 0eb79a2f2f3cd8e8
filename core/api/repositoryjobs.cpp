#include "api/repositoryjobs.h"

namespace desk {

namespace {

OperationInput createInput(const RepositoryRef &repository, const CreateRepositoryInput &create)
{
    OperationInput input = OperationInput::forRepository(repository);
    input.setIfNotEmpty(QStringLiteral("description"), create.description);
    if (!create.upstreams.isEmpty())
        input.set(QStringLiteral("upstreams"), OperationInput::upstreamsValue(create.upstreams));
    if (!create.tags.isEmpty())
        input.set(QStringLiteral("tags"), OperationInput::tagsValue(create.tags));
    return input;
}

OperationInput updateInput(const RepositoryRef &repository, const std::optional<QString> &description,
                           const std::optional<QStringList> &upstreams)
{
    OperationInput input = OperationInput::forRepository(repository);
    if (description)
        input.set(QStringLiteral("description"), *description);
    if (upstreams)
        input.set(QStringLiteral("upstreams"), OperationInput::upstreamsValue(*upstreams));
    return input;
}

OperationInput listRepositoriesInput(const QString &repositoryPrefix, int maxResults, const QString &nextToken)
{
    OperationInput input;
    input.setIfNotEmpty(QStringLiteral("repositoryPrefix"), repositoryPrefix);
    if (maxResults > 0)
        input.set(QStringLiteral("maxResults"), maxResults);
    input.setIfNotEmpty(QStringLiteral("nextToken"), nextToken);
    return input;
}

OperationInput endpointInput(const RepositoryRef &repository, const QString &format, const QString &endpointType)
{
    OperationInput input = OperationInput::forRepository(repository);
    input.set(QStringLiteral("format"), format);
    input.setIfNotEmpty(QStringLiteral("endpointType"), endpointType);
    return input;
}

OperationInput tokenInput(const DomainRef &domain, std::optional<qint64> durationSeconds)
{
    OperationInput input = OperationInput::forDomain(domain);
    if (durationSeconds)
        input.set(QStringLiteral("durationSeconds"), *durationSeconds);
    return input;
}

} // namespace

RepositoryJob::RepositoryJob(CodeArtifactClient *client, Operation operation, const OperationInput &input, QObject *parent)
    : ShapeResultJob(client, operation, input, QLatin1String("repository"), parent)
{
}

RepositoryRef RepositoryJob::repositoryRef() const
{
    return RepositoryRef{input().string(QStringLiteral("domain")), input().string(QStringLiteral("domainOwner")),
                         input().string(QStringLiteral("repository"))};
}

DescribeRepositoryJob::DescribeRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, QObject *parent)
    : RepositoryJob(client, Operation::DescribeRepository, OperationInput::forRepository(repository), parent)
{
}

CreateRepositoryJob::CreateRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                         const CreateRepositoryInput &input, QObject *parent)
    : RepositoryJob(client, Operation::CreateRepository, createInput(repository, input), parent)
{
}

UpdateRepositoryJob::UpdateRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                         std::optional<QString> description, std::optional<QStringList> upstreams,
                                         QObject *parent)
    : RepositoryJob(client, Operation::UpdateRepository, updateInput(repository, description, upstreams), parent)
{
}

DeleteRepositoryJob::DeleteRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, QObject *parent)
    : RepositoryJob(client, Operation::DeleteRepository, OperationInput::forRepository(repository), parent)
{
}

OperationInput ListRepositoriesInDomainInput::toInput() const
{
    OperationInput input = OperationInput::forDomain(domain);
    input.setIfNotEmpty(QStringLiteral("administratorAccount"), administratorAccount);
    input.setIfNotEmpty(QStringLiteral("repositoryPrefix"), repositoryPrefix);
    if (maxResults > 0)
        input.set(QStringLiteral("maxResults"), maxResults);
    input.setIfNotEmpty(QStringLiteral("nextToken"), nextToken);
    return input;
}

ListRepositoriesInDomainJob::ListRepositoriesInDomainJob(CodeArtifactClient *client,
                                                         const ListRepositoriesInDomainInput &input, QObject *parent)
    : ListRepositoriesInDomainJob(client, input.toInput(), parent)
{
}

ListRepositoriesInDomainJob::ListRepositoriesInDomainJob(CodeArtifactClient *client, const OperationInput &input,
                                                         QObject *parent)
    : ListPageJob(client, kOperation, input, parent)
{
}

ListRepositoriesJob::ListRepositoriesJob(CodeArtifactClient *client, const QString &repositoryPrefix, int maxResults,
                                         const QString &nextToken, QObject *parent)
    : ListRepositoriesJob(client, listRepositoriesInput(repositoryPrefix, maxResults, nextToken), parent)
{
}

ListRepositoriesJob::ListRepositoriesJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent)
    : ListPageJob(client, kOperation, input, parent)
{
}

GetRepositoryEndpointJob::GetRepositoryEndpointJob(CodeArtifactClient *client, const RepositoryRef &repository,
                                                   const QString &format, const QString &endpointType, QObject *parent)
    : AwsRequestJob(client, Operation::GetRepositoryEndpoint, endpointInput(repository, format, endpointType), parent)
{
}

AwsError GetRepositoryEndpointJob::parseJson(const QJsonObject &answer)
{
    m_endpoint = answer.value(QLatin1String("repositoryEndpoint")).toString();
    if (m_endpoint.isEmpty())
        return AwsError(AwsError::Kind::BadResponse, tr("the response has no \"repositoryEndpoint\""));
    return {};
}

GetAuthorizationTokenJob::GetAuthorizationTokenJob(CodeArtifactClient *client, const DomainRef &domain,
                                                   std::optional<qint64> durationSeconds, QObject *parent)
    : AwsRequestJob(client, Operation::GetAuthorizationToken, tokenInput(domain, durationSeconds), parent)
{
}

GetAuthorizationTokenJob::~GetAuthorizationTokenJob()
{
    m_token.token.fill('\0');
}

AwsError GetAuthorizationTokenJob::parseJson(const QJsonObject &answer)
{
    m_token.token = answer.value(QLatin1String("authorizationToken")).toString().toUtf8();
    m_token.expiration = dateTimeFromEpochJson(answer.value(QLatin1String("expiration")));
    if (m_token.token.isEmpty())
        return AwsError(AwsError::Kind::BadResponse, tr("the response has no \"authorizationToken\""));
    return {};
}

} // namespace desk
