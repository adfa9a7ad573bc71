// SPDX-License-Identifier: MIT
// Exception rules on hand-built timelines; every expected instant is computed by hand in
// the comments.
#include "rulestestsupport.h"
#include "rules/shipmenttimeline.h"

#include <QDateTime>
#include <QTest>

using namespace ct;
using namespace ct::rulestest;

namespace {

ShipmentFacts usFacts()
{
    ShipmentFacts f;
    f.carrier = QStringLiteral("usps");
    f.originCountry = QStringLiteral("US");
    f.destinationCountry = QStringLiteral("US");
    f.orderValueCents = 10000;
    f.currency = QStringLiteral("USD");
    return f;
}

} // namespace

class TestExceptionRules : public QObject
{
    Q_OBJECT

private slots:
    void failedAttemptClearsOnDelivery()
    {
        const QList<TrackingEvent> events = {
            ev("2026-11-17T16:20:00-05:00", Subtag::InTransitAccepted),
            ev("2026-11-19T07:58:00-06:00", Subtag::OutForDelivery),
            ev("2026-11-19T14:47:00-06:00", Subtag::AttemptFailAddresseeUnavailable),
            ev("2026-11-20T08:03:00-06:00", Subtag::OutForDelivery),
            ev("2026-11-20T10:12:00-06:00", Subtag::Delivered),
        };
        const auto all = ExceptionRules().detect(usFacts(), events, at("2026-11-23T12:00:00Z"));
        const auto ndr = ofType(all, ExceptionType::FailedAttempt);
        QCOMPARE(ndr.size(), 1);
        QCOMPARE(ndr[0].triggerMs, at("2026-11-19T20:47:00Z"));
        QCOMPARE(ndr[0].clearedMs, std::optional<qint64>(at("2026-11-20T16:12:00Z")));
        QCOMPARE(ndr[0].reason, NdrReason::CustomerUnavailable);
        QCOMPARE(ndr[0].party, ResponsibleParty::Customer);
        QCOMPARE(ndr[0].attemptCount, 1);
        QCOMPARE(all.size(), 1); // nothing else: no promise, no long gaps
    }

