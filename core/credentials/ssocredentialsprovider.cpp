#include "credentials/ssocredentialsprovider.h"

#include "api/codeartifactclient.h"
#include "credentials/ssologinjob.h"
#include "credentials/ssoprompt.h"

#include <QDir>
#include <QLocale>

namespace desk {

namespace {

// botocore's refresh window: a token with less than this left is renewed first.
constexpr int kTokenRefreshWindowSeconds = 15 * 60;

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SsoCredentialsProvider::SsoCredentialsProvider(QNetworkAccessManager *network, const Options &options, QObject *parent)
    : RefreshingCredentialsProvider(parent)
    , m_options(options)
    , m_oidc(new CodeArtifactClient(network, this))
    , m_portal(new CodeArtifactClient(network, this))
    , m_accountId(options.settings.accountId)
    , m_roleName(options.settings.roleName)
{
    for (CodeArtifactClient *client : {m_oidc, m_portal}) {
        client->setRegion(options.settings.region);
        client->setEnvironment(options.environment);
        client->setTimeoutMs(options.timeoutMs);
    }
    m_oidc->setServiceEndpointOverride(QStringLiteral("sso-oidc"), options.settings.oidcEndpoint);
    m_portal->setServiceEndpointOverride(QStringLiteral("sso"), options.settings.portalEndpoint);
}

SsoCredentialsProvider::~SsoCredentialsProvider()
{
    if (m_job)
        m_job->abort();
    m_token.clear();
}

QString SsoCredentialsProvider::name() const
{
    if (m_accountId.isEmpty())
        return tr("IAM Identity Center (%1) of profile %2").arg(m_options.settings.startUrl, m_options.settings.profile);
    return tr("role %1 in account %2 via IAM Identity Center (profile %3)")
        .arg(m_roleName, m_accountId, m_options.settings.profile);
}

void SsoCredentialsProvider::fetch()
{
    m_signedInThisFetch = false;
    loadToken();
}

void SsoCredentialsProvider::failWith(AwsError error, const QString &message)
{
    error.setMessage(message);
    error.setService(QStringLiteral("sso"));
    fail(error);
}

void SsoCredentialsProvider::loadToken()
{
    const SsoSettings &s = m_options.settings;
    SsoTokenCache::Loaded loaded = SsoTokenCache::load(m_options.cachePath);
    if (loaded.error) {
        fail(loaded.error);
        return;
    }
    if (!loaded.exists) {
        signIn(tr("You are not signed in to %1 (%2).").arg(s.displayName(), s.startUrl));
        return;
    }
    m_token.clear();
    m_token = loaded.token;
    loaded.token.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.secsTo(m_token.expiresAt) < kTokenRefreshWindowSeconds && !s.isLegacy() && m_token.canRefresh(now)) {
        refreshToken();
        return;
    }
    if (m_token.isExpired(now)) {
        signIn(tr("The sign-in to %1 expired at %2.").arg(s.displayName(), shortTime(m_token.expiresAt)));
        return;
    }
    haveToken();
}

void SsoCredentialsProvider::refreshToken()
{
    SsoClientRegistration registration;
    registration.clientId = m_token.clientId;
    registration.clientSecret = m_token.clientSecret;
    registration.expiresAt = m_token.registrationExpiresAt;
    auto *job = CreateTokenJob::forRefresh(m_oidc, registration, m_token.refreshToken, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (job->error()) {
            // The old token still works until it expires; after that a new sign-in is needed.
            if (!m_token.isExpired(now)) {
                haveToken();
                return;
            }
            signIn(tr("The sign-in to %1 expired and could not be renewed (%2).")
                       .arg(m_options.settings.displayName(), job->error().userMessage()));
            return;
        }
        const SsoTokenGrant grant = job->grant();
        ++m_tokenRefreshes;
        m_token.accessToken = grant.accessToken;
        m_token.expiresAt = now.addSecs(grant.expiresInSeconds);
        if (!grant.refreshToken.isEmpty())
            m_token.refreshToken = grant.refreshToken;
        m_token.startUrl = m_options.settings.startUrl;
        m_token.region = m_options.settings.region;
        if (const AwsError saved = SsoTokenCache::save(m_options.cachePath, m_token))
            qWarning("%s", qPrintable(saved.message()));   // the token works for this run all the same
        haveToken();
    });
    job->start();
}

void SsoCredentialsProvider::signIn(const QString &why)
{
    const SsoSettings &s = m_options.settings;
    const QString cli = tr("Sign in with `aws sso login %1`, then try again.").arg(s.cliLoginArguments());
    if (!m_prompt) {
        AwsError e(AwsError::Kind::Configuration, why + u' ' + cli);
        e.setService(QStringLiteral("sso")).setCode(QStringLiteral("SsoSignInRequired"));
        fail(e);
        return;
    }
    if (const QString nobody = m_prompt->whyNoOneCanSignIn(); !nobody.isEmpty()) {
        AwsError e(AwsError::Kind::Configuration, why + u' ' + nobody + u' ' + cli);
        e.setService(QStringLiteral("sso")).setCode(QStringLiteral("SsoSignInRequired"));
        fail(e);
        return;
    }
    auto *job = new SsoLoginJob(m_oidc, s, m_options.cachePath, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            AwsError e = job->error();
            if (e.kind() == AwsError::Kind::Cancelled)
                e.setMessage(tr("The sign-in to %1 was cancelled.").arg(m_options.settings.displayName()));
            fail(e);
            return;
        }
        ++m_signIns;
        m_signedInThisFetch = true;
        m_token.clear();
        m_token = job->token();
        haveToken();
    });
    m_prompt->showSignIn(job);
    job->start();
}

