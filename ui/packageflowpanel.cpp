#include "ui/packageflowpanel.h"

#include "ui/icons.h"
#include "ui/inventorypanel.h"
#include "ui/messagewidget.h"
#include "ui/packageflowview.h"

#include "base/job.h"
#include "base/localfile.h"
#include "controllers/inventorycontroller.h"
#include "models/inventorymodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace desk {

namespace {

constexpr int kProblemNodeRole = Qt::UserRole + 1;

DomainRef domainOf(const QModelIndex &sourceIndex)
{
    return sourceIndex.isValid() ? sourceIndex.data(InventoryModel::DomainRefRole).value<DomainRef>() : DomainRef();
}

} // namespace

PackageFlowPanel::PackageFlowPanel(InventoryController *inventory, InventoryPanel *tree, QWidget *details, QWidget *parent)
    : QTabWidget(parent)
    , m_inventory(inventory)
    , m_tree(tree)
{
    setObjectName(QStringLiteral("detailsTabs"));
    setDocumentMode(true);
    addTab(details, tr("Details"));
    m_page = createPage();
    addTab(m_page, tr("Package flow"));
    setTabToolTip(1, tr("Where the domain's packages come from: repositories, upstreams and public registries (Ctrl+G)"));

    m_showAction = new QAction(tr("Package &Flow"), this);
    m_showAction->setObjectName(QStringLiteral("packageFlowAction"));
    m_showAction->setCheckable(true);
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_showAction->setToolTip(tr("Show the package flow of the selected domain (Ctrl+G)"));
    connect(m_showAction, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            showFlow();
        else
            setCurrentIndex(0);
    });
    connect(this, &QTabWidget::currentChanged, this, [this] {
        m_showAction->setChecked(isFlowShown());
        if (isFlowShown())
            showFlow();
    });

    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(150);
    connect(&m_relayoutTimer, &QTimer::timeout, this, [this] { relayout(); });
    InventoryModel *model = m_inventory->model();
    // The model fills in as repositories are described: collect the changes, lay out once.
    connect(model, &QAbstractItemModel::dataChanged, this, &PackageFlowPanel::scheduleRelayout);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PackageFlowPanel::scheduleRelayout);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PackageFlowPanel::scheduleRelayout);
    connect(model, &QAbstractItemModel::modelReset, this, &PackageFlowPanel::scheduleRelayout);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PackageFlowPanel::scheduleRelayout);
    connect(m_inventory, &InventoryController::currentChanged, this, &PackageFlowPanel::handleTreeCurrentChanged);
}

PackageFlowPanel::~PackageFlowPanel() = default;

