// SPDX-License-Identifier: MIT
#include "maplayerimage.h"

#include "map/webmercator.h"

#include <QPainter>
#include <QThreadPool>

#include <cmath>
#include <mutex>

namespace ct {

double MapViewport::scale() const
{
    return map::webmercator::TileSize * std::exp2(zoom);
}

QPointF MapViewport::toScreen(double wx, double wy) const
{
    const double s = scale();
    return QPointF((wx - center.x()) * s + size.width() / 2.0, (wy - center.y()) * s + size.height() / 2.0);
}

QPointF MapViewport::toWorld(QPointF pixel) const
{
    const double s = scale();
    return QPointF((pixel.x() - size.width() / 2.0) / s + center.x(), (pixel.y() - size.height() / 2.0) / s + center.y());
}

struct MapLayerImage::Request
{
    MapViewport view;
    quint64 key = 0;
    int margin = 0;
    qreal devicePixelRatio = 1;
    Draw draw;
    QObject *context = nullptr;
    std::function<void()> arrived;
    quint64 generation = 0; // the image's when it started: a drawing on the spot since makes it stale
    // Filled by the worker.
    QImage image;
    MapViewport drawn;

    bool sameAs(const Request &o) const
    {
        return view == o.view && key == o.key && margin == o.margin && devicePixelRatio == o.devicePixelRatio;
    }
};

namespace {

// The image of `view` with `margin` round it: its viewport and its pixels, drawn.
QImage drawnImage(const MapViewport &view, int margin, qreal devicePixelRatio, const MapLayerImage::Draw &draw,
                  MapViewport *drawn)
{
    *drawn = view;
    drawn->size = view.size + QSize(2 * margin, 2 * margin);
    QImage image(QSize(qRound(drawn->size.width() * devicePixelRatio), qRound(drawn->size.height() * devicePixelRatio)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    draw(p, *drawn);
    return image;
}

} // namespace

// What the image and its workers share: whether the image is still there to take a
// drawing (set false, under the lock, as it is destroyed).
struct MapLayerImage::Shared
{
    std::mutex lock;
    bool alive = true;
};

MapLayerImage::MapLayerImage() : m_shared(std::make_shared<Shared>()) {}

MapLayerImage::~MapLayerImage()
{
    const std::lock_guard<std::mutex> hold(m_shared->lock);
    m_shared->alive = false;
}

bool MapLayerImage::showsExactly(const MapViewport &view, quint64 key) const
{
    return !m_image.isNull() && key == m_key && m_margin == 0 && view == m_target;
}

bool MapLayerImage::covers(const MapViewport &view, quint64 key) const
{
    if (m_image.isNull() || key != m_key || std::abs(view.zoom - m_drawn.zoom) > MaxZoomDrift)
        return false;
    // In world units; a hair of slack for rounding.
    const double slack = 0.5 / m_drawn.scale();
    const QPointF a = view.toWorld(QPointF(0, 0));
    const QPointF b = view.toWorld(QPointF(view.size.width(), view.size.height()));
    const QPointF da = m_drawn.toWorld(QPointF(0, 0));
    const QPointF db = m_drawn.toWorld(QPointF(m_drawn.size.width(), m_drawn.size.height()));
    return a.x() >= da.x() - slack && a.y() >= da.y() - slack && b.x() <= db.x() + slack && b.y() <= db.y() + slack;
}

bool MapLayerImage::canStandIn(const MapViewport &view, quint64 key) const
{
    return !m_image.isNull() && key == m_key && std::abs(view.zoom - m_drawn.zoom) <= 2 * MaxZoomDrift;
}

void MapLayerImage::redraw(const MapViewport &view, quint64 key, int margin, qreal devicePixelRatio, const Draw &draw)
{
    m_image = drawnImage(view, margin, devicePixelRatio, draw, &m_drawn);
    m_target = view;
    m_key = key;
    m_margin = margin;
    ++m_redraws;
    ++m_generation; // one running is older now: dropped when it arrives
    m_waiting.reset();
}

void MapLayerImage::redrawLater(const MapViewport &view, quint64 key, int margin, qreal devicePixelRatio, Draw draw,
                                QObject *context, std::function<void()> arrived)
{
    auto request = std::make_unique<Request>();
    request->view = view;
    request->key = key;
    request->margin = margin;
    request->devicePixelRatio = devicePixelRatio;
    request->draw = std::move(draw);
    request->context = context;
    request->arrived = std::move(arrived);
    if ((m_running && m_running->sameAs(*request)) || (m_waiting && m_waiting->sameAs(*request)))
        return;
    if (m_running) {
        m_waiting = std::move(request);
        return;
    }
    start(std::move(request));
}

bool MapLayerImage::isDrawing() const
{
    return m_running || m_waiting;
}

void MapLayerImage::start(std::unique_ptr<Request> request)
{
    // The worker gets a copy; m_running keeps the description to compare requests with.
    request->generation = m_generation;
    auto job = std::make_shared<Request>(*request);
    m_running = std::move(request);
    QThreadPool::globalInstance()->start([this, job, shared = m_shared] {
        job->image = drawnImage(job->view, job->margin, job->devicePixelRatio, job->draw, &job->drawn);
        job->draw = nullptr; // what it held is released on this thread
        // Queued to the context's thread while the image is there (the context owns it:
        // once the image is gone, the context's pending events go with it).
        const std::lock_guard<std::mutex> hold(shared->lock);
        if (shared->alive)
            QMetaObject::invokeMethod(
                job->context, [this, job] { take(std::make_unique<Request>(std::move(*job))); }, Qt::QueuedConnection);
    });
}

void MapLayerImage::take(std::unique_ptr<Request> done)
{
    m_running.reset();
    if (done->generation != m_generation) { // drawn on the spot since it started
        if (m_waiting)
            start(std::move(m_waiting));
        return;
    }
    m_image = std::move(done->image);
    m_drawn = done->drawn;
    m_target = done->view;
    m_key = done->key;
    m_margin = done->margin;
    ++m_redraws;
    // What waits may be served by what arrived (the drag has not left it yet).
    if (m_waiting) {
        const Request &next = *m_waiting;
        if (next.margin > 0 ? covers(next.view, next.key) : showsExactly(next.view, next.key))
            m_waiting.reset();
        else
            start(std::move(m_waiting));
    }
    if (done->arrived)
        done->arrived();
}

void MapLayerImage::paint(QPainter &painter, const MapViewport &view) const
{
    if (m_image.isNull())
        return;
    const QPointF a = m_drawn.toWorld(QPointF(0, 0));
    const QPointF b = m_drawn.toWorld(QPointF(m_drawn.size.width(), m_drawn.size.height()));
    const QPointF from = view.toScreen(a.x(), a.y());
    const QPointF to = view.toScreen(b.x(), b.y());
    if (view.zoom == m_drawn.zoom) {
        painter.drawImage(from, m_image); // moved only: no resampling
        return;
    }
    painter.drawImage(QRectF(from, to), m_image);
}

void MapLayerImage::clear()
{
    m_image = QImage();
    m_key = 0;
}

} // namespace ct
