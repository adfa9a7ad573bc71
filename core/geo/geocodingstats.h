// SPDX-License-Identifier: MIT
#pragma once

#include "geofix.h"

#include <QString>

#include <array>
#include <optional>

namespace ct {

class Database;

namespace geo {

// How a store's shipments are geocoded (shipment_geo): for the last scan place, the
// origin and the destination, how many shipments have each precision, and how many have
// no current row yet (ShipmentGeoWriter::refresh fills them in). controltower-cli stats
// prints it.
struct GeocodingStats
{
    enum Place { LastScan = 0, Origin = 1, Destination = 2 };
    static constexpr int PlaceCount = 3;

    qint64 shipments = 0;
    qint64 stale = 0; // shipments without a current row
    std::array<std::array<qint64, GeoPrecisionCount>, PlaceCount> counts{};

    static std::optional<GeocodingStats> read(const Database &database, QString *error);
};

} // namespace geo
} // namespace ct
