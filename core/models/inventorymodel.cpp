#include "models/inventorymodel.h"

#include "base/externalconnection.h"

#include <QCoreApplication>
#include <QSet>

namespace desk {

// Top-level rows carry a null internal pointer; a child row carries its Domain.

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

InventoryModel::~InventoryModel() = default;

void InventoryModel::clear()
{
    beginResetModel();
    m_domains.clear();
    m_repositoryCount = 0;
    m_describedCount = 0;
    endResetModel();
}

int InventoryModel::findDomain(const QString &owner, const QString &name) const
{
    for (size_t i = 0; i < m_domains.size(); ++i) {
        const DomainSummary &s = m_domains[i]->summary;
        if (s.name == name && s.owner == owner)
            return int(i);
    }
    return -1;
}

int InventoryModel::ensureDomain(const DomainSummary &domain)
{
    int row = findDomain(domain.owner, domain.name);
    if (row >= 0)
        return row;
    row = int(m_domains.size());
    beginInsertRows({}, row, row);
    auto d = std::make_unique<Domain>();
    d->summary = domain;
    m_domains.push_back(std::move(d));
    endInsertRows();
    return row;
}

void InventoryModel::addDomains(const QList<DomainSummary> &domains)
{
    QList<DomainSummary> fresh;
    for (const DomainSummary &d : domains) {
        if (findDomain(d.owner, d.name) < 0)
            fresh.append(d);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_domains.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const DomainSummary &d : std::as_const(fresh)) {
        auto node = std::make_unique<Domain>();
        node->summary = d;
        m_domains.push_back(std::move(node));
    }
    endInsertRows();
}

int InventoryModel::childRows(const Domain &domain) const
{
    if (domain.state == DomainState::Failed)
        return 1;
    return int(domain.repositories.size());
}

void InventoryModel::removeChildRows(int row)
{
    Domain &d = *m_domains[size_t(row)];
    const int existing = childRows(d);
    if (existing == 0)
        return;
    beginRemoveRows(index(row, 0), 0, existing - 1);
    if (d.state == DomainState::Loaded)
        m_repositoryCount -= int(d.repositories.size());
    for (const Repository &r : d.repositories)
        m_describedCount -= r.upstreams ? 1 : 0;
    d.repositories.clear();
    d.rowOf.clear();
    d.graph = UpstreamGraph();
    d.undescribed = 0;
    d.state = DomainState::Loading;
    endRemoveRows();
}

void InventoryModel::emitDomainChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InventoryModel::setRepositories(const DomainSummary &domain, const QList<RepositorySummary> &repositories)
{
    const int row = ensureDomain(domain);
    Domain &d = *m_domains[size_t(row)];
    const QModelIndex parentIndex = index(row, 0);
    removeChildRows(row);
    d.summary = domain;
    d.error = AwsError();
    if (!repositories.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(repositories.size()) - 1);
        d.repositories.reserve(size_t(repositories.size()));
        for (const RepositorySummary &r : repositories) {
            d.rowOf.insert(r.name, int(d.repositories.size()));
            d.repositories.push_back(Repository{r, {}, std::nullopt, nullptr});
        }
        d.undescribed = int(repositories.size());
        d.state = DomainState::Loaded;
        m_repositoryCount += int(repositories.size());
        endInsertRows();
    }
    d.state = DomainState::Loaded;
    emitDomainChanged(row);
}

void InventoryModel::setDomainFailed(const DomainSummary &domain, const AwsError &error)
{
    const int row = ensureDomain(domain);
    Domain &d = *m_domains[size_t(row)];
    const QModelIndex parentIndex = index(row, 0);
    removeChildRows(row);
    beginInsertRows(parentIndex, 0, 0);
    d.state = DomainState::Failed;
    d.error = error;
    endInsertRows();
    emitDomainChanged(row);
}

