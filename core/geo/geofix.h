// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct::geo {

// How precisely a place was found, best last. Stored as its number (shipment_geo), so
// never renumber.
enum class GeoPrecision : quint8 { None = 0, Country = 1, Region = 2, City = 3, Postal = 4 };
inline constexpr int GeoPrecisionCount = 5;
QString geoPrecisionCode(GeoPrecision precision); // "none", "country", "region", "city", "postal"
std::optional<GeoPrecision> geoPrecisionFromCode(QStringView code);

// A place's coordinates (WGS 84 degrees) and how they were found. A fix at country
// precision is approximate: the country's centroid, drawn as such.
struct GeoFix
{
    double lat = 0;
    double lon = 0;
    GeoPrecision precision = GeoPrecision::None;

    bool isValid() const { return precision != GeoPrecision::None; }
    bool isApproximate() const { return precision == GeoPrecision::Country; }
    bool operator==(const GeoFix &) const = default;
};

// Whether lat/lon are WGS 84 coordinates (finite, |lat| <= 90, |lon| <= 180).
bool isValidCoordinate(double lat, double lon);

} // namespace ct::geo
