// SPDX-License-Identifier: MIT
#pragma once

#include "transitrecord.h"

#include <QString>

#include <functional>
#include <optional>

namespace ct {
class Database;
}

namespace ct::predict {

// Reads the store's delivered shipments as TransitRecords, in id order: one query over
// `shipments` with the first "arrived at delivery facility" and "out for delivery" scans
// of each from `events` (only scans up to the delivery count). Local dates are taken in
// the destination's time zone (its country and state, geo::TimeZoneResolver), or at the
// shipment's latest scan's UTC offset when the zone is not certain.
class TransitHistoryReader final
{
public:
    struct Filter
    {
        std::optional<qint64> deliveredBeforeMs; // delivered_at_ms < this
        std::optional<qint64> shippedFromMs;     // the Shipped milestone's instant >= this
        // Asked every StopCheckRows shipments: true ends the reading there (read() still
        // returns true; the caller knows it asked to stop).
        std::function<bool(qint64 read)> stop;
    };
    static constexpr qint64 StopCheckRows = 4096;

    // Calls `sink` per shipment; false with `error` when the store cannot be read.
    static bool read(const Database &database, const Filter &filter,
                     const std::function<void(const TransitRecord &)> &sink, QString *error);

    // The latest event instant in the store (occurred_at_ms); nullopt for a store without
    // events.
    static std::optional<qint64> latestEventMs(const Database &database, QString *error);
    // The earliest Shipped instant of a delivered shipment; nullopt when none.
    static std::optional<qint64> earliestShippedMs(const Database &database, QString *error);
};

} // namespace ct::predict
