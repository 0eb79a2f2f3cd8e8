#include "setupbenchmarks.h"

#include "benchsandbox.h"

#include "api/codeartifactclient.h"
#include "api/paginatedjobs.h"
#include "controllers/connectionbatch.h"
#include "controllers/connectionbatchjob.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace desk {

namespace {

struct BatchRun
{
    double millis = -1;
    int connected = 0;
    int requests = 0;
    QString error;
};

// Lists the domain (what the tree would know: names only, nothing described), builds the batch
// the dialog would, and runs it.
BatchRun connectBatch(const BenchSandbox &sandbox, const QString &domain, const QString &connection)
{
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    sandbox.configure(client);
    BatchRun run;
    QEventLoop loop;
    QList<RepositoryDescription> repositories;
    auto *list = new ListAllRepositoriesInDomainJob(&client, DomainRef{domain, {}});
    QObject::connect(list, &Job::finished, &loop, [&] {
        if (list->error())
            run.error = list->error().userMessage();
        for (const RepositorySummary &summary : list->repositories())
            repositories << RepositoryDescription(summary);
        loop.quit();
    });
    list->start();
    loop.exec();
    if (!run.error.isEmpty())
        return run;
    QList<RepositoryDescription> selected;
    for (const RepositoryDescription &repository : repositories) {
        if (repository.name.startsWith(QLatin1String("service-")))
            selected << repository;
    }
    // The store exists nowhere (no repository of the domain has the connection): it is created.
    QHash<QString, QList<RepositoryDescription>> known;
    if (!selected.isEmpty())
        known.insert(ConnectionBatch::domainKey({domain, selected.constFirst().domainOwner}), repositories);
    const ConnectionBatch batch = ConnectionBatch::build(selected, known, connection, ConnectionPlan::Route::ThroughStore);
    QObject::connect(&client, &CodeArtifactClient::requestFinished, &client,
                     [&run](const RequestRecord &record) { run.requests += record.succeeded ? 1 : 0; });
    auto *job = new ConnectionBatchJob(&client, batch);
    QObject::connect(job, &Job::finished, &loop, [&] {
        if (job->error())
            run.error = job->error().userMessage();
        run.connected = job->batch().count(ConnectionBatch::State::Done);
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    job->start();
    loop.exec();
    run.millis = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

} // namespace

void SetupBenchmarks::run(const QString &sandboxProgram, const std::function<bool(const char *)> &wanted, QTextStream &out)
{
    if (!wanted("connect_batch_100_via_store_sandbox"))
        return;
    // One domain: npm-store and 100 repositories using it; pypi-store does not exist yet.
    const auto sandbox = BenchSandbox::start(sandboxProgram, 1, 101);
    if (!sandbox->error.isEmpty()) {
        out << "connect_batch_100_via_store_sandbox: failed (" << sandbox->error << ')' << Qt::endl;
        return;
    }
    const BatchRun run = connectBatch(*sandbox, QStringLiteral("bench-domain-0"), QStringLiteral("public:pypi"));
    if (!run.error.isEmpty() || run.connected != 100) {
        out << "connect_batch_100_via_store_sandbox: failed (" << run.connected << " of 100 connected"
            << (run.error.isEmpty() ? QString() : QStringLiteral(": ") + run.error) << ')' << Qt::endl;
        return;
    }
    out << "connect_batch_100_via_store_sandbox: " << QString::number(run.millis, 'f', 0) << " ms (" << run.requests
        << " requests, at most 4 in flight)" << Qt::endl;
}

} // namespace desk
