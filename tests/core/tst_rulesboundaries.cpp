// SPDX-License-Identifier: MIT
// The exception rules at their thresholds (docs/EXCEPTIONS.md): every threshold gets rows
// at exactly the threshold, one unit before and one unit after (a millisecond for times,
// a cent or a point for priority), and every rule that opens an exception gets a row for
// each kind of event that may follow it (and each new exception of another type), with
// the episode open or cleared as documented.
// Every instant is fixed; expected values are computed by hand in the comments.
#include "rulestestsupport.h"

#include <QTest>

using namespace ct;
using ct::rulestest::at;
using ct::rulestest::ofType;

namespace {

constexpr qint64 H = MsPerHour;
constexpr qint64 D = MsPerDay;

// An event at an ISO time with offset ("2026-06-10T14:47:00-06:00"), `plusMs` later.
TrackingEvent ev(const char *iso, Subtag subtag, qint64 plusMs = 0)
{
    TrackingEvent e = rulestest::ev(iso, subtag);
    e.occurredAt.utcMs += plusMs;
    return e;
}

ShipmentFacts facts(const char *destination = "US", const char *state = "")
{
    ShipmentFacts f;
    f.carrier = QStringLiteral("usps");
    f.originCountry = QStringLiteral("US");
    f.destinationCountry = QString::fromLatin1(destination);
    f.destinationState = QString::fromLatin1(state);
    f.currency = QStringLiteral("USD");
    return f;
}

// An open episode (std::nullopt) or the instant it cleared.
using Cleared = std::optional<qint64>;

// The events that open `rule` (an ExceptionType, or -1 for the carrier's declared delay)
// before 2026-06-10T15:00Z, on a domestic French parcel (stuck after 72 h); sets the
// promise where the rule needs one.
QList<TrackingEvent> opening(int rule, ShipmentFacts &f)
{
    f.originCountry = QStringLiteral("FR");
    switch (rule) {
    case -1: return {ev("2026-06-09T10:00:00Z", Subtag::InTransitDeparted), ev("2026-06-10T10:00:00Z", Subtag::ExceptionDelayedExternal)};
    case int(ExceptionType::FailedAttempt):
        return {ev("2026-06-10T08:00:00Z", Subtag::OutForDelivery), ev("2026-06-10T10:00:00Z", Subtag::AttemptFailAddresseeUnavailable)};
    case int(ExceptionType::Delayed):
        f.promisedDate = QDate(2026, 6, 8);
        return {ev("2026-06-09T20:00:00Z", Subtag::InTransitDeparted)};
    case int(ExceptionType::Stuck): return {ev("2026-06-06T10:00:00Z", Subtag::InTransitDeparted)};
    case int(ExceptionType::Forgotten): return {ev("2026-06-06T10:00:00Z", Subtag::InfoReceived)};
    case int(ExceptionType::AddressIssue): return {ev("2026-06-10T10:00:00Z", Subtag::ExceptionAddressProblem)};
    case int(ExceptionType::Damaged): return {ev("2026-06-10T10:00:00Z", Subtag::ExceptionDamaged)};
    case int(ExceptionType::Lost): return {ev("2026-06-10T10:00:00Z", Subtag::ExceptionLost)};
    case int(ExceptionType::CustomsHold): return {ev("2026-06-10T10:00:00Z", Subtag::ExceptionCustomsHold)};
    case int(ExceptionType::PickupNotCollected): return {ev("2026-06-04T10:00:00Z", Subtag::AvailableForPickup)};
    case int(ExceptionType::ReturnToOrigin): return {ev("2026-06-10T10:00:00Z", Subtag::ExceptionReturningToSender)};
    }
    qFatal("no opening for rule %d", rule);
}

// `rule`'s opening, then `next` at 2026-06-10T15:00Z, judged an hour later: the episode the
// opening opened (open just before `next`) and every episode after; nullopt when the
// opening does not open exactly one episode of the rule's type.
struct FollowedBy
{
    ExceptionType type;
    ExceptionEpisode opened;
    qint64 nextMs;
    QList<ExceptionEpisode> after;
};

std::optional<FollowedBy> followedBy(int rule, Subtag next)
{
    FollowedBy out;
    out.type = rule < 0 ? ExceptionType::Delayed : static_cast<ExceptionType>(rule);
    ShipmentFacts f = facts("FR");
    QList<TrackingEvent> events = opening(rule, f);
    out.nextMs = at("2026-06-10T15:00:00Z");
    const auto before = ofType(ExceptionRules().detect(f, events, out.nextMs - 1), out.type);
    if (before.size() != 1 || !before[0].isOpen())
        return std::nullopt;
    out.opened = before[0];
    events.append(ev("2026-06-10T15:00:00Z", next));
    out.after = ExceptionRules().detect(f, events, out.nextMs + H);
    return out;
}

} // namespace