void InventoryModel::updateRepository(const RepositoryDescription &repository)
{
    int row = findDomain(repository.domainOwner, repository.domainName);
    if (row < 0) {
        DomainSummary domain;
        domain.name = repository.domainName;
        domain.owner = repository.domainOwner;
        row = ensureDomain(domain);
        setRepositories(domain, {});
    }
    Domain &d = *m_domains[size_t(row)];
    if (d.state != DomainState::Loaded)
        return;   // a failed or loading domain gets its rows from the next load
    const QString connection = repository.externalConnections.isEmpty()
        ? QString() : repository.externalConnections.constFirst().externalConnectionName;
    const QStringList upstreams = repository.upstreamNames();
    // Whose "used by" changes: the upstreams it named before and the ones it names now.
    QStringList touched = upstreams;
    const auto existing = d.rowOf.constFind(repository.name);
    if (existing != d.rowOf.constEnd()) {
        Repository &r = d.repositories[size_t(*existing)];
        if (r.upstreams)
            touched << *r.upstreams;
        else {
            --d.undescribed;
            ++m_describedCount;
        }
        r.summary = repository.summary();
        r.externalConnection = connection;
        r.upstreams = upstreams;
    } else {
        const int child = int(d.repositories.size());
        beginInsertRows(index(row, 0), child, child);
        d.rowOf.insert(repository.name, child);
        d.repositories.push_back(Repository{repository.summary(), connection, upstreams, nullptr});
        ++m_repositoryCount;
        ++m_describedCount;
        endInsertRows();
    }
    d.graph.setRepository(repository.name, connection, upstreams);
    // It and every repository that reaches it through upstreams may reach something else now
    // (or become known); the rest of the domain cannot have changed.
    invalidateRows(row, QStringList{repository.name} + d.graph.downstreamOf(repository.name) + touched);
    emitDomainChanged(row);
}

bool InventoryModel::removeRepository(const RepositoryRef &ref)
{
    const int row = findDomain(ref.domainOwner, ref.domain);
    if (row < 0)
        return false;
    Domain &d = *m_domains[size_t(row)];
    const auto found = d.rowOf.constFind(ref.repository);
    if (d.state != DomainState::Loaded || found == d.rowOf.constEnd())
        return false;
    const int child = *found;
    // Who reached something through it reaches less now; whose "used by" named it changes.
    const QStringList touched = d.graph.downstreamOf(ref.repository)
        + d.repositories[size_t(child)].upstreams.value_or(QStringList());
    beginRemoveRows(index(row, 0), child, child);
    const Repository &gone = d.repositories[size_t(child)];
    if (gone.upstreams)
        --m_describedCount;
    else
        --d.undescribed;
    --m_repositoryCount;
    d.repositories.erase(d.repositories.begin() + child);
    d.rowOf.clear();
    d.graph = UpstreamGraph();
    for (int i = 0; i < int(d.repositories.size()); ++i) {
        const Repository &r = d.repositories[size_t(i)];
        d.rowOf.insert(r.summary.name, i);
        if (r.upstreams)
            d.graph.setRepository(r.summary.name, r.externalConnection, *r.upstreams);
    }
    endRemoveRows();
    invalidateRows(row, touched);
    emitDomainChanged(row);
    return true;
}

void InventoryModel::addDomain(const DomainSummary &domain)
{
    if (findDomain(domain.owner, domain.name) >= 0)
        return;
    setRepositories(domain, {});
}

bool InventoryModel::removeDomain(const DomainRef &domain)
{
    const int row = findDomain(domain.domainOwner, domain.domain);
    if (row < 0)
        return false;
    removeChildRows(row);
    beginRemoveRows({}, row, row);
    m_domains.erase(m_domains.begin() + row);
    endRemoveRows();
    return true;
}

void InventoryModel::invalidateRows(int domainRow, const QStringList &names)
{
    Domain &d = *m_domains[size_t(domainRow)];
    const QModelIndex parentIndex = index(domainRow, 0);
    QSet<int> done;
    for (const QString &name : names) {
        const auto found = d.rowOf.constFind(name);
        if (found == d.rowOf.constEnd() || done.contains(*found))
            continue;
        done.insert(*found);
        d.repositories[size_t(*found)].reach.reset();
        Q_EMIT dataChanged(index(*found, 0, parentIndex), index(*found, ColumnCount - 1, parentIndex));
    }
}

const InventoryModel::Reach &InventoryModel::reachOf(const Domain &domain, const Repository &repository) const
{
    if (repository.reach)
        return *repository.reach;
    Reach reach;
    if (!repository.upstreams) {
        reach.pending << repository.summary.name;
    } else {
        const UpstreamGraph::Reaches walked = domain.graph.reachesFrom(repository.summary.name);
        reach.registries = walked.registries;
        // A name the domain does not have is a dangling upstream: nothing behind it to wait for.
        for (const QString &name : walked.unknown) {
            if (domain.rowOf.contains(name))
                reach.pending << name;
        }
        if (!repository.externalConnection.isEmpty())
            reach.state = ConnectionState::Connected;
        else if (!reach.registries.isEmpty())
            reach.state = ConnectionState::ViaUpstream;
        else if (!reach.pending.isEmpty())
            reach.state = ConnectionState::Unknown;
        else
            reach.state = ConnectionState::None;
    }
    repository.reach = std::make_unique<Reach>(std::move(reach));
    return *repository.reach;
}

