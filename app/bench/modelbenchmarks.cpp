#include "modelbenchmarks.h"

#include "models/inventoryfiltermodel.h"
#include "models/inventorymodel.h"

#include "api/paginatedjobs.h"

#include <QElapsedTimer>
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
