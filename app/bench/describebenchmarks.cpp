#include "describebenchmarks.h"

#include "benchcpus.h"
#include "benchsandbox.h"

#include "api/codeartifactclient.h"
#include "controllers/inventoryexport.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxstate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

#include <unistd.h>

namespace desk {

namespace {

// DESK_BENCH_CPU=1: where the time goes, on stderr (the sandbox's CPU time so far, from /proc).
void reportSandboxCpu(const QProcess &process, const char *when)
{
    if (!qEnvironmentVariableIsSet("DESK_BENCH_CPU"))
        return;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    const double ticks = fields.value(13).toDouble() + fields.value(14).toDouble();
    std::fprintf(stderr, "sandbox cpu %s: %.0f ms\n", when, ticks * 1000.0 / double(sysconf(_SC_CLK_TCK)));
}

struct ExportRun
{
    double millis = -1;
    int described = 0;
    int failures = 0;
    int requests = 0;           // requests that succeeded (lists and describes)
    int throttledAnswers = 0;   // what the rate limiter was told
    QString error;
};

// `clientCpu` >= 0: the export (and the HTTP thread its manager starts) runs on that CPU only.
ExportRun runExport(const BenchSandbox &sandbox, int clientCpu = -1)
{
    const ThreadPin pin(clientCpu);
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    sandbox.configure(client);
    ExportRun run;
    QObject::connect(&client, &CodeArtifactClient::requestFinished, &client, [&run](const RequestRecord &record) {
        run.requests += record.succeeded ? 1 : 0;
    });
    QEventLoop loop;
    auto *job = new InventoryExportJob(&client);
    QObject::connect(job, &Job::finished, &loop, [&] {
        if (job->error())
            run.error = job->error().userMessage();
        run.described = int(job->repositories().size());
        run.failures = int(job->failures().size());
        run.throttledAnswers = job->rateLimiter().throttledResponses();
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    job->start();
    loop.exec();
    run.millis = double(timer.nsecsElapsed()) / 1e6;
    if (qEnvironmentVariableIsSet("DESK_BENCH_CPU")) {
        std::fprintf(stderr, "client cpu during the export: %.0f ms\n", double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    }
    return run;
}

// The same lists and describes, one after another, as a plain boto3 script would; the work is
// timed inside the script (not Python's start-up). Milliseconds, or -1 with `error` set.
double runBoto3Export(const BenchSandbox &sandbox, int expected, int cpu, QString *error)
{
    const QString verify = sandbox.certificateFile.isEmpty() ? QStringLiteral("None")
                                                              : u'\'' + sandbox.certificateFile + u'\'';
    const QString script = QStringLiteral(
        "import sys, time, boto3\n"
        "c = boto3.client('codeartifact', region_name='%1', endpoint_url='%2', verify=%3)\n"
        "start = time.perf_counter()\n"
        "n = 0\n"
        "for page in c.get_paginator('list_domains').paginate():\n"
        "    for d in page['domains']:\n"
        "        for rp in c.get_paginator('list_repositories_in_domain').paginate(domain=d['name'], domainOwner=d['owner']):\n"
        "            for r in rp['repositories']:\n"
        "                c.describe_repository(domain=d['name'], domainOwner=d['owner'], repository=r['name'])\n"
        "                n += 1\n"
        "print(n, (time.perf_counter() - start) * 1000)\n")
                               .arg(SandboxConfig::defaultRegion(), sandbox.url, verify);
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), SandboxConfig::defaultAccessKeyId());
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(SandboxConfig::defaultSecretAccessKey()));
    environment.remove(QStringLiteral("AWS_PROFILE"));
    environment.remove(QStringLiteral("AWS_SESSION_TOKEN"));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    python.setProcessEnvironment(environment);
    pinChildProcess(python, cpu);
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script});
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        *error = QStringLiteral("python3 with boto3 failed: ") + QString::fromLocal8Bit(python.readAllStandardError()).right(300);
        return -1;
    }
    const QList<QByteArray> fields = python.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 2 || fields.at(0).toInt() != expected) {
        *error = QStringLiteral("boto3 described %1 of %2").arg(QString::fromLatin1(fields.value(0))).arg(expected);
        return -1;
    }
    return fields.at(1).toDouble();
}

void reportExport(QTextStream &out, const char *name, const ExportRun &run, int expected)
{
    if (!run.error.isEmpty())
        out << name << ": failed (" << run.error << ')' << Qt::endl;
    else if (run.described != expected || run.failures > 0)
        out << name << ": failed (" << run.described << " of " << expected << " described, " << run.failures
            << " failed)" << Qt::endl;
    else
        out << name << ": " << QString::number(run.millis, 'f', 0) << " ms" << Qt::endl;
}

