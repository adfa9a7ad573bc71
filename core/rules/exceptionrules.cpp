// SPDX-License-Identifier: MIT
#include "exceptionrules.h"

#include "shipmenttimeline.h"

#include "domain/statuslatch.h"
#include "geo/timezoneresolver.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ct {

namespace {

int localHour(const Timestamp &t)
{
    const qint64 local = t.utcMs + t.offsetMinutes * MsPerMinute;
    qint64 msOfDay = local % MsPerDay;
    if (msOfDay < 0)
        msOfDay += MsPerDay;
    return static_cast<int>(msOfDay / MsPerHour);
}

bool isReturnToSender(Subtag s)
{
    return s == Subtag::ExceptionReturningToSender || s == Subtag::ExceptionReturnedToSender;
}

bool isDeclaredDelay(Subtag s)
{
    return s == Subtag::ExceptionDelayedExternal || s == Subtag::ExceptionDelayedCarrier;
}

// Events after which "no scan for a while" means the parcel is stuck. After an attempt,
// an exception, a delivery or at a pickup point, other rules own the silence.
bool canStartStuckGap(const TrackingEvent &e)
{
    return e.tag == Tag::InTransit || e.tag == Tag::OutForDelivery || e.tag == Tag::InfoReceived
           || e.tag == Tag::Pending;
}

// The last millisecond of `day` at the destination: local midnight after it, in the
// destination's zone (so a change of clocks that day counts), else in the fallback offset.
qint64 endOfDayAtDestination(const ShipmentFacts &facts, QDate day, int fallbackOffsetMinutes)
{
    const geo::TimeZoneResolver::Zone zone =
        geo::TimeZoneResolver::zoneFor(facts.destinationCountry, facts.destinationState);
    if (!zone.certain || zone.ianaId.isEmpty())
        return startOfDayMs(day.addDays(1), fallbackOffsetMinutes) - 1;
    // One resolver and one memo per thread keep the rules thread-safe; a zone has few
    // distinct promised days, and building a zone's midnight is the slow part.
    thread_local geo::TimeZoneResolver resolver;
    thread_local QHash<QPair<QByteArray, qint64>, qint64> ends;
    const QPair<QByteArray, qint64> key{zone.ianaId, day.toJulianDay()};
    if (const auto it = ends.constFind(key); it != ends.constEnd())
        return *it;
    if (ends.size() > 100'000)
        ends.clear();
    const qint64 end = resolver.resolveInZone(day.addDays(1), 0, zone.ianaId).utcMs - 1;
    ends.insert(key, end);
    return end;
}

QString formatDays(qint64 ms)
{
    const double days = static_cast<double>(ms) / MsPerDay;
    return QCoreApplication::translate("ct::ExceptionRules", "%1 days")
        .arg(QString::number(days, 'f', 1));
}

} // namespace

ExceptionRules::ExceptionRules(RulesConfig config) : m_config(std::move(config)) {}

NdrReason ExceptionRules::ndrReasonOf(Subtag subtag)
{
    switch (subtag) {
    case Subtag::AttemptFailAddresseeUnavailable: return NdrReason::CustomerUnavailable;
    case Subtag::AttemptFailBusinessClosed: return NdrReason::PremisesClosed;
    case Subtag::AttemptFailAddressIssue: return NdrReason::AddressIncomplete;
    case Subtag::AttemptFailRefused:
    case Subtag::ExceptionRefused: return NdrReason::Refused;
    case Subtag::AttemptFailNoAccess: return NdrReason::AccessIssue;
    case Subtag::AttemptFailRescheduleRequested: return NdrReason::FutureDeliveryRequested;
    case Subtag::AttemptFailCodNotReady: return NdrReason::CodNotReady;
    default: return NdrReason::Unspecified;
    }
}

ResponsibleParty ExceptionRules::partyFor(ExceptionType type, NdrReason reason, Subtag trigger)
{
    switch (type) {
    case ExceptionType::FailedAttempt:
        switch (reason) {
        case NdrReason::CustomerUnavailable:
        case NdrReason::PremisesClosed:
        case NdrReason::CodNotReady:
        case NdrReason::FutureDeliveryRequested:
        case NdrReason::AccessIssue: return ResponsibleParty::Customer;
        case NdrReason::AddressIncomplete:
        case NdrReason::Refused: return ResponsibleParty::Merchant;
        default: return ResponsibleParty::Carrier;
        }
    case ExceptionType::Delayed:
        return trigger == Subtag::ExceptionDelayedExternal ? ResponsibleParty::Weather
                                                          : ResponsibleParty::Carrier;
    case ExceptionType::CustomsHold:
        return trigger == Subtag::ExceptionHeldForPayment ? ResponsibleParty::Customer
                                                         : ResponsibleParty::Customs;
    case ExceptionType::PickupNotCollected: return ResponsibleParty::Customer;
    case ExceptionType::Forgotten:
    case ExceptionType::AddressIssue:
    case ExceptionType::ReturnToOrigin: return ResponsibleParty::Merchant;
    case ExceptionType::Stuck:
    case ExceptionType::AtRisk:
    case ExceptionType::Damaged:
    case ExceptionType::Lost: return ResponsibleParty::Carrier;
    }
    return ResponsibleParty::Carrier;
}

std::optional<qint64> ExceptionRules::deadlineMs(const ShipmentFacts &facts, int fallbackOffsetMinutes)
{
    if (facts.promisedDate.isValid())
        return endOfDayAtDestination(facts, facts.promisedDate, fallbackOffsetMinutes);
    if (facts.estimatedDelivery.isNull())
        return std::nullopt;
    if (facts.estimatedDelivery.hasTime)
        return facts.estimatedDelivery.at.utcMs;
    return endOfDayAtDestination(facts, facts.estimatedDelivery.date, fallbackOffsetMinutes);
}

bool ExceptionRules::looksFake(const QList<TrackingEvent> &events, qsizetype attemptIndex,
                               bool carrierReportsOfd) const
{
    const TrackingEvent &attempt = events.at(attemptIndex);
    const int hour = localHour(attempt.occurredAt);
    if (hour < m_config.deliveryDayStartHour || hour >= m_config.deliveryDayEndHour)
        return true;
    // Carriers that never send out-for-delivery scans cannot be judged by their absence.
    if (!carrierReportsOfd)
        return false;
    const QDate day = attempt.occurredAt.localDate();
    for (qsizetype j = attemptIndex - 1; j >= 0; --j) {
        const TrackingEvent &e = events.at(j);
        if (e.occurredAt.localDate() != day)
            break;
        if (e.tag == Tag::OutForDelivery)
            return false;
    }
    return true;
}

namespace {

bool reportsOutForDelivery(const QList<TrackingEvent> &events)
{
    return std::any_of(events.cbegin(), events.cend(), [](const TrackingEvent &e) { return e.tag == Tag::OutForDelivery; });
}

} // namespace

bool ExceptionRules::isFakeAttempt(const QList<TrackingEvent> &events, qsizetype attemptIndex) const
{
    return looksFake(events, attemptIndex, reportsOutForDelivery(events));
}

void ExceptionRules::detectFailedAttempts(const QList<TrackingEvent> &events,
                                          QList<ExceptionEpisode> &out) const
{
    const bool carrierReportsOfd = reportsOutForDelivery(events);
    qsizetype start = -1;
    qsizetype last = -1;
    int attempts = 0;
    auto record = [&](std::optional<qint64> cleared) {
        ExceptionEpisode ep;
        ep.type = ExceptionType::FailedAttempt;
        ep.reason = looksFake(events, last, carrierReportsOfd) ? NdrReason::FakeAttempt
                                                                : ndrReasonOf(events.at(last).subtag);
        ep.party = partyFor(ep.type, ep.reason, events.at(last).subtag);
        ep.triggerMs = events.at(start).occurredAt.utcMs;
        ep.clearedMs = cleared;
        ep.attemptCount = attempts;
        ep.detail = QCoreApplication::translate("ct::ExceptionRules", "%n attempt(s); last: %1", "", attempts)
                        .arg(ndrReasonLabel(ep.reason));
        out.append(ep);
    };
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TrackingEvent &e = events.at(i);
        if (e.tag == Tag::AttemptFail || e.subtag == Subtag::ExceptionRefused) {
            if (start < 0)
                start = i;
            last = i;
            ++attempts;
            continue;
        }
        const bool closes = e.tag == Tag::Delivered || e.tag == Tag::AvailableForPickup
                            || isReturnToSender(e.subtag);
        if (closes && start >= 0) {
            record(e.occurredAt.utcMs);
            start = -1;
            attempts = 0;
        }
    }
    if (start >= 0)
        record(std::nullopt);
}

