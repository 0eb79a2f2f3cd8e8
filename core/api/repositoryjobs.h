#pragma once

#include "api/awsrequestjob.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QStringList>

#include <optional>

// Repository operations. Every operation whose answer is {"repository": RepositoryDescription}
// derives from RepositoryJob, which names the repository, validates it and reads the answer.

namespace desk {

class RepositoryJob : public AwsRequestJob
{
public:
    RepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, QObject *parent = nullptr);
    RepositoryRef repositoryRef() const { return m_ref; }
    // The repository as the service returned it.
    RepositoryDescription repository() const { return m_result; }

protected:
    AwsRequest baseRequest(const QString &operation, const QByteArray &method, const QByteArray &path) const;
    AwsError validate() const override;
    AwsError parseJson(const QJsonObject &object) override;
    void setResult(const RepositoryDescription &result) { m_result = result; }

private:
    RepositoryRef m_ref;
    RepositoryDescription m_result;
};

// GET /v1/repository
class DescribeRepositoryJob : public RepositoryJob
{
public:
    using RepositoryJob::RepositoryJob;

protected:
    AwsRequest buildRequest() const override;
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

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;

private:
    CreateRepositoryInput m_input;
};

// PUT /v1/repository. Unset members are left as they are; upstreams replaces the whole list.
class UpdateRepositoryJob : public RepositoryJob
{
public:
    UpdateRepositoryJob(CodeArtifactClient *client, const RepositoryRef &repository, std::optional<QString> description,
                        std::optional<QStringList> upstreams, QObject *parent = nullptr);

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;

private:
    std::optional<QString> m_description;
    std::optional<QStringList> m_upstreams;
};

// DELETE /v1/repository; the answer describes the deleted repository.
class DeleteRepositoryJob : public RepositoryJob
{
public:
    using RepositoryJob::RepositoryJob;

protected:
    AwsRequest buildRequest() const override;
};

struct ListRepositoriesInDomainInput
{
    DomainRef domain;
    QString administratorAccount;
    QString repositoryPrefix;
    int maxResults = 0;   // 0: the service's default
    QString nextToken;
};

// POST /v1/domain/repositories, everything in the query. One page.
class ListRepositoriesInDomainJob : public AwsRequestJob
{
public:
    ListRepositoriesInDomainJob(CodeArtifactClient *client, const ListRepositoriesInDomainInput &input, QObject *parent = nullptr);
    QList<RepositorySummary> repositories() const { return m_repositories; }
    QString nextToken() const { return m_nextToken; }
    // Parses one page; public so the benchmark measures exactly what the job does.
    static AwsError parsePage(const QJsonObject &object, QList<RepositorySummary> *repositories, QString *nextToken);

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;
    AwsError parseJson(const QJsonObject &object) override;

private:
    ListRepositoriesInDomainInput m_input;
    QList<RepositorySummary> m_repositories;
    QString m_nextToken;
};

// POST /v1/repositories: every repository in the caller's account. One page.
class ListRepositoriesJob : public AwsRequestJob
{
public:
    ListRepositoriesJob(CodeArtifactClient *client, const QString &repositoryPrefix = {}, int maxResults = 0,
                        const QString &nextToken = {}, QObject *parent = nullptr);
    QList<RepositorySummary> repositories() const { return m_repositories; }
    QString nextToken() const { return m_nextToken; }

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;
    AwsError parseJson(const QJsonObject &object) override;

private:
    QString m_prefix;
    int m_maxResults;
    QString m_requestToken;
    QList<RepositorySummary> m_repositories;
    QString m_nextToken;
};

// GET /v1/repository/endpoint
class GetRepositoryEndpointJob : public AwsRequestJob
{
public:
    GetRepositoryEndpointJob(CodeArtifactClient *client, const RepositoryRef &repository, const QString &format,
                             const QString &endpointType = {}, QObject *parent = nullptr);
    QString repositoryEndpoint() const { return m_endpoint; }

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;
    AwsError parseJson(const QJsonObject &object) override;

private:
    RepositoryRef m_ref;
    QString m_format;
    QString m_endpointType;
    QString m_endpoint;
};

// POST /v1/authorization-token. The token is a secret: never logged.
class GetAuthorizationTokenJob : public AwsRequestJob
{
public:
    GetAuthorizationTokenJob(CodeArtifactClient *client, const DomainRef &domain,
                             std::optional<qint64> durationSeconds = std::nullopt, QObject *parent = nullptr);
    ~GetAuthorizationTokenJob() override;
    AuthorizationToken token() const { return m_token; }

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;
    AwsError parseJson(const QJsonObject &object) override;

private:
    DomainRef m_domain;
    std::optional<qint64> m_duration;
    AuthorizationToken m_token;
};

ByteArrayPairs repositoryQuery(const RepositoryRef &repository);

} // namespace desk
