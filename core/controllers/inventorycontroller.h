#pragma once

#include "api/codeartifactclient.h"
#include "api/requestratelimiter.h"
#include "base/awserror.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"
#include "models/inventorymodel.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace desk {

class DescribeRepositoriesJob;
class Job;

// What the window shows, loaded: every domain and repository the credentials reach (into an
// InventoryModel), who the credentials belong to, and the details of the selected row. It owns
// those jobs and their generations, so an answer that arrives after the selection moved on, or
// after a refresh, is dropped; and it waits until the selection rests before it asks for details
// (arrowing through the tree sends one request, not one per row).
//
// The list calls do not say which repositories have upstreams or external connections, so once
// a domain's repositories are listed they are described in the background: the rows on screen
// first, then the rest (the selection gets its own describe), at most four at a time and under a modest rate (the
// account's API quota is shared with the admin's pipelines), slowing down when the service
// throttles (RequestRateLimiter). Above a number of repositories (1,000 by default) only the rows
// on screen are described until describeAll(), which also lifts the ceiling: an explicit request
// goes as fast as the service allows. What was described is kept until the next refresh.
class InventoryController : public QObject
{
    Q_OBJECT

public:
    struct DescribeProgress
    {
        int described = 0;      // this load's background describes that succeeded
        int failed = 0;         // ... and that failed (the rows stay as listed)
        int queued = 0;         // waiting or in flight
        int repositories = 0;   // repositories listed so far
        int known = 0;          // repositories whose description is known (any source)
        bool visibleOnly = false;   // a large account: only the rows on screen are described
        bool all = false;           // describeAll() was asked for
        AwsError lastError;         // the last failure, for a tooltip
    };

    static constexpr double kDefaultBackgroundRate = 10.0;
    static constexpr int kDefaultVisibleOnlyAbove = 1000;
    static constexpr int kBackgroundInFlight = 4;
    static constexpr int kDescribeAllInFlight = 8;

    explicit InventoryController(CodeArtifactClient *client, QObject *parent = nullptr);
    ~InventoryController() override;

    CodeArtifactClient *client() const { return m_client; }
    InventoryModel *model() const { return m_model; }
    bool isLoading() const { return !m_inventoryJob.isNull(); }
    QString callerAccount() const { return m_callerAccount; }

    // The selected row (a source index, column 0), what it is, and the repository it names.
    QModelIndex current() const { return m_current; }
    std::optional<InventoryModel::ItemKind> currentKind() const;
    RepositoryRef currentRepository() const;
    // The selected repository as the service last described it; empty until that answer came.
    std::optional<RepositoryDescription> currentDescription() const { return m_described; }
    // How long the selection must rest before its details are asked for (default 120 ms).
    void setDetailsDelay(int ms) { m_detailsTimer.setInterval(ms); }

    // Background describing: requests per second at most (0: no ceiling), and the number of
    // repositories above which only the rows on screen are described (0: never).
    void setBackgroundRate(double perSecond);
    double backgroundRate() const { return m_backgroundRate; }
    void setVisibleOnlyAbove(int repositories) { m_visibleOnlyAbove = repositories; }
    // Off: nothing is described in the background (from the next refresh on); describeAll() and
    // the selection's details still are.
    void setBackgroundDescribing(bool enabled) { m_backgroundEnabled = enabled; }
    DescribeProgress describeProgress() const;
    // The limiter background describes share (for tests and the status line).
    std::shared_ptr<RequestRateLimiter> describeRateLimiter() const { return m_describeLimiter; }

public Q_SLOTS:
    // Loads every domain and repository again, and the identity. The repository selected now is
    // offered for selection again (repositoryToSelect) when its domain has loaded.
    void refresh();
    // Stops every request.
    void stop();
    // The selection moved; its details are asked for once it has rested.
    void setCurrent(const QModelIndex &sourceIndex);
    // Asks for the selection's details again (Retry).
    void reloadCurrent();
    // The repository rows on screen now: described before the others.
    void setVisibleRepositories(const QList<desk::RepositoryRef> &repositories);
    // Describes every repository not described yet, as fast as the service allows.
    void describeAll();
    // A repository as an action's answer gave it: into the model and, when it is the selected
    // one, shown in place of a describe still in flight (currentRepositoryChanged).
    void applyRepository(const RepositoryDescription &repository, const QString &highlight = {});

public:
    // Describes the domain's repositories whose upstreams are not known yet (at most four at a
    // time), into the model. The running job, owned by this controller; nullptr when every
    // repository's upstreams are known already.
    Job *describeUnknownUpstreams(const DomainRef &domain);
    // The domain's repositories as the tree knows them: every one's name, and its external
    // connection and upstreams once described (where a plan looks for a store).
    QList<RepositoryDescription> knownRepositories(const DomainRef &domain) const;

Q_SIGNALS:
    void inventoryStarted();
    void progressChanged(int domainsDone, int domainsTotal, int repositories);
    void repositoryToSelect(const desk::RepositoryRef &repository);
    // `error`: the domains could not be listed. Otherwise `failedDomains` of `domains` did not load.
    void inventoryFinished(const desk::AwsError &error, int domains, int failedDomains);
    void identityStarted();
    void identityLoaded(const desk::CallerIdentity &identity);
    void identityFailed(const desk::AwsError &error);
    // The selection changed (invalid: none); details follow when it rests.
    void currentChanged(const QModelIndex &sourceIndex);
    void repositoryDescribed(const desk::RepositoryDescription &repository);
    void domainDescribed(const desk::DomainDescription &domain);
    // The selection's details could not be loaded; `name` is the repository's or the domain's.
    void detailsFailed(desk::InventoryModel::ItemKind kind, const QString &name, const desk::AwsError &error);
    // An action changed the selected repository.
    void currentRepositoryChanged(const desk::RepositoryDescription &repository, const QString &highlight);
    // Anything that decides which actions apply to the selection changed.
    void selectionStateChanged();
    // Background describing moved on (see describeProgress()).
    void describeProgressChanged();

private:
    void loadIdentity();
    void loadCurrentDetails();
    void describeRepository(const RepositoryRef &repository);
    void describeDomain(const DomainRef &domain);
    template <typename DetailsJob, typename Done>
    void startDetails(DetailsJob *job, Done done);
    void cancelDetails();
    static void cancel(QPointer<Job> &job, QObject *receiver);
    void startBackgroundDescribing();
    DescribeRepositoriesJob *ensureDescriber();
    void queueForDescribing(const DomainRef &domain);
    QList<RepositoryRef> undescribed(const QList<RepositoryRef> &repositories) const;

    QPointer<CodeArtifactClient> m_client;
    InventoryModel *m_model = nullptr;
    QPointer<Job> m_inventoryJob;
    QPointer<Job> m_identityJob;
    QPointer<Job> m_detailsJob;
    quint64 m_detailsGeneration = 0;
    QTimer m_detailsTimer;
    QPersistentModelIndex m_current;
    std::optional<RepositoryDescription> m_described;
    RepositoryRef m_restoreSelection;
    QString m_callerAccount;

    QPointer<DescribeRepositoriesJob> m_describer;
    std::shared_ptr<RequestRateLimiter> m_describeLimiter;
    double m_backgroundRate = kDefaultBackgroundRate;
    int m_visibleOnlyAbove = kDefaultVisibleOnlyAbove;
    bool m_backgroundEnabled = true;
    bool m_visibleOnly = false;
    bool m_describeAll = false;
    AwsError m_lastDescribeError;
    QList<RepositoryRef> m_visible;
};

} // namespace desk