QWidget *PackageFlowPanel::createPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("packageFlowPage"));

    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("flowTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_legend = new QLabel(tr("Arrows point to upstreams, numbered in search order. Green: a store with an external "
                             "connection. Blue: a public registry. Dashed: not described yet. Red: a problem."),
                          page);
    m_legend->setObjectName(QStringLiteral("flowLegendLabel"));
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);

    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("flowSearchEdit"));
    m_search->setPlaceholderText(tr("Find a repository or registry"));
    m_search->setAccessibleName(tr("Find in the package flow"));
    m_search->setToolTip(tr("Marks every node whose name contains the text; Enter centres the next one"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_matchLabel = new QLabel(page);
    m_matchLabel->setObjectName(QStringLiteral("flowMatchLabel"));
    m_matchLabel->setForegroundRole(QPalette::PlaceholderText);

    auto toolButton = [page](const char *name, const QString &text, const QString &accessible, const QString &tip) {
        auto *button = new QToolButton(page);
        button->setObjectName(QString::fromLatin1(name));
        button->setText(text);
        button->setAccessibleName(accessible);
        button->setToolTip(tip);
        button->setAutoRaise(false);
        return button;
    };
    m_zoomOut = toolButton("flowZoomOutButton", QStringLiteral("\u2212"), tr("Zoom out"), tr("Zoom out (Ctrl+\u2212)"));
    m_zoomIn = toolButton("flowZoomInButton", QStringLiteral("+"), tr("Zoom in"), tr("Zoom in (Ctrl++)"));
    m_zoomLabel = new QLabel(page);
    m_zoomLabel->setObjectName(QStringLiteral("flowZoomLabel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400 %")) + 4);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_fit = new QPushButton(tr("F&it"), page);
    m_fit->setObjectName(QStringLiteral("flowFitButton"));
    m_fit->setToolTip(tr("Show the whole graph (Ctrl+0)"));
    m_export = new QPushButton(tr("E&xport\u2026"), page);
    m_export->setObjectName(QStringLiteral("flowExportButton"));
    m_export->setToolTip(tr("Save the picture as PNG or SVG"));

    auto *tools = new QHBoxLayout;
    tools->setSpacing(6);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_matchLabel);
    tools->addSpacing(8);
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomLabel);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_fit);
    tools->addWidget(m_export);

    m_view = new PackageFlowView(page);
    m_view->setObjectName(QStringLiteral("packageFlowView"));
    m_view->setMinimumHeight(160);

    m_problemsBox = new QWidget(page);
    m_problemsBox->setObjectName(QStringLiteral("flowProblemsBox"));
    m_problemsLabel = new QLabel(m_problemsBox);
    m_problemsLabel->setObjectName(QStringLiteral("flowProblemsLabel"));
    m_problemModel = new QStandardItemModel(this);
    m_problemList = new QListView(m_problemsBox);
    m_problemList->setObjectName(QStringLiteral("flowProblemList"));
    m_problemList->setAccessibleName(tr("Problems in the package flow"));
    m_problemList->setModel(m_problemModel);
    m_problemList->setWordWrap(true);
    m_problemList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemList->setUniformItemSizes(false);
    m_problemList->setSpacing(1);
    m_problemsLabel->setBuddy(m_problemList);
    auto *problemsLayout = new QVBoxLayout(m_problemsBox);
    problemsLayout->setContentsMargins(0, 4, 0, 0);
    problemsLayout->setSpacing(4);
    problemsLayout->addWidget(m_problemsLabel);
    problemsLayout->addWidget(m_problemList, 1);

    // The list takes what its few rows need; the graph everything else.
    m_problemList->setMaximumHeight(m_problemList->fontMetrics().lineSpacing() * 7 + 12);
    m_problemList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_message = new MessageWidget(page);
    m_message->setObjectName(QStringLiteral("flowMessage"));

    auto *graphPage = new QWidget(page);
    auto *graphLayout = new QVBoxLayout(graphPage);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(6);
    graphLayout->addWidget(m_title);
    graphLayout->addWidget(m_legend);
    graphLayout->addLayout(tools);
    graphLayout->addWidget(m_view, 1);
    graphLayout->addWidget(m_problemsBox);
    graphLayout->addWidget(m_message);

    m_hint = new QLabel(page);
    m_hint->setObjectName(QStringLiteral("flowHintLabel"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(page);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(graphPage);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_stack);
    m_hint->setText(tr("Select a domain or a repository in the tree to see where its packages come from."));

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_view->setSearchText(text);
        const qsizetype count = m_view->matches().size();
        m_matchLabel->setText(text.trimmed().isEmpty() ? QString()
                              : count == 0           ? tr("No match")
                                                     : count == 1 ? tr("1 match") : tr("%1 matches").arg(count));
    });
    connect(m_search, &QLineEdit::returnPressed, m_view, &PackageFlowView::showNextMatch);
    connect(m_zoomIn, &QToolButton::clicked, m_view, &PackageFlowView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &PackageFlowView::zoomOut);
    connect(m_fit, &QPushButton::clicked, m_view, &PackageFlowView::fitGraph);
    connect(m_export, &QPushButton::clicked, this, &PackageFlowPanel::exportPicture);
    connect(m_view, &PackageFlowView::zoomChanged, this,
            [this](double factor) { m_zoomLabel->setText(tr("%1 %").arg(qRound(factor * 100))); });
    connect(m_view, &PackageFlowView::nodeClicked, this, [this](const QString &name) { selectNode(name, true); });
    connect(m_view, &PackageFlowView::nodeDoubleClicked, this, [this](const QString &name) {
        selectNode(name, true);
        if (!m_inventory->model()->repositoryIndex({m_domain.domain, m_domain.domainOwner, name}).isValid())
            return;
        setCurrentIndex(0);   // a repository's details
    });
    connect(m_problemList, &QListView::clicked, this, [this](const QModelIndex &index) {
        const QString name = index.data(kProblemNodeRole).toString();
        selectNode(name, true);
        m_view->centreOn(name);
    });
    connect(m_problemList, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString name = index.data(kProblemNodeRole).toString();
        selectNode(name, true);
        m_view->centreOn(name);
    });
    // Zoom from anywhere on the page, as in a browser.
    auto shortcut = [page](const QKeySequence &keys, auto slot, QObject *receiver) {
        auto *s = new QShortcut(keys, page);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(s, &QShortcut::activated, receiver, slot);
    };
    shortcut(QKeySequence::ZoomIn, [this] { m_view->zoomIn(); }, this);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { m_view->zoomIn(); }, this);
    shortcut(QKeySequence::ZoomOut, [this] { m_view->zoomOut(); }, this);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitGraph(); }, this);
    m_zoomLabel->setText(tr("%1 %").arg(100));
    return page;
}

