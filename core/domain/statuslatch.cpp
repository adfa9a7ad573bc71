// SPDX-License-Identifier: MIT
#include "statuslatch.h"

namespace ct {

namespace {

bool isCarrierMovement(const TrackingEvent &e)
{
    return e.tag != Tag::Pending && e.tag != Tag::InfoReceived && e.tag != Tag::Expired;
}

} // namespace

bool StatusLatch::latches(const TrackingEvent &event)
{
    return event.tag == Tag::Delivered || event.tag == Tag::Expired
           || event.subtag == Subtag::ExceptionReturnedToSender;
}

bool StatusLatch::reopens(const TrackingEvent &latched, const TrackingEvent &later)
{
    // "Tracking expired" never ends a journey that has ended otherwise.
    if (later.tag == Tag::Expired)
        return latched.tag == Tag::Expired;
    // A delivery, or arrival back at the sender, is news whatever came before.
    if (later.tag == Tag::Delivered || later.subtag == Subtag::ExceptionReturnedToSender)
        return true;
    if (latched.tag == Tag::Expired)
        return isCarrierMovement(later); // the carrier reports again: tracking did not end
    if (later.subtag == Subtag::InTransitForwarded)
        return true; // re-consigned: forwarded to another address or carrier
    if (latched.tag == Tag::Delivered) {
        return later.tag == Tag::AttemptFail            // a redelivery attempt
               || later.tag == Tag::AvailableForPickup  // redelivered to a pickup point
               || later.subtag == Subtag::ExceptionReturningToSender // a return (RTO)
               || later.subtag == Subtag::ExceptionRefused;
    }
    return false; // back at the sender: only a new delivery or a forwarding moves it
}

// Walks the events once: which event gives the status, and which are overruled.
namespace {

template<typename Overruled>
qsizetype walk(const QList<TrackingEvent> &events, Overruled &&overruled)
{
    qsizetype status = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (status >= 0 && StatusLatch::latches(events.at(status))
            && !StatusLatch::reopens(events.at(status), events.at(i))) {
            overruled(i, status);
            continue;
        }
        status = i;
    }
    return status;
}

} // namespace

StatusLatch::Verdict StatusLatch::of(const QList<TrackingEvent> &events)
{
    Verdict v;
    qsizetype latestOverruled = -1;
    v.statusIndex = walk(events, [&](qsizetype i, qsizetype status) {
        if (latestOverruled < status)
            v.overruled = 0; // an earlier latch was reopened since
        ++v.overruled;
        latestOverruled = i;
    });
    if (latestOverruled > v.statusIndex) {
        const TrackingEvent &status = events.at(v.statusIndex);
        const TrackingEvent &later = events.at(latestOverruled);
        v.conflict =
            QStringLiteral("%1 at %2 stands: %3 later event(s) do not reopen it (latest: %4 \"%5\" at %6)")
                .arg(subtagCode(status.subtag), status.occurredAt.toIsoString())
                .arg(v.overruled)
                .arg(subtagCode(later.subtag), later.description, later.occurredAt.toIsoString());
    } else {
        v.overruled = 0;
    }
    return v;
}

QList<TrackingEvent> StatusLatch::effectiveEvents(const QList<TrackingEvent> &events)
{
    QList<qsizetype> dropped;
    walk(events, [&](qsizetype i, qsizetype) { dropped.append(i); });
    if (dropped.isEmpty())
        return events;
    QList<TrackingEvent> kept;
    kept.reserve(events.size() - dropped.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (next < dropped.size() && dropped.at(next) == i) {
            ++next;
            continue;
        }
        kept.append(events.at(i));
    }
    return kept;
}

} // namespace ct
