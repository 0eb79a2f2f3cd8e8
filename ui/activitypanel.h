#pragma once

#include <QWidget>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMainWindow;
class QPlainTextEdit;
class QTableView;

namespace desk {

class ActivityFilterModel;
class CodeArtifactClient;
class ActivityModel;

// The activity dock's content: every request with time, operation, target, HTTP status,
// duration, retries and request id, filtered by operation, result and text; the selected
// request in full beside the list; Ctrl+C or Copy puts the selected rows (or all shown) on the
// clipboard as tab-separated text.
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);
    // The panel in a dock at the bottom of `window`, hidden; its toggle action (Ctrl+L) is the
    // dock's toggleViewAction().
    static QDockWidget *createDock(ActivityModel *model, QMainWindow *window);
    // The status bar's "3 requests in flight", kept current from the client's pending count.
    static QLabel *createPendingLabel(CodeArtifactClient *client, QWidget *parent);

    QTableView *tableView() const { return m_view; }
    ActivityFilterModel *filterModel() const { return m_filter; }
    // The text Copy puts on the clipboard.
    QString selectionText() const;
    void copySelection();
    // What the detail view shows: the current request in full.
    QString detailText() const;

private:
    void updateEmptyHint();
    void updateOperations();
    void updateDetail();
    void updateCount();

    ActivityModel *m_model;
    ActivityFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QComboBox *m_operationFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_count = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace desk
