// SPDX-License-Identifier: MIT
#pragma once

#include "trackingevent.h"

#include <QList>
#include <QString>

namespace ct {

// The terminal-state latch (docs/TAXONOMY.md, "Terminal states latch"): a shipment's status
// is its latest event by occurrence time, except that once an event ends the journey
// (Delivered, returned to sender, expired) a later event only takes the status over when
// it shows real new movement (a return, a redelivery attempt, a forwarding...). A later
// scan that does not is kept in the timeline but overruled, and the conflict is described.
class StatusLatch final
{
public:
    // True for an event whose status latches: Delivered_*, Exception_011, Expired_001.
    static bool latches(const TrackingEvent &event);
    // True when `later`, after the latched `latched`, takes the status over.
    static bool reopens(const TrackingEvent &latched, const TrackingEvent &later);

    struct Verdict
    {
        qsizetype statusIndex = -1; // the event that gives the status; -1 without events
        qsizetype overruled = 0;    // later events that did not take it over
        // "Delivered_001 at ... stands: 2 later events do not reopen it (latest ...)";
        // empty when nothing was overruled.
        QString conflict;
    };
    // The verdict over events sorted oldest first.
    static Verdict of(const QList<TrackingEvent> &sortedEvents);
    // The events without the overruled ones (the timeline the exception rules judge).
    static QList<TrackingEvent> effectiveEvents(const QList<TrackingEvent> &sortedEvents);
};

} // namespace ct
