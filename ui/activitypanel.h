#pragma once

#include <QWidget>

class QDockWidget;
class QLabel;
class QMainWindow;
class QTableView;

namespace desk {

class ActivityModel;

// The activity dock's content: every request with time, operation, target, HTTP status,
// duration, retries and request id; Ctrl+C or Copy puts the selected rows (or all) on the
// clipboard as tab-separated text.
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);
    // The panel in a dock at the bottom of `window`, hidden; its toggle action (Ctrl+L) is the
    // dock's toggleViewAction().
    static QDockWidget *createDock(ActivityModel *model, QMainWindow *window);

    QTableView *tableView() const { return m_view; }
    // The text Copy puts on the clipboard.
    QString selectionText() const;
    void copySelection();

private:
    void updateEmptyHint();

    ActivityModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
};

} // namespace desk
