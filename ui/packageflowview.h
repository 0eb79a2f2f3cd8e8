#pragma once

#include "models/packageflowgraph.h"

#include <QGraphicsView>

class QGraphicsScene;

namespace desk {

class PackageFlowEdgeItem;
class PackageFlowNodeItem;

// Draws a PackageFlowGraph: a box per repository and public registry, an arrow per upstream
// numbered in search order, a red badge where something is wrong (its tooltip says what). Zooms
// with Ctrl+wheel, +/- and 0 (fit), pans by dragging or with the scroll bars; a click on a node
// says which (nodeClicked), and the selected node and its edges are drawn strong. A
// QGraphicsScene: at 500 repositories it keeps an index of what is where, so a frame paints only
// what is in view, and text is left out when it would be too small to read.
class PackageFlowView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PackageFlowView(QWidget *parent = nullptr);
    ~PackageFlowView() override;

    // Lays out these repositories (boxes sized for their names) and draws them.
    void setRepositories(const QList<PackageFlowGraph::Repository> &repositories);
    // Draws `graph` afresh, keeping the zoom, the selection and the search where they still apply.
    void setGraph(const PackageFlowGraph &graph);
    const PackageFlowGraph &graph() const { return m_graph; }

    // The node drawn as selected (a repository name; empty: none). Says nothing back.
    void setSelectedNode(const QString &name);
    QString selectedNode() const { return m_selected; }

    // Marks the nodes whose name or label contains `text` (any case); empty: none.
    void setSearchText(const QString &text);
    QStringList matches() const { return m_matches; }
    // Centres the match after the current one (the first, the first time) and returns its name.
    QString showNextMatch();
    QString currentMatch() const { return m_currentMatch; }

    double zoom() const;
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    // Shows the whole graph (never larger than 100 %).
    void fitGraph();
    bool isFitted() const { return m_fitted; }
    // Fits the graph when its text stays readable that way; otherwise shows it at a readable
    // zoom around the selected node (or the first consumers), to be panned.
    void fitReadably();
    void centreOn(const QString &name);

    // Where a node is drawn, in viewport coordinates (for tests and tooltips); null when absent.
    QRect nodeRectInView(const QString &name) const;
    // A problem badge's tooltip, where a problem marks a node; empty when it has none.
    QString nodeToolTip(const QString &name) const;
    int problemBadgeCount() const;

    // The picture as a PNG (at most 8,000 pixels on its longer side) or an SVG.
    QSize imageSize() const;
    QByteArray renderPng() const;
    QByteArray renderSvg(const QString &title) const;

Q_SIGNALS:
    void nodeClicked(const QString &name);
    void nodeDoubleClicked(const QString &name);
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildScene();
    void updateHighlights();
    QString nodeAt(const QPoint &viewPos) const;
    QRectF exportRect() const;
    void render(QPainter *painter, const QRectF &target) const;

    QGraphicsScene *m_scene = nullptr;
    PackageFlowGraph m_graph;
    QList<PackageFlowNodeItem *> m_nodeItems;   // by node index
    QList<PackageFlowEdgeItem *> m_edgeItems;   // by edge index
    QString m_selected;
    QString m_searchText;
    QStringList m_matches;
    QString m_currentMatch;
    QPoint m_pressPos;
    bool m_fitted = true;
};

} // namespace desk
