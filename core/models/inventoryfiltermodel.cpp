#include "models/inventoryfiltermodel.h"

#include "models/inventorymodel.h"

namespace desk {

namespace {
// The C locale's collator compares code points and ignores numeric mode; people running under
// LANG=C still expect "repo-2" before "repo-10".
QLocale collationLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

InventoryFilterModel::InventoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setIgnorePunctuation(false);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(0, Qt::AscendingOrder);
}

void InventoryFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetSortKeys();
    if (model) {
        // Clear the keys before the proxy re-sorts (these connections come before the proxy's
        // own, which QSortFilterProxyModel::setSourceModel makes below).
        m_sourceConnections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                       &InventoryFilterModel::forgetSortKeys);
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                       &InventoryFilterModel::forgetSortKeys);
        m_sourceConnections << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                       &InventoryFilterModel::forgetSortKeys);
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                       [this, model](const QModelIndex &parent, int first, int) {
                                           if (first < model->rowCount(parent))
                                               forgetSortKeys();   // rows shift: keys by row go stale
                                       });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void InventoryFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
    Q_EMIT filterTextChanged(m_filterText);
}

bool InventoryFilterModel::nameMatches(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(Qt::DisplayRole).toString().contains(m_filterText, Qt::CaseInsensitive);
}

bool InventoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (nameMatches(index))
        return true;
    // A repository (or a domain's error) stays with a domain whose name matches.
    return sourceParent.isValid() && nameMatches(sourceParent);
}

QCollatorSortKey InventoryFilterModel::sortKey(const QModelIndex &sourceIndex) const
{
    const QPair<quintptr, int> key(quintptr(sourceIndex.internalPointer()), sourceIndex.row());
    auto it = m_sortKeys.constFind(key);
    if (it == m_sortKeys.constEnd())
        it = m_sortKeys.insert(key, m_collator.sortKey(sourceIndex.siblingAtColumn(0).data(Qt::DisplayRole).toString()));
    return *it;
}

bool InventoryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Errors sort first so that a failed domain shows its reason at the top.
    const auto leftKind = left.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>();
    const auto rightKind = right.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>();
    if (leftKind != rightKind)
        return leftKind == InventoryModel::ItemKind::Error;
    const int c = sortKey(left).compare(sortKey(right));
    if (c != 0)
        return c < 0;
    // Same name (e.g. one domain name in two accounts): by account.
    return left.siblingAtColumn(InventoryModel::AccountColumn).data().toString()
        < right.siblingAtColumn(InventoryModel::AccountColumn).data().toString();
}

} // namespace desk
