#include "credentials/credentialsresolver.h"

#include "aws/endpointresolver.h"
#include "credentials/assumeroleprovider.h"
#include "credentials/credentialprocessprovider.h"
#include "credentials/refreshingcredentialsprovider.h"
#include "credentials/ssocredentialsprovider.h"
#include "credentials/ssosettings.h"
#include "credentials/ssotokencache.h"

#include <QCoreApplication>
#include <QDir>

namespace desk {

namespace {

// The longest chain of source_profile settings followed (a profile, its source, its source's...).
constexpr int kMaxRoleChain = 10;

bool isTrue(const QString &value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

CredentialsResolver::CredentialsResolver(SharedConfig config, CredentialsResolverOptions options)
    : m_config(std::move(config))
    , m_options(std::move(options))
{
}

QStringList CredentialsResolver::unsupportedSettings(const SharedProfile &profile)
{
    QStringList out;
    for (const char *key : {"web_identity_token_file"}) {
        if (profile.values.contains(QLatin1String(key)))
            out.append(QLatin1String(key));
    }
    const QString credentialSource = profile.value(QStringLiteral("credential_source"));
    if (!credentialSource.isEmpty() && credentialSource.compare(QLatin1String("Environment"), Qt::CaseInsensitive) != 0)
        out.append(QStringLiteral("credential_source = %1").arg(credentialSource));
    return out;
}

bool CredentialsResolver::hasEnvironmentCredentials() const
{
    const QProcessEnvironment &env = m_options.environment;
    return !env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).trimmed().isEmpty()
        || !env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).trimmed().isEmpty();
}

ResolvedCredentials CredentialsResolver::resolveEnvironment() const
{
    ResolvedCredentials out;
    const QProcessEnvironment &env = m_options.environment;
    AwsCredentials c;
    c.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).trimmed();
    c.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).trimmed().toUtf8();
    c.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN")).trimmed().toUtf8();
    if (c.sessionToken.isEmpty())
        c.sessionToken = env.value(QStringLiteral("AWS_SECURITY_TOKEN")).trimmed().toUtf8();
    c.source = tr("environment variables");
    out.description = c.source;
    if (c.accessKeyId.isEmpty() || c.secretAccessKey.isEmpty()) {
        out.error = AwsError::configuration(c.accessKeyId.isEmpty() && c.secretAccessKey.isEmpty()
                                    ? tr("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.")
                                    : c.accessKeyId.isEmpty() ? tr("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.")
                                                              : tr("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not."));
        c.clear();
        return out;
    }
    out.provider = std::make_shared<StaticCredentialsProvider>(std::move(c));
    // The region still comes from AWS_PROFILE's (or the default) profile, as in the CLI.
    const QString profileName = env.value(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    const SharedProfile profile = m_config.profile(profileName);
    fillRegionAndEndpoints(out, profile.isValid() ? &profile : nullptr);
    return out;
}

ResolvedCredentials CredentialsResolver::resolveDefault() const
{
    if (!m_options.commandLineProfile.isEmpty())
        return resolveProfile(m_options.commandLineProfile);
    if (hasEnvironmentCredentials())
        return resolveEnvironment();
    const QString fromEnv = m_options.environment.value(QStringLiteral("AWS_PROFILE")).trimmed();
    if (!fromEnv.isEmpty())
        return resolveProfile(fromEnv);
    if (m_config.hasProfile(QStringLiteral("default")))
        return resolveProfile(QStringLiteral("default"));
    ResolvedCredentials out;
    // An unreadable file may well be where the credentials are: that is the news, not their absence.
    if (const QString unread = fileProblemsText(); !unread.isEmpty()) {
        out.error = AwsError::configuration(tr("No AWS credentials could be used, because an AWS file could not be read: %1").arg(unread));
        return out;
    }
    out.error = AwsError::configuration(tr("No AWS credentials were found: no --profile, no AWS_ACCESS_KEY_ID, no AWS_PROFILE, and no "
                               "[default] profile in %1 or %2.")
                                .arg(SharedConfig::credentialsPath(m_options.environment),
                                     SharedConfig::configPath(m_options.environment)));
    return out;
}

