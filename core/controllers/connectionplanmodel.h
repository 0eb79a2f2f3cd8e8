#pragma once

#include "controllers/connectionplan.h"

#include <QAbstractTableModel>

namespace desk {

// A ConnectionPlan's steps as rows, for the plan dialog: what the step does, its state, and the
// AWS CLI command it stands for (with the region, endpoint and profile the client uses).
class ConnectionPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, StateColumn, CliColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 };   // ConnectionPlanStep::State as int

    explicit ConnectionPlanModel(QObject *parent = nullptr);

    const ConnectionPlan &plan() const { return m_plan; }
    // A new plan resets the rows; the same steps with new states only change their data.
    void setPlan(const ConnectionPlan &plan);
    // The options every command ends with.
    // note: SessionController::cliNote(), the comment on top of the script (empty: none).
    void setCliContext(const QString &region, const QString &endpointUrl, const QString &profile,
                       const QString &note = {});
    QString cliCommand(int row) const;
    QString cliScript() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConnectionPlan m_plan;
    QString m_region;
    QString m_endpointUrl;
    QString m_profile;
    QString m_note;
};

} // namespace desk
