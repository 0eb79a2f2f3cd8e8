#pragma once

#include "api/permissionspolicyjobs.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace desk {

class InventoryController;
class JobErrorPresenter;
class PolicyDialog;
class SessionController;

// Repository → Domain Policy… and Repository Policy…: open a PolicyDialog for the selected
// domain (a domain row, or a repository's domain) or repository, with the window's Prompter and
// the CLI context (region, overridden endpoint, profile). Domain Policy is enabled while a domain
// or a repository is selected, Repository Policy while a repository is.
class PolicyActions : public QObject
{
    Q_OBJECT

public:
    PolicyActions(InventoryController *inventory, SessionController *session, JobErrorPresenter *errors, QWidget *window);

    QAction *domainPolicyAction() const { return m_domainPolicy; }
    QAction *repositoryPolicyAction() const { return m_repositoryPolicy; }
    QList<QAction *> actions() const { return {m_domainPolicy, m_repositoryPolicy}; }
    // A separator, then the two actions.
    void addToMenu(QMenu *menu) const;
    // The dialog opened last, while it is open.
    PolicyDialog *dialog() const;

public Q_SLOTS:
    void openDomainPolicy();
    void openRepositoryPolicy();

private:
    void updateEnabled();
    void open(const PermissionsPolicyTarget &target);

    QPointer<InventoryController> m_inventory;
    QPointer<SessionController> m_session;
    QPointer<JobErrorPresenter> m_errors;
    QPointer<QWidget> m_window;
    QAction *m_domainPolicy = nullptr;
    QAction *m_repositoryPolicy = nullptr;
    QPointer<PolicyDialog> m_dialog;
};

} // namespace desk
