// SPDX-License-Identifier: MIT
// USPS Tracking API v3 specifics beyond the golden files: the facts a reviewer checks by hand.
#include "adaptertestsupport.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

// A v3 tracking object around a single event.
QByteArray oneEvent(const char *code, const char *eventType)
{
    return QByteArray(R"({"trackingNumber":"9400100000000000000026","statusCategory":"In Transit",
        "trackingEvents":[{"eventType":")") +
           eventType + R"(","eventTimestamp":"2026-11-10T12:00:00","GMTOffset":"-05:00",
        "eventCity":"NEW YORK","eventState":"NY","eventZIP":"10001","eventCode":")" +
           code + R"("}]})";
}

} // namespace

class TestUspsAdapter : public QObject
{
    Q_OBJECT

private slots:
    void deliveredUsesLocalTimeAndGmtOffset()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps/delivered.json"));
        QCOMPARE(r.issues.size(), 0);
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("usps"));
        QCOMPARE(s.service, QStringLiteral("USPS Ground Advantage")); // <SUP>&#153;</SUP> dropped
        QCOMPARE(s.carrierReference, QStringLiteral("418733902"));
        QCOMPARE(s.subtag, Subtag::Delivered);
        QCOMPARE(s.events.size(), 9);
        // 14:12 at -08:00 is 22:12 UTC.
        QCOMPARE(s.events.last().occurredAt.utcMs, utc(2026, 11, 6, 22, 12));
        QCOMPARE(s.events.last().occurredAt.offsetMinutes, -480);
        QCOMPARE(s.events.last().postalCode, QStringLiteral("98103"));
        QCOMPARE(s.events.last().country, QStringLiteral("US")); // eventCountry null: domestic
        // GMTTimestamp says "2026-11-05T07:28:41Z" (date not rolled over); local time plus
        // GMTOffset gives the real instant, 07:28 UTC on the 6th.
        const TrackingEvent &plant = s.events.at(4);
        QCOMPARE(plant.city, QStringLiteral("SEATTLE WA DISTRIBUTION CENTER"));
        QCOMPARE(plant.state, QStringLiteral("WA")); // read from the plant's name
        QCOMPARE(plant.occurredAt.utcMs, utc(2026, 11, 6, 7, 28));
        QCOMPARE(plant.subtag, Subtag::InTransitArrivedAtFacility);
        // The label event has no GMTOffset: read in Los Angeles (PST).
        QCOMPARE(s.events.first().occurredAt.toIsoString(),
                 QStringLiteral("2026-11-03T10:20:00-08:00"));
        QVERIFY(!s.events.first().timeAssumed);
        QCOMPARE(s.events.at(6).subtag, Subtag::InTransitArrivedAtDeliveryFacility); // 07
        // expectedDeliveryTimeStamp "2026-11-07T00:00:00": a date.
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-07"));
        QVERIFY(!s.estimatedDelivery.hasTime);
        QCOMPARE(s.origin.city, QStringLiteral("LOS ANGELES"));
        QCOMPARE(s.destination.postalCode, QStringLiteral("98103"));
        QCOMPARE(s.destination.country, QStringLiteral("US"));
    }

    void attemptThenPickupWithLocalTimes()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps/attempt_pickup.json"));
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 9);
        for (qsizetype i = 1; i < s.events.size(); ++i)
            QVERIFY(s.events.at(i - 1).occurredAt.utcMs <= s.events.at(i).occurredAt.utcMs);
        // Aurora, CO in November: -07:00, from the state.
        const TrackingEvent &attempt = s.events.at(6);
        QCOMPARE(attempt.rawCode, QStringLiteral("02"));
        QCOMPARE(attempt.subtag, Subtag::AttemptFailNoAccess); // refined from the text
        QCOMPARE(attempt.occurredAt.utcMs, utc(2026, 11, 10, 20, 16));
        QVERIFY(!attempt.timeAssumed);
        QCOMPARE(s.events.at(7).subtag, Subtag::AvailableForPickup);
        // "Delivered, Individual Picked Up at Postal Facility" (code 01).
        QCOMPARE(s.subtag, Subtag::DeliveredPickedUp);
        // No place at all: the destination country's main zone, flagged.
        QVERIFY(s.events.first().timeAssumed);
        QCOMPARE(s.events.first().occurredAt.toIsoString(),
                 QStringLiteral("2026-11-09T09:05:00-05:00"));
        // "DENVER CO DISTRIBUTION CENTER" without eventState is still Colorado.
        QCOMPARE(s.events.at(3).occurredAt.toIsoString(),
                 QStringLiteral("2026-11-09T23:55:00-07:00"));
        QVERIFY(!s.events.at(3).timeAssumed);
        QVERIFY(s.statusConflict.isEmpty());
        QCOMPARE(s.service, QStringLiteral("Priority Mail"));
    }

    void returnDeliveredToOriginalSender()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps/return_to_sender.json"));
        QCOMPARE(r.issues.size(), 0); // statusCategory "Delivered" read with its status text
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.at(6).subtag, Subtag::ExceptionAddressProblem);    // 05
        QCOMPARE(s.events.at(7).subtag, Subtag::ExceptionReturningToSender); // 09
        QCOMPARE(s.subtag, Subtag::ExceptionReturnedToSender); // 01 "To Original Sender"
        QCOMPARE(s.tag, Tag::Exception);
        // Boise, ID in October: -06:00 (MDT), given by GMTOffset.
        QCOMPARE(s.events.at(6).occurredAt.toIsoString(),
                 QStringLiteral("2026-10-22T14:05:00-06:00"));
        QVERIFY(s.estimatedDelivery.isNull());
    }

    void multiStatusArrayKeepsEveryItem()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps/multi_status.json"));
        QCOMPARE(r.summary.records, 4);
        QCOMPARE(r.shipments.size(), 3);
        // The same number twice: two items, told apart by uniqueTrackingID.
        QCOMPARE(r.shipments.at(0).trackingNumber, r.shipments.at(2).trackingNumber);
        QVERIFY(r.shipments.at(0).carrierReference != r.shipments.at(2).carrierReference);
        QCOMPARE(r.shipments.at(0).subtag, Subtag::ExceptionDelayedCarrier); // 08 Missent
        QCOMPARE(r.shipments.at(2).subtag, Subtag::Delivered);
        QCOMPARE(r.shipments.at(1).subtag, Subtag::ExceptionCustomerMoved); // 23
        // v3r2 spellings: eventZIPCode, destinationZIPCode.
        QCOMPARE(r.shipments.at(1).events.last().postalCode, QStringLiteral("87102"));
        QCOMPARE(r.shipments.at(1).destination.postalCode, QStringLiteral("87102"));
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("error"),
                           QStringLiteral("9400100000000000000019")));
    }

    void notFoundInventsNothing()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps/not_found.json"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("error"),
                           QStringLiteral("Sign up for Informed Delivery to receive")));
    }

    void carrierErrorsAreErrors()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps/error_bodies.jsonl"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 0);
        QCOMPARE(r.summary.errors, 2);
        QCOMPARE(r.summary.failedRecords, 2);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("error"), QStringLiteral("401")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("error"), QStringLiteral("429")));
    }

    void localTimesInManyZones()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps/local_times.json"));
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QStringList iso;
        QList<bool> assumed;
        for (const TrackingEvent &e : s.events) {
            iso.append(e.occurredAt.toIsoString());
            assumed.append(e.timeAssumed);
        }
        const QStringList expected = {
            QStringLiteral("2026-10-30T08:00:00-04:00"), // San Juan, PR: Atlantic time
            QStringLiteral("2026-10-30T15:20:00-04:00"),
            QStringLiteral("2026-10-30T22:10:00-04:00"), // "SAN JUAN PR DISTRIBUTION CENTER"
            QStringLiteral("2026-10-31T11:45:00-04:00"), // Louisville, KY spans zones: assumed
            QStringLiteral("2026-10-31T19:30:00-04:00"), // Indianapolis, IN
            QStringLiteral("2026-11-01T01:30:00-07:00"), // Phoenix, AZ: no daylight time
            QStringLiteral("2026-11-01T06:00:00-07:00"),
            QStringLiteral("2026-11-02T04:40:00-09:00"), // Anchorage, AK after 1 November
            QStringLiteral("2026-11-02T07:15:00-09:00"),
            QStringLiteral("2026-11-02T08:05:00-09:00"),
        };
        QCOMPARE(iso, expected);
        QCOMPARE(assumed, (QList<bool>{false, false, false, true, false, false, false, false, false,
                                       false}));
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-02T18:00:00-09:00"));
        QCOMPARE(s.service, QStringLiteral("Priority Mail Express"));
        QCOMPARE(s.subtag, Subtag::OutForDelivery);
    }

    void messyInputIsReportedAndTheRestKept()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/usps/messy.jsonl"));
        QCOMPARE(r.summary.records, 3);
        QCOMPARE(r.shipments.size(), 2); // the empty tracking number is not a shipment
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 5);
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("expectedDeliveryTimeStamp"),
                           QStringLiteral("soon")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("trackingEvents[0].GMTOffset"),
                           QStringLiteral("-25:99")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("trackingEvents[1].eventTimestamp"),
                           QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("trackingEvents[3].eventTimestamp"),
                           QStringLiteral("2026-11-31")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("trackingEvents[4]"),
                           QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("trackingEvents[5].eventTimestamp"),
                           QStringLiteral("missing")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("trackingEvents[8].eventCountry"),
                           QStringLiteral("ATLANTIS")));
        QVERIFY(
            r.hasIssue(Severity::Error, QStringLiteral("trackingNumber"), QStringLiteral("empty")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("trackingEvents"),
                           QStringLiteral("found object")));
        // "N/A" is no city; the state still makes it a US event.
        QVERIFY(s.events.first().city.isEmpty());
        QCOMPARE(s.events.first().country, QStringLiteral("US"));
        // Unreadable GMTOffset: read in Houston's zone instead (CST).
        QCOMPARE(s.events.at(1).occurredAt.toIsoString(),
                 QStringLiteral("2026-11-03T04:10:00-06:00"));
        QVERIFY(!s.events.at(1).timeAssumed);
        // An unknown code and a missing code: classified from the text or the fallback, flagged.
        QCOMPARE(s.events.at(2).rawCode, QStringLiteral("ZZ"));
        QVERIFY(s.events.at(2).unmappedCode);
        QCOMPARE(s.events.at(2).subtag, UnmappedCodeFallback);
        QVERIFY(s.events.at(3).rawCode.isEmpty());
        QVERIFY(s.events.at(3).unmappedCode);
        QCOMPARE(s.events.at(3).subtag, Subtag::InTransit); // "In Transit to Next Facility"
        QVERIFY(s.events.at(3).timeAssumed);
        QCOMPARE(r.summary.unmappedEvents, 2);
        // statusCategory says Delivered; the events say otherwise.
        QCOMPARE(s.tag, Tag::InTransit);
        QVERIFY(s.statusConflict.contains(QLatin1String("Delivered_001")));
        QVERIFY(s.origin.country.isEmpty()); // "N/A", "-", "": nothing
        QCOMPARE(s.destination.state, QStringLiteral("TX"));
        QVERIFY(s.destination.postalCode.isEmpty());
        QCOMPARE(s.service, QStringLiteral("First-Class Package Service"));
        // The object without an events array: kept, status from statusCategory.
        QCOMPARE(r.shipments.at(1).subtag, Subtag::InfoReceived);
        QCOMPARE(r.summary.failedRecords, 3);
    }

    void eventCodes_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("eventType");
        QTest::addColumn<Subtag>("expected");
        QTest::addColumn<bool>("unmapped");
        auto row = [](const char *code, const char *type, Subtag subtag, bool unmapped = false) {
            QTest::newRow(code) << QByteArray(code) << QByteArray(type) << subtag << unmapped;
        };
        row("GX", "Shipping Label Created, USPS Awaiting Item", Subtag::InfoReceived);
        row("MA", "Pre-Shipment Info Sent to USPS, USPS Awaiting Item", Subtag::InfoReceived);
        row("80", "Picked Up by Shipping Partner, USPS Awaiting Item", Subtag::InTransitAccepted);
        row("OA", "Accepted at USPS Origin Facility", Subtag::InTransitAccepted);
        row("A1", "Arrived at USPS Facility", Subtag::InTransitArrivedAtFacility);
        row("T1", "Departed USPS Facility", Subtag::InTransitDeparted);
        row("06", "Forwarded", Subtag::InTransitForwarded);
        row("OF", "Out for Delivery", Subtag::OutForDelivery);
        row("01", "Delivered, Front Door/Porch", Subtag::Delivered);
        row("43", "Picked Up", Subtag::DeliveredPickedUp);
        row("14", "Arrival at Pickup Point", Subtag::AvailableForPickup);
        row("02", "Notice Left (No Authorized Recipient Available)", Subtag::AttemptFail);
        row("51", "Business Closed", Subtag::AttemptFailBusinessClosed);
        row("53", "Notice Left (Receptacle Blocked)", Subtag::AttemptFailNoAccess);
        row("04", "Refused", Subtag::ExceptionRefused);
        row("21", "No Such Number", Subtag::ExceptionAddressProblem);
        row("24", "Forward Expired", Subtag::ExceptionCustomerMoved);
        row("27", "Unclaimed", Subtag::ExceptionPickupNotCollected);
        row("15", "Mis-shipped", Subtag::ExceptionDelayedCarrier);
        row("29", "Return to Sender - Not Picked Up", Subtag::ExceptionReturningToSender);
        row("44", "Customer Recall", Subtag::ExceptionReturningToSender);
        row("Q7", "Teleported to a parallel facility", UnmappedCodeFallback, true);
        row("Q8", "Return to Sender in Progress", Subtag::ExceptionReturningToSender, true);
    }

    void eventCodes()
    {
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, eventType);
        QFETCH(Subtag, expected);
        QFETCH(bool, unmapped);
        const auto r = normalizeBytes(oneEvent(code.constData(), eventType.constData()));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().events.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(subtagCode(e.subtag), subtagCode(expected));
        QCOMPARE(e.unmappedCode, unmapped);
        QCOMPARE(e.occurredAt.toIsoString(), QStringLiteral("2026-11-10T12:00:00-05:00"));
    }
};

CT_REGISTER_SUITE("usps", TestUspsAdapter);

#include "tst_uspsadapter.moc"
