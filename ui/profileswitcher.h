#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QStandardItemModel;
class QToolButton;

namespace desk {

class AwsError;
class ProfileManager;
struct ActiveProfile;

// The connection bar's profile picker: the environment's keys, the AWS files' profiles and
// Artifact Desk's own, each with where it comes from (and a warning when it cannot be used as is).
// Choosing one calls ProfileManager::activate(); the manager's activated() tells the window to
// apply it and reload the inventory.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(ProfileManager *manager, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    // The id shown as current ("shared:dev", "app:prod", "env", or sandboxId()).
    QString currentId() const;
    // What the closed box shows: the profile's name alone (the list adds where it comes from).
    QString shownName() const;
    static QString sandboxId() { return QStringLiteral("sandbox"); }
    // Offers the built-in sandbox as the first entry (when the app can start one), and shows it
    // as current while the window is connected to it.
    void setSandbox(bool available, bool active);

Q_SIGNALS:
    // The user picked a profile (already handed to ProfileManager::activate()).
    void profileChosen(const QString &id);
    // "Manage credentials…": open the CredentialsDialog.
    void manageRequested();
    // The user picked the sandbox entry while on something else.
    void sandboxChosen();

private:
    void rebuild();
    void handleActivated(int index);
    void handleProfileActivated(const ActiveProfile &profile);
    void handleActivationFailed(const QString &id, const AwsError &error);
    void selectId(const QString &id);
    void appendSeparator();

    QPointer<ProfileManager> m_manager;
    QComboBox *m_combo = nullptr;
    QStandardItemModel *m_model = nullptr;
    QToolButton *m_manage = nullptr;
    QString m_current;
    bool m_sandboxAvailable = false;
    bool m_sandboxActive = false;
};

} // namespace desk
