#include "ui/joberrorpresenter.h"

#include "credentials/appprofilestore.h"
#include "credentials/profilemanager.h"

namespace desk {

JobErrorPresenter::JobErrorPresenter(MessageWidget *banner, QWidget *window)
    : QObject(window)
    , m_banner(banner)
    , m_window(window)
    , m_prompter(std::make_shared<Prompter>())
{
    connect(m_banner, &MessageWidget::retryRequested, this, [this] {
        if (auto retry = m_retry)
            retry();
    });
}

void JobErrorPresenter::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = prompter ? std::move(prompter) : std::make_shared<Prompter>();
}

void JobErrorPresenter::showBanner(const QString &text, MessageWidget::Type type, const QString &details,
                                   std::function<void()> retry)
{
    m_retry = std::move(retry);
    m_banner->showMessage(text, type, details, bool(m_retry));
}

void JobErrorPresenter::showError(const AwsError &error, const QString &text, std::function<void()> retry)
{
    // Retry only where sending the same again can help: not for a refused signature or
    // permission, and not when the first attempt may have taken effect.
    if (!canRetry(error))
        retry = {};
    showBanner(text.isEmpty() ? error.userMessage() : text, MessageWidget::Type::Error, error.details(), std::move(retry));
}

bool JobErrorPresenter::canRetry(const AwsError &error)
{
    return error.isRetryable() && !error.isAmbiguous();
}

void JobErrorPresenter::hideBanner()
{
    m_retry = {};
    m_banner->hideMessage();
}

void JobErrorPresenter::hideError()
{
    if (m_banner->type() == MessageWidget::Type::Error)
        hideBanner();
}

bool JobErrorPresenter::askRetry(const QString &title, const AwsError &error, const QString &context, bool canRetry)
{
    // The dialog is the one place the error is shown: the banner does not repeat it afterwards.
    hideBanner();
    return m_prompter->showError(m_window, title, error, context, canRetry) == Prompter::ErrorChoice::Retry;
}

void JobErrorPresenter::reportCredentialProblems(ProfileManager *profiles, AppProfileStore *appProfiles)
{
    connect(profiles, &ProfileManager::credentialsRefreshFailed, this, [this](const AwsError &error) {
        showBanner(tr("The temporary credentials could not be refreshed: %1").arg(error.userMessage()),
                   MessageWidget::Type::Warning, error.details());
    });
    if (!appProfiles)
        return;
    connect(appProfiles, &AppProfileStore::keychainAvailabilityChanged, this, [this](bool available, const QString &message) {
        if (!available)
            showBanner(tr("The system keychain is not available: secrets you enter are kept for this session only "
                          "and are not saved."),
                       MessageWidget::Type::Warning, message);
    });
}

} // namespace desk
