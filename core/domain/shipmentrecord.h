// SPDX-License-Identifier: MIT
#pragma once

#include "paymentmode.h"
#include "subtag.h"
#include "tag.h"
#include "timestamp.h"
#include "trackingevent.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

// What the merchant knows about the order behind a parcel. Carrier feeds rarely carry
// it (AfterShip does); the demo generator and the order connectors fill it.
struct OrderInfo
{
    QString orderId;
    QString customerName;
    QString customerEmail;
    QString customerPhone;
    qint64 orderValueCents = 0;
    QString currency; // ISO 4217
    QDate promisedDate; // the delivery date promised to the customer at checkout
    QDateTime orderedAt; // UTC; null when unknown

};

struct Address
{
    QString city;
    QString state;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2
    // Inferred from the carrier's domestic service, not named by the feed (DomesticCountry).
    bool countryInferred = false;
};

// One parcel as a feed describes it, normalized: the unit adapters produce and the store
// ingests. Events are sorted oldest first; tag and subtag are those of the latest event.
struct ShipmentRecord
{
    QString carrier;         // canonical carrier code, e.g. "ups" (see carriers.h)
    QString trackingNumber;
    // The carrier's or aggregator's own identifier of this shipment when the payload has
    // one (FedEx trackingNumberUniqueId, AfterShip id...). Informational: two entries of
    // one document with the same tracking number stay separate shipments regardless.
    QString carrierReference;
    QString masterTrackingNumber; // multi-piece: the lead piece's number
    int pieceCount = 1;
    QString service;         // "UPS Ground", "express"...
    QString sourceFormat;    // the adapter's format id, e.g. "fedex"
    // Where the record came from, "file.json#3" (file and record). Two shipments from the
    // same document are never merged, even when they share a tracking number.
    QString sourceDocument;

    Tag tag = Tag::Pending;
    Subtag subtag = Subtag::PendingNoInformation;
    // The payload's own summary status disagreed with its events; the events won.
    // Describes the disagreement ("summary says Delivered, latest event is InTransit").
    QString statusConflict;

    DeliveryEstimate estimatedDelivery; // the payload's own estimate
    QDateTime shippedAt;     // UTC; null when unknown

    Address origin;
    Address destination;
    OrderInfo order;
    // Prepaid or cash on delivery, and the amount to collect, when the feed or the order
    // says (Delhivery, UPS and FedEx tracking do; docs/adapters/).
    PaymentInfo payment;

    QList<TrackingEvent> events;
    QByteArray rawPayload;   // minified JSON of this shipment's part of the feed document
};

} // namespace ct
