// SPDX-License-Identifier: MIT
#include "mapcanvas.h"

#include "map/basemap.h"
#include "map/clustermerger.h"
#include "maptilelayer.h"
#include "map/webmercator.h"
#include "widgets/statuspalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QStaticText>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ct {

// A lane as it is stroked, apart from the lane's shipments (a copy the workers drawing the
// lanes' image own).
struct MapLaneStroke
{
    double originLat, originLon, destLat, destLon;
    int volume;
    double onTimeRate;
};

using map::ClusterIndex;
using map::EtaStatus;

namespace {

constexpr double MinZoom = 0.5;
constexpr double MaxZoom = 18.0;
constexpr int LaneSegments = 24;
constexpr int SettleMs = 200; // after the last pan or zoom, the map is drawn smooth again
// While the map moves, its images cover this much around the view, so most pan frames
// only move them (docs/MAP.md, "Drawing while the map moves").
constexpr int MovingMargin = 320;

QColor statusColor(EtaStatus s, bool dark)
{
    switch (s) {
    case EtaStatus::OnTime: return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x8e, 0x3e);
    case EtaStatus::AtRisk: return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xd9, 0x8c, 0x00);
    case EtaStatus::Late: return dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xe6, 0x51, 0x00);
    case EtaStatus::Exception: return dark ? QColor(0xff, 0x5c, 0x6c) : QColor(0xc6, 0x28, 0x28);
    case EtaStatus::NoScan: return dark ? QColor(0x9e, 0x9e, 0xb8) : QColor(0x75, 0x75, 0x8a);
    }
    return Qt::gray;
}

// Red below 80 % on time, amber to 95 %, green above (docs/MAP.md#the-map-view).
QColor laneColor(double rate, bool dark)
{
    if (rate < 0.80)
        return statusColor(EtaStatus::Exception, dark);
    if (rate < 0.95)
        return statusColor(EtaStatus::AtRisk, dark);
    return statusColor(EtaStatus::OnTime, dark);
}

// Cuts the segment a–b to `r` (Liang–Barsky); false when none of it is inside.
bool clipSegment(const QRectF &r, QPointF &a, QPointF &b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double t0 = 0, t1 = 1;
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF from = a;
    a = from + QPointF(dx, dy) * t0;
    b = from + QPointF(dx, dy) * t1;
    return true;
}

double laneWidthFor(int volume, int maxVolume)
{
    return 0.8 + 5.0 * std::sqrt(double(volume) / maxVolume);
}

// A great-circle arc of LaneSegments segments as `view` shows it.
QPolygonF arcOn(double originLat, double originLon, double destLat, double destLon, const MapViewport &view)
{
    double arc[2 * (LaneSegments + 1)];
    map::webmercator::greatCircle(originLat, originLon, destLat, destLon, LaneSegments, arc);
    QPolygonF out;
    out.reserve(LaneSegments + 1);
    for (int i = 0; i <= LaneSegments; ++i) {
        const map::WorldPoint w = map::webmercator::project(arc[2 * i], arc[2 * i + 1]);
        out << view.toScreen(w.x, w.y);
    }
    return out;
}

