// SPDX-License-Identifier: MIT
// Small pieces of hand-worked return stores for the returns tests: UTC instants, carrier
// events and returned items.
#pragma once

#include "domain/returnrecord.h"
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

} // namespace ct::test
