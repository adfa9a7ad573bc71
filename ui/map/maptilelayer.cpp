// SPDX-License-Identifier: MIT
#include "maptilelayer.h"

#include <QPainter>

#include <algorithm>

namespace ct {

using map::TileId;

namespace {
constexpr int MemoryTiles = 256; // decoded tiles kept (256 kB each), at least twice a view
constexpr int CoarserLevels = 6; // how far up a missing tile's stand-in is looked for
constexpr qint64 RetryMs = 2 * 60 * 1000; // a failed tile on screen is asked for again after this
} // namespace

MapTileLayer::MapTileLayer(map::TileTemplate tiles, QString attribution, const QString &cacheFolder, qint64 cacheBytes,
                           QObject *parent)
    : QObject(parent), m_template(tiles), m_fetcher(new map::TileFetcher(std::move(tiles), cacheFolder, cacheBytes)),
      m_attribution(std::move(attribution)), m_cacheFolder(cacheFolder), m_cacheBytes(cacheBytes), m_images(MemoryTiles)
{
    m_thread.setObjectName(QStringLiteral("map tiles"));
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    // Both run on the fetcher's thread (the connection's context): the bytes, from the disk
    // cache or the network, are decoded there, and what the GUI thread gets is an image.
    connect(m_fetcher, &map::TileFetcher::tileArrived, m_fetcher, [this](TileId tile, const QByteArray &bytes, bool) {
        QImage image;
        if (!image.loadFromData(bytes) || image.isNull()) {
            const QString reason = tr("the server's answer is not an image");
            QMetaObject::invokeMethod(this, [this, tile, reason] { failed(tile, reason); }, Qt::QueuedConnection);
            return;
        }
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QMetaObject::invokeMethod(this, [this, tile, image] { arrived(tile, image); }, Qt::QueuedConnection);
    });
    connect(m_fetcher, &map::TileFetcher::tileFailed, m_fetcher, [this](TileId tile, const QString &reason) {
        QMetaObject::invokeMethod(this, [this, tile, reason] { failed(tile, reason); }, Qt::QueuedConnection);
    });
    m_thread.start();
    m_clock.start();
}

MapTileLayer::~MapTileLayer()
{
    // The fetcher goes with its thread (its requests end without a signal); nothing posts
    // to this layer after the wait, and what was posted before goes with it.
    m_thread.quit();
    m_thread.wait();
}

int MapTileLayer::requestsInFlight() const
{
    int n = 0;
    QMetaObject::invokeMethod(m_fetcher, [&] { n = m_fetcher->inFlight(); }, Qt::BlockingQueuedConnection);
    return n;
}

int MapTileLayer::requestsQueued() const
{
    int n = 0;
    QMetaObject::invokeMethod(m_fetcher, [&] { n = m_fetcher->queued(); }, Qt::BlockingQueuedConnection);
    return n;
}

void MapTileLayer::setTimeoutMs(int ms)
{
    QMetaObject::invokeMethod(m_fetcher, [this, ms] { m_fetcher->setTimeoutMs(ms); }, Qt::QueuedConnection);
}

void MapTileLayer::setView(double x0, double y0, double x1, double y1, double mapZoom)
{
    // Past the antimeridian the world is drawn again (as the basemap is), and its tiles too.
    m_placed = map::tilegrid::wrappedTilesFor(x0, y0, x1, y1, map::tilegrid::tileZoomFor(mapZoom));
    m_visible.clear();
    for (const map::PlacedTile &p : m_placed) {
        if (std::find(m_visible.begin(), m_visible.end(), p.tile) == m_visible.end())
            m_visible.push_back(p.tile);
    }
    m_images.setMaxCost(std::max<qsizetype>(MemoryTiles, 2 * qsizetype(m_visible.size())));
    std::vector<TileId> wanted;
    wanted.reserve(m_visible.size());
    for (const TileId &t : m_visible) {
        if (m_images.contains(t.key()))
            continue;
        const auto failure = m_failed.constFind(t.key());
        if (failure != m_failed.cend()) {
            if (m_clock.elapsed() - failure->atMs < RetryMs)
                continue;
            m_failed.erase(failure);
        }
        wanted.push_back(t);
    }
    // A tile asked for by the last call and not answered yet here may have been answered on
    // the fetcher's thread already: it is not asked for twice.
    QSet<quint64> askedBefore;
    QSet<quint64> asked;
    for (const TileId &t : wanted) {
        asked.insert(t.key());
        if (m_asked.contains(t.key()))
            askedBefore.insert(t.key());
    }
    m_asked = std::move(asked);
    QMetaObject::invokeMethod(
        m_fetcher,
        [fetcher = m_fetcher, wanted = std::move(wanted), askedBefore = std::move(askedBefore)] {
            fetcher->want(wanted, askedBefore);
        },
        Qt::QueuedConnection);
}

void MapTileLayer::paint(QPainter &p, const std::function<QPointF(double, double)> &toScreen) const
{
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (const map::PlacedTile &placed : m_placed) {
        const TileId &t = placed.tile;
        double x = 0, y = 0, side = 0;
        map::tilegrid::tileBounds(t, &x, &y, &side);
        x += placed.worldShift;
        const QRectF target(toScreen(x, y), toScreen(x + side, y + side));
        if (const QImage *image = m_images.object(t.key())) {
            p.drawImage(target, *image);
            continue;
        }
        // The nearest coarser tile in memory stands in, its quarter (or less) scaled up.
        for (int up = 1; up <= CoarserLevels && t.z - up >= 0; ++up) {
            const TileId parent{t.z - up, t.x >> up, t.y >> up};
            if (const QImage *image = m_images.object(parent.key())) {
                const double part = double(image->width()) / (1 << up);
                const QRectF source((t.x - (parent.x << up)) * part, (t.y - (parent.y << up)) * part, part, part);
                p.drawImage(target, *image, source);
                break;
            }
        }
    }
    p.restore();
}

QString MapTileLayer::notice() const
{
    QString first;
    int missing = 0;
    for (const TileId &t : m_visible) {
        const auto it = m_failed.constFind(t.key());
        if (it == m_failed.cend())
            continue;
        if (!missing)
            first = tr("Tiles: %1 for %2/%3/%4 — showing the built-in map").arg(it->reason).arg(t.z).arg(t.x).arg(t.y);
        ++missing;
    }
    if (missing > 1)
        first += tr(" (%n tiles missing)", nullptr, missing);
    return first;
}

void MapTileLayer::arrived(TileId tile, const QImage &image)
{
    m_asked.remove(tile.key());
    m_images.insert(tile.key(), new QImage(image));
    Q_EMIT changed();
}

void MapTileLayer::failed(TileId tile, const QString &reason)
{
    m_asked.remove(tile.key());
    m_failed.insert(tile.key(), Failure{reason, m_clock.elapsed()});
    Q_EMIT changed();
}

} // namespace ct