void drawBasemap(QPainter &p, const MapViewport &view, bool dark)
{
    p.fillRect(QRect(QPoint(0, 0), view.size), dark ? QColor(0x1b, 0x26, 0x33) : QColor(0xd4, 0xe6, 0xf1));
    const map::Basemap &basemap = map::Basemap::shared();
    if (basemap.isEmpty())
        return;
    const map::Basemap::Level &level = basemap.level(basemap.levelForZoom(view.zoom));
    const QPointF a = view.toWorld(QPointF(0, 0));
    const QPointF b = view.toWorld(QPointF(view.size.width(), view.size.height()));
    auto visible = [&](const map::Basemap::Part &part, double shift) {
        return part.maxX + shift >= a.x() && part.minX + shift <= b.x() && part.maxY >= a.y() && part.minY <= b.y();
    };
    auto pathOf = [&](const map::Basemap::Part &part, bool closed, double shift) {
        QPainterPath path;
        for (std::size_t i = 0; i + 1 < part.xy.size(); i += 2) {
            const QPointF s = view.toScreen(part.xy[i] + shift, part.xy[i + 1]);
            if (i == 0)
                path.moveTo(s);
            else
                path.lineTo(s);
        }
        if (closed)
            path.closeSubpath();
        return path;
    };
    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    // Parts that pass the antimeridian are drawn a world to the left or right as well.
    const double shifts[] = {0.0, -1.0, 1.0};
    for (const auto &part : level.layers[int(map::Basemap::Layer::Land)]) {
        for (double shift : shifts) {
            if (visible(part, shift))
                land.addPath(pathOf(part, true, shift));
        }
    }
    p.setPen(QPen(dark ? QColor(0x4a, 0x5a, 0x6a) : QColor(0x9a, 0xa8, 0xb0), 0.8));
    p.setBrush(dark ? QColor(0x2c, 0x33, 0x3a) : QColor(0xf4, 0xf1, 0xea));
    p.drawPath(land);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(dark ? QColor(0x6a, 0x76, 0x82) : QColor(0xa8, 0x9f, 0x94), 0.8));
    for (const auto &part : level.layers[int(map::Basemap::Layer::Borders)]) {
        for (double shift : shifts) {
            if (visible(part, shift))
                p.drawPath(pathOf(part, false, shift));
        }
    }
    if (view.zoom >= 3) {
        p.setPen(QPen(dark ? QColor(0x55, 0x60, 0x6a) : QColor(0xc4, 0xbb, 0xb0), 0.6, Qt::DashLine));
        for (const auto &part : level.layers[int(map::Basemap::Layer::StateBorders)]) {
            if (visible(part, 0))
                p.drawPath(pathOf(part, false, 0));
        }
    }
}

void drawLanes(QPainter &p, const std::vector<MapLaneStroke> &lanes, const MapViewport &view, bool dark, bool draft)
{
    constexpr int Segments = LaneSegments;
    // Only what is on screen is stroked: an arc off screen is skipped, one across it cut
    // to it (at city zoom an arc is millions of pixels long, and the stroker pays for all).
    const QRectF shown = QRectF(QPointF(0, 0), QSizeF(view.size)).adjusted(-8, -8, 8, 8);
    p.save();
    // While the map moves, lanes are stroked without antialiasing (four to five times
    // faster, docs/PERFORMANCE.md#map-bench_map); smooth again once it rests.
    if (draft)
        p.setRenderHint(QPainter::Antialiasing, false);
    const int maxVolume = lanes.empty() ? 1 : std::max(1, lanes.front().volume); // most volume first
    for (auto it = lanes.rbegin(); it != lanes.rend(); ++it) {
        const MapLaneStroke &l = *it;
        const QPolygonF screen = arcOn(l.originLat, l.originLon, l.destLat, l.destLon, view);
        const QRectF bounds = screen.boundingRect();
        if (bounds.right() < shown.left() || bounds.left() > shown.right() || bounds.bottom() < shown.top()
            || bounds.top() > shown.bottom())
            continue;
        QPainterPath path;
        bool joined = false; // the path's end is where the next segment starts
        for (int i = 0; i < Segments; ++i) {
            QPointF a = screen[i];
            QPointF b = screen[i + 1];
            if (!clipSegment(shown, a, b)) {
                joined = false;
                continue;
            }
            if (!joined)
                path.moveTo(a);
            path.lineTo(b);
            joined = b == screen[i + 1];
        }
        if (path.isEmpty())
            continue;
        QColor c = laneColor(l.onTimeRate, dark);
        c.setAlpha(150);
        p.setPen(QPen(c, laneWidthFor(l.volume, maxVolume), Qt::SolidLine, draft ? Qt::FlatCap : Qt::RoundCap));
        p.drawPath(path);
    }
    p.restore();
}

} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent), m_settle(new QTimer(this)), m_strokes(std::make_shared<std::vector<MapLaneStroke>>())
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] { setMoving(false); });
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAccessibleName(tr("Shipment map"));
}

