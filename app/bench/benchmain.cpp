// artifact-desk-bench: prints "name: value unit" lines. Benchmarks, not tests: nothing here
// fails on a slow machine. --only NAME runs one; --list names them.

#include "api/codeartifactclient.h"
#include "api/repositoryjobs.h"
#include "base/eventloops.h"
#include "aws/sigv4signer.h"
#include "benchsandbox.h"
#include "describebenchmarks.h"
#include "modelbenchmarks.h"
#include "setupbenchmarks.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace desk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const char *name, double value, const char *unit)
{
    out() << name << ": " << QString::number(value, 'f', value < 10 ? 2 : 0) << ' ' << unit << Qt::endl;
}

const QByteArray kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

// Sign an AssociateExternalConnection request, built afresh each time, as the client does.
double benchSign(int iterations)
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = kSecret;
    SigV4Options options;
    options.region = QStringLiteral("us-east-1");
    options.service = QStringLiteral("codeartifact");
    options.time = QDateTime::currentDateTimeUtc();
    qsizetype sink = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        SigV4Request request;
        request.method = "POST";
        request.path = "/v1/repository/external-connection";
        request.query = {{"domain", "my-domain"}, {"repository", "my-repo"}, {"external-connection", "public:npmjs"}};
        request.headers = {{"Host", "codeartifact.us-east-1.amazonaws.com"}};
        const SigV4Signature signature = SigV4Signer::sign(request, credentials, options);
        sink += signature.authorization.size();
    }
    const double ns = double(timer.nsecsElapsed()) / iterations;
    if (sink == 0)
        std::fputs("", stderr);
    return ns;
}

QByteArray repositoryPage(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("service-%1-packages").arg(i);
        list.append(QJsonObject{
            {QLatin1String("name"), name},
            {QLatin1String("administratorAccount"), QLatin1String("111122223333")},
            {QLatin1String("domainName"), QLatin1String("acme-platform")},
            {QLatin1String("domainOwner"), QLatin1String("111122223333")},
            {QLatin1String("arn"), QStringLiteral("arn:aws:codeartifact:us-east-1:111122223333:repository/acme-platform/") + name},
            {QLatin1String("description"), QStringLiteral("Packages published by team %1 for internal use").arg(i % 37)},
            {QLatin1String("createdTime"), 1764000000.0 + i * 17.25},
        });
    }
    return QJsonDocument(QJsonObject{{QLatin1String("repositories"), list}, {QLatin1String("nextToken"), QLatin1String("bmV4dA==")}})
        .toJson(QJsonDocument::Compact);
}

// Parse one 1,000-repository ListRepositoriesInDomain page: JSON text to typed summaries.
double benchParse(int iterations)
{
    const QByteArray body = repositoryPage(1000);
    qsizetype sink = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const auto page = ListRepositoriesInDomainJob::parsePage(doc.object(), QStringLiteral("repositories"));
        sink += page.items.size();
    }
    const double us = double(timer.nsecsElapsed()) / 1000.0 / iterations;
    if (sink != qsizetype(iterations) * 1000)
        std::fputs("parse_list_repositories_1000: wrong count\n", stderr);
    return us;
}

// The same request signed by botocore's SigV4Auth, for the ratio. Needs python3 with botocore.
double benchBotocoreSign(int iterations)
{
    const QString script = QStringLiteral(
        "import timeit, botocore.auth, botocore.awsrequest, botocore.credentials\n"
        "c = botocore.credentials.Credentials('AKIDEXAMPLE', '%1')\n"
        "def sign():\n"
        "    r = botocore.awsrequest.AWSRequest(method='POST', url='https://codeartifact.us-east-1.amazonaws.com"
        "/v1/repository/external-connection?domain=my-domain&repository=my-repo&external-connection=public%3Anpmjs', data=b'')\n"
        "    botocore.auth.SigV4Auth(c, 'codeartifact', 'us-east-1').add_auth(r)\n"
        "sign()\n"
        "n = %2\n"
        "print(timeit.timeit(sign, number=n) / n * 1e9)\n")
                               .arg(QString::fromLatin1(kSecret))
                               .arg(iterations);
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script});
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        return -1;
    bool ok = false;
    const double ns = python.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? ns : -1;
}

