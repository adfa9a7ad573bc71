// SPDX-License-Identifier: MIT
#pragma once

#include "map/clusterindex.h"
#include "map/mapdata.h"
#include "maplayerimage.h"

#include <QFont>
#include <QHash>
#include <QPolygonF>
#include <QStaticText>
#include <QWidget>

#include <memory>
#include <vector>

class QTimer;

namespace ct {

class MapTileLayer;
struct MapLaneStroke; // a lane as stroked (mapcanvas.cpp)

// The map itself, drawn with QPainter (docs/MAP.md#the-map-view): the basemap at the
// level of detail of the zoom, lanes as great-circle arcs (width by volume, colour by
// on-time rate), an exception heat layer, and the parcels in flight clustered by a
// ClusterIndex and coloured by ETA status; a scale bar, a legend and the attribution;
// optionally raster tiles under the layers (MapTileLayer).
// Drag or arrow keys pan, the wheel, +/- and a double click zoom; a click on a cluster
// zooms into it, on a single parcel emits shipmentChosen.
class MapCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit MapCanvas(QWidget *parent = nullptr);

    void setData(map::MapData data);
    const map::MapData &data() const { return m_data; }
    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; }
    void setView(QPointF worldCenter, double zoom);
    // Zooms to show every parcel.
    void zoomToData();
    void setLayers(bool shipments, bool lanes, bool heat);
    // Raster tiles under the layers (taken over; nullptr: none, the built-in map only).
    void setTileLayer(MapTileLayer *tiles);
    MapTileLayer *tileLayer() const { return m_tiles; }
    // A line drawn at the top left of the map (a tile setting that cannot be used); the
    // tile layer's own notice wins while it has one.
    void setNotice(const QString &notice);
    // What the top left of the map says now, if anything.
    QString notice() const;
    bool showsShipments() const { return m_showShipments; }
    bool showsLanes() const { return m_showLanes; }
    bool showsHeat() const { return m_showHeat; }
    // Whether the user is panning or zooming: lanes are then drawn in draft (no
    // antialiasing) until 200 ms after the last move. Set by the mouse, wheel and keys.
    void setMoving(bool moving);
    bool isMoving() const { return m_moving; }

    // The clusters now on screen (at the current level and viewport), those whose circles
    // would overlap merged (map::clustermerger).
    const std::vector<map::ClusterIndex::Cluster> &visibleClusters() const { return m_clusters; }
    // The cluster under a widget pixel, if any.
    const map::ClusterIndex::Cluster *clusterAt(QPoint pixel) const;
    // The lane under a widget pixel (the one drawn on top), if lanes are shown.
    const map::MapLane *laneAt(QPoint pixel) const;
    // A lane's arc on screen, as drawn (uncut).
    QPolygonF laneOnScreen(const map::MapLane &lane) const;
    // The shipment ids of a cluster's parcels.
    QList<qint64> shipmentsOf(const map::ClusterIndex::Cluster &cluster) const;
    QPointF toScreen(double wx, double wy) const;
    QPointF toWorld(QPointF pixel) const;
    // Where the map looks now.
    MapViewport viewport() const { return {m_center, m_zoom, size()}; }
    // The basemap's and the lanes' images (drawn again only when the view has left them,
    // the zoom has drifted, or the map rests: docs/MAP.md, "Drawing while the map moves").
    const MapLayerImage &basemapImage() const { return m_basemapImage; }
    const MapLayerImage &laneImage() const { return m_laneImage; }
    // Whether an image is being drawn on a worker (the map shows its predecessor).
    bool isDrawing() const { return m_basemapImage.isDrawing() || m_laneImage.isDrawing(); }

Q_SIGNALS:
    void shipmentChosen(qint64 shipmentId);
    // A lane clicked, or a cluster shift-clicked: list exactly these shipments.
    void shipmentsChosen(const QList<qint64> &shipmentIds, const QString &description);
    void viewChanged();
    // The images drawn on workers have all arrived (isDrawing() false again).
    void drawn();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void recluster();
    void zoomAround(QPointF pixel, double delta);
    double radiusOf(const map::ClusterIndex::Cluster &c) const;
    double laneWidth(const map::MapLane &lane) const;
    // A layer through its image: drawn again when it cannot stand in for the view (at rest:
    // unless it shows exactly the view), then drawn onto the canvas.
    void paintThroughImage(QPainter &p, MapLayerImage &image, const MapLayerImage::Draw &draw);
    quint64 imageKey() const;
    QPolygonF laneOn(const map::MapLane &lane, const MapViewport &view) const;
    void paintNotice(QPainter &p, const QString &notice);
    void paintHeat(QPainter &p);
    void paintClusters(QPainter &p);
    void paintOverlay(QPainter &p);

    map::MapData m_data;
    map::ClusterIndex m_index;
    std::vector<map::ClusterIndex::Cluster> m_clusters;
    QPointF m_center{0.5, 0.5};
    double m_zoom = 1.0;
    bool m_showShipments = true;
    bool m_showLanes = true;
    bool m_showHeat = true;
    QPoint m_pressAt;
    QPointF m_pressCenter;
    bool m_dragged = false;
    bool m_moving = false;
    QTimer *m_settle;
    MapTileLayer *m_tiles = nullptr;
    QString m_notice;
    QHash<QString, QStaticText> m_labels; // cluster counts, laid out for m_labelFont
    QFont m_labelFont;
    MapLayerImage m_basemapImage;
    MapLayerImage m_laneImage;
    quint64 m_dataGeneration = 1; // moves on with every setData
    std::shared_ptr<const std::vector<MapLaneStroke>> m_strokes; // m_data's lanes as drawn
};

} // namespace ct
