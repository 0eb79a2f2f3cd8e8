#include "ui/connectbatchaction.h"

#include "ui/connectionbatchdialog.h"
#include "ui/icons.h"
#include "ui/inventorypanel.h"
#include "ui/joberrorpresenter.h"

#include "base/job.h"
#include "controllers/inventorycontroller.h"
#include "controllers/sessioncontroller.h"
#include "models/inventorymodel.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <memory>

namespace desk {

ConnectBatchAction::ConnectBatchAction(InventoryController *inventory, InventoryPanel *panel, SessionController *session,
                                       JobErrorPresenter *errors, QWidget *window)
    : QAction(Icons::get(QStringLiteral("link")), tr("Connect &Selected Repositories\u2026"), window)
    , m_inventory(inventory)
    , m_panel(panel)
    , m_session(session)
    , m_errors(errors)
    , m_window(window)
{
    setObjectName(QStringLiteral("connectSelectedAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    setToolTip(tr("Connect every selected repository (or every repository of a selected domain) to one public "
                  "registry (Ctrl+Alt+E)"));
    connect(this, &QAction::triggered, this, &ConnectBatchAction::connectSelected);
    connect(panel, &InventoryPanel::selectionChanged, this, &ConnectBatchAction::updateEnabled);
    connect(inventory, &InventoryController::selectionStateChanged, this, &ConnectBatchAction::updateEnabled);
    updateEnabled();
}

QList<RepositoryDescription> ConnectBatchAction::selectedRepositories() const
{
    QList<RepositoryDescription> out;
    QSet<QString> seen;
    QHash<QString, QList<RepositoryDescription>> known;
    const auto domainRepositories = [this, &known](const DomainRef &domain) -> const QList<RepositoryDescription> & {
        const QString key = ConnectionBatch::domainKey(domain);
        if (!known.contains(key))
            known.insert(key, m_inventory->knownRepositories(domain));
        return known[key];
    };
    const auto add = [&out, &seen](const RepositoryDescription &repository) {
        const QString key = repository.domainOwner + u'/' + repository.domainName + u'/' + repository.name;
        if (!seen.contains(key)) {
            seen.insert(key);
            out << repository;
        }
    };
    for (const QModelIndex &index : m_panel->selectedSourceIndexes()) {
        const auto kind = index.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>();
        if (kind == InventoryModel::ItemKind::Domain) {
            for (const RepositoryDescription &repository :
                 domainRepositories(index.data(InventoryModel::DomainRefRole).value<DomainRef>()))
                add(repository);
        } else if (kind == InventoryModel::ItemKind::Repository) {
            const auto summary = index.data(InventoryModel::RepositorySummaryRole).value<RepositorySummary>();
            for (const RepositoryDescription &repository : domainRepositories({summary.domainName, summary.domainOwner})) {
                if (repository.name == summary.name)
                    add(repository);
            }
        }
    }
    return out;
}

void ConnectBatchAction::updateEnabled()
{
    bool any = false;
    for (const QModelIndex &index : m_panel->selectedSourceIndexes()) {
        const auto kind = index.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>();
        any = any || kind == InventoryModel::ItemKind::Repository
            || (kind == InventoryModel::ItemKind::Domain && m_inventory->model()->rowCount(index) > 0);
    }
    setEnabled(any && !m_open);
}

void ConnectBatchAction::connectSelected()
{
    const QList<RepositoryDescription> selected = selectedRepositories();
    if (selected.isEmpty() || m_open)
        return;
    QList<DomainRef> domains;
    for (const RepositoryDescription &repository : selected) {
        const DomainRef domain{repository.domainName, repository.domainOwner};
        if (!domains.contains(domain))
            domains << domain;
    }
    ConnectionBatchDialog dialog(m_inventory->client(), selected, m_session->cliProfile(), m_session->cliNote(), m_window);
    // Where each domain's store is looked for: what the tree knows now, then what the reads of
    // the repositories not described yet add.
    auto lookups = std::make_shared<QList<QPointer<Job>>>();
    const auto update = [this, &dialog, domains, lookups] {
        QHash<QString, QList<RepositoryDescription>> known;
        for (const DomainRef &domain : domains)
            known.insert(ConnectionBatch::domainKey(domain), m_inventory->knownRepositories(domain));
        const bool complete = std::all_of(lookups->begin(), lookups->end(),
                                          [](const QPointer<Job> &job) { return job.isNull() || job->isFinished(); });
        dialog.setDomainRepositories(known, complete);
    };
    for (const DomainRef &domain : domains) {
        if (Job *lookup = m_inventory->describeUnknownUpstreams(domain)) {
            lookups->append(lookup);
            connect(lookup, &Job::finished, &dialog, update, Qt::QueuedConnection);
        }
    }
    update();
    connect(&dialog, &ConnectionBatchDialog::repositoryChanged, this,
            [this](const RepositoryDescription &repository) { m_inventory->applyRepository(repository); });
    bool ran = false;
    bool ok = false;
    connect(&dialog, &ConnectionBatchDialog::batchFinished, this, [&ran, &ok](bool allConnected) {
        ran = true;
        ok = allConnected;
    });
    m_open = true;
    updateEnabled();
    m_errors->prompter()->exec(&dialog);
    m_open = false;
    updateEnabled();
    if (ran)
        Q_EMIT batchFinished(ok);
}

} // namespace desk
