// SPDX-License-Identifier: MIT
// USPS Web Tools Track/Confirm Fields (XML) specifics beyond the golden files.
#include "adaptertestsupport.h"

#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

class TestUspsWebToolsAdapter : public QObject
{
    Q_OBJECT

private slots:
    void severalEntriesKeptApart()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps-webtools/several_entries.xml"));
        QCOMPARE(r.summary.records, 3);
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.summary.errors, 0);
        QCOMPARE(r.summary.notFound, 1);
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("TrackResponse/TrackInfo[2]/Error (line 75, column 5)"),
                           QStringLiteral("tracking number 9400100000000000000000 not found (carrier says: \"The Postal "
                                          "Service could not locate")));

        const ShipmentRecord *delivered = r.shipment(QStringLiteral("9405511899560012345678"));
        QVERIFY(delivered);
        QCOMPARE(delivered->sourceFormat, QStringLiteral("usps-webtools"));
        QCOMPARE(delivered->carrier, QStringLiteral("usps"));
        QCOMPARE(delivered->service, QStringLiteral("Priority Mail")); // <SUP>&reg;</SUP> dropped
        QCOMPARE(delivered->origin.city, QStringLiteral("ATLANTA"));
        QCOMPARE(delivered->origin.country, QStringLiteral("US"));
        QCOMPARE(delivered->destination.postalCode, QStringLiteral("80202"));
        QCOMPARE(delivered->estimatedDelivery.toIsoString(), QStringLiteral("2026-06-18"));
        QCOMPARE(delivered->subtag, Subtag::Delivered);
        QCOMPARE(delivered->events.size(), 5);
        // Oldest first. Pre-shipment has no time: its day's start, flagged as assumed.
        const TrackingEvent &pre = delivered->events.at(0);
        QCOMPARE(pre.subtag, Subtag::InfoReceived);
        QVERIFY(pre.timeAssumed);
        QCOMPARE(pre.occurredAt.localDate(), QDate(2026, 6, 14));
        // The plant's state is read from its name; Colorado in June is MDT (-06:00).
        const TrackingEvent &plant = delivered->events.at(1);
        QCOMPARE(plant.state, QStringLiteral("CO"));
        QCOMPARE(plant.country, QStringLiteral("US"));
        QCOMPARE(plant.occurredAt.toIsoString(), QStringLiteral("2026-06-16T21:15:00-06:00"));
        QCOMPARE(plant.subtag, Subtag::InTransitDeparted);
        QCOMPARE(delivered->events.at(2).occurredAt.utcMs, utc(2026, 6, 17, 8, 48));  // 2:48 am
        QCOMPARE(delivered->events.at(2).subtag, Subtag::InTransitArrivedAtDeliveryFacility);
        QCOMPARE(delivered->events.at(3).occurredAt.utcMs, utc(2026, 6, 17, 13, 10)); // 7:10 am
        QCOMPARE(delivered->events.at(3).subtag, Subtag::OutForDelivery);
        // 11:37 am with GMTOffset -06:00: exact.
        QCOMPARE(delivered->events.at(4).occurredAt.toIsoString(), QStringLiteral("2026-06-17T11:37:00-06:00"));
        QVERIFY(!delivered->events.at(4).timeAssumed);
        QVERIFY(delivered->rawPayload.startsWith("<TrackInfo ID=\"9405511899560012345678\">"));

        const ShipmentRecord *attempt = r.shipment(QStringLiteral("9270190000000000000011"));
        QVERIFY(attempt);
        QCOMPARE(attempt->service, QStringLiteral("USPS Ground Advantage"));
        QCOMPARE(attempt->events.size(), 3);
        QCOMPARE(attempt->events.first().occurredAt.utcMs, utc(2026, 6, 15, 19, 20)); // 1:20 pm MDT in Utah
        QCOMPARE(attempt->events.first().subtag, Subtag::InTransitAccepted);
        QCOMPARE(attempt->events.last().occurredAt.utcMs, utc(2026, 6, 16, 22, 2)); // 4:02 pm
        QCOMPARE(attempt->subtag, Subtag::AttemptFailAddresseeUnavailable);         // 56
        // Z7 is no code USPS documents: counted, kept, classified from its text or the fallback.
        const TrackingEvent &unknown = attempt->events.at(1);
        QCOMPARE(unknown.rawCode, QStringLiteral("Z7"));
        QVERIFY(unknown.unmappedCode);
        QCOMPARE(r.summary.unmappedEvents, 1);
        QVERIFY(r.hasIssue(Severity::Warning,
                           QStringLiteral("TrackResponse/TrackInfo[3]/TrackDetail[1]/EventCode (line 107, column 7)"),
                           QStringLiteral("unknown status code \"Z7\"")));
    }

    void returnDeliveredToTheSender()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps-webtools/return_to_sender.xml"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.subtag, Subtag::ExceptionReturnedToSender); // 01, "To Original Sender"
        QVERIFY(s.statusConflict.isEmpty());
        QCOMPARE(s.events.size(), 2);
        QCOMPARE(s.events.first().subtag, Subtag::ExceptionReturningToSender); // 09
        QCOMPARE(s.events.first().occurredAt.utcMs, utc(2026, 6, 12, 15, 0));   // PDT
        QCOMPARE(s.events.last().occurredAt.utcMs, utc(2026, 6, 19, 16, 44));
        // An error beside real data keeps the data; a 24-hour time is not USPS's and is located.
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("TrackFieldResponse/TrackInfo[1]/Error (line 13, column 5)"),
                           QStringLiteral("USPS error -2147219283 beside tracking data")));
        QVERIFY(r.hasIssue(Severity::Error,
                           QStringLiteral("TrackFieldResponse/TrackInfo[1]/TrackDetail[2]/EventTime (line 38, column 7)"),
                           QStringLiteral("invalid time \"13:05\" (expected \"11:37 am\")")));
        QCOMPARE(r.summary.notFound, 0);
    }
};

CT_REGISTER_SUITE("usps-webtools", TestUspsWebToolsAdapter);

#include "tst_uspswebtoolsadapter.moc"
