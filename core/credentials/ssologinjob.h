#pragma once

#include "api/ssojobs.h"
#include "base/job.h"
#include "credentials/ssosettings.h"
#include "credentials/ssotokencache.h"

#include <QPointer>
#include <QTimer>

namespace desk {

class CodeArtifactClient;

// Signs a person in to IAM Identity Center with the OAuth device authorization flow, as
// `aws sso login` does: RegisterClient (or the registration the cache already holds), then
// StartDeviceAuthorization, then verificationReady() with the code to confirm in the browser,
// then CreateToken every `interval` seconds until the person approved (slow_down adds 5 s), denied,
// or the code expired. The token is written to the cache shared with the AWS CLI before the job
// finishes, so a sign-in here signs the CLI in too. abort() cancels at any time.
class SsoLoginJob : public Job
{
    Q_OBJECT

public:
    // client: an SSO OIDC client in the session's region (not owned; it must outlive the job).
    SsoLoginJob(CodeArtifactClient *client, const SsoSettings &settings, const QString &cachePath,
                QObject *parent = nullptr);
    ~SsoLoginJob() override;

    QString operationName() const override { return QStringLiteral("CreateToken"); }
    const SsoSettings &settings() const { return m_settings; }
    // After success: the token that was written to the cache.
    SsoToken token() const { return m_token; }
    QString userCode() const { return m_authorization.userCode; }
    QString verificationUrl() const;
    int polls() const { return m_polls; }
    // The wait between polls now (the service's interval, plus 5 s for each slow_down).
    int pollIntervalMs() const { return m_intervalMs; }
    // Tests: a floor for the wait (the service's interval is 1 s at least otherwise).
    void setMinimumPollIntervalMs(int ms) { m_minimumIntervalMs = ms; }

Q_SIGNALS:
    // The person now confirms `userCode` at `url` (the URL already carries the code).
    void verificationReady(const QString &userCode, const QString &url, int expiresInSeconds);

protected:
    void run() override;
    void subjobFinished(Job *job) override;
    void doAbort() override;

private:
    void registerClient();
    void startAuthorization();
    void poll();
    void tokenAnswered(CreateTokenJob *job);
    void fail(const AwsError &error);

    QPointer<CodeArtifactClient> m_client;
    SsoSettings m_settings;
    QString m_cachePath;
    SsoClientRegistration m_registration;
    SsoDeviceAuthorization m_authorization;
    SsoToken m_token;
    SsoToken m_previous;   // what the cache held: its otherFields are kept
    QTimer m_pollTimer;
    QDateTime m_deadline;
    int m_intervalMs = 5000;
    int m_minimumIntervalMs = 1000;
    int m_polls = 0;
    bool m_reusedRegistration = false;   // from the cache: the service may have forgotten it
};

} // namespace desk
