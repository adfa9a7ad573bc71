// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"
#include "domain/timestamp.h"
#include "domain/trackingevent.h"
#include "rulesconfig.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

// The delivery-date model's warning that a shipment will likely miss its promise
// (predict::DelayRiskAssessor, set by the ingest that estimated it).
struct DelayRiskSignal
{
    qint64 sinceMs = 0; // when the chance first reached the threshold: the episode's trigger
    int permille = 0;   // the chance now
    QString detail;     // the chance and its reason, for people
};

// What the rules need to know about a shipment besides its events.
struct ShipmentFacts
{
    QString carrier;
    QString service;
    QString originCountry;
    QString destinationCountry;
    QString destinationState;        // with the country, names the destination's time zone
    qint64 orderValueCents = 0;
    QString currency;
    QDate promisedDate;              // promised to the customer at checkout
    DeliveryEstimate estimatedDelivery; // the carrier's estimate, used when nothing was promised
    std::optional<DelayRiskSignal> delayRisk; // at risk of missing the promise, by the delivery-date model

    bool isInternational() const
    {
        return !originCountry.isEmpty() && !destinationCountry.isEmpty()
               && originCountry != destinationCountry;
    }
};

// One occurrence of an exception condition in a shipment's life. `triggerMs` (when the
// condition began) identifies the occurrence together with the type, and starts its SLA
// clock; `clearedMs` is set once the timeline shows the condition over.
struct ExceptionEpisode
{
    ExceptionType type = ExceptionType::Stuck;
    NdrReason reason = NdrReason::None;
    ResponsibleParty party = ResponsibleParty::Carrier;
    qint64 triggerMs = 0;
    std::optional<qint64> clearedMs;
    int attemptCount = 0;
    qint64 lateByMs = 0;  // Delayed: how late (at delivery, or now)
    // The shipment's latest local offset: the promise is judged in it when the
    // destination's time zone is unknown (see ExceptionRules::deadlineMs).
    int fallbackOffsetMinutes = 0;
    QString detail;       // one line for people: "2 attempts; last: Customer unavailable"

    bool isOpen() const { return !clearedMs.has_value(); }
};

struct ExceptionPriority
{
    int score = 0; // 0..100
    int band = 4;  // 1 (most urgent) .. 4
};

// Derives exceptions from a shipment's timeline (docs/EXCEPTIONS.md gives each rule).
// Every episode in the timeline is found, past ones as already cleared, so the history
// is complete however late or out of order the events arrive. Stateless and thread-safe.
class ExceptionRules final
{
public:
    explicit ExceptionRules(RulesConfig config = {});

    // `events` sorted oldest first. Nothing after `nowMs` is expected.
    QList<ExceptionEpisode> detect(const ShipmentFacts &facts, const QList<TrackingEvent> &events,
                                   qint64 nowMs) const;

    // Urgency of an open episode at `nowMs`; `openedMs` starts the SLA clock and
    // `firstActionTaken` says whether the first-action deadline still applies.
    ExceptionPriority priority(const ExceptionEpisode &episode, const ShipmentFacts &facts,
                               qint64 nowMs, bool firstActionTaken = false) const;

    // The promise deadline, the last instant on time: the end of the promised date (else
    // of the carrier's estimate, or its exact time) at the destination, in the offset in
    // force there at local midnight (its time zone from the country and, where the
    // country has several, the state), or in `fallbackOffsetMinutes` when the zone is
    // unknown. nullopt when there is neither a promise nor an estimate.
    static std::optional<qint64> deadlineMs(const ShipmentFacts &facts, int fallbackOffsetMinutes);

    // Whether the delivery attempt at `attemptIndex` of `events` (sorted oldest first; an
    // AttemptFail or refused event) looks fake by the rule of docs/EXCEPTIONS.md: outside
    // the delivery day's hours, or no out-for-delivery scan that local day from a carrier
    // that sends them. Analytics judges every attempt with it (docs/KPIS.md).
    bool isFakeAttempt(const QList<TrackingEvent> &events, qsizetype attemptIndex) const;

    static NdrReason ndrReasonOf(Subtag subtag);
    static ResponsibleParty partyFor(ExceptionType type, NdrReason reason, Subtag trigger);

    const RulesConfig &config() const { return m_config; }

private:
    void detectFailedAttempts(const QList<TrackingEvent> &events, QList<ExceptionEpisode> &out) const;
    void detectDelays(const ShipmentFacts &facts, const QList<TrackingEvent> &events, qint64 nowMs,
                      QList<ExceptionEpisode> &out) const;
    void detectStuck(const ShipmentFacts &facts, const QList<TrackingEvent> &events, qint64 nowMs,
                     QList<ExceptionEpisode> &out) const;
    void detectForgotten(const QList<TrackingEvent> &events, qint64 nowMs,
                         QList<ExceptionEpisode> &out) const;
    void detectEventConditions(const QList<TrackingEvent> &events, QList<ExceptionEpisode> &out) const;
    void detectDelayRisk(const ShipmentFacts &facts, const QList<TrackingEvent> &events, qint64 nowMs,
                         QList<ExceptionEpisode> &out) const;
    void detectPickupNotCollected(const QList<TrackingEvent> &events, qint64 nowMs,
                                  QList<ExceptionEpisode> &out) const;
    bool looksFake(const QList<TrackingEvent> &events, qsizetype attemptIndex, bool carrierReportsOfd) const;

    RulesConfig m_config;
};

} // namespace ct
