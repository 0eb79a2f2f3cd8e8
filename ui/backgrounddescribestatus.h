#pragma once

#include "base/operationinputs.h"

#include <QLabel>
#include <QPointer>
#include <QTimer>

class QAction;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace desk {

class InventoryController;

// The inventory's background describing, seen from the tree: tells the controller which
// repository rows are on screen (after scrolling, expanding, filtering or resizing has rested),
// and says under the tree how far describing has come ("Describing repositories: 120 of 240
// known"), what could not be read (the reason in the tooltip) and, for a large account where
// only the rows on screen are described, offers "Describe all" (also describeAllAction()).
class BackgroundDescribeStatus : public QLabel
{
    Q_OBJECT

public:
    BackgroundDescribeStatus(InventoryController *inventory, QTreeView *tree, QSortFilterProxyModel *filter,
                             QWidget *parent = nullptr);

    QAction *describeAllAction() const { return m_describeAll; }
    // View → Background Describing: how many requests a second it may send (kept in QSettings
    // under kRateSetting), or Off.
    QMenu *rateMenu() const { return m_rateMenu; }
    static constexpr const char *kRateSetting = "inventory/backgroundRequestsPerSecond";
    // The repository rows on screen now, plus a page below (what scrolling shows next).
    QList<RepositoryRef> visibleRepositories() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();

    QPointer<InventoryController> m_inventory;
    QTreeView *m_tree;
    QSortFilterProxyModel *m_filter;
    void applyRate(double perSecond);

    QAction *m_describeAll = nullptr;
    QMenu *m_rateMenu = nullptr;
    QTimer m_visibleTimer;
};

} // namespace desk
