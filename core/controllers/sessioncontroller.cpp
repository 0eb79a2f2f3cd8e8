#include "controllers/sessioncontroller.h"

namespace desk {

SessionController::SessionController(CodeArtifactClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void SessionController::setProfiles(ProfileManager *profiles)
{
    m_profiles = profiles;
    connect(profiles, &ProfileManager::activated, this, &SessionController::applyProfile);
}

bool SessionController::hasCredentials() const
{
    const auto provider = m_client ? m_client->credentialsProvider() : nullptr;
    return provider && provider->credentials().isValid();
}

void SessionController::useSandbox(const SandboxEndpoint &sandbox)
{
    m_sandbox = true;
    m_client->setEndpointOverride(sandbox.url);
    m_client->setStsEndpointOverride(sandbox.url);
    m_client->setCredentialsProvider(sandbox.credentials);
    if (!sandbox.region.isEmpty())
        m_client->setRegion(sandbox.region);
}

void SessionController::startSandbox()
{
    if (!m_sandboxStarter)
        return;
    const SandboxEndpoint sandbox = m_sandboxStarter();
    if (!sandbox.error.isEmpty()) {
        Q_EMIT sandboxFailed(sandbox.error);
        return;
    }
    useSandbox(sandbox);
    Q_EMIT connectionChanged();
}

void SessionController::applyProfile(const ActiveProfile &profile)
{
    m_sandbox = false;
    ProfileManager::applyTo(profile, m_client);
    m_cliProfile = profile.cliProfile;
    m_cliNote = profile.cliNote;
    m_profileName = profile.name;
    if (!profile.warnings.isEmpty())
        Q_EMIT profileWarnings(profile.warnings);
    Q_EMIT connectionChanged();
}

void SessionController::chooseRegion(const QString &region)
{
    if (region == m_client->region())
        return;
    m_client->setRegion(region);
    if (m_profiles)
        m_profiles->rememberRegion(region);
    Q_EMIT regionChanged();
}

} // namespace desk