    void repeatedAttemptsTakeTheLatestReason()
    {
        const QList<TrackingEvent> events = {
            ev("2026-11-19T08:00:00+05:30", Subtag::OutForDelivery),
            ev("2026-11-19T13:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable),
            ev("2026-11-20T08:00:00+05:30", Subtag::OutForDelivery),
            ev("2026-11-20T12:30:00+05:30", Subtag::AttemptFailRefused),
        };
        const auto ndr = ofType(ExceptionRules().detect(usFacts(), events, at("2026-11-21T00:00:00Z")),
                                ExceptionType::FailedAttempt);
        QCOMPARE(ndr.size(), 1);
        QVERIFY(ndr[0].isOpen());
        QCOMPARE(ndr[0].attemptCount, 2);
        QCOMPARE(ndr[0].reason, NdrReason::Refused);
        QCOMPARE(ndr[0].party, ResponsibleParty::Merchant);
        QCOMPARE(ndr[0].triggerMs, at("2026-11-19T07:30:00Z"));
    }

    void fakeAttempts_data()
    {
        QTest::addColumn<QList<TrackingEvent>>("events");
        QTest::addColumn<NdrReason>("reason");
        QTest::newRow("late at night")
            << QList<TrackingEvent>{ev("2026-11-20T08:00:00+05:30", Subtag::OutForDelivery),
                                    ev("2026-11-20T23:40:00+05:30", Subtag::AttemptFailAddresseeUnavailable)}
            << NdrReason::FakeAttempt;
        QTest::newRow("no out-for-delivery that day")
            << QList<TrackingEvent>{ev("2026-11-19T08:00:00+05:30", Subtag::OutForDelivery),
                                    ev("2026-11-19T19:00:00+05:30", Subtag::InTransitArrivedAtFacility),
                                    ev("2026-11-20T15:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable)}
            << NdrReason::FakeAttempt;
        QTest::newRow("carrier never sends out-for-delivery")
            << QList<TrackingEvent>{ev("2026-11-19T19:00:00+05:30", Subtag::InTransitArrivedAtFacility),
                                    ev("2026-11-20T15:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable)}
            << NdrReason::CustomerUnavailable;
        QTest::newRow("genuine")
            << QList<TrackingEvent>{ev("2026-11-20T08:00:00+05:30", Subtag::OutForDelivery),
                                    ev("2026-11-20T15:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable)}
            << NdrReason::CustomerUnavailable;
    }

    void fakeAttempts()
    {
        QFETCH(QList<TrackingEvent>, events);
        QFETCH(NdrReason, reason);
        const auto ndr = ofType(ExceptionRules().detect(usFacts(), events, at("2026-11-21T00:00:00Z")),
                                ExceptionType::FailedAttempt);
        QCOMPARE(ndr.size(), 1);
        QCOMPARE(ndr[0].reason, reason);
        QCOMPARE(ndr[0].party, reason == NdrReason::FakeAttempt ? ResponsibleParty::Carrier
                                                                : ResponsibleParty::Customer);
    }

    void delayedAgainstThePromise()
    {
        ShipmentFacts facts = usFacts();
        facts.promisedDate = QDate(2026, 11, 15);
        const QList<TrackingEvent> inTransit = {ev("2026-11-12T10:00:00-06:00", Subtag::InTransitAccepted),
                                                ev("2026-11-14T10:00:00-06:00", Subtag::InTransitArrivedAtFacility)};
        // The promise ends at 2026-11-16T00:00 local (-06:00) = 06:00Z.
        const qint64 deadline = at("2026-11-16T06:00:00Z") - 1;
        const qint64 now = at("2026-11-16T12:00:00Z"); // not stuck yet: 50 h after the last scan
        const auto open = ofType(ExceptionRules().detect(facts, inTransit, now), ExceptionType::Delayed);
        QCOMPARE(open.size(), 1);
        QVERIFY(open[0].isOpen());
        QCOMPARE(open[0].triggerMs, deadline + 1);
        QCOMPARE(open[0].lateByMs, now - deadline);

        QList<TrackingEvent> late = inTransit;
        late.append(ev("2026-11-17T09:00:00-06:00", Subtag::Delivered));
        const auto cleared = ofType(ExceptionRules().detect(facts, late, now + MsPerDay), ExceptionType::Delayed);
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared[0].clearedMs, std::optional<qint64>(at("2026-11-17T15:00:00Z")));
        QCOMPARE(cleared[0].lateByMs, at("2026-11-17T15:00:00Z") - deadline);

        QList<TrackingEvent> onTime = inTransit;
        onTime.append(ev("2026-11-15T17:00:00-06:00", Subtag::Delivered));
        QVERIFY(ofType(ExceptionRules().detect(facts, onTime, now), ExceptionType::Delayed).isEmpty());

        // Waiting at a pickup point by the promised day keeps the promise, however late
        // the customer collects.
        QList<TrackingEvent> atPickupPoint = inTransit;
        atPickupPoint.append(ev("2026-11-15T12:00:00-06:00", Subtag::AvailableForPickup));
        atPickupPoint.append(ev("2026-11-18T12:00:00-06:00", Subtag::DeliveredPickedUp));
        QVERIFY(ofType(ExceptionRules().detect(facts, atPickupPoint, now + 3 * MsPerDay), ExceptionType::Delayed).isEmpty());
    }

    void declaredWeatherDelay()
    {
        const QList<TrackingEvent> events = {
            ev("2026-11-12T10:00:00-05:00", Subtag::InTransitAccepted),
            ev("2026-11-13T06:00:00-05:00", Subtag::ExceptionDelayedExternal, "Severe weather"),
            ev("2026-11-14T09:00:00-05:00", Subtag::InTransitDeparted),
        };
        const auto delays = ofType(ExceptionRules().detect(usFacts(), events, at("2026-11-14T20:00:00Z")),
                                   ExceptionType::Delayed);
        QCOMPARE(delays.size(), 1);
        QCOMPARE(delays[0].party, ResponsibleParty::Weather);
        QCOMPARE(delays[0].triggerMs, at("2026-11-13T11:00:00Z"));
        QCOMPARE(delays[0].clearedMs, std::optional<qint64>(at("2026-11-14T14:00:00Z")));
        QCOMPARE(delays[0].detail, QStringLiteral("Severe weather"));
    }

    void stuck_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("lastEvent");   // the second scan, or empty
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("episodes");
        QTest::addColumn<bool>("open");
        // First scan 2026-11-10T00:00Z; the domestic threshold is 72 h, international 120 h.
        QTest::newRow("gap of 80 h, resumed") << "US" << "2026-11-13T08:00:00Z" << "2026-11-14T00:00:00Z" << 1 << false;
        QTest::newRow("gap of 70 h") << "US" << "2026-11-12T22:00:00Z" << "2026-11-13T00:00:00Z" << 0 << false;
        QTest::newRow("silent 73 h") << "US" << "" << "2026-11-13T01:00:00Z" << 1 << true;
        QTest::newRow("silent 71 h") << "US" << "" << "2026-11-12T23:00:00Z" << 0 << false;
        QTest::newRow("international silent 100 h") << "DE" << "" << "2026-11-14T04:00:00Z" << 0 << false;
        QTest::newRow("international silent 121 h") << "DE" << "" << "2026-11-15T01:00:00Z" << 1 << true;
    }

    void stuck()
    {
        QFETCH(QString, origin);
        QFETCH(QString, lastEvent);
        QFETCH(QString, now);
        QFETCH(int, episodes);
        QFETCH(bool, open);
        ShipmentFacts facts = usFacts();
        facts.originCountry = origin;
        QList<TrackingEvent> events = {ev("2026-11-10T00:00:00Z", Subtag::InTransitArrivedAtFacility, "Arrived", "Memphis")};
        if (!lastEvent.isEmpty())
            events.append(ev(lastEvent.toLatin1().constData(), Subtag::InTransitDeparted));
        const qint64 nowMs = QDateTime::fromString(now, Qt::ISODate).toMSecsSinceEpoch();
        const auto stuck = ofType(ExceptionRules().detect(facts, events, nowMs), ExceptionType::Stuck);
        QCOMPARE(stuck.size(), episodes);
        if (episodes == 1) {
            const qint64 threshold = (origin == QLatin1String("US") ? 72 : 120) * MsPerHour;
            QCOMPARE(stuck[0].triggerMs, at("2026-11-10T00:00:00Z") + threshold);
            QCOMPARE(stuck[0].isOpen(), open);
            QCOMPARE(stuck[0].detail, QStringLiteral("no scan after \"Arrived\" in Memphis"));
        }
    }

    void stuckThresholdsPerLane()
    {
        RulesConfig config;
        config.stuckHoursByLane.insert(QStringLiteral("usps"), 96);
        config.stuckHoursByLane.insert(QStringLiteral("usps/Priority Mail"), 48);
        QCOMPARE(config.stuckHours(QStringLiteral("usps"), QStringLiteral("Ground Advantage"), false), 96);
        QCOMPARE(config.stuckHours(QStringLiteral("usps"), QStringLiteral("Priority Mail"), false), 48);
        QCOMPARE(config.stuckHours(QStringLiteral("ups"), QString(), true), 120);
        const QList<TrackingEvent> events = {ev("2026-11-10T00:00:00Z", Subtag::InTransit)};
        // 80 h of silence: stuck by default, not with the USPS override of 96 h.
        QCOMPARE(ofType(ExceptionRules().detect(usFacts(), events, at("2026-11-13T08:00:00Z")), ExceptionType::Stuck).size(), 1);
        QCOMPARE(ofType(ExceptionRules(config).detect(usFacts(), events, at("2026-11-13T08:00:00Z")), ExceptionType::Stuck).size(), 0);
    }

    void silenceAfterOtherConditionsIsNotStuck()
    {
        const qint64 now = at("2026-11-20T00:00:00Z");
        for (Subtag last : {Subtag::AttemptFailAddresseeUnavailable, Subtag::ExceptionCustomsHold,
                            Subtag::Delivered, Subtag::AvailableForPickup}) {
            const QList<TrackingEvent> events = {ev("2026-11-10T00:00:00Z", Subtag::InTransit),
                                                 ev("2026-11-11T00:00:00Z", last)};
            QVERIFY2(ofType(ExceptionRules().detect(usFacts(), events, now), ExceptionType::Stuck).isEmpty(),
                     qPrintable(subtagCode(last)));
        }
    }

    void forgotten_data()
    {
        QTest::addColumn<QString>("firstScan");
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("episodes");
        QTest::addColumn<bool>("open");
        // Label created 2026-11-10T00:00Z; threshold 48 h.
        QTest::newRow("never scanned, 49 h") << "" << "2026-11-12T01:00:00Z" << 1 << true;
        QTest::newRow("never scanned, 47 h") << "" << "2026-11-11T23:00:00Z" << 0 << false;
        QTest::newRow("scanned after 50 h") << "2026-11-12T02:00:00Z" << "2026-11-13T00:00:00Z" << 1 << false;
        QTest::newRow("scanned after 10 h") << "2026-11-10T10:00:00Z" << "2026-11-13T00:00:00Z" << 0 << false;
    }

    void forgotten()
    {
        QFETCH(QString, firstScan);
        QFETCH(QString, now);
        QFETCH(int, episodes);
        QFETCH(bool, open);
        QList<TrackingEvent> events = {ev("2026-11-10T00:00:00Z", Subtag::InfoReceived)};
        if (!firstScan.isEmpty())
            events.append(ev(firstScan.toLatin1().constData(), Subtag::InTransitAccepted));
        const auto found = ofType(ExceptionRules().detect(usFacts(), events,
                                                          QDateTime::fromString(now, Qt::ISODate).toMSecsSinceEpoch()),
                                  ExceptionType::Forgotten);
        QCOMPARE(found.size(), episodes);
        if (episodes == 1) {
            QCOMPARE(found[0].triggerMs, at("2026-11-12T00:00:00Z"));
            QCOMPARE(found[0].isOpen(), open);
            QCOMPARE(found[0].party, ResponsibleParty::Merchant);
        }
    }

    void eventConditions()
    {
        const QList<TrackingEvent> events = {
            ev("2026-11-01T10:00:00Z", Subtag::InTransitAccepted),
            ev("2026-11-02T10:00:00Z", Subtag::ExceptionAddressProblem, "Address unknown"),
            ev("2026-11-02T18:00:00Z", Subtag::ExceptionCustomerMoved, "Customer moved"),
            ev("2026-11-03T09:00:00Z", Subtag::OutForDelivery),
            ev("2026-11-03T15:00:00Z", Subtag::ExceptionDamaged, "Box crushed"),
            ev("2026-11-04T10:00:00Z", Subtag::ExceptionCustomsHold),
            ev("2026-11-05T10:00:00Z", Subtag::InTransitCustomsCleared),
            ev("2026-11-06T10:00:00Z", Subtag::ExceptionLost),
            ev("2026-11-08T10:00:00Z", Subtag::InTransitArrivedAtFacility),
            ev("2026-11-09T10:00:00Z", Subtag::ExceptionReturningToSender),
            ev("2026-11-12T10:00:00Z", Subtag::ExceptionReturnedToSender),
        };
        const auto all = ExceptionRules().detect(usFacts(), events, at("2026-11-13T00:00:00Z"));
        const auto address = ofType(all, ExceptionType::AddressIssue);
        QCOMPARE(address.size(), 1); // two address events, one occurrence
        QCOMPARE(address[0].triggerMs, at("2026-11-02T10:00:00Z"));
        QCOMPARE(address[0].clearedMs, std::optional<qint64>(at("2026-11-03T09:00:00Z")));
        QCOMPARE(address[0].detail, QStringLiteral("Customer moved"));
        const auto damaged = ofType(all, ExceptionType::Damaged);
        QCOMPARE(damaged.size(), 1);
        QVERIFY(damaged[0].isOpen()); // damage does not undo itself
        const auto customs = ofType(all, ExceptionType::CustomsHold);
        QCOMPARE(customs.size(), 1);
        QCOMPARE(customs[0].clearedMs, std::optional<qint64>(at("2026-11-05T10:00:00Z")));
        QCOMPARE(customs[0].party, ResponsibleParty::Customs);
        const auto lost = ofType(all, ExceptionType::Lost);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost[0].clearedMs, std::optional<qint64>(at("2026-11-08T10:00:00Z")));
        const auto rto = ofType(all, ExceptionType::ReturnToOrigin);
        QCOMPARE(rto.size(), 1);
        QVERIFY(rto[0].isOpen());
        QCOMPARE(rto[0].triggerMs, at("2026-11-09T10:00:00Z"));
        QCOMPARE(rto[0].party, ResponsibleParty::Merchant);
    }

    void pickupNotCollected_data()
    {
        QTest::addColumn<QList<TrackingEvent>>("events");
        QTest::addColumn<int>("episodes");
        QTest::addColumn<qint64>("trigger");
        QTest::addColumn<bool>("open");
        const TrackingEvent waiting = ev("2026-11-10T12:00:00Z", Subtag::AvailableForPickup, "", "Lyon");
        QTest::newRow("waiting 6 days") << QList<TrackingEvent>{waiting} << 1 << at("2026-11-15T12:00:00Z") << true;
        QTest::newRow("collected on day 3")
            << QList<TrackingEvent>{waiting, ev("2026-11-13T12:00:00Z", Subtag::DeliveredPickedUp)} << 0 << qint64(0) << false;
        QTest::newRow("carrier says not collected")
            << QList<TrackingEvent>{waiting, ev("2026-11-12T12:00:00Z", Subtag::ExceptionPickupNotCollected)}
            << 1 << at("2026-11-12T12:00:00Z") << true;
        QTest::newRow("returned after 8 days")
            << QList<TrackingEvent>{waiting, ev("2026-11-18T12:00:00Z", Subtag::ExceptionReturningToSender)}
            << 1 << at("2026-11-15T12:00:00Z") << false;
    }

    void pickupNotCollected()
    {
        QFETCH(QList<TrackingEvent>, events);
        QFETCH(int, episodes);
        QFETCH(qint64, trigger);
        QFETCH(bool, open);
        const auto found = ofType(ExceptionRules().detect(usFacts(), events, at("2026-11-16T12:00:00Z")),
                                  ExceptionType::PickupNotCollected);
        QCOMPARE(found.size(), episodes);
        if (episodes == 1) {
            QCOMPARE(found[0].triggerMs, trigger);
            QCOMPARE(found[0].isOpen(), open);
            QCOMPARE(found[0].detail, QStringLiteral("waiting at pickup point in Lyon"));
        }
    }

    void priorityByHand_data()
    {
        QTest::addColumn<ExceptionType>("type");
        QTest::addColumn<qint64>("valueCents");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("hoursSinceTrigger");
        QTest::addColumn<QDate>("promised");
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("band");
        // base 20; $100: round(25*log10(11)/log10(101)) = round(12.99) = 13; 2 attempts: 10;
        // 2 h of the 4 h first-action window: round(15*0.5) = 8. 20+13+10+8 = 51 -> P2.
        QTest::newRow("failed attempt") << ExceptionType::FailedAttempt << qint64(10000) << "USD" << 2
                                        << qint64(2) << QDate() << 51 << 2;
        // base 30; INR 8300 = $99.60: round(25*log10(10.96)/log10(101)) = round(12.97) = 13;
        // promised 2026-11-16, so late from 2026-11-17T00:00Z; now 2026-11-19T12:00Z is
        // 2.5 days later -> 2*5 = 10; 130 h after trigger is past the 120 h resolve SLA: 15.
        // 30+13+10+15 = 68 -> P2.
        QTest::newRow("lost, late, breached") << ExceptionType::Lost << qint64(830000) << "INR" << 0
                                             << qint64(130) << QDate(2026, 11, 16) << 68 << 2;
        // base 10; no value; forgotten SLA first action 24 h, 6 h in: round(15*0.25) = 4. 14 -> P4.
        QTest::newRow("forgotten, fresh") << ExceptionType::Forgotten << qint64(0) << "USD" << 0
                                         << qint64(6) << QDate() << 14 << 4;
        // base 20; $5000 caps value at 25; 4 attempts cap at 15; SLA 15; 10 days late caps 20: 95 -> P1.
        QTest::newRow("everything capped") << ExceptionType::FailedAttempt << qint64(500000) << "USD" << 4
                                          << qint64(100) << QDate(2026, 11, 9) << 95 << 1;
    }

    void priorityByHand()
    {
        QFETCH(ExceptionType, type);
        QFETCH(qint64, valueCents);
        QFETCH(QString, currency);
        QFETCH(int, attempts);
        QFETCH(qint64, hoursSinceTrigger);
        QFETCH(QDate, promised);
        QFETCH(int, score);
        QFETCH(int, band);
        ShipmentFacts facts = usFacts();
        facts.orderValueCents = valueCents;
        facts.currency = currency;
        facts.promisedDate = promised;
        const qint64 now = at("2026-11-19T12:00:00Z");
        ExceptionEpisode ep;
        ep.type = type;
        ep.attemptCount = attempts;
        ep.triggerMs = now - hoursSinceTrigger * MsPerHour;
        const ExceptionPriority p = ExceptionRules().priority(ep, facts, now);
        QCOMPARE(p.score, score);
        QCOMPARE(p.band, band);
    }

    void timelineSummary()
    {
        const QList<TrackingEvent> events = {
            ev("2026-11-10T00:00:00Z", Subtag::InfoReceived),
            ev("2026-11-11T00:00:00Z", Subtag::InTransitAccepted, "", "Dallas"),
            ev("2026-11-12T00:00:00Z", Subtag::AttemptFail),
            ev("2026-11-13T00:00:00Z", Subtag::Delivered),
        };
        const ShipmentTimeline t = ShipmentTimeline::of(events);
        QCOMPARE(t.tag, Tag::Delivered);
        QCOMPARE(t.firstScanMs, std::optional<qint64>(at("2026-11-11T00:00:00Z")));
        QCOMPARE(t.deliveredMs, std::optional<qint64>(at("2026-11-13T00:00:00Z")));
        QCOMPARE(t.attemptCount, 1);
        QCOMPARE(t.lastLocation, QStringLiteral("Dallas"));
    }

    void configRoundTripsAndRejectsNonsense()
    {
        RulesConfig config;
        config.stuckDomesticHours = 60;
        config.stuckHoursByLane.insert(QStringLiteral("dpd"), 30);
        config.sla[static_cast<size_t>(ExceptionType::Lost)] = SlaPolicy{12, 48};
        QString error;
        const auto back = RulesConfig::fromJson(config.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->stuckDomesticHours, 60);
        QCOMPARE(back->stuckHoursByLane.value(QStringLiteral("dpd")), 30);
        QCOMPARE(back->slaFor(ExceptionType::Lost).resolveHours, 48);

        const struct
        {
            const char *json;
            const char *message;
        } bad[] = {
            {R"({"stuck_hourz": 5})", "stuck_hourz: unknown setting"},
            {R"({"stuck_domestic_hours": -3})", "stuck_domestic_hours: expected a whole number from 1 to 8760"},
            {R"({"sla": {"lost": {"first_action_hours": 50, "resolve_hours": 10}}})", "sla.lost: first_action_hours must not exceed resolve_hours"},
            {R"({"sla": {"teleported": {}}})", "sla.teleported: unknown exception type"},
            {R"({"priority": {"usd_per_unit": {"EUR": 0}}})", "priority.usd_per_unit.EUR: expected a positive number"},
            {R"({"delivery_day_start_hour": 22, "delivery_day_end_hour": 20})", "delivery_day_start_hour: must be earlier than delivery_day_end_hour"},
            {R"([1, 2])", "expected a JSON object"},
        };
        for (const auto &b : bad) {
            QString message;
            QVERIFY2(!RulesConfig::fromJson(QByteArray(b.json), &message), b.json);
            QCOMPARE(message, QString::fromLatin1(b.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestExceptionRules)

#include "tst_exceptionrules.moc"
