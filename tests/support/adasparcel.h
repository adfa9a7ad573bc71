// SPDX-License-Identifier: MIT
// One hand-made shipment for the tests of what the store and the app show about a
// shipment (tests/core/tst_shipmentdetail.cpp, tests/ui/tst_shipmentdetailpane.cpp):
// Ada Lovelace's FedEx parcel, ordered on 2026-06-11, promised for 2026-06-16, attempted
// that afternoon and not delivered, with one scan whose offset was assumed and one whose
// code the adapter did not know. Every value is written here, so expectations are
// computed by hand from this file.
#pragma once

#include "domain/shipmentrecord.h"

#include <QDateTime>
#include <QTimeZone>

namespace ct::test {

inline qint64 msAt(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A scan at `iso` (its offset the one written in it), in a city of the US.
inline TrackingEvent scan(const char *iso, Subtag subtag, const char *code, const char *text, const char *city)
{
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    TrackingEvent e;
    e.occurredAt = Timestamp{when.toMSecsSinceEpoch(), static_cast<qint16>(when.offsetFromUtc() / 60)};
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    e.rawCode = QString::fromLatin1(code);
    e.description = QString::fromUtf8(text);
    e.city = QString::fromUtf8(city);
    e.country = QStringLiteral("US");
    return e;
}

// The parcel's five scans, oldest first: picked up in Memphis; arrived in Dallas, the
// offset assumed (the feed gave none, the place did not tell); a code the adapter did
// not know (ZZ9: the documented fallback, InTransit); out for delivery; a failed attempt.
inline QList<TrackingEvent> adasScans()
{
    TrackingEvent arrived = scan("2026-06-14T03:10:00-05:00", Subtag::InTransitArrivedAtFacility, "AR",
                                 "Arrived at FedEx location", "Dallas");
    arrived.timeAssumed = true;
    TrackingEvent unknown =
        scan("2026-06-15T09:45:00-05:00", UnmappedCodeFallback, "ZZ9", "Package status update", "Austin");
    unknown.unmappedCode = true;
    return {scan("2026-06-12T17:05:00-05:00", Subtag::InfoReceived, "PU", "Picked up", "Memphis"), arrived, unknown,
            scan("2026-06-16T07:55:00-05:00", Subtag::OutForDelivery, "OD", "On FedEx vehicle for delivery", "Austin"),
            scan("2026-06-16T14:20:00-05:00", Subtag::AttemptFailAddresseeUnavailable, "DE",
                 "Customer not available or business closed", "Austin")};
}

// The parcel as one feed document (`document`) describes it, with `events` of it and the
// document's `payload`.
inline ShipmentRecord adasParcel(const char *document, QList<TrackingEvent> events, QByteArray payload)
{
    ShipmentRecord r;
    r.carrier = QStringLiteral("fedex");
    r.trackingNumber = QStringLiteral("794644790132");
    r.carrierReference = QStringLiteral("12026~794644790132~FDEG");
    r.service = QStringLiteral("FedEx Ground");
    r.sourceFormat = QStringLiteral("fedex");
    r.sourceDocument = QString::fromLatin1(document);
    r.origin = {QStringLiteral("Memphis"), QStringLiteral("TN"), QStringLiteral("38118"), QStringLiteral("US")};
    r.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    r.order.orderId = QStringLiteral("#4471");
    r.order.customerName = QStringLiteral("Ada Lovelace");
    r.order.customerEmail = QStringLiteral("ada@example.com");
    r.order.customerPhone = QStringLiteral("+1 512 555 0147");
    r.order.orderValueCents = 12999;
    r.order.currency = QStringLiteral("USD");
    r.order.promisedDate = QDate(2026, 6, 16);
    r.order.orderedAt = QDateTime(QDate(2026, 6, 11), QTime(18, 30), QTimeZone::utc());
    r.estimatedDelivery.date = QDate(2026, 6, 17);
    r.estimatedDelivery.hasTime = true;
    r.estimatedDelivery.at = Timestamp{msAt("2026-06-17T20:00:00-05:00"), -300};
    r.shippedAt = QDateTime(QDate(2026, 6, 12), QTime(22, 0), QTimeZone::utc());
    r.events = std::move(events);
    r.rawPayload = std::move(payload);
    return r;
}

} // namespace ct::test
