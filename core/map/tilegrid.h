// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace ct::map {

// One raster tile of the slippy-map scheme every tile server uses (OpenStreetMap's
// z/x/y): at zoom z the Web Mercator square is 2^z × 2^z tiles of 256 px, x from the
// antimeridian eastwards, y from the north edge southwards.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId &, const TileId &) = default;
    // One number per tile (z < 32, x and y < 2^28), for hashing and ordering.
    quint64 key() const { return quint64(z) << 56 | quint64(x) << 28 | quint64(y); }
};

// A tile and where it is drawn: in its own place (shift 0) or a whole world to the left
// (-1) or right (+1), where the map shows the world again past the antimeridian.
struct PlacedTile
{
    TileId tile;
    int worldShift = 0;

    friend bool operator==(const PlacedTile &, const PlacedTile &) = default;
};

// Tile maths for a viewport (docs/MAP.md#raster-tiles).
namespace tilegrid {

inline constexpr int MaxTileZoom = 19;

// The tile zoom drawn at a map zoom: the nearest whole zoom, in 0..MaxTileZoom, so a
// tile is drawn between 0.71 and 1.41 times its size.
int tileZoomFor(double mapZoom);
// The tile holding a world point (x, y in 0..1) at zoom z; points on or past the edge
// belong to the last tile.
TileId tileAt(double worldX, double worldY, int z);
// The tile holding a place (latitude clamped to Web Mercator's ±85.0511°).
TileId tileOf(double lat, double lon, int z);
// The tiles at zoom z that a world rectangle (x0, y0)–(x1, y1) touches, inside the world
// square (nothing is wrapped), the nearest to the rectangle's centre first.
std::vector<TileId> tilesFor(double x0, double y0, double x1, double y1, int z);
// The same with the world repeated a world to the left and right (as the basemap draws
// it): the tiles of the rectangle's part in each of the three copies, each placed in its
// copy, the nearest to the rectangle's centre first. A view across the antimeridian gets
// the tiles of both edges; one tile may be placed twice at a zoom where the view is wider
// than the world.
std::vector<PlacedTile> wrappedTilesFor(double x0, double y0, double x1, double y1, int z);
// The tile's world rectangle: its north-west corner and its side, in world units.
void tileBounds(TileId tile, double *x, double *y, double *side);

} // namespace tilegrid
} // namespace ct::map
