// SPDX-License-Identifier: MIT
#pragma once

namespace ct::map {

// A point of the Web Mercator world square (EPSG:3857 normalized): x from 0 (180°W) to 1
// (180°E), y from 0 (85.0511°N) to 1 (85.0511°S). At zoom z the square is 256·2^z pixels
// wide, as in every web map's tile scheme.
struct WorldPoint
{
    double x = 0;
    double y = 0;
};

// Web Mercator: latitudes beyond ±85.0511° (where the square ends) are clamped.
namespace webmercator {

inline constexpr double MaxLatitude = 85.05112877980659;
inline constexpr double TileSize = 256.0;
inline constexpr double EarthRadiusM = 6378137.0;

WorldPoint project(double lat, double lon);
void unproject(WorldPoint p, double *lat, double *lon);
// Metres on the ground per screen pixel at this latitude and zoom.
double metersPerPixel(double lat, double zoom);
// Points along the great circle from a to b (both ends included), `segments` + 1 of them,
// as lat/lon pairs into out (lat0, lon0, lat1, lon1, ...). Longitudes are unwrapped so a
// route across the antimeridian stays continuous.
void greatCircle(double lat1, double lon1, double lat2, double lon2, int segments, double *out);

} // namespace webmercator
} // namespace ct::map
