#include "controllers/connectionplan.h"

#include "base/awsclicommand.h"
#include "base/externalconnection.h"

#include <algorithm>

namespace desk {

namespace {

QStringList withStore(QStringList upstreams, const QString &store)
{
    if (!upstreams.contains(store))
        upstreams << store;
    return upstreams;
}

} // namespace

AwsRequest ConnectionPlanStep::request() const
{
    OperationInput input = OperationInput::forRepository(repository);
    switch (kind) {
    case Kind::CreateStore: {
        const ExternalConnectionInfo *info = ExternalConnections::find(connection);
        // Sent to the service and kept there: English, as the other repositories' descriptions.
        input.set(QStringLiteral("description"),
                  QStringLiteral("Packages from %1 (%2) for the domain's repositories to use as an upstream")
                      .arg(info ? info->displayName : connection, connection));
        return AwsRequest::forOperation(Operation::CreateRepository, input);
    }
    case Kind::AssociateStore:
    case Kind::AssociateDirect:
        input.set(QStringLiteral("externalConnection"), connection);
        return AwsRequest::forOperation(Operation::AssociateExternalConnection, input);
    case Kind::AddUpstream:
        input.set(QStringLiteral("upstreams"), OperationInput::upstreamsValue(withStore(upstreams, store)));
        return AwsRequest::forOperation(Operation::UpdateRepository, input);
    }
    return {};
}

QString ConnectionPlanStep::description() const
{
    switch (kind) {
    case Kind::CreateStore:
        return tr("Create repository %1 in domain %2").arg(repository.repository, repository.domain);
    case Kind::AssociateStore:
    case Kind::AssociateDirect:
        return tr("Associate %1 with repository %2").arg(connection, repository.repository);
    case Kind::AddUpstream: {
        const QStringList after = withStore(upstreams, store);
        const int position = int(after.indexOf(store)) + 1;
        if (after.size() == 1)
            return tr("Add %1 as the upstream of %2").arg(store, repository.repository);
        if (position == 1)
            return tr("Add %1 as an upstream of %2: first of %3 in its search order")
                .arg(store, repository.repository)
                .arg(after.size());
        return tr("Add %1 as an upstream of %2: position %3 of %4 in its search order, after %5")
            .arg(store, repository.repository)
            .arg(position)
            .arg(after.size())
            .arg(after.first(position - 1).join(QStringLiteral(", ")));
    }
    }
    return {};
}

QString ConnectionPlanStep::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Pending");
    case State::Running:
        return tr("Running\u2026");
    case State::Done:
        return tr("Done");
    case State::Skipped:
        return tr("Already done");
    case State::Failed:
        return tr("Failed");
    case State::Undone:
        return tr("Undone");
    }
    return {};
}

ConnectionPlan ConnectionPlan::direct(const RepositoryDescription &repository, const QString &connection)
{
    ConnectionPlan plan;
    plan.repository = RepositoryRef::of(repository);
    plan.connection = connection;
    plan.route = Route::Direct;
    ConnectionPlanStep step;
    step.kind = ConnectionPlanStep::Kind::AssociateDirect;
    step.repository = plan.repository;
    step.connection = connection;
    plan.steps << step;
    return plan;
}

const RepositoryDescription *ConnectionPlan::findStore(const QList<RepositoryDescription> &domainRepositories,
                                                       const QString &connection)
{
    for (const RepositoryDescription &repository : domainRepositories) {
        if (repository.hasExternalConnection(connection))
            return &repository;
    }
    return nullptr;
}

ConnectionPlan ConnectionPlan::throughStore(const RepositoryDescription &repository,
                                            const QList<RepositoryDescription> &domainRepositories,
                                            const QString &connection, const QString &storeName)
{
    ConnectionPlan plan;
    plan.repository = RepositoryRef::of(repository);
    plan.connection = connection;
    plan.route = Route::ThroughStore;
    RepositoryRef storeRef = plan.repository;
    if (const RepositoryDescription *existing = findStore(domainRepositories, connection);
        existing && existing->name != repository.name) {
        plan.store = existing->name;
        plan.storeExists = true;
    } else {
        QStringList taken;
        for (const RepositoryDescription &other : domainRepositories)
            taken << other.name;
        taken << repository.name;
        plan.store = storeName.isEmpty() ? freeName(consoleStoreName(connection), taken) : storeName;
        storeRef.repository = plan.store;
        ConnectionPlanStep create;
        create.kind = ConnectionPlanStep::Kind::CreateStore;
        create.repository = storeRef;
        create.connection = connection;
        ConnectionPlanStep associate = create;
        associate.kind = ConnectionPlanStep::Kind::AssociateStore;
        plan.steps << create << associate;
    }
    ConnectionPlanStep add;
    add.kind = ConnectionPlanStep::Kind::AddUpstream;
    add.repository = plan.repository;
    add.connection = connection;
    add.store = plan.store;
    add.upstreams = repository.upstreamNames();
    plan.steps << add;
    return plan;
}

