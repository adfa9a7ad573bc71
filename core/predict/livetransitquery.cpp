// SPDX-License-Identifier: MIT
#include "livetransitquery.h"

#include "geo/timezoneresolver.h"

namespace ct::predict {

std::optional<LiveTransitQuery> LiveTransitQuery::of(const LiveShipment &s, qint64 nowMs, geo::TimeZoneResolver &zones)
{
    const std::optional<qint64> shipped = s.shippedMs ? s.shippedMs : s.firstScanMs;
    // Furthest first: the estimate starts from the latest point of the journey reached.
    const std::array<std::pair<Milestone, std::optional<qint64>>, MilestoneCount> reached{{
        {Milestone::OutForDelivery, s.outForDeliveryMs},
        {Milestone::AtDeliveryFacility, s.atDeliveryFacilityMs},
        {Milestone::InTransit, s.firstScanMs},
        {Milestone::Shipped, shipped},
    }};
    for (const auto &[milestone, at] : reached) {
        if (!at)
            continue;
        LiveTransitQuery live;
        live.milestoneMs = *at;
        live.query.lane = ShipmentLane::of(s.carrier, s.service, s.originCountry, s.originState, s.destinationCountry,
                                           s.destinationState);
        live.query.milestone = milestone;
        live.query.milestoneDate =
            zones.localDateAt(*at, s.destinationCountry, s.destinationState, s.fallbackOffsetMinutes);
        live.query.today = zones.localDateAt(nowMs, s.destinationCountry, s.destinationState, s.fallbackOffsetMinutes);
        return live;
    }
    return std::nullopt;
}

} // namespace ct::predict
