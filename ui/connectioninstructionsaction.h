#pragma once

#include <QAction>
#include <QPointer>

namespace desk {

class ConnectionInstructionsDialog;
class InventoryController;
class SessionController;

// Repository → Connection Instructions…: opens the ConnectionInstructionsDialog for the selected
// repository, first in the format of its external connection (npm when it has none), with the CLI
// lines aimed where the window is (region, overridden endpoint, profile). Enabled while a
// repository is selected.
class ConnectionInstructionsAction : public QAction
{
    Q_OBJECT

public:
    ConnectionInstructionsAction(InventoryController *inventory, SessionController *session, QWidget *window);

    // The dialog this action opened last, while it is open.
    ConnectionInstructionsDialog *dialog() const;

private:
    void updateEnabled();
    void openDialog();

    QPointer<InventoryController> m_inventory;
    QPointer<SessionController> m_session;
    QPointer<QWidget> m_window;
    QPointer<ConnectionInstructionsDialog> m_dialog;
};

} // namespace desk
