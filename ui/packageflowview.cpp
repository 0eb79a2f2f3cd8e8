#include "ui/packageflowview.h"

#include "base/externalconnection.h"

#include <QApplication>
#include <QBuffer>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QtMath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace desk {

namespace {

constexpr double kMinZoom = 0.03;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
constexpr double kMargin = 32;
constexpr int kMaxImageSide = 8000;
constexpr double kTextLevel = 0.35;   // below this zoom, boxes and arrows only
constexpr double kReadableZoom = 0.55;   // below this, opening a graph does not fit it

const QColor kProblem(0xc6, 0x28, 0x28);
const QColor kStoreFill(0xe3, 0xf2, 0xef);
const QColor kStoreBorder(0x2e, 0x7d, 0x6e);
const QColor kRegistryFill(0xe6, 0xed, 0xfa);
const QColor kRegistryBorder(0x3b, 0x62, 0xb0);
const QColor kMissingFill(0xfd, 0xec, 0xea);
const QColor kMatchFill(0xff, 0xf1, 0x9c);
const QColor kCurrentMatch(0xe0, 0x7b, 0x00);

QString problemLines(const PackageFlowGraph &graph, const QList<int> &problems)
{
    QStringList lines;
    for (int p : problems)
        lines << QStringLiteral("\u26a0 ") + graph.problems().at(p).text;
    return lines.join(u'\n');
}

// A red round mark with "!" (or a count) whose tooltip says what is wrong.
class BadgeItem : public QGraphicsItem
{
public:
    BadgeItem(int count, const QString &toolTip, QGraphicsItem *parent = nullptr)
        : QGraphicsItem(parent)
        , m_count(count)
    {
        setToolTip(toolTip);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(3);
    }
    enum { Type = UserType + 3 };
    int type() const override { return Type; }
    QRectF boundingRect() const override { return {-9, -9, 18, 18}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(kProblem);
        painter->drawEllipse(QPointF(0, 0), 8, 8);
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(11);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(boundingRect(), Qt::AlignCenter, m_count > 1 ? QString::number(m_count) : QStringLiteral("!"));
    }

private:
    int m_count;
};

} // namespace

class PackageFlowNodeItem : public QGraphicsItem
{
public:
    PackageFlowNodeItem(const PackageFlowGraph &graph, int index)
        : m_node(graph.nodes().at(index))
        , m_size(graph.nodeSize())
    {
        setPos(m_node.pos);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(2);
        setToolTip(toolTipFor(graph));
        if (!m_node.problems.isEmpty()) {
            auto *badge = new BadgeItem(int(m_node.problems.size()), problemLines(graph, m_node.problems), this);
            badge->setPos(m_size.width() - 2, 2);
        }
    }
    enum { Type = UserType + 1 };
    int type() const override { return Type; }
    const PackageFlowGraph::Node &node() const { return m_node; }
    QRectF rect() const { return QRectF(QPointF(0, 0), m_size); }
    QRectF boundingRect() const override { return rect().adjusted(-3, -3, 3, 3); }

    void setState(bool selected, bool match, bool currentMatch)
    {
        if (selected == m_selected && match == m_match && currentMatch == m_currentMatch)
            return;
        m_selected = selected;
        m_match = match;
        m_currentMatch = currentMatch;
        update();
    }

