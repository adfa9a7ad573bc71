// SPDX-License-Identifier: MIT
// A hand-made parcel for the KPI tests of the app (tests/ui/tst_analyticsview.cpp,
// tests/ui/tst_reportapp.cpp): from Dallas to Austin (both US-TX, Central time, -05:00 in
// June), with a promised day and the scans given, its status the last scan's.
#pragma once

#include "domain/shipmentrecord.h"

#include <QDate>

namespace ct::test {

inline ShipmentRecord texasParcel(const char *carrier, const char *tracking, QList<TrackingEvent> events,
                                  const char *promised)
{
    ShipmentRecord s;
    s.carrier = QString::fromLatin1(carrier);
    s.service = s.carrier.toUpper() + QStringLiteral(" Ground");
    s.trackingNumber = QString::fromLatin1(tracking);
    s.sourceDocument = s.trackingNumber;
    s.origin = {QStringLiteral("Dallas"), QStringLiteral("TX"), QStringLiteral("75201"), QStringLiteral("US")};
    s.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    s.order.promisedDate = QDate::fromString(QString::fromLatin1(promised), Qt::ISODate);
    s.events = std::move(events);
    s.tag = s.events.constLast().tag;
    s.subtag = s.events.constLast().subtag;
    return s;
}

} // namespace ct::test
