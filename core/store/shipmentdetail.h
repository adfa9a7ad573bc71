// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"
#include "domain/subtag.h"
#include "domain/tag.h"
#include "domain/timestamp.h"
#include "domain/trackingevent.h"
#include "predict/storedprediction.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// Everything the store knows about one shipment, for a detail pane: the parcel and its
// carrier, its canonical status, the customer and the order, the destination and the
// origin, the promised and the estimated delivery, and its timeline (events oldest
// first, each with the carrier's own text and code, the place, the local offset and
// whether that offset was assumed). Raw carrier payloads are counted here and read on
// demand (ShipmentQueries::rawPayloads).
struct ShipmentDetail
{
    qint64 id = 0;
    QString carrier; // canonical code
    QString trackingNumber;
    QString carrierReference;
    QString masterTrackingNumber;
    int pieceCount = 1;
    QString service;
    QString sourceFormat;

    Tag tag = Tag::Pending;
    Subtag subtag = Subtag::PendingNoInformation;
    // The payload's own summary status disagreed with its events ("" when it agreed).
    QString statusConflict;
    // The terminal-state latch overruled later scans (StatusLatch, derived from the
    // events): "Delivered_001 at ... stands: ..."; "" when nothing was overruled.
    QString statusLatch;

    DeliveryEstimate estimatedDelivery; // the carrier's estimate
    predict::StoredPrediction prediction; // the delivery-date model's, kept beside it
    std::optional<qint64> shippedAtMs;
    std::optional<qint64> deliveredAtMs;
    int attemptCount = 0;

    Address origin;
    Address destination;
    OrderInfo order; // order id, customer, value, promised date, ordered at

    QList<TrackingEvent> events; // oldest first
    int rawPayloadCount = 0;
    int openExceptionCount = 0;
    qint64 version = 0;
    qint64 updatedAtMs = 0;
};

// Reads a ShipmentDetail from the store. Use from the thread that opened the Database.
class ShipmentDetailQuery final
{
public:
    explicit ShipmentDetailQuery(const Database &database);

    // The shipment with id `shipmentId`; nullopt with `error` set when the store failed,
    // nullopt with `error` empty when there is no such shipment.
    std::optional<ShipmentDetail> load(qint64 shipmentId, QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
