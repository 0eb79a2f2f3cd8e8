#pragma once

#include "api/codeartifactclient.h"
#include "aws/sandboxendpoint.h"
#include "credentials/profilemanager.h"

#include <QObject>
#include <QPointer>

namespace desk {

// Where the client points: the active profile of the ProfileManager, or the built-in sandbox,
// and the region. It applies either to the client and says when the connection changed, so the
// window loads again (or shows its welcome page). Knows nothing of widgets.
class SessionController : public QObject
{
    Q_OBJECT

public:
    explicit SessionController(CodeArtifactClient *client, QObject *parent = nullptr);

    // How "Try the sandbox" starts one; none: the sandbox cannot be offered.
    void setSandboxStarter(SandboxStarter starter) { m_sandboxStarter = std::move(starter); }
    bool canStartSandbox() const { return bool(m_sandboxStarter); }
    // The profiles to switch between (not owned): each activated profile is applied.
    void setProfiles(ProfileManager *profiles);
    ProfileManager *profiles() const { return m_profiles; }

    bool isSandbox() const { return m_sandbox; }
    // The active profile's name for people; empty on the sandbox or before a profile is applied.
    QString profileName() const { return m_sandbox ? QString() : m_profileName; }
    // Whether the client has credentials it can sign with now.
    bool hasCredentials() const;
    // "--profile NAME" for "Copy as AWS CLI command"; empty on the sandbox and for the
    // environment's credentials.
    QString cliProfile() const { return m_sandbox ? QString() : m_cliProfile; }
    // Comment lines that go on top of copied commands (AwsCliCommand::withNote()) when the AWS
    // CLI does not know the active profile (an Artifact Desk profile); else empty.
    QString cliNote() const { return m_sandbox ? QString() : m_cliNote; }

public Q_SLOTS:
    // Points the client at a started sandbox (CodeArtifact and STS) with its key pair.
    void useSandbox(const SandboxEndpoint &sandbox);
    // Starts the sandbox (or returns to the running one) and uses it: connectionChanged(), or
    // sandboxFailed() with the reason.
    void startSandbox();
    // Gives the client the profile's credentials, region and endpoints: connectionChanged().
    void applyProfile(const desk::ActiveProfile &profile);
    // The region the admin chose: regionChanged() when it is another one.
    void chooseRegion(const QString &region);

Q_SIGNALS:
    // Another profile or the sandbox: start again (load, or the welcome page).
    void connectionChanged();
    // Another region on the same credentials: load again.
    void regionChanged();
    void sandboxFailed(const QString &message);
    // What the profile's resolution noticed (an unsupported setting ignored, ...).
    void profileWarnings(const QStringList &warnings);

private:
    QPointer<CodeArtifactClient> m_client;
    QPointer<ProfileManager> m_profiles;
    SandboxStarter m_sandboxStarter;
    QString m_cliProfile;
    QString m_cliNote;
    QString m_profileName;
    bool m_sandbox = false;
};

} // namespace desk
