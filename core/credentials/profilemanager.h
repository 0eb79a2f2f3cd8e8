#pragma once

#include "base/awserror.h"
#include "aws/awscredentials.h"
#include "credentials/credentialsresolver.h"
#include "aws/sharedconfig.h"

#include <QMetaType>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace desk {

class AppProfileStore;
class CodeArtifactClient;
class MfaPrompt;
class SsoPrompt;

// One entry of the profile switcher.
struct ProfileEntry
{
    enum class Origin { Environment, SharedFiles, App };
    QString id;           // "env", "shared:NAME", "app:NAME"
    QString name;         // what people read
    Origin origin = Origin::SharedFiles;
    QString originText;   // "environment variables", "AWS config file", "Artifact Desk (keychain)"
    QString region;       // the profile's own region, if any
    QString problem;      // why it cannot be used as is (unsupported setting, malformed line)
};

// The profile in use: hand provider, region and endpoints to the client (applyTo()).
struct ActiveProfile
{
    QString id;
    QString name;
    std::shared_ptr<CredentialsProvider> provider;
    QString region;
    QString endpointUrl;      // CodeArtifactClient::setEndpointOverride
    QString stsEndpointUrl;   // CodeArtifactClient::setStsEndpointOverride
    QList<QSslCertificate> caBundle;   // CodeArtifactClient::setCaBundle (AWS_CA_BUNDLE, ca_bundle)
    QString description;      // where the credentials come from, for people
    QString cliProfile;       // for "Copy as AWS CLI command": "--profile NAME", empty for the environment
    // Comment lines on top of copied commands when the AWS CLI does not know the profile (an
    // Artifact Desk profile kept in the keychain): what it lacks and how to give it; else empty.
    QString cliNote;
    QStringList warnings;

    bool isValid() const { return provider != nullptr; }
};

// The profiles Artifact Desk can use: the environment's keys, the shared files' profiles and the
// app's own (AppProfileStore). activate() resolves one asynchronously (keychain reads,
// credential_process, STS AssumeRole happen before activated() is emitted, so the client never
// waits), and remembers the last used profile and region in QSettings (never a secret).
class ProfileManager : public QObject
{
    Q_OBJECT

public:
    // network: for AssumeRole; appProfiles: may be nullptr; settings: not owned, nullptr = QSettings().
    ProfileManager(QNetworkAccessManager *network, AppProfileStore *appProfiles, QSettings *settings = nullptr,
                   QObject *parent = nullptr);
    ~ProfileManager() override;

    static QString environmentId() { return QStringLiteral("env"); }
    static QString sharedId(const QString &name) { return QStringLiteral("shared:") + name; }
    static QString appId(const QString &name) { return QStringLiteral("app:") + name; }

    // Command line: --profile, --region, --endpoint-url. Call before reload()/activateInitial().
    void setCommandLine(const QString &profile, const QString &region, const QString &endpointUrl);
    void setEnvironment(const QProcessEnvironment &environment);
    void setMfaPrompt(MfaPrompt *prompt) { m_mfaPrompt = prompt; }
    // IAM Identity Center: who confirms a sign-in and picks a role (not owned).
    void setSsoPrompt(SsoPrompt *prompt) { m_ssoPrompt = prompt; }
    void setProcessTimeoutMs(int ms) { m_processTimeoutMs = ms; }

    // Re-reads the shared files and the app's profiles; profilesChanged() follows. The shared
    // files are then watched: a profile added or changed in ~/.aws/config or ~/.aws/credentials
    // while the app runs appears without a restart (a moment after the file is written).
    void reload();
    // The delay between a change to the shared files and the reload (default 300 ms): an editor
    // writes in several steps.
    void setReloadDelayMs(int ms) { m_fileReload.setInterval(ms); }
    QList<ProfileEntry> profiles() const { return m_entries; }
    ProfileEntry entry(const QString &id) const;
    // Problems in the shared files (file and line), for a banner or tooltip.
    QList<SharedConfigIssue> configIssues() const { return m_config.issues(); }
    // The shared files that could not be read at all (a FIFO, UTF-16, ...), as last read.
    QList<SharedConfigIssue> fileProblems() const { return m_config.fileProblems(); }

    // --profile, then environment keys, then AWS_PROFILE, then the last used profile, then
    // [default], then the first app profile; empty when there is nothing.
    QString initialProfileId() const;
    void activateInitial();
    // Resolves the profile; activated() or activationFailed() follows (the latest call wins).
    void activate(const QString &id);
    bool isActivating() const { return m_activating; }
    ActiveProfile active() const { return m_active; }

    // The connection bar changed the region: remembered for the active profile.
    void rememberRegion(const QString &region);
    QString lastProfileId() const;

    // Gives the client the active profile's credentials, region and endpoints.
    static void applyTo(const ActiveProfile &profile, CodeArtifactClient *client);

Q_SIGNALS:
    void profilesChanged();
    void activationStarted(const QString &id);
    void activated(const desk::ActiveProfile &profile);
    void activationFailed(const QString &id, const desk::AwsError &error);
    // A background refresh of temporary credentials failed (the admin may need to act).
    void credentialsRefreshFailed(const desk::AwsError &error);

private:
    CredentialsResolver resolver() const;
    void watchSharedFiles();
    // The shared files as last read: path, size and time of each (changes elsewhere are ignored).
    QStringList sharedFilesState() const;
    void finishActivation(quint64 generation, ActiveProfile profile);
    void failActivation(quint64 generation, const QString &id, const AwsError &error);
    void activateResolved(quint64 generation, const QString &id, ResolvedCredentials resolved);
    QString rememberedRegion(const QString &id) const;
    QSettings *settings() const;

    QPointer<QNetworkAccessManager> m_network;
    QPointer<AppProfileStore> m_appProfiles;
    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    MfaPrompt *m_mfaPrompt = nullptr;
    SsoPrompt *m_ssoPrompt = nullptr;
    QProcessEnvironment m_environment;
    QFileSystemWatcher m_watcher;
    QTimer m_fileReload;
    QStringList m_filesState;
    QString m_cliProfile;
    QString m_cliRegion;
    QString m_cliEndpoint;
    int m_processTimeoutMs = 60000;
    SharedConfig m_config;
    QList<ProfileEntry> m_entries;
    ActiveProfile m_active;
    quint64 m_generation = 0;
    bool m_activating = false;
    QMetaObject::Connection m_refreshFailedConnection;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::ActiveProfile)
