#pragma once

#include "ui/messagewidget.h"

#include "base/codeartifacttypes.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QNetworkAccessManager;
class QPushButton;
class QStandardItemModel;

namespace desk {

class AppProfileStore;
class GetCallerIdentityJob;
class CodeArtifactClient;

class Prompter;
struct AwsCredentials;

// Add, edit, remove and test Artifact Desk's own profiles. The secret access key and the session
// token are masked, go straight to the keychain (AppProfileStore) and are cleared from the fields
// after saving; an existing profile's secret is never shown again (leave the field empty to keep it).
// Test calls STS GetCallerIdentity with what is in the form and shows the account and ARN.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    // store and network are not owned; prompter may be nullptr (a default Prompter is used).
    CredentialsDialog(AppProfileStore *store, QNetworkAccessManager *network, Prompter *prompter = nullptr,
                      QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // Selects a profile for editing (empty: a new profile).
    void selectProfile(const QString &name);
    QString currentProfile() const { return m_editing; }
    // Test's timeout per request (default 15 s).
    void setTestTimeoutMs(int ms) { m_testTimeoutMs = ms; }

Q_SIGNALS:
    void profileSaved(const QString &name);
    void profileRemoved(const QString &name);
    // The identity Test found (also shown in the dialog).
    void testSucceeded(const QString &account, const QString &arn);

protected:
    void done(int result) override;

private:
    void reloadList();
    void handleSelectionChanged();
    void newProfile();
    void save();
    void removeProfile();
    void test();
    void runTest(AwsCredentials credentials);
    void testCodeArtifact(CodeArtifactClient *client, const CallerIdentity &identity);
    void showKeychainState(bool available, const QString &message);
    void setBusy(bool busy);
    // Work in progress, in plain words (hides the outcome banner).
    void setStatus(const QString &text);
    // What an action came to (hides the progress words); `details` feeds the Details button.
    void showOutcome(const QString &text, MessageWidget::Type type, const QString &details = {});
    void clearSecretFields();
    void updateButtons();

    QPointer<AppProfileStore> m_store;
    QPointer<QNetworkAccessManager> m_network;
    Prompter *m_prompter = nullptr;
    std::unique_ptr<Prompter> m_ownPrompter;
    QString m_editing;   // the profile being edited; empty: a new one
    int m_testTimeoutMs = 15000;
    bool m_busy = false;

    QStandardItemModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_accessKeyId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_sessionToken = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_identity = nullptr;
    MessageWidget *m_keychainBanner = nullptr;
    MessageWidget *m_result = nullptr;
    QPointer<CodeArtifactClient> m_testClient;
};

} // namespace desk
