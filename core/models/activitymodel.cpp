#include "models/activitymodel.h"

#include <algorithm>

namespace desk {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityModel::addRecord(const RequestRecord &record)
{
    if (m_records.size() >= m_maximum) {
        const int drop = int(m_records.size()) - m_maximum + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_records.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void ActivityModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}

void ActivityModel::setMaximumRecords(int maximum)
{
    m_maximum = std::max(1, maximum);
    if (m_records.size() > m_maximum) {
        const int drop = int(m_records.size()) - m_maximum;
        beginRemoveRows({}, 0, drop - 1);
        m_records.remove(0, drop);
        endRemoveRows();
    }
}

int ActivityModel::failedCount() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(), [](const RequestRecord &r) { return !r.succeeded; }));
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::detailText(int row) const
{
    if (row < 0 || row >= m_records.size())
        return {};
    const RequestRecord &r = m_records.at(row);
    QStringList lines;
    auto add = [&lines](const QString &name, const QString &value) {
        if (!value.isEmpty())
            lines << name + QStringLiteral(": ") + value;
    };
    add(tr("Time"), r.started.toUTC().toString(Qt::ISODateWithMs));
    add(tr("Operation"), r.operation);
    add(tr("IAM action"), r.iamAction);
    add(tr("Service"), r.service);
    add(tr("Target"), r.target);
    add(tr("Request"), QStringLiteral("%1 %2").arg(r.method, r.url).trimmed());
    add(tr("Result"), r.succeeded ? tr("succeeded") : tr("failed"));
    add(tr("HTTP status"), r.httpStatus > 0 ? QString::number(r.httpStatus) : tr("no response"));
    add(tr("Error code"), r.errorCode);
    add(tr("Error"), r.errorMessage);
    add(tr("Duration"), tr("%1 ms").arg(r.durationMs));
    add(tr("Attempts"), QString::number(r.attempts));
    add(tr("Request ID"), r.requestId);
    return lines.join(u'\n');
}

QStringList ActivityModel::operations() const
{
    QStringList names;
    for (const RequestRecord &r : m_records) {
        if (!names.contains(r.operation))
            names << r.operation;
    }
    names.sort();
    return names;
}

QString ActivityModel::cellText(const RequestRecord &r, int column) const
{
    switch (column) {
    case TimeColumn:
        return r.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case OperationColumn:
        return r.operation;
    case TargetColumn:
        return r.target;
    case StatusColumn:
        if (r.httpStatus > 0)
            return r.errorCode.isEmpty() ? QString::number(r.httpStatus)
                                         : QStringLiteral("%1 %2").arg(r.httpStatus).arg(r.errorCode);
        return r.errorCode.isEmpty() ? QStringLiteral("\u2014") : r.errorCode;
    case DurationColumn:
        return tr("%1 ms").arg(r.durationMs);
    case RetriesColumn:
        return QString::number(std::max(0, r.attempts - 1));
    case RequestIdColumn:
        return r.requestId;
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(r, index.column());
    case Qt::ToolTipRole: {
        const QString what = !r.succeeded && !r.errorMessage.isEmpty() ? r.errorMessage
                                                                       : QStringLiteral("%1 %2").arg(r.method, r.url);
        // The permission the request needs, from the operation table: what an admin grants.
        if (index.column() == OperationColumn && !r.iamAction.isEmpty())
            return tr("IAM action: %1").arg(r.iamAction) + u'\n' + what;
        return what;
    }
    case IamActionRole:
        return r.iamAction;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == RetriesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SucceededRole:
        return r.succeeded;
    case RecordRole:
        return QVariant::fromValue(r);
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case RetriesColumn:
        return tr("Retries");
    case RequestIdColumn:
        return tr("Request ID");
    default:
        return {};
    }
}

QString ActivityModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    auto addRow = [&](int row) {
        if (row < 0 || row >= m_records.size())
            return;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << cellText(m_records.at(row), c);
        lines << cells.join(u'\t');
    };
    if (rows.isEmpty()) {
        for (int row = 0; row < m_records.size(); ++row)
            addRow(row);
    } else {
        for (int row : rows)
            addRow(row);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace desk
