// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"
#include "domain/trackingevent.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

// What a shipment's events say about it as a whole: its status (the latest event by
// occurrence time, never by arrival, with terminal states latched: StatusLatch), when it was first and last scanned, delivered,
// attempted. Events must be sorted oldest first.
struct ShipmentTimeline
{
    Tag tag = Tag::Pending;
    Subtag subtag = Subtag::PendingNoInformation;
    std::optional<qint64> firstEventMs;
    std::optional<qint64> lastEventMs;
    int lastOffsetMinutes = 0;
    std::optional<qint64> firstScanMs;  // first event showing the carrier has the parcel
    std::optional<qint64> deliveredMs;  // first Delivered event
    int attemptCount = 0;               // failed delivery attempts
    QString lastLocation;               // "Austin, TX, US" of the latest event with a place
    Address lastPlace;                  // that event's place, as the feed gave it (geocoded)
    // The terminal-state latch overruled later events (StatusLatch): what and why; the
    // status and place are those of the latched event.
    QString statusLatch;

    static ShipmentTimeline of(const QList<TrackingEvent> &sortedEvents);
};

// True for events that show the carrier physically handled the parcel (anything past
// Pending/InfoReceived, except the carrier's own "tracking expired" marker).
bool isCarrierScan(const TrackingEvent &event);

} // namespace ct
