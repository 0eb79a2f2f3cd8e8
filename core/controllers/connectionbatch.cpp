#include "controllers/connectionbatch.h"

#include "base/awsclicommand.h"

#include <algorithm>

namespace desk {

ConnectionBatch ConnectionBatch::build(const QList<RepositoryDescription> &selected,
                                       const QHash<QString, QList<RepositoryDescription>> &domainRepositories,
                                       const QString &connection, ConnectionPlan::Route route, const QString &storeName)
{
    ConnectionBatch batch;
    batch.connection = connection;
    batch.route = route;
    QHash<QString, QString> storeOf;     // domain key -> the store its repositories get
    QHash<QString, int> storeRowOf;      // domain key -> its store row, when the store is new
    const auto connectsThroughStore = [&](const RepositoryDescription &repository) {
        return route == ConnectionPlan::Route::ThroughStore && !repository.hasExternalConnection(connection);
    };
    // The stores first: each domain's once, before any repository of it needs it.
    for (const RepositoryDescription &repository : selected) {
        const QString key = domainKey({repository.domainName, repository.domainOwner});
        if (!connectsThroughStore(repository) || storeOf.contains(key))
            continue;
        const ConnectionPlan plan = ConnectionPlan::throughStore(repository, domainRepositories.value(key), connection, storeName);
        storeOf.insert(key, plan.store);
        if (plan.storeExists)
            continue;
        Row row;
        row.isStore = true;
        row.repository = plan.steps.constFirst().repository;
        row.plan.repository = row.repository;
        row.plan.connection = connection;
        row.plan.route = ConnectionPlan::Route::Direct;
        row.plan.store = plan.store;
        for (const ConnectionPlanStep &step : plan.steps) {
            if (step.kind != ConnectionPlanStep::Kind::AddUpstream)
                row.plan.steps << step;
        }
        storeRowOf.insert(key, int(batch.rows.size()));
        batch.rows << row;
    }
    QList<RepositoryRef> seen;
    for (const RepositoryDescription &repository : selected) {
        const RepositoryRef ref = RepositoryRef::of(repository);
        if (seen.contains(ref))
            continue;
        seen << ref;
        Row row;
        row.repository = ref;
        if (connectsThroughStore(repository)) {
            const QString key = domainKey(ref.domainRef());
            ConnectionPlan plan =
                ConnectionPlan::throughStore(repository, domainRepositories.value(key), connection, storeOf.value(key));
            // The store's own steps are its row's; this row only adds the upstream.
            plan.steps.removeIf([](const ConnectionPlanStep &step) { return step.kind != ConnectionPlanStep::Kind::AddUpstream; });
            plan.storeExists = true;
            row.plan = plan;
            row.storeRow = storeRowOf.value(key, -1);
        } else {
            row.plan = ConnectionPlan::direct(repository, connection);
        }
        batch.rows << row;
    }
    return batch;
}

int ConnectionBatch::repositoryCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const Row &row) { return !row.isStore; }));
}

int ConnectionBatch::count(State state) const
{
    return int(std::count_if(rows.begin(), rows.end(), [state](const Row &row) { return !row.isStore && row.state == state; }));
}

bool ConnectionBatch::isFinished() const
{
    return std::none_of(rows.begin(), rows.end(),
                        [](const Row &row) { return row.state == State::Pending || row.state == State::Running; });
}

QList<AwsRequest> ConnectionBatch::requests() const
{
    QList<AwsRequest> out;
    for (const Row &row : rows) {
        if (row.state != State::AlreadyConnected)
            out << row.plan.requests();
    }
    return out;
}

QString ConnectionBatch::cliScript(const QString &region, const QString &endpointUrl, const QString &profile) const
{
    const int repositories = repositoryCount();
    const QString what = (repositories == 1 ? tr("Connect 1 repository to %1").arg(connection)
                                            : tr("Connect %1 repositories to %2").arg(repositories).arg(connection))
        + (route == ConnectionPlan::Route::ThroughStore ? u' ' + tr("through a store repository") : QString());
    const QList<AwsRequest> calls = requests();
    if (calls.isEmpty())
        return AwsCliCommand::comment(what + QStringLiteral("\n") + tr("Every repository is already connected."));
    return AwsCliCommand::comment(what) + u'\n' + AwsCliCommand::script(calls, region, endpointUrl, profile);
}

QString ConnectionBatch::summary() const
{
    QStringList parts;
    if (const int n = count(State::Done))
        parts << tr("%n connected", nullptr, n);
    if (const int n = count(State::AlreadyConnected))
        parts << tr("%n already connected", nullptr, n);
    if (const int n = count(State::Failed))
        parts << tr("%n failed", nullptr, n);
    if (const int n = count(State::Cancelled))
        parts << tr("%n cancelled", nullptr, n);
    if (const int n = count(State::Pending) + count(State::Running))
        parts << tr("%n to go", nullptr, n);
    const int total = repositoryCount();
    return (total == 1 ? tr("1 repository:") : tr("%1 repositories:").arg(total)) + u' ' + parts.join(QStringLiteral(", "));
}

QString ConnectionBatch::stateName(State state)
{
    using Step = ConnectionPlanStep::State;
    switch (state) {
    case State::Pending:
        return ConnectionPlanStep::stateName(Step::Pending);
    case State::Running:
        return ConnectionPlanStep::stateName(Step::Running);
    case State::Done:
        return ConnectionPlanStep::stateName(Step::Done);
    case State::AlreadyConnected:
        return tr("Already connected");
    case State::Failed:
        return ConnectionPlanStep::stateName(Step::Failed);
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace desk
