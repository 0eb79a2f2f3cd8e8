#pragma once

#include "api/ssojobs.h"
#include "credentials/refreshingcredentialsprovider.h"
#include "credentials/ssosettings.h"
#include "credentials/ssotokencache.h"

#include <QPointer>
#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace desk {

class CodeArtifactClient;
class SsoPrompt;

// Credentials of an IAM Identity Center profile, the way the AWS CLI v2 gets them: the access token
// from the cache shared with the CLI (~/.aws/sso/cache), renewed with its refresh token when it
// has less than 15 minutes left (and written back), or a new sign-in through the SsoPrompt when
// there is none; then GetRoleCredentials for the profile's account and role (or the ones the
// person picks from ListAccounts and ListAccountRoles), renewed before they expire.
class SsoCredentialsProvider : public RefreshingCredentialsProvider
{
    Q_OBJECT

public:
    struct Options
    {
        SsoSettings settings;
        QString cachePath;             // SsoTokenCache::path(settings, environment)
        QString configPath;            // ~/.aws/config: where a chosen role is saved, when asked
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        int timeoutMs = 30000;
    };

    SsoCredentialsProvider(QNetworkAccessManager *network, const Options &options, QObject *parent = nullptr);
    ~SsoCredentialsProvider() override;

    QString name() const override;
    // Not owned; must outlive the provider. Without one a missing sign-in fails with the CLI command.
    void setPrompt(SsoPrompt *prompt) { m_prompt = prompt; }
    const SsoSettings &settings() const { return m_options.settings; }
    QString accountId() const { return m_accountId; }
    QString roleName() const { return m_roleName; }
    int signIns() const { return m_signIns; }
    int tokenRefreshes() const { return m_tokenRefreshes; }
    // The clients, for tests and the activity log: SSO OIDC and the portal, in sso_region.
    CodeArtifactClient *oidcClient() const { return m_oidc; }
    CodeArtifactClient *portalClient() const { return m_portal; }

protected:
    void fetch() override;

private:
    void loadToken();
    void refreshToken();
    void signIn(const QString &why);
    void haveToken();
    void listRoles();
    void rolesListed(const QList<SsoAccount> &accounts, const QList<SsoRole> &roles);
    void getRoleCredentials();
    void failWith(AwsError error, const QString &message);

    Options m_options;
    CodeArtifactClient *m_oidc = nullptr;
    CodeArtifactClient *m_portal = nullptr;
    SsoPrompt *m_prompt = nullptr;
    SsoToken m_token;
    QString m_accountId;
    QString m_roleName;
    QPointer<Job> m_job;
    bool m_signedInThisFetch = false;
    int m_signIns = 0;
    int m_tokenRefreshes = 0;
};

} // namespace desk
