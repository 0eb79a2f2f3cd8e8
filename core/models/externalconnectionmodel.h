#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace desk {

// The supported external connections (ExternalConnections::all(), the one table), one row
// each: name, package format, display name and description.
class ExternalConnectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FormatColumn, DescriptionColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,   // public:pypi
        FormatRole,                    // pypi
        DisplayNameRole,               // Python Package Index
        DescriptionRole,               // one line
    };

    explicit ExternalConnectionModel(QObject *parent = nullptr);

    // The package formats in table order, each once.
    QStringList packageFormats() const;
    // The row of a connection name, -1 when it is not in the table.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace desk
