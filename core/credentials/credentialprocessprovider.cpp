#include "credentials/credentialprocessprovider.h"

#include "aws/awscredentials.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace desk {

namespace {

AwsError processError(const QString &message, AwsError::Kind kind = AwsError::Kind::Configuration)
{
    AwsError e(kind, message);
    e.setService(QStringLiteral("credential_process"));
    return e;
}

// Ends the process and, on Unix, every process it started: it runs in a process group of its own
// (see fetch()), so a script's children (a login helper, a sleep) do not outlive it holding its
// output open.
void stop(QProcess *process)
{
#ifdef Q_OS_UNIX
    if (const qint64 pid = process->processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process->kill();
    process->waitForFinished(1000);
}

} // namespace

CredentialProcessProvider::CredentialProcessProvider(const QString &profile, const QString &command, QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_profile(profile)
    , m_command(command)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CredentialProcessProvider::handleTimeout);
}

CredentialProcessProvider::~CredentialProcessProvider()
{
    if (m_process) {
        m_process->disconnect(this);
        stop(m_process);
    }
}

QString CredentialProcessProvider::name() const
{
    return tr("credential_process of profile %1").arg(m_profile);
}

CredentialProcessProvider::Parsed CredentialProcessProvider::parseOutput(const QByteArray &output, const QString &profile)
{
    Parsed out;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        out.error = processError(tr("The credential_process of profile %1 did not print a JSON object "
                                    "(expected {\"Version\": 1, \"AccessKeyId\": ..., \"SecretAccessKey\": ...}).")
                                     .arg(profile));
        return out;
    }
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(QLatin1String("Version"));
    if (!version.isDouble() || version.toInt() != 1) {
        // Only a number is repeated: any other value is the tool's text, which may be a secret
        // printed in the wrong place.
        const QString given = version.isUndefined() ? tr("(missing)")
            : version.isDouble()                    ? version.toVariant().toString()
                                                    : tr("(not a number)");
        out.error = processError(tr("The credential_process of profile %1 printed \"Version\": %2; only version 1 is understood.")
                                     .arg(profile, given));
        return out;
    }
    for (const char *required : {"AccessKeyId", "SecretAccessKey"}) {
        const QJsonValue v = object.value(QLatin1String(required));
        if (!v.isString() || v.toString().isEmpty()) {
            out.error = processError(tr("The credential_process of profile %1 printed no \"%2\".")
                                         .arg(profile, QLatin1String(required)));
            return out;
        }
    }
    AwsCredentials c;
    c.accessKeyId = object.value(QLatin1String("AccessKeyId")).toString();
    c.secretAccessKey = object.value(QLatin1String("SecretAccessKey")).toString().toUtf8();
    c.sessionToken = object.value(QLatin1String("SessionToken")).toString().toUtf8();
    const QJsonValue expiration = object.value(QLatin1String("Expiration"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        c.expiration = QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs);
        if (!c.expiration.isValid())
            c.expiration = QDateTime::fromString(expiration.toString(), Qt::ISODate);
        if (!c.expiration.isValid()) {
            c.clear();
            out.error = processError(tr("The credential_process of profile %1 printed an \"Expiration\" that is not an ISO 8601 time.")
                                         .arg(profile));
            return out;
        }
        c.expiration = c.expiration.toUTC();
    }
    out.credentials = std::move(c);
    return out;
}

void CredentialProcessProvider::fetch()
{
    const QStringList parts = QProcess::splitCommand(m_command);
    if (parts.isEmpty()) {
        fail(processError(tr("The credential_process of profile %1 is empty.").arg(m_profile)));
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessEnvironment(m_environment);
    process->setInputChannelMode(QProcess::ForwardedInputChannel);
    connect(process, &QProcess::finished, this, &CredentialProcessProvider::handleFinished);
    connect(process, &QProcess::errorOccurred, this, &CredentialProcessProvider::handleStartError);
#ifdef Q_OS_UNIX
    // A process group of its own, so that a timeout ends all of it (stop()).
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    m_timeout.start(m_timeoutMs);
    process->start(parts.first(), parts.mid(1), QIODevice::ReadOnly);
}

void CredentialProcessProvider::finishProcess()
{
    m_timeout.stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = nullptr;
}

void CredentialProcessProvider::handleStartError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return;
    const QString why = m_process->errorString();
    finishProcess();
    fail(processError(tr("The credential_process of profile %1 could not be started: %2").arg(m_profile, why)));
}

void CredentialProcessProvider::handleTimeout()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    stop(m_process);
    finishProcess();
    fail(processError(tr("The credential_process of profile %1 did not finish within %2 seconds and was stopped, "
                         "with every process it started.")
                          .arg(m_profile)
                          .arg(m_timeoutMs / 1000.0),
                      AwsError::Kind::Timeout));
}

void CredentialProcessProvider::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    QByteArray output = m_process->readAllStandardOutput();
    // stderr is the tool's own diagnostics: show its first line, briefly.
    QString diagnostics = QString::fromUtf8(m_process->readAllStandardError()).trimmed().section(u'\n', 0, 0).left(300);
    finishProcess();
    if (status != QProcess::NormalExit || exitCode != 0) {
        wipeSecret(output);
        QString message = status != QProcess::NormalExit
            ? tr("The credential_process of profile %1 crashed.").arg(m_profile)
            : tr("The credential_process of profile %1 failed with exit code %2.").arg(m_profile).arg(exitCode);
        if (!diagnostics.isEmpty())
            message += u' ' + tr("It said: %1").arg(diagnostics);
        fail(processError(message, AwsError::Kind::Authentication));
        return;
    }
    Parsed parsed = parseOutput(output, m_profile);
    wipeSecret(output);
    if (parsed.error) {
        fail(parsed.error);
        return;
    }
    deliver(std::move(parsed.credentials));
}

} // namespace desk
