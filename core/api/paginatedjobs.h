#pragma once

#include "api/awsjob.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

// Jobs made of other jobs: list-all operations that follow nextToken to the end, and the
// inventory, which lists every domain and then the repositories of several domains at once.

namespace desk {

class ListAllDomainsJob : public AwsJob
{
    Q_OBJECT

public:
    explicit ListAllDomainsJob(CodeArtifactClient *client, int pageSize = 0, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("ListDomains"); }
    QList<DomainSummary> domains() const { return m_domains; }
    int pages() const { return m_pages; }

protected:
    void run() override;
    void doAbort() override;

private:
    void fetchPage(const QString &token);

    int m_pageSize;
    int m_pages = 0;
    QSet<QString> m_seenTokens;
    QList<DomainSummary> m_domains;
    QPointer<AwsJob> m_current;
};

class ListAllRepositoriesInDomainJob : public AwsJob
{
    Q_OBJECT

public:
    ListAllRepositoriesInDomainJob(CodeArtifactClient *client, const DomainRef &domain, int pageSize = 0,
                                   QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("ListRepositoriesInDomain"); }
    DomainRef domain() const { return m_domain; }
    QList<RepositorySummary> repositories() const { return m_repositories; }
    int pages() const { return m_pages; }

Q_SIGNALS:
    // Each page as it arrives, so a view can fill in while the rest loads.
    void pageLoaded(const QList<desk::RepositorySummary> &repositories);

protected:
    void run() override;
    void doAbort() override;

private:
    void fetchPage(const QString &token);

    DomainRef m_domain;
    int m_pageSize;
    int m_pages = 0;
    QSet<QString> m_seenTokens;
    QList<RepositorySummary> m_repositories;
    QPointer<AwsJob> m_current;
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
    void doAbort() override;

private:
    void startMore();
    static QString key(const DomainSummary &domain) { return domain.owner + u'/' + domain.name; }

    int m_maxConcurrent;
    int m_pageSize = 0;
    QList<DomainSummary> m_domains;
    QHash<QString, QList<RepositorySummary>> m_repositories;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_maxInFlightSeen = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_repositoryCount = 0;
    QList<QPointer<AwsJob>> m_running;
};

} // namespace desk
