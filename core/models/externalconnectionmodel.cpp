#include "models/externalconnectionmodel.h"

#include "base/externalconnection.h"

namespace desk {

ExternalConnectionModel::ExternalConnectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList ExternalConnectionModel::packageFormats() const
{
    QStringList formats;
    for (const ExternalConnectionInfo &info : ExternalConnections::all()) {
        if (!formats.contains(info.packageFormat))
            formats.append(info.packageFormat);
    }
    return formats;
}

int ExternalConnectionModel::rowOf(const QString &name) const
{
    const auto &all = ExternalConnections::all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).name == name)
            return int(i);
    }
    return -1;
}

int ExternalConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ExternalConnections::all().size());
}

int ExternalConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExternalConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExternalConnectionInfo &info = ExternalConnections::all().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return info.name;
        case FormatColumn:
            return info.packageFormat;
        case DescriptionColumn:
            return info.description();
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 \u2014 %2").arg(info.displayName, info.description());
    case Qt::AccessibleTextRole:
        return tr("%1, format %2, %3").arg(info.name, info.packageFormat, info.description());
    case NameRole:
        return info.name;
    case FormatRole:
        return info.packageFormat;
    case DisplayNameRole:
        return info.displayName;
    case DescriptionRole:
        return info.description();
    default:
        return {};
    }
}

QVariant ExternalConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Connection");
    case FormatColumn:
        return tr("Format");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace desk
