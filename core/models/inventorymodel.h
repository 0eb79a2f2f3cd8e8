#pragma once

#include "base/awserror.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

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
class InventoryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AccountColumn, CountColumn, ColumnCount };
    enum class ItemKind { Domain, Repository, Error };
    Q_ENUM(ItemKind)
    enum class DomainState { Loading, Loaded, Failed };
    Q_ENUM(DomainState)
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
    struct Repository
    {
        RepositorySummary summary;
        QString externalConnection;   // known from a description; empty: none or not known
        std::optional<QStringList> upstreams;   // known from a description, in search order
    };
    struct Domain
    {
        DomainSummary summary;
        DomainState state = DomainState::Loading;
        AwsError error;
        std::vector<Repository> repositories;
    };

    Domain *domainOf(const QModelIndex &index) const;   // the domain row, or the parent of a child
    int findDomain(const QString &owner, const QString &name) const;
    int ensureDomain(const DomainSummary &domain);
    int childRows(const Domain &domain) const;
    // Empties a domain's rows (its repositories or its error row) and marks it Loading.
    void removeChildRows(int row);
    static QStringList upstreamNames(const RepositoryDescription &repository);
    void emitDomainChanged(int row);

    std::vector<std::unique_ptr<Domain>> m_domains;
    int m_repositoryCount = 0;
    int m_describedCount = 0;
};

} // namespace desk
