// SPDX-License-Identifier: MIT
#pragma once

#include "milestone.h"
#include "shipmentlane.h"

#include <QDate>

#include <array>

namespace ct::predict {

// A delivered shipment as the delivery-date model learns from it and the backtest scores
// it: its lane, the local date (at the destination) it reached each milestone (invalid
// when it never did), the date it was delivered, and the carrier's own estimate.
struct TransitRecord
{
    qint64 shipmentId = 0;
    ShipmentLane lane;
    qint64 shippedAtMs = 0; // the Shipped milestone's instant, UTC
    qint64 deliveredAtMs = 0;
    std::array<QDate, MilestoneCount> milestoneDates;
    QDate deliveredDate;
    QDate carrierEstimateDate; // estimated_date: the carrier's EDD as last reported; invalid when none
    QDate promisedDate;        // promised_date: promised to the customer; invalid when none

    QDate dateOf(Milestone m) const { return milestoneDates[static_cast<std::size_t>(m)]; }
};

} // namespace ct::predict
