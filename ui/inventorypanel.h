#pragma once

#include "base/operationinputs.h"

#include <QPersistentModelIndex>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTreeView;

namespace desk {

class InventoryFilterModel;
class InventoryModel;

// The left side of the main window: a filter field, the domain/repository tree (name, account,
// repositories, external connection, upstreams) and a line under it that says what is shown (the
// load progress, the totals, or how many repositories match the filter).
class InventoryPanel : public QWidget
{
    Q_OBJECT

public:
    InventoryPanel(InventoryModel *model, InventoryFilterModel *filter, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }

    void setLoading(bool loading);
    void setProgress(int domainsDone, int domainsTotal, int repositories);
    // Selects (and scrolls to) a source-model index; false when it names no row.
    bool selectSourceIndex(const QModelIndex &sourceIndex);
    // The selected rows (source-model indexes, column 0), in the tree's order.
    QList<QModelIndex> selectedSourceIndexes() const;
    // Selects it, clearing the filter first when the filter hides it (the admin asked for it).
    void revealSourceIndex(const QModelIndex &sourceIndex);
    // The first repository in view order; invalid when there is none.
    QModelIndex firstRepository() const;
    void focusFilter();
    // A line under the tree (the background describing's status).
    void addFooter(QWidget *widget);

Q_SIGNALS:
    // The current item changed: a source-model index (invalid: nothing selected).
    void currentChanged(const QModelIndex &sourceIndex);
    // The set of selected rows changed.
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void updateEmptyHint();
    void restoreUnfilteredView();
    void fitNameColumn();

    InventoryModel *m_model;
    InventoryFilterModel *m_filter;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_tree = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_emptyHint = nullptr;
    bool m_loading = false;
    QSet<QPersistentModelIndex> m_expanded;   // domains (source) the admin opened while unfiltered
    QPersistentModelIndex m_lastSelected;     // the last row (source) the admin selected
    bool m_filtering = false;                 // the filter is changing the rows
};

} // namespace desk
