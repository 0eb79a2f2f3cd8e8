#include "sandbox/sandboxoptions.h"

#include "base/inputvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace desk {

SandboxOptions::Result SandboxOptions::parse(const QStringList &arguments)
{
    Result result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local, wire-compatible AWS CodeArtifact service (and STS GetCallerIdentity/AssumeRole) for "
        "Artifact Desk, its tests, boto3 and the AWS CLI. Prints 'listening on http://HOST:PORT' when ready; "
        "SIGINT/SIGTERM stop it after writing the state."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to listen on; port 0 picks a free one. Default: 127.0.0.1:0."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("JSON state file, created if absent; every change is written to it before "
                                                  "it is acknowledged. Default: none (state in memory)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     QStringLiteral("The caller's 12-digit account id. Default: %1.").arg(SandboxConfig::defaultAccount()),
                                     QStringLiteral("12DIGITS"), SandboxConfig::defaultAccount());
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("The region requests must be signed for. Default: %1.").arg(SandboxConfig::defaultRegion()),
                                    QStringLiteral("REGION"), SandboxConfig::defaultRegion());
    const QCommandLineOption accessKey(QStringLiteral("access-key-id"),
                                       QStringLiteral("The access key id accepted. Default: %1 (a documented test value).")
                                           .arg(SandboxConfig::defaultAccessKeyId()),
                                       QStringLiteral("ID"));
    const QCommandLineOption secretKey(QStringLiteral("secret-access-key"),
                                       QStringLiteral("The secret of that key. Default: %1 (a documented test value, "
                                                      "see core/sandbox/README.md).")
                                           .arg(QString::fromLatin1(SandboxConfig::defaultSecretAccessKey())),
                                       QStringLiteral("SECRET"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Fill an EMPTY state with sample content. The only seed is 'demo'."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("Inject faults into CodeArtifact requests (repeatable, or comma-separated): "
                                                  "throttle:P (429), error500:P (500), drop:P (close without a response), "
                                                  "latency:Nms. P is 0..1 or a percentage."),
                                   QStringLiteral("SPEC"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       QStringLiteral("Seed for the fault decisions; the same seed and request order give "
                                                      "the same faults. Default: random."),
                                       QStringLiteral("N"));
    parser.addOptions({listen, state, account, region, accessKey, secretKey, seed, fault, faultSeed});

    auto fail = [&](const QString &message) {
        result.outcome = Outcome::ExitFailure;
        result.output = message;
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.outcome = Outcome::ExitSuccess;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.outcome = Outcome::ExitSuccess;
        result.output = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    // --listen HOST:PORT, with [v6]:PORT for IPv6.
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    if (colon <= 0)
        return fail(QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:0, not '%1'").arg(listenValue));
    QString host = listenValue.left(colon);
    bool portOk = false;
    const uint port = listenValue.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--listen: bad port in '%1'").arg(listenValue));
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return fail(QStringLiteral("--listen: '%1' is not an IP address (or localhost)").arg(host));
    result.address = address;
    result.host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    result.port = static_cast<quint16>(port);

    SandboxConfig &config = result.config;
    config.account = parser.value(account);
    if (!InputValidator::isAccountId(config.account))
        return fail(QStringLiteral("--account must be 12 digits, not '%1'").arg(config.account));
    config.region = parser.value(region);
    static const QRegularExpression regionPattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2}(-[a-z]+)+-[0-9]+")));
    if (!regionPattern.match(config.region).hasMatch())
        return fail(QStringLiteral("--region: '%1' does not look like a region (e.g. us-east-1)").arg(config.region));
    if (parser.isSet(accessKey) != parser.isSet(secretKey))
        return fail(QStringLiteral("--access-key-id and --secret-access-key go together"));
    if (parser.isSet(accessKey)) {
        config.accessKeyId = parser.value(accessKey);
        config.secretAccessKey = parser.value(secretKey).toUtf8();
        static const QRegularExpression keyPattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9]{4,128}")));
        if (!keyPattern.match(config.accessKeyId).hasMatch())
            return fail(QStringLiteral("--access-key-id must be 4-128 letters and digits"));
        if (config.secretAccessKey.isEmpty())
            return fail(QStringLiteral("--secret-access-key must not be empty"));
    }
    config.stateFile = parser.value(state);
    config.seed = parser.value(seed);
    if (!config.seed.isEmpty() && config.seed != QLatin1String("demo"))
        return fail(QStringLiteral("--seed: unknown seed '%1' (the only seed is 'demo')").arg(config.seed));
    config.faults = parser.values(fault);
    if (parser.isSet(faultSeed)) {
        bool ok = false;
        config.faultSeed = parser.value(faultSeed).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--fault-seed takes a non-negative integer"));
        config.faultSeedSet = true;
    }
    return result;
}

} // namespace desk
