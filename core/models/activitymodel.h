#pragma once

#include "base/awsrequest.h"

#include <QAbstractTableModel>
#include <QList>

namespace desk {

// Every request the client finished (CodeArtifactClient::requestFinished), newest last: time,
// operation (its tooltip names the IAM action it needs), target, HTTP status, duration, retries
// and request id. A RequestRecord carries no secret (no header, no signature, no body), so
// nothing here can show one.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OperationColumn, TargetColumn, StatusColumn, DurationColumn, RetriesColumn,
                  RequestIdColumn, ColumnCount };
    enum Role { SucceededRole = Qt::UserRole + 1, RecordRole, IamActionRole };

    explicit ActivityModel(QObject *parent = nullptr);

    void addRecord(const RequestRecord &record);
    void clear();
    // Oldest records go when there are more than this (default 5,000).
    void setMaximumRecords(int maximum);
    const QList<RequestRecord> &records() const { return m_records; }
    int failedCount() const;

    // Tab-separated rows with a header line, for the clipboard; all rows when `rows` is empty.
    QString toText(const QList<int> &rows = {}) const;
    // Everything recorded of one request, a "Name: value" line each, for the detail view.
    QString detailText(int row) const;
    // The operations recorded, sorted (the panel's filter offers them).
    QStringList operations() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const RequestRecord &record, int column) const;

    QList<RequestRecord> m_records;
    int m_maximum = 5000;
};

} // namespace desk