void ExceptionRules::detectDelays(const ShipmentFacts &facts, const QList<TrackingEvent> &events,
                                  qint64 nowMs, QList<ExceptionEpisode> &out) const
{
    const ShipmentTimeline timeline = ShipmentTimeline::of(events);
    std::optional<qint64> rtoMs;
    for (const TrackingEvent &e : events) {
        if (isReturnToSender(e.subtag)) {
            rtoMs = e.occurredAt.utcMs;
            break;
        }
    }
    if (const auto deadline = deadlineMs(facts, timeline.lastOffsetMinutes)) {
        ExceptionEpisode ep;
        ep.type = ExceptionType::Delayed;
        ep.party = ResponsibleParty::Carrier;
        ep.triggerMs = *deadline + 1;
        // The promise is kept when the parcel is delivered or waits at a pickup point.
        std::optional<qint64> arrivedMs = timeline.deliveredMs;
        for (const TrackingEvent &e : events) {
            if (e.tag == Tag::AvailableForPickup) {
                if (!arrivedMs || e.occurredAt.utcMs < *arrivedMs)
                    arrivedMs = e.occurredAt.utcMs;
                break;
            }
        }
        std::optional<qint64> end = arrivedMs ? arrivedMs : rtoMs;
        if (end) {
            if (*end > *deadline) {
                ep.clearedMs = end;
                ep.lateByMs = *end - *deadline;
            }
        } else if (nowMs > *deadline) {
            ep.lateByMs = nowMs - *deadline;
        }
        if (ep.lateByMs > 0) {
            ep.detail = QCoreApplication::translate("ct::ExceptionRules", "late by %1")
                            .arg(formatDays(ep.lateByMs));
            out.append(ep);
        }
    }
    // Delays the carrier declares itself (weather, network), whatever the promise.
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TrackingEvent &e = events.at(i);
        if (!isDeclaredDelay(e.subtag) || (i > 0 && isDeclaredDelay(events.at(i - 1).subtag)))
            continue;
        ExceptionEpisode ep;
        ep.type = ExceptionType::Delayed;
        ep.party = partyFor(ep.type, NdrReason::None, e.subtag);
        ep.triggerMs = e.occurredAt.utcMs;
        ep.detail = e.description.isEmpty() ? subtagLabel(e.subtag) : e.description;
        for (qsizetype j = i + 1; j < events.size(); ++j) {
            const Tag t = events.at(j).tag;
            if (t == Tag::InTransit || t == Tag::OutForDelivery || t == Tag::Delivered
                || t == Tag::AvailableForPickup) {
                ep.clearedMs = events.at(j).occurredAt.utcMs;
                break;
            }
        }
        out.append(ep);
    }
}

