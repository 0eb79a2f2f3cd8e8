#pragma once

#include "base/operationinputs.h"
#include "models/packageflowgraph.h"

#include <QPointer>
#include <QTabWidget>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QToolButton;

namespace desk {

class InventoryController;
class InventoryPanel;
class Job;
class MessageWidget;
class PackageFlowView;

// The right side of the main window: the selection's details and, beside them, the package flow
// of the selection's domain (View → Package flow, Ctrl+G): its repositories, their upstreams in
// search order and the public registries, with what is wrong listed under the graph. A click on
// a repository selects it in the tree; selecting one in the tree marks its node. Repositories not
// described yet are described (InventoryController::describeUnknownUpstreams) and the graph is
// drawn again as they arrive, at most once per relayout delay. The picture exports as PNG or SVG.
class PackageFlowPanel : public QTabWidget
{
    Q_OBJECT

public:
    // `details` becomes the first tab.
    PackageFlowPanel(InventoryController *inventory, InventoryPanel *tree, QWidget *details, QWidget *parent = nullptr);
    ~PackageFlowPanel() override;

    // View → Package flow: checked while the graph is the tab shown.
    QAction *showAction() const { return m_showAction; }
    PackageFlowView *view() const { return m_view; }
    DomainRef domain() const { return m_domain; }
    bool isFlowShown() const;

    // Shows the graph tab, for the domain of the tree's selection.
    void showFlow();
    // The graph of a domain (its undescribed repositories are described).
    void showDomain(const DomainRef &domain);

    // Writes the picture to `path` (.png or .svg) whole; the outcome shows in the panel's banner.
    // Empty on success, else what went wrong.
    QString exportTo(const QString &path);
    // Where Export… writes; empty: cancelled. The default asks with a save dialog.
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }
    // How long model changes are collected before the graph is laid out again (default 150 ms).
    void setRelayoutDelay(int ms) { m_relayoutTimer.setInterval(ms); }
    // What is wrong, as listed under the graph.
    QStringList problemTexts() const;
    QString titleText() const;

Q_SIGNALS:
    // The graph was laid out and drawn again.
    void graphUpdated();

private:
    QWidget *createPage();
    void handleTreeCurrentChanged(const QModelIndex &sourceIndex);
    void scheduleRelayout();
    void relayout(bool force = false);
    void updateTitle();
    void updateProblems();
    void selectNode(const QString &name, bool inTree);
    void describeUnknown();
    void exportPicture();
    QString askForFile();

    InventoryController *m_inventory;
    InventoryPanel *m_tree;
    QAction *m_showAction = nullptr;
    QWidget *m_page = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_legend = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matchLabel = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QPushButton *m_fit = nullptr;
    QPushButton *m_export = nullptr;
    PackageFlowView *m_view = nullptr;
    QWidget *m_problemsBox = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QListView *m_problemList = nullptr;
    QStandardItemModel *m_problemModel = nullptr;
    MessageWidget *m_message = nullptr;

    DomainRef m_domain;
    QList<PackageFlowGraph::Repository> m_drawn;   // what the graph shows now
    bool m_drawnOnce = false;
    QTimer m_relayoutTimer;
    QPointer<Job> m_describeJob;
    DomainRef m_describing;
    std::function<QString()> m_chooseFile;
};

} // namespace desk
