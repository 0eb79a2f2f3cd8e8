#include "credentials/ssosettings.h"

#include "aws/endpointresolver.h"
#include "base/awsclicommand.h"
#include "base/localfile.h"

#include <QDir>
#include <QRegularExpression>


namespace desk {

namespace {

QStringList splitScopes(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString scope = part.trimmed();
        if (!scope.isEmpty())
            out << scope;
    }
    return out;
}

} // namespace

QString SsoSettings::cliLoginArguments() const
{
    return isLegacy() ? QStringLiteral("--profile ") + AwsCliCommand::shellQuote(profile)
                      : QStringLiteral("--sso-session ") + AwsCliCommand::shellQuote(sessionName);
}

QString SsoSettings::displayName() const
{
    return isLegacy() ? tr("the IAM Identity Center sign-in of profile %1").arg(profile)
                      : tr("the IAM Identity Center session %1").arg(sessionName);
}

bool SsoSettings::usesSso(const SharedProfile &profile)
{
    for (const char *key : {"sso_session", "sso_start_url", "sso_account_id", "sso_role_name", "sso_region"}) {
        if (profile.values.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

SsoSettings::Result SsoSettings::fromProfile(const SharedConfig &config, const SharedProfile &profile)
{
    Result r;
    SsoSettings &s = r.settings;
    s.profile = profile.name;
    s.configFile = config.configFile().fileName();
    s.accountId = profile.value(QStringLiteral("sso_account_id")).trimmed();
    s.roleName = profile.value(QStringLiteral("sso_role_name")).trimmed();
    const QString profileStartUrl = profile.value(QStringLiteral("sso_start_url")).trimmed();
    const QString profileRegion = profile.value(QStringLiteral("sso_region")).trimmed();

    s.sessionName = profile.value(QStringLiteral("sso_session")).trimmed();
    if (!s.sessionName.isEmpty()) {
        const SharedConfigSection *session = config.configFile().ssoSession(s.sessionName);
        if (!session) {
            r.error = AwsError::configuration(tr("Profile %1 uses sso_session = %2, but %3 has no [sso-session %2] section.")
                                      .arg(profile.name, s.sessionName, config.configFile().fileName()));
            return r;
        }
        if (session->hasErrors) {
            r.error = AwsError::configuration(tr("The [sso-session %1] section has a malformed line; fix it in %2.")
                                      .arg(s.sessionName, config.configFile().fileName()));
            return r;
        }
        s.startUrl = session->values.value(QStringLiteral("sso_start_url")).trimmed();
        s.region = session->values.value(QStringLiteral("sso_region")).trimmed();
        s.scopes = splitScopes(session->values.value(QStringLiteral("sso_registration_scopes")));
        QStringList missing;
        if (s.startUrl.isEmpty())
            missing << QStringLiteral("sso_start_url");
        if (s.region.isEmpty())
            missing << QStringLiteral("sso_region");
        if (!missing.isEmpty()) {
            r.error = AwsError::configuration(tr("The [sso-session %1] section (used by profile %2) is missing %3.")
                                      .arg(s.sessionName, profile.name, missing.join(QStringLiteral(", "))));
            return r;
        }
        // The CLI refuses a profile whose own sso_start_url or sso_region contradicts its session.
        if (!profileStartUrl.isEmpty() && profileStartUrl != s.startUrl) {
            r.error = AwsError::configuration(tr("Profile %1 sets sso_start_url %2, but its session %3 says %4; remove one.")
                                      .arg(profile.name, profileStartUrl, s.sessionName, s.startUrl));
            return r;
        }
        if (!profileRegion.isEmpty() && profileRegion != s.region) {
            r.error = AwsError::configuration(tr("Profile %1 sets sso_region %2, but its session %3 says %4; remove one.")
                                      .arg(profile.name, profileRegion, s.sessionName, s.region));
            return r;
        }
    } else {
        s.startUrl = profileStartUrl;
        s.region = profileRegion;
        QStringList missing;
        for (const auto &[key, value] : {std::pair{"sso_start_url", s.startUrl}, std::pair{"sso_region", s.region},
                                         std::pair{"sso_account_id", s.accountId}, std::pair{"sso_role_name", s.roleName}}) {
            if (value.isEmpty())
                missing << QLatin1String(key);
        }
        if (!missing.isEmpty()) {
            r.error = AwsError::configuration(tr("Profile %1 uses IAM Identity Center without sso_session but is missing %2. "
                                     "Add them, or use an [sso-session] section as `aws configure sso` writes it.")
                                      .arg(profile.name, missing.join(QStringLiteral(", "))));
            return r;
        }
    }
    if (!EndpointResolver::isValidRegion(s.region)) {
        r.error = AwsError::configuration(tr("Profile %1: sso_region \"%2\" is not a valid AWS region name.").arg(profile.name, s.region));
        return r;
    }
    if (s.accountId.isEmpty() != s.roleName.isEmpty()) {
        r.error = AwsError::configuration(tr("Profile %1 sets only one of sso_account_id and sso_role_name; set both, or neither "
                                 "to choose the account and role after signing in.")
                                  .arg(profile.name));
        return r;
    }
    s.oidcEndpoint = config.serviceEndpoint(profile, EndpointResolver::servicesSectionKey(QStringLiteral("sso-oidc")));
    s.portalEndpoint = config.serviceEndpoint(profile, EndpointResolver::servicesSectionKey(QStringLiteral("sso")));
    return r;
}

bool SsoSettings::isValidProfileName(const QString &name)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.@+-]{1,64}$"));
    return validName.match(name).hasMatch();
}

AwsError SsoSettings::saveProfile(const QString &configPath, const QString &name, const SsoSettings &settings,
                                  const QString &accountId, const QString &roleName, const QString &region)
{
    const QString shown = QDir::toNativeSeparators(configPath);
    if (!isValidProfileName(name))
        return AwsError::configuration(tr("\"%1\" cannot be a profile name: use letters, digits and . _ - @ + (at most 64).").arg(name));

    const LocalFile::Read read = LocalFile::readRegular(configPath, SharedConfigFile::maxFileBytes);
    switch (read.status) {
    case LocalFile::Read::Status::Missing:
    case LocalFile::Read::Status::Ok:
        break;
    case LocalFile::Read::Status::NotAFile:
        return AwsError::configuration(tr("%1 is not a regular file; the profile was not saved.").arg(shown));
    case LocalFile::Read::Status::TooLarge:
        return AwsError::configuration(tr("%1 is too large to be an AWS config file; the profile was not saved.").arg(shown));
    case LocalFile::Read::Status::Unreadable:
        return AwsError::configuration(tr("%1 cannot be read (%2); the profile was not saved.").arg(shown, read.reason));
    }
    const QByteArray &content = read.content;
    const unsigned mode = read.ok() ? read.mode : 0600;
    const SharedConfigFile existing = SharedConfigFile::parse(content, configPath, SharedConfigFile::Kind::Config);
    if (existing.profile(name))
        return AwsError::configuration(tr("%1 already has a profile named %2; choose another name.").arg(shown, name));

    QByteArray section;
    if (!content.isEmpty() && !content.endsWith('\n'))
        section += '\n';
    section += "\n[profile " + name.toUtf8() + "]\n";
    if (settings.isLegacy()) {
        section += "sso_start_url = " + settings.startUrl.toUtf8() + '\n';
        section += "sso_region = " + settings.region.toUtf8() + '\n';
    } else {
        section += "sso_session = " + settings.sessionName.toUtf8() + '\n';
    }
    section += "sso_account_id = " + accountId.toUtf8() + '\n';
    section += "sso_role_name = " + roleName.toUtf8() + '\n';
    if (!region.isEmpty())
        section += "region = " + region.toUtf8() + '\n';
    const QByteArray out = content + section;

    if (const QString why = LocalFile::replaceWhole(configPath, out, mode); !why.isEmpty())
        return AwsError::configuration(tr("%1 cannot be written (%2); it was left as it was.").arg(shown, why));
    return {};
}

} // namespace desk
