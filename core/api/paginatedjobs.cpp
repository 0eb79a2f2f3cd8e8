#include "api/paginatedjobs.h"

#include <QCoreApplication>

namespace desk {

namespace {

// A listing ends when nextToken is empty; beyond this many pages something is wrong.
constexpr int kMaxPages = 10000;

OperationInput withPageSize(OperationInput input, int pageSize)
{
    if (pageSize > 0)
        input.set(QStringLiteral("maxResults"), pageSize);
    return input;
}

} // namespace

ListAllJob::ListAllJob(CodeArtifactClient *client, Operation operation, const OperationInput &firstPage, QObject *parent)
    : AwsJob(client, parent)
    , m_operation(operation)
    , m_input(firstPage)
{
}

QString ListAllJob::operationName() const
{
    return Operations::spec(m_operation).name;
}

void ListAllJob::run()
{
    fetchPage({});
}

void ListAllJob::fetchPage(const QString &token)
{
    OperationInput input = m_input;
    input.set(QStringLiteral("nextToken"), token.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(token));
    startSubjob(createPage(input));
}

void ListAllJob::subjobFinished(Job *job)
{
    if (job->error()) {
        finishWith(job->error());
        return;
    }
    auto *page = static_cast<AwsRequestJob *>(job);
    ++m_pages;
    Q_EMIT pageLoaded(takeItems(page));
    const QString token = nextTokenOf(page);
    if (token.isEmpty())
        finishWith({});
    else if (AwsError looping = checkNextToken(token))
        finishWith(looping);
    else
        fetchPage(token);
}

AwsError ListAllJob::checkNextToken(const QString &token)
{
    if (m_seenTokens.contains(token)) {
        return AwsError(AwsError::Kind::BadResponse,
                        QCoreApplication::translate("PaginatedJobs",
                                                    "the service returned a page token it had already returned; "
                                                    "the listing was stopped after %n pages so that it does not "
                                                    "go round in circles", nullptr, m_pages));
    }
    if (m_pages >= kMaxPages) {
        return AwsError(AwsError::Kind::BadResponse,
                        QCoreApplication::translate("PaginatedJobs", "the listing was stopped after %n pages", nullptr,
                                                    m_pages));
    }
    m_seenTokens.insert(token);
    return {};
}

ListAllDomainsJob::ListAllDomainsJob(CodeArtifactClient *client, int pageSize, QObject *parent)
    : ListAll(client, withPageSize({}, pageSize), parent)
{
}

ListAllRepositoriesInDomainJob::ListAllRepositoriesInDomainJob(CodeArtifactClient *client, const DomainRef &domain,
                                                               int pageSize, QObject *parent)
    : ListAll(client, withPageSize(OperationInput::forDomain(domain), pageSize), parent)
    , m_domain(domain)
{
}

InventoryJob::InventoryJob(CodeArtifactClient *client, int maxConcurrentDomains, QObject *parent)
    : AwsJob(client, parent)
    , m_maxConcurrent(qMax(1, maxConcurrentDomains))
{
    qRegisterMetaType<desk::DomainSummary>();
    qRegisterMetaType<QList<desk::RepositorySummary>>();
}

QList<RepositorySummary> InventoryJob::repositories(const DomainSummary &domain) const
{
    return m_repositories.value(key(domain));
}

void InventoryJob::run()
{
    startSubjob(new ListAllDomainsJob(client(), m_pageSize));
}

void InventoryJob::subjobFinished(Job *job)
{
    if (m_listing.contains(job))
        domainFinished(static_cast<ListAllRepositoriesInDomainJob *>(job));
    else
        domainsFinished(static_cast<ListAllDomainsJob *>(job));
}

void InventoryJob::domainsFinished(ListAllDomainsJob *job)
{
    if (job->error()) {
        finishWith(job->error());
        return;
    }
    m_domains = job->domains();
    Q_EMIT domainsListed(m_domains);
    Q_EMIT progressChanged(0, int(m_domains.size()), 0);
    if (m_domains.isEmpty())
        finishWith({});
    else
        startMore();
}

void InventoryJob::domainFinished(ListAllRepositoriesInDomainJob *job)
{
    const DomainSummary domain = m_listing.take(job);
    ++m_done;
    if (job->error()) {
        ++m_failed;
        Q_EMIT domainFailed(domain, job->error());
    } else {
        m_repositories.insert(key(domain), job->repositories());
        m_repositoryCount += int(job->repositories().size());
        Q_EMIT domainLoaded(domain, job->repositories());
    }
    Q_EMIT progressChanged(m_done, int(m_domains.size()), m_repositoryCount);
    if (m_done == m_domains.size())
        finishWith({});
    else
        startMore();
}

void InventoryJob::startMore()
{
    while (m_listing.size() < m_maxConcurrent && m_next < m_domains.size()) {
        const DomainSummary domain = m_domains.at(m_next++);
        auto *job = new ListAllRepositoriesInDomainJob(client(), DomainRef{domain.name, domain.owner}, m_pageSize);
        m_listing.insert(job, domain);
        m_maxInFlightSeen = qMax(m_maxInFlightSeen, int(m_listing.size()));
        startSubjob(job);
    }
}

} // namespace desk
