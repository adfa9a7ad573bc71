// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct::predict {

// The point of a parcel's journey an estimate starts from. The delivery-date model learns
// the business days from each one to delivery (docs/PREDICTION.md, "Milestones"); a live
// shipment is estimated from the furthest one it has reached.
enum class Milestone : unsigned char {
    Shipped = 0,            // the shipment's ship time (shipped_at_ms), else its first carrier scan
    InTransit = 1,          // the first carrier scan: picked up, in transit (first_scan_at_ms)
    AtDeliveryFacility = 2, // the first InTransit_010 "arrived at delivery facility"
    OutForDelivery = 3,     // the first OutForDelivery_* scan
};
inline constexpr int MilestoneCount = 4;

// "shipped", "in transit", "at delivery facility", "out for delivery" (JSON keys, the CLI's tables).
const char *milestoneName(Milestone milestone);
// The same in the user's language, for texts shown in the app (the delay-risk reasons).
QString milestoneText(Milestone milestone);

// How coarse the history behind an estimate is: the finest cell with enough deliveries.
enum class BackoffLevel : unsigned char {
    Lane = 0,           // carrier × service × origin region → destination region
    ServiceCountry = 1, // carrier × service × destination country
    CarrierCountry = 2, // carrier × destination country
    Carrier = 3,        // carrier
    All = 4,            // every delivered shipment
};
inline constexpr int BackoffLevelCount = 5;

// "carrier × service × lane", ..., "all shipments".
const char *backoffLevelName(BackoffLevel level);
// "lane", "service_country", "carrier_country", "carrier", "all" (JSON).
const char *backoffLevelKey(BackoffLevel level);

} // namespace ct::predict
