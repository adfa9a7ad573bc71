// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ct {

// One tracking number claimed by two orders (OrderQueries::linkConflicts). Both orders
// are kept; the shipment stays linked to the first until the conflict is resolved.
struct OrderLinkConflict
{
    qint64 id = 0;
    QString trackingNumber;
    QString carrier;          // empty when neither order named a carrier we know
    QString storefront;       // the first order's
    QString firstOrderId;     // the storefronts' ids of the orders
    QString firstOrderName;
    QString secondStorefront;
    QString secondOrderId;
    QString secondOrderName;
    qint64 detectedAtMs = 0;
    std::optional<qint64> resolvedAtMs;
};

} // namespace ct
