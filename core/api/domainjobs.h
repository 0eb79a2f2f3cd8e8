#pragma once

#include "api/awsrequestjob.h"
#include "api/listpagejob.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

// Domain operations: ListDomains, DescribeDomain, CreateDomain, DeleteDomain. Each is a row of
// the operation table; these classes only give them typed inputs and read their answers.

namespace desk {

// POST /v1/domains, maxResults and nextToken in the JSON body. One page.
class ListDomainsJob : public ListPageJob<DomainSummary>
{
public:
    static constexpr Operation kOperation = Operation::ListDomains;
    ListDomainsJob(CodeArtifactClient *client, int maxResults = 0, const QString &nextToken = {}, QObject *parent = nullptr);
    ListDomainsJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent = nullptr);
    QList<DomainSummary> domains() const { return items(); }
};

// Every operation whose answer is {"domain": DomainDescription}.
class DomainJob : public ShapeResultJob<DomainDescription>
{
public:
    DomainJob(CodeArtifactClient *client, Operation operation, const OperationInput &input, QObject *parent = nullptr);
    DomainDescription domain() const { return result(); }
};

// GET /v1/domain
class DescribeDomainJob : public DomainJob
{
public:
    DescribeDomainJob(CodeArtifactClient *client, const DomainRef &domain, QObject *parent = nullptr);
};

// POST /v1/domain (no domain-owner: a domain is created in the caller's account)
class CreateDomainJob : public DomainJob
{
public:
    CreateDomainJob(CodeArtifactClient *client, const QString &domain, const QString &encryptionKey = {},
                    const QList<Tag> &tags = {}, QObject *parent = nullptr);
};

// DELETE /v1/domain
class DeleteDomainJob : public DomainJob
{
public:
    DeleteDomainJob(CodeArtifactClient *client, const DomainRef &domain, QObject *parent = nullptr);
};

} // namespace desk
