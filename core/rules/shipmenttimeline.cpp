// SPDX-License-Identifier: MIT
#include "shipmenttimeline.h"

#include <QStringList>

namespace ct {

bool isCarrierScan(const TrackingEvent &event)
{
    return event.tag != Tag::Pending && event.tag != Tag::InfoReceived && event.tag != Tag::Expired;
}

ShipmentTimeline ShipmentTimeline::of(const QList<TrackingEvent> &events)
{
    ShipmentTimeline t;
    if (events.isEmpty())
        return t;
    t.firstEventMs = events.constFirst().occurredAt.utcMs;
    const TrackingEvent &latest = events.constLast();
    t.lastEventMs = latest.occurredAt.utcMs;
    t.lastOffsetMinutes = latest.occurredAt.offsetMinutes;
    t.tag = latest.tag;
    t.subtag = latest.subtag;
    for (const TrackingEvent &e : events) {
        if (!t.firstScanMs && isCarrierScan(e))
            t.firstScanMs = e.occurredAt.utcMs;
        if (!t.deliveredMs && e.tag == Tag::Delivered)
            t.deliveredMs = e.occurredAt.utcMs;
        if (e.tag == Tag::AttemptFail)
            ++t.attemptCount;
    }
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->city.isEmpty() && it->country.isEmpty())
            continue;
        QStringList parts;
        for (const QString &p : {it->city, it->state, it->country}) {
            if (!p.isEmpty())
                parts.append(p);
        }
        t.lastLocation = parts.join(QStringLiteral(", "));
        t.lastPlace = Address{it->city, it->state, it->postalCode, it->country};
        break;
    }
    return t;
}

} // namespace ct
