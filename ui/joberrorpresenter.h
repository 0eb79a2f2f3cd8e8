#pragma once

#include "ui/messagewidget.h"
#include "ui/prompter.h"

#include "base/awserror.h"
#include "base/operationinputs.h"
#include "models/inventorymodel.h"

#include <QHash>
#include <QModelIndex>
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

    // What a banner is about: a repository, a domain, or (empty) the window as a whole. A banner
    // about a repository or domain shows only while that one is selected, and comes back with it.
    static QString subjectOf(const RepositoryRef &repository);
    static QString subjectOf(const DomainRef &domain);
    // The subject of an inventory row (an InventoryModel source index); empty for other rows.
    static QString subjectOfItem(const QModelIndex &sourceIndex);
    // The selection changed: its banner (if any) shows, else the window's.
    void setCurrentSubject(const QString &subject);
    QString currentSubject() const { return m_subject; }

    // A banner; `retry`: shows Retry, which calls it.
    void showBanner(const QString &text, MessageWidget::Type type, const QString &details = {},
                    std::function<void()> retry = {}, const QString &subject = {});
    // A failure as a banner: `text` (or the error's sentence when empty), with its details, and
    // Retry (calling `retry`) only when canRetry(error).
    void showError(const AwsError &error, const QString &text = {}, std::function<void()> retry = {},
                   const QString &subject = {});
    // The selection's details could not be read: a banner about the selection, with Retry.
    void showDetailsFailure(InventoryModel::ItemKind kind, const QString &name, const AwsError &error,
                            std::function<void()> retry);
    // Whether sending the same request again can help.
    static bool canRetry(const AwsError &error);
    // Takes the banner about `subject` away (the window's, when empty).
    void hideBanner(const QString &subject = {});
    // Takes away every banner that shows an error, whatever it is about (a reload starts afresh).
    void hideError();
    // Whether there is a banner about `subject`, shown or waiting for its subject to be selected.
    bool hasBanner(const QString &subject) const;
    // An action the admin asked for failed: a dialog with the error, `context` (what is true now,
    // when known) and Retry when retrying can help; the banner about `subject` (the action's
    // progress) goes. True when the admin chose Retry.
    bool askRetry(const QString &title, const AwsError &error, const QString &context, bool canRetry,
                  const QString &subject = {});
    // What goes wrong with credentials in the background, as banners: temporary credentials that
    // could not be refreshed, a keychain that is not there. `appProfiles` may be nullptr.
    void reportCredentialProblems(ProfileManager *profiles, AppProfileStore *appProfiles);

private:
    struct Banner
    {
        QString text;
        MessageWidget::Type type = MessageWidget::Type::Information;
        QString details;
        std::function<void()> retry;
    };
    // Shows the current subject's banner, else the window's, else none.
    void showCurrent();
    // The subject of what the banner shows now (its key in m_banners).
    QString shownSubject() const;

    QPointer<MessageWidget> m_banner;
    QPointer<QWidget> m_window;
    std::shared_ptr<Prompter> m_prompter;
    QHash<QString, Banner> m_banners;   // by subject; "" is the window's
    QString m_subject;
};

} // namespace desk
