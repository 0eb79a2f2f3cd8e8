#pragma once

#include "api/awsrequestjob.h"
#include "api/listpagejob.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QStringList>

#include <optional>

// Repository operations. Each is a row of the operation table; these classes only give them
// typed inputs and read their answers. Every operation whose answer is {"repository":
// RepositoryDescription} derives from RepositoryJob.

namespace desk {

class RepositoryJob : public ShapeResultJob<RepositoryDescription>
{
public:
    RepositoryJob(CodeArtifactClient *client, Operation operation, const OperationInput &input, QObject *parent = nullptr);
    RepositoryRef repositoryRef() const;
    // The repository as the service returned it.
    RepositoryDescription repository() const { return result(); }
};

// GET /v1/repository
class DescribeRepositoryJob : public RepositoryJob
{
public:
    DescribeRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, QObject *parent = nullptr);
};

struct CreateRepositoryInput
{
    QString description;
    QStringList upstreams;  // repository names in the same domain, in priority order
    QList<Tag> tags;
};

// POST /v1/repository
class CreateRepositoryJob : public RepositoryJob
{
public:
    CreateRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, const CreateRepositoryInput &input = {},
                        QObject *parent = nullptr);
};

// PUT /v1/repository. Unset members are left as they are; upstreams replaces the whole list.
class UpdateRepositoryJob : public RepositoryJob
{
public:
    UpdateRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, std::optional<QString> description,
                        std::optional<QStringList> upstreams, QObject *parent = nullptr);
};

// DELETE /v1/repository; the answer describes the deleted repository.
class DeleteRepositoryJob : public RepositoryJob
{
public:
    DeleteRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, QObject *parent = nullptr);
};

struct ListRepositoriesInDomainInput
{
    DomainRef domain;
    QString administratorAccount;
    QString repositoryPrefix;
    int maxResults = 0;   // 0: the service's default
    QString nextToken;

    OperationInput toInput() const;
};

// POST /v1/domain/repositories, everything in the query. One page.
class ListRepositoriesInDomainJob : public ListPageJob<RepositorySummary>
{
public:
    static constexpr Operation kOperation = Operation::ListRepositoriesInDomain;
    ListRepositoriesInDomainJob(CodeArtifactClient *client, const ListRepositoriesInDomainInput &input, QObject *parent = nullptr);
    ListRepositoriesInDomainJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent = nullptr);
    QList<RepositorySummary> repositories() const { return items(); }
};

// POST /v1/repositories: every repository in the caller's account. One page.
class ListRepositoriesJob : public ListPageJob<RepositorySummary>
{
public:
    static constexpr Operation kOperation = Operation::ListRepositories;
    ListRepositoriesJob(CodeArtifactClient *client, const QString &repositoryPrefix = {}, int maxResults = 0,
                        const QString &nextToken = {}, QObject *parent = nullptr);
    ListRepositoriesJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent = nullptr);
    QList<RepositorySummary> repositories() const { return items(); }
};

// GET /v1/repository/endpoint
class GetRepositoryEndpointJob : public AwsRequestJob
{
    Q_OBJECT

public:
    GetRepositoryEndpointJob(CodeArtifactClient *client, const RepositoryRef &repository, const QString &format,
                             const QString &endpointType = {}, QObject *parent = nullptr);
    QString repositoryEndpoint() const { return m_endpoint; }

protected:
    AwsError parseJson(const QJsonObject &answer) override;

private:
    QString m_endpoint;
};

// POST /v1/authorization-token. The token is a secret: never logged.
class GetAuthorizationTokenJob : public AwsRequestJob
{
    Q_OBJECT

public:
    GetAuthorizationTokenJob(CodeArtifactClient *client, const DomainRef &domain,
                             std::optional<qint64> durationSeconds = std::nullopt, QObject *parent = nullptr);
    ~GetAuthorizationTokenJob() override;
    AuthorizationToken token() const { return m_token; }

protected:
    AwsError parseJson(const QJsonObject &answer) override;

private:
    AuthorizationToken m_token;
};

} // namespace desk