void MapCanvas::setData(map::MapData data)
{
    m_data = std::move(data);
    ++m_dataGeneration;
    auto strokes = std::make_shared<std::vector<MapLaneStroke>>();
    strokes->reserve(m_data.lanes.size());
    for (const map::MapLane &l : m_data.lanes)
        strokes->push_back({l.originLat, l.originLon, l.destLat, l.destLon, l.volume, l.onTimeRate()});
    m_strokes = std::move(strokes);
    m_index.build(m_data.points);
    recluster();
}

void MapCanvas::setView(QPointF worldCenter, double zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    m_center = QPointF(std::clamp(worldCenter.x(), 0.0, 1.0), std::clamp(worldCenter.y(), 0.0, 1.0));
    recluster();
}

void MapCanvas::setMoving(bool moving)
{
    if (moving)
        m_settle->start();
    if (m_moving == moving)
        return;
    m_moving = moving;
    update();
}

void MapCanvas::setLayers(bool shipments, bool lanes, bool heat)
{
    m_showShipments = shipments;
    m_showLanes = lanes;
    m_showHeat = heat;
    update();
}

void MapCanvas::setTileLayer(MapTileLayer *tiles)
{
    if (tiles == m_tiles)
        return;
    delete m_tiles;
    m_tiles = tiles;
    if (m_tiles) {
        m_tiles->setParent(this);
        connect(m_tiles, &MapTileLayer::changed, this, qOverload<>(&QWidget::update));
    }
    recluster();
}

void MapCanvas::setNotice(const QString &notice)
{
    m_notice = notice;
    update();
}

QString MapCanvas::notice() const
{
    const QString tiles = m_tiles ? m_tiles->notice() : QString();
    return tiles.isEmpty() ? m_notice : tiles;
}

void MapCanvas::zoomToData()
{
    if (m_data.points.empty()) {
        setView({0.5, 0.45}, std::log2(std::max(1.0, width() / map::webmercator::TileSize)));
        return;
    }
    float x0 = 1, y0 = 1, x1 = 0, y1 = 0;
    for (const map::MapPoint &p : m_data.points) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    const double span = std::max({double(x1 - x0), double(y1 - y0), 1e-5});
    const double zoom = std::log2(std::min(width(), height()) * 0.85 / (span * map::webmercator::TileSize));
    setView({(x0 + x1) / 2.0, (y0 + y1) / 2.0}, zoom);
}

QPointF MapCanvas::toScreen(double wx, double wy) const
{
    return viewport().toScreen(wx, wy);
}

QPointF MapCanvas::toWorld(QPointF pixel) const
{
    return viewport().toWorld(pixel);
}

void MapCanvas::recluster()
{
    const QPointF a = toWorld(QPointF(-64, -64));
    const QPointF b = toWorld(QPointF(width() + 64, height() + 64));
    // Grid cells of about 64 px, then those whose circles would overlap merged (a few
    // hundred clusters on screen at any zoom: well under a millisecond, bench_map).
    m_clusters = map::clustermerger::mergeOverlapping(m_index.clusters(ClusterIndex::levelForZoom(m_zoom), a.x(), a.y(), b.x(), b.y()),
                                                      map::webmercator::TileSize * std::exp2(m_zoom));
    if (m_tiles) {
        const QPointF from = toWorld(QPointF(0, 0));
        const QPointF to = toWorld(QPointF(width(), height()));
        m_tiles->setView(from.x(), from.y(), to.x(), to.y(), m_zoom);
    }
    update();
    Q_EMIT viewChanged();
}

double MapCanvas::radiusOf(const ClusterIndex::Cluster &c) const
{
    return map::clustermerger::radius(c.count);
}

