#include "controllers/connectionplanmodel.h"

#include "base/awsclicommand.h"

namespace desk {

ConnectionPlanModel::ConnectionPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionPlanModel::setPlan(const ConnectionPlan &plan)
{
    const bool sameSteps = plan.steps.size() == m_plan.steps.size() && plan.repository == m_plan.repository
        && plan.store == m_plan.store && plan.route == m_plan.route && plan.connection == m_plan.connection;
    if (!sameSteps) {
        beginResetModel();
        m_plan = plan;
        endResetModel();
        return;
    }
    m_plan = plan;
    if (!m_plan.steps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ConnectionPlanModel::setCliContext(const QString &region, const QString &endpointUrl, const QString &profile,
                                        const QString &note)
{
    m_note = note;
    m_region = region;
    m_endpointUrl = endpointUrl;
    m_profile = profile;
    if (!m_plan.steps.isEmpty())
        Q_EMIT dataChanged(index(0, CliColumn), index(rowCount() - 1, CliColumn));
}

QString ConnectionPlanModel::cliCommand(int row) const
{
    if (row < 0 || row >= m_plan.steps.size())
        return {};
    return AwsCliCommand::fromRequest(m_plan.steps.at(row).request(), m_region, m_endpointUrl, m_profile);
}

QString ConnectionPlanModel::cliScript() const
{
    return AwsCliCommand::withNote(m_note, m_plan.cliScript(m_region, m_endpointUrl, m_profile));
}

int ConnectionPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.steps.size());
}

int ConnectionPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionPlanStep &step = m_plan.steps.at(index.row());
    if (role == StateRole)
        return int(step.state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StepColumn:
            return tr("%1. %2").arg(index.row() + 1).arg(step.description());
        case StateColumn:
            // The sentence is in the dialog's message and the tooltip; the code fits the column.
            if (step.state == ConnectionPlanStep::State::Failed)
                return tr("Failed: %1").arg(step.error.code().isEmpty() ? AwsError::kindName(step.error.kind())
                                                                         : step.error.code());
            return step.note.isEmpty() ? ConnectionPlanStep::stateName(step.state)
                                       : ConnectionPlanStep::stateName(step.state) + QStringLiteral(" \u2013 ") + step.note;
        case CliColumn:
            return cliCommand(index.row());
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StepColumn:
            return step.description();
        case StateColumn:
            return step.state == ConnectionPlanStep::State::Failed ? step.error.userMessage()
                                                                    : data(index, Qt::DisplayRole);
        case CliColumn:
            return cliCommand(index.row());
        }
    }
    return {};
}

QVariant ConnectionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StateColumn:
        return tr("State");
    case CliColumn:
        return tr("AWS CLI");
    }
    return {};
}

} // namespace desk
