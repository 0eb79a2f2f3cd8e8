#include "ui/inventorypanel.h"

#include "ui/icons.h"
#include "ui/inventoryitemdelegate.h"
#include "models/inventoryfiltermodel.h"
#include "models/inventorymodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

void InventoryPanel::addFooter(QWidget *widget)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_tree) + 1, widget);
}

InventoryPanel::InventoryPanel(InventoryModel *model, InventoryFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
{
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("domainFilterEdit"));
    // The shortcut is in the tooltip: the placeholder has to fit the panel in every language.
    m_filterEdit->setPlaceholderText(tr("Filter domains and repositories"));
    m_filterEdit->setToolTip(tr("Filter domains and repositories (Ctrl+F): by name, by a registry or package "
                                "format they reach (npm, public:pypi), by account, or by \u201cno connection\u201d "
                                "or \u201chas upstreams\u201d. Every word must match."));
    m_filterEdit->setAccessibleName(tr("Filter domains and repositories"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("inventoryTree"));
    m_tree->setAccessibleName(tr("Domains and repositories"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new InventoryItemDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(false);
    // Several rows (Ctrl+click, Shift+click) for the actions that take many: the current row is
    // the one the details pane shows.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(InventoryModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(InventoryModel::AccountColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(InventoryModel::CountColumn, QHeaderView::Interactive);
    // Wide enough for the translated column titles ("Repositorys") and a 12-digit account.
    m_tree->header()->resizeSection(InventoryModel::AccountColumn,
                                    qMax(100, m_tree->header()->sectionSizeHint(InventoryModel::AccountColumn)));
    m_tree->header()->resizeSection(InventoryModel::CountColumn,
                                    qMax(90, m_tree->header()->sectionSizeHint(InventoryModel::CountColumn)));
    m_tree->header()->setSectionResizeMode(InventoryModel::ConnectionColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(InventoryModel::UpstreamsColumn, QHeaderView::Interactive);
    // "public:maven-central" and its icon; the longest names elide, whole in the tooltip.
    m_tree->header()->resizeSection(InventoryModel::ConnectionColumn,
                                    qMax(150, m_tree->header()->sectionSizeHint(InventoryModel::ConnectionColumn)));
    m_tree->header()->resizeSection(InventoryModel::UpstreamsColumn,
                                    qMax(70, m_tree->header()->sectionSizeHint(InventoryModel::UpstreamsColumn)));
    // What an admin scans for comes next to the name; the accounts and counts after it.
    m_tree->header()->moveSection(m_tree->header()->visualIndex(InventoryModel::ConnectionColumn), 1);
    m_tree->header()->moveSection(m_tree->header()->visualIndex(InventoryModel::UpstreamsColumn), 2);
    m_tree->setExpandsOnDoubleClick(true);

    m_emptyHint = new QLabel(m_tree->viewport());
    m_emptyHint->setObjectName(QStringLiteral("inventoryEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("inventoryProgress"));
    m_progress->setAccessibleName(tr("Inventory loading progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("inventorySummaryLabel"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    // A filter's line follows the panel's width (see updateSummary), never the other way round.
    m_summary->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Hiding the selected row moves the current row to a neighbour: that is the filter's
        // doing, not a choice the admin made, so it is not remembered as one.
        m_filtering = true;
        m_filter->setFilterText(text);
        m_filtering = false;
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
        else
            restoreUnfilteredView();
        updateEmptyHint();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex source = m_filter->mapToSource(current);
        if (source.isValid() && !m_filtering)
            m_lastSelected = source;
        Q_EMIT currentChanged(source);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InventoryPanel::selectionChanged);
    // What the admin opened while nothing was filtered is what a cleared filter shows again.
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &proxy) {
        if (m_filter->filterText().isEmpty())
            m_expanded.insert(m_filter->mapToSource(proxy));
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &proxy) {
        if (m_filter->filterText().isEmpty())
            m_expanded.remove(m_filter->mapToSource(proxy));
    });
    connect(m_filter, &InventoryFilterModel::filterTextChanged, this, &InventoryPanel::updateSummary);
    auto refreshHint = [this] {
        updateEmptyHint();
        updateSummary();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, refreshHint);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refreshHint);
    connect(m_filter, &QAbstractItemModel::modelReset, this, refreshHint);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refreshHint);
    // A domain that arrives while a filter is active opens to show its matches.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &insertedParent, int first, int last) {
        if (!m_filter->filterText().isEmpty() && !insertedParent.isValid()) {
            for (int row = first; row <= last; ++row)
                m_tree->expand(m_filter->index(row, 0));
        }
    });
    // An error row says a whole sentence: it gets the width of every column, not just Name's.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &insertedParent, int first, int last) {
        if (!insertedParent.isValid())
            return;
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = m_filter->index(row, 0, insertedParent);
            if (index.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>() == InventoryModel::ItemKind::Error)
                m_tree->setFirstColumnSpanned(row, insertedParent, true);
        }
    });
    auto *clearFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterEdit, m_filterEdit, &QLineEdit::clear,
                                      Qt::WidgetShortcut);
    Q_UNUSED(clearFilter)
    // Down from the filter goes to the tree, so that typing then arrows works without a mouse.
    m_filterEdit->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this);
    setFocusProxy(m_tree);
    updateEmptyHint();
    updateSummary();
}

