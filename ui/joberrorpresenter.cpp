#include "ui/joberrorpresenter.h"

#include "credentials/appprofilestore.h"
#include "credentials/profilemanager.h"
#include "models/inventorymodel.h"

namespace desk {

JobErrorPresenter::JobErrorPresenter(MessageWidget *banner, QWidget *window)
    : QObject(window)
    , m_banner(banner)
    , m_window(window)
    , m_prompter(std::make_shared<Prompter>())
{
    connect(m_banner, &MessageWidget::retryRequested, this, [this] {
        const auto it = m_banners.constFind(shownSubject());
        if (it == m_banners.cend() || !it->retry)
            return;
        const std::function<void()> retry = it->retry;
        retry();
    });
    // Closed by the admin: that banner is done with, wherever it was.
    connect(m_banner, &MessageWidget::closed, this, [this] {
        m_banners.remove(shownSubject());
        showCurrent();
    });
}

void JobErrorPresenter::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = prompter ? std::move(prompter) : std::make_shared<Prompter>();
}

QString JobErrorPresenter::subjectOf(const RepositoryRef &repository)
{
    return QStringLiteral("repository\n%1\n%2\n%3").arg(repository.domainOwner, repository.domain, repository.repository);
}

QString JobErrorPresenter::subjectOf(const DomainRef &domain)
{
    return QStringLiteral("domain\n%1\n%2").arg(domain.domainOwner, domain.domain);
}

QString JobErrorPresenter::subjectOfItem(const QModelIndex &sourceIndex)
{
    const QVariant kind = sourceIndex.data(InventoryModel::KindRole);
    if (!kind.isValid())
        return {};
    switch (kind.value<InventoryModel::ItemKind>()) {
    case InventoryModel::ItemKind::Repository:
        return subjectOf(sourceIndex.data(InventoryModel::RepositoryRefRole).value<RepositoryRef>());
    case InventoryModel::ItemKind::Domain:
        return subjectOf(sourceIndex.data(InventoryModel::DomainRefRole).value<DomainRef>());
    default:
        return {};
    }
}

void JobErrorPresenter::setCurrentSubject(const QString &subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    showCurrent();
}

QString JobErrorPresenter::shownSubject() const
{
    if (!m_subject.isEmpty() && m_banners.contains(m_subject))
        return m_subject;
    return QString();
}

void JobErrorPresenter::showCurrent()
{
    const auto it = m_banners.constFind(shownSubject());
    if (it == m_banners.cend()) {
        m_banner->hideMessage();
        return;
    }
    m_banner->showMessage(it->text, it->type, it->details, bool(it->retry));
}

void JobErrorPresenter::showBanner(const QString &text, MessageWidget::Type type, const QString &details,
                                   std::function<void()> retry, const QString &subject)
{
    m_banners.insert(subject, Banner{text, type, details, std::move(retry)});
    showCurrent();
}

void JobErrorPresenter::showError(const AwsError &error, const QString &text, std::function<void()> retry,
                                  const QString &subject)
{
    // Retry only where sending the same again can help: not for a refused signature or
    // permission, and not when the first attempt may have taken effect.
    if (!canRetry(error))
        retry = {};
    showBanner(text.isEmpty() ? error.userMessage() : text, MessageWidget::Type::Error, error.details(), std::move(retry),
               subject);
}

void JobErrorPresenter::showDetailsFailure(InventoryModel::ItemKind kind, const QString &name, const AwsError &error,
                                           std::function<void()> retry)
{
    const QString text = kind == InventoryModel::ItemKind::Repository
        ? tr("Could not load repository %1: %2").arg(name, error.userMessage())
        : tr("Could not load domain %1: %2").arg(name, error.userMessage());
    showError(error, text, std::move(retry), m_subject);
}

bool JobErrorPresenter::canRetry(const AwsError &error)
{
    return error.isRetryable() && !error.isAmbiguous();
}

void JobErrorPresenter::hideBanner(const QString &subject)
{
    if (m_banners.remove(subject))
        showCurrent();
}

void JobErrorPresenter::hideError()
{
    const bool removed = m_banners.removeIf([](const auto &entry) {
        return entry.value().type == MessageWidget::Type::Error;
    });
    if (removed)
        showCurrent();
}

bool JobErrorPresenter::hasBanner(const QString &subject) const
{
    return m_banners.contains(subject);
}

bool JobErrorPresenter::askRetry(const QString &title, const AwsError &error, const QString &context, bool canRetry,
                                 const QString &subject)
{
    // The dialog is the one place the error is shown: the banner does not repeat it afterwards.
    hideBanner(subject);
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