ResolvedCredentials CredentialsResolver::resolveProfile(const QString &name) const
{
    ResolvedCredentials out;
    out.profile = name;
    const SharedProfile profile = m_config.profile(name);
    const QString unread = fileProblemsText();
    if (!profile.isValid()) {
        if (!unread.isEmpty()) {
            out.error = AwsError::configuration(tr("The profile \"%1\" cannot be looked up, because an AWS file could not be read: %2")
                                        .arg(name, unread));
            return out;
        }
        const QStringList names = m_config.profileNames();
        const QString where = tr("The profile \"%1\" is in neither %2 nor %3.")
                                  .arg(name, SharedConfig::configPath(m_options.environment),
                                       SharedConfig::credentialsPath(m_options.environment));
        out.error = AwsError::configuration(names.isEmpty()
                                    ? tr("%1 Neither file has any profile; add one with aws configure --profile NAME.").arg(where)
                                    : tr("%1 The profiles there are: %2. Check the spelling.")
                                          .arg(where, names.join(QStringLiteral(", "))));
        return out;
    }
    Built built = buildProvider(name, {});
    out.error = built.error;
    out.provider = built.provider;
    out.description = built.description;
    fillRegionAndEndpoints(out, &profile);
    // The profile's settings in the file that could not be read are missing.
    if (!unread.isEmpty()) {
        if (out.error)
            out.error.setMessage(tr("%1 This may be because an AWS file could not be read: %2").arg(out.error.message(), unread));
        else
            out.warnings.append(tr("An AWS file could not be read: %1").arg(unread));
    }
    return out;
}

QString CredentialsResolver::fileProblemsText() const
{
    QStringList problems;
    for (const SharedConfigIssue &issue : m_config.fileProblems())
        problems.append(issue.toString());
    return problems.join(u' ');
}

