// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QPointF>
#include <QSize>

#include <functional>
#include <memory>

class QObject;
class QPainter;

namespace ct {

// Where the map looks: the world point at the centre (web-mercator units, 0..1), the zoom
// and the size in pixels. A world point (wx, wy) is drawn at
// ((wx - center.x) * scale + width / 2, (wy - center.y) * scale + height / 2),
// scale = 256 * 2^zoom.
struct MapViewport
{
    QPointF center{0.5, 0.5};
    double zoom = 1.0;
    QSize size;

    double scale() const;
    QPointF toScreen(double wx, double wy) const;
    QPointF toWorld(QPointF pixel) const;
    bool operator==(const MapViewport &) const = default;
};

// One layer of the map drawn once into an image and drawn again, moved and scaled, while
// the view pans or zooms (docs/MAP.md, "Drawing while the map moves"): the image covers the
// view and a margin around it, so a pan frame is one drawImage instead of the layer's own
// painting. The image is drawn again when what it shows changes (`key`: the data, the
// palette, the pixel ratio), when the view has left what it covers, or when the zoom has
// moved by more than `MaxZoomDrift`; at rest, exactly for the view (MapCanvas). While an
// image can stand in, even moved or scaled past those bounds, its successor is drawn on a
// worker thread (redrawLater) and the map never waits for it; only a map with nothing to
// show (the first frame, other data) draws on the spot.
class MapLayerImage final
{
public:
    // How far the zoom may drift from the image's before the image is drawn again (a
    // factor of two in scale: lanes stay readable, if soft).
    static constexpr double MaxZoomDrift = 1.0;

    // Draws the layer into `painter` as seen through `view` (the image's own viewport,
    // margin included; the painter's origin is the image's top left). For redrawLater it
    // runs on a worker thread: it must hold its own copy of what it draws.
    using Draw = std::function<void(QPainter &painter, const MapViewport &view)>;

    MapLayerImage();
    ~MapLayerImage();
    MapLayerImage(const MapLayerImage &) = delete;
    MapLayerImage &operator=(const MapLayerImage &) = delete;

    // Whether the image was drawn for exactly `view`, without a margin, for `key`.
    bool showsExactly(const MapViewport &view, quint64 key) const;
    // Whether the image can stand in for `view`: the same key, a zoom within MaxZoomDrift,
    // and every pixel of the view inside what the image covers.
    bool covers(const MapViewport &view, quint64 key) const;

    // Whether the image, moved and scaled, is worth showing for `view` while its successor
    // is drawn: the same key and a zoom within twice MaxZoomDrift.
    bool canStandIn(const MapViewport &view, quint64 key) const;

    // Draws the layer again for `view`, with `margin` pixels of it on every side (0: just
    // the view), at `devicePixelRatio`.
    void redraw(const MapViewport &view, quint64 key, int margin, qreal devicePixelRatio, const Draw &draw);
    // The same on a worker thread: the image is replaced when the drawing is done, on
    // `context`'s thread, and `arrived` is called there. One drawing at a time; a request
    // made meanwhile replaces any earlier one waiting, and the same request again is
    // ignored. Nothing arrives after `context` is gone.
    void redrawLater(const MapViewport &view, quint64 key, int margin, qreal devicePixelRatio, Draw draw,
                     QObject *context, std::function<void()> arrived);
    // A drawing on a worker is running or waiting.
    bool isDrawing() const;
    // The image drawn onto a painter whose device shows `view` (moved and scaled from the
    // image's viewport). Nothing when there is no image.
    void paint(QPainter &painter, const MapViewport &view) const;
    void clear();
    bool isEmpty() const { return m_image.isNull(); }
    // Times drawn again since made (for tests and the benchmark).
    int redraws() const { return m_redraws; }

private:
    struct Request;
    struct Shared;
    void start(std::unique_ptr<Request> request);
    void take(std::unique_ptr<Request> done);

    QImage m_image;
    MapViewport m_drawn;  // the image's viewport (its size includes the margin)
    MapViewport m_target; // the view it was drawn for
    quint64 m_key = 0;
    int m_margin = 0;
    int m_redraws = 0;
    quint64 m_generation = 0;           // drawings on the spot so far
    std::unique_ptr<Request> m_running; // on a worker (its description; the worker has a copy)
    std::unique_ptr<Request> m_waiting; // to start when it is done
    std::shared_ptr<Shared> m_shared;
};

} // namespace ct