// Our export and boto3's against one sandbox, started for this comparison; `cpus` where each
// runs (-1: anywhere). Prints "export_10x300[_tls]<label>_sandbox: N ms", boto3's, and the ratio.
void compareWithBoto3(const QString &sandboxProgram, bool tls, const BenchCpus &cpus, const QByteArray &label,
                      QTextStream &out, bool quick)
{
    const QByteArray suffix = (tls ? QByteArray("_tls") : QByteArray()) + label;
    const QByteArray ourName = "export_10x300" + suffix + "_sandbox";
    const QByteArray botoName = "boto3_export_10x300" + suffix + "_sandbox";
    const int domains = 10, perDomain = quick ? 30 : 300;
    const auto sandbox = BenchSandbox::start(sandboxProgram, domains, perDomain,
                                             tls ? QStringList{QStringLiteral("--tls")} : QStringList(), cpus.service);
    if (!sandbox->error.isEmpty()) {
        out << ourName << ": failed (" << sandbox->error << ')' << Qt::endl;
        return;
    }
    const ExportRun ours = runExport(*sandbox, cpus.client);
    reportExport(out, ourName.constData(), ours, domains * perDomain);
    reportSandboxCpu(sandbox->process, "after the export");
    QString error;
    const double boto = runBoto3Export(*sandbox, domains * perDomain, cpus.client, &error);
    if (boto < 0) {
        out << botoName << ": unavailable (" << error << ')' << Qt::endl;
        return;
    }
    out << botoName << ": " << QString::number(boto, 'f', 0) << " ms" << Qt::endl;
    if (ours.error.isEmpty() && ours.millis > 0)
        out << "export" << suffix << "_speedup_vs_boto3: " << QString::number(boto / ours.millis, 'f', 1) << " x" << Qt::endl;
}

} // namespace

void DescribeBenchmarks::run(const QString &sandboxProgram, const std::function<bool(const char *)> &wanted,
                             QTextStream &out, bool quick)
{
    if (wanted("describe_all_10x1000_sandbox")) {
        const int domains = 10, perDomain = quick ? 100 : 1000;
        const auto sandbox = BenchSandbox::start(sandboxProgram, domains, perDomain);
        if (!sandbox->error.isEmpty())
            out << "describe_all_10x1000_sandbox: failed (" << sandbox->error << ')' << Qt::endl;
        else
            reportExport(out, "describe_all_10x1000_sandbox", runExport(*sandbox), domains * perDomain);
    }
    if (wanted("describe_all_rate_limited")) {
        const int limit = 100, domains = 2, perDomain = quick ? 100 : 1000;
        const auto sandbox = BenchSandbox::start(sandboxProgram, domains, perDomain,
                                         {QStringLiteral("--rate-limit"), QString::number(limit)});
        const ExportRun run = sandbox->error.isEmpty() ? runExport(*sandbox) : ExportRun{};
        if (!sandbox->error.isEmpty() || !run.error.isEmpty()) {
            out << "describe_all_rate_limited: failed (" << (sandbox->error.isEmpty() ? run.error : sandbox->error) << ')'
                << Qt::endl;
        } else {
            const int failed = run.failures + (domains * perDomain - run.described - run.failures);
            out << "describe_all_rate_limited: " << QString::number(run.requests / (run.millis / 1000.0), 'f', 1)
                << " req/s of " << limit << ", " << failed << " failed (" << run.requests << " requests in "
                << QString::number(run.millis / 1000.0, 'f', 1) << " s, " << run.throttledAnswers
                << " throttled answers retried)" << Qt::endl;
        }
    }
    // The export against boto3, over plain HTTP and over HTTPS (as AWS serves it). Over plain HTTP
    // Qt 6.4 reads each response's status line and headers a byte per read(2) (its HTTP socket is
    // unbuffered); over TLS it reads them from the decrypted buffer. Each comparison runs twice:
    // with the sandbox on a CPU of its own and both clients on the other (BenchCpus), and with
    // all of them sharing the machine's CPUs ("_shared_cpus").
    const std::optional<BenchCpus> cpus = BenchCpus::separate();
    for (const bool tls : {false, true}) {
        const char *name = tls ? "export_10x300_tls_vs_boto3" : "export_10x300_vs_boto3";
        if (!wanted(name))
            continue;
        if (cpus) {
            out << "export_cpus: clients on CPU " << cpus->client << ", sandbox on CPU " << cpus->service << Qt::endl;
            compareWithBoto3(sandboxProgram, tls, *cpus, "", out, quick);
        } else {
            out << "export_cpus: fewer than two CPUs, nothing pinned" << Qt::endl;
        }
        compareWithBoto3(sandboxProgram, tls, BenchCpus(), "_shared_cpus", out, quick);
    }
}

} // namespace desk