// The full inventory of 10 domains x 1,000 repositories through the real client and the real
// sandbox (its own process) over loopback: all domains, all pages, domains concurrently.
ModelBenchmarks::InventoryLoad benchInventory(const QString &sandboxProgram)
{
    const auto sandbox = BenchSandbox::start(sandboxProgram, 10, 1000);
    if (!sandbox->error.isEmpty()) {
        ModelBenchmarks::InventoryLoad result;
        result.error = sandbox->error;
        return result;
    }
    QNetworkAccessManager network;
    CodeArtifactClient client(&network);
    sandbox->configure(client);
    return ModelBenchmarks::inventoryLoad(&client);
}

} // namespace

int main(int argc, char *argv[])
{
    EventLoops::useQtLoopForThreads();   // as the application does
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("artifact-desk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Artifact Desk benchmarks: prints \"name: value unit\" lines."));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only the benchmark NAME."), QStringLiteral("NAME"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Fewer iterations (a smoke run)."));
    parser.addOption(only);
    parser.addOption(quick);
    parser.process(app);
    const int scale = parser.isSet(quick) ? 10 : 1;
    const QString selected = parser.value(only);
    auto wanted = [&selected](const char *name) { return selected.isEmpty() || selected == QLatin1String(name); };

    double signNs = -1;
    if (wanted("sigv4_sign_codeartifact_request")) {
        benchSign(2000 / scale);  // warm up (and derive the key once for today)
        signNs = benchSign(200000 / scale);
        report("sigv4_sign_codeartifact_request", signNs, "ns/op");
    }
    if (wanted("botocore_sigv4_sign_codeartifact_request")) {
        const double botoNs = benchBotocoreSign(20000 / scale);
        if (botoNs < 0) {
            out() << "botocore_sigv4_sign_codeartifact_request: unavailable (python3 with botocore not found)" << Qt::endl;
        } else {
            report("botocore_sigv4_sign_codeartifact_request", botoNs, "ns/op");
            if (signNs > 0)
                report("sigv4_speedup_vs_botocore", botoNs / signNs, "x");
        }
    }
    if (wanted("parse_list_repositories_1000")) {
        benchParse(20 / scale + 1);
        report("parse_list_repositories_1000", benchParse(500 / scale), "us/op");
    }
    if (wanted("filter_10000_rows"))
        report("filter_10000_rows", ModelBenchmarks::filterKeystrokeMicros(10, 1000, parser.isSet(quick) ? 1 : 5), "us/op");
    if (wanted("package_flow_layout_500")) {
        const ModelBenchmarks::FlowLayout flow = ModelBenchmarks::packageFlowLayout(500, parser.isSet(quick) ? 1 : 10);
        report("package_flow_layout_500", flow.millis, "ms");
        out() << "package_flow_layout_500_graph: " << flow.nodes << " nodes, " << flow.edges << " edges, " << flow.crossings
              << " crossings" << Qt::endl;
    }
    if (wanted("inventory_10x1000_sandbox")) {
        const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/artifact-desk-sandbox");
        const ModelBenchmarks::InventoryLoad load = benchInventory(program);
        if (!load.ok())
            out() << "inventory_10x1000_sandbox: failed (" << load.error << ')' << Qt::endl;
        else if (load.repositories != 10000)
            out() << "inventory_10x1000_sandbox: failed (" << load.repositories << " of 10000 repositories)" << Qt::endl;
        else
            report("inventory_10x1000_sandbox", load.millis, "ms");
    }
    DescribeBenchmarks::run(QCoreApplication::applicationDirPath() + QStringLiteral("/artifact-desk-sandbox"), wanted,
                            out(), parser.isSet(quick));
    SetupBenchmarks::run(QCoreApplication::applicationDirPath() + QStringLiteral("/artifact-desk-sandbox"), wanted, out());
    return 0;
}