void ExceptionRules::detectStuck(const ShipmentFacts &facts, const QList<TrackingEvent> &events,
                                 qint64 nowMs, QList<ExceptionEpisode> &out) const
{
    const qint64 threshold =
        m_config.stuckHours(facts.carrier, facts.service, facts.isInternational()) * MsPerHour;
    qsizetype prev = -1;
    auto gap = [&](const TrackingEvent &from, std::optional<qint64> clearedMs) {
        ExceptionEpisode ep;
        ep.type = ExceptionType::Stuck;
        ep.party = ResponsibleParty::Carrier;
        ep.triggerMs = from.occurredAt.utcMs + threshold;
        ep.clearedMs = clearedMs;
        const QString place = from.city.isEmpty() ? from.country : from.city;
        ep.detail = place.isEmpty()
                        ? QCoreApplication::translate("ct::ExceptionRules", "no scan after \"%1\"")
                              .arg(from.description)
                        : QCoreApplication::translate("ct::ExceptionRules", "no scan after \"%1\" in %2")
                              .arg(from.description, place);
        out.append(ep);
    };
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TrackingEvent &e = events.at(i);
        if (e.tag == Tag::Expired)
            continue; // the carrier giving up is not a scan
        if (prev < 0) {
            if (isCarrierScan(e))
                prev = i; // silence before the first scan is the Forgotten rule's
            continue;
        }
        const TrackingEvent &from = events.at(prev);
        if (canStartStuckGap(from) && e.occurredAt.utcMs - from.occurredAt.utcMs > threshold)
            gap(from, e.occurredAt.utcMs);
        prev = i;
    }
    if (prev >= 0) {
        const TrackingEvent &from = events.at(prev);
        if (canStartStuckGap(from) && nowMs - from.occurredAt.utcMs > threshold)
            gap(from, std::nullopt);
    }
}