void SsoCredentialsProvider::haveToken()
{
    if (!m_accountId.isEmpty() && !m_roleName.isEmpty()) {
        getRoleCredentials();
        return;
    }
    listRoles();
}

void SsoCredentialsProvider::listRoles()
{
    auto *accountsJob = new ListAllAccountsJob(m_portal, ListAccountsJob::input(m_token.accessToken), this);
    m_job = accountsJob;
    connect(accountsJob, &Job::finished, this, [this, accountsJob] {
        if (accountsJob->error()) {
            failWith(accountsJob->error(), tr("Listing the accounts of %1 failed: %2")
                                               .arg(m_options.settings.displayName(), accountsJob->error().userMessage()));
            return;
        }
        const QList<SsoAccount> accounts = accountsJob->items();
        if (accounts.isEmpty()) {
            failWith(AwsError(AwsError::Kind::AccessDenied),
                     tr("%1 gives you no AWS account. Ask your administrator to assign you one.")
                         .arg(m_options.settings.displayName()));
            return;
        }
        // The roles of each account, one listing after the other (a person has a handful).
        auto roles = std::make_shared<QList<SsoRole>>();
        auto next = std::make_shared<std::function<void(qsizetype)>>();
        *next = [this, accounts, roles, next](qsizetype index) {
            if (index == accounts.size()) {
                rolesListed(accounts, *roles);
                *next = nullptr;
                return;
            }
            auto *rolesJob = new ListAllAccountRolesJob(
                m_portal, ListAccountRolesJob::input(m_token.accessToken, accounts.at(index).accountId), this);
            m_job = rolesJob;
            connect(rolesJob, &Job::finished, this, [this, rolesJob, roles, next, index, accounts] {
                if (rolesJob->error()) {
                    failWith(rolesJob->error(), tr("Listing your roles in account %1 failed: %2")
                                                    .arg(accounts.at(index).accountId, rolesJob->error().userMessage()));
                    *next = nullptr;
                    return;
                }
                roles->append(rolesJob->items());
                (*next)(index + 1);
            });
            rolesJob->start();
        };
        (*next)(0);
    });
    accountsJob->start();
}

void SsoCredentialsProvider::rolesListed(const QList<SsoAccount> &accounts, const QList<SsoRole> &roles)
{
    if (roles.isEmpty()) {
        failWith(AwsError(AwsError::Kind::AccessDenied),
                 tr("%1 gives you no role in any account. Ask your administrator to assign you one.")
                     .arg(m_options.settings.displayName()));
        return;
    }
    auto use = [this](const SsoRoleChoice &choice) {
        m_accountId = choice.accountId;
        m_roleName = choice.roleName;
        if (!choice.saveAsProfile.isEmpty()) {
            const AwsError saved = SsoSettings::saveProfile(m_options.configPath, choice.saveAsProfile, m_options.settings,
                                                            choice.accountId, choice.roleName);
            if (saved)
                qWarning("%s", qPrintable(saved.message()));
        }
        getRoleCredentials();
    };
    if (roles.size() == 1) {   // as `aws configure sso` does: nothing to choose
        use({roles.first().accountId, roles.first().roleName, {}});
        return;
    }
    if (!m_prompt || !m_prompt->whyNoOneCanSignIn().isEmpty()) {
        failWith(AwsError(AwsError::Kind::Configuration),
                 tr("Profile %1 names no sso_account_id and sso_role_name, and you have %2 roles to choose from. Add "
                    "them to the profile, or start Artifact Desk with its window to choose.")
                     .arg(m_options.settings.profile)
                     .arg(roles.size()));
        return;
    }
    m_prompt->chooseRole(m_options.settings, accounts, roles, this, [this, use](const SsoRoleChoice &choice) {
        if (!choice.isValid()) {
            AwsError e(AwsError::Kind::Cancelled, tr("No account and role was chosen for profile %1.").arg(m_options.settings.profile));
            e.setService(QStringLiteral("sso"));
            fail(e);
            return;
        }
        use(choice);
    });
}

void SsoCredentialsProvider::getRoleCredentials()
{
    auto *job = new GetRoleCredentialsJob(m_portal, m_accountId, m_roleName, m_token.accessToken, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            const AwsError error = job->error();
            // The token was revoked or signed out elsewhere: one new sign-in, then the role again.
            if ((error.httpStatus() == 401 || error.code() == QLatin1String("UnauthorizedException")) && !m_signedInThisFetch) {
                signIn(tr("The sign-in to %1 is no longer accepted (signed out, or ended by an administrator).")
                           .arg(m_options.settings.displayName()));
                return;
            }
            failWith(error, tr("Getting credentials for role %1 in account %2 from IAM Identity Center failed: %3")
                                .arg(m_roleName, m_accountId, error.userMessage()));
            return;
        }
        AwsCredentials credentials = job->takeCredentials();
        credentials.source = tr("profile %1 (IAM Identity Center: role %2 in account %3)")
                                 .arg(m_options.settings.profile, m_roleName, m_accountId);
        deliver(std::move(credentials));
    });
    job->start();
}

} // namespace desk
