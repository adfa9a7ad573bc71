// SPDX-License-Identifier: MIT
#pragma once

#include "domain/tag.h"
#include "domain/trackingevent.h"
#include "rules/exceptionrules.h"

#include <QList>

#include <optional>

namespace ct {

// What one shipment contributes to the shipment KPIs (docs/KPIS.md, "Terms"): its first
// delivery attempt, arrival, promise, failed and fake attempts, return to sender, and the
// transit and order-to-delivery spans. Derived from the shipment's events alone (plus the
// attempts agents marked fake), so the same function serves the engine, a drill-down and
// incremental rollups.
struct ShipmentOutcome
{
    bool tracked = false;   // status neither Pending nor Expired
    bool delivered = false; // status Delivered
    std::optional<qint64> firstEventMs;

    // The first real delivery attempt: the first arrival or real failed attempt.
    std::optional<qint64> firstAttemptMs;
    bool firstAttemptArrived = false; // it was the arrival, and no fake attempt came before it
    std::optional<qint64> deadlineMs;  // the end of the promise (ExceptionRules::deadlineMs)
    bool onTime() const { return firstAttemptMs && deadlineMs && *firstAttemptMs <= *deadlineMs; }

    bool failedAttempt = false;        // at least one failed attempt, fake ones included
    bool deliveredAfterFailure = false;// a Delivered event after the first failed attempt
    bool fakeAttempt = false;          // at least one attempt agents marked or the rules flag as fake
    bool returnToSender = false;

    std::optional<qint64> arrivalMs;   // first Delivered or AvailableForPickup event
    std::optional<int> transitDays;    // first carrier scan's local day to arrival's, calendar
    std::optional<int> transitBusinessDays;
    std::optional<int> orderToDeliveryDays;

    // `events` sorted oldest first; `fakeMarks` the occurred_at_ms of attempts agents
    // marked fake; `facts` the promise and destination; `lastOffsetMinutes` the offset of the
    // latest event (the promise's fallback zone, as the rules use it).
    static ShipmentOutcome derive(Tag status, const ShipmentFacts &facts, int lastOffsetMinutes,
                                  std::optional<qint64> orderedAtMs, const QList<TrackingEvent> &events,
                                  const QList<qint64> &fakeMarks, const ExceptionRules &rules);
};

} // namespace ct
