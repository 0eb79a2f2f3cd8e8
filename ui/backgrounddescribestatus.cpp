#include "ui/backgrounddescribestatus.h"

#include "controllers/inventorycontroller.h"
#include "models/inventorymodel.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace desk {

namespace {
constexpr auto kDescribeAllLink = "describe-all";
}

BackgroundDescribeStatus::BackgroundDescribeStatus(InventoryController *inventory, QTreeView *tree,
                                                   QSortFilterProxyModel *filter, QWidget *parent)
    : QLabel(parent)
    , m_inventory(inventory)
    , m_tree(tree)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("describeStatusLabel"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setForegroundRole(QPalette::PlaceholderText);
    setVisible(false);

    m_describeAll = new QAction(tr("&Describe All Repositories"), this);
    m_describeAll->setObjectName(QStringLiteral("describeAllAction"));
    m_describeAll->setToolTip(tr("Read every repository's upstreams and external connections now, as fast as the "
                                 "service allows"));
    connect(m_describeAll, &QAction::triggered, inventory, &InventoryController::describeAll);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String(kDescribeAllLink))
            m_describeAll->trigger();
    });

    // The ceiling for background requests, kept between runs; Off describes nothing unasked.
    m_rateMenu = new QMenu(tr("&Background Describing"), this);
    m_rateMenu->setObjectName(QStringLiteral("describeRateMenu"));
    m_rateMenu->setToolTipsVisible(true);
    auto *rates = new QActionGroup(m_rateMenu);
    const double saved = QSettings().value(QLatin1String(kRateSetting), InventoryController::kDefaultBackgroundRate).toDouble();
    for (const double rate : {2.0, 5.0, 10.0, 20.0, 50.0, 0.0}) {
        QAction *choice = m_rateMenu->addAction(rate > 0 ? tr("At Most %1 Requests a Second").arg(rate) : tr("Off"));
        choice->setObjectName(rate > 0 ? QStringLiteral("describeRate%1").arg(rate) : QStringLiteral("describeRateOff"));
        choice->setCheckable(true);
        choice->setChecked(qFuzzyCompare(rate + 1, saved + 1));
        choice->setToolTip(rate > 0 ? tr("The account's API quota is shared with your pipelines: describe in the "
                                         "background at this rate at most, slower when the service throttles")
                                    : tr("Describe only the selected repository, and everything on Describe All"));
        rates->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, rate] {
            QSettings().setValue(QLatin1String(kRateSetting), rate);
            applyRate(rate);
        });
    }
    applyRate(saved);

    // The rows on screen, once scrolling, expanding, filtering or resizing has rested.
    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(150);
    connect(&m_visibleTimer, &QTimer::timeout, this, [this] {
        if (m_inventory)
            m_inventory->setVisibleRepositories(visibleRepositories());
    });
    auto later = [this] { m_visibleTimer.start(); };
    connect(tree->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    connect(tree, &QTreeView::expanded, this, later);
    connect(tree, &QTreeView::collapsed, this, later);
    connect(filter, &QAbstractItemModel::rowsInserted, this, later);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, later);
    connect(filter, &QAbstractItemModel::layoutChanged, this, later);
    connect(filter, &QAbstractItemModel::modelReset, this, later);
    tree->viewport()->installEventFilter(this);

    connect(inventory, &InventoryController::describeProgressChanged, this, &BackgroundDescribeStatus::updateText);
    connect(inventory, &InventoryController::inventoryStarted, this, &BackgroundDescribeStatus::updateText);
    connect(inventory, &InventoryController::inventoryFinished, this, &BackgroundDescribeStatus::updateText);
}

void BackgroundDescribeStatus::applyRate(double perSecond)
{
    if (!m_inventory)
        return;
    // Off takes effect from the next refresh; a rate at once.
    m_inventory->setBackgroundDescribing(perSecond > 0);
    if (perSecond > 0)
        m_inventory->setBackgroundRate(perSecond);
}

bool BackgroundDescribeStatus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        m_visibleTimer.start();
    return QLabel::eventFilter(watched, event);
}

QList<RepositoryRef> BackgroundDescribeStatus::visibleRepositories() const
{
    QList<RepositoryRef> visible;
    const int height = m_tree->viewport()->height();
    QModelIndex index = m_tree->indexAt(QPoint(1, 1));
    while (index.isValid()) {
        if (m_tree->visualRect(index).top() > 2 * height)
            break;
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>() == InventoryModel::ItemKind::Repository)
            visible << source.data(InventoryModel::RepositoryRefRole).value<RepositoryRef>();
        index = m_tree->indexBelow(index);
    }
    return visible;
}

void BackgroundDescribeStatus::updateText()
{
    if (!m_inventory)
        return;
    const InventoryController::DescribeProgress p = m_inventory->describeProgress();
    const QLocale locale;
    const bool running = p.queued > 0;
    const bool complete = p.repositories > 0 && p.known >= p.repositories;
    m_describeAll->setEnabled(!complete && !p.all && p.repositories > 0);
    QString text;
    if (running) {
        text = (p.all ? tr("Describing all repositories: %1 of %2 known") : p.visibleOnly
                    ? tr("Describing the repositories on screen: %1 of %2 known")
                    : tr("Describing repositories in the background: %1 of %2 known"))
                   .arg(locale.toString(p.known), locale.toString(p.repositories));
    } else if (p.visibleOnly && !complete) {
        text = tr("%1 repositories: only the ones on screen are described.").arg(locale.toString(p.repositories));
    }
    if (p.failed > 0) {
        const QString failed = p.failed == 1 ? tr("1 repository could not be read.")
                                             : tr("%1 repositories could not be read.").arg(locale.toString(p.failed));
        text = text.isEmpty() ? failed : text + QStringLiteral(" · ") + failed;
    }
    if (!text.isEmpty() && m_describeAll->isEnabled() && (p.visibleOnly || p.failed > 0))
        text += QStringLiteral(" <a href=\"%1\">%2</a>").arg(QLatin1String(kDescribeAllLink), tr("Describe all"));
    setToolTip(p.failed > 0 ? tr("Last failure: %1").arg(p.lastError.userMessage()) : QString());
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace desk
