// SPDX-License-Identifier: MIT
#pragma once

#include "map/tilefetcher.h"

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <QThread>

#include <functional>
#include <vector>

class QPainter;

namespace ct {

// The optional raster tiles under the Map view's layers (docs/MAP.md#raster-tiles): the
// tiles of the view asked for from a map::TileFetcher (disk cache first), decoded and
// kept in memory, drawn under the lanes, heat and clusters. The fetcher, its disk cache
// and the decoding run on a thread of the layer's own: the GUI thread only draws what
// arrived. A tile not here yet is drawn
// from the nearest coarser tile in memory, scaled; a tile that fails is left out (the
// built-in map shows through) and named in a single notice while it is on screen; it is
// asked for again when it is on screen two minutes later.
class MapTileLayer final : public QObject
{
    Q_OBJECT

public:
    MapTileLayer(map::TileTemplate tiles, QString attribution, const QString &cacheFolder, qint64 cacheBytes,
                 QObject *parent = nullptr);
    ~MapTileLayer() override;

    // The view moved: the world rectangle on screen and the map's zoom.
    void setView(double x0, double y0, double x1, double y1, double mapZoom);
    // Draws the tiles of the view, `toScreen` mapping world points to widget pixels.
    void paint(QPainter &p, const std::function<QPointF(double, double)> &toScreen) const;

    const QString &attribution() const { return m_attribution; }
    const QString &cacheFolder() const { return m_cacheFolder; }
    qint64 cacheBytes() const { return m_cacheBytes; }
    const map::TileTemplate &tileTemplate() const { return m_template; }
    // The fetcher's requests in flight and waiting, read on its thread.
    int requestsInFlight() const;
    int requestsQueued() const;
    // A request that takes longer than this fails as timed out (default 10 s).
    void setTimeoutMs(int ms);
    // The thread the fetcher, the disk cache and the decoding run on.
    const QThread *fetchThread() const { return &m_thread; }
    // The tiles the view shows now, at the tile zoom of the map's zoom, each once.
    const std::vector<map::TileId> &visibleTiles() const { return m_visible; }
    // The same as drawn: a tile past the antimeridian in the copy of the world it shows.
    const std::vector<map::PlacedTile> &placedTiles() const { return m_placed; }
    bool hasTile(map::TileId tile) const { return m_images.contains(tile.key()); }
    bool hasFailed(map::TileId tile) const { return m_failed.contains(tile.key()); }
    // One line about the tiles on screen that failed ("Tiles: server answered 404 for
    // 3/4/2 — showing the built-in map"), empty when none did.
    QString notice() const;

Q_SIGNALS:
    // A tile arrived or failed: the map draws again.
    void changed();

private:
    void arrived(map::TileId tile, const QImage &image);
    void failed(map::TileId tile, const QString &reason);

    map::TileTemplate m_template;
    QThread m_thread;
    map::TileFetcher *m_fetcher; // lives on m_thread, deleted when it finishes
    QString m_attribution;
    QString m_cacheFolder;
    qint64 m_cacheBytes;
    QCache<quint64, QImage> m_images;
    struct Failure
    {
        QString reason;
        qint64 atMs = 0; // on m_clock
    };
    QHash<quint64, Failure> m_failed; // asked for again when on screen a while later
    QElapsedTimer m_clock;
    QSet<quint64> m_asked; // in the last want() and not answered yet (as far as this thread knows)
    std::vector<map::TileId> m_visible;
    std::vector<map::PlacedTile> m_placed;
};

} // namespace ct
