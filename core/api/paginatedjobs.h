#pragma once

#include "api/awsjob.h"
#include "api/domainjobs.h"
#include "api/repositoryjobs.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QHash>
#include <QList>
#include <QSet>

// Jobs made of other jobs: list-all operations that follow nextToken to the end, and the
// inventory, which lists every domain and then the repositories of several domains at once.

namespace desk {

// Runs one page job after the other, each with the token the last one returned, until a page
// has none. An answer that hands back a token it gave before, or pages on without end, is
// stopped with an error instead of loading forever. ListAll<PageJob> supplies the page type.
class ListAllJob : public AwsJob
{
    Q_OBJECT

public:
    QString operationName() const override;
    int pages() const { return m_pages; }

Q_SIGNALS:
    // Each page as it arrives, with the number of items it had.
    void pageLoaded(int items);

protected:
    ListAllJob(CodeArtifactClient *client, Operation operation, const OperationInput &firstPage, QObject *parent);
    void run() override;
    void subjobFinished(Job *page) override;
    virtual AwsRequestJob *createPage(const OperationInput &input) = 0;
    // Keeps the page's items; returns how many there were.
    virtual int takeItems(AwsRequestJob *page) = 0;
    virtual QString nextTokenOf(AwsRequestJob *page) const = 0;

private:
    void fetchPage(const QString &token);
    AwsError checkNextToken(const QString &token);

    Operation m_operation;
    OperationInput m_input;
    int m_pages = 0;
    QSet<QString> m_seenTokens;
};

template <typename PageJob>
class ListAll : public ListAllJob
{
public:
    using Item = typename PageJob::ItemType;

    ListAll(CodeArtifactClient *client, const OperationInput &firstPage, QObject *parent = nullptr)
        : ListAllJob(client, PageJob::kOperation, firstPage, parent)
    {
    }
    QList<Item> items() const { return m_items; }

protected:
    AwsRequestJob *createPage(const OperationInput &input) override { return new PageJob(client(), input); }
    int takeItems(AwsRequestJob *page) override
    {
        const QList<Item> items = static_cast<PageJob *>(page)->items();
        m_items.append(items);
        return int(items.size());
    }
    QString nextTokenOf(AwsRequestJob *page) const override { return static_cast<PageJob *>(page)->nextToken(); }

private:
    QList<Item> m_items;
};

class ListAllDomainsJob : public ListAll<ListDomainsJob>
{
public:
    explicit ListAllDomainsJob(CodeArtifactClient *client, int pageSize = 0, QObject *parent = nullptr);
    QList<DomainSummary> domains() const { return items(); }
};

class ListAllRepositoriesInDomainJob : public ListAll<ListRepositoriesInDomainJob>
{
public:
    ListAllRepositoriesInDomainJob(CodeArtifactClient *client, const DomainRef &domain, int pageSize = 0,
                                   QObject *parent = nullptr);
    DomainRef domain() const { return m_domain; }
    QList<RepositorySummary> repositories() const { return items(); }

private:
    DomainRef m_domain;
};

// Everything the caller can reach: all domains, then all pages of each domain's repositories,
// with at most maxConcurrentDomains domains in flight. A domain that fails is reported with
// domainFailed() and the others go on; the job itself fails only when the domains cannot be
// listed.
class InventoryJob : public AwsJob
{
    Q_OBJECT

public:
    explicit InventoryJob(CodeArtifactClient *client, int maxConcurrentDomains = 6, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("ListDomains"); }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    QList<DomainSummary> domains() const { return m_domains; }
    QList<RepositorySummary> repositories(const DomainSummary &domain) const;
    int domainsDone() const { return m_done; }
    int domainsFailed() const { return m_failed; }
    int repositoryCount() const { return m_repositoryCount; }
    int maxInFlightSeen() const { return m_maxInFlightSeen; }

Q_SIGNALS:
    void domainsListed(const QList<desk::DomainSummary> &domains);
    void domainLoaded(const desk::DomainSummary &domain, const QList<desk::RepositorySummary> &repositories);
    void domainFailed(const desk::DomainSummary &domain, const desk::AwsError &error);
    void progressChanged(int domainsDone, int domainsTotal, int repositories);

protected:
    void run() override;
    void subjobFinished(Job *job) override;

private:
    void domainsFinished(ListAllDomainsJob *job);
    void domainFinished(ListAllRepositoriesInDomainJob *job);
    void startMore();
    static QString key(const DomainSummary &domain) { return domain.owner + u'/' + domain.name; }

    int m_maxConcurrent;
    int m_pageSize = 0;
    QList<DomainSummary> m_domains;
    QHash<QString, QList<RepositorySummary>> m_repositories;
    QHash<Job *, DomainSummary> m_listing;   // the running domain listings
    qsizetype m_next = 0;
    int m_maxInFlightSeen = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_repositoryCount = 0;
};

} // namespace desk
