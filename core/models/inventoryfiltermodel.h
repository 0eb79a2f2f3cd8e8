#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QSortFilterProxyModel>

namespace desk {

// Filters and sorts an InventoryModel: a row stays when its name contains the filter text (case
// folded), a repository also when its domain's name does, and a domain when any of its rows
// does (recursive filtering). Names sort naturally ("repo-2" before "repo-10") with QCollator's
// numeric mode; the collation keys are computed once per row, so typing stays fast on 10,000
// rows.
class InventoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    explicit InventoryFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void filterTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool nameMatches(const QModelIndex &sourceIndex) const;
    // By value: a reference into the cache would dangle when the next insert rehashes it.
    QCollatorSortKey sortKey(const QModelIndex &sourceIndex) const;
    void forgetSortKeys() { m_sortKeys.clear(); }

    QString m_filterText;
    QCollator m_collator;
    // By (internal pointer, row) of column 0: the source model only appends rows, and a reset
    // or removal clears the cache.
    mutable QHash<QPair<quintptr, int>, QCollatorSortKey> m_sortKeys;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace desk