    void setConnection(const QString &connection) { m_connection = connection; }
    void setUpstreamCount(int count) { m_upstreams = count; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QPalette palette = QApplication::palette();
        using Kind = PackageFlowGraph::NodeKind;
        QColor fill = palette.color(QPalette::Base);
        QColor border = palette.color(QPalette::Mid);
        Qt::PenStyle style = Qt::SolidLine;
        switch (m_node.kind) {
        case Kind::Repository:
            if (!m_connection.isEmpty()) {
                fill = kStoreFill;
                border = kStoreBorder;
            }
            break;
        case Kind::Unknown:
            style = Qt::DashLine;
            break;
        case Kind::Missing:
            fill = kMissingFill;
            border = kProblem;
            style = Qt::DashLine;
            break;
        case Kind::Registry:
            fill = kRegistryFill;
            border = kRegistryBorder;
            break;
        }
        double width = 1.2;
        if (!m_node.problems.isEmpty() && m_node.kind != Kind::Missing) {
            border = kProblem;
            width = 2;
        }
        if (m_match)
            fill = kMatchFill;
        if (m_currentMatch) {
            border = kCurrentMatch;
            width = 3;
        }
        if (m_selected) {
            border = palette.color(QPalette::Highlight);
            width = 3;
        }
        painter->setPen(QPen(border, width, style));
        painter->setBrush(fill);
        painter->drawRoundedRect(rect(), 6, 6);

        const double level = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        if (level < kTextLevel)
            return;
        const QRectF text = rect().adjusted(10, 3, -10, -3);
        QFont font = QApplication::font();
        font.setBold(m_node.kind == Kind::Registry || !m_connection.isEmpty());
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        const QFontMetricsF metrics(font);
        const QRectF top(text.left(), text.top(), text.width(), text.height() / 2 + 1);
        painter->drawText(top, Qt::AlignLeft | Qt::AlignBottom,
                          metrics.elidedText(m_node.label, Qt::ElideMiddle, text.width()));
        QFont small = QApplication::font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(m_node.kind == Kind::Missing ? kProblem : palette.color(QPalette::PlaceholderText));
        const QRectF bottom(text.left(), top.bottom(), text.width(), text.height() / 2);
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignTop, QFontMetricsF(small).elidedText(subtitle(), Qt::ElideRight, text.width()));
        Q_UNUSED(option)
    }

private:
    QString subtitle() const
    {
        using Kind = PackageFlowGraph::NodeKind;
        switch (m_node.kind) {
        case Kind::Unknown:
            return PackageFlowView::tr("not described yet");
        case Kind::Missing:
            return PackageFlowView::tr("no longer exists");
        case Kind::Registry:
            return m_node.name;
        case Kind::Repository:
            break;
        }
        if (!m_connection.isEmpty())
            return PackageFlowView::tr("store \u2192 %1").arg(m_connection);
        if (m_upstreams == 0)
            return PackageFlowView::tr("no upstreams");
        return m_upstreams == 1 ? PackageFlowView::tr("1 upstream") : PackageFlowView::tr("%1 upstreams").arg(m_upstreams);
    }

    QString toolTipFor(const PackageFlowGraph &graph) const
    {
        using Kind = PackageFlowGraph::NodeKind;
        QString tip;
        switch (m_node.kind) {
        case Kind::Repository:
            tip = PackageFlowView::tr("Repository %1").arg(m_node.name);
            break;
        case Kind::Unknown:
            tip = PackageFlowView::tr("Repository %1: not described yet, its upstreams are not known").arg(m_node.name);
            break;
        case Kind::Missing:
            tip = PackageFlowView::tr("%1: named as an upstream, but the domain has no such repository").arg(m_node.name);
            break;
        case Kind::Registry:
            tip = PackageFlowView::tr("Public registry %1 (%2)").arg(m_node.label, m_node.name);
            break;
        }
        if (!m_node.problems.isEmpty())
            tip += u'\n' + problemLines(graph, m_node.problems);
        return tip;
    }

    PackageFlowGraph::Node m_node;
    QSizeF m_size;
    QString m_connection;
    int m_upstreams = 0;
    bool m_selected = false;
    bool m_match = false;
    bool m_currentMatch = false;
};