ConnectionPlan::Route ConnectionPlan::defaultRoute(const RepositoryDescription &repository)
{
    return repository.upstreams.isEmpty() ? Route::Direct : Route::ThroughStore;
}

QString ConnectionPlan::consoleStoreName(const QString &connection)
{
    // The names the AWS Console gives the store repositories it creates (AWS CodeArtifact User
    // Guide, "Connect a CodeArtifact repository to a public repository").
    static const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("public:npmjs"), QStringLiteral("npm-store")},
        {QStringLiteral("public:pypi"), QStringLiteral("pypi-store")},
        {QStringLiteral("public:maven-central"), QStringLiteral("maven-central-store")},
        {QStringLiteral("public:maven-googleandroid"), QStringLiteral("google-android-store")},
        {QStringLiteral("public:maven-gradleplugins"), QStringLiteral("gradle-plugins-store")},
        {QStringLiteral("public:maven-commonsware"), QStringLiteral("commonsware-store")},
        {QStringLiteral("public:maven-clojars"), QStringLiteral("clojars-store")},
        {QStringLiteral("public:nuget-org"), QStringLiteral("nuget-store")},
        {QStringLiteral("public:ruby-gems-org"), QStringLiteral("rubygems-store")},
        {QStringLiteral("public:crates-io"), QStringLiteral("cargo-store")},
    };
    for (const auto &[name, store] : names) {
        if (name == connection)
            return store;
    }
    const ExternalConnectionInfo *info = ExternalConnections::find(connection);
    QString base = info ? info->packageFormat : connection.section(u':', -1);
    return base + QStringLiteral("-store");
}

QString ConnectionPlan::freeName(const QString &base, const QStringList &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QList<AwsRequest> ConnectionPlan::requests() const
{
    QList<AwsRequest> out;
    for (const ConnectionPlanStep &step : steps)
        out << step.request();
    return out;
}

QString ConnectionPlan::cliScript(const QString &region, const QString &endpointUrl, const QString &profile) const
{
    return AwsCliCommand::script(requests(), region, endpointUrl, profile);
}

int ConnectionPlan::nextStep() const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isFinished())
            return i;
    }
    return int(steps.size());
}

bool ConnectionPlan::hasFailed() const
{
    return std::any_of(steps.begin(), steps.end(),
                       [](const ConnectionPlanStep &s) { return s.state == ConnectionPlanStep::State::Failed; });
}

bool ConnectionPlan::canUndo() const
{
    return std::any_of(steps.begin(), steps.end(), [](const ConnectionPlanStep &s) {
        return s.changed && s.state == ConnectionPlanStep::State::Done;
    });
}

int ConnectionPlan::storePosition() const
{
    for (const ConnectionPlanStep &step : steps) {
        if (step.kind == ConnectionPlanStep::Kind::AddUpstream)
            return int(withStore(step.upstreams, step.store).indexOf(step.store)) + 1;
    }
    return 0;
}

QString ConnectionPlan::summary() const
{
    QStringList done;
    QStringList notDone;
    for (int i = 0; i < steps.size(); ++i) {
        const ConnectionPlanStep &step = steps.at(i);
        const QString line = tr("Step %1: %2").arg(i + 1).arg(step.description());
        switch (step.state) {
        case ConnectionPlanStep::State::Done:
            done << line;
            break;
        case ConnectionPlanStep::State::Skipped:
            done << line + u' ' + tr("(it was already so)");
            break;
        case ConnectionPlanStep::State::Failed:
            notDone << line + u' ' + tr("(failed: %1)").arg(step.error.userMessage());
            break;
        case ConnectionPlanStep::State::Undone:
            notDone << line + u' ' + tr("(undone)");
            break;
        case ConnectionPlanStep::State::Pending:
        case ConnectionPlanStep::State::Running:
            notDone << line;
            break;
        }
    }
    QString text;
    if (!done.isEmpty())
        text += tr("Done:") + u'\n' + done.join(u'\n');
    if (!notDone.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + tr("Not done:") + u'\n' + notDone.join(u'\n');
    return text;
}

} // namespace desk
