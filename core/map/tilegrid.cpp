// SPDX-License-Identifier: MIT
#include "tilegrid.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace ct::map::tilegrid {

int tileZoomFor(double mapZoom)
{
    return int(std::clamp(std::lround(mapZoom), 0L, long(MaxTileZoom)));
}

TileId tileAt(double worldX, double worldY, int z)
{
    const double n = std::exp2(z);
    const int last = int(n) - 1;
    const int x = std::clamp(int(std::floor(worldX * n)), 0, last);
    const int y = std::clamp(int(std::floor(worldY * n)), 0, last);
    return TileId{z, x, y};
}

TileId tileOf(double lat, double lon, int z)
{
    const WorldPoint p = webmercator::project(lat, lon);
    return tileAt(p.x, p.y, z);
}

std::vector<TileId> tilesFor(double x0, double y0, double x1, double y1, int z)
{
    std::vector<TileId> out;
    if (x1 < 0 || y1 < 0 || x0 > 1 || y0 > 1 || x1 < x0 || y1 < y0)
        return out;
    const TileId a = tileAt(std::max(0.0, x0), std::max(0.0, y0), z);
    const TileId b = tileAt(std::min(1.0, x1), std::min(1.0, y1), z);
    out.reserve(std::size_t(b.x - a.x + 1) * std::size_t(b.y - a.y + 1));
    for (int y = a.y; y <= b.y; ++y) {
        for (int x = a.x; x <= b.x; ++x)
            out.push_back(TileId{z, x, y});
    }
    // The centre's tiles load first.
    const double n = std::exp2(z);
    const double cx = (x0 + x1) / 2 * n - 0.5, cy = (y0 + y1) / 2 * n - 0.5;
    std::stable_sort(out.begin(), out.end(), [cx, cy](const TileId &l, const TileId &r) {
        return std::hypot(l.x - cx, l.y - cy) < std::hypot(r.x - cx, r.y - cy);
    });
    return out;
}

std::vector<PlacedTile> wrappedTilesFor(double x0, double y0, double x1, double y1, int z)
{
    std::vector<PlacedTile> out;
    for (int shift : {0, -1, 1}) {
        // The rectangle seen in the copy of the world `shift` worlds away.
        for (const TileId &t : tilesFor(x0 - shift, y0, x1 - shift, y1, z))
            out.push_back(PlacedTile{t, shift});
    }
    const double n = std::exp2(z);
    const double cx = (x0 + x1) / 2 * n - 0.5, cy = (y0 + y1) / 2 * n - 0.5;
    std::stable_sort(out.begin(), out.end(), [cx, cy, n](const PlacedTile &l, const PlacedTile &r) {
        return std::hypot(l.tile.x + l.worldShift * n - cx, l.tile.y - cy)
            < std::hypot(r.tile.x + r.worldShift * n - cx, r.tile.y - cy);
    });
    return out;
}

void tileBounds(TileId tile, double *x, double *y, double *side)
{
    *side = std::exp2(-tile.z);
    *x = tile.x * *side;
    *y = tile.y * *side;
}

} // namespace ct::map::tilegrid
