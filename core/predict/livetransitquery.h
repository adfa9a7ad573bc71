// SPDX-License-Identifier: MIT
#pragma once

#include "eddestimate.h"

#include <QString>

#include <optional>

namespace ct::geo {
class TimeZoneResolver;
}

namespace ct::predict {

// A shipment still on its way as the delivery-date model is asked about it: its lane's
// fields as stored and the first instant (UTC ms) it reached each milestone.
struct LiveShipment
{
    QString carrier;
    QString service;
    QString originCountry;
    QString originState;
    QString destinationCountry;
    QString destinationState;
    std::optional<qint64> shippedMs;            // shipped_at_ms
    std::optional<qint64> firstScanMs;          // the first carrier scan
    std::optional<qint64> atDeliveryFacilityMs; // the first InTransit_010 scan
    std::optional<qint64> outForDeliveryMs;     // the first OutForDelivery_* scan
    int fallbackOffsetMinutes = 0;              // the latest scan's UTC offset
};

// The question the model is asked about a live shipment at an instant: its lane, the
// furthest milestone it has reached, that milestone's local date and today's local date
// at the destination (TimeZoneResolver::localDateAt, as the model's fit reads dates).
struct LiveTransitQuery
{
    TransitQuery query;
    qint64 milestoneMs = 0; // when the furthest milestone was reached

    // nullopt when the shipment has reached no milestone (no ship time, no carrier scan).
    static std::optional<LiveTransitQuery> of(const LiveShipment &shipment, qint64 nowMs, geo::TimeZoneResolver &zones);
};

} // namespace ct::predict