class TestRulesBoundaries : public QObject
{
    Q_OBJECT

private slots:
    // Stuck: no scan for longer than the lane's threshold (72 h domestic, 120 h abroad,
    // or per carrier and service). Exactly the threshold is not stuck yet.
    void stuck_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("lane");      // "usps=96", "usps/Priority Mail=48", or empty
        QTest::addColumn<qint64>("thresholdMs"); // the one that applies, for the trigger
        QTest::addColumn<qint64>("gapMs");       // from the last scan to the next one (or to now)
        QTest::addColumn<bool>("resumed");       // a next scan ends the gap
        QTest::addColumn<bool>("stuck");
        const struct
        {
            const char *name;
            const char *destination;
            const char *lane;
            qint64 threshold;
        } lanes[] = {
            {"domestic 72 h", "US", "", 72 * H},
            {"international 120 h", "DE", "", 120 * H},
            {"carrier 96 h", "US", "usps=96", 96 * H},
            {"carrier and service 48 h", "US", "usps/Priority Mail=48", 48 * H},
        };
        for (const auto &l : lanes) {
            for (const bool resumed : {false, true}) {
                const char *how = resumed ? "next scan" : "silent";
                for (const qint64 delta : {-1, 0, 1}) {
                    QTest::addRow("%s, %s at threshold %+lld ms", l.name, how, static_cast<long long>(delta))
                        << QString::fromLatin1(l.destination) << QString::fromLatin1(l.lane) << l.threshold
                        << l.threshold + delta << resumed << (delta > 0);
                }
            }
        }
    }

    void stuck()
    {
        QFETCH(QString, destination);
        QFETCH(QString, lane);
        QFETCH(qint64, thresholdMs);
        QFETCH(qint64, gapMs);
        QFETCH(bool, resumed);
        QFETCH(bool, stuck);
        RulesConfig config;
        if (!lane.isEmpty())
            config.stuckHoursByLane.insert(lane.section(QLatin1Char('='), 0, 0), lane.section(QLatin1Char('='), 1).toInt());
        ShipmentFacts f = facts(destination.toLatin1().constData());
        f.service = QStringLiteral("Priority Mail");
        const qint64 scanMs = at("2026-06-10T08:00:00Z");
        QList<TrackingEvent> events = {ev("2026-06-09T20:00:00Z", Subtag::InTransitAccepted),
                                       ev("2026-06-10T08:00:00Z", Subtag::InTransitDeparted)};
        qint64 nowMs = scanMs + gapMs;
        if (resumed) {
            events.append(ev("2026-06-10T08:00:00Z", Subtag::InTransitArrivedAtFacility, gapMs));
            nowMs += H;
        }
        // The gap between the first two scans (12 h) is under every threshold.
        const auto found = ofType(ExceptionRules(config).detect(f, events, nowMs), ExceptionType::Stuck);
        QCOMPARE(found.size(), stuck ? 1 : 0);
        if (stuck) {
            QCOMPARE(found[0].triggerMs, scanMs + thresholdMs);
            QCOMPARE(found[0].clearedMs, resumed ? Cleared(scanMs + gapMs) : Cleared());
        }
    }

    // Elapsed time, not wall-clock time: 72 h across the US's autumn change is 71 h on
    // the local clock, 72 h across Europe's spring change 73 h.
    void stuckAcrossDaylightSavingChanges_data()
    {
        QTest::addColumn<QString>("lastScan");
        QTest::addColumn<qint64>("sinceMs");
        QTest::addColumn<bool>("stuck");
        QTest::newRow("US autumn, 72 h") << "2026-10-31T12:00:00-04:00" << 72 * H << false;
        QTest::newRow("US autumn, 72 h + 1 ms") << "2026-10-31T12:00:00-04:00" << 72 * H + 1 << true;
        QTest::newRow("EU spring, 72 h") << "2026-03-28T12:00:00+01:00" << 72 * H << false;
        QTest::newRow("EU spring, 72 h + 1 ms") << "2026-03-28T12:00:00+01:00" << 72 * H + 1 << true;
        QTest::newRow("New Year, 72 h") << "2026-12-30T12:00:00-05:00" << 72 * H << false;
        QTest::newRow("New Year, 72 h + 1 ms") << "2026-12-30T12:00:00-05:00" << 72 * H + 1 << true;
    }

    void stuckAcrossDaylightSavingChanges()
    {
        QFETCH(QString, lastScan);
        QFETCH(qint64, sinceMs);
        QFETCH(bool, stuck);
        const TrackingEvent scan = ev(lastScan.toLatin1().constData(), Subtag::InTransitDeparted);
        const auto found = ofType(ExceptionRules().detect(facts(), {scan}, scan.occurredAt.utcMs + sinceMs),
                                  ExceptionType::Stuck);
        QCOMPARE(found.size(), stuck ? 1 : 0);
    }

    // Never scanned: only a label for longer than forgotten_after_hours (48 h).
    void forgotten_data()
    {
        QTest::addColumn<qint64>("sinceLabelMs"); // to the first scan, or to now
        QTest::addColumn<bool>("scanned");
        QTest::addColumn<bool>("forgotten");
        for (const bool scanned : {false, true}) {
            for (const qint64 delta : {-1, 0, 1})
                QTest::addRow("%s at 48 h %+lld ms", scanned ? "first scan" : "silent", static_cast<long long>(delta))
                    << 48 * H + delta << scanned << (delta > 0);
        }
    }

    void forgotten()
    {
        QFETCH(qint64, sinceLabelMs);
        QFETCH(bool, scanned);
        QFETCH(bool, forgotten);
        const qint64 labelMs = at("2026-06-12T23:30:00Z"); // a Friday night: the weekend counts too
        QList<TrackingEvent> events = {ev("2026-06-12T23:30:00Z", Subtag::InfoReceived)};
        qint64 nowMs = labelMs + sinceLabelMs;
        if (scanned) {
            events.append(ev("2026-06-12T23:30:00Z", Subtag::InTransitAccepted, sinceLabelMs));
            nowMs += H;
        }
        const auto found = ofType(ExceptionRules().detect(facts(), events, nowMs), ExceptionType::Forgotten);
        QCOMPARE(found.size(), forgotten ? 1 : 0);
        if (forgotten) {
            QCOMPARE(found[0].triggerMs, labelMs + 48 * H);
            QCOMPARE(found[0].clearedMs, scanned ? Cleared(labelMs + sinceLabelMs) : Cleared());
        }
    }

    // Not collected: waiting at a pickup point longer than pickup_hold_days (5 x 24 h).
    void pickupHold_data()
    {
        QTest::addColumn<qint64>("waitMs"); // to the collection, or to now
        QTest::addColumn<bool>("collected");
        QTest::addColumn<bool>("notCollected");
        for (const bool collected : {false, true}) {
            for (const qint64 delta : {-1, 0, 1})
                QTest::addRow("%s at 5 days %+lld ms", collected ? "collected" : "waiting", static_cast<long long>(delta))
                    << 5 * D + delta << collected << (delta > 0);
        }
    }

    void pickupHold()
    {
        QFETCH(qint64, waitMs);
        QFETCH(bool, collected);
        QFETCH(bool, notCollected);
        const qint64 arrivedMs = at("2026-10-22T16:00:00+02:00"); // the wait spans Europe's autumn change
        QList<TrackingEvent> events = {ev("2026-10-22T16:00:00+02:00", Subtag::AvailableForPickup)};
        qint64 nowMs = arrivedMs + waitMs;
        if (collected) {
            events.append(ev("2026-10-22T16:00:00+02:00", Subtag::DeliveredPickedUp, waitMs));
            nowMs += H;
        }
        const auto found = ofType(ExceptionRules().detect(facts("FR"), events, nowMs), ExceptionType::PickupNotCollected);
        QCOMPARE(found.size(), notCollected ? 1 : 0);
        if (notCollected) {
            QCOMPARE(found[0].triggerMs, arrivedMs + 5 * D);
            QCOMPARE(found[0].clearedMs, collected ? Cleared(arrivedMs + waitMs) : Cleared());
        }
    }

    // Fake attempt: local time outside [delivery_day_start_hour, delivery_day_end_hour)
    // (07-21), or no out-for-delivery scan on the attempt's local day.
    void fakeAttempt_data()
    {
        QTest::addColumn<QString>("outForDelivery");
        QTest::addColumn<qint64>("ofdPlusMs");
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<qint64>("plusMs"); // added to the attempt
        QTest::addColumn<int>("startHour");
        QTest::addColumn<bool>("fake");
        const char *ofd = "2026-06-10T05:00:00-06:00";
        QTest::newRow("06:59:59.999") << ofd << qint64(0) << "2026-06-10T07:00:00-06:00" << qint64(-1) << 7 << true;
        QTest::newRow("07:00") << ofd << qint64(0) << "2026-06-10T07:00:00-06:00" << qint64(0) << 7 << false;
        QTest::newRow("07:00:00.001") << ofd << qint64(0) << "2026-06-10T07:00:00-06:00" << qint64(1) << 7 << false;
        QTest::newRow("20:59:59.999") << ofd << qint64(0) << "2026-06-10T21:00:00-06:00" << qint64(-1) << 7 << false;
        QTest::newRow("21:00") << ofd << qint64(0) << "2026-06-10T21:00:00-06:00" << qint64(0) << 7 << true;
        QTest::newRow("21:00:00.001") << ofd << qint64(0) << "2026-06-10T21:00:00-06:00" << qint64(1) << 7 << true;
        // The local hour, not the UTC one: 07:00 in India is 01:30 UTC.
        QTest::newRow("07:00 at +05:30") << "2026-06-10T06:00:00+05:30" << qint64(0) << "2026-06-10T07:00:00+05:30" << qint64(0) << 7 << false;
        QTest::newRow("06:59:59.999 at +05:30") << "2026-06-10T06:00:00+05:30" << qint64(0) << "2026-06-10T07:00:00+05:30" << qint64(-1) << 7 << true;
        // A start hour from the settings.
        QTest::newRow("start 08: 07:59:59.999") << ofd << qint64(0) << "2026-06-10T08:00:00-06:00" << qint64(-1) << 8 << true;
        QTest::newRow("start 08: 08:00") << ofd << qint64(0) << "2026-06-10T08:00:00-06:00" << qint64(0) << 8 << false;
        // The local day: 20:30 in Los Angeles is the next day in UTC, still the day of the
        // morning's delivery run.
        QTest::newRow("local day, not UTC day") << "2026-06-10T08:00:00-07:00" << qint64(0) << "2026-06-10T20:30:00-07:00" << qint64(0) << 7 << false;
        // The delivery run at local midnight counts for that day; one a millisecond before
        // belongs to the day before.
        QTest::newRow("run at 00:00 the same day") << "2026-06-10T00:00:00-06:00" << qint64(0) << "2026-06-10T09:00:00-06:00" << qint64(0) << 7 << false;
        QTest::newRow("run at 23:59:59.999 the day before") << "2026-06-10T00:00:00-06:00" << qint64(-1) << "2026-06-10T09:00:00-06:00" << qint64(0) << 7 << true;
    }

    void fakeAttempt()
    {
        QFETCH(QString, outForDelivery);
        QFETCH(qint64, ofdPlusMs);
        QFETCH(QString, attempt);
        QFETCH(qint64, plusMs);
        QFETCH(int, startHour);
        QFETCH(bool, fake);
        RulesConfig config;
        config.deliveryDayStartHour = startHour;
        const QList<TrackingEvent> events = {ev(outForDelivery.toLatin1().constData(), Subtag::OutForDelivery, ofdPlusMs),
                                             ev(attempt.toLatin1().constData(), Subtag::AttemptFailAddresseeUnavailable, plusMs)};
        const auto found = ofType(ExceptionRules(config).detect(facts(), events, events.last().occurredAt.utcMs + H),
                                  ExceptionType::FailedAttempt);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].reason, fake ? NdrReason::FakeAttempt : NdrReason::CustomerUnavailable);
        QCOMPARE(found[0].party, fake ? ResponsibleParty::Carrier : ResponsibleParty::Customer);
    }

    // Delayed: not arrived by the end of the promised date at the destination. The
    // promise ends at 23:59:59.999 local; the delay starts at local midnight.
    void promiseDeadline_data()
    {
        QTest::addColumn<QString>("destination"); // "US/NY", "IN", ...
        QTest::addColumn<QDate>("promised");
        QTest::addColumn<QString>("lastScan");    // where the parcel was last seen, with its offset
        QTest::addColumn<int>("arrivalOffset");   // minutes, at the destination when it arrives
        QTest::addColumn<qint64>("endOfPromiseMs"); // by hand: local midnight after the promised day - 1 ms
        QTest::addColumn<qint64>("plusMs");       // arrival (or now) = endOfPromise + plusMs
        QTest::addColumn<QString>("arrival");     // "", "delivered", "pickup point"
        const struct
        {
            const char *name;
            const char *destination;
            QDate promised;
            const char *lastScan;
            int arrivalOffset;
            const char *endOfPromise;
        } cases[] = {
            {"Chicago", "US/IL", QDate(2026, 6, 12), "2026-06-11T09:00:00-05:00", -300, "2026-06-13T05:00:00Z"},
            {"Mumbai", "IN", QDate(2026, 6, 12), "2026-06-11T09:00:00+05:30", 330, "2026-06-12T18:30:00Z"},
            {"London on New Year's Eve", "GB", QDate(2026, 12, 31), "2026-12-30T09:00:00+00:00", 0, "2027-01-01T00:00:00Z"},
            {"Berlin, 29 February", "DE", QDate(2028, 2, 29), "2028-02-28T09:00:00+01:00", 60, "2028-02-29T23:00:00Z"},
            // A change of clocks between the last scan and the end of the promise: the end
            // is local midnight at the destination in the offset in force then.
            {"Berlin, autumn change", "DE", QDate(2026, 10, 25), "2026-10-24T18:00:00+02:00", 60, "2026-10-25T23:00:00Z"},
            {"Berlin, spring change", "DE", QDate(2026, 3, 29), "2026-03-28T18:00:00+01:00", 120, "2026-03-29T22:00:00Z"},
            {"New York, autumn change", "US/NY", QDate(2026, 11, 1), "2026-10-31T18:00:00-04:00", -300, "2026-11-02T05:00:00Z"},
            {"New York, spring change", "US/NY", QDate(2026, 3, 8), "2026-03-07T18:00:00-05:00", -240, "2026-03-09T04:00:00Z"},
            // Last seen far from the destination: the promise is the customer's day.
            {"Delhi to London, last seen in Delhi", "GB", QDate(2026, 6, 20), "2026-06-19T20:00:00+05:30", 60, "2026-06-20T23:00:00Z"},
        };
        for (const auto &c : cases) {
            for (const char *arrival : {"", "delivered", "pickup point"}) {
                for (const qint64 delta : {-1, 0, 1}) {
                    QTest::addRow("%s, %s at local midnight %+lld ms", c.name, *arrival ? arrival : "not arrived",
                                  static_cast<long long>(delta))
                        << QString::fromLatin1(c.destination) << c.promised << QString::fromLatin1(c.lastScan)
                        << c.arrivalOffset << at(c.endOfPromise) - 1 << delta + 1 << QString::fromLatin1(arrival);
                }
            }
        }
    }

    void promiseDeadline()
    {
        QFETCH(QString, destination);
        QFETCH(QDate, promised);
        QFETCH(QString, lastScan);
        QFETCH(int, arrivalOffset);
        QFETCH(qint64, endOfPromiseMs);
        QFETCH(qint64, plusMs);
        QFETCH(QString, arrival);
        ShipmentFacts f = facts(destination.section(QLatin1Char('/'), 0, 0).toLatin1().constData(),
                                destination.section(QLatin1Char('/'), 1).toLatin1().constData());
        f.promisedDate = promised;
        QCOMPARE(ExceptionRules::deadlineMs(f, 0), std::optional<qint64>(endOfPromiseMs));
        const qint64 endMs = endOfPromiseMs + plusMs;
        const TrackingEvent scan = ev(lastScan.toLatin1().constData(), Subtag::InTransitDeparted);
        QList<TrackingEvent> events = {scan};
        qint64 nowMs = endMs;
        if (!arrival.isEmpty()) {
            TrackingEvent arrived = scan;
            arrived.subtag = arrival == QLatin1String("delivered") ? Subtag::Delivered : Subtag::AvailableForPickup;
            arrived.tag = tagOf(arrived.subtag);
            arrived.occurredAt = Timestamp{endMs, static_cast<qint16>(arrivalOffset)};
            events.append(arrived);
            nowMs += H;
        }
        const auto found = ofType(ExceptionRules().detect(f, events, nowMs), ExceptionType::Delayed);
        const bool late = plusMs > 0;
        QCOMPARE(found.size(), late ? 1 : 0);
        if (late) {
            QCOMPARE(found[0].triggerMs, endOfPromiseMs + 1);
            QCOMPARE(found[0].lateByMs, plusMs);
            QCOMPARE(found[0].clearedMs, arrival.isEmpty() ? Cleared() : Cleared(endMs));
        }
    }

    // Without a promise, the carrier's estimate: the end of its date, or its exact time.
    void estimateDeadline_data()
    {
        QTest::addColumn<bool>("hasTime");
        QTest::addColumn<qint64>("plusMs");
        for (const bool hasTime : {false, true}) {
            for (const qint64 delta : {-1, 0, 1})
                QTest::addRow("%s %+lld ms", hasTime ? "estimated time" : "estimated date", static_cast<long long>(delta))
                    << hasTime << delta;
        }
    }

    void estimateDeadline()
    {
        QFETCH(bool, hasTime);
        QFETCH(qint64, plusMs);
        ShipmentFacts f = facts("IN");
        f.estimatedDelivery.date = QDate(2026, 6, 12);
        f.estimatedDelivery.hasTime = hasTime;
        f.estimatedDelivery.at = ev("2026-06-12T18:00:00+05:30", Subtag::InTransit).occurredAt;
        // By hand: 18:00 IST = 12:30Z; the end of 12 June in India is 18:30Z - 1 ms.
        const qint64 deadline = hasTime ? at("2026-06-12T12:30:00Z") : at("2026-06-12T18:30:00Z") - 1;
        const QList<TrackingEvent> events = {ev("2026-06-11T09:00:00+05:30", Subtag::InTransitDeparted)};
        const auto found = ofType(ExceptionRules().detect(f, events, deadline + plusMs), ExceptionType::Delayed);
        QCOMPARE(found.size(), plusMs > 0 ? 1 : 0);
        if (plusMs > 0)
            QCOMPARE(found[0].lateByMs, plusMs);
    }

    // Priority bands: P1 at 70, P2 at 45, P3 at 25, else P4; the score is capped at 100.
    // Only the base points count here (no value, no attempts, no lateness, no SLA time).
    void priorityBands_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("band");
        for (const int threshold : {25, 45, 70}) {
            const int above = threshold == 70 ? 1 : threshold == 45 ? 2 : 3;
            QTest::addRow("%d", threshold - 1) << threshold - 1 << threshold - 1 << above + 1;
            QTest::addRow("%d", threshold) << threshold << threshold << above;
            QTest::addRow("%d", threshold + 1) << threshold + 1 << threshold + 1 << above;
        }
        QTest::newRow("0") << 0 << 0 << 4;
        QTest::newRow("100") << 100 << 100 << 1;
    }

    void priorityBands()
    {
        QFETCH(int, base);
        QFETCH(int, score);
        QFETCH(int, band);
        RulesConfig config;
        config.basePoints[static_cast<size_t>(ExceptionType::Damaged)] = base;
        ExceptionEpisode ep;
        ep.type = ExceptionType::Damaged;
        ep.triggerMs = at("2026-06-10T12:00:00Z");
        const ExceptionPriority p = ExceptionRules(config).priority(ep, facts(), ep.triggerMs);
        QCOMPARE(p.score, score);
        QCOMPARE(p.band, band);
    }

    void priorityIsCappedAt100()
    {
        RulesConfig config;
        config.basePoints[static_cast<size_t>(ExceptionType::Damaged)] = 100;
        ExceptionEpisode ep;
        ep.type = ExceptionType::Damaged;
        ep.triggerMs = at("2026-06-10T12:00:00Z");
        // 100 + 15 SLA points (8 h first-action window over) = 115, capped.
        QCOMPARE(ExceptionRules(config).priority(ep, facts(), ep.triggerMs + 9 * H).score, 100);
    }

    // Priority components at their steps. Failed attempt, base 20.
    void priorityPoints_data()
    {
        QTest::addColumn<qint64>("valueCents");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("elapsedMs"); // since the trigger
        QTest::addColumn<bool>("acted");       // the first action is taken
        QTest::addColumn<int>("points");       // beyond the base
        // Order value: round(25 x log10(1 + usd/10) / log10(101)), at most 25.
        // $0.96: 0.4966 -> 0; $0.97: 0.5015 -> 1.
        QTest::newRow("$0.96") << qint64(96) << "USD" << 0 << qint64(0) << false << 0;
        QTest::newRow("$0.97") << qint64(97) << "USD" << 0 << qint64(0) << false << 1;
        // $90.49: 12.4995 -> 12; $90.50: 12.5001 -> 13; $90.51 -> 13.
        QTest::newRow("$90.49") << qint64(9049) << "USD" << 0 << qint64(0) << false << 12;
        QTest::newRow("$90.50") << qint64(9050) << "USD" << 0 << qint64(0) << false << 13;
        QTest::newRow("$90.51") << qint64(9051) << "USD" << 0 << qint64(0) << false << 13;
        // $910.94: 24.49995 -> 24; $910.95: 24.50001 -> 25.
        QTest::newRow("$910.94") << qint64(91094) << "USD" << 0 << qint64(0) << false << 24;
        QTest::newRow("$910.95") << qint64(91095) << "USD" << 0 << qint64(0) << false << 25;
        QTest::newRow("$1,000") << qint64(100000) << "USD" << 0 << qint64(0) << false << 25;
        // $10,000 would be round(37.42) = 37 without the cap.
        QTest::newRow("$10,000") << qint64(1000000) << "USD" << 0 << qint64(0) << false << 25;
        // EUR 83.80 x 1.08 = $90.504 -> 13; EUR 83.79 = $90.4932 -> 12.
        QTest::newRow("EUR 83.79") << qint64(8379) << "EUR" << 0 << qint64(0) << false << 12;
        QTest::newRow("EUR 83.80") << qint64(8380) << "EUR" << 0 << qint64(0) << false << 13;
        // Attempts: 5 each, at most 15.
        QTest::newRow("2 attempts") << qint64(0) << "USD" << 2 << qint64(0) << false << 10;
        QTest::newRow("3 attempts") << qint64(0) << "USD" << 3 << qint64(0) << false << 15;
        QTest::newRow("4 attempts") << qint64(0) << "USD" << 4 << qint64(0) << false << 15;
        // SLA pressure: round(15 x elapsed / window); window 4 h before the first action.
        // 15 x 8 min / 240 min = 0.5 exactly, rounded half away from zero: 1.
        QTest::newRow("8 min - 1 ms") << qint64(0) << "USD" << 0 << 8 * MsPerMinute - 1 << false << 0;
        QTest::newRow("8 min") << qint64(0) << "USD" << 0 << 8 * MsPerMinute << false << 1;
        QTest::newRow("8 min + 1 ms") << qint64(0) << "USD" << 0 << 8 * MsPerMinute + 1 << false << 1;
        // 15 x 232 / 240 = 14.5 -> 15.
        QTest::newRow("232 min - 1 ms") << qint64(0) << "USD" << 0 << 232 * MsPerMinute - 1 << false << 14;
        QTest::newRow("232 min") << qint64(0) << "USD" << 0 << 232 * MsPerMinute << false << 15;
        QTest::newRow("first action due") << qint64(0) << "USD" << 0 << 4 * H << false << 15;
        QTest::newRow("first action overdue") << qint64(0) << "USD" << 0 << 4 * H + 1 << false << 15;
        // Once acted on, the window is the 48 h to resolve: 15 x 96 min / 2880 min = 0.5.
        QTest::newRow("acted, 96 min - 1 ms") << qint64(0) << "USD" << 0 << 96 * MsPerMinute - 1 << true << 0;
        QTest::newRow("acted, 96 min") << qint64(0) << "USD" << 0 << 96 * MsPerMinute << true << 1;
        QTest::newRow("acted, 24 h") << qint64(0) << "USD" << 0 << 24 * H << true << 8; // 7.5 -> 8
        QTest::newRow("acted, resolve due - 1 ms") << qint64(0) << "USD" << 0 << 48 * H - 1 << true << 15;
        QTest::newRow("acted, resolve due") << qint64(0) << "USD" << 0 << 48 * H << true << 15;
    }

    void priorityPoints()
    {
        QFETCH(qint64, valueCents);
        QFETCH(QString, currency);
        QFETCH(int, attempts);
        QFETCH(qint64, elapsedMs);
        QFETCH(bool, acted);
        QFETCH(int, points);
        ShipmentFacts f = facts();
        f.orderValueCents = valueCents;
        f.currency = currency;
        ExceptionEpisode ep;
        ep.type = ExceptionType::FailedAttempt;
        ep.attemptCount = attempts;
        ep.triggerMs = at("2026-06-10T12:00:00Z");
        QCOMPARE(ExceptionRules().priority(ep, f, ep.triggerMs + elapsedMs, acted).score, 20 + points);
    }

    // Lateness: 5 points per whole day past the end of the promised day, at most 20;
    // measured from the same end of day as the Delayed rule (local midnight at the
    // destination), for every type.
    void latenessPoints_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("lateMs"); // past the last instant of the promised day
        QTest::addColumn<int>("points");
        for (const ExceptionType type : {ExceptionType::Delayed, ExceptionType::Lost}) {
            const int t = static_cast<int>(type);
            const char *name = type == ExceptionType::Delayed ? "delayed" : "lost";
            QTest::addRow("%s, 1 day - 1 ms", name) << t << D - 1 << 0;
            QTest::addRow("%s, 1 day", name) << t << D << 5;
            QTest::addRow("%s, 1 day + 1 ms", name) << t << D + 1 << 5;
            QTest::addRow("%s, 4 days - 1 ms", name) << t << 4 * D - 1 << 15;
            QTest::addRow("%s, 4 days", name) << t << 4 * D << 20;
            QTest::addRow("%s, 9 days", name) << t << 9 * D << 20;
        }
    }

    void latenessPoints()
    {
        QFETCH(int, type);
        QFETCH(qint64, lateMs);
        QFETCH(int, points);
        // Delivery promised for 12 June in Berlin: the promise ends at 13 June 00:00
        // CEST = 12 June 22:00Z.
        ShipmentFacts f = facts("DE");
        f.promisedDate = QDate(2026, 6, 12);
        const qint64 deadline = at("2026-06-12T22:00:00Z") - 1; // the last instant on time
        const QList<TrackingEvent> events = {ev("2026-06-11T09:00:00+02:00", Subtag::InTransitDeparted),
                                             ev("2026-06-11T10:00:00+02:00", Subtag::ExceptionLost)};
        const qint64 nowMs = deadline + lateMs;
        const auto found = ofType(ExceptionRules().detect(f, events, nowMs), static_cast<ExceptionType>(type));
        QCOMPARE(found.size(), 1);
        const ExceptionEpisode &ep = found[0];
        // Subtract what is not lateness: base, and SLA points (past the resolve deadline: 15
        // for the lost parcel, whose trigger is days ago; for the delay, by its own clock).
        const ExceptionPriority p = ExceptionRules().priority(ep, f, nowMs);
        ExceptionEpisode onTime = ep;
        onTime.lateByMs = 0;
        ShipmentFacts noPromise = f;
        noPromise.promisedDate = QDate();
        const int without = ExceptionRules().priority(onTime, noPromise, nowMs).score;
        QCOMPARE(p.score - without, points);
    }

    // What follows an open exception: every rule that opens one, against each kind of
    // event that may come next. "open" or "cleared", by docs/EXCEPTIONS.md ("clears when").
    void followingEvents_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("next"); // a Subtag
        QTest::addColumn<bool>("open");
        enum Next : quint8 { Scan, OutForDelivery, Attempt, Delivered, Pickup, Returned, Damage, Expired, NextCount };
        const Subtag nextSubtags[NextCount] = {Subtag::InTransitArrivedAtFacility, Subtag::OutForDelivery,
                                               Subtag::AttemptFailAddresseeUnavailable, Subtag::Delivered,
                                               Subtag::AvailableForPickup, Subtag::ExceptionReturnedToSender,
                                               Subtag::ExceptionDamaged, Subtag::Expired};
        const char *const nextNames[NextCount] = {"in transit", "out for delivery", "failed attempt", "delivered",
                                                  "at a pickup point", "returned to sender", "new exception (damaged)",
                                                  "tracking expired"};
        constexpr bool O = true;  // stays open
        constexpr bool C = false; // cleared
        const struct
        {
            ExceptionType rule;
            const char *name;
            bool open[NextCount];
        } table[] = {
            //                                                 scan OFD attempt delivered pickup returned damage expired
            {ExceptionType::FailedAttempt, "failed attempt",      {O, O, O, C, C, C, O, O}},
            {ExceptionType::Delayed, "delayed (promise)",         {O, O, O, C, C, C, O, O}},
            {ExceptionType::Stuck, "stuck",                       {C, C, C, C, C, C, C, O}},
            {ExceptionType::Forgotten, "never scanned",           {C, C, C, C, C, C, C, O}},
            {ExceptionType::AddressIssue, "address issue",        {O, C, O, C, C, O, O, O}},
            {ExceptionType::Damaged, "damaged",                   {O, O, O, O, O, O, O, O}},
            {ExceptionType::Lost, "lost",                         {C, C, C, C, C, C, C, O}},
            {ExceptionType::CustomsHold, "customs hold",          {C, C, C, C, C, C, C, O}},
            {ExceptionType::PickupNotCollected, "not collected",  {O, O, O, C, O, C, O, O}},
            {ExceptionType::ReturnToOrigin, "return to origin",   {O, O, O, O, O, O, O, O}},
        };
        for (const auto &row : table) {
            for (int n = 0; n < NextCount; ++n)
                QTest::addRow("%s, then %s", row.name, nextNames[n])
                    << static_cast<int>(row.rule) << static_cast<int>(nextSubtags[n]) << row.open[n];
        }
        // The in-transit scans that do settle an address problem.
        QTest::newRow("address issue, then forwarded") << static_cast<int>(ExceptionType::AddressIssue)
                                                       << static_cast<int>(Subtag::InTransitForwarded) << C;
        QTest::newRow("address issue, then problem resolved") << static_cast<int>(ExceptionType::AddressIssue)
                                                              << static_cast<int>(Subtag::InTransitProblemResolved) << C;
        // The carrier's own delay (weather): cleared by movement, not by an attempt or a return.
        const bool declared[NextCount] = {C, C, O, C, C, O, O, O};
        for (int n = 0; n < NextCount; ++n)
            QTest::addRow("delayed (declared), then %s", nextNames[n])
                << -1 << static_cast<int>(nextSubtags[n]) << declared[n];
    }

    void followingEvents()
    {
        QFETCH(int, rule);
        QFETCH(int, next);
        QFETCH(bool, open);
        const auto run = followedBy(rule, static_cast<Subtag>(next));
        QVERIFY2(run, "the rule's opening opens one episode");
        // The same episode (same trigger), open or cleared at the event...
        const auto after = ofType(run->after, run->type);
        QVERIFY(!after.isEmpty());
        QCOMPARE(after[0].triggerMs, run->opened.triggerMs);
        QCOMPARE(after[0].clearedMs, open ? Cleared() : Cleared(run->nextMs));
        // ...and nothing reopens it as a second episode of the same condition.
        QCOMPARE(after.size(), 1);
    }

    // A new exception of another type after an open one: the open episode stays open or
    // clears as the table of docs/EXCEPTIONS.md says ("What a later event does"), and the
    // new event opens its own episode at its instant. The new exceptions: lost, held at
    // customs, an address problem and the carrier's weather delay (damaged and returned
    // to sender are columns of followingEvents). A rule and an event of the same type
    // are one episode, so that pair has no row.
    void newExceptionOfAnotherType_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("next"); // a Subtag
        QTest::addColumn<int>("nextType");
        QTest::addColumn<bool>("open");
        enum Next : quint8 { Lost, Customs, Address, Weather, NextCount };
        const struct
        {
            Subtag subtag;
            ExceptionType type;
            const char *name;
        } nexts[NextCount] = {{Subtag::ExceptionLost, ExceptionType::Lost, "lost"},
                              {Subtag::ExceptionCustomsHold, ExceptionType::CustomsHold, "customs hold"},
                              {Subtag::ExceptionAddressProblem, ExceptionType::AddressIssue, "address problem"},
                              {Subtag::ExceptionDelayedExternal, ExceptionType::Delayed, "weather delay"}};
        constexpr int O = 1;  // stays open
        constexpr int C = 0;  // cleared at the new event
        constexpr int S = -1; // the same type: no row
        const struct
        {
            int rule; // an ExceptionType, or -1 for the declared delay
            const char *name;
            int open[NextCount];
        } table[] = {
            //                                                         lost customs address weather
            {int(ExceptionType::FailedAttempt), "failed attempt",      {O, O, O, O}},
            {int(ExceptionType::Delayed), "delayed (promise)",         {O, O, O, S}},
            {-1, "delayed (declared)",                                 {O, O, O, S}},
            {int(ExceptionType::Stuck), "stuck",                       {C, C, C, C}},
            {int(ExceptionType::Forgotten), "never scanned",           {C, C, C, C}},
            {int(ExceptionType::AddressIssue), "address issue",        {O, O, S, O}},
            {int(ExceptionType::Damaged), "damaged",                   {O, O, O, O}},
            {int(ExceptionType::Lost), "lost",                         {S, C, C, C}},
            {int(ExceptionType::CustomsHold), "customs hold",          {C, S, C, C}},
            {int(ExceptionType::PickupNotCollected), "not collected",  {O, O, O, O}},
            {int(ExceptionType::ReturnToOrigin), "return to origin",   {O, O, O, O}},
        };
        for (const auto &row : table) {
            for (int n = 0; n < NextCount; ++n) {
                if (row.open[n] == S)
                    continue;
                QTest::addRow("%s, then %s", row.name, nexts[n].name)
                    << row.rule << static_cast<int>(nexts[n].subtag) << static_cast<int>(nexts[n].type)
                    << (row.open[n] == O);
            }
        }
    }

    void newExceptionOfAnotherType()
    {
        QFETCH(int, rule);
        QFETCH(int, next);
        QFETCH(int, nextType);
        QFETCH(bool, open);
        const auto run = followedBy(rule, static_cast<Subtag>(next));
        QVERIFY2(run, "the rule's opening opens one episode");
        // The open episode, found by its trigger...
        const auto same = std::find_if(run->after.cbegin(), run->after.cend(), [&](const ExceptionEpisode &e) {
            return e.type == run->type && e.triggerMs == run->opened.triggerMs;
        });
        QVERIFY(same != run->after.cend());
        QCOMPARE(same->clearedMs, open ? Cleared() : Cleared(run->nextMs));
        // ...and the new one, open from the new event.
        const auto opened = std::count_if(run->after.cbegin(), run->after.cend(), [&](const ExceptionEpisode &e) {
            return e.type == static_cast<ExceptionType>(nextType) && e.triggerMs == run->nextMs && e.isOpen();
        });
        QCOMPARE(opened, 1);
    }

    // Settings at the edges of their ranges: accepted at the bound, refused past it,
    // with the key named.
    void settingsBounds_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error"); // empty: accepted
        const QString hours = QStringLiteral("expected a whole number from %1 to %2");
        QTest::newRow("stuck 0 h") << R"({"stuck_domestic_hours": 0})" << QStringLiteral("stuck_domestic_hours: ") + hours.arg(1).arg(8760);
        QTest::newRow("stuck 1 h") << R"({"stuck_domestic_hours": 1})" << QString();
        QTest::newRow("stuck 8760 h") << R"({"stuck_domestic_hours": 8760})" << QString();
        QTest::newRow("stuck 8761 h") << R"({"stuck_domestic_hours": 8761})" << QStringLiteral("stuck_domestic_hours: ") + hours.arg(1).arg(8760);
        QTest::newRow("stuck 1.5 h") << R"({"stuck_domestic_hours": 1.5})" << QStringLiteral("stuck_domestic_hours: ") + hours.arg(1).arg(8760);
        QTest::newRow("pickup 0 days") << R"({"pickup_hold_days": 0})" << QStringLiteral("pickup_hold_days: ") + hours.arg(1).arg(365);
        QTest::newRow("pickup 365 days") << R"({"pickup_hold_days": 365})" << QString();
        QTest::newRow("pickup 366 days") << R"({"pickup_hold_days": 366})" << QStringLiteral("pickup_hold_days: ") + hours.arg(1).arg(365);
        QTest::newRow("day from 0 to 24") << R"({"delivery_day_start_hour": 0, "delivery_day_end_hour": 24})" << QString();
        QTest::newRow("day start -1") << R"({"delivery_day_start_hour": -1})" << QStringLiteral("delivery_day_start_hour: ") + hours.arg(0).arg(23);
        QTest::newRow("day end 25") << R"({"delivery_day_end_hour": 25})" << QStringLiteral("delivery_day_end_hour: ") + hours.arg(1).arg(24);
        QTest::newRow("day of one hour") << R"({"delivery_day_start_hour": 9, "delivery_day_end_hour": 10})" << QString();
        QTest::newRow("day of no hours") << R"({"delivery_day_start_hour": 10, "delivery_day_end_hour": 10})"
                                         << QStringLiteral("delivery_day_start_hour: must be earlier than delivery_day_end_hour");
        QTest::newRow("first action = resolve") << R"({"sla": {"lost": {"first_action_hours": 48, "resolve_hours": 48}}})" << QString();
        QTest::newRow("first action > resolve") << R"({"sla": {"lost": {"first_action_hours": 49, "resolve_hours": 48}}})"
                                                << QStringLiteral("sla.lost: first_action_hours must not exceed resolve_hours");
        QTest::newRow("base 100") << R"({"priority": {"base_points": {"lost": 100}}})" << QString();
        QTest::newRow("base 101") << R"({"priority": {"base_points": {"lost": 101}}})"
                                  << QStringLiteral("priority.base_points.lost: expected a whole number from 0 to 100");
        QTest::newRow("value at $1") << R"({"priority": {"value_for_max_points_usd": 1}})" << QString();
        QTest::newRow("value at $0.99") << R"({"priority": {"value_for_max_points_usd": 0.99}})"
                                        << QStringLiteral("priority.value_for_max_points_usd: expected a number of at least 1");
    }

    void settingsBounds()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        QString message;
        const auto config = RulesConfig::fromJson(json.toUtf8(), &message);
        QCOMPARE(message, error);
        QCOMPARE(config.has_value(), error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRulesBoundaries)

#include "tst_rulesboundaries.moc"
