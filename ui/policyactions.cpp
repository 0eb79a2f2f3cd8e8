#include "ui/policyactions.h"

#include "ui/joberrorpresenter.h"
#include "ui/policydialog.h"

#include "api/codeartifactclient.h"
#include "controllers/inventorycontroller.h"
#include "controllers/sessioncontroller.h"

#include <QAction>
#include <QMenu>

namespace desk {

PolicyActions::PolicyActions(InventoryController *inventory, SessionController *session, JobErrorPresenter *errors,
                             QWidget *window)
    : QObject(window)
    , m_inventory(inventory)
    , m_session(session)
    , m_errors(errors)
    , m_window(window)
{
    m_domainPolicy = new QAction(tr("Domain Polic&y\u2026"), this);
    m_domainPolicy->setObjectName(QStringLiteral("domainPolicyAction"));
    m_domainPolicy->setToolTip(tr("View and edit the permissions policy of the selected domain: which other accounts "
                                  "may use it"));
    m_repositoryPolicy = new QAction(tr("Repository &Policy\u2026"), this);
    m_repositoryPolicy->setObjectName(QStringLiteral("repositoryPolicyAction"));
    m_repositoryPolicy->setToolTip(tr("View and edit the permissions policy of the selected repository: which other "
                                      "accounts may read it"));
    connect(m_domainPolicy, &QAction::triggered, this, &PolicyActions::openDomainPolicy);
    connect(m_repositoryPolicy, &QAction::triggered, this, &PolicyActions::openRepositoryPolicy);
    connect(inventory, &InventoryController::selectionStateChanged, this, &PolicyActions::updateEnabled);
    updateEnabled();
}

void PolicyActions::addToMenu(QMenu *menu) const
{
    menu->addSeparator();
    menu->addActions(actions());
}

PolicyDialog *PolicyActions::dialog() const
{
    return m_dialog;
}

void PolicyActions::updateEnabled()
{
    const std::optional<InventoryModel::ItemKind> kind = m_inventory ? m_inventory->currentKind() : std::nullopt;
    m_domainPolicy->setEnabled(kind == InventoryModel::ItemKind::Domain || kind == InventoryModel::ItemKind::Repository);
    m_repositoryPolicy->setEnabled(kind == InventoryModel::ItemKind::Repository);
}

void PolicyActions::openDomainPolicy()
{
    if (!m_inventory || !m_domainPolicy->isEnabled())
        return;
    const DomainRef domain = m_inventory->current().data(InventoryModel::DomainRefRole).value<DomainRef>();
    if (!domain.domain.isEmpty())
        open(PermissionsPolicyTarget::forDomain(domain));
}

void PolicyActions::openRepositoryPolicy()
{
    if (!m_inventory || !m_repositoryPolicy->isEnabled())
        return;
    const RepositoryRef repository = m_inventory->currentRepository();
    if (!repository.repository.isEmpty())
        open(PermissionsPolicyTarget::forRepository(repository));
}

void PolicyActions::open(const PermissionsPolicyTarget &target)
{
    CodeArtifactClient *client = m_inventory->client();
    PolicyDialog::CliContext cli;
    cli.region = client->region();
    const ResolvedEndpoint endpoint = client->endpoint();
    cli.endpointUrl = endpoint.isOverridden() ? endpoint.url.toString() : QString();
    cli.profile = m_session ? m_session->cliProfile() : QString();
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new PolicyDialog(client, target, m_errors ? m_errors->sharedPrompter() : nullptr, cli, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

} // namespace desk
