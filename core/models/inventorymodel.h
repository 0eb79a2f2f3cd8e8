#pragma once

#include "base/awserror.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"
#include "base/upstreamgraph.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace desk {

// The domains and repositories the caller can reach, as a two-level tree: domains at the top,
// their repositories below. Fed incrementally (an InventoryJob's domainsListed/domainLoaded/
// domainFailed): each domain appears as soon as it is listed, in the Loading state, and gets
// its repositories or its error when they arrive. A failed domain has one child row, of kind
// Error, that carries the error in place.
//
// A repository's external connection and upstreams are known once it is described
// (updateRepository). From them, per domain, the model answers which public registries a
// repository reaches (its own connection, then through its upstreams in the service's search
// order: UpstreamGraph::reachesFrom) and so its ConnectionState. That answer is computed when a
// row is first asked for it and kept; a description that changes forgets it for that repository
// and for every repository that reaches it through upstreams, and those rows get dataChanged
// (no reset), so a filter on them re-evaluates.
class InventoryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AccountColumn, CountColumn, ConnectionColumn, UpstreamsColumn, ColumnCount };
    enum class ItemKind { Domain, Repository, Error };
    Q_ENUM(ItemKind)
    enum class DomainState { Loading, Loaded, Failed };
    Q_ENUM(DomainState)
    // What a repository reaches of the public registries.
    enum class ConnectionState {
        Unknown,       // not described yet, or nothing reached so far and an upstream not described yet
        None,          // described, and neither it nor its upstreams reach a public registry
        Connected,     // it has an external connection of its own
        ViaUpstream,   // no connection of its own; an upstream (directly or further up) has one
    };
    Q_ENUM(ConnectionState)
    enum Role {
        KindRole = Qt::UserRole + 1,   // ItemKind
        DomainStateRole,               // DomainState (domain rows)
        DomainRefRole,                 // DomainRef (every row)
        RepositoryRefRole,             // RepositoryRef (repository rows)
        RepositorySummaryRole,         // RepositorySummary (repository rows)
        DomainSummaryRole,             // DomainSummary (domain rows)
        ErrorRole,                     // AwsError (failed domains and their error row)
        ExternalConnectionRole,        // QString: the known external connection of a repository
        RepositoryCountRole,           // int (domain rows; -1 while loading)
        // Repository rows, from the descriptions known in their domain:
        ConnectionStateRole,           // ConnectionState
        ReachableConnectionsRole,      // QStringList: the registries reached (own first), search order
        ReachesRole,                   // QList<UpstreamReach>: the same, with the upstreams walked
        ReachesPendingRole,            // QStringList: the domain's undescribed repositories the walk met
        UpstreamsRole,                 // QStringList in search order; invalid until described
        UpstreamCountRole,             // int; -1 until described
        UsedByRole,                    // QStringList: described repositories naming it as an upstream
        ConnectionFormatRole,          // QString: package format of the registry the Connection column shows
        // Domain rows:
        UndescribedCountRole,          // int: repositories of the domain not described yet
    };

    explicit InventoryModel(QObject *parent = nullptr);
    ~InventoryModel() override;

    // Forgets everything (a refresh starts here).
    void clear();
    // Adds the domains not yet present, each in the Loading state.
    void addDomains(const QList<DomainSummary> &domains);
    // A domain's repositories; adds the domain when it is not present.
    void setRepositories(const DomainSummary &domain, const QList<RepositorySummary> &repositories);
    void setDomainFailed(const DomainSummary &domain, const AwsError &error);
    // What a Describe/Associate/Disassociate answered: updates (or adds) the repository row.
    void updateRepository(const RepositoryDescription &repository);
    // A repository that was deleted: its row goes (rowsRemoved, no reset). The repositories that
    // named it as an upstream keep the name (a dangling upstream, as the service keeps it) and
    // what they reach is asked again. False when the model has no such row.
    bool removeRepository(const RepositoryRef &ref);
    // A domain that was created: a loaded, empty domain row (no reset). Nothing when present.
    void addDomain(const DomainSummary &domain);
    // A domain that was deleted: its row and its children go. False when the model has no such row.
    bool removeDomain(const DomainRef &domain);

    QModelIndex domainIndex(const QString &owner, const QString &name) const;
    QModelIndex repositoryIndex(const RepositoryRef &ref) const;
    int domainCount() const { return int(m_domains.size()); }
    int repositoryCount() const { return m_repositoryCount; }
    // Repositories whose description (upstreams, connections) is known.
    int describedCount() const { return m_describedCount; }
    bool isDescribed(const RepositoryRef &ref) const;
    // The errors of the domains that failed to load, in tree order.
    QList<AwsError> domainErrors() const;
    // A loaded domain's repositories with the upstreams known from their descriptions, and the
    // ones not described yet (until the next load, a description once read is kept).
    struct DomainUpstreams
    {
        QHash<QString, QStringList> upstreams;   // repository -> upstreams
        QList<RepositoryRef> unknown;
    };
    DomainUpstreams domainUpstreams(const DomainRef &domain) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    // What a repository reaches, computed on first use and kept until a description it depends
    // on changes.
    struct Reach
    {
        ConnectionState state = ConnectionState::Unknown;
        QList<UpstreamReach> registries;
        QStringList pending;
    };
    struct Repository
    {
        RepositorySummary summary;
        QString externalConnection;   // known from a description; empty: none or not known
        std::optional<QStringList> upstreams;   // known from a description, in search order
        mutable std::unique_ptr<Reach> reach;   // small while unused: 10,000 rows stay compact
    };
    struct Domain
    {
        DomainSummary summary;
        DomainState state = DomainState::Loading;
        AwsError error;
        std::vector<Repository> repositories;
        QHash<QString, int> rowOf;   // repository name -> row
        UpstreamGraph graph;         // the described repositories
        int undescribed = 0;
    };

    Domain *domainOf(const QModelIndex &index) const;   // the domain row, or the parent of a child
    int findDomain(const QString &owner, const QString &name) const;
    int ensureDomain(const DomainSummary &domain);
    int childRows(const Domain &domain) const;
    // Empties a domain's rows (its repositories or its error row) and marks it Loading.
    void removeChildRows(int row);
    void emitDomainChanged(int row);
    const Reach &reachOf(const Domain &domain, const Repository &repository) const;
    // Forgets what `names` reach and tells the views of their rows.
    void invalidateRows(int domainRow, const QStringList &names);
    QVariant connectionData(const Repository &repository, const Reach &reach, int column, int role) const;

    std::vector<std::unique_ptr<Domain>> m_domains;
    int m_repositoryCount = 0;
    int m_describedCount = 0;
};

} // namespace desk