void ExceptionRules::detectForgotten(const QList<TrackingEvent> &events, qint64 nowMs,
                                     QList<ExceptionEpisode> &out) const
{
    if (events.isEmpty() || isCarrierScan(events.constFirst()))
        return;
    const qint64 labelMs = events.constFirst().occurredAt.utcMs;
    const qint64 threshold = m_config.forgottenAfterHours * MsPerHour;
    const auto scan = std::find_if(events.cbegin(), events.cend(), isCarrierScan);
    ExceptionEpisode ep;
    ep.type = ExceptionType::Forgotten;
    ep.party = ResponsibleParty::Merchant;
    ep.triggerMs = labelMs + threshold;
    ep.detail = QCoreApplication::translate("ct::ExceptionRules", "label created, not handed to the carrier");
    if (scan != events.cend()) {
        if (scan->occurredAt.utcMs - labelMs <= threshold)
            return;
        ep.clearedMs = scan->occurredAt.utcMs;
    } else if (nowMs - labelMs <= threshold) {
        return;
    }
    out.append(ep);
}

void ExceptionRules::detectEventConditions(const QList<TrackingEvent> &events,
                                           QList<ExceptionEpisode> &out) const
{
    struct Condition
    {
        ExceptionType type;
        std::function<bool(const TrackingEvent &)> starts;
        std::function<bool(const TrackingEvent &)> clears; // empty: never clears by itself
    };
    const Condition conditions[] = {
        {ExceptionType::AddressIssue,
         [](const TrackingEvent &e) {
             return e.subtag == Subtag::ExceptionAddressProblem || e.subtag == Subtag::ExceptionCustomerMoved;
         },
         [](const TrackingEvent &e) {
             return e.tag == Tag::OutForDelivery || e.tag == Tag::Delivered
                    || e.tag == Tag::AvailableForPickup || e.subtag == Subtag::InTransitForwarded
                    || e.subtag == Subtag::InTransitProblemResolved;
         }},
        {ExceptionType::Damaged, [](const TrackingEvent &e) { return e.subtag == Subtag::ExceptionDamaged; }, {}},
        {ExceptionType::Lost, [](const TrackingEvent &e) { return e.subtag == Subtag::ExceptionLost; },
         [](const TrackingEvent &e) { return isCarrierScan(e) && e.subtag != Subtag::ExceptionLost; }},
        {ExceptionType::CustomsHold,
         [](const TrackingEvent &e) {
             return e.subtag == Subtag::ExceptionCustomsHold || e.subtag == Subtag::ExceptionHeldForPayment;
         },
         [](const TrackingEvent &e) {
             return e.tag != Tag::Expired && e.subtag != Subtag::ExceptionCustomsHold
                    && e.subtag != Subtag::ExceptionHeldForPayment;
         }},
        {ExceptionType::ReturnToOrigin, [](const TrackingEvent &e) { return isReturnToSender(e.subtag); }, {}},
    };
    for (const Condition &c : conditions) {
        qsizetype open = -1;
        qsizetype latestTrigger = -1;
        auto record = [&](std::optional<qint64> cleared) {
            const TrackingEvent &trigger = events.at(open);
            const TrackingEvent &latest = events.at(latestTrigger);
            ExceptionEpisode ep;
            ep.type = c.type;
            ep.party = partyFor(c.type, NdrReason::None, latest.subtag);
            ep.triggerMs = trigger.occurredAt.utcMs;
            ep.clearedMs = cleared;
            ep.detail = latest.description.isEmpty() ? subtagLabel(latest.subtag) : latest.description;
            out.append(ep);
        };
        for (qsizetype i = 0; i < events.size(); ++i) {
            const TrackingEvent &e = events.at(i);
            if (c.starts(e)) {
                if (open < 0)
                    open = i;
                latestTrigger = i;
            } else if (open >= 0 && c.clears && c.clears(e)) {
                record(e.occurredAt.utcMs);
                open = -1;
            }
        }
        if (open >= 0)
            record(std::nullopt);
    }
}