const ClusterIndex::Cluster *MapCanvas::clusterAt(QPoint pixel) const
{
    const ClusterIndex::Cluster *best = nullptr;
    double bestDistance = 0;
    for (const auto &c : m_clusters) {
        const QPointF s = toScreen(c.x, c.y);
        const double d = std::hypot(s.x() - pixel.x(), s.y() - pixel.y());
        if (d <= radiusOf(c) + 3 && (!best || d < bestDistance)) {
            best = &c;
            bestDistance = d;
        }
    }
    return best;
}

double MapCanvas::laneWidth(const map::MapLane &lane) const
{
    return laneWidthFor(lane.volume, m_data.lanes.empty() ? 1 : std::max(1, m_data.lanes.front().volume));
}

QPolygonF MapCanvas::laneOnScreen(const map::MapLane &lane) const
{
    return laneOn(lane, viewport());
}

QPolygonF MapCanvas::laneOn(const map::MapLane &lane, const MapViewport &view) const
{
    return arcOn(lane.originLat, lane.originLon, lane.destLat, lane.destLon, view);
}

const map::MapLane *MapCanvas::laneAt(QPoint pixel) const
{
    if (!m_showLanes)
        return nullptr;
    // Lanes are drawn least volume first: the first hit in volume order is the one on top.
    const QPointF at(pixel);
    for (const map::MapLane &lane : m_data.lanes) {
        const QPolygonF arc = laneOnScreen(lane);
        const double reach = laneWidth(lane) / 2 + 3;
        for (int i = 0; i + 1 < arc.size(); ++i) {
            const QPointF a = arc.at(i), b = arc.at(i + 1);
            const QPointF ab = b - a;
            const double length2 = QPointF::dotProduct(ab, ab);
            const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(at - a, ab) / length2, 0.0, 1.0) : 0.0;
            const QPointF nearest = a + ab * t;
            if (std::hypot(nearest.x() - at.x(), nearest.y() - at.y()) <= reach)
                return &lane;
        }
    }
    return nullptr;
}

QList<qint64> MapCanvas::shipmentsOf(const ClusterIndex::Cluster &cluster) const
{
    QList<qint64> out;
    for (quint32 i : m_index.members(cluster))
        out << m_data.ids[i];
    return out;
}

void MapCanvas::zoomAround(QPointF pixel, double delta)
{
    const QPointF before = toWorld(pixel);
    m_zoom = std::clamp(m_zoom + delta, MinZoom, MaxZoom);
    const QPointF after = toWorld(pixel);
    m_center += before - after;
    recluster();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = StatusPalette::isDark(palette());
    paintThroughImage(p, m_basemapImage, [dark](QPainter &ip, const MapViewport &v) { drawBasemap(ip, v, dark); });
    if (m_tiles)
        m_tiles->paint(p, [this](double x, double y) { return toScreen(x, y); });
    if (m_showHeat)
        paintHeat(p);
    if (m_showLanes)
        paintThroughImage(p, m_laneImage, [lanes = m_strokes, dark, draft = m_moving](QPainter &ip, const MapViewport &v) {
            drawLanes(ip, *lanes, v, dark, draft);
        });
    if (m_showShipments)
        paintClusters(p);
    paintOverlay(p);
}

quint64 MapCanvas::imageKey() const
{
    // What the images show besides the view: the data and the palette.
    return (m_dataGeneration << 1) | (StatusPalette::isDark(palette()) ? 1 : 0);
}

void MapCanvas::paintThroughImage(QPainter &p, MapLayerImage &image, const MapLayerImage::Draw &draw)
{
    const MapViewport view = viewport();
    const quint64 key = imageKey();
    if (m_moving ? !image.covers(view, key) : !image.showsExactly(view, key)) {
        const int margin = m_moving ? MovingMargin : 0;
        // With nothing to stand in (the first frame, other data) it is drawn now; otherwise
        // the image is moved or scaled while its successor is drawn on a worker.
        if (image.canStandIn(view, key))
            image.redrawLater(view, key, margin, devicePixelRatioF(), draw, this, [this] {
                update();
                if (!isDrawing())
                    Q_EMIT drawn();
            });
        else
            image.redraw(view, key, margin, devicePixelRatioF(), draw);
    }
    image.paint(p, view);
}