bool InventoryModel::isDescribed(const RepositoryRef &ref) const
{
    const int row = findDomain(ref.domainOwner, ref.domain);
    if (row < 0)
        return false;
    const Domain &d = *m_domains[size_t(row)];
    const auto found = d.rowOf.constFind(ref.repository);
    return found != d.rowOf.constEnd() && d.repositories[size_t(*found)].upstreams.has_value();
}

InventoryModel::DomainUpstreams InventoryModel::domainUpstreams(const DomainRef &domain) const
{
    DomainUpstreams out;
    const int row = findDomain(domain.domainOwner, domain.domain);
    if (row < 0 || m_domains[size_t(row)]->state != DomainState::Loaded)
        return out;
    for (const Repository &r : m_domains[size_t(row)]->repositories) {
        if (r.upstreams)
            out.upstreams.insert(r.summary.name, *r.upstreams);
        else
            out.unknown << RepositoryRef{domain.domain, domain.domainOwner, r.summary.name};
    }
    return out;
}

QList<AwsError> InventoryModel::domainErrors() const
{
    QList<AwsError> errors;
    for (const auto &domain : m_domains) {
        if (domain->state == DomainState::Failed)
            errors << domain->error;
    }
    return errors;
}

QModelIndex InventoryModel::domainIndex(const QString &owner, const QString &name) const
{
    const int row = findDomain(owner, name);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex InventoryModel::repositoryIndex(const RepositoryRef &ref) const
{
    for (size_t i = 0; i < m_domains.size(); ++i) {
        const Domain &d = *m_domains[i];
        if (d.summary.name != ref.domain || (!ref.domainOwner.isEmpty() && d.summary.owner != ref.domainOwner))
            continue;
        if (d.state != DomainState::Loaded)
            continue;
        for (size_t r = 0; r < d.repositories.size(); ++r) {
            if (d.repositories[r].summary.name == ref.repository)
                return index(int(r), 0, index(int(i), 0));
        }
    }
    return {};
}

InventoryModel::Domain *InventoryModel::domainOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (auto *parentDomain = static_cast<Domain *>(index.internalPointer()))
        return parentDomain;
    if (index.row() < 0 || size_t(index.row()) >= m_domains.size())
        return nullptr;
    return m_domains[size_t(index.row())].get();
}

QModelIndex InventoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_domains.size())
            return {};
        return createIndex(row, column, nullptr);
    }
    if (parent.internalPointer() != nullptr)
        return {};   // repositories have no children
    Domain *d = domainOf(parent);
    if (!d || row >= childRows(*d))
        return {};
    return createIndex(row, column, d);
}

QModelIndex InventoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    auto *d = static_cast<Domain *>(child.internalPointer());
    if (!d)
        return {};
    for (size_t i = 0; i < m_domains.size(); ++i) {
        if (m_domains[i].get() == d)
            return createIndex(int(i), 0, nullptr);
    }
    return {};
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_domains.size());
    if (parent.column() != 0 || parent.internalPointer() != nullptr)
        return 0;
    const Domain *d = domainOf(parent);
    return d ? childRows(*d) : 0;
}

bool InventoryModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

int InventoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("Account");
    case CountColumn:
        return tr("Repositories");
    case ConnectionColumn:
        return tr("External connection");
    case UpstreamsColumn:
        return tr("Upstreams");
    default:
        return {};
    }
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto *parentDomain = static_cast<const Domain *>(index.internalPointer());
    if (!parentDomain) {
        // A domain row.
        const Domain &d = *m_domains[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn:
                return d.summary.name;
            case AccountColumn:
                return d.summary.owner;
            case CountColumn:
                if (d.state == DomainState::Loading)
                    return tr("Loading\u2026");
                if (d.state == DomainState::Failed)
                    return tr("Failed");
                return QString::number(d.repositories.size());
            }
            return {};
        case Qt::ToolTipRole:
            if (d.state == DomainState::Failed)
                return d.error.userMessage();
            return d.summary.arn.isEmpty() ? d.summary.name : d.summary.arn;
        case Qt::TextAlignmentRole:
            if (index.column() == CountColumn)
                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            return {};
        case KindRole:
            return QVariant::fromValue(ItemKind::Domain);
        case DomainStateRole:
            return QVariant::fromValue(d.state);
        case DomainRefRole:
            return QVariant::fromValue(DomainRef{d.summary.name, d.summary.owner});
        case DomainSummaryRole:
            return QVariant::fromValue(d.summary);
        case ErrorRole:
            return d.state == DomainState::Failed ? QVariant::fromValue(d.error) : QVariant();
        case RepositoryCountRole:
            return d.state == DomainState::Loaded ? int(d.repositories.size()) : -1;
        case UndescribedCountRole:
            return d.undescribed;
        default:
            return {};
        }
    }

    const Domain &d = *parentDomain;
    if (d.state == DomainState::Failed) {
        // The error row.
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? d.error.userMessage() : QVariant();
        case Qt::ToolTipRole:
            return d.error.details();
        case KindRole:
            return QVariant::fromValue(ItemKind::Error);
        case DomainRefRole:
            return QVariant::fromValue(DomainRef{d.summary.name, d.summary.owner});
        case ErrorRole:
            return QVariant::fromValue(d.error);
        default:
            return {};
        }
    }

    if (size_t(index.row()) >= d.repositories.size())
        return {};
    const Repository &r = d.repositories[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.summary.name;
        case AccountColumn:
            return r.summary.administratorAccount;
        case ConnectionColumn:
            return connectionData(r, reachOf(d, r), ConnectionColumn, role);
        case UpstreamsColumn:
            return connectionData(r, Reach(), UpstreamsColumn, role);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == UpstreamsColumn ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                                                 : QVariant();
    case Qt::ToolTipRole: {
        if (index.column() == ConnectionColumn || index.column() == UpstreamsColumn)
            return connectionData(r, index.column() == ConnectionColumn ? reachOf(d, r) : Reach(), index.column(), role);
        QString tip = r.summary.description.isEmpty() ? r.summary.arn : r.summary.description;
        if (!r.externalConnection.isEmpty())
            tip += u'\n' + tr("External connection: %1").arg(r.externalConnection);
        return tip;
    }
    case KindRole:
        return QVariant::fromValue(ItemKind::Repository);
    case DomainRefRole:
        return QVariant::fromValue(DomainRef{d.summary.name, d.summary.owner});
    case RepositoryRefRole:
        return QVariant::fromValue(RepositoryRef{d.summary.name, d.summary.owner, r.summary.name});
    case RepositorySummaryRole:
        return QVariant::fromValue(r.summary);
    case ExternalConnectionRole:
        return r.externalConnection;
    case ConnectionStateRole:
        return QVariant::fromValue(reachOf(d, r).state);
    case ReachableConnectionsRole: {
        QStringList names;
        for (const UpstreamReach &reach : reachOf(d, r).registries)
            names << reach.connection;
        return names;
    }
    case ReachesRole:
        return QVariant::fromValue(reachOf(d, r).registries);
    case ReachesPendingRole:
        return reachOf(d, r).pending;
    case UpstreamsRole:
        return r.upstreams ? QVariant(*r.upstreams) : QVariant();
    case UpstreamCountRole:
        return r.upstreams ? int(r.upstreams->size()) : -1;
    case UsedByRole:
        return d.graph.usersOf(r.summary.name);
    case ConnectionFormatRole: {
        const QList<UpstreamReach> &registries = reachOf(d, r).registries;
        if (registries.isEmpty())
            return QString();
        const ExternalConnectionInfo *info = ExternalConnections::find(registries.constFirst().connection);
        return info ? info->packageFormat : QString();
    }
    default:
        return {};
    }
}

QVariant InventoryModel::connectionData(const Repository &r, const Reach &reach, int column, int role) const
{
    if (column == UpstreamsColumn) {
        if (!r.upstreams)
            return role == Qt::DisplayRole ? QStringLiteral("?") : tr("Not described yet: its upstreams are not known.");
        if (role == Qt::DisplayRole)
            return QString::number(r.upstreams->size());
        return r.upstreams->isEmpty() ? tr("No upstream repositories.")
                                      : tr("Upstreams in search order: %1").arg(r.upstreams->join(QStringLiteral(", ")));
    }
    // The Connection column: its own connection, or (dimmed by the view) what its upstreams reach.
    const bool display = role == Qt::DisplayRole;
    switch (reach.state) {
    case ConnectionState::Connected:
        if (display)
            return r.externalConnection;
        return tr("External connection: %1").arg(r.externalConnection);
    case ConnectionState::ViaUpstream: {
        if (display) {
            const QString first = reach.registries.constFirst().connection;
            return reach.registries.size() == 1 ? first : tr("%1 +%2").arg(first).arg(reach.registries.size() - 1);
        }
        QStringList lines{tr("No external connection of its own; reaches through its upstreams:")};
        for (const UpstreamReach &via : reach.registries)
            lines << tr("%1 via %2").arg(via.connection, via.via.join(QStringLiteral(" \u2192 ")));
        return lines.join(u'\n');
    }
    case ConnectionState::None:
        return display ? QString() : tr("No external connection, and no upstream reaches a public registry.");
    case ConnectionState::Unknown:
        if (display)
            return tr("Not known yet");
        if (!r.upstreams)
            return tr("Not described yet: its external connection and upstreams are not known.");
        return tr("Not known yet: %1 not described yet.").arg(reach.pending.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace desk
