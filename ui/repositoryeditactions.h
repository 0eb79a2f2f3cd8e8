#pragma once

#include "base/awserror.h"
#include "base/codeartifacttypes.h"
#include "base/operationinputs.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace desk {

class InventoryController;
class InventoryPanel;
class Job;
class JobErrorPresenter;
class RepositorySetupController;

// New Domain…, New Repository…, Edit Repository…, Delete Repository… and Delete Domain…: when
// they apply to the selection, and their workflows: the dialog through the Prompter, the request
// through a RepositorySetupController (which puts the answer into the inventory in place), the
// new or changed row selected with the service's answer in the details pane, and any failure as
// a banner through the JobErrorPresenter with what to do. Before Edit and Delete Repository the
// domain's repositories not described yet are described, so a cycle and the repositories that
// use the one deleted are known.
class RepositoryEditActions : public QObject
{
    Q_OBJECT

public:
    // Enabled with `enabledLike` (the window's Refresh: there are credentials).
    RepositoryEditActions(InventoryController *inventory, InventoryPanel *panel, JobErrorPresenter *errors,
                          QAction *enabledLike, QWidget *window);
    ~RepositoryEditActions() override;

    RepositorySetupController *controller() const { return m_setup; }
    QAction *newDomainAction() const { return m_newDomain; }
    QAction *newRepositoryAction() const { return m_newRepository; }
    QAction *editRepositoryAction() const { return m_editRepository; }
    QAction *deleteRepositoryAction() const { return m_deleteRepository; }
    QAction *deleteDomainAction() const { return m_deleteDomain; }
    // A separator, then these actions (the Repository menu, the tree's context menu).
    void addTo(QWidget *menuOrView);
    bool isBusy() const;

public Q_SLOTS:
    void newDomain();
    void newRepository();
    void editRepository();
    void deleteRepository();
    void deleteDomain();
    void updateActions();

Q_SIGNALS:
    // A change the admin asked for ended (the service answered, or the dialog was cancelled: false).
    void actionFinished(bool ok);

private:
    // Runs `then` once the domain's repositories are all described (at once when they are).
    void whenDescribed(const DomainRef &domain, std::function<void()> then);
    void showProgress(const QString &text, const QString &subject);
    void showDone(const QString &text, const QString &subject);
    void showFailure(const AwsError &error);
    DomainRef selectedDomain() const;
    RepositoryRef selectedRepository() const;

    QPointer<InventoryController> m_inventory;
    QPointer<InventoryPanel> m_panel;
    QPointer<JobErrorPresenter> m_errors;
    QPointer<QWidget> m_window;
    QPointer<QAction> m_enabledLike;
    RepositorySetupController *m_setup = nullptr;
    QAction *m_newDomain = nullptr;
    QAction *m_newRepository = nullptr;
    QAction *m_editRepository = nullptr;
    QAction *m_deleteRepository = nullptr;
    QAction *m_deleteDomain = nullptr;
    QPointer<Job> m_lookup;
    // What is running, for its banners: what the failure is about and what to do then.
    QString m_subject;
    std::function<QString(const AwsError &)> m_failureText;
};

} // namespace desk
