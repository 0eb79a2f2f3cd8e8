#pragma once

#include <QSortFilterProxyModel>

namespace desk {

// The Activity panel's filter over an ActivityModel: one operation (or all), succeeded or failed
// requests (or both), and text found in any column or in the error message, case-insensitive.
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Status { All, Succeeded, Failed };
    Q_ENUM(Status)

    explicit ActivityFilterModel(QObject *parent = nullptr);

    // Empty: every operation.
    void setOperation(const QString &operation);
    QString operation() const { return m_operation; }
    void setStatus(Status status);
    Status status() const { return m_status; }
    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isFiltering() const { return !m_operation.isEmpty() || m_status != Status::All || !m_text.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_operation;
    Status m_status = Status::All;
    QString m_text;
};

} // namespace desk
