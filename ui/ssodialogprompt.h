#pragma once

#include "credentials/ssoprompt.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace desk {

class SsoLoginJob;

// The sign-in in progress: the code to confirm, the button that opens the sign-in page in the
// browser (the page already carries the code), the time left, and Cancel, which ends the sign-in.
// It closes itself when the sign-in ends.
class SsoSignInDialog : public QDialog
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    SsoSignInDialog(SsoLoginJob *job, UrlOpener openUrl, bool openAtOnce, QWidget *parent = nullptr);

    QString userCode() const;
    QUrl verificationUrl() const { return m_url; }

private:
    void codeReady(const QString &userCode, const QString &url, int expiresInSeconds);
    void openPage();
    void tick();

    QPointer<SsoLoginJob> m_job;
    UrlOpener m_openUrl;
    bool m_openAtOnce = true;
    QUrl m_url;
    QDateTime m_deadline;
    QTimer m_countdown;
    QLabel *m_intro = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
};

// Pick an account and role a session gives you; optionally save the pick as a profile.
class SsoRolePickerDialog : public QDialog
{
    Q_OBJECT

public:
    SsoRolePickerDialog(const SsoSettings &settings, const QList<SsoAccount> &accounts, const QList<SsoRole> &roles,
                        QWidget *parent = nullptr);
    SsoRoleChoice choice() const;
    // Tests: select the role (false when there is none such).
    bool selectRole(const QString &accountId, const QString &roleName);
    // Profile names that exist already: a saved pick must not take one.
    void setExistingProfiles(const QStringList &names);

private:
    void updateState();

    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_save = nullptr;
    QLineEdit *m_profileName = nullptr;
    QLabel *m_nameProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_existingProfiles;
};

// The SsoPrompt of the app: window-modal dialogs opened with open() (no nested event loop).
class SsoDialogPrompt : public QObject, public SsoPrompt
{
    Q_OBJECT

public:
    explicit SsoDialogPrompt(QWidget *parentWindow, QObject *parent = nullptr);

    // How the sign-in page is opened (default QDesktopServices::openUrl); tests record it.
    void setUrlOpener(SsoSignInDialog::UrlOpener opener) { m_openUrl = std::move(opener); }
    // Open the page as soon as the code is there, as `aws sso login` does (default true).
    void setOpenAtOnce(bool openAtOnce) { m_openAtOnce = openAtOnce; }

    void showSignIn(SsoLoginJob *job) override;
    void chooseRole(const SsoSettings &settings, const QList<SsoAccount> &accounts, const QList<SsoRole> &roles,
                    QObject *context, std::function<void(const SsoRoleChoice &)> done) override;

Q_SIGNALS:
    // For tests and the window: a dialog was opened.
    void signInShown(desk::SsoSignInDialog *dialog);
    void rolePickerShown(desk::SsoRolePickerDialog *dialog);

private:
    QPointer<QWidget> m_window;
    SsoSignInDialog::UrlOpener m_openUrl;
    bool m_openAtOnce = true;
};

} // namespace desk