class PackageFlowEdgeItem : public QGraphicsItem
{
public:
    PackageFlowEdgeItem(const PackageFlowGraph &graph, int index, const QPointF &start, const QPointF &end)
        : m_edge(graph.edges().at(index))
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(0);
        m_start = start;
        m_end = end;
        const double dx = end.x() - start.x();
        QPainterPath path(start);
        if (!m_edge.backward) {
            const double bend = std::max(40.0, dx / 2);
            path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
        } else {
            // Right to left (a ring): out to the right, over the top, in from the left.
            const double lift = 70 + std::abs(end.y() - start.y()) * 0.1;
            path.cubicTo(start + QPointF(120, -lift), end + QPointF(-120, -lift), end);
        }
        m_path = path;
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
        const PackageFlowGraph::Node &from = graph.nodes().at(m_edge.from);
        const PackageFlowGraph::Node &to = graph.nodes().at(m_edge.to);
        QString tip = m_edge.connection
            ? PackageFlowView::tr("%1 has an external connection to %2 (%3)").arg(from.name, to.label, to.name)
            : PackageFlowView::tr("%1 searches %2: upstream %3").arg(from.name, to.name).arg(m_edge.priority);
        if (!m_edge.problems.isEmpty())
            tip += u'\n' + problemLines(graph, m_edge.problems);
        setToolTip(tip);
        // A ring is a matter of its edges: marked on them. Other problems are marked on the nodes
        // (the edges are drawn red), so one problem is not five marks.
        QList<int> ring;
        for (int p : m_edge.problems) {
            if (graph.problems().at(p).kind == PackageFlowGraph::ProblemKind::Cycle)
                ring << p;
        }
        if (!ring.isEmpty()) {
            auto *badge = new BadgeItem(int(ring.size()), problemLines(graph, ring), this);
            badge->setPos(m_path.pointAtPercent(0.5));
        }
    }
    enum { Type = UserType + 2 };
    int type() const override { return Type; }
    const PackageFlowGraph::Edge &edge() const { return m_edge; }
    QRectF boundingRect() const override { return m_shape.boundingRect().adjusted(-12, -12, 12, 12); }
    QPainterPath shape() const override { return m_shape; }

    void setStrong(bool strong)
    {
        if (strong == m_strong)
            return;
        m_strong = strong;
        setZValue(strong ? 1 : 0);
        update();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QPalette palette = QApplication::palette();
        QColor color = m_edge.connection ? kRegistryBorder : palette.color(QPalette::Dark);
        if (!m_edge.problems.isEmpty())
            color = kProblem;
        if (m_strong)
            color = m_edge.problems.isEmpty() ? palette.color(QPalette::Highlight) : kProblem.darker(120);
        const double width = m_strong ? 2.4 : 1.3;
        painter->setPen(QPen(color, width, m_edge.backward ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        // The arrowhead, along the curve's last direction.
        const double angle = qDegreesToRadians(-m_path.angleAtPercent(1));
        const QPointF tip = m_end;
        const double size = m_strong ? 9 : 7;
        const QPointF left = tip - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * size;
        const QPointF right = tip - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * size;
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(QPolygonF{tip, left, right});

        if (m_edge.priority <= 0)
            return;
        const double level = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        if (level < kTextLevel)
            return;
        // The search order, in a small disc just outside the repository that searches.
        const QPointF centre = m_start + QPointF(13, 0);
        painter->setPen(QPen(color, 1.2));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawEllipse(centre, 8, 8);
        QFont font = QApplication::font();
        font.setPixelSize(10);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(QRectF(centre - QPointF(8, 8), QSizeF(16, 16)), Qt::AlignCenter, QString::number(m_edge.priority));
    }

private:
    PackageFlowGraph::Edge m_edge;
    QPointF m_start;
    QPointF m_end;
    QPainterPath m_path;
    QPainterPath m_shape;
    bool m_strong = false;
};

PackageFlowView::PackageFlowView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(palette().brush(QPalette::Base));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Package flow graph"));
    setToolTip({});
}

PackageFlowView::~PackageFlowView() = default;

void PackageFlowView::setGraph(const PackageFlowGraph &graph)
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    m_graph = graph;
    rebuildScene();
    if (m_graph.nodeIndex(m_selected) < 0)
        m_selected.clear();
    setSearchText(m_searchText);
    if (m_fitted)
        fitGraph();
    else
        centerOn(centre);
}

void PackageFlowView::setRepositories(const QList<PackageFlowGraph::Repository> &repositories)
{
    // Boxes as wide as the longest name needs, within reason (a longer one is elided, and whole
    // in its tooltip); two lines high.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const PackageFlowGraph::Repository &r : repositories) {
        widest = std::max(widest, metrics.horizontalAdvance(r.name));
        if (const ExternalConnectionInfo *info = ExternalConnections::find(r.externalConnection))
            widest = std::max(widest, metrics.horizontalAdvance(info->displayName));
    }
    PackageFlowGraph::Layout layout;
    layout.nodeWidth = std::clamp(widest + 28, 150, 230);
    layout.nodeHeight = metrics.height() * 2 + 14;
    layout.rowGap = 14;
    layout.columnGap = 96;
    setGraph(PackageFlowGraph::build(repositories, layout));
}

