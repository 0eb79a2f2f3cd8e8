#include "api/paginatedjobs.h"

#include "api/domainjobs.h"
#include "api/repositoryjobs.h"

#include <QCoreApplication>

namespace desk {

namespace {

// A listing ends when nextToken is empty. An answer that hands back a token it gave before (or
// pages on without end) would keep the window loading forever: it is stopped and reported.
constexpr int kMaxPages = 10000;

AwsError checkNextToken(QSet<QString> &seen, int pages, const QString &token, const QString &operation)
{
    if (seen.contains(token)) {
        return AwsError(AwsError::Kind::BadResponse,
                        QCoreApplication::translate("PaginatedJobs",
                                                    "the service returned a page token it had already returned; "
                                                    "the listing was stopped after %n page(s) so that it does not "
                                                    "go round in circles", nullptr, pages))
            .setOperation(operation);
    }
    if (pages >= kMaxPages) {
        return AwsError(AwsError::Kind::BadResponse,
                        QCoreApplication::translate("PaginatedJobs", "the listing was stopped after %n page(s)", nullptr,
                                                    pages))
            .setOperation(operation);
    }
    seen.insert(token);
    return {};
}

} // namespace

ListAllDomainsJob::ListAllDomainsJob(CodeArtifactClient *client, int pageSize, QObject *parent)
    : AwsJob(client, parent)
    , m_pageSize(pageSize)
{
}

void ListAllDomainsJob::run()
{
    fetchPage({});
}

void ListAllDomainsJob::fetchPage(const QString &token)
{
    auto *page = new ListDomainsJob(client(), m_pageSize, token, this);
    m_current = page;
    connect(page, &AwsJob::finished, this, [this, page] {
        if (page->error()) {
            finishWith(page->error());
            return;
        }
        ++m_pages;
        m_domains.append(page->domains());
        if (page->nextToken().isEmpty())
            finishWith({});
        else if (AwsError looping = checkNextToken(m_seenTokens, m_pages, page->nextToken(), operationName()))
            finishWith(looping);
        else
            fetchPage(page->nextToken());
    });
    page->start();
}

void ListAllDomainsJob::doAbort()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
    }
}

ListAllRepositoriesInDomainJob::ListAllRepositoriesInDomainJob(CodeArtifactClient *client, const DomainRef &domain,
                                                               int pageSize, QObject *parent)
    : AwsJob(client, parent)
    , m_domain(domain)
    , m_pageSize(pageSize)
{
}

void ListAllRepositoriesInDomainJob::run()
{
    fetchPage({});
}

void ListAllRepositoriesInDomainJob::fetchPage(const QString &token)
{
    ListRepositoriesInDomainInput input;
    input.domain = m_domain;
    input.maxResults = m_pageSize;
    input.nextToken = token;
    auto *page = new ListRepositoriesInDomainJob(client(), input, this);
    m_current = page;
    connect(page, &AwsJob::finished, this, [this, page] {
        if (page->error()) {
            finishWith(page->error());
            return;
        }
        ++m_pages;
        m_repositories.append(page->repositories());
        Q_EMIT pageLoaded(page->repositories());
        if (page->nextToken().isEmpty())
            finishWith({});
        else if (AwsError looping = checkNextToken(m_seenTokens, m_pages, page->nextToken(), operationName()))
            finishWith(looping);
        else
            fetchPage(page->nextToken());
    });
    page->start();
}

void ListAllRepositoriesInDomainJob::doAbort()
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
    }
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
    auto *list = new ListAllDomainsJob(client(), m_pageSize, this);
    m_running.append(list);
    connect(list, &AwsJob::finished, this, [this, list] {
        m_running.removeAll(list);
        if (list->error()) {
            finishWith(list->error());
            return;
        }
        m_domains = list->domains();
        Q_EMIT domainsListed(m_domains);
        Q_EMIT progressChanged(0, int(m_domains.size()), 0);
        if (m_domains.isEmpty()) {
            finishWith({});
            return;
        }
        startMore();
    });
    list->start();
}

void InventoryJob::startMore()
{
    while (m_inFlight < m_maxConcurrent && m_next < m_domains.size()) {
        const DomainSummary domain = m_domains.at(m_next++);
        auto *job = new ListAllRepositoriesInDomainJob(client(), DomainRef{domain.name, domain.owner}, m_pageSize, this);
        ++m_inFlight;
        m_maxInFlightSeen = qMax(m_maxInFlightSeen, m_inFlight);
        m_running.append(job);
        connect(job, &AwsJob::finished, this, [this, job, domain] {
            m_running.removeAll(job);
            --m_inFlight;
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
        });
        job->start();
    }
}

void InventoryJob::doAbort()
{
    const auto running = m_running;
    m_running.clear();
    for (const QPointer<AwsJob> &job : running) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

} // namespace desk
