#include "controllers/connectionbatchmodel.h"

namespace desk {

ConnectionBatchModel::ConnectionBatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionBatchModel::setBatch(const ConnectionBatch &batch)
{
    beginResetModel();
    m_batch = batch;
    endResetModel();
}

void ConnectionBatchModel::updateRow(int row, const ConnectionBatch::Row &value)
{
    if (row < 0 || row >= m_batch.rows.size())
        return;
    m_batch.rows[row] = value;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString ConnectionBatchModel::actionText(const ConnectionBatch::Row &row)
{
    QStringList steps;
    for (const ConnectionPlanStep &step : row.plan.steps)
        steps << step.description();
    return steps.join(QStringLiteral("; "));
}

int ConnectionBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batch.rows.size());
}

int ConnectionBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionBatch::Row &row = m_batch.rows.at(index.row());
    if (role == StateRole)
        return int(row.state);
    if (role == IsStoreRole)
        return row.isStore;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RepositoryColumn:
        if (row.isStore)
            return role == Qt::DisplayRole ? tr("%1 (new store)").arg(row.repository.repository)
                                           : tr("The store repository %1 gets %2, once for the domain's repositories")
                                                 .arg(row.repository.repository, m_batch.connection);
        return row.repository.repository;
    case DomainColumn:
        return role == Qt::DisplayRole ? row.repository.domain
                                       : tr("Domain %1 of account %2").arg(row.repository.domain, row.repository.domainOwner);
    case StateColumn:
        if (row.state == ConnectionBatch::State::Failed && role == Qt::DisplayRole && !row.error.code().isEmpty())
            return tr("Failed: %1").arg(row.error.code());
        return ConnectionBatch::stateName(row.state);
    case DetailsColumn: {
        // Before it runs: what it will do; afterwards: what came of it.
        const QString text = row.note.isEmpty() ? actionText(row) : row.note;
        if (role == Qt::ToolTipRole && !row.note.isEmpty())
            return text + QStringLiteral("\n\n") + actionText(row);
        return text;
    }
    }
    return {};
}

QVariant ConnectionBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RepositoryColumn:
        return tr("Repository");
    case DomainColumn:
        return tr("Domain");
    case StateColumn:
        return tr("Result");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace desk
