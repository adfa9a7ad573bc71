// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct {

// A shipment no order has claimed (OrderQueries::unlinkedShipments), with the reason.
struct UnlinkedShipment
{
    enum class Reason : quint8 {
        NoOrderClaims,       // no order's fulfilment names its tracking number
        OtherCarrierClaims,  // an order names the number, but with another carrier
    };
    qint64 shipmentId = 0;
    QString carrier;
    QString trackingNumber;
    QString orderId; // what the carrier feed said of the order, if anything
    Reason reason = Reason::NoOrderClaims;
};

} // namespace ct
