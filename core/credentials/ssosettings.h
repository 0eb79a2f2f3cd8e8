#pragma once

#include "base/awserror.h"
#include "aws/sharedconfig.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace desk {

// What a profile says about IAM Identity Center, read as the AWS CLI v2 reads it: either
// "sso_session = NAME" with a [sso-session NAME] section (sso_start_url, sso_region,
// sso_registration_scopes), or the legacy form with sso_start_url and sso_region in the profile.
// sso_account_id and sso_role_name pick the role; a session profile may leave them out, and the
// account and role are then chosen after signing in.
struct SsoSettings
{
    Q_DECLARE_TR_FUNCTIONS(SsoSettings)

public:
    QString profile;
    QString sessionName;        // empty: the legacy form
    QString startUrl;
    QString region;             // sso_region: where OIDC and the portal are called
    QStringList scopes;         // sso_registration_scopes (sessions; the CLI's default is sso:account:access)
    QString accountId;
    QString roleName;
    QString oidcEndpoint;       // from the profile's services section (sso_oidc), else empty
    QString portalEndpoint;     // from the profile's services section (sso), else empty
    QString configFile;         // the config file the profile came from (where a chosen role is saved)

    bool isLegacy() const { return sessionName.isEmpty(); }
    bool hasRole() const { return !accountId.isEmpty() && !roleName.isEmpty(); }
    // What the token cache is keyed by, and what messages and `aws sso login` name.
    QString cacheKeySource() const { return isLegacy() ? startUrl : sessionName; }
    // "--sso-session corp" or "--profile dev": the AWS CLI's way to sign the same session in.
    QString cliLoginArguments() const;
    // "the IAM Identity Center session corp" / "the IAM Identity Center sign-in of profile dev".
    QString displayName() const;

    // True when the profile uses IAM Identity Center at all (any sso_* setting).
    static bool usesSso(const SharedProfile &profile);

    struct Result;
    static Result fromProfile(const SharedConfig &config, const SharedProfile &profile);

    // Adds [profile NAME] with sso_session (or the legacy settings), sso_account_id, sso_role_name
    // and the region to the config file, only when a person asked for it: the rest of the file is
    // kept byte for byte, the new file replaces the old one whole (same mode, 0600 when new), and
    // an existing profile of that name is never overwritten.
    // A name saveProfile() accepts: letters, digits and . _ - @ +, at most 64.
    static bool isValidProfileName(const QString &name);
    static AwsError saveProfile(const QString &configPath, const QString &name, const SsoSettings &settings,
                                const QString &accountId, const QString &roleName, const QString &region = {});
};

struct SsoSettings::Result
{
    SsoSettings settings;
    AwsError error;   // Configuration: names the missing or conflicting setting
};

} // namespace desk
