#include "credentials/ssologinjob.h"

#include "api/codeartifactclient.h"
#include "aws/awscredentials.h"

#include <QCoreApplication>

namespace desk {

namespace {

constexpr int kSlowDownStepMs = 5000;   // RFC 8628 3.5

AwsError loginError(AwsError::Kind kind, const QString &message, const AwsError &cause = {})
{
    AwsError e = cause ? cause : AwsError(kind, message);
    e.setMessage(message);
    e.setService(QStringLiteral("sso-oidc"));
    return e;
}

} // namespace

SsoLoginJob::SsoLoginJob(CodeArtifactClient *client, const SsoSettings &settings, const QString &cachePath,
                         QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_settings(settings)
    , m_cachePath(cachePath)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SsoLoginJob::poll);
}

SsoLoginJob::~SsoLoginJob()
{
    m_token.clear();
    m_previous.clear();
    wipeSecret(m_registration.clientSecret);
    wipeSecret(m_authorization.deviceCode);
}

QString SsoLoginJob::verificationUrl() const
{
    return m_authorization.verificationUriComplete.isEmpty() ? m_authorization.verificationUri
                                                             : m_authorization.verificationUriComplete;
}

void SsoLoginJob::run()
{
    if (!m_client) {
        finishWith(loginError(AwsError::Kind::Configuration, tr("No client to sign in with.")));
        return;
    }
    // A registration the cache still holds is used again, as the CLI does; otherwise a new one.
    SsoTokenCache::Loaded cached = SsoTokenCache::load(m_cachePath);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!cached.error) {
        m_previous = cached.token;
        if (!cached.token.clientId.isEmpty() && !cached.token.clientSecret.isEmpty()
            && cached.token.registrationExpiresAt.isValid() && cached.token.registrationExpiresAt > now.addSecs(60)) {
            m_registration.clientId = cached.token.clientId;
            m_registration.clientSecret = cached.token.clientSecret;
            m_registration.expiresAt = cached.token.registrationExpiresAt;
        }
    }
    cached.token.clear();
    if (m_registration.isValid()) {
        m_reusedRegistration = true;
        startAuthorization();
        return;
    }
    registerClient();
}

void SsoLoginJob::registerClient()
{
    m_reusedRegistration = false;
    const QString clientName = QStringLiteral("artifact-desk-%1").arg(QDateTime::currentSecsSinceEpoch());
    startSubjob(new RegisterClientJob(m_client, clientName, m_settings.isLegacy() ? QStringList() : m_settings.scopes));
}

void SsoLoginJob::subjobFinished(Job *job)
{
    if (auto *reg = qobject_cast<RegisterClientJob *>(job)) {
        if (reg->error()) {
            fail(loginError(reg->error().kind(),
                            tr("Registering Artifact Desk with IAM Identity Center (%1) failed: %2")
                                .arg(m_settings.region, reg->error().userMessage()),
                            reg->error()));
            return;
        }
        m_registration = reg->registration();
        startAuthorization();
        return;
    }
    if (auto *start = qobject_cast<StartDeviceAuthorizationJob *>(job)) {
        // A registration the cache still claimed but the service no longer knows (expired early,
        // or from another region): register anew once, as the CLI does.
        if (start->error() && m_reusedRegistration && start->error().code() == QLatin1String("InvalidClientException")) {
            m_registration = SsoClientRegistration();
            registerClient();
            return;
        }
        if (start->error()) {
            fail(loginError(start->error().kind(),
                            tr("IAM Identity Center did not start the sign-in for %1: %2")
                                .arg(m_settings.startUrl, start->error().userMessage()),
                            start->error()));
            return;
        }
        m_authorization = start->authorization();
        const int expiresIn = m_authorization.expiresInSeconds > 0 ? m_authorization.expiresInSeconds : 600;
        m_deadline = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        m_intervalMs = qMax(m_minimumIntervalMs, (m_authorization.intervalSeconds > 0 ? m_authorization.intervalSeconds : 5) * 1000);
        Q_EMIT verificationReady(m_authorization.userCode, verificationUrl(), expiresIn);
        m_pollTimer.start(m_intervalMs);
        return;
    }
    if (auto *token = qobject_cast<CreateTokenJob *>(job)) {
        tokenAnswered(token);
        return;
    }
}

void SsoLoginJob::startAuthorization()
{
    startSubjob(new StartDeviceAuthorizationJob(m_client, m_registration, m_settings.startUrl));
}

void SsoLoginJob::poll()
{
    if (isFinished())
        return;
    ++m_polls;
    startSubjob(CreateTokenJob::forDeviceCode(m_client, m_registration, m_authorization.deviceCode));
}

void SsoLoginJob::tokenAnswered(CreateTokenJob *job)
{
    const AwsError error = job->error();
    if (error) {
        if (CreateTokenJob::isAuthorizationPending(error) || CreateTokenJob::isSlowDown(error)) {
            if (CreateTokenJob::isSlowDown(error))
                m_intervalMs += kSlowDownStepMs;
            if (QDateTime::currentDateTimeUtc().addMSecs(m_intervalMs) >= m_deadline) {
                fail(loginError(AwsError::Kind::Timeout,
                                tr("The sign-in code %1 expired before it was confirmed. Sign in again.").arg(m_authorization.userCode)));
                return;
            }
            m_pollTimer.start(m_intervalMs);
            return;
        }
        if (CreateTokenJob::isAccessDenied(error)) {
            fail(loginError(AwsError::Kind::AccessDenied,
                            tr("The sign-in was denied in the browser. Nothing was changed."), error));
            return;
        }
        if (CreateTokenJob::isExpiredToken(error)) {
            fail(loginError(AwsError::Kind::Timeout,
                            tr("The sign-in code %1 expired before it was confirmed. Sign in again.").arg(m_authorization.userCode),
                            error));
            return;
        }
        fail(loginError(error.kind(), tr("IAM Identity Center refused the sign-in: %1").arg(error.userMessage()), error));
        return;
    }

    const SsoTokenGrant grant = job->grant();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_token = SsoToken();
    m_token.otherFields = m_previous.otherFields;
    m_token.startUrl = m_settings.startUrl;
    m_token.region = m_settings.region;
    m_token.accessToken = grant.accessToken;
    m_token.expiresAt = now.addSecs(grant.expiresInSeconds);
    if (!m_settings.isLegacy()) {
        // A session keeps its registration beside the token: refreshes need it.
        m_token.clientId = m_registration.clientId;
        m_token.clientSecret = m_registration.clientSecret;
        m_token.registrationExpiresAt = m_registration.expiresAt.isValid() ? m_registration.expiresAt : now.addDays(90);
        m_token.refreshToken = grant.refreshToken;
    }
    if (const AwsError saved = SsoTokenCache::save(m_cachePath, m_token)) {
        // Signed in all the same: the token works for this run; only sharing it with the CLI failed.
        qWarning("%s", qPrintable(saved.message()));
    }
    finishWith();
}

void SsoLoginJob::fail(const AwsError &error)
{
    m_pollTimer.stop();
    finishWith(error);
}

void SsoLoginJob::doAbort()
{
    m_pollTimer.stop();
}

} // namespace desk
