// SPDX-License-Identifier: MIT
#include "shipmentoutcome.h"

#include "kpicalendar.h"
#include "rules/shipmenttimeline.h"

namespace ct {

namespace {

bool isAttempt(const TrackingEvent &e)
{
    return e.tag == Tag::AttemptFail || e.subtag == Subtag::ExceptionRefused;
}

bool isArrival(const TrackingEvent &e)
{
    return e.tag == Tag::Delivered || e.tag == Tag::AvailableForPickup;
}

QDate localDayOf(const Timestamp &t)
{
    return KpiCalendar::localDay(t.utcMs, t.offsetMinutes);
}

} // namespace

ShipmentOutcome ShipmentOutcome::derive(Tag status, const ShipmentFacts &facts, int lastOffsetMinutes,
                                        std::optional<qint64> orderedAtMs, const QList<TrackingEvent> &events,
                                        const QList<qint64> &fakeMarks, const ExceptionRules &rules)
{
    ShipmentOutcome o;
    o.tracked = status != Tag::Pending && status != Tag::Expired;
    o.delivered = status == Tag::Delivered;
    o.deadlineMs = ExceptionRules::deadlineMs(facts, lastOffsetMinutes);
    if (events.isEmpty())
        return o;
    o.firstEventMs = events.constFirst().occurredAt.utcMs;

    qsizetype firstScan = -1;
    qsizetype arrival = -1;
    std::optional<qint64> firstFailureMs;
    bool fakeSoFar = false;
    bool attemptFound = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TrackingEvent &e = events.at(i);
        if (firstScan < 0 && isCarrierScan(e))
            firstScan = i;
        if (isAttempt(e)) {
            o.failedAttempt = true;
            if (!firstFailureMs)
                firstFailureMs = e.occurredAt.utcMs;
            const bool fake = fakeMarks.contains(e.occurredAt.utcMs) || rules.isFakeAttempt(events, i);
            o.fakeAttempt |= fake;
            fakeSoFar |= fake;
            if (!fake && !attemptFound) {
                attemptFound = true;
                o.firstAttemptMs = e.occurredAt.utcMs;
            }
        } else if (isArrival(e)) {
            if (arrival < 0)
                arrival = i;
            if (!attemptFound) {
                attemptFound = true;
                o.firstAttemptMs = e.occurredAt.utcMs;
                o.firstAttemptArrived = !fakeSoFar;
            }
        }
        if (e.tag == Tag::Delivered && firstFailureMs && e.occurredAt.utcMs > *firstFailureMs)
            o.deliveredAfterFailure = true;
        if (e.subtag == Subtag::ExceptionReturningToSender || e.subtag == Subtag::ExceptionReturnedToSender)
            o.returnToSender = true;
    }

    if (arrival >= 0) {
        const Timestamp &at = events.at(arrival).occurredAt;
        o.arrivalMs = at.utcMs;
        const QDate arrivalDay = localDayOf(at);
        if (firstScan >= 0 && firstScan < arrival) {
            const QDate pickupDay = localDayOf(events.at(firstScan).occurredAt);
            // Dates in two offsets can run backwards by a day (picked up after midnight in
            // Delhi, arrived before midnight in London): bad or odd data is left out.
            if (pickupDay <= arrivalDay) {
                o.transitDays = static_cast<int>(pickupDay.daysTo(arrivalDay));
                o.transitBusinessDays = KpiCalendar::businessDaysAfter(pickupDay, arrivalDay);
            }
        }
        if (orderedAtMs) {
            const QDate orderDay = KpiCalendar::localDay(*orderedAtMs, at.offsetMinutes);
            if (orderDay <= arrivalDay)
                o.orderToDeliveryDays = static_cast<int>(orderDay.daysTo(arrivalDay));
        }
    }
    return o;
}

} // namespace ct
