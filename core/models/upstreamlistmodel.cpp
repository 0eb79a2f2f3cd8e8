#include "models/upstreamlistmodel.h"

namespace desk {

UpstreamListModel::UpstreamListModel(QObject *parent)
    : QStringListModel(parent)
{
    // Every row's number depends on the rows before it.
    connect(this, &QAbstractItemModel::rowsInserted, this, &UpstreamListModel::renumber);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &UpstreamListModel::renumber);
    connect(this, &QAbstractItemModel::rowsMoved, this, &UpstreamListModel::renumber);
}

void UpstreamListModel::setExisting(const QStringList &repositories)
{
    m_existing = QSet<QString>(repositories.cbegin(), repositories.cend());
    renumber();
}

void UpstreamListModel::renumber()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole, Qt::ToolTipRole});
}

bool UpstreamListModel::isDangling(int row) const
{
    return row >= 0 && row < rowCount() && !m_existing.contains(stringList().at(row));
}

QStringList UpstreamListModel::danglingNames() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row) {
        if (isDangling(row))
            out << stringList().at(row);
    }
    return out;
}

bool UpstreamListModel::move(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || delta == 0)
        return false;
    // moveRows' destination is the row the moved one goes before, counted before the move.
    return moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
}

QStringList UpstreamListModel::displayRows() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row)
        out << data(index(row, 0)).toString();
    return out;
}

QVariant UpstreamListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QString name = stringList().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (isDangling(index.row()))
            return tr("%1. %2 \u2014 not found in this domain").arg(index.row() + 1).arg(name);
        return tr("%1. %2").arg(index.row() + 1).arg(name);
    case Qt::ToolTipRole:
        if (isDangling(index.row()))
            return tr("%1 no longer exists in this domain (it was deleted). Remove it: the service refuses an "
                      "upstream that does not exist.").arg(name);
        return tr("Searched %1. Alt+Up and Alt+Down move it.").arg(index.row() + 1);
    case Qt::EditRole:
        return name;
    default:
        return QStringListModel::data(index, role);
    }
}

Qt::ItemFlags UpstreamListModel::flags(const QModelIndex &index) const
{
    // Rows are dragged between rows, never dropped onto one; names are not edited in place.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions UpstreamListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

} // namespace desk
