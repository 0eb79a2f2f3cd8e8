#pragma once

#include "base/codeartifacttypes.h"

#include <QAction>
#include <QList>
#include <QPointer>

namespace desk {

class InventoryController;
class InventoryPanel;
class JobErrorPresenter;
class SessionController;

// Repository → Connect Selected Repositories… (also on the tree's context menu): the repositories
// selected in the tree (a selected domain stands for all its repositories), in one domain or
// several, connected to one public registry in a ConnectionBatchDialog. Before the dialog can
// run through store repositories, the domains' repositories not described yet are read (where
// an existing store is found); answers go into the tree as they come.
class ConnectBatchAction : public QAction
{
    Q_OBJECT

public:
    ConnectBatchAction(InventoryController *inventory, InventoryPanel *panel, SessionController *session,
                       JobErrorPresenter *errors, QWidget *window);

    // The repositories the action would take now, in the tree's order.
    QList<RepositoryDescription> selectedRepositories() const;

Q_SIGNALS:
    // A batch ran; `ok`: every repository ended connected.
    void batchFinished(bool ok);

private:
    void updateEnabled();
    void connectSelected();

    QPointer<InventoryController> m_inventory;
    QPointer<InventoryPanel> m_panel;
    QPointer<SessionController> m_session;
    QPointer<JobErrorPresenter> m_errors;
    QPointer<QWidget> m_window;
    bool m_open = false;
};

} // namespace desk