bool PackageFlowPanel::isFlowShown() const
{
    return currentWidget() == m_page;
}

void PackageFlowPanel::showFlow()
{
    if (!isFlowShown()) {
        setCurrentWidget(m_page);   // comes back here through currentChanged
        return;
    }
    const QModelIndex current = m_inventory->current();
    const DomainRef domain = domainOf(current);
    if (!domain.domain.isEmpty() && !(domain == m_domain))
        showDomain(domain);
    else
        relayout();   // what changed while the graph was not shown
    handleTreeCurrentChanged(current);
}

void PackageFlowPanel::showDomain(const DomainRef &domain)
{
    m_domain = domain;
    m_search->clear();
    m_message->hideMessage();
    m_drawnOnce = false;
    relayout(true);
    describeUnknown();
}

void PackageFlowPanel::describeUnknown()
{
    if (m_domain.domain.isEmpty() || (m_describeJob && m_describing == m_domain))
        return;
    if (Job *job = m_inventory->describeUnknownUpstreams(m_domain)) {
        m_describeJob = job;
        m_describing = m_domain;
        connect(job, &Job::finished, this, [this] { QTimer::singleShot(0, this, [this] { updateTitle(); }); });
    }
    updateTitle();
}

void PackageFlowPanel::handleTreeCurrentChanged(const QModelIndex &sourceIndex)
{
    if (!isFlowShown())
        return;
    const DomainRef domain = domainOf(sourceIndex);
    if (!domain.domain.isEmpty() && !(domain == m_domain)) {
        showDomain(domain);   // the graph follows the tree to another domain
    }
    const bool repository = sourceIndex.isValid()
        && sourceIndex.data(InventoryModel::KindRole).value<InventoryModel::ItemKind>() == InventoryModel::ItemKind::Repository;
    m_view->setSelectedNode(repository ? sourceIndex.data(Qt::DisplayRole).toString() : QString());
}

void PackageFlowPanel::selectNode(const QString &name, bool inTree)
{
    m_view->setSelectedNode(name);
    if (!inTree)
        return;
    const QModelIndex index = m_inventory->model()->repositoryIndex({m_domain.domain, m_domain.domainOwner, name});
    if (index.isValid())
        m_tree->selectSourceIndex(index);
}

void PackageFlowPanel::scheduleRelayout()
{
    // A fixed window from the first change (not restarted by each one), so a steady stream of
    // descriptions redraws every so often instead of never.
    if (!m_domain.domain.isEmpty() && isFlowShown() && !m_relayoutTimer.isActive())
        m_relayoutTimer.start();
}

void PackageFlowPanel::relayout(bool force)
{
    m_relayoutTimer.stop();
    if (m_domain.domain.isEmpty()) {
        m_stack->setCurrentWidget(m_hint);
        return;
    }
    const InventoryModel *model = m_inventory->model();
    const QModelIndex domainIndex = model->domainIndex(m_domain.domainOwner, m_domain.domain);
    const auto state = domainIndex.isValid()
        ? domainIndex.data(InventoryModel::DomainStateRole).value<InventoryModel::DomainState>()
        : InventoryModel::DomainState::Loading;
    if (state != InventoryModel::DomainState::Loaded) {
        m_stack->setCurrentWidget(m_hint);
        m_hint->setText(state == InventoryModel::DomainState::Failed
                            ? tr("The repositories of %1 could not be loaded; the reason is shown in the tree.").arg(m_domain.domain)
                            : tr("Loading the repositories of %1\u2026").arg(m_domain.domain));
        m_drawn.clear();
        m_drawnOnce = false;
        return;
    }
    const QList<PackageFlowGraph::Repository> repositories = PackageFlowGraph::repositoriesOf(*model, m_domain);
    if (repositories.isEmpty()) {
        m_stack->setCurrentWidget(m_hint);
        m_hint->setText(tr("%1 has no repositories yet.").arg(m_domain.domain));
        m_drawn.clear();
        m_drawnOnce = false;
        return;
    }
    m_stack->setCurrentIndex(1);
    if (!force && m_drawnOnce && repositories == m_drawn)
        return;   // something else in the model changed
    const bool first = !m_drawnOnce;
    m_drawn = repositories;
    m_drawnOnce = true;
    m_view->setRepositories(repositories);
    if (first)
        m_view->fitReadably();
    if (m_view->graph().unknownCount() > 0 && !m_describeJob)
        describeUnknown();   // rows that arrived later, or a refresh
    updateTitle();
    updateProblems();
    Q_EMIT graphUpdated();
}

