#include "credentials/assumeroleprovider.h"

#include "api/codeartifactclient.h"
#include "credentials/mfaprompt.h"

#include <QCoreApplication>

namespace desk {

namespace {

} // namespace

AssumeRoleProvider::AssumeRoleProvider(QNetworkAccessManager *network, std::shared_ptr<CredentialsProvider> source,
                                       const Settings &settings, QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_source(std::move(source))
    , m_settings(settings)
    , m_client(new CodeArtifactClient(network, this))
{
    m_client->setCredentialsProvider(m_source);
    m_client->setRegion(settings.region.isEmpty() ? QStringLiteral("us-east-1") : settings.region);
    m_client->setStsEndpointOverride(settings.stsEndpoint);
    m_client->setEnvironment(settings.environment);
    m_client->setTimeoutMs(settings.timeoutMs);
}

AssumeRoleProvider::~AssumeRoleProvider()
{
    if (m_job)
        m_job->abort();
}

QString AssumeRoleProvider::name() const
{
    return tr("role %1 of profile %2").arg(m_settings.input.roleArn, m_settings.profile);
}

void AssumeRoleProvider::fetch()
{
    // A source that refreshes itself (credential_process, another role) must be ready first.
    auto *refreshing = dynamic_cast<RefreshingCredentialsProvider *>(m_source.get());
    if (refreshing && !refreshing->hasValidCredentials()) {
        disconnect(m_sourceOk);
        disconnect(m_sourceFailed);
        m_sourceOk = connect(refreshing, &RefreshingCredentialsProvider::refreshed, this, [this] {
            disconnect(m_sourceOk);
            disconnect(m_sourceFailed);
            sourceReady();
        });
        m_sourceFailed = connect(refreshing, &RefreshingCredentialsProvider::refreshFailed, this,
                                 [this](const AwsError &error) {
                                     disconnect(m_sourceOk);
                                     disconnect(m_sourceFailed);
                                     fail(error);
                                 });
        refreshing->refresh();
        return;
    }
    sourceReady();
}

void AssumeRoleProvider::sourceReady()
{
    if (!m_source || !m_source->credentials().isValid()) {
        fail(AwsError(AwsError::Kind::Configuration,
                      tr("The source profile of profile %1 has no credentials to assume %2 with.")
                          .arg(m_settings.profile, m_settings.input.roleArn)));
        return;
    }
    if (m_settings.input.serialNumber.isEmpty()) {
        assume({});
        return;
    }
    if (!m_mfaPrompt) {
        fail(AwsError(AwsError::Kind::Configuration,
                      tr("Profile %1 needs an MFA code (mfa_serial), but nothing can ask for it.").arg(m_settings.profile)));
        return;
    }
    if (const QString why = m_mfaPrompt->whyNoOneCanAnswer(); !why.isEmpty()) {
        fail(AwsError(AwsError::Kind::Configuration,
                      tr("Profile %1 needs an MFA code (mfa_serial), and %2").arg(m_settings.profile, why)));
        return;
    }
    m_mfaPrompt->requestCode(m_settings.profile, m_settings.input.serialNumber, this, [this](const QString &code) {
        if (code.trimmed().isEmpty()) {
            fail(AwsError(AwsError::Kind::Cancelled,
                          tr("No MFA code was entered for profile %1.").arg(m_settings.profile)));
            return;
        }
        assume(code.trimmed());
    });
}

void AssumeRoleProvider::assume(const QString &tokenCode)
{
    AssumeRoleInput input = m_settings.input;
    input.tokenCode = tokenCode;
    if (input.roleSessionName.isEmpty())
        input.roleSessionName = QStringLiteral("artifact-desk-%1").arg(QDateTime::currentSecsSinceEpoch());
    auto *job = new AssumeRoleJob(m_client, input, this);
    m_job = job;
    connect(job, &AwsJob::finished, this, [this, job] {
        if (job->error()) {
            AwsError error = job->error();
            // The raw reason: userMessage() wraps it in its sentence (the service and endpoint for
            // a network failure), which must not be said twice.
            error.setMessage(tr("Assuming %1 for profile %2 failed: %3")
                                 .arg(m_settings.input.roleArn, m_settings.profile,
                                      error.message().isEmpty() ? error.userMessage() : error.message()));
            fail(error);
            return;
        }
        m_assumedRoleArn = job->assumedRoleArn();
        deliver(job->takeCredentials());
    });
    job->start();
}

} // namespace desk
