// SPDX-License-Identifier: MIT
// AfterShip specifics beyond the golden files: the facts a reviewer checks by hand.
#include "adaptertestsupport.h"

#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

class TestAfterShipAdapter : public QObject
{
    Q_OBJECT

private slots:
    void deliveredTrackingKeepsOrderAndCustomer()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/aftership/delivered.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("ups"));
        QCOMPARE(s.tag, Tag::Delivered);
        QCOMPARE(s.subtag, Subtag::DeliveredSigned);
        QCOMPARE(s.order.orderId, QStringLiteral("A-10422"));
        QCOMPARE(s.order.customerEmail, QStringLiteral("maria.lopez@example.com"));
        QCOMPARE(s.order.promisedDate, QDate(2026, 11, 15));
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-14"));
        QCOMPARE(s.destination.country, QStringLiteral("US"));
        QCOMPARE(s.events.size(), 5);
        // 15:38 at -06:00 is 21:38 UTC.
        QCOMPARE(s.events.last().occurredAt.utcMs, QDateTime(QDate(2026, 11, 14), QTime(21, 38), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(s.events.last().occurredAt.offsetMinutes, -360);
        QVERIFY(s.statusConflict.isEmpty());
        QCOMPARE(r.issues.size(), 0);
    }

    void webhookEventsAreSortedAndLocalTimesResolved()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/aftership/failed_attempt_webhook.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("usps"));
        QCOMPARE(s.order.customerName, QStringLiteral("James O'Neil"));
        QCOMPARE(s.order.customerPhone, QStringLiteral("+13125550190"));
        QCOMPARE(s.events.size(), 6);
        for (qsizetype i = 1; i < s.events.size(); ++i)
            QVERIFY(s.events.at(i - 1).occurredAt.utcMs <= s.events.at(i).occurredAt.utcMs);
        // Chicago in November is CST, -06:00; Columbus is EST, -05:00.
        QCOMPARE(s.events.first().city, QStringLiteral("COLUMBUS"));
        QCOMPARE(s.events.first().occurredAt.toIsoString(), QStringLiteral("2026-11-17T16:20:00-05:00"));
        QVERIFY(!s.events.first().timeAssumed);
        // The checkpoint without a place is read in the destination country's main zone
        // and flagged as assumed.
        const TrackingEvent &noPlace = s.events.at(1);
        QCOMPARE(noPlace.description, QStringLiteral("In Transit to Next Facility"));
        QVERIFY(noPlace.timeAssumed);
        QCOMPARE(noPlace.occurredAt.toIsoString(), QStringLiteral("2026-11-18T22:41:00-05:00"));
        QCOMPARE(s.events.at(3).subtag, Subtag::AttemptFailAddresseeUnavailable);
        QCOMPARE(s.tag, Tag::Delivered);
    }

    void newStyleFieldsAndCustomsHold()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/aftership/customs_exception.json"));
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.origin.country, QStringLiteral("DE"));
        QCOMPARE(s.destination.country, QStringLiteral("IN"));
        QCOMPARE(s.subtag, Subtag::ExceptionCustomsHold);
        QCOMPARE(s.events.at(3).subtag, Subtag::InTransitCustomsClearanceStarted);
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-17T18:00:00+05:30"));
        QCOMPARE(s.order.customerName, QStringLiteral("Priya Sharma"));
    }

    void reusedTrackingNumberStaysTwoShipments()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/aftership/returns_and_reused_number.json"));
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.shipments.at(0).trackingNumber, r.shipments.at(1).trackingNumber);
        QCOMPARE(r.shipments.at(0).subtag, Subtag::ExceptionReturnedToSender);
        QCOMPARE(r.shipments.at(1).subtag, Subtag::Delivered);
        QCOMPARE(r.shipments.at(0).carrier, QStringLiteral("royal-mail"));
        // The generic attempt is refined from its text: the address was incomplete.
        QCOMPARE(r.shipments.at(0).events.at(2).subtag, Subtag::AttemptFailAddressIssue);
    }

    void messyInputIsReportedAndTheRestKept()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/aftership/messy.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        // Unknown carrier names become a slug, never dropped.
        QCOMPARE(s.carrier, QStringLiteral("acme-couriers"));
        // Three checkpoints have bad or missing times and one is not an object: three
        // good ones remain.
        QCOMPARE(s.events.size(), 3);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("checkpoints[1].checkpoint_time"), QStringLiteral("2026-13-45")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("checkpoints[2].checkpoint_time"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("checkpoints[3].checkpoint_time"), QStringLiteral("missing")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("checkpoints[6]"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("checkpoints[0].country_iso3"), QStringLiteral("XYZ")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("order_promised_delivery_date"), QStringLiteral("not a date")));
        // "N/A" is a placeholder, not a city.
        QVERIFY(s.events.first().city.isEmpty());
        // An unknown sub-status of a known tag: generic, refined from the text.
        QCOMPARE(s.events.at(1).subtag, Subtag::ExceptionDelayedExternal);
        QVERIFY(!s.events.at(1).unmappedCode);
        // Entirely unknown: the documented fallback, flagged and counted.
        QVERIFY(s.events.at(2).unmappedCode);
        QCOMPARE(s.events.at(2).subtag, UnmappedCodeFallback);
        QCOMPARE(r.summary.unmappedEvents, 1);
        // The summary says Delivered; the latest event says otherwise: events win.
        QCOMPARE(s.tag, Tag::InTransit);
        QVERIFY(s.statusConflict.contains(QLatin1String("Delivered_001")));
        QCOMPARE(r.summary.failedRecords, 1);
    }

    void multiPieceShipmentKeepsItsPieceCount()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/aftership/multi_piece.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.pieceCount, 3);
        QCOMPARE(s.carrier, QStringLiteral("fedex"));
        // 20:00 at -08:00 (Seattle in November) is 04:00 UTC the next day.
        QVERIFY(s.estimatedDelivery.hasTime);
        QCOMPARE(s.estimatedDelivery.at.utcMs, QDateTime(QDate(2026, 11, 26), QTime(4, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(s.events.size(), 3); // each piece's departure is its own scan
        QCOMPARE(r.issues.size(), 0);
    }

    void unknownTrackingIsNotFoundNotAnError()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/aftership/not_found.json"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("meta"), QStringLiteral("999999999999")));
    }

    void localTimesUseThePlacesZone()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/aftership/local_times.jsonl"));
        QCOMPARE(r.summary.records, 4);
        QCOMPARE(r.shipments.size(), 3);
        const ShipmentRecord *india = r.shipment(QStringLiteral("SF1234567890"));
        QVERIFY(india);
        QCOMPARE(india->events.first().occurredAt.toIsoString(), QStringLiteral("2026-11-21T09:15:00+05:30"));
        QVERIFY(!india->events.first().timeAssumed);
        const ShipmentRecord *us = r.shipment(QStringLiteral("LOCAL-US-1"));
        QVERIFY(us);
        // Arizona keeps standard time all year (-07:00); Tennessee spans two zones, so
        // its time is read as Central and flagged; no place at all: flagged too.
        QCOMPARE(us->events.at(0).occurredAt.toIsoString(), QStringLiteral("2026-07-03T18:00:00-04:00"));
        QVERIFY(us->events.at(0).timeAssumed);
        QCOMPARE(us->events.at(1).occurredAt.toIsoString(), QStringLiteral("2026-07-03T23:10:00-07:00"));
        QVERIFY(!us->events.at(1).timeAssumed);
        QCOMPARE(us->events.at(2).occurredAt.toIsoString(), QStringLiteral("2026-07-04T13:00:00-05:00"));
        QVERIFY(us->events.at(2).timeAssumed);
        // The broken line is reported with its record and line; the next line is read.
        QVERIFY(r.hasIssue(Severity::Error, QString(), QStringLiteral("truncated")));
        QVERIFY(r.issueLines().join(QLatin1Char('\n')).contains(QLatin1String("record 3 (line 3)")));
        QVERIFY(r.shipment(QStringLiteral("DE-LOCAL-1")));
    }
};

CT_REGISTER_SUITE("aftership", TestAfterShipAdapter);

#include "tst_aftershipadapter.moc"
