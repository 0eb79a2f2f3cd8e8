#include "sandbox/sandboxoptions.h"

#include "base/inputvalidator.h"
#include "sandbox/ratelimiter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace desk {

namespace {

// A value read from the command line, or why it cannot be.
template<typename T>
struct Parsed
{
    T value{};
    QString error;
};

// The secret key file: one line, readable by its owner only (like ~/.ssh keys), so that no
// other user reads the secret there instead of in the process list.
Parsed<QByteArray> readSecretFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {{}, QStringLiteral("--secret-access-key-file: '%1' is not a file").arg(path)};
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.permissions() & others)
        return {{}, QStringLiteral("--secret-access-key-file: '%1' can be read or written by its group or others; "
                                   "make it private (chmod 600)")
                        .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("--secret-access-key-file: cannot read '%1': %2").arg(path, file.errorString())};
    QByteArray secret = file.read(SandboxOptions::maxSecretFileBytes + 1);
    if (secret.size() > SandboxOptions::maxSecretFileBytes)
        return {{}, QStringLiteral("--secret-access-key-file: '%1' is over %2 bytes").arg(path).arg(SandboxOptions::maxSecretFileBytes)};
    if (secret.endsWith('\n'))
        secret.chop(secret.endsWith("\r\n") ? 2 : 1);
    if (secret.contains('\n') || secret.contains('\r'))
        return {{}, QStringLiteral("--secret-access-key-file: '%1' must hold one line").arg(path)};
    return {secret, {}};
}

// The secret of --access-key-id from the one source given: the file, the command line (which
// other users can read in the process list), or the environment. The command line names its
// source on purpose, so it wins over the environment.
Parsed<QByteArray> secretFrom(const QCommandLineParser &parser, const QCommandLineOption &file,
                              const QCommandLineOption &argument, const QString &fromEnvironment)
{
    if (parser.isSet(argument) && parser.isSet(file))
        return {{}, QStringLiteral("give the secret once: --secret-access-key or --secret-access-key-file")};
    Parsed<QByteArray> secret;
    if (parser.isSet(file))
        secret = readSecretFile(parser.value(file));
    else
        secret.value = (parser.isSet(argument) ? parser.value(argument) : fromEnvironment).toUtf8();
    if (secret.error.isEmpty() && secret.value.isEmpty())
        secret.error = QStringLiteral("the secret access key must not be empty");
    return secret;
}

// "30s", "500ms": a positive duration of at most a day.
Parsed<int> parseDuration(const QString &option, const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,8})(ms|s)")));
    const QRegularExpressionMatch match = pattern.match(text);
    const qint64 ms = match.hasMatch() ? match.captured(1).toLongLong() * (match.captured(2) == QLatin1String("s") ? 1000 : 1) : 0;
    if (ms <= 0 || ms > 24 * 3600 * 1000)
        return {0, QStringLiteral("%1 takes a duration such as 30s or 500ms (up to a day), not '%2'").arg(option, text)};
    return {static_cast<int>(ms), {}};
}

// "100", "0.5": requests per second, a plain decimal number (no sign, no exponent, at most three
// decimals) from RateLimiter::minRate to RateLimiter::maxRate.
Parsed<double> parseRate(const QString &option, const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,7}(\\.[0-9]{1,3})?")));
    const double rate = pattern.match(text).hasMatch() ? text.toDouble() : 0.0;
    if (rate < RateLimiter::minRate || rate > RateLimiter::maxRate)
        return {0.0, QStringLiteral("%1 takes requests per second per account, a number such as 100 or 0.5 "
                                    "(from %2 to %3), not '%4'")
                         .arg(option)
                         .arg(RateLimiter::minRate)
                         .arg(RateLimiter::maxRate, 0, 'f', 0)
                         .arg(text)};
    return {rate, {}};
}

} // namespace

