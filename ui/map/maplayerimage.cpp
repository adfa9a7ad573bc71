// SPDX-License-Identifier: MIT
#include "maplayerimage.h"

#include "map/webmercator.h"

#include <QPainter>

#include <cmath>

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

void MapLayerImage::redraw(const MapViewport &view, quint64 key, int margin, qreal devicePixelRatio, const Draw &draw)
{
    m_drawn = view;
    m_drawn.size = view.size + QSize(2 * margin, 2 * margin);
    m_target = view;
    m_key = key;
    m_margin = margin;
    const QSize pixels(qRound(m_drawn.size.width() * devicePixelRatio), qRound(m_drawn.size.height() * devicePixelRatio));
    if (m_image.size() != pixels)
        m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(devicePixelRatio);
    m_image.fill(Qt::transparent);
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    draw(p, m_drawn);
    ++m_redraws;
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