void ExceptionRules::detectDelayRisk(const ShipmentFacts &facts, const QList<TrackingEvent> &events, qint64 nowMs,
                                     QList<ExceptionEpisode> &out) const
{
    // Only a warning before the promise breaks: once the parcel arrived, went back, or the
    // promise is past (or the carrier itself declared a delay) other rules own it.
    if (!facts.delayRisk)
        return;
    const ShipmentTimeline timeline = ShipmentTimeline::of(events);
    if (timeline.deliveredMs || isTerminal(timeline.tag) || timeline.tag == Tag::AvailableForPickup)
        return;
    const bool returning = std::any_of(events.cbegin(), events.cend(), [](const TrackingEvent &e) {
        return isReturnToSender(e.subtag);
    });
    const bool delayed = std::any_of(out.cbegin(), out.cend(), [](const ExceptionEpisode &ep) {
        return ep.type == ExceptionType::Delayed && ep.isOpen();
    });
    const auto deadline = deadlineMs(facts, timeline.lastOffsetMinutes);
    if (returning || delayed || !deadline || nowMs > *deadline)
        return;
    ExceptionEpisode ep;
    ep.type = ExceptionType::AtRisk;
    ep.party = partyFor(ep.type, NdrReason::None, Subtag::Exception);
    ep.triggerMs = std::min(facts.delayRisk->sinceMs, nowMs);
    ep.detail = facts.delayRisk->detail;
    out.append(ep);
}

void ExceptionRules::detectPickupNotCollected(const QList<TrackingEvent> &events, qint64 nowMs,
                                              QList<ExceptionEpisode> &out) const
{
    const qint64 hold = m_config.pickupHoldDays * MsPerDay;
    qsizetype waitStart = -1;
    std::optional<qint64> declaredMs; // the carrier said "not collected"
    auto record = [&](qint64 endMs, std::optional<qint64> cleared) {
        const qint64 startMs = events.at(waitStart).occurredAt.utcMs;
        std::optional<qint64> trigger = declaredMs;
        if (endMs - startMs > hold)
            trigger = std::min(trigger.value_or(startMs + hold), startMs + hold);
        if (!trigger)
            return;
        ExceptionEpisode ep;
        ep.type = ExceptionType::PickupNotCollected;
        ep.party = ResponsibleParty::Customer;
        ep.triggerMs = *trigger;
        ep.clearedMs = cleared;
        const TrackingEvent &at = events.at(waitStart);
        ep.detail = at.city.isEmpty()
                        ? QCoreApplication::translate("ct::ExceptionRules", "waiting at pickup point")
                        : QCoreApplication::translate("ct::ExceptionRules", "waiting at pickup point in %1").arg(at.city);
        out.append(ep);
    };
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TrackingEvent &e = events.at(i);
        if (e.tag == Tag::AvailableForPickup || e.subtag == Subtag::ExceptionPickupNotCollected) {
            if (waitStart < 0)
                waitStart = i;
            if (e.subtag == Subtag::ExceptionPickupNotCollected && !declaredMs)
                declaredMs = e.occurredAt.utcMs;
            continue;
        }
        if (waitStart >= 0 && (e.tag == Tag::Delivered || isReturnToSender(e.subtag))) {
            record(e.occurredAt.utcMs, e.occurredAt.utcMs);
            waitStart = -1;
            declaredMs.reset();
        }
    }
    if (waitStart >= 0)
        record(nowMs, std::nullopt);
}