bool InventoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        m_emptyHint->setGeometry(m_tree->viewport()->rect().adjusted(12, 12, -12, -12));
        fitNameColumn();
    }
    if (watched == m_summary && event->type() == QEvent::Resize && !m_filter->filterText().isEmpty())
        updateSummary();
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            m_tree->setFocus(Qt::TabFocusReason);
            if (!m_tree->currentIndex().isValid())
                m_tree->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InventoryPanel::fitNameColumn()
{
    // Name takes the room the other columns leave; in a narrow panel it keeps enough for a name
    // and the tree scrolls sideways instead of squeezing it to nothing.
    QHeaderView *header = m_tree->header();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != InventoryModel::NameColumn)
            others += header->sectionSize(column);
    }
    const int minimum = m_tree->fontMetrics().averageCharWidth() * 16 + m_tree->indentation() + 24;
    const bool room = m_tree->viewport()->width() - others >= minimum;
    header->setSectionResizeMode(InventoryModel::NameColumn, room ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!room)
        header->resizeSection(InventoryModel::NameColumn, minimum);
}

void InventoryPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void InventoryPanel::setLoading(bool loading)
{
    m_loading = loading;
    m_progress->setVisible(loading);
    if (loading) {
        m_progress->setRange(0, 0);
        m_summary->setText(tr("Listing domains\u2026"));
    }
    updateEmptyHint();
    if (!loading)
        updateSummary();
}

void InventoryPanel::setProgress(int domainsDone, int domainsTotal, int repositories)
{
    if (domainsTotal > 0) {
        m_progress->setRange(0, domainsTotal);
        m_progress->setValue(domainsDone);
    }
    if (m_loading) {
        m_summary->setText(tr("Loading: %1 of %2 domains done, %3 repositories so far")
                               .arg(domainsDone)
                               .arg(domainsTotal)
                               .arg(QLocale().toString(repositories)));
    }
}