void PackageFlowView::rebuildScene()
{
    m_scene->clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    const QList<PackageFlowGraph::Node> &nodes = m_graph.nodes();
    const QList<PackageFlowGraph::Edge> &edges = m_graph.edges();
    const QSizeF size = m_graph.nodeSize();
    // Ports: a repository's upstreams leave its right side top to bottom in search order (the
    // connection last); what reaches a node comes in on its left side in the order of the rows.
    QList<QList<int>> out(nodes.size()), in(nodes.size());
    for (int e = 0; e < edges.size(); ++e) {
        out[edges[e].from] << e;
        in[edges[e].to] << e;
    }
    QList<QPointF> starts(edges.size()), ends(edges.size());
    for (int v = 0; v < nodes.size(); ++v) {
        QList<int> &leaving = out[v];
        std::sort(leaving.begin(), leaving.end(), [&edges](int a, int b) {
            const int pa = edges[a].connection ? 1000 : edges[a].priority;
            const int pb = edges[b].connection ? 1000 : edges[b].priority;
            return pa < pb;
        });
        for (int i = 0; i < leaving.size(); ++i)
            starts[leaving[i]] = nodes[v].pos + QPointF(size.width(), size.height() * (i + 1) / (leaving.size() + 1));
        QList<int> &arriving = in[v];
        std::sort(arriving.begin(), arriving.end(),
                  [&](int a, int b) { return nodes[edges[a].from].pos.y() < nodes[edges[b].from].pos.y(); });
        for (int i = 0; i < arriving.size(); ++i)
            ends[arriving[i]] = nodes[v].pos + QPointF(0, size.height() * (i + 1) / (arriving.size() + 1));
    }
    for (int e = 0; e < edges.size(); ++e) {
        auto *item = new PackageFlowEdgeItem(m_graph, e, starts[e], ends[e]);
        m_scene->addItem(item);
        m_edgeItems << item;
    }
    for (int v = 0; v < nodes.size(); ++v) {
        auto *item = new PackageFlowNodeItem(m_graph, v);
        int upstreams = 0;
        for (int e : std::as_const(out[v])) {
            if (edges[e].connection)
                item->setConnection(nodes[edges[e].to].name);
            else
                ++upstreams;
        }
        item->setUpstreamCount(upstreams);
        m_scene->addItem(item);
        m_nodeItems << item;
    }
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    m_scene->setSceneRect(bounds);
}

void PackageFlowView::updateHighlights()
{
    const int selected = m_graph.nodeIndex(m_selected);
    for (PackageFlowNodeItem *item : std::as_const(m_nodeItems)) {
        const QString &name = item->node().name;
        item->setState(name == m_selected, m_matches.contains(name), name == m_currentMatch);
    }
    for (PackageFlowEdgeItem *item : std::as_const(m_edgeItems))
        item->setStrong(selected >= 0 && (item->edge().from == selected || item->edge().to == selected));
}

void PackageFlowView::setSelectedNode(const QString &name)
{
    const QString wanted = m_graph.nodeIndex(name) >= 0 ? name : QString();
    if (wanted == m_selected)
        return;
    m_selected = wanted;
    updateHighlights();
    if (const int index = m_graph.nodeIndex(m_selected); index >= 0)
        ensureVisible(m_nodeItems[index], 40, 40);
}

void PackageFlowView::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    m_matches.clear();
    if (!m_searchText.isEmpty()) {
        for (const PackageFlowGraph::Node &node : m_graph.nodes()) {
            if (node.name.contains(m_searchText, Qt::CaseInsensitive) || node.label.contains(m_searchText, Qt::CaseInsensitive))
                m_matches << node.name;
        }
    }
    if (!m_matches.contains(m_currentMatch))
        m_currentMatch.clear();
    updateHighlights();
}

QString PackageFlowView::showNextMatch()
{
    if (m_matches.isEmpty())
        return {};
    const qsizetype next = (m_matches.indexOf(m_currentMatch) + 1) % m_matches.size();
    m_currentMatch = m_matches.at(next);
    updateHighlights();
    centreOn(m_currentMatch);
    return m_currentMatch;
}

