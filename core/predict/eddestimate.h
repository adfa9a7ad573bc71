// SPDX-License-Identifier: MIT
#pragma once

#include "milestone.h"
#include "shipmentlane.h"

#include <QDate>
#include <QString>

#include <array>

namespace ct::predict {

// What the delivery-date model is asked: a shipment's lane, the furthest milestone it has
// reached and the local date (at the destination) it reached it. `today`, when valid and
// later than that date, is the local date now: only histories that had not been
// delivered by then count (a parcel still moving after 3 business days is estimated from
// the deliveries that took at least 3).
struct TransitQuery
{
    ShipmentLane lane;
    Milestone milestone = Milestone::Shipped;
    QDate milestoneDate;
    QDate today;
};

// The percentiles every estimate carries, in this order (the backtest's reliability
// curve reads them all; P50 and P90 are the product's).
inline constexpr std::array<int, 6> EstimatePercentiles{10, 25, 50, 75, 90, 95};
inline constexpr std::size_t P50Index = 2;
inline constexpr std::size_t P90Index = 4;

// The model's answer for one shipment. Without enough history (fewer deliveries than the
// minimum even at the coarsest level) it has no dates, never a confident one:
// explanation() says "not enough history (n=3)".
struct EddEstimate
{
    bool enoughHistory = false;
    BackoffLevel level = BackoffLevel::All; // the level used; the coarsest tried without enough history
    qint64 sampleSize = 0;                  // deliveries in the cell used (the largest seen without enough history)
    Milestone milestone = Milestone::Shipped;
    // Business days from the milestone date, per EstimatePercentiles.
    std::array<int, EstimatePercentiles.size()> days{};
    QDate p50Date;
    QDate p90Date;

    int p50Days() const { return days[P50Index]; }
    int p90Days() const { return days[P90Index]; }
    // "P50 2026-06-19, P90 2026-06-22 (carrier × service × lane, n=42, from in transit)";
    // "not enough history (n=3)".
    QString explanation() const;
};

} // namespace ct::predict
