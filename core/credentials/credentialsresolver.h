#pragma once

#include "base/awserror.h"
#include "aws/awscredentials.h"
#include "aws/sharedconfig.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace desk {

class MfaPrompt;
class SsoPrompt;

// What the command line and the environment ask for, and what building providers needs.
struct CredentialsResolverOptions
{
    QString commandLineProfile;    // --profile
    QString commandLineRegion;     // --region
    QString commandLineEndpoint;   // --endpoint-url (CodeArtifact)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QNetworkAccessManager *network = nullptr;   // for STS AssumeRole
    MfaPrompt *mfaPrompt = nullptr;             // for mfa_serial
    SsoPrompt *ssoPrompt = nullptr;             // IAM Identity Center sign-in and role choice
    int processTimeoutMs = 60000;               // credential_process
    int stsTimeoutMs = 30000;
};

// The outcome of resolving credentials: a provider (maybe one that still has to fetch: see
// RefreshingCredentialsProvider) plus the region and endpoints that go with it.
struct ResolvedCredentials
{
    AwsError error;                                   // Configuration: names the file, line or setting
    std::shared_ptr<CredentialsProvider> provider;
    QString profile;                                  // the shared profile used; empty for environment keys
    QString description;                              // "profile dev (AWS credentials file)"
    QString region;
    QString regionSource;                             // "--region", "AWS_REGION", "profile dev", ...
    QString endpointUrl;                              // for CodeArtifactClient::setEndpointOverride (empty: env/default)
    QString stsEndpointUrl;                           // for setStsEndpointOverride
    // AWS_CA_BUNDLE, else the profile's ca_bundle: the file and its certificates, for
    // CodeArtifactClient::setCaBundle (empty: the system's trust store).
    QString caBundlePath;
    QList<QSslCertificate> caBundle;
    QStringList warnings;

    bool isValid() const { return !error && provider != nullptr; }
};

// Finds credentials the way the AWS CLI does: --profile, then AWS_ACCESS_KEY_ID/
// AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, then AWS_PROFILE, then [default]; inside a profile:
// role_arn (+ source_profile, credential_source = Environment), then IAM Identity Center
// (sso_session or sso_start_url), then static keys from the credentials file, credential_process,
// static keys from the config file. Settings it cannot honour (web identity, instance metadata)
// are named in the error instead of ignored.
class CredentialsResolver
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsResolver)

public:
    CredentialsResolver(SharedConfig config, CredentialsResolverOptions options);

    const SharedConfig &config() const { return m_config; }
    const CredentialsResolverOptions &options() const { return m_options; }
    // The CA bundle into out.caBundle/caBundlePath: AWS_CA_BUNDLE, then the profile's ca_bundle
    // (profile may be null: the variable only). A bundle that is set but gives no certificate is
    // out.error, as the CLI refuses it.
    void fillCaBundle(ResolvedCredentials &out, const SharedProfile *profile) const;

    // The CLI's default chain.
    ResolvedCredentials resolveDefault() const;
    // One named shared-file profile (explicitly chosen: environment keys do not override it).
    ResolvedCredentials resolveProfile(const QString &name) const;
    // AWS_ACCESS_KEY_ID and friends; an error when they are not (completely) set.
    ResolvedCredentials resolveEnvironment() const;
    bool hasEnvironmentCredentials() const;

    // The settings of a profile this app does not support, e.g. {"web_identity_token_file"}.
    static QStringList unsupportedSettings(const SharedProfile &profile);

private:
    struct Built
    {
        std::shared_ptr<CredentialsProvider> provider;
        AwsError error;
        QString description;
    };
    Built buildProvider(const QString &name, QStringList chain) const;
    Built staticFrom(const SharedProfile &profile, const QString &fileText) const;
    Built ssoFrom(const SharedProfile &profile) const;
    void fillRegionAndEndpoints(ResolvedCredentials &out, const SharedProfile *profile) const;

    // The shared files that could not be used at all, "FILE: why." each; empty when both were read.
    QString fileProblemsText() const;

    SharedConfig m_config;
    CredentialsResolverOptions m_options;
};

// Wraps a QObject provider in a shared_ptr that deletes it with deleteLater().
template<typename T>
std::shared_ptr<T> makeQObjectProvider(T *provider)
{
    return std::shared_ptr<T>(provider, [](T *p) { p->deleteLater(); });
}

} // namespace desk
