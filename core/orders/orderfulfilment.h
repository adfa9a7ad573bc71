// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ct {

// One fulfilment of an order: the parcels a carrier took, by tracking number. `carrier`
// is our canonical code (carriers.h) when the storefront's carrier name is one we know,
// else empty, with the storefront's name kept in `carrierName` either way.
struct OrderFulfilment
{
    QString externalId;
    QString carrier;
    QString carrierName;
    QStringList trackingNumbers;
    QString status; // the storefront's word: "success", "cancelled"...

    bool operator==(const OrderFulfilment &) const = default;
};

} // namespace ct
