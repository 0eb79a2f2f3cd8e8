#include "ui/connectioninstructionsaction.h"

#include "ui/connectioninstructionsdialog.h"
#include "ui/icons.h"

#include "api/codeartifactclient.h"
#include "controllers/inventorycontroller.h"
#include "controllers/sessioncontroller.h"

namespace desk {

ConnectionInstructionsAction::ConnectionInstructionsAction(InventoryController *inventory, SessionController *session,
                                                           QWidget *window)
    : QAction(Icons::get(QStringLiteral("terminal")), tr("Connection &Instructions\u2026"), window)
    , m_inventory(inventory)
    , m_session(session)
    , m_window(window)
{
    setObjectName(QStringLiteral("connectionInstructionsAction"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    setToolTip(tr("How npm, pip, Maven, NuGet, Ruby, Cargo and Swift connect to the repository, with an "
                  "authorization token on request (Ctrl+I)"));
    connect(this, &QAction::triggered, this, &ConnectionInstructionsAction::openDialog);
    connect(inventory, &InventoryController::selectionStateChanged, this, &ConnectionInstructionsAction::updateEnabled);
    updateEnabled();
}

ConnectionInstructionsDialog *ConnectionInstructionsAction::dialog() const
{
    return m_dialog;
}

void ConnectionInstructionsAction::updateEnabled()
{
    setEnabled(m_inventory && m_inventory->currentKind() == InventoryModel::ItemKind::Repository);
}

void ConnectionInstructionsAction::openDialog()
{
    if (!m_inventory || !isEnabled())
        return;
    CodeArtifactClient *client = m_inventory->client();
    ConnectionTarget target;
    target.repository = m_inventory->currentRepository();
    if (target.repository.repository.isEmpty())
        return;
    target.region = client->region();
    const ResolvedEndpoint endpoint = client->endpoint();
    target.endpointUrl = endpoint.isOverridden() ? endpoint.url.toString() : QString();
    target.cliProfile = m_session ? m_session->cliProfile() : QString();
    target.cliNote = m_session ? m_session->cliNote() : QString();
    // The format the repository already serves, when its description says.
    target.format = QStringLiteral("npm");
    const auto described = m_inventory->currentDescription();
    if (described && described->name == target.repository.repository && !described->externalConnections.isEmpty()) {
        const QString format = described->externalConnections.constFirst().packageFormat;
        if (ConnectionInstructions::formats().contains(format))
            target.format = format;
    }
    auto *dialog = new ConnectionInstructionsDialog(client, target, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

} // namespace desk
