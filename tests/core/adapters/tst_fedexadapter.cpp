// SPDX-License-Identifier: MIT
// FedEx Track API specifics beyond the golden files: the facts a reviewer checks by hand.
#include "adaptertestsupport.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

const TrackingEvent *eventWithCode(const ShipmentRecord &s, const QString &code, int nth = 0)
{
    for (const TrackingEvent &e : s.events) {
        if (e.rawCode == code && nth-- == 0)
            return &e;
    }
    return nullptr;
}

// One trackResult with one scan, for the code table.
QByteArray oneScan(const QString &eventType, const QString &derived, const QString &text)
{
    return QStringLiteral(R"({"output": {"completeTrackResults": [{"trackingNumber": "794600000001",
        "trackResults": [{"trackingNumberInfo": {"trackingNumber": "794600000001"},
        "scanEvents": [{"date": "2026-11-10T10:00:00-05:00", "eventType": "%1",
        "derivedStatusCode": "%2", "eventDescription": "%3",
        "scanLocation": {"city": "NEWARK", "stateOrProvinceCode": "NJ", "countryCode": "US"}}]}]}]}})")
        .arg(eventType, derived, text)
        .toUtf8();
}

} // namespace

class TestFedExAdapter : public QObject
{
    Q_OBJECT

private slots:
    void deliveredShipment()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/delivered.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.sourceFormat, QStringLiteral("fedex"));
        QCOMPARE(s.carrier, QStringLiteral("fedex"));
        QCOMPARE(s.trackingNumber, QStringLiteral("285019464725"));
        QCOMPARE(s.carrierReference, QStringLiteral("2461034000~285019464725~FDEG"));
        QCOMPARE(s.service, QStringLiteral("FedEx Home Delivery"));
        QCOMPARE(s.origin.city, QStringLiteral("RENO"));
        QCOMPARE(s.destination.state, QStringLiteral("CO"));
        QCOMPARE(s.destination.country, QStringLiteral("US"));
        // signedByName on record: the delivery was signed for.
        QCOMPARE(s.tag, Tag::Delivered);
        QCOMPARE(s.subtag, Subtag::DeliveredSigned);
        QVERIFY(s.statusConflict.isEmpty());
        // FedEx lists the newest scan first; the record is oldest first.
        QCOMPARE(s.events.size(), 8);
        for (qsizetype i = 1; i < s.events.size(); ++i)
            QVERIFY(s.events.at(i - 1).occurredAt.utcMs <= s.events.at(i).occurredAt.utcMs);
        // OC 11:02:17 at -06:00 is 17:02:17 UTC; DL 14:12 at -07:00 is 21:12 UTC.
        QCOMPARE(s.events.first().rawCode, QStringLiteral("OC"));
        QCOMPARE(s.events.first().subtag, Subtag::InfoReceived);
        QCOMPARE(s.events.first().occurredAt.utcMs, utc(2026, 11, 3, 17, 2, 17));
        QCOMPARE(s.events.last().occurredAt.utcMs, utc(2026, 11, 6, 21, 12));
        QCOMPARE(s.events.last().occurredAt.offsetMinutes, -420);
        QCOMPARE(eventWithCode(s, QStringLiteral("PU"))->subtag, Subtag::InTransitAccepted);
        QCOMPARE(eventWithCode(s, QStringLiteral("DP"))->subtag, Subtag::InTransitDeparted);
        QCOMPARE(eventWithCode(s, QStringLiteral("AR"))->subtag, Subtag::InTransitArrivedAtFacility);
        QCOMPARE(eventWithCode(s, QStringLiteral("OD"))->subtag, Subtag::OutForDelivery);
        // "2026-11-06T00:00:00" without offset is a date, not a deadline at midnight.
        QCOMPARE(s.estimatedDelivery.date, QDate(2026, 11, 6));
        QVERIFY(!s.estimatedDelivery.hasTime);
        // ACTUAL_PICKUP 16:40 at -08:00.
        QCOMPARE(s.shippedAt, QDateTime(QDate(2026, 11, 5), QTime(0, 40), QTimeZone::utc()));
    }

    void failedAttemptThenDelivery()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/attempt_then_delivered.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 11);
        const TrackingEvent *attempt = eventWithCode(s, QStringLiteral("DE"));
        QVERIFY(attempt);
        QCOMPARE(attempt->tag, Tag::AttemptFail);
        // The reason (exceptionDescription) is kept with the event text; FedEx's
        // "Customer not available or business closed" is refined by the shared phrases to
        // the more common of its two reasons: nobody in.
        QCOMPARE(attempt->description,
                 QStringLiteral("Delivery exception: Customer not available or business closed"));
        QCOMPARE(attempt->subtag, Subtag::AttemptFailAddresseeUnavailable);
        QCOMPARE(attempt->occurredAt.utcMs, utc(2026, 11, 10, 15, 31));
        QVERIFY(!attempt->unmappedCode);
        QCOMPARE(eventWithCode(s, QStringLiteral("OD"), 1)->occurredAt.utcMs, utc(2026, 11, 11, 13, 2));
        QCOMPARE(s.tag, Tag::Delivered);
        QCOMPARE(s.subtag, Subtag::DeliveredSigned);
        // Memphis hub scans keep their own offset.
        QCOMPARE(eventWithCode(s, QStringLiteral("AR"))->occurredAt.offsetMinutes, -360);
        QCOMPARE(r.issues.size(), 0);
    }

    void exceptionsInOneResponse()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/exceptions.json"));
        QCOMPARE(r.shipments.size(), 3);
        const ShipmentRecord *customs = r.shipment(QStringLiteral("770961234580"));
        QVERIFY(customs);
        QCOMPARE(customs->origin.country, QStringLiteral("GB"));
        QCOMPARE(customs->subtag, Subtag::ExceptionCustomsHold);
        QCOMPARE(eventWithCode(*customs, QStringLiteral("CP"))->subtag,
                 Subtag::InTransitCustomsClearanceStarted);
        QVERIFY(customs->estimatedDelivery.isNull());
        const ShipmentRecord *weather = r.shipment(QStringLiteral("612990018544301"));
        QVERIFY(weather);
        // DY "Delay" with the weather reason: an external delay, not a carrier one.
        QCOMPARE(weather->subtag, Subtag::ExceptionDelayedExternal);
        // The estimate is the end of estimatedDeliveryTimeWindow.
        QVERIFY(weather->estimatedDelivery.hasTime);
        QCOMPARE(weather->estimatedDelivery.toIsoString(), QStringLiteral("2026-11-12T17:00:00-06:00"));
        const ShipmentRecord *damaged = r.shipment(QStringLiteral("789512340077"));
        QVERIFY(damaged);
        QCOMPARE(damaged->subtag, Subtag::ExceptionDamaged);
        // Arizona: -07:00 in November as all year.
        QCOMPARE(damaged->events.last().occurredAt.offsetMinutes, -420);
        QCOMPARE(r.issues.size(), 0);
    }

    void returnToShipper()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/return_to_sender.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        // The recipient's address stays the destination after the return.
        QCOMPARE(s.destination.city, QStringLiteral("MIAMI"));
        // "Incorrect address - apartment number missing" is an address problem, not a loss.
        QCOMPARE(eventWithCode(s, QStringLiteral("DE"), 0)->subtag, Subtag::AttemptFailAddressIssue);
        QCOMPARE(eventWithCode(s, QStringLiteral("DE"), 1)->subtag, Subtag::AttemptFailAddressIssue);
        QCOMPARE(eventWithCode(s, QStringLiteral("RS"))->subtag, Subtag::ExceptionReturningToSender);
        // Scans after RS are the return travelling; the final DL reaches the shipper.
        QCOMPARE(eventWithCode(s, QStringLiteral("OD"), 2)->subtag, Subtag::ExceptionReturningToSender);
        QCOMPARE(s.events.last().rawCode, QStringLiteral("DL"));
        QCOMPARE(s.events.last().subtag, Subtag::ExceptionReturnedToSender);
        QCOMPARE(s.subtag, Subtag::ExceptionReturnedToSender);
        // latestStatusDetail says DL; read the same way, it agrees with the events.
        QVERIFY(s.statusConflict.isEmpty());
        QCOMPARE(r.issues.size(), 0);
    }

    void multiPieceShipment()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/multi_piece.json"));
        QCOMPARE(r.shipments.size(), 2);
        const ShipmentRecord *master = r.shipment(QStringLiteral("794700112230"));
        const ShipmentRecord *child = r.shipment(QStringLiteral("794700112241"));
        QVERIFY(master && child);
        QCOMPARE(master->pieceCount, 3);
        QCOMPARE(child->pieceCount, 3);
        QVERIFY(master->masterTrackingNumber.isEmpty());
        QCOMPARE(child->masterTrackingNumber, QStringLiteral("794700112230"));
        QCOMPARE(child->subtag, Subtag::OutForDelivery);
    }

    void reusedTrackingNumberStaysTwoShipments()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/duplicate_number.json"));
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.shipments.at(0).trackingNumber, r.shipments.at(1).trackingNumber);
        QCOMPARE(r.shipments.at(0).carrierReference, QStringLiteral("2461006000~449044304137062~FDEG"));
        QCOMPARE(r.shipments.at(1).carrierReference, QStringLiteral("2461118000~449044304137062~FDEG"));
        QCOMPARE(r.shipments.at(0).subtag, Subtag::Delivered);
        QCOMPARE(r.shipments.at(1).subtag, Subtag::InTransitArrivedAtFacility);
        QCOMPARE(r.shipments.at(0).events.size(), 3);
        QCOMPARE(r.shipments.at(1).events.size(), 3);
    }

    void localTimesWithoutOffset()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/local_times.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 7);
        // OC in Canada without a province: Toronto's zone, flagged as assumed.
        const TrackingEvent *oc = eventWithCode(s, QStringLiteral("OC"));
        QCOMPARE(oc->occurredAt.toIsoString(), QStringLiteral("2026-11-16T11:02:17-05:00"));
        QVERIFY(oc->timeAssumed);
        // Mississauga, ON: Eastern time, certain.
        const TrackingEvent *pu = eventWithCode(s, QStringLiteral("PU"));
        QCOMPARE(pu->occurredAt.utcMs, utc(2026, 11, 16, 20, 20));
        QVERIFY(!pu->timeAssumed);
        // No scan location: the destination country's main zone, assumed.
        const TrackingEvent *ar = eventWithCode(s, QStringLiteral("AR"));
        QCOMPARE(ar->occurredAt.toIsoString(), QStringLiteral("2026-11-17T06:40:00-05:00"));
        QVERIFY(ar->timeAssumed);
        const TrackingEvent *od = eventWithCode(s, QStringLiteral("OD"));
        QCOMPARE(od->occurredAt.utcMs, utc(2026, 11, 17, 13, 5));
        QVERIFY(!od->timeAssumed);
        QCOMPARE(eventWithCode(s, QStringLiteral("CC"))->subtag, Subtag::InTransitCustomsCleared);
        // The mixed-in scan with an offset is taken as given.
        QCOMPARE(s.events.last().occurredAt.utcMs, utc(2026, 11, 17, 18, 31));
        // ACTUAL_PICKUP without offset, read at the origin (Ontario).
        QCOMPARE(s.shippedAt, QDateTime(QDate(2026, 11, 16), QTime(20, 20), QTimeZone::utc()));
    }

    void unknownNumberIsNotFound()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/not_found.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().trackingNumber, QStringLiteral("794612300981"));
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QVERIFY(r.hasIssue(Severity::Notice,
                           QStringLiteral("output.completeTrackResults[1].trackResults[0].error"),
                           QStringLiteral("123456789012")));
    }

    void requestLevelErrorBody()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/request_error.json"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.errors, 1);
        QCOMPARE(r.summary.failedRecords, 1);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("errors[0]"),
                           QStringLiteral("TRACKING.TRACKINGNUMBER.EMPTY")));
    }

    void messyInputIsReportedAndTheRestKept()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex/messy.json"));
        // trackResults[1] is not an object and trackResults[2] has an unusable number.
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        const QString result = QStringLiteral("output.completeTrackResults[0].trackResults[0].");
        QCOMPARE(s.events.size(), 4);
        QVERIFY(r.hasIssue(Severity::Error, result + QStringLiteral("scanEvents[1]"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, result + QStringLiteral("scanEvents[4].date"), QStringLiteral("missing")));
        QVERIFY(r.hasIssue(Severity::Error, result + QStringLiteral("scanEvents[5].date"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, result + QStringLiteral("scanEvents[6].date"), QStringLiteral("2026-11-31")));
        QVERIFY(r.hasIssue(Severity::Warning, result + QStringLiteral("scanEvents[7].scanLocation.countryCode"), QStringLiteral("ZZ")));
        QVERIFY(r.hasIssue(Severity::Warning, result + QStringLiteral("dateAndTimes[0].dateTime"), QStringLiteral("soon")));
        QVERIFY(r.hasIssue(Severity::Warning, result + QStringLiteral("packageDetails.count"), QStringLiteral("several")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("output.completeTrackResults[0].trackResults[1]"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("output.completeTrackResults[0].trackResults[2].trackingNumberInfo.trackingNumber"), QStringLiteral("found object")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("output.completeTrackResults[1].trackResults"), QStringLiteral("found string")));
        // "N/A" is a placeholder; an empty scanLocation is no place at all.
        QVERIFY(s.events.first().city.isEmpty());
        QCOMPARE(s.events.first().postalCode, QStringLiteral("85713"));
        QVERIFY(s.events.last().city.isEmpty() && s.events.last().country.isEmpty());
        QVERIFY(s.destination.city.isEmpty());
        // Unknown eventType with a known derivedStatusCode: that stage, generic, not flagged.
        const TrackingEvent *zx = eventWithCode(s, QStringLiteral("ZX"));
        QCOMPARE(zx->subtag, Subtag::InTransit);
        QVERIFY(!zx->unmappedCode);
        // Nothing known: the documented fallback, flagged and counted.
        const TrackingEvent *q9 = eventWithCode(s, QStringLiteral("Q9"));
        QVERIFY(q9->unmappedCode);
        QCOMPARE(q9->subtag, UnmappedCodeFallback);
        QCOMPARE(r.summary.unmappedEvents, 1);
        QVERIFY(r.hasIssue(Severity::Warning, result + QStringLiteral("scanEvents[2].eventType"), QStringLiteral("Q9")));
        // latestStatusDetail says delivered; the latest scan is out for delivery.
        QCOMPARE(s.tag, Tag::OutForDelivery);
        QVERIFY(s.statusConflict.contains(QLatin1String("Delivered_001")));
        QVERIFY(r.hasIssue(Severity::Warning, result + QStringLiteral("latestStatusDetail.code"), QStringLiteral("contradicts")));
        QCOMPARE(r.summary.failedRecords, 1);
    }

    void codeTable_data()
    {
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<QString>("derived");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("unmapped");
        auto row = [](const char *type, const char *derived, const char *text, const char *expected,
                      bool unmapped = false) {
            QTest::addRow("%s/%s %s", type, derived, text)
                << QString::fromLatin1(type) << QString::fromLatin1(derived)
                << QString::fromLatin1(text) << QString::fromLatin1(expected) << unmapped;
        };
        row("OC", "IN", "Shipment information sent to FedEx", "InfoReceived_001");
        row("PU", "PU", "Picked up", "InTransit_002");
        row("PX", "PU", "Picked up (see details)", "InTransit_002");
        row("AR", "IT", "Arrived at FedEx location", "InTransit_003");
        row("FD", "IT", "At FedEx destination facility", "InTransit_010");
        row("DP", "IT", "Departed FedEx location", "InTransit_007");
        row("LO", "IT", "Left FedEx origin facility", "InTransit_007");
        row("IT", "IT", "On the way", "InTransit_001");
        row("AE", "IT", "Shipment arriving early", "InTransit_001");
        row("AX", "IT", "At USPS facility", "InTransit_009");
        row("CP", "IT", "Clearance in progress", "InTransit_006");
        row("CC", "IT", "International shipment release - Import", "InTransit_005");
        row("OD", "OD", "On FedEx vehicle for delivery", "OutForDelivery_001");
        row("DE", "DE", "Delivery exception: Customer not available", "AttemptFail_002");
        row("DE", "DE", "Delivery exception: Refused by recipient", "AttemptFail_005");
        row("DE", "DE", "Delivery exception", "AttemptFail_001");
        row("DL", "DL", "Delivered", "Delivered_001");
        row("HP", "HP", "Ready for recipient pickup", "AvailableForPickup_001");
        row("HL", "HL", "Hold at location", "AvailableForPickup_001");
        row("CD", "CD", "Clearance delay", "Exception_004");
        row("DY", "DY", "Delay", "Exception_014");
        row("SE", "SE", "Shipment exception: Package damaged", "Exception_012");
        row("SE", "SE", "Shipment exception", "Exception_001");
        row("RS", "RS", "Return to shipper", "Exception_010");
        row("CA", "CA", "Shipment cancelled by sender", "Exception_001");
        // Unknown eventType: the derivedStatusCode's stage, generic.
        row("ZZ", "DL", "Delivered", "Delivered_001");
        row("ZZ", "DE", "Delivery exception", "AttemptFail_001");
        row("", "PU", "Picked up", "InTransit_002");
        // Nothing known: classified from the text, flagged.
        row("ZZ", "", "Out for delivery", "OutForDelivery_001", true);
        row("ZZ", "", "Package at partner hub", "InTransit_001", true);
    }

    void codeTable()
    {
        QFETCH(QString, eventType);
        QFETCH(QString, derived);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(bool, unmapped);
        const auto r = normalizeBytes(oneScan(eventType, derived, text));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().events.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(subtagCode(e.subtag), expected);
        QCOMPARE(e.unmappedCode, unmapped);
    }
};

CT_REGISTER_SUITE("fedex", TestFedExAdapter);

#include "tst_fedexadapter.moc"
