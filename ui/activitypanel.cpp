#include "ui/activitypanel.h"

#include "ui/icons.h"
#include "models/activitymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMainWindow>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

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
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    // Columns keep their width and the table scrolls sideways when the panel is narrow: a last
    // column stretched into too little room would cut off its title and every request id.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ActivityModel::TargetColumn, QHeaderView::Interactive);
    // These widths, or the column title's when a translation makes it wider ("Wiederholungen").
    const auto resize = [header](int column, int width) {
        header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
    };
    resize(ActivityModel::TimeColumn, 100);
    resize(ActivityModel::OperationColumn, 210);
    resize(ActivityModel::TargetColumn, 260);
    resize(ActivityModel::StatusColumn, 170);
    resize(ActivityModel::DurationColumn, 80);
    resize(ActivityModel::RetriesColumn, 60);
    resize(ActivityModel::RequestIdColumn,
           m_view->fontMetrics().horizontalAdvance(QStringLiteral("0c8f2b1e-5d7a-4e9b-8f3c-2a1b0c9d8e7f")) + 16);

    auto *copyAction = new QAction(Icons::get(QStringLiteral("copy")), tr("C&opy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ActivityPanel::copySelection);
    m_view->addAction(copyAction);

    auto *copyButton = new QPushButton(Icons::get(QStringLiteral("copy")), tr("C&opy"), this);
    copyButton->setObjectName(QStringLiteral("copyActivityButton"));
    copyButton->setToolTip(tr("Copy the selected requests (all when none is selected) as text"));
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    clearButton->setObjectName(QStringLiteral("clearActivityButton"));
    auto *note = new QLabel(tr("Secrets are never recorded: no keys, tokens, signatures or bodies."), this);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_emptyHint = new QLabel(tr("No requests yet. Every request Artifact Desk sends will be listed here."), m_view->viewport());
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(copyButton);
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(copyButton, &QPushButton::clicked, this, &ActivityPanel::copySelection);
    connect(clearButton, &QPushButton::clicked, model, &ActivityModel::clear);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyHint();
        if (m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 2)
            m_view->scrollToBottom();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateEmptyHint);
    updateEmptyHint();
}

void ActivityPanel::updateEmptyHint()
{
    m_emptyHint->setVisible(m_model->rowCount() == 0);
    m_emptyHint->setGeometry(m_view->viewport()->rect());
}

QString ActivityPanel::selectionText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return m_model->toText(rows);
}

void ActivityPanel::copySelection()
{
    QApplication::clipboard()->setText(selectionText());
}

} // namespace desk
