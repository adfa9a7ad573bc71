// SPDX-License-Identifier: MIT
#pragma once

#include "mapdata.h"
#include "mapfilter.h"

#include <optional>

namespace ct {

class Database;

namespace map {

// Reads what the map draws from a store (shipments with shipment_geo, open exceptions):
// each parcel in flight at its last scan place with its ETA status at `nowMs`, and the
// lanes. One pass over the shipments the filter matches; run it on a worker thread with
// the worker's own connection (the Map view does).
class MapQuery final
{
public:
    explicit MapQuery(const Database &database);

    std::optional<MapData> load(const MapFilter &filter, qint64 nowMs, QString *error) const;
    // Every carrier and service the store's shipments have, each pair once, by carrier
    // then service: what the map's filter offers.
    std::optional<QList<CarrierService>> carrierServices(QString *error) const;
    // The tracking numbers of these shipments, in the same order (for click-through).
    std::optional<QStringList> trackingNumbers(const std::vector<qint64> &ids, QString *error) const;

private:
    const Database &m_database;
};

} // namespace map
} // namespace ct
