#pragma once

#include "base/awserror.h"
#include "aws/awscredentials.h"
#include "base/job.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace desk {


// A profile created in Artifact Desk. Only these fields go to QSettings; the secret access key
// and the session token live in the keychain (SecretStore).
struct AppProfile
{
    QString name;
    QString accessKeyId;
    QString region;
    QString endpointUrl;
    bool hasSessionToken = false;

    bool isValid() const { return !name.isEmpty(); }
};

// One asynchronous profile operation (save, load, remove), a Job (base/job.h) made of steps
// that each end with next() or fail(): finished() once, then deleteLater.
class AppProfileJob : public Job
{
    Q_OBJECT

public:
    explicit AppProfileJob(QObject *parent = nullptr);
    ~AppProfileJob() override;

    // Save: the keychain could not take the secret; it is kept in memory for this run only.
    bool isStoredForThisRunOnly() const { return m_thisRunOnly; }
    // Load: the profile's credentials. Moves them out.
    AwsCredentials takeCredentials();

protected:
    void run() override { next(); }

private:
    friend class AppProfileStore;
    using Step = std::function<void()>;
    void addStep(Step step) { m_steps.append(std::move(step)); }
    // Runs the next step, or finishes when there is none.
    void next();
    // Ends the job with an error; what it loaded is wiped.
    void fail(const AwsError &error);

    QList<Step> m_steps;
    AwsCredentials m_credentials;
    bool m_thisRunOnly = false;
};

// The app's own profiles: non-secret fields in QSettings (group "AppProfiles"), secrets in the
// SecretStore under "profile/NAME/secret-access-key" and "profile/NAME/session-token", labelled
// with the profile's name (see SecretStore for items written before labels). When the
// keychain is unavailable the secret is kept in memory for this run only (never in a file) and
// keychainAvailabilityChanged() tells the window to show its banner.
class AppProfileStore : public QObject
{
    Q_OBJECT

public:
    // settings: not owned; nullptr uses a default QSettings (the app's organisation and name).
    AppProfileStore(SecretStore *secrets, QSettings *settings = nullptr, QObject *parent = nullptr);
    ~AppProfileStore() override;

    QList<AppProfile> profiles() const;
    AppProfile profile(const QString &name) const;
    bool contains(const QString &name) const;
    // Letters, digits and _.@+- (1 to 64); the message says what is wrong.
    static AwsError validateName(const QString &name);

    // Saves the profile. secretAccessKey/sessionToken: nullopt keeps what is stored (moved along
    // when previousName differs), an empty value removes it. A new profile needs a secret.
    AppProfileJob *save(const AppProfile &profile, std::optional<QByteArray> secretAccessKey,
                        std::optional<QByteArray> sessionToken, const QString &previousName = {});
    // Reads the secrets (this run's memory first, then the keychain).
    AppProfileJob *loadCredentials(const QString &name);
    // Removes the profile and its keychain entries.
    AppProfileJob *remove(const QString &name);

    bool isKeychainAvailable() const { return m_keychainAvailable; }
    QString keychainMessage() const { return m_keychainMessage; }
    SecretStore *secretStore() const { return m_secrets; }

    static QString secretKey(const QString &profile);
    static QString sessionTokenKey(const QString &profile);
    // The keychain label of one of those keys, e.g. "prod (secret access key)": what a keychain
    // viewer shows after the product's name. Not translated: it names the stored item.
    static QString labelFor(const QString &key);

Q_SIGNALS:
    void profilesChanged();
    // available false: show "keychain unavailable: secrets are kept for this run only".
    void keychainAvailabilityChanged(bool available, const QString &message);

private:
    // Stores one secret: keychain first, memory for this run when the keychain is unavailable.
    void storeSecret(AppProfileJob *job, const QString &key, const QByteArray &secret);
    void removeSecret(AppProfileJob *job, const QString &key, std::shared_ptr<bool> trouble);
    // Reads one secret into *out (memory first); missing is an error when required.
    void readSecret(AppProfileJob *job, const QString &key, std::shared_ptr<QByteArray> out, bool required,
                    const QString &profile);
    void setKeychainAvailable(bool available, const QString &message);
    void writeSettings(const AppProfile &profile, const QString &previousName);
    QSettings *settings() const;

    QPointer<SecretStore> m_secrets;
    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    QHash<QString, QByteArray> m_thisRun;   // secrets the keychain could not take
    bool m_keychainAvailable = true;
    QString m_keychainMessage;
};

} // namespace desk
