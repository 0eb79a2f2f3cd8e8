#include "modelbenchmarks.h"

#include "models/inventoryfiltermodel.h"
#include "models/inventorymodel.h"
#include "models/packageflowgraph.h"

#include "api/paginatedjobs.h"

#include <QElapsedTimer>

#include <algorithm>
#include <QEventLoop>

namespace desk {

double ModelBenchmarks::filterKeystrokeMicros(int domains, int repositoriesPerDomain, int rounds)
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    const QStringList teams = {QStringLiteral("payments"), QStringLiteral("search"), QStringLiteral("mobile"),
                               QStringLiteral("platform"), QStringLiteral("data")};
    for (int d = 0; d < domains; ++d) {
        DomainSummary domain;
        domain.name = QStringLiteral("domain-%1").arg(d);
        domain.owner = QStringLiteral("111122223333");
        QList<RepositorySummary> repositories;
        repositories.reserve(repositoriesPerDomain);
        for (int r = 0; r < repositoriesPerDomain; ++r) {
            RepositorySummary repository;
            repository.name = QStringLiteral("%1-service-%2").arg(teams.at(r % teams.size())).arg(r);
            repository.domainName = domain.name;
            repository.domainOwner = domain.owner;
            repository.administratorAccount = domain.owner;
            repositories.append(repository);
        }
        model.setRepositories(domain, repositories);
    }

    const QString typed = QStringLiteral("payments-service-12");
    qint64 totalNs = 0;
    int keystrokes = 0;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            timer.start();
            filter.setFilterText(typed.left(i));
            totalNs += timer.nsecsElapsed();
            ++keystrokes;
        }
        for (qsizetype i = typed.size() - 1; i >= 0; --i) {
            timer.start();
            filter.setFilterText(typed.left(i));
            totalNs += timer.nsecsElapsed();
            ++keystrokes;
        }
    }
    return keystrokes ? double(totalNs) / keystrokes / 1000.0 : 0.0;
}

ModelBenchmarks::FlowLayout ModelBenchmarks::packageFlowLayout(int repositories, int rounds)
{
    // Deterministic, so every run lays out the same domain.
    quint32 seed = 12345;
    auto next = [&seed](int bound) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(bound));
    };
    const QStringList registries{QStringLiteral("public:npmjs"),          QStringLiteral("public:pypi"),
                                 QStringLiteral("public:maven-central"),  QStringLiteral("public:maven-googleandroid"),
                                 QStringLiteral("public:nuget-org"),      QStringLiteral("public:ruby-gems-org"),
                                 QStringLiteral("public:crates-io"),      QStringLiteral("public:maven-gradleplugins")};
    QList<PackageFlowGraph::Repository> domain;
    QStringList stores, teams, aggregates;
    auto add = [&domain](const QString &name, const QStringList &upstreams, const QString &connection = {}) {
        domain.append(PackageFlowGraph::Repository{name, upstreams, connection, true});
    };
    auto pick = [&next](const QStringList &from, int count) {
        QStringList out;
        while (out.size() < std::min<qsizetype>(count, from.size())) {
            const QString &name = from.at(next(int(from.size())));
            if (!out.contains(name))
                out << name;
        }
        return out;
    };
    for (int i = 0; i < 12; ++i) {   // two registries with a second store: duplicate stores
        stores << QStringLiteral("%1-store-%2").arg(registries[i % 8].mid(7)).arg(i);
        add(stores.last(), {}, registries[i % 8]);
    }
    const int teamCount = std::max(1, repositories / 12);
    for (int i = 0; i < teamCount && domain.size() < repositories; ++i) {
        teams << QStringLiteral("team-%1-packages").arg(i);
        add(teams.last(), pick(stores, 2 + next(3)));
    }
    for (int i = 0; i < 8 && domain.size() < repositories; ++i) {
        aggregates << QStringLiteral("release-%1").arg(i);
        add(aggregates.last(), pick(teams, 3 + next(4)));
    }
    const QStringList searched = teams + aggregates;
    for (int i = 0; domain.size() < repositories; ++i)
        add(QStringLiteral("service-%1").arg(i), pick(searched, 1 + next(5)));

    FlowLayout result;
    PackageFlowGraph graph = PackageFlowGraph::build(domain);   // warm up
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round)
        graph = PackageFlowGraph::build(domain);
    result.millis = double(timer.nsecsElapsed()) / 1e6 / std::max(1, rounds);
    result.nodes = int(graph.nodes().size());
    result.edges = int(graph.edges().size());
    result.crossings = graph.crossings();
    return result;
}

ModelBenchmarks::InventoryLoad ModelBenchmarks::inventoryLoad(CodeArtifactClient *client)
{
    InventoryLoad result;
    InventoryModel model;
    QEventLoop loop;
    auto *job = new InventoryJob(client);
    QObject::connect(job, &InventoryJob::domainsListed, &model, &InventoryModel::addDomains);
    QObject::connect(job, &InventoryJob::domainLoaded, &model, &InventoryModel::setRepositories);
    QObject::connect(job, &InventoryJob::domainFailed, &model, &InventoryModel::setDomainFailed);
    QObject::connect(job, &AwsJob::finished, &loop, [&] {
        if (job->error())
            result.error = job->error().userMessage();
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    job->start();
    loop.exec();
    result.millis = double(timer.nsecsElapsed()) / 1e6;
    result.repositories = model.repositoryCount();
    return result;
}

} // namespace desk
