// SPDX-License-Identifier: MIT
#pragma once

#include "returnstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ct {

struct ReturnItem
{
    QString sku;
    QString name;
    int quantity = 1;
    qint64 unitPriceCents = 0;
    bool finalSale = false; // sold as final sale: not returnable under the usual policy
    QString category;       // the merchant's product category, lower case ("footwear"); may be empty
    QString variant;        // what the customer had: "Black / M"; an exchange offers another
    // What the customer says of the item's condition (the return policy's conditions).
    bool worn = false;
    bool opened = false;
    bool tagsRemoved = false;
};

// A customer's request to send back (part of) an order, and what became of it.
struct ReturnRecord
{
    QString rma;            // the return's id, e.g. "RMA-2026-000123"
    QString orderId;
    // The outbound parcel the items arrived in (links the return to its shipment).
    QString carrier;
    QString trackingNumber;

    ReturnReason reason = ReturnReason::ChangedMind;
    QString reasonNote;     // the customer's own words, may be empty
    QList<ReturnItem> items;
    qint64 amountCents = 0; // value of the returned items
    QString currency;       // ISO 4217

    QDateTime requestedAt;  // UTC
    QDateTime deliveredAt;  // UTC delivery of the outbound parcel: the policy window starts here
    int windowDays = 30;    // the return policy's window

    ReturnStatus status = ReturnStatus::Requested;
    ReturnResolution resolution = ReturnResolution::None;
    qint64 resolutionAmountCents = 0; // refunded or credited amount; exchange: 0
    QString reverseCarrier;
    QString reverseTrackingNumber;
    QString inspectionGrade; // "A" (as new) .. "D" (unsellable); empty until inspected
    // UTC; when the return label was issued (docs/RETURNS.md, "Label expiry"): set once the
    // return reached label issued, invalid when unknown or not issued yet.
    QDateTime labelIssuedAt;
    QDateTime updatedAt;     // UTC
};

} // namespace ct
