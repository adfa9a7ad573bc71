// SPDX-License-Identifier: MIT
// Small pieces of hand-worked return stores for the returns tests: UTC instants, carrier
// events, returned items and the parcel they came in.
#pragma once

#include "domain/returnrecord.h"
#include "domain/shipmentrecord.h"
#include "domain/trackingevent.h"

#include <QDateTime>
#include <QTimeZone>

namespace ct::test {

inline QDateTime utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

inline TrackingEvent event(const char *iso, Subtag subtag)
{
    TrackingEvent e;
    e.occurredAt = Timestamp{utc(iso).toMSecsSinceEpoch(), 0};
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    e.country = QStringLiteral("US");
    return e;
}

// `cents` a unit, `quantity` units; its name is `name` (the SKU when not given).
inline ReturnItem item(const char *sku, const char *category, qint64 cents, int quantity, const char *name = nullptr)
{
    ReturnItem i;
    i.sku = QString::fromLatin1(sku);
    i.name = name ? QString::fromLatin1(name) : i.sku;
    i.category = QString::fromLatin1(category);
    i.unitPriceCents = cents;
    i.quantity = quantity;
    return i;
}

// Order #n's parcel 1Z<n> (UPS, to customer<n>@example.com in Austin): ordered on 25 May
// 2026, handed over on 27 May, delivered on 1 June at 15:00 UTC.
inline ShipmentRecord deliveredParcel(int n)
{
    ShipmentRecord s;
    s.carrier = QStringLiteral("ups");
    s.trackingNumber = QStringLiteral("1Z%1").arg(n);
    s.sourceDocument = s.trackingNumber;
    s.order.orderId = QStringLiteral("#%1").arg(n);
    s.order.customerEmail = QStringLiteral("customer%1@example.com").arg(n);
    s.order.customerName = QStringLiteral("Customer");
    s.order.currency = QStringLiteral("USD");
    s.order.orderedAt = utc("2026-05-25T10:00:00");
    s.shippedAt = utc("2026-05-27T09:00:00");
    s.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    s.events << event("2026-05-27T09:00:00", Subtag::InTransitAccepted) << event("2026-06-01T15:00:00", Subtag::Delivered);
    s.tag = s.events.last().tag;
    s.subtag = s.events.last().subtag;
    return s;
}

// RMA `rma` of order `orderId`, bringing back parcel `tracking` of `carrier`: requested at
// `requested` (UTC) for a wrong size, worth `cents` USD, resolved by `resolution` (refunded
// for a refund, else exchanged).
inline ReturnRecord resolvedReturn(const char *rma, const char *orderId, const char *carrier, const char *tracking,
                                   qint64 cents, ReturnResolution resolution, const char *requested)
{
    ReturnRecord r;
    r.rma = QString::fromLatin1(rma);
    r.orderId = QString::fromLatin1(orderId);
    r.carrier = QString::fromLatin1(carrier);
    r.trackingNumber = QString::fromLatin1(tracking);
    r.requestedAt = utc(requested);
    r.updatedAt = r.requestedAt;
    r.reason = ReturnReason::WrongSize;
    r.amountCents = cents;
    r.currency = QStringLiteral("USD");
    r.status = resolution == ReturnResolution::Refund ? ReturnStatus::Refunded : ReturnStatus::Exchanged;
    r.resolution = resolution;
    return r;
}

} // namespace ct::test
