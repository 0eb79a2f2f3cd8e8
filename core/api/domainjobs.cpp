#include "api/domainjobs.h"

namespace desk {

namespace {

OperationInput listDomainsInput(int maxResults, const QString &nextToken)
{
    OperationInput input;
    if (maxResults > 0)
        input.set(QStringLiteral("maxResults"), maxResults);
    input.setIfNotEmpty(QStringLiteral("nextToken"), nextToken);
    return input;
}

OperationInput createDomainInput(const QString &domain, const QString &encryptionKey, const QList<Tag> &tags)
{
    OperationInput input;
    input.set(QStringLiteral("domain"), domain);
    input.setIfNotEmpty(QStringLiteral("encryptionKey"), encryptionKey);
    if (!tags.isEmpty())
        input.set(QStringLiteral("tags"), OperationInput::tagsValue(tags));
    return input;
}

} // namespace

ListDomainsJob::ListDomainsJob(CodeArtifactClient *client, int maxResults, const QString &nextToken, QObject *parent)
    : ListDomainsJob(client, listDomainsInput(maxResults, nextToken), parent)
{
}

ListDomainsJob::ListDomainsJob(CodeArtifactClient *client, const OperationInput &input, QObject *parent)
    : ListPageJob(client, kOperation, input, parent)
{
}

DomainJob::DomainJob(CodeArtifactClient *client, Operation operation, const OperationInput &input, QObject *parent)
    : ShapeResultJob(client, operation, input, QLatin1String("domain"), parent)
{
}

DescribeDomainJob::DescribeDomainJob(CodeArtifactClient *client, const DomainRef &domain, QObject *parent)
    : DomainJob(client, Operation::DescribeDomain, OperationInput::forDomain(domain), parent)
{
}

CreateDomainJob::CreateDomainJob(CodeArtifactClient *client, const QString &domain, const QString &encryptionKey,
                                 const QList<Tag> &tags, QObject *parent)
    : DomainJob(client, Operation::CreateDomain, createDomainInput(domain, encryptionKey, tags), parent)
{
}

DeleteDomainJob::DeleteDomainJob(CodeArtifactClient *client, const DomainRef &domain, QObject *parent)
    : DomainJob(client, Operation::DeleteDomain, OperationInput::forDomain(domain), parent)
{
}

} // namespace desk