void MapCanvas::paintHeat(QPainter &p)
{
    const bool dark = StatusPalette::isDark(palette());
    QColor hot = statusColor(EtaStatus::Exception, dark);
    p.setPen(Qt::NoPen);
    for (const auto &c : m_clusters) {
        const quint32 n = c.byStatus[std::size_t(EtaStatus::Exception)];
        if (!n)
            continue;
        const QPointF s = toScreen(c.x, c.y);
        const double r = 18 + 10 * std::log2(1.0 + n);
        QRadialGradient g(s, r);
        hot.setAlpha(int(std::min(150.0, 40 + 25 * std::log2(1.0 + n))));
        g.setColorAt(0, hot);
        QColor edge = hot;
        edge.setAlpha(0);
        g.setColorAt(1, edge);
        p.setBrush(g);
        p.drawEllipse(s, r, r);
    }
}

void MapCanvas::paintClusters(QPainter &p)
{
    const bool dark = StatusPalette::isDark(palette());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    p.setFont(small);
    if (small != m_labelFont || m_labels.size() > 4096) { // every count a store can show, at most
        m_labels.clear();
        m_labelFont = small;
    }
    const QRectF shown(QPointF(0, 0), QSizeF(size()));
    for (const auto &c : m_clusters) {
        const QPointF s = toScreen(c.x, c.y);
        const double r = radiusOf(c);
        if (!shown.adjusted(-r - 2, -r - 2, r + 2, r + 2).contains(s))
            continue; // in the margin the clusters are made for, off screen
        const QColor color = statusColor(c.worst(), dark);
        const bool approximate = c.approximate == c.count;
        if (approximate) {
            // Located by a country centroid only: hollow.
            p.setPen(QPen(color, 2.0, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
        } else {
            p.setPen(QPen(dark ? QColor(0x10, 0x10, 0x10) : Qt::white, 1.2));
            QColor fill = color;
            fill.setAlpha(c.count == 1 ? 255 : 215);
            p.setBrush(fill);
        }
        p.drawEllipse(s, r, r);
        if (c.count > 1) {
            p.setPen(approximate ? color : QColor(Qt::white));
            const QString label = c.count >= 10000 ? QString::number(c.count / 1000) + u'k' : QString::number(c.count);
            // Laid out once per label and font (a few hundred labels a frame at city zoom).
            auto found = m_labels.constFind(label);
            if (found == m_labels.cend()) {
                QStaticText text(label);
                text.setTextFormat(Qt::PlainText);
                text.prepare(QTransform(), small);
                found = m_labels.insert(label, text);
            }
            const QSizeF size = found->size();
            p.drawStaticText(QPointF(s.x() - size.width() / 2, s.y() - size.height() / 2), *found);
        }
    }
}

void MapCanvas::paintOverlay(QPainter &p)
{
    const bool dark = StatusPalette::isDark(palette());
    const QColor panel = dark ? QColor(0x20, 0x24, 0x28, 230) : QColor(0xff, 0xff, 0xff, 230);
    const QColor text = palette().color(QPalette::WindowText);
    p.setFont(font());
    const QFontMetrics fm(font());
    // Legend, top right.
    const int lh = fm.height() + 2;
    const QString laneKey = tr("Lanes: on time ≥95% · <95% · <80%");
    const int lw = std::max(fm.horizontalAdvance(tr("No scan for 72 h")) + fm.horizontalAdvance(QStringLiteral(" 000000")) + 40,
                            fm.horizontalAdvance(laneKey) + 20);
    QRect legend(width() - lw - 10, 10, lw, lh * (map::EtaStatusCount + 2) + 10);
    p.setPen(Qt::NoPen);
    p.setBrush(panel);
    p.drawRoundedRect(legend, 6, 6);
    int y = legend.top() + 6;
    p.setPen(text);
    p.drawText(QRect(legend.left() + 8, y, lw - 16, lh), Qt::AlignLeft | Qt::AlignVCenter, tr("In flight"));
    y += lh;
    for (int s = 0; s < map::EtaStatusCount; ++s) {
        p.setPen(Qt::NoPen);
        p.setBrush(statusColor(EtaStatus(s), dark));
        p.drawEllipse(QPointF(legend.left() + 14, y + lh / 2.0), 5, 5);
        p.setPen(text);
        p.drawText(QRect(legend.left() + 26, y, lw - 34, lh), Qt::AlignLeft | Qt::AlignVCenter, map::etaStatusLabel(EtaStatus(s)));
        p.drawText(QRect(legend.left() + 26, y, lw - 34, lh), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(m_data.byStatus[std::size_t(s)]));
        y += lh;
    }
    p.drawText(QRect(legend.left() + 8, y, lw - 16, lh), Qt::AlignLeft | Qt::AlignVCenter, laneKey);

    // Scale bar, bottom left: a round length under 120 px.
    double lat = 0;
    double lon = 0;
    const QPointF c = toWorld(QPointF(width() / 2.0, height() / 2.0));
    map::webmercator::unproject({c.x(), c.y()}, &lat, &lon);
    const double mpp = map::webmercator::metersPerPixel(lat, m_zoom);
    double length = std::pow(10.0, std::floor(std::log10(120 * mpp)));
    for (double f : {5.0, 2.0, 1.0}) {
        if (length * f / mpp <= 120) {
            length *= f;
            break;
        }
    }
    const int px = int(length / mpp);
    const QString label = length >= 1000 ? tr("%1 km").arg(length / 1000) : tr("%1 m").arg(length);
    QRect bar(10, height() - 34, px + 20 + fm.horizontalAdvance(label), 24);
    p.setPen(Qt::NoPen);
    p.setBrush(panel);
    p.drawRoundedRect(bar, 4, 4);
    p.setPen(QPen(text, 2));
    const int by = bar.center().y() + 4;
    p.drawLine(bar.left() + 8, by, bar.left() + 8 + px, by);
    p.drawLine(bar.left() + 8, by - 5, bar.left() + 8, by);
    p.drawLine(bar.left() + 8 + px, by - 5, bar.left() + 8 + px, by);
    p.drawText(QPoint(bar.left() + 14 + px, by), label);

    // Attribution, bottom right: the tile server's above the built-in map's.
    QStringList attributions;
    if (m_tiles)
        attributions << m_tiles->attribution();
    attributions << tr("Natural Earth · US Census Bureau · GeoNames (CC BY 4.0)");
    int bottom = height() - 4;
    for (auto it = attributions.crbegin(); it != attributions.crend(); ++it) {
        const QString shown = fm.elidedText(*it, Qt::ElideRight, std::max(80, width() - px - 80));
        QRect a(width() - fm.horizontalAdvance(shown) - 16, bottom - fm.height() - 4, fm.horizontalAdvance(shown) + 10,
                fm.height() + 4);
        p.setPen(Qt::NoPen);
        p.setBrush(panel);
        p.drawRect(a);
        p.setPen(text);
        p.drawText(a, Qt::AlignCenter, shown);
        bottom = a.top();
    }
    if (const QString shown = notice(); !shown.isEmpty())
        paintNotice(p, shown);
    if (m_data.points.empty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No parcels in flight match the filters."));
    }
}

void MapCanvas::paintNotice(QPainter &p, const QString &notice)
{
    // Top left, clear of the legend; in the palette's own colours so it reads light and dark.
    const QFontMetrics fm(font());
    const int maxWidth = std::max(160, width() - 330);
    const QRect bounds = fm.boundingRect(QRect(0, 0, maxWidth, height()), Qt::TextWordWrap, notice);
    const QRect box(10, 10, bounds.width() + 20, bounds.height() + 12);
    const bool dark = StatusPalette::isDark(palette());
    p.setPen(QPen(statusColor(EtaStatus::AtRisk, dark), 1.5));
    p.setBrush(dark ? QColor(0x20, 0x24, 0x28, 240) : QColor(0xff, 0xf8, 0xe1, 240));
    p.drawRoundedRect(box, 5, 5);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(box.adjusted(10, 6, -10, -6), Qt::TextWordWrap, notice);
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    recluster();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position().toPoint();
    m_pressCenter = m_center;
    m_dragged = false;
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint d = event->position().toPoint() - m_pressAt;
    if (d.manhattanLength() > 3)
        m_dragged = true;
    if (m_dragged) {
        setMoving(true);
        const double scale = map::webmercator::TileSize * std::exp2(m_zoom);
        setView(m_pressCenter - QPointF(d) / scale, m_zoom);
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragged || event->button() != Qt::LeftButton)
        return;
    const QPoint at = event->position().toPoint();
    const ClusterIndex::Cluster *c = clusterAt(at);
    if (c && (event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT shipmentsChosen(shipmentsOf(*c), tr("Map: a cluster of %n parcels in flight", nullptr, int(c->count)));
        return;
    }
    if (!c) {
        if (const map::MapLane *lane = laneAt(at))
            Q_EMIT shipmentsChosen(QList<qint64>(lane->shipmentIds.begin(), lane->shipmentIds.end()),
                                   tr("Map: the lane %1 → %2").arg(lane->origin, lane->destination));
        return;
    }
    if (c->count == 1) {
        Q_EMIT shipmentChosen(m_data.ids[m_index.pointIndex(c->first)]);
        return;
    }
    // Into the cluster: its cell fills the view (two levels finer).
    setView(QPointF(c->x, c->y), std::max(m_zoom + 2, c->level - 1.0));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomAround(event->position(), 1);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    // Touchpads send small steps, wheels 120 per notch.
    setMoving(true);
    zoomAround(event->position(), event->angleDelta().y() / 240.0);
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double step = 80.0 / (map::webmercator::TileSize * std::exp2(m_zoom));
    switch (event->key()) {
    case Qt::Key_Left: setView(m_center - QPointF(step, 0), m_zoom); break;
    case Qt::Key_Right: setView(m_center + QPointF(step, 0), m_zoom); break;
    case Qt::Key_Up: setView(m_center - QPointF(0, step), m_zoom); break;
    case Qt::Key_Down: setView(m_center + QPointF(0, step), m_zoom); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround(rect().center(), 1); break;
    case Qt::Key_Minus: zoomAround(rect().center(), -1); break;
    case Qt::Key_0: zoomToData(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    setMoving(true);
    event->accept();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const ClusterIndex::Cluster *c = clusterAt(help->pos())) {
            QStringList lines{tr("%n parcels in flight", nullptr, int(c->count))};
            for (int s = 0; s < map::EtaStatusCount; ++s) {
                if (c->byStatus[std::size_t(s)])
                    lines << tr("%1: %2 (%3%)")
                                 .arg(map::etaStatusLabel(EtaStatus(s)))
                                 .arg(c->byStatus[std::size_t(s)])
                                 .arg(QLocale().toString(100.0 * c->byStatus[std::size_t(s)] / c->count, 'f', 0));
            }
            if (c->approximate)
                lines << tr("%1 placed at their country's centre (approximate)").arg(c->approximate);
            lines << (c->count == 1 ? tr("Click to open the shipment")
                                    : tr("Click to zoom in; Shift+click to list these shipments"));
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        } else if (const map::MapLane *lane = laneAt(help->pos())) {
            QStringList lines{tr("%1 → %2: %n shipments", nullptr, lane->volume).arg(lane->origin, lane->destination)};
            if (lane->judged)
                lines << tr("On time: %1% of %2 judged").arg(QLocale().toString(100.0 * lane->onTimeRate(), 'f', 0), QLocale().toString(lane->judged));
            lines << tr("Click to list these shipments");
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace ct