void PackageFlowPanel::updateTitle()
{
    if (m_domain.domain.isEmpty())
        return;
    const PackageFlowGraph &graph = m_view->graph();
    int repositories = 0;
    int registries = 0;
    for (const PackageFlowGraph::Node &node : graph.nodes()) {
        repositories += node.kind == PackageFlowGraph::NodeKind::Repository || node.kind == PackageFlowGraph::NodeKind::Unknown;
        registries += node.kind == PackageFlowGraph::NodeKind::Registry;
    }
    QStringList parts{repositories == 1 ? tr("1 repository") : tr("%1 repositories").arg(repositories),
                      registries == 1 ? tr("1 public registry") : tr("%1 public registries").arg(registries)};
    if (const int unknown = graph.unknownCount(); unknown > 0) {
        parts << (m_describeJob ? tr("%1 not described yet (describing\u2026)").arg(unknown)
                                : tr("%1 not described yet").arg(unknown));
    }
    const QString title = tr("%1: %2").arg(m_domain.domain, parts.join(tr(", ")));
    m_title->setText(title);
}

void PackageFlowPanel::updateProblems()
{
    const PackageFlowGraph &graph = m_view->graph();
    m_problemModel->clear();
    const QIcon warning = Icons::get(QStringLiteral("warning"));
    for (const PackageFlowGraph::Problem &problem : graph.problems()) {
        auto *item = new QStandardItem(warning, problem.text);
        item->setToolTip(problem.text);
        item->setData(problem.nodes.isEmpty() ? QString() : graph.nodes().at(problem.nodes.first()).name, kProblemNodeRole);
        m_problemModel->appendRow(item);
    }
    const qsizetype count = graph.problems().size();
    m_problemsLabel->setText(count == 0 ? tr("No problems found.") : tr("&Problems (%1):").arg(count));
    m_problemList->setVisible(count > 0);
}

QStringList PackageFlowPanel::problemTexts() const
{
    QStringList out;
    for (int row = 0; row < m_problemModel->rowCount(); ++row)
        out << m_problemModel->item(row)->text();
    return out;
}

QString PackageFlowPanel::titleText() const
{
    return m_title->text();
}

QString PackageFlowPanel::askForFile()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString png = tr("PNG image (*.png)");
    QString file = QFileDialog::getSaveFileName(this, tr("Export Package Flow"),
                                                QDir(documents).filePath(m_domain.domain + QStringLiteral("-package-flow.png")),
                                                png + QStringLiteral(";;") + tr("SVG image (*.svg)"), &selectedFilter);
    if (file.isEmpty())
        return {};
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        file += selectedFilter == png ? QStringLiteral(".png") : QStringLiteral(".svg");
    return file;
}

void PackageFlowPanel::exportPicture()
{
    const QString file = m_chooseFile ? m_chooseFile() : askForFile();
    if (!file.isEmpty())
        exportTo(file);
}

QString PackageFlowPanel::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString error;
    if (m_view->graph().isEmpty()) {
        error = tr("There is no graph to export: choose a domain with repositories first.");
    } else if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        error = tr("Choose a file name ending in .png or .svg.");
    } else {
        const QByteArray bytes = suffix == QLatin1String("png")
            ? m_view->renderPng()
            : m_view->renderSvg(tr("Package flow of %1").arg(m_domain.domain));
        if (bytes.isEmpty())
            error = tr("The picture could not be drawn.");
        else if (const QString why = LocalFile::replaceWhole(path, bytes, 0644); !why.isEmpty())
            error = tr("The picture could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
    if (error.isEmpty())
        m_message->showMessage(tr("Saved the package flow of %1 to %2.").arg(m_domain.domain, QDir::toNativeSeparators(path)),
                               MessageWidget::Type::Positive);
    else
        m_message->showMessage(error, MessageWidget::Type::Error);
    return error;
}

} // namespace desk
