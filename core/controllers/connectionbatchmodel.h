#pragma once

#include "controllers/connectionbatch.h"

#include <QAbstractTableModel>

namespace desk {

// A ConnectionBatch's rows for the batch dialog's results table: the repository (or the store a
// domain gets), its domain, the row's state, and what it will do (before it runs) or what came of
// it (done, already connected, the reason it failed).
class ConnectionBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RepositoryColumn, DomainColumn, StateColumn, DetailsColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, IsStoreRole };   // StateRole: ConnectionBatch::State as int

    explicit ConnectionBatchModel(QObject *parent = nullptr);

    const ConnectionBatch &batch() const { return m_batch; }
    // A new batch resets the rows.
    void setBatch(const ConnectionBatch &batch);
    // One row of the same batch changed (as a ConnectionBatchJob reports it).
    void updateRow(int row, const ConnectionBatch::Row &value);
    // What the row will do, for people ("Add npm-store as an upstream of web: ...").
    static QString actionText(const ConnectionBatch::Row &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConnectionBatch m_batch;
};

} // namespace desk
