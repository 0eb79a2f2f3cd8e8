#pragma once

#include "credentials/refreshingcredentialsprovider.h"

#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>

namespace desk {

// A profile's credential_process: runs the command (split like a shell would, but without a
// shell, as the AWS CLI does), with a timeout, and reads its "Version": 1 JSON from stdout.
// Refreshes before "Expiration". The command's output is never logged or put in a message.
class CredentialProcessProvider : public RefreshingCredentialsProvider
{
    Q_OBJECT

public:
    CredentialProcessProvider(const QString &profile, const QString &command, QObject *parent = nullptr);
    ~CredentialProcessProvider() override;

    QString name() const override;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    // Reads the process's JSON; an error names what is wrong but never echoes the output.
    struct Parsed
    {
        AwsCredentials credentials;
        AwsError error;
    };
    static Parsed parseOutput(const QByteArray &output, const QString &profile);

protected:
    void fetch() override;

private:
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleTimeout();
    void handleStartError(QProcess::ProcessError error);
    void finishProcess();

    QString m_profile;
    QString m_command;
    QProcessEnvironment m_environment;
    int m_timeoutMs = 60000;
    QPointer<QProcess> m_process;
    QTimer m_timeout;
};

} // namespace desk
