// SPDX-License-Identifier: MIT
#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ct::map::webmercator {

namespace {
constexpr double Pi = std::numbers::pi;
constexpr double Rad = Pi / 180.0;
} // namespace

WorldPoint project(double lat, double lon)
{
    const double clamped = std::clamp(lat, -MaxLatitude, MaxLatitude);
    const double s = std::sin(clamped * Rad);
    return WorldPoint{(lon + 180.0) / 360.0, 0.5 - std::log((1 + s) / (1 - s)) / (4 * Pi)};
}

void unproject(WorldPoint p, double *lat, double *lon)
{
    *lon = p.x * 360.0 - 180.0;
    *lat = std::atan(std::sinh(Pi * (1 - 2 * p.y))) / Rad;
}

double metersPerPixel(double lat, double zoom)
{
    return std::cos(lat * Rad) * 2 * Pi * EarthRadiusM / (TileSize * std::exp2(zoom));
}

void greatCircle(double lat1, double lon1, double lat2, double lon2, int segments, double *out)
{
    const double p1 = lat1 * Rad, l1 = lon1 * Rad, p2 = lat2 * Rad, l2 = lon2 * Rad;
    const double x1 = std::cos(p1) * std::cos(l1), y1 = std::cos(p1) * std::sin(l1), z1 = std::sin(p1);
    const double x2 = std::cos(p2) * std::cos(l2), y2 = std::cos(p2) * std::sin(l2), z2 = std::sin(p2);
    const double d = std::acos(std::clamp(x1 * x2 + y1 * y2 + z1 * z2, -1.0, 1.0));
    double previousLon = lon1;
    for (int i = 0; i <= segments; ++i) {
        const double f = double(i) / segments;
        double lat = 0;
        double lon = 0;
        if (d < 1e-9) {
            lat = lat1;
            lon = lon1;
        } else {
            const double a = std::sin((1 - f) * d) / std::sin(d);
            const double b = std::sin(f * d) / std::sin(d);
            const double x = a * x1 + b * x2, y = a * y1 + b * y2, z = a * z1 + b * z2;
            lat = std::atan2(z, std::hypot(x, y)) / Rad;
            lon = std::atan2(y, x) / Rad;
        }
        while (lon - previousLon > 180)
            lon -= 360;
        while (lon - previousLon < -180)
            lon += 360;
        previousLon = lon;
        out[2 * i] = lat;
        out[2 * i + 1] = lon;
    }
}

} // namespace ct::map::webmercator