void InventoryPanel::updateSummary()
{
    if (m_loading)
        return;
    const int domains = m_model->domainCount();
    const int repositories = m_model->repositoryCount();
    if (!m_filter->filterText().isEmpty()) {
        // What the filter shows: "12 of 240 repositories match “npm”".
        const int shown = m_filter->shownRepositoryCount();
        const QString total = QLocale().toString(repositories);
        auto line = [&](const QString &filter) {
            return shown == 1 ? tr("1 of %1 repositories matches \u201c%2\u201d").arg(total, filter)
                              : tr("%1 of %2 repositories match \u201c%3\u201d").arg(QLocale().toString(shown), total, filter);
        };
        // A long filter text is cut short to the line's width (whole in the tooltip) rather than
        // widening the panel.
        const QFontMetrics metrics = m_summary->fontMetrics();
        const int room = m_summary->width() - metrics.horizontalAdvance(line(QString()));
        const QString whole = line(m_filter->filterText());
        m_summary->setText(line(metrics.elidedText(m_filter->filterText(), Qt::ElideRight,
                                                   qMax(room, metrics.averageCharWidth() * 12))));
        m_summary->setToolTip(whole);
        return;
    }
    const QString text = (domains == 1 ? tr("1 domain") : tr("%1 domains").arg(QLocale().toString(domains)))
        + QStringLiteral(", ")
        + (repositories == 1 ? tr("1 repository") : tr("%1 repositories").arg(QLocale().toString(repositories)));
    m_summary->setText(text);
    m_summary->setToolTip(QString());
}

void InventoryPanel::updateEmptyHint()
{
    QString hint;
    if (m_filter->rowCount() == 0) {
        if (m_loading)
            hint = tr("Loading domains\u2026");
        else if (!m_filter->filterText().isEmpty())
            hint = tr("Nothing matches \u201c%1\u201d.\nClear the filter (Esc) to see everything.").arg(m_filter->filterText());
        else if (m_model->domainCount() == 0)
            hint = tr("No domains to show.\nPress F5 to load, or check the region and your credentials.");
    }
    m_emptyHint->setText(hint);
    m_emptyHint->setVisible(!hint.isEmpty());
    m_emptyHint->setGeometry(m_tree->viewport()->rect().adjusted(12, 12, -12, -12));
}

void InventoryPanel::restoreUnfilteredView()
{
    // Removing rows drops their expansion: the domains come back as the admin left them.
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex domain = m_filter->index(row, 0);
        m_tree->setExpanded(domain, m_expanded.contains(m_filter->mapToSource(domain)));
    }
    // And the row selected before the filter hid it is selected again.
    if (m_lastSelected.isValid() && m_filter->mapToSource(m_tree->currentIndex()) != QModelIndex(m_lastSelected))
        selectSourceIndex(m_lastSelected);
    else if (m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
}

QList<QModelIndex> InventoryPanel::selectedSourceIndexes() const
{
    QList<QModelIndex> out;
    for (const QModelIndex &proxy : m_tree->selectionModel()->selectedRows(0))
        out << m_filter->mapToSource(proxy);
    // In the tree's order, not the order they were clicked in.
    std::sort(out.begin(), out.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        const QModelIndex pa = m_filter->mapFromSource(a);
        const QModelIndex pb = m_filter->mapFromSource(b);
        const int da = pa.parent().isValid() ? pa.parent().row() : pa.row();
        const int db = pb.parent().isValid() ? pb.parent().row() : pb.row();
        if (da != db)
            return da < db;
        return (pa.parent().isValid() ? pa.row() : -1) < (pb.parent().isValid() ? pb.row() : -1);
    });
    return out;
}

bool InventoryPanel::selectSourceIndex(const QModelIndex &sourceIndex)
{
    const QModelIndex proxy = m_filter->mapFromSource(sourceIndex);
    if (!proxy.isValid())
        return sourceIndex.isValid();
    if (proxy.parent().isValid())
        m_tree->expand(proxy.parent());
    m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(proxy);
    return true;
}

void InventoryPanel::revealSourceIndex(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return;
    if (!m_filter->mapFromSource(sourceIndex).isValid())
        m_filterEdit->clear();
    selectSourceIndex(sourceIndex);
    m_tree->setFocus(Qt::OtherFocusReason);
}

QModelIndex InventoryPanel::firstRepository() const
{
    for (int d = 0; d < m_filter->rowCount(); ++d) {
        const QModelIndex domain = m_filter->index(d, 0);
        for (int r = 0; r < m_filter->rowCount(domain); ++r) {
            const QModelIndex child = m_filter->index(r, 0, domain);
            if (child.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>() == InventoryModel::ItemKind::Repository)
                return m_filter->mapToSource(child);
        }
    }
    return {};
}

} // namespace desk