void CredentialsResolver::fillRegionAndEndpoints(ResolvedCredentials &out, const SharedProfile *profile) const
{
    const QProcessEnvironment &env = m_options.environment;
    if (!m_options.commandLineRegion.isEmpty()) {
        out.region = m_options.commandLineRegion;
        out.regionSource = QStringLiteral("--region");
    } else if (!env.value(QStringLiteral("AWS_REGION")).trimmed().isEmpty()) {
        out.region = env.value(QStringLiteral("AWS_REGION")).trimmed();
        out.regionSource = QStringLiteral("AWS_REGION");
    } else if (!env.value(QStringLiteral("AWS_DEFAULT_REGION")).trimmed().isEmpty()) {
        out.region = env.value(QStringLiteral("AWS_DEFAULT_REGION")).trimmed();
        out.regionSource = QStringLiteral("AWS_DEFAULT_REGION");
    } else if (profile && profile->has(QStringLiteral("region"))) {
        out.region = profile->value(QStringLiteral("region"));
        out.regionSource = tr("profile %1").arg(profile->name);
    }

    // Endpoints: --endpoint-url, then AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL (the client reads
    // those itself), then the profile's services section, then its endpoint_url.
    const bool ignoreConfigured = isTrue(env.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")))
        || (profile && isTrue(profile->value(QStringLiteral("ignore_configured_endpoint_urls"))));
    auto configured = [&](const QString &service, const QString &envName) -> QString {
        if (ignoreConfigured || !profile)
            return {};
        if (!env.value(envName).trimmed().isEmpty() || !env.value(QStringLiteral("AWS_ENDPOINT_URL")).trimmed().isEmpty())
            return {};
        const QString fromServices = m_config.serviceEndpoint(*profile, service);
        if (!fromServices.isEmpty())
            return fromServices;
        return profile->value(QStringLiteral("endpoint_url"));
    };
    out.endpointUrl = !m_options.commandLineEndpoint.isEmpty()
        ? m_options.commandLineEndpoint
        : configured(QStringLiteral("codeartifact"), QStringLiteral("AWS_ENDPOINT_URL_CODEARTIFACT"));
    out.stsEndpointUrl = configured(QStringLiteral("sts"), QStringLiteral("AWS_ENDPOINT_URL_STS"));
    fillCaBundle(out, profile);
    if (profile && !profile->value(QStringLiteral("services")).isEmpty()
        && !m_config.configFile().servicesSection(profile->value(QStringLiteral("services"))))
        out.warnings.append(tr("Profile %1 names services \"%2\", but there is no [services %2] section.")
                                .arg(profile->name, profile->value(QStringLiteral("services"))));
}

void CredentialsResolver::fillCaBundle(ResolvedCredentials &out, const SharedProfile *profile) const
{
    // As the AWS CLI finds it (below its --ca-bundle option): AWS_CA_BUNDLE, then ca_bundle.
    QString path = m_options.environment.value(QStringLiteral("AWS_CA_BUNDLE")).trimmed();
    QString source = QStringLiteral("AWS_CA_BUNDLE");
    if (path.isEmpty() && profile && profile->has(QStringLiteral("ca_bundle"))) {
        path = profile->value(QStringLiteral("ca_bundle"));
        source = tr("ca_bundle of profile %1").arg(profile->name);
    }
    if (path.isEmpty())
        return;
    out.caBundlePath = SharedConfig::expandPath(path);
    out.caBundle = QSslCertificate::fromPath(out.caBundlePath, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    // The CLI refuses to go on without its bundle; so do we, rather than trust more than was asked.
    if (out.caBundle.isEmpty() && !out.error)
        out.error = AwsError::configuration(tr("The CA bundle %1 (%2) cannot be read or holds no PEM certificate. Fix the file, or "
                                   "remove the setting to use the system's certificates.")
                                    .arg(QDir::toNativeSeparators(out.caBundlePath), source));
}

CredentialsResolver::Built CredentialsResolver::staticFrom(const SharedProfile &profile, const QString &fileText) const
{
    Built b;
    AwsCredentials c;
    c.accessKeyId = profile.value(QStringLiteral("aws_access_key_id"));
    c.secretAccessKey = profile.value(QStringLiteral("aws_secret_access_key")).toUtf8();
    c.sessionToken = profile.value(QStringLiteral("aws_session_token")).toUtf8();
    if (c.sessionToken.isEmpty())
        c.sessionToken = profile.value(QStringLiteral("aws_security_token")).toUtf8();
    c.source = tr("profile %1 (%2)").arg(profile.name, fileText);
    b.description = c.source;
    b.provider = std::make_shared<StaticCredentialsProvider>(std::move(c));
    return b;
}

CredentialsResolver::Built CredentialsResolver::ssoFrom(const SharedProfile &profile) const
{
    Built b;
    SsoSettings::Result sso = SsoSettings::fromProfile(m_config, profile);
    if (sso.error) {
        b.error = sso.error;
        return b;
    }
    if (!m_options.network) {
        b.error = AwsError::configuration(tr("Profile %1 needs IAM Identity Center, but no network is available.").arg(profile.name));
        return b;
    }
    const QProcessEnvironment &env = m_options.environment;
    // The services section's endpoints count only where no variable names one (the SDKs' order).
    const bool ignoreConfigured = isTrue(env.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")))
        || isTrue(profile.value(QStringLiteral("ignore_configured_endpoint_urls")));
    const bool generalVariable = !env.value(QStringLiteral("AWS_ENDPOINT_URL")).trimmed().isEmpty();
    auto keep = [&](QString &endpoint, const QString &service) {
        if (ignoreConfigured || generalVariable
            || !env.value(EndpointResolver::serviceVariableName(service)).trimmed().isEmpty())
            endpoint.clear();
    };
    keep(sso.settings.oidcEndpoint, QStringLiteral("sso-oidc"));
    keep(sso.settings.portalEndpoint, QStringLiteral("sso"));

    SsoCredentialsProvider::Options options;
    options.settings = sso.settings;
    options.cachePath = SsoTokenCache::path(sso.settings, env);
    options.configPath = SharedConfig::configPath(env);
    options.environment = env;
    options.timeoutMs = m_options.stsTimeoutMs;
    auto provider = makeQObjectProvider(new SsoCredentialsProvider(m_options.network, options));
    provider->setPrompt(m_options.ssoPrompt);
    b.provider = provider;
    b.description = sso.settings.hasRole()
        ? tr("profile %1: IAM Identity Center, role %2 in account %3").arg(profile.name, sso.settings.roleName, sso.settings.accountId)
        : tr("profile %1: IAM Identity Center, account and role chosen after signing in").arg(profile.name);
    return b;
}

CredentialsResolver::Built CredentialsResolver::buildProvider(const QString &name, QStringList chain) const
{
    Built b;
    const SharedProfile profile = m_config.profile(name);
    if (!profile.isValid()) {
        b.error = AwsError::configuration(tr("The profile \"%1\" (named by source_profile in profile %2) is in neither AWS file.")
                                  .arg(name, chain.isEmpty() ? QString() : chain.last()));
        return b;
    }
    if (!profile.errors.isEmpty()) {
        b.error = AwsError::configuration(tr("Profile %1 cannot be used because of a malformed line: %2")
                                  .arg(name, profile.errors.first().toString()));
        return b;
    }
    const QStringList unsupported = unsupportedSettings(profile);
    const bool hasRole = profile.has(QStringLiteral("role_arn"));
    const bool credsFileKeys = [&] {
        const SharedConfigSection *s = m_config.credentialsFile().profile(name);
        return s && !s->values.value(QStringLiteral("aws_access_key_id")).isEmpty()
            && !s->values.value(QStringLiteral("aws_secret_access_key")).isEmpty();
    }();
    const bool anyKeys = profile.has(QStringLiteral("aws_access_key_id")) || profile.has(QStringLiteral("aws_secret_access_key"));
    const bool bothKeys = profile.has(QStringLiteral("aws_access_key_id")) && profile.has(QStringLiteral("aws_secret_access_key"));

    // A profile used as a source_profile uses its own keys first (botocore does the same).
    if (!chain.isEmpty() && bothKeys)
        return staticFrom(profile, profile.originText());

    if (hasRole) {
        if (!unsupported.isEmpty()) {
            b.error = AwsError::configuration(tr("Profile %1 uses %2, which Artifact Desk does not support. Use source_profile "
                                     "or credential_source = Environment, or pick another profile.")
                                      .arg(name, unsupported.join(QStringLiteral(", "))));
            return b;
        }
        std::shared_ptr<CredentialsProvider> source;
        QString sourceText;
        const QString sourceProfile = profile.value(QStringLiteral("source_profile"));
        const QString credentialSource = profile.value(QStringLiteral("credential_source"));
        if (!sourceProfile.isEmpty() && !credentialSource.isEmpty()) {
            b.error = AwsError::configuration(tr("Profile %1 sets both source_profile and credential_source; set only one.").arg(name));
            return b;
        }
        if (!credentialSource.isEmpty()) {
            ResolvedCredentials env = resolveEnvironment();
            if (env.error) {
                b.error = AwsError::configuration(tr("Profile %1 takes its source credentials from the environment "
                                         "(credential_source = Environment): %2")
                                          .arg(name, env.error.message()));
                return b;
            }
            source = env.provider;
            sourceText = env.description;
        } else if (sourceProfile.isEmpty()) {
            b.error = AwsError::configuration(tr("Profile %1 sets role_arn but neither source_profile nor credential_source.").arg(name));
            return b;
        } else if (sourceProfile == name) {
            if (!bothKeys) {
                b.error = AwsError::configuration(tr("Profile %1 is its own source_profile but has no access keys.").arg(name));
                return b;
            }
            Built self = staticFrom(profile, profile.originText());
            source = self.provider;
            sourceText = self.description;
        } else {
            if (chain.contains(sourceProfile)) {
                // The loop itself, from where it starts.
                const QStringList path = chain + QStringList{name, sourceProfile};
                b.error = AwsError::configuration(tr("The source_profile settings form a loop: %1")
                                          .arg(path.mid(path.indexOf(sourceProfile)).join(QStringLiteral(" \u2192 "))));
                return b;
            }
            if (chain.size() + 2 > kMaxRoleChain) {   // the profiles so far, this one and its source
                b.error = AwsError::configuration(tr("The chain of source_profile settings from %1 is deeper than %2 profiles "
                                         "(%3 \u2192 \u2026); Artifact Desk stops there.")
                                          .arg(chain.value(0, name))
                                          .arg(kMaxRoleChain)
                                          .arg((chain + QStringList{name}).mid(0, 3).join(QStringLiteral(" \u2192 "))));
                return b;
            }
            Built built = buildProvider(sourceProfile, chain + QStringList{name});
            if (built.error) {
                b.error = built.error;
                return b;
            }
            source = built.provider;
            sourceText = built.description;
        }
        if (!m_options.network) {
            b.error = AwsError::configuration(tr("Profile %1 needs STS AssumeRole, but no network is available.").arg(name));
            return b;
        }
        AssumeRoleProvider::Settings settings;
        settings.profile = name;
        settings.input.roleArn = profile.value(QStringLiteral("role_arn"));
        settings.input.roleSessionName = profile.value(QStringLiteral("role_session_name"));
        settings.input.externalId = profile.value(QStringLiteral("external_id"));
        settings.input.serialNumber = profile.value(QStringLiteral("mfa_serial"));
        if (profile.has(QStringLiteral("duration_seconds"))) {
            bool ok = false;
            settings.input.durationSeconds = profile.value(QStringLiteral("duration_seconds")).toInt(&ok);
            if (!ok || settings.input.durationSeconds < 900 || settings.input.durationSeconds > 43200) {
                b.error = AwsError::configuration(tr("Profile %1: duration_seconds must be a number from 900 to 43200 (%2).")
                                          .arg(name, profile.origins.value(QStringLiteral("duration_seconds"))));
                return b;
            }
        }
        ResolvedCredentials endpoints;
        fillRegionAndEndpoints(endpoints, &profile);
        settings.region = endpoints.region;
        settings.stsEndpoint = endpoints.stsEndpointUrl;
        settings.environment = m_options.environment;
        settings.timeoutMs = m_options.stsTimeoutMs;
        auto provider = makeQObjectProvider(new AssumeRoleProvider(m_options.network, source, settings));
        provider->setMfaPrompt(m_options.mfaPrompt);
        b.provider = provider;
        b.description = tr("profile %1: role %2 via %3").arg(name, settings.input.roleArn, sourceText);
        return b;
    }

    if (SsoSettings::usesSso(profile) && unsupported.isEmpty())
        return ssoFrom(profile);
    if (!unsupported.isEmpty()) {
        b.error = AwsError::configuration(tr("Profile %1 uses %2, which Artifact Desk does not support yet. Sign in with the AWS CLI "
                                 "and export temporary keys, use credential_process, or add the keys as an Artifact "
                                 "Desk profile.")
                                  .arg(name, unsupported.join(QStringLiteral(", "))));
        return b;
    }
    if (credsFileKeys)
        return staticFrom(profile, QCoreApplication::translate("SharedConfig", "AWS credentials file"));
    if (profile.has(QStringLiteral("credential_process"))) {
        auto provider = makeQObjectProvider(new CredentialProcessProvider(name, profile.value(QStringLiteral("credential_process"))));
        provider->setTimeoutMs(m_options.processTimeoutMs);
        provider->setEnvironment(m_options.environment);
        b.provider = provider;
        b.description = tr("profile %1 (credential_process)").arg(name);
        return b;
    }
    if (bothKeys)
        return staticFrom(profile, profile.originText());
    if (anyKeys) {
        const QString missing = profile.has(QStringLiteral("aws_access_key_id")) ? QStringLiteral("aws_secret_access_key")
                                                                                  : QStringLiteral("aws_access_key_id");
        b.error = AwsError::configuration(tr("Profile %1 sets only one of aws_access_key_id and aws_secret_access_key; %2 is missing.")
                                  .arg(name, missing));
        return b;
    }
    b.error = AwsError::configuration(tr("Profile %1 has no credentials: no aws_access_key_id, credential_process or role_arn.").arg(name));
    return b;
}

} // namespace desk
