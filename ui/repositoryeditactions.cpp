#include "ui/repositoryeditactions.h"

#include "ui/confirmdeletedialog.h"
#include "ui/domaindialog.h"
#include "ui/icons.h"
#include "ui/inventorypanel.h"
#include "ui/joberrorpresenter.h"
#include "ui/repositorydialog.h"

#include "base/job.h"
#include "controllers/inventorycontroller.h"
#include "controllers/repositorysetupcontroller.h"

#include <QAction>
#include <QTimer>

namespace desk {

RepositoryEditActions::RepositoryEditActions(InventoryController *inventory, InventoryPanel *panel, JobErrorPresenter *errors,
                                             QAction *enabledLike, QWidget *window)
    : QObject(window)
    , m_inventory(inventory)
    , m_panel(panel)
    , m_errors(errors)
    , m_window(window)
    , m_enabledLike(enabledLike)
{
    m_setup = new RepositorySetupController(inventory, this);
    m_newDomain = Icons::action(window, "newDomainAction", {}, tr("New Do&main\u2026"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Create a domain in this account and region"));
    m_newRepository = Icons::action(window, "newRepositoryAction", {}, tr("&New Repository\u2026"),
                                    QKeySequence(Qt::CTRL | Qt::Key_N),
                                    tr("Create a repository in the selected domain, with its upstreams (Ctrl+N)"));
    m_editRepository = Icons::action(window, "editRepositoryAction", {}, tr("Edi&t Repository\u2026"), QKeySequence(Qt::Key_F2),
                                     tr("Change the repository's description and upstreams (F2)"));
    m_deleteRepository = Icons::action(window, "deleteRepositoryAction", {}, tr("De&lete Repository\u2026"), {},
                                       tr("Delete the repository and its packages"));
    m_deleteDomain = Icons::action(window, "deleteDomainAction", {}, tr("Delete D&omain\u2026"), {},
                                   tr("Delete the domain (it must have no repositories)"));
    connect(m_newDomain, &QAction::triggered, this, &RepositoryEditActions::newDomain);
    connect(m_newRepository, &QAction::triggered, this, &RepositoryEditActions::newRepository);
    connect(m_editRepository, &QAction::triggered, this, &RepositoryEditActions::editRepository);
    connect(m_deleteRepository, &QAction::triggered, this, &RepositoryEditActions::deleteRepository);
    connect(m_deleteDomain, &QAction::triggered, this, &RepositoryEditActions::deleteDomain);
    connect(inventory, &InventoryController::selectionStateChanged, this, &RepositoryEditActions::updateActions);
    connect(inventory, &InventoryController::inventoryFinished, this, &RepositoryEditActions::updateActions);
    connect(m_setup, &RepositorySetupController::busyChanged, this, &RepositoryEditActions::updateActions);
    connect(m_setup, &RepositorySetupController::failed, this, &RepositoryEditActions::showFailure);
    if (enabledLike)
        connect(enabledLike, &QAction::changed, this, &RepositoryEditActions::updateActions);

    connect(m_setup, &RepositorySetupController::domainCreated, this, [this](const DomainDescription &domain) {
        m_panel->revealSourceIndex(m_inventory->model()->domainIndex(domain.owner, domain.name));
        showDone(tr("Created domain %1.").arg(domain.name), {});
    });
    connect(m_setup, &RepositorySetupController::repositoryCreated, this, [this](const RepositoryDescription &repository) {
        const RepositoryRef ref = RepositoryRef::of(repository);
        m_panel->revealSourceIndex(m_inventory->model()->repositoryIndex(ref));
        m_inventory->applyRepository(repository);   // the answer, in the details pane, without a describe
        showDone(tr("Created repository %1 in %2.").arg(repository.name, repository.domainName), JobErrorPresenter::subjectOf(ref));
    });
    connect(m_setup, &RepositorySetupController::repositoryUpdated, this, [this](const RepositoryDescription &repository) {
        const RepositoryRef ref = RepositoryRef::of(repository);
        showDone(tr("Saved repository %1: the details show the service's answer.").arg(repository.name),
                 JobErrorPresenter::subjectOf(ref));
    });
    connect(m_setup, &RepositorySetupController::repositoryDeleted, this, [this](const RepositoryDescription &repository) {
        const DomainRef domain{repository.domainName, repository.domainOwner};
        m_panel->selectSourceIndex(m_inventory->model()->domainIndex(domain.domainOwner, domain.domain));
        showDone(tr("Deleted repository %1 from %2.").arg(repository.name, repository.domainName),
                 JobErrorPresenter::subjectOf(domain));
    });
    connect(m_setup, &RepositorySetupController::domainDeleted, this, [this](const DomainRef &domain) {
        showDone(tr("Deleted domain %1.").arg(domain.domain), {});
    });
    updateActions();
}

RepositoryEditActions::~RepositoryEditActions() = default;

void RepositoryEditActions::addTo(QWidget *menuOrView)
{
    auto *separator = new QAction(menuOrView);
    separator->setSeparator(true);
    menuOrView->addActions({separator, m_newDomain, m_newRepository, m_editRepository, m_deleteRepository, m_deleteDomain});
}

bool RepositoryEditActions::isBusy() const
{
    return m_setup->isBusy() || !m_lookup.isNull();
}

DomainRef RepositoryEditActions::selectedDomain() const
{
    const QModelIndex current = m_inventory->current();
    return current.isValid() ? current.data(InventoryModel::DomainRefRole).value<DomainRef>() : DomainRef();
}

RepositoryRef RepositoryEditActions::selectedRepository() const
{
    return m_inventory->currentRepository();
}

void RepositoryEditActions::updateActions()
{
    const bool connected = !m_enabledLike || m_enabledLike->isEnabled();
    const bool idle = connected && !isBusy();
    const auto kind = m_inventory->currentKind();
    const QModelIndex current = m_inventory->current();
    const QModelIndex domainRow = kind == InventoryModel::ItemKind::Domain ? current : current.parent();
    const bool domainLoaded = domainRow.isValid()
        && domainRow.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>() == InventoryModel::DomainState::Loaded;
    m_newDomain->setEnabled(idle);
    m_newRepository->setEnabled(idle && domainLoaded && kind != InventoryModel::ItemKind::Error);
    m_editRepository->setEnabled(idle && kind == InventoryModel::ItemKind::Repository);
    m_deleteRepository->setEnabled(idle && kind == InventoryModel::ItemKind::Repository);
    m_deleteDomain->setEnabled(idle && kind == InventoryModel::ItemKind::Domain);
}

void RepositoryEditActions::showProgress(const QString &text, const QString &subject)
{
    m_subject = subject;
    m_errors->showBanner(text, MessageWidget::Type::Information, {}, {}, subject);
}

void RepositoryEditActions::showDone(const QString &text, const QString &subject)
{
    if (!m_subject.isEmpty() && m_subject != subject)
        m_errors->hideBanner(m_subject);
    m_errors->showBanner(text, MessageWidget::Type::Positive, {}, {}, subject);
    updateActions();
    Q_EMIT actionFinished(true);
}

void RepositoryEditActions::showFailure(const AwsError &error)
{
    const QString text = m_failureText ? m_failureText(error) : error.userMessage();
    m_errors->showError(error, text, {}, m_subject);
    updateActions();
    Q_EMIT actionFinished(false);
}

void RepositoryEditActions::whenDescribed(const DomainRef &domain, std::function<void()> then)
{
    Job *lookup = m_inventory->describeUnknownUpstreams(domain);
    if (!lookup) {
        then();
        return;
    }
    m_lookup = lookup;
    updateActions();
    const QString subject = JobErrorPresenter::subjectOf(domain);
    m_errors->showBanner(tr("Reading the upstreams of the repositories of %1\u2026").arg(domain.domain),
                         MessageWidget::Type::Information, {}, {}, m_inventory->currentKind() == InventoryModel::ItemKind::Repository
                                                                    ? JobErrorPresenter::subjectOf(selectedRepository())
                                                                    : subject);
    connect(lookup, &Job::finished, this, [this, then] {
        m_lookup = nullptr;
        const QString shown = m_inventory->currentKind() == InventoryModel::ItemKind::Repository
            ? JobErrorPresenter::subjectOf(selectedRepository())
            : JobErrorPresenter::subjectOf(selectedDomain());
        m_errors->hideBanner(shown);
        updateActions();
        // Leave the job's finished() before a modal dialog opens.
        QTimer::singleShot(0, this, then);
    });
}

void RepositoryEditActions::newDomain()
{
    if (!m_newDomain->isEnabled())
        return;
    DomainDialog dialog(m_window);
    if (m_errors->prompter()->exec(&dialog) != QDialog::Accepted) {
        Q_EMIT actionFinished(false);
        return;
    }
    const QString name = dialog.name();
    m_failureText = [name](const AwsError &error) {
        return tr("Domain %1 was not created: %2").arg(name, error.userMessage());
    };
    showProgress(tr("Creating domain %1\u2026").arg(name), {});
    m_setup->createDomain(name, dialog.encryptionKey());
}

void RepositoryEditActions::newRepository()
{
    const DomainRef domain = selectedDomain();
    if (!m_newRepository->isEnabled() || domain.domain.isEmpty())
        return;
    whenDescribed(domain, [this, domain] {
        RepositoryDialog dialog(m_setup, domain, m_window);
        if (m_errors->prompter()->exec(&dialog) != QDialog::Accepted) {
            Q_EMIT actionFinished(false);
            return;
        }
        const RepositoryRef ref{domain.domain, domain.domainOwner, dialog.name()};
        m_failureText = [ref](const AwsError &error) {
            QString message = tr("Repository %1 was not created in %2: %3").arg(ref.repository, ref.domain, error.userMessage());
            if (error.kind() == AwsError::Kind::Conflict)
                message += u' ' + tr("Choose another name, or refresh (F5) to see the repositories there now.");
            return message;
        };
        showProgress(tr("Creating repository %1 in %2\u2026").arg(ref.repository, ref.domain), JobErrorPresenter::subjectOf(domain));
        m_setup->createRepository(ref, dialog.description(), dialog.upstreams());
    });
}

void RepositoryEditActions::editRepository()
{
    const RepositoryRef ref = selectedRepository();
    if (!m_editRepository->isEnabled() || ref.repository.isEmpty())
        return;
    whenDescribed(ref.domainRef(), [this, ref] {
        const QModelIndex row = m_inventory->model()->repositoryIndex(ref);
        if (!row.isValid())
            return;
        // The selection's own answer when there is one; else what the inventory read.
        const auto described = m_inventory->currentDescription();
        QString description = row.data(InventoryModel::RepositorySummaryRole).value<RepositorySummary>().description;
        QStringList upstreams = row.data(InventoryModel::UpstreamsRole).toStringList();
        if (described && described->name == ref.repository && described->domainName == ref.domain) {
            description = described->description;
            upstreams = described->upstreamNames();
        }
        RepositoryDialog dialog(m_setup, ref, description, upstreams, m_window);
        if (m_errors->prompter()->exec(&dialog) != QDialog::Accepted) {
            Q_EMIT actionFinished(false);
            return;
        }
        m_failureText = [ref](const AwsError &error) {
            return tr("Repository %1 was not changed: %2").arg(ref.repository, error.userMessage());
        };
        showProgress(tr("Saving repository %1\u2026").arg(ref.repository), JobErrorPresenter::subjectOf(ref));
        m_setup->updateRepository(ref, dialog.description(), dialog.upstreams());
    });
}

void RepositoryEditActions::deleteRepository()
{
    const RepositoryRef ref = selectedRepository();
    if (!m_deleteRepository->isEnabled() || ref.repository.isEmpty())
        return;
    whenDescribed(ref.domainRef(), [this, ref] {
        const QList<RepositorySetupController::Downstream> impact = m_setup->deleteImpact(ref);
        QStringList lines;
        int direct = 0;
        for (const RepositorySetupController::Downstream &d : impact) {
            direct += d.direct ? 1 : 0;
            const QString loses = d.loses.isEmpty() ? tr("loses no public registry (it reaches them another way)")
                                                    : tr("loses %1").arg(d.loses.join(QStringLiteral(", ")));
            if (d.direct)
                lines << tr("%1 (upstream): %2; it keeps %3 in its list as a name that leads nowhere.")
                             .arg(d.repository, loses, ref.repository);
            else if (!d.loses.isEmpty())
                lines << tr("%1 (through its upstreams): %2.").arg(d.repository, loses);
        }
        QString text = tr("Delete repository %1 from domain %2? Its packages are deleted with it; this cannot be undone.")
                           .arg(ref.repository, ref.domain);
        if (direct > 0)
            text += QStringLiteral("\n\n")
                + (direct == 1 ? tr("1 repository uses it as an upstream. The service allows the delete; what the "
                                    "repositories that search it would lose:")
                               : tr("%1 repositories use it as an upstream. The service allows the delete; what the "
                                    "repositories that search it would lose:").arg(direct));
        else
            text += QStringLiteral("\n\n") + tr("No repository of %1 uses it as an upstream.").arg(ref.domain);
        if (const int unknown = m_setup->undescribedIn(ref.domainRef()); unknown > 0)
            text += QStringLiteral("\n\n")
                + (unknown == 1 ? tr("1 repository of the domain could not be read, so more may use it.")
                                : tr("%1 repositories of the domain could not be read, so more may use it.").arg(unknown));
        ConfirmDeleteDialog dialog(tr("Delete Repository %1").arg(ref.repository), text, lines, ref.repository,
                                   tr("&Delete Repository"), m_window);
        if (m_errors->prompter()->exec(&dialog) != QDialog::Accepted) {
            Q_EMIT actionFinished(false);
            return;
        }
        m_failureText = [ref](const AwsError &error) {
            return tr("Repository %1 was not deleted: %2").arg(ref.repository, error.userMessage());
        };
        showProgress(tr("Deleting repository %1\u2026").arg(ref.repository), JobErrorPresenter::subjectOf(ref));
        m_setup->deleteRepository(ref);
    });
}

void RepositoryEditActions::deleteDomain()
{
    const DomainRef domain = selectedDomain();
    if (!m_deleteDomain->isEnabled() || domain.domain.isEmpty())
        return;
    const int repositories = m_inventory->current().data(InventoryModel::RepositoryCountRole).toInt();
    QString text = tr("Delete domain %1? This cannot be undone.").arg(domain.domain);
    if (repositories > 0)
        text += QStringLiteral("\n\n")
            + (repositories == 1 ? tr("It still has 1 repository. The service deletes only an empty domain: delete the "
                                      "repository first, or it will refuse.")
                                 : tr("It still has %1 repositories. The service deletes only an empty domain: delete "
                                      "them first, or it will refuse.").arg(repositories));
    ConfirmDeleteDialog dialog(tr("Delete Domain %1").arg(domain.domain), text, {}, domain.domain, tr("&Delete Domain"), m_window);
    if (m_errors->prompter()->exec(&dialog) != QDialog::Accepted) {
        Q_EMIT actionFinished(false);
        return;
    }
    m_failureText = [domain, repositories](const AwsError &error) {
        QString message = tr("Domain %1 was not deleted: %2").arg(domain.domain, error.userMessage());
        if (error.kind() == AwsError::Kind::Conflict && repositories > 0)
            message += u' ' + (repositories == 1 ? tr("Delete its repository first, then the domain.")
                                                 : tr("Delete its %1 repositories first, then the domain.").arg(repositories));
        return message;
    };
    showProgress(tr("Deleting domain %1\u2026").arg(domain.domain), JobErrorPresenter::subjectOf(domain));
    m_setup->deleteDomain(domain);
}

} // namespace desk
