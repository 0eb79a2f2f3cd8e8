#include "models/inventoryfiltermodel.h"

#include "models/inventorymodel.h"

#include "base/externalconnection.h"

#include <QRegularExpression>

#include <optional>

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
    m_terms = parseTerms(m_filterText);
    invalidateFilter();
    Q_EMIT filterTextChanged(m_filterText);
}

QList<InventoryFilterModel::Term> InventoryFilterModel::parseTerms(const QString &text)
{
    QList<Term> terms;
    QString rest = text.simplified().toCaseFolded();
    static const QRegularExpression noConnection(QStringLiteral("(^|\\s)no[ -]connections?(?=\\s|$)"));
    static const QRegularExpression hasUpstreams(QStringLiteral("(^|\\s)has[ -]upstreams?(?=\\s|$)"));
    if (rest.contains(noConnection)) {
        terms << Term{Term::Kind::NoConnection, {}, {}, false, false};
        rest.replace(noConnection, QStringLiteral(" "));
    }
    if (rest.contains(hasUpstreams)) {
        terms << Term{Term::Kind::HasUpstreams, {}, {}, false, false};
        rest.replace(hasUpstreams, QStringLiteral(" "));
    }
    static const QRegularExpression account(QStringLiteral("^\\d{12}$"));
    const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        Term term{Term::Kind::Word, word, {}, account.match(word).hasMatch(), true};
        for (const ExternalConnectionInfo &info : ExternalConnections::all()) {
            const QString name = info.name.toCaseFolded();
            if (word == name || word == name.mid(name.indexOf(u':') + 1) || word == info.packageFormat.toCaseFolded())
                term.registries << info.name;
        }
        term.plain = !term.account && term.registries.isEmpty();
        terms << term;
    }
    return terms;
}

bool InventoryFilterModel::matchesBeyondName(const Term &term, const QModelIndex &index) const
{
    auto isRepository = [&index] {
        return index.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>() == InventoryModel::ItemKind::Repository;
    };
    switch (term.kind) {
    case Term::Kind::NoConnection:
        return isRepository() && index.data(InventoryModel::ConnectionStateRole).value<InventoryModel::ConnectionState>()
            == InventoryModel::ConnectionState::None;
    case Term::Kind::HasUpstreams:
        return isRepository() && index.data(InventoryModel::UpstreamCountRole).toInt() > 0;
    case Term::Kind::Word:
        break;
    }
    // The Account column: a domain's owner, a repository's administrator account.
    if (term.account && index.siblingAtColumn(InventoryModel::AccountColumn).data().toString() == term.text)
        return true;
    if (!term.registries.isEmpty() && isRepository()) {
        const QStringList reached = index.data(InventoryModel::ReachableConnectionsRole).toStringList();
        for (const QString &registry : term.registries) {
            if (reached.contains(registry))
                return true;
        }
    }
    return false;
}

bool InventoryFilterModel::nameMatches(const QString &word, const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(Qt::DisplayRole).toString().contains(word, Qt::CaseInsensitive);
}

bool InventoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A repository (or a domain's error) matches what its domain matches.
    for (const Term &term : m_terms) {
        if (term.plain) {
            // Typing a name: this runs for every row per keystroke, so nothing else is asked.
            if (!nameMatches(term.text, index) && !(sourceParent.isValid() && nameMatches(term.text, sourceParent)))
                return false;
        } else if (!rowMatches(term, index) && !(sourceParent.isValid() && rowMatches(term, sourceParent))) {
            return false;
        }
    }
    return true;
}

bool InventoryFilterModel::rowMatches(const Term &term, const QModelIndex &index) const
{
    if (term.kind == Term::Kind::Word && nameMatches(term.text, index))
        return true;
    return matchesBeyondName(term, index);
}

int InventoryFilterModel::shownRepositoryCount() const
{
    int count = 0;
    for (int d = 0; d < rowCount(); ++d) {
        const QModelIndex domain = index(d, 0);
        const int rows = rowCount(domain);
        for (int r = 0; r < rows; ++r) {
            if (index(r, 0, domain).data(InventoryModel::KindRole).value<InventoryModel::ItemKind>()
                == InventoryModel::ItemKind::Repository)
                ++count;
        }
    }
    return count;
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
