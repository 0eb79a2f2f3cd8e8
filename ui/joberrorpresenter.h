#pragma once

#include "ui/messagewidget.h"
#include "ui/prompter.h"

#include "base/awserror.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace desk {

class AppProfileStore;
class ProfileManager;

// Turns what happened to a job into what a person sees (KDE's KJobUiDelegate, made smaller): a
// banner in the window (one sentence, Details, Retry when retrying can help), or, for an action
// the admin just asked for, a dialog through the Prompter. The window, the controllers' signals
// and the action handlers all report here, so every failure looks the same.
class JobErrorPresenter : public QObject
{
    Q_OBJECT

public:
    JobErrorPresenter(MessageWidget *banner, QWidget *window);

    // Modal prompts go through here (tests answer them). Default: real dialogs.
    void setPrompter(std::shared_ptr<Prompter> prompter);
    Prompter *prompter() const { return m_prompter.get(); }
    const std::shared_ptr<Prompter> &sharedPrompter() const { return m_prompter; }
    MessageWidget *banner() const { return m_banner; }

    // A banner; `retry`: shows Retry, which calls it.
    void showBanner(const QString &text, MessageWidget::Type type, const QString &details = {},
                    std::function<void()> retry = {});
    // A failure as a banner: `text` (or the error's sentence when empty), with its details, and
    // Retry (calling `retry`) only when canRetry(error).
    void showError(const AwsError &error, const QString &text = {}, std::function<void()> retry = {});
    // Whether sending the same request again can help.
    static bool canRetry(const AwsError &error);
    void hideBanner();
    // Hides the banner when it shows an error (a reload starts afresh).
    void hideError();
    // An action the admin asked for failed: a dialog with the error, `context` (what is true now,
    // when known) and Retry when retrying can help. True when the admin chose Retry.
    bool askRetry(const QString &title, const AwsError &error, const QString &context, bool canRetry);
    // What goes wrong with credentials in the background, as banners: temporary credentials that
    // could not be refreshed, a keychain that is not there. `appProfiles` may be nullptr.
    void reportCredentialProblems(ProfileManager *profiles, AppProfileStore *appProfiles);

private:
    QPointer<MessageWidget> m_banner;
    QPointer<QWidget> m_window;
    std::shared_ptr<Prompter> m_prompter;
    std::function<void()> m_retry;
};

} // namespace desk
