#pragma once

#include "api/awsrequestjob.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <optional>

// Domain operations: ListDomains, DescribeDomain, CreateDomain, DeleteDomain.

namespace desk {

// POST /v1/domains, maxResults and nextToken in the JSON body. One page.
class ListDomainsJob : public AwsRequestJob
{
public:
    ListDomainsJob(CodeArtifactClient *client, int maxResults = 0, const QString &nextToken = {}, QObject *parent = nullptr);
    QList<DomainSummary> domains() const { return m_domains; }
    QString nextToken() const { return m_nextToken; }

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;
    AwsError parseJson(const QJsonObject &object) override;

private:
    int m_maxResults;
    QString m_requestToken;
    QList<DomainSummary> m_domains;
    QString m_nextToken;
};

// Every operation whose answer is {"domain": DomainDescription}.
class DomainResultJob : public AwsRequestJob
{
public:
    using AwsRequestJob::AwsRequestJob;
    DomainDescription domain() const { return m_result; }

protected:
    AwsError parseJson(const QJsonObject &object) override;

private:
    DomainDescription m_result;
};

// GET /v1/domain
class DescribeDomainJob : public DomainResultJob
{
public:
    DescribeDomainJob(CodeArtifactClient *client, const DomainRef &domain, QObject *parent = nullptr);

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;

private:
    DomainRef m_domain;
};

// POST /v1/domain (no domain-owner: a domain is created in the caller's account)
class CreateDomainJob : public DomainResultJob
{
public:
    CreateDomainJob(CodeArtifactClient *client, const QString &domain, const QString &encryptionKey = {},
                    const QList<Tag> &tags = {}, QObject *parent = nullptr);

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;

private:
    QString m_domain;
    QString m_encryptionKey;
    QList<Tag> m_tags;
};

// DELETE /v1/domain
class DeleteDomainJob : public DomainResultJob
{
public:
    DeleteDomainJob(CodeArtifactClient *client, const DomainRef &domain, QObject *parent = nullptr);

protected:
    AwsRequest buildRequest() const override;
    AwsError validate() const override;

private:
    DomainRef m_domain;
};

// Query parameters every domain-scoped operation starts with, in model order.
ByteArrayPairs domainQuery(const DomainRef &domain);
AwsError validateDomainRef(const DomainRef &domain);
// Reads a required JSON object member; BadResponse when it is missing.
AwsError requireObject(const QJsonObject &object, QLatin1String key, QJsonObject *out);

} // namespace desk
