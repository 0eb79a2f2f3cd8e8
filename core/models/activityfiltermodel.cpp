#include "models/activityfiltermodel.h"

#include "models/activitymodel.h"

namespace desk {

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ActivityFilterModel::setOperation(const QString &operation)
{
    if (operation == m_operation)
        return;
    m_operation = operation;
    invalidateRowsFilter();
}

void ActivityFilterModel::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ActivityFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    const auto record = first.data(ActivityModel::RecordRole).value<RequestRecord>();
    if (!m_operation.isEmpty() && record.operation != m_operation)
        return false;
    if (m_status == Status::Succeeded && !record.succeeded)
        return false;
    if (m_status == Status::Failed && record.succeeded)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // What the columns do not show: the error's sentence, the URL and the IAM action.
    for (const QString *field : {&record.errorMessage, &record.url, &record.iamAction}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace desk