QList<ExceptionEpisode> ExceptionRules::detect(const ShipmentFacts &facts,
                                               const QList<TrackingEvent> &timeline, qint64 nowMs) const
{
    // Scans a terminal state overruled (docs/TAXONOMY.md) open nothing: a stray scan
    // after delivery is not a parcel stuck in transit.
    const QList<TrackingEvent> events = StatusLatch::effectiveEvents(timeline);
    QList<ExceptionEpisode> out;
    detectFailedAttempts(events, out);
    detectDelays(facts, events, nowMs, out);
    detectStuck(facts, events, nowMs, out);
    detectForgotten(events, nowMs, out);
    detectEventConditions(events, out);
    detectPickupNotCollected(events, nowMs, out);
    detectDelayRisk(facts, events, nowMs, out);
    const int offset = events.isEmpty() ? 0 : events.constLast().occurredAt.offsetMinutes;
    for (ExceptionEpisode &ep : out)
        ep.fallbackOffsetMinutes = offset;
    return out;
}

ExceptionPriority ExceptionRules::priority(const ExceptionEpisode &episode, const ShipmentFacts &facts,
                                           qint64 nowMs, bool firstActionTaken) const
{
    const RulesConfig &c = m_config;
    double points = c.basePoints[static_cast<size_t>(episode.type)];

    const double usd = static_cast<double>(facts.orderValueCents) / 100.0
                       * c.usdPerUnit.value(facts.currency.toUpper(), 1.0);
    if (usd > 0) {
        const double v = c.valuePointsMax * std::log10(1.0 + usd / 10.0)
                         / std::log10(1.0 + c.valueForMaxPointsUsd / 10.0);
        points += std::min<double>(c.valuePointsMax, std::round(v));
    }

    qint64 lateMs = episode.type == ExceptionType::Delayed ? episode.lateByMs : 0;
    if (episode.type != ExceptionType::Delayed) {
        if (const auto deadline = deadlineMs(facts, episode.fallbackOffsetMinutes); deadline && nowMs > *deadline)
            lateMs = nowMs - *deadline;
    }
    const qint64 lateDays = lateMs / MsPerDay;
    points += std::min<qint64>(c.latenessPointsMax, c.latenessPointsPerDay * lateDays);

    points += std::min(c.attemptPointsMax, c.attemptPointsEach * episode.attemptCount);

    const SlaPolicy &sla = c.slaFor(episode.type);
    const qint64 resolveDue = episode.triggerMs + sla.resolveHours * MsPerHour;
    const qint64 due = firstActionTaken ? resolveDue
                                        : episode.triggerMs + sla.firstActionHours * MsPerHour;
    double fraction = 1.0;
    if (nowMs < resolveDue) {
        const double window = static_cast<double>(due - episode.triggerMs);
        fraction = std::clamp(static_cast<double>(nowMs - episode.triggerMs) / window, 0.0, 1.0);
    }
    points += std::round(c.slaPointsMax * fraction);

    ExceptionPriority p;
    p.score = std::clamp(static_cast<int>(points), 0, 100);
    p.band = p.score >= 70 ? 1 : p.score >= 45 ? 2 : p.score >= 25 ? 3 : 4;
    return p;
}

} // namespace ct