SandboxOptions::Result SandboxOptions::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Result result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local, wire-compatible AWS CodeArtifact service (and STS GetCallerIdentity/AssumeRole, and IAM "
        "Identity Center's SSO OIDC device sign-in and portal, unsigned, with a verification page at /sso/verify) for "
        "Artifact Desk, its tests, boto3 and the AWS CLI. Prints 'listening on http://HOST:PORT' (https with --tls) when ready; "
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
    const QString secretVariable = QLatin1String(secretEnvironmentVariable);
    const QCommandLineOption accessKey(QStringLiteral("access-key-id"),
                                       QStringLiteral("The access key id accepted. Default: %1 (a documented test value). Give "
                                                      "its secret with --secret-access-key-file, the environment variable %2, or "
                                                      "--secret-access-key.")
                                           .arg(SandboxConfig::defaultAccessKeyId(), secretVariable),
                                       QStringLiteral("ID"));
    const QCommandLineOption secretKeyFile(QStringLiteral("secret-access-key-file"),
                                           QStringLiteral("Read the secret of that key from FILE (one line). FILE must be "
                                                          "private to its owner (chmod 600): one its group or others can "
                                                          "read or write is refused."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption secretKey(QStringLiteral("secret-access-key"),
                                       QStringLiteral("The secret of that key. Other users of this machine can read it in the "
                                                      "process list (/proc/PID/cmdline): prefer --secret-access-key-file or %1. "
                                                      "Default: %2 (a documented test value, see core/sandbox/README.md).")
                                           .arg(secretVariable, QString::fromLatin1(SandboxConfig::defaultSecretAccessKey())),
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
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Answer at most N CodeArtifact requests a second per account, in bursts "
                                                      "of up to N (at least 1); beyond, 429 ThrottlingException with "
                                                      "Retry-After. N may be fractional (0.5: one every 2 s). Counted after "
                                                      "the signature check; STS and IAM Identity Center do not count. "
                                                      "Default: no limit."),
                                       QStringLiteral("N"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            QStringLiteral("Client connections open at once, at most; one more is closed "
                                                           "as soon as it is accepted. Default: %1.")
                                                .arg(SandboxConfig::defaultMaxConnections),
                                            QStringLiteral("N"));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
                                         QStringLiteral("How long a connection waits for its client to send a whole request "
                                                        "(or to read its answers) before it is closed, e.g. 30s or 500ms. "
                                                        "Default: %1s.")
                                             .arg(SandboxConfig::defaultIdleTimeoutMs / 1000),
                                         QStringLiteral("DURATION"));
    const QCommandLineOption ssoAutoApprove(QStringLiteral("sso-auto-approve"),
                                            QStringLiteral("Approve every IAM Identity Center device authorization as soon "
                                                           "as it starts, without the verification page (%1): for tests "
                                                           "and scripted sign-ins. Default: a person approves.")
                                                .arg(QStringLiteral("/sso/verify")));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve HTTPS, as AWS does, with a P-256 key and a self-signed certificate for "
                                                "localhost, 127.0.0.1 and ::1 made at start (the key is never written). "
                                                "Prints 'listening on https://HOST:PORT'. Default: plain HTTP."));
    const QCommandLineOption tlsCertificateOut(QStringLiteral("tls-certificate-out"),
                                               QStringLiteral("With --tls: write the certificate (PEM) to FILE before "
                                                              "listening, for clients to trust (boto3 verify=FILE, "
                                                              "aws --ca-bundle FILE)."),
                                               QStringLiteral("FILE"));
    parser.addOptions({listen, state, account, region, accessKey, secretKeyFile, secretKey, seed, fault, faultSeed,
                       rateLimit, maxConnections, idleTimeout, ssoAutoApprove, tls, tlsCertificateOut});

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
    const bool secretInEnvironment = environment.contains(secretVariable);
    const bool secretGiven = parser.isSet(secretKey) || parser.isSet(secretKeyFile) || secretInEnvironment;
    if (parser.isSet(accessKey) != secretGiven)
        return fail(parser.isSet(accessKey) || !secretInEnvironment
                        ? QStringLiteral("--access-key-id and its secret go together (--secret-access-key-file, %1 or "
                                         "--secret-access-key)")
                              .arg(secretVariable)
                        : QStringLiteral("%1 is set but --access-key-id is not: give both, or neither").arg(secretVariable));
    if (parser.isSet(accessKey)) {
        config.accessKeyId = parser.value(accessKey);
        static const QRegularExpression keyPattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9]{4,128}")));
        if (!keyPattern.match(config.accessKeyId).hasMatch())
            return fail(QStringLiteral("--access-key-id must be 4-128 letters and digits"));
        const Parsed<QByteArray> secret = secretFrom(parser, secretKeyFile, secretKey, environment.value(secretVariable));
        if (!secret.error.isEmpty())
            return fail(secret.error);
        config.secretAccessKey = secret.value;
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
    if (parser.isSet(rateLimit)) {
        const Parsed<double> rate = parseRate(QStringLiteral("--rate-limit"), parser.value(rateLimit));
        if (!rate.error.isEmpty())
            return fail(rate.error);
        config.rateLimit = rate.value;
    }
    if (parser.isSet(maxConnections)) {
        bool ok = false;
        config.maxConnections = parser.value(maxConnections).toInt(&ok);
        if (!ok || config.maxConnections < 1 || config.maxConnections > 1000000)
            return fail(QStringLiteral("--max-connections takes a number from 1 to 1000000"));
    }
    config.ssoAutoApprove = parser.isSet(ssoAutoApprove);
    config.tls = parser.isSet(tls);
    result.tlsCertificateOut = parser.value(tlsCertificateOut);
    if (!result.tlsCertificateOut.isEmpty() && !config.tls)
        return fail(QStringLiteral("--tls-certificate-out goes with --tls"));
    if (parser.isSet(idleTimeout)) {
        const Parsed<int> duration = parseDuration(QStringLiteral("--idle-timeout"), parser.value(idleTimeout));
        if (!duration.error.isEmpty())
            return fail(duration.error);
        config.idleTimeoutMs = duration.value;
    }
    return result;
}

} // namespace desk