void PackageFlowView::centreOn(const QString &name)
{
    const int index = m_graph.nodeIndex(name);
    if (index < 0)
        return;
    if (zoom() < 0.8)
        setZoom(1.0);   // close enough to read it
    m_fitted = false;
    centerOn(m_nodeItems[index]);
}

double PackageFlowView::zoom() const
{
    return transform().m11();
}

void PackageFlowView::setZoom(double factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    m_fitted = false;
    if (qFuzzyCompare(factor, zoom()))
        return;
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void PackageFlowView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void PackageFlowView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void PackageFlowView::fitGraph()
{
    const QRectF rect = m_scene->sceneRect();
    const QSize available = viewport()->size();
    double factor = 1.0;
    if (!rect.isEmpty() && available.width() > 0 && available.height() > 0)
        factor = std::min({1.0, available.width() / rect.width(), available.height() / rect.height()});
    setZoom(factor);
    centerOn(rect.center());
    m_fitted = true;
}

void PackageFlowView::fitReadably()
{
    fitGraph();
    if (zoom() >= kReadableZoom || m_graph.isEmpty())
        return;
    setZoom(0.8);
    const int selected = m_graph.nodeIndex(m_selected);
    if (selected >= 0) {
        centerOn(m_nodeItems[selected]);
        return;
    }
    // The top of the left: where the consumers start.
    const QRectF rect = m_scene->sceneRect();
    const QSizeF visible = QSizeF(viewport()->size()) / zoom();
    centerOn(rect.left() + visible.width() / 2, rect.top() + visible.height() / 2);
}

QRect PackageFlowView::nodeRectInView(const QString &name) const
{
    const int index = m_graph.nodeIndex(name);
    if (index < 0)
        return {};
    const PackageFlowNodeItem *item = m_nodeItems[index];
    return mapFromScene(item->mapToScene(item->rect())).boundingRect();
}

QString PackageFlowView::nodeToolTip(const QString &name) const
{
    const int index = m_graph.nodeIndex(name);
    return index < 0 ? QString() : m_nodeItems[index]->toolTip();
}

int PackageFlowView::problemBadgeCount() const
{
    int count = 0;
    for (const QGraphicsItem *item : m_scene->items())
        count += item->type() == BadgeItem::Type;
    return count;
}

QString PackageFlowView::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        for (QGraphicsItem *i = item; i; i = i->parentItem()) {
            if (i->type() == PackageFlowNodeItem::Type)
                return static_cast<PackageFlowNodeItem *>(i)->node().name;
        }
    }
    return {};
}

void PackageFlowView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(zoom() * std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PackageFlowView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitGraph();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void PackageFlowView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void PackageFlowView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    const QString name = nodeAt(event->position().toPoint());
    if (!name.isEmpty())
        Q_EMIT nodeClicked(name);
}

void PackageFlowView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString name = nodeAt(event->position().toPoint());
    if (!name.isEmpty())
        Q_EMIT nodeDoubleClicked(name);
    QGraphicsView::mouseDoubleClickEvent(event);
}

void PackageFlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitGraph();
}

QRectF PackageFlowView::exportRect() const
{
    return m_scene->sceneRect();
}

QSize PackageFlowView::imageSize() const
{
    const QSizeF size = exportRect().size();
    const double longest = std::max(size.width(), size.height());
    const double scale = longest > kMaxImageSide ? kMaxImageSide / longest : 1.0;
    return QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale)));
}

void PackageFlowView::render(QPainter *painter, const QRectF &target) const
{
    painter->fillRect(target, QApplication::palette().color(QPalette::Base));
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(painter, target, exportRect(), Qt::IgnoreAspectRatio);
}

QByteArray PackageFlowView::renderPng() const
{
    QImage image(imageSize(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray PackageFlowView::renderSvg(const QString &title) const
{
    const QSizeF size = exportRect().size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(tr("Package flow drawn by Artifact Desk"));
    {
        QPainter painter(&generator);
        render(&painter, QRectF(QPointF(0, 0), size));
    }
    return bytes;
}

} // namespace desk
