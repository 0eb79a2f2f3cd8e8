#include "ui/activitypanel.h"

#include "ui/icons.h"
#include "api/codeartifactclient.h"
#include "models/activityfiltermodel.h"
#include "models/activitymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

QLabel *ActivityPanel::createPendingLabel(CodeArtifactClient *client, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("pendingLabel"));
    connect(client, &CodeArtifactClient::pendingRequestsChanged, label, [label](int pending) {
        label->setText(pending > 0 ? (pending == 1 ? tr("1 request in flight") : tr("%1 requests in flight").arg(pending))
                                   : QString());
    });
    return label;
}

QDockWidget *ActivityPanel::createDock(ActivityModel *model, QMainWindow *window)
{
    auto *dock = new QDockWidget(tr("Activity"), window);
    dock->setObjectName(QStringLiteral("activityDock"));
    dock->setWidget(new ActivityPanel(model, dock));
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("activityAction"));
    toggle->setText(tr("&Activity Panel"));
    toggle->setIcon(Icons::get(QStringLiteral("activity")));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    return dock;
}

ActivityPanel::ActivityPanel(ActivityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_filter = new ActivityFilterModel(this);
    m_filter->setSourceModel(model);

    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("activityFilterEdit"));
    // What it searches is in the tooltip: the placeholder has to fit the panel in every language.
    m_textFilter->setPlaceholderText(tr("Filter requests"));
    m_textFilter->setToolTip(tr("Filter requests (target, status, request ID, error\u2026)"));
    m_textFilter->setAccessibleName(tr("Filter requests"));
    m_textFilter->setClearButtonEnabled(true);
    m_operationFilter = new QComboBox(this);
    m_operationFilter->setObjectName(QStringLiteral("activityOperationFilter"));
    m_operationFilter->setAccessibleName(tr("Operation"));
    m_operationFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("activityStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Result"));
    m_statusFilter->addItem(tr("Succeeded and failed"), QVariant::fromValue(ActivityFilterModel::Status::All));
    m_statusFilter->addItem(tr("Succeeded"), QVariant::fromValue(ActivityFilterModel::Status::Succeeded));
    m_statusFilter->addItem(tr("Failed"), QVariant::fromValue(ActivityFilterModel::Status::Failed));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("activityCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    // Each column as wide as its widest text (Qt looks at the first 1,000 rows); the target takes
    // what is left and elides in the middle, the whole request being in the detail view.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(1000);
    for (int column = 0; column < ActivityModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityModel::TargetColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(QStringLiteral("Retries")) + 16);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("activityDetail"));
    m_detail->setAccessibleName(tr("Request details"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setPlaceholderText(tr("Select a request to see all that was recorded of it."));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("activitySplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *copyAction = new QAction(Icons::get(QStringLiteral("copy")), tr("C&opy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ActivityPanel::copySelection);
    m_view->addAction(copyAction);

    auto *copyButton = new QPushButton(Icons::get(QStringLiteral("copy")), tr("C&opy"), this);
    copyButton->setObjectName(QStringLiteral("copyActivityButton"));
    copyButton->setToolTip(tr("Copy the selected requests (all shown when none is selected) as text"));
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    clearButton->setObjectName(QStringLiteral("clearActivityButton"));
    auto *note = new QLabel(tr("Secrets are never recorded: no keys, tokens, signatures or bodies."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setWordWrap(true);

    m_emptyHint = new QLabel(tr("No requests yet. Every request Artifact Desk sends will be listed here."), m_view->viewport());
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_operationFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(copyButton);
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &ActivityFilterModel::setText);
    connect(m_operationFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOperation(m_operationFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_statusFilter->currentData().value<ActivityFilterModel::Status>());
    });
    connect(copyButton, &QPushButton::clicked, this, &ActivityPanel::copySelection);
    connect(clearButton, &QPushButton::clicked, model, &ActivityModel::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPanel::updateDetail);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyHint();
        updateOperations();
        if (m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 2)
            m_view->scrollToBottom();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyHint();
        updateOperations();
        updateDetail();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ActivityPanel::updateCount);
    updateOperations();
    updateEmptyHint();
    updateCount();
}

void ActivityPanel::updateEmptyHint()
{
    m_emptyHint->setVisible(m_model->rowCount() == 0);
    m_emptyHint->setGeometry(m_view->viewport()->rect());
}

void ActivityPanel::updateOperations()
{
    // The operations seen so far, keeping the one chosen.
    const QStringList operations = m_model->operations();
    const QString chosen = m_operationFilter->currentData().toString();
    if (m_operationFilter->count() == operations.size() + 1) {
        bool same = true;
        for (int i = 0; same && i < operations.size(); ++i)
            same = m_operationFilter->itemData(i + 1).toString() == operations.at(i);
        if (same)
            return;
    }
    const QSignalBlocker blocker(m_operationFilter);
    m_operationFilter->clear();
    m_operationFilter->addItem(tr("All operations"), QString());
    for (const QString &operation : operations)
        m_operationFilter->addItem(operation, operation);
    const int at = m_operationFilter->findData(chosen);
    m_operationFilter->setCurrentIndex(at >= 0 ? at : 0);
    if (at < 0)
        m_filter->setOperation({});
}

void ActivityPanel::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(m_filter->isFiltering() ? tr("%1 of %2").arg(shown).arg(total)
                                             : (total == 1 ? tr("1 request") : tr("%1 requests").arg(total)));
}

void ActivityPanel::updateDetail()
{
    m_detail->setPlainText(detailText());
}

QString ActivityPanel::detailText() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->detailText(m_filter->mapToSource(current).row());
}

QString ActivityPanel::selectionText() const
{
    // The selected rows, or every row the filter shows; as the model numbers them.
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_filter->mapToSource(index).row();
    if (rows.isEmpty() && m_filter->isFiltering()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows << m_filter->mapToSource(m_filter->index(row, 0)).row();
        if (rows.isEmpty())
            return {};
    }
    std::sort(rows.begin(), rows.end());
    return m_model->toText(rows);
}

void ActivityPanel::copySelection()
{
    QApplication::clipboard()->setText(selectionText());
}

} // namespace desk
