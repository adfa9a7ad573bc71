// SPDX-License-Identifier: MIT
#include "shipmenttimeline.h"

#include "domain/statuslatch.h"

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
    // A terminal state latches against later scans that show no new movement.
    const StatusLatch::Verdict verdict = StatusLatch::of(events);
    const TrackingEvent &status = events.at(verdict.statusIndex);
    t.tag = status.tag;
    t.subtag = status.subtag;
    t.statusLatch = verdict.conflict;
    for (const TrackingEvent &e : events) {
        if (!t.firstScanMs && isCarrierScan(e))
            t.firstScanMs = e.occurredAt.utcMs;
        if (!t.deliveredMs && e.tag == Tag::Delivered)
            t.deliveredMs = e.occurredAt.utcMs;
        if (e.tag == Tag::AttemptFail)
            ++t.attemptCount;
    }
    // The place is that of the status: an overruled later scan does not move the parcel.
    for (auto it = events.crbegin() + (events.size() - 1 - verdict.statusIndex); it != events.crend(); ++it) {
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
