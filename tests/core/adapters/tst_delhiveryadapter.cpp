// SPDX-License-Identifier: MIT
// Delhivery specifics beyond the golden files: the facts a reviewer checks by hand.
#include "adaptertestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

// A one-shipment tracking response with one scan, for the mapping tables.
QByteArray oneScan(const QString &type, const QString &scan, const QString &code,
                   const QString &instructions,
                   const QString &location = QStringLiteral("Mumbai_Andheri_DC (Maharashtra)"))
{
    const QJsonObject detail{
        {QStringLiteral("ScanDateTime"), QStringLiteral("2026-11-05T10:00:00")},
        {QStringLiteral("ScanType"), type},
        {QStringLiteral("Scan"), scan},
        {QStringLiteral("StatusDateTime"), QStringLiteral("2026-11-05T10:00:00")},
        {QStringLiteral("ScannedLocation"), location},
        {QStringLiteral("StatusCode"), code},
        {QStringLiteral("Instructions"), instructions},
    };
    const QJsonObject shipment{
        {QStringLiteral("AWB"), QStringLiteral("1490899900001")},
        {QStringLiteral("Scans"), QJsonArray{QJsonObject{{QStringLiteral("ScanDetail"), detail}}}},
    };
    const QJsonObject document{
        {QStringLiteral("ShipmentData"), QJsonArray{QJsonObject{{QStringLiteral("Shipment"), shipment}}}}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDelhiveryAdapter : public QObject
{
    Q_OBJECT

private slots:
    void deliveredShipmentKeepsOrderAndLocalTimes()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/delivered.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.trackingNumber, QStringLiteral("1490812034561"));
        QCOMPARE(s.carrier, QStringLiteral("delhivery"));
        QCOMPARE(s.sourceFormat, QStringLiteral("delhivery"));
        QCOMPARE(s.service, QStringLiteral("Pre-paid"));
        QCOMPARE(s.tag, Tag::Delivered);
        QCOMPARE(s.subtag, Subtag::Delivered);
        QCOMPARE(s.order.orderId, QStringLiteral("UK-20418"));
        QCOMPARE(s.order.customerName, QStringLiteral("Ananya Rao"));
        QCOMPARE(s.order.orderValueCents, 249900);
        QCOMPARE(s.order.currency, QStringLiteral("INR"));
        // Delhivery's PromisedDeliveryDate is its own SLA, not the shop's promise.
        QVERIFY(!s.order.promisedDate.isValid());
        // "2026-11-06T23:59:59" means "by the end of 6 November": a date, not a time.
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-06"));
        QVERIFY(!s.estimatedDelivery.hasTime);
        // Picked up 17:42:15 IST = 12:12:15 UTC.
        QCOMPARE(s.shippedAt.toMSecsSinceEpoch(), utc(2026, 11, 2, 12, 12, 15));
        QCOMPARE(s.origin.city, QStringLiteral("Bhiwandi"));
        QCOMPARE(s.origin.state, QStringLiteral("Maharashtra"));
        QCOMPARE(s.origin.country, QStringLiteral("IN"));
        QCOMPARE(s.destination.city, QStringLiteral("Bengaluru"));
        QCOMPARE(s.destination.postalCode, QStringLiteral("560034")); // a JSON number
        QCOMPARE(s.destination.country, QStringLiteral("IN"));
        // A document with one shipment is kept exactly as received.
        QCOMPARE(s.rawPayload, readFixture(QStringLiteral("adapters/delhivery/delivered.json")).trimmed());
        QCOMPARE(s.events.size(), 13);
        // 13:08:30.002 IST (+05:30, no offset in the payload) = 07:38:30.002 UTC.
        const TrackingEvent &last = s.events.last();
        QCOMPARE(last.occurredAt.utcMs, utc(2026, 11, 5, 7, 38, 30, 2));
        QCOMPARE(last.occurredAt.offsetMinutes, 330);
        QVERIFY(!last.timeAssumed);
        QCOMPARE(last.rawCode, QStringLiteral("DL/Delivered/EOD-38"));
        QCOMPARE(last.city, QStringLiteral("Bengaluru"));
        QCOMPARE(last.state, QStringLiteral("Karnataka"));
        QCOMPARE(last.country, QStringLiteral("IN"));
        // A fraction of two digits is hundredths: "…T21:05:33.58" is .580.
        QCOMPARE(s.events.at(3).occurredAt.toIsoString(), QStringLiteral("2026-11-02T21:05:33.580+05:30"));
        QCOMPARE(s.events.at(2).subtag, Subtag::InTransitAccepted);           // X-PPOM
        QCOMPARE(s.events.at(3).subtag, Subtag::InTransitArrivedAtFacility);  // X-PIOM
        QCOMPARE(s.events.at(6).subtag, Subtag::InTransitDeparted);           // X-OLL4F
        QCOMPARE(s.events.at(10).subtag, Subtag::InTransitArrivedAtDeliveryFacility); // UD Pending
        QCOMPARE(s.events.at(11).subtag, Subtag::OutForDelivery);
        for (const TrackingEvent &e : s.events)
            QVERIFY(!e.timeAssumed && !e.unmappedCode);
    }

    void failedAttemptsCarryTheirReason()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/failed_attempt_then_delivered.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.service, QStringLiteral("COD"));
        QCOMPARE(s.events.size(), 12);
        QCOMPARE(s.events.at(6).subtag, Subtag::OutForDeliveryCustomerContacted); // ST-114
        QCOMPARE(s.events.at(7).subtag, Subtag::AttemptFailAddresseeUnavailable); // EOD-11
        QCOMPARE(s.events.at(7).description, QStringLiteral("Consignee Unavailable"));
        // 13:46:18.002 IST = 08:16:18.002 UTC.
        QCOMPARE(s.events.at(7).occurredAt.utcMs, utc(2026, 10, 29, 8, 16, 18, 2));
        // EOD-43 is not in the table (its meaning is not published): the Instructions decide.
        QCOMPARE(s.events.at(9).rawCode, QStringLiteral("UD/Pending/EOD-43"));
        QCOMPARE(s.events.at(9).subtag, Subtag::AttemptFailCodNotReady);
        QVERIFY(!s.events.at(9).unmappedCode);
        QCOMPARE(s.tag, Tag::Delivered);
        QVERIFY(s.statusConflict.isEmpty());
    }

    void ndrReasons_data()
    {
        QTest::addColumn<QString>("waybill");
        QTest::addColumn<Subtag>("expected");
        QTest::newRow("EOD-6 customer refused") << QStringLiteral("1490812100011") << Subtag::AttemptFailRefused;
        QTest::newRow("EOD-74 incomplete address") << QStringLiteral("1490812100022") << Subtag::AttemptFailAddressIssue;
        QTest::newRow("EOD-3 future delivery") << QStringLiteral("1490812100033") << Subtag::AttemptFailRescheduleRequested;
        QTest::newRow("EOD-15 door locked (text)") << QStringLiteral("1490812100044") << Subtag::AttemptFailAddresseeUnavailable;
        QTest::newRow("EOD-69 open delivery") << QStringLiteral("1490812100055") << Subtag::AttemptFailRefused;
        QTest::newRow("EOD-104 entry restricted") << QStringLiteral("1490812100066") << Subtag::AttemptFailNoAccess;
        QTest::newRow("DLYDC-107 office closed") << QStringLiteral("1490812100077") << Subtag::AttemptFailBusinessClosed;
    }

    void ndrReasons()
    {
        QFETCH(QString, waybill);
        QFETCH(Subtag, expected);
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/ndr_reasons.json"));
        QCOMPARE(r.shipments.size(), 7);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord *s = r.shipment(waybill);
        QVERIFY(s);
        QCOMPARE(s->events.size(), 3);
        QCOMPARE(s->events.last().subtag, expected);
        QCOMPARE(s->subtag, expected);
        QCOMPARE(s->tag, Tag::AttemptFail);
    }

    void returnToOrigin()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/rto.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 15);
        QCOMPARE(s.events.at(6).subtag, Subtag::AttemptFailAddressIssue);         // EOD-74
        QCOMPARE(s.events.at(8).subtag, Subtag::AttemptFailAddresseeUnavailable); // EOD-11
        QCOMPARE(s.events.at(9).subtag, Subtag::Exception);                       // ST-108, attempts exhausted
        // Every RT leg is on its way back, whatever its code says about movement.
        for (int i = 10; i <= 13; ++i) {
            QCOMPARE(s.events.at(i).subtag, Subtag::ExceptionReturningToSender);
            QVERIFY(s.events.at(i).rawCode.startsWith(QLatin1String("RT/")));
        }
        QCOMPARE(s.events.at(13).city, QStringLiteral("Bhiwandi"));
        QCOMPARE(s.events.last().rawCode, QStringLiteral("DL/RTO/RD-AC"));
        QCOMPARE(s.subtag, Subtag::ExceptionReturnedToSender);
        QCOMPARE(s.tag, Tag::Exception);
        // 15:47:12.002 IST = 10:17:12.002 UTC.
        QCOMPARE(s.events.last().occurredAt.utcMs, utc(2026, 10, 30, 10, 17, 12, 2));
    }

    void exceptionsDelayLossDamage()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/exceptions.json"));
        QCOMPARE(r.shipments.size(), 3);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord *delayed = r.shipment(QStringLiteral("1490812200018"));
        QVERIFY(delayed);
        QCOMPARE(delayed->events.at(3).subtag, Subtag::ExceptionDelayedCarrier); // DLYLH-126
        QCOMPARE(delayed->tag, Tag::InTransit); // moving again afterwards
        const ShipmentRecord *lost = r.shipment(QStringLiteral("1490812200029"));
        QVERIFY(lost);
        // An unlisted code whose text reports a missing parcel is a loss, not progress.
        QCOMPARE(lost->events.at(3).subtag, Subtag::ExceptionLost);
        QVERIFY(!lost->events.at(3).unmappedCode);
        QCOMPARE(lost->events.at(4).rawCode, QStringLiteral("UD/LOST/LT-100"));
        QCOMPARE(lost->subtag, Subtag::ExceptionLost);
        const ShipmentRecord *damaged = r.shipment(QStringLiteral("1490812200030"));
        QVERIFY(damaged);
        QCOMPARE(damaged->events.at(2).subtag, Subtag::InTransitArrivedAtDeliveryFacility);
        QCOMPARE(damaged->subtag, Subtag::ExceptionDamaged);
    }

    void reversePickupAndCancellation()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/reverse_pickup.json"));
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &rvp = r.shipments.at(0);
        QCOMPARE(rvp.service, QStringLiteral("Pickup"));
        QCOMPARE(rvp.origin.city, QStringLiteral("Noida"));
        QCOMPARE(rvp.origin.state, QStringLiteral("Uttar Pradesh"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rvp.events.at(i).subtag, Subtag::InfoReceived); // PP: not collected yet
        QCOMPARE(rvp.events.at(3).subtag, Subtag::InTransitAccepted); // PU In Transit X-PPOM
        QCOMPARE(rvp.events.at(4).subtag, Subtag::InTransitDeparted);
        QCOMPARE(rvp.events.at(5).subtag, Subtag::InTransitArrivedAtDeliveryFacility);
        QCOMPARE(rvp.events.at(6).subtag, Subtag::OutForDelivery);
        QCOMPARE(rvp.subtag, Subtag::Delivered); // DL/DTO: the client accepted it
        const ShipmentRecord &cancelled = r.shipments.at(1);
        QCOMPARE(cancelled.subtag, Subtag::Exception);
        QCOMPARE(cancelled.events.last().rawCode, QStringLiteral("CN/Canceled/EOD-21"));
        QVERIFY(cancelled.estimatedDelivery.isNull());
        QVERIFY(!cancelled.shippedAt.isValid());
    }

    void severalWaybillsStaySeparate()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/several_waybills.json"));
        QCOMPARE(r.shipments.size(), 3);
        QCOMPARE(r.issues.size(), 0);
        // The same waybill listed twice is two shipments, never merged.
        QCOMPARE(r.shipments.at(0).trackingNumber, QStringLiteral("1490812400010"));
        QCOMPARE(r.shipments.at(2).trackingNumber, QStringLiteral("1490812400010"));
        QCOMPARE(r.shipments.at(0).events.size(), 4);
        QCOMPARE(r.shipments.at(2).events.size(), 4);
        // Two boxes of one order: one waybill each, tied only by the order id. The tracking
        // response has no master waybill or piece count, so none is invented.
        const ShipmentRecord &boxB = r.shipments.at(1);
        QCOMPARE(boxB.order.orderId, r.shipments.at(0).order.orderId);
        QCOMPARE(boxB.pieceCount, 1);
        QVERIFY(boxB.masterTrackingNumber.isEmpty());
        // Box B's scans are listed newest first; they come out oldest first.
        QCOMPARE(boxB.events.size(), 5);
        for (qsizetype i = 1; i < boxB.events.size(); ++i)
            QVERIFY(boxB.events.at(i - 1).occurredAt.utcMs < boxB.events.at(i).occurredAt.utcMs);
        QCOMPARE(boxB.events.first().subtag, Subtag::InfoReceived);
        QCOMPARE(boxB.subtag, Subtag::Delivered);
        QCOMPARE(r.shipments.at(0).subtag, Subtag::OutForDelivery);
    }

    void messyInputIsReportedAndTheRestKept()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/messy.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.trackingNumber, QStringLiteral("1490812500016")); // AWB given as a number
        const QString scans = QStringLiteral("ShipmentData[0].Shipment.Scans");
        QVERIFY(r.hasIssue(Severity::Error, scans + QStringLiteral("[2].ScanDetail.ScanDateTime"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, scans + QStringLiteral("[3].ScanDetail.ScanDateTime"), QStringLiteral("2026-11-31")));
        QVERIFY(r.hasIssue(Severity::Error, scans + QStringLiteral("[4]"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, scans + QStringLiteral("[5].ScanDetail"), QStringLiteral("found array")));
        QVERIFY(r.hasIssue(Severity::Error, scans + QStringLiteral("[7].ScanDetail.ScanDateTime"), QStringLiteral("missing")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("ShipmentData[0].Shipment.Consignee.Country"), QStringLiteral("Bharat")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("ShipmentData[0].Shipment.ExpectedDeliveryDate"), QStringLiteral("31-11-2026")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("ShipmentData[0].Shipment.InvoiceAmount"), QStringLiteral("12,50")));
        QCOMPARE(r.count(Severity::Error), 5);
        QCOMPARE(r.summary.failedRecords, 1);
        // Ten scans: five rejected, five kept.
        QCOMPARE(s.events.size(), 5);
        // Placeholders are nothing: "NA" origin and location, "NA" order id, empty text.
        QVERIFY(s.origin.city.isEmpty());
        QVERIFY(s.order.orderId.isEmpty());
        QVERIFY(s.events.at(1).city.isEmpty());
        QCOMPARE(s.events.at(0).description, QStringLiteral("Manifested")); // no Instructions
        // Still Indian time, and known to be: the network has one zone.
        QCOMPARE(s.events.at(0).occurredAt.offsetMinutes, 330);
        QVERIFY(!s.events.at(0).timeAssumed);
        // A scan without ScanDateTime is read at its StatusDateTime.
        QCOMPARE(s.events.at(2).occurredAt.toIsoString(), QStringLiteral("2026-11-19T04:31:57.080+05:30"));
        // Unknown status: the documented fallback; an unknown type with readable text is
        // classified from the text. Both flagged and counted.
        QCOMPARE(s.events.at(3).subtag, UnmappedCodeFallback);
        QVERIFY(s.events.at(3).unmappedCode);
        QCOMPARE(s.events.at(4).subtag, Subtag::InTransitArrivedAtFacility);
        QVERIFY(s.events.at(4).unmappedCode);
        QCOMPARE(r.summary.unmappedEvents, 2);
        QVERIFY(r.hasIssue(Severity::Warning, scans + QStringLiteral("[8].ScanDetail.Scan"), QStringLiteral("UD/Misrouted/MR-204")));
        QCOMPARE(s.destination.country, QStringLiteral("IN"));
        QCOMPARE(s.destination.city, QStringLiteral("Indore")); // from "Destination"
        QCOMPARE(s.order.orderValueCents, 0);
        QVERIFY(s.service.isEmpty());
    }

    void summaryStatusContradictingTheScans()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/summary_conflict.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        // Scans given out of order: sorted, and the latest (out for delivery) decides.
        QCOMPARE(s.events.first().subtag, Subtag::InfoReceived);
        QCOMPARE(s.events.last().subtag, Subtag::OutForDelivery);
        QCOMPARE(s.tag, Tag::OutForDelivery);
        QVERIFY(s.statusConflict.contains(QLatin1String("Delivered_001")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("ShipmentData[0].Shipment.Status"), QStringLiteral("contradicts")));
        QCOMPARE(r.summary.errors, 0);
    }

    void unknownWaybillIsNotFound_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("field");
        QTest::newRow("error body") << QStringLiteral("adapters/delhivery/not_found.json") << QStringLiteral("Error");
        QTest::newRow("empty ShipmentData") << QStringLiteral("adapters/delhivery/not_found_empty.json") << QStringLiteral("ShipmentData");
    }

    void unknownWaybillIsNotFound()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, field);
        const auto r = normalizeFixture(fixture);
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QCOMPARE(r.summary.failedRecords, 0);
        QVERIFY(r.hasIssue(Severity::Notice, field, QStringLiteral("not found")));
    }

    void otherErrorBodiesAreErrors()
    {
        const auto r = normalizeBytes(R"json({"Error": "Login or API Key Required", "Success": false})json");
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 0);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("Error"), QStringLiteral("Login or API Key Required")));
    }

    void errorEntryBesideGoodShipments()
    {
        // Not in Delhivery's documentation; read like the whole-response error if it comes.
        const auto r = normalizeBytes(R"json({"ShipmentData": [
            {"Error": "No such waybill or Order Id found", "AWB": "1490800000000"},
            {"Shipment": {"AWB": "1490812034561", "Status": {"Status": "Manifested", "StatusType": "UD",
             "StatusDateTime": "2026-11-02T10:14:08", "StatusLocation": "Bhiwandi_Mankoli_HB (Maharashtra)",
             "StatusCode": "X-UCI", "Instructions": "Manifest uploaded"}, "Scans": []}},
            42]})json");
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.summary.notFound, 1);
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("ShipmentData[0].Error"), QStringLiteral("1490800000000")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("ShipmentData[2]"), QStringLiteral("found number")));
        // No scans: the summary status is the one event.
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 1);
        QCOMPARE(s.events.first().subtag, Subtag::InfoReceived);
        QCOMPARE(s.events.first().occurredAt.toIsoString(), QStringLiteral("2026-11-02T10:14:08+05:30"));
    }

    void missingAwbDropsOnlyThatShipment()
    {
        const auto r = normalizeBytes(R"json({"ShipmentData": [
            {"Shipment": {"AWB": "", "Scans": []}},
            {"Shipment": {"AWB": {"id": 1}, "Scans": []}},
            {"Shipment": {"AWB": "1490812034561", "Scans": "none"}}]})json");
        QCOMPARE(r.shipments.size(), 1);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("ShipmentData[0].Shipment.AWB"), QStringLiteral("empty")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("ShipmentData[1].Shipment.AWB"), QStringLiteral("found object")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("ShipmentData[2].Shipment.Scans"), QStringLiteral("found string")));
        QCOMPARE(r.shipments.first().subtag, Subtag::PendingNoInformation);
    }

    void pushWebhookStatusIsOneEvent()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/delhivery/push_webhook.jsonl"));
        QCOMPARE(r.summary.records, 3);
        QCOMPARE(r.shipments.size(), 3);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &attempt = r.shipments.at(1);
        QCOMPARE(attempt.trackingNumber, QStringLiteral("1490812600013"));
        QCOMPARE(attempt.order.orderId, QStringLiteral("UK-20655"));
        QCOMPARE(attempt.events.size(), 1);
        // The code comes from the push's NSLCode.
        QCOMPARE(attempt.events.first().rawCode, QStringLiteral("UD/Pending/EOD-11"));
        QCOMPARE(attempt.subtag, Subtag::AttemptFailAddresseeUnavailable);
        QCOMPARE(attempt.events.first().city, QStringLiteral("Pune"));
        // 13:20:05.002 IST = 07:50:05.002 UTC.
        QCOMPARE(attempt.events.first().occurredAt.utcMs, utc(2026, 11, 18, 7, 50, 5, 2));
        QCOMPARE(r.shipments.at(2).subtag, Subtag::Delivered);
        QCOMPARE(r.shipments.at(0).shippedAt.toMSecsSinceEpoch(), utc(2026, 11, 16, 11, 35, 10, 218));
    }

    void statusTable_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("scan");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("instructions");
        QTest::addColumn<Subtag>("expected");
        QTest::addColumn<bool>("unmapped");
        auto row = [](const char *name, const char *type, const char *scan, const char *code,
                      const char *instructions, Subtag expected, bool unmapped = false) {
            QTest::newRow(name) << QString::fromLatin1(type) << QString::fromLatin1(scan)
                                << QString::fromLatin1(code) << QString::fromLatin1(instructions)
                                << expected << unmapped;
        };
        row("UD manifested", "UD", "Manifested", "X-UCI", "Manifest uploaded", Subtag::InfoReceived);
        row("UD not picked", "UD", "Not Picked", "FMEOD-103", "Shipper is closed", Subtag::InfoReceived);
        row("UD in transit, unlisted code", "UD", "In Transit", "S-MAR", "Air-restricted product. Move by surface", Subtag::InTransit);
        row("UD in transit, trip arrived", "UD", "In Transit", "X-ILL2F", "Trip Arrived", Subtag::InTransitArrivedAtFacility);
        row("UD in transit, line-haul delay", "UD", "In Transit", "DLYLH-105", "Vehicle delayed - Controllable", Subtag::ExceptionDelayedCarrier);
        row("UD pending, at DC", "UD", "Pending", "X-IBD3F", "Shipment Received at Facility", Subtag::InTransitArrivedAtDeliveryFacility);
        row("UD pending, EOD-11", "UD", "Pending", "EOD-11", "", Subtag::AttemptFailAddresseeUnavailable);
        row("UD pending, EOD-74 no text", "UD", "Pending", "EOD-74", "", Subtag::AttemptFailAddressIssue);
        row("UD pending, EOD-74 text wins", "UD", "Pending", "EOD-74", "Consignee not available", Subtag::AttemptFailAddresseeUnavailable);
        row("UD pending, EOD-6", "UD", "Pending", "EOD-6", "Consignee refused to accept/order cancelled", Subtag::AttemptFailRefused);
        row("UD pending, EOD-111", "UD", "Pending", "EOD-111", "Consignee opened the package and refused to accept", Subtag::AttemptFailRefused);
        row("UD pending, EOD-3", "UD", "Pending", "EOD-3", "Delivery rescheduled", Subtag::AttemptFailRescheduleRequested);
        row("UD pending, EOD-40", "UD", "Pending", "EOD-40", "Payment Mode / Amt Dispute", Subtag::AttemptFailCodNotReady);
        row("UD pending, EOD-104", "UD", "Pending", "EOD-104", "Entry restricted area", Subtag::AttemptFailNoAccess);
        row("UD pending, EOD-86 not attempted", "UD", "Pending", "EOD-86", "Not attempted", Subtag::AttemptFail);
        row("UD pending, unlisted EOD, text", "UD", "Pending", "EOD-16", "Customer Refused", Subtag::AttemptFailRefused);
        row("UD pending, unlisted EOD, future", "UD", "Pending", "EOD-15", "Future delivery requested", Subtag::AttemptFailRescheduleRequested);
        row("UD pending, unlisted EOD, address", "UD", "Pending", "EOD-43", "Incomplete address", Subtag::AttemptFailAddressIssue);
        row("UD pending, unlisted EOD, no text", "UD", "Pending", "EOD-25", "Other", Subtag::AttemptFail);
        row("UD pending, max attempts", "UD", "Pending", "ST-108", "Reached maximum attempt count", Subtag::Exception);
        row("UD pending, out of delivery area", "UD", "Pending", "DLYDC-132", "Out of Delivery Area (ODA)", Subtag::ExceptionAddressProblem);
        row("UD pending, rescheduled at DC", "UD", "Pending", "DLYDC-110", "Delivery rescheduled", Subtag::AttemptFailRescheduleRequested);
        row("UD pending, damaged (text)", "UD", "Pending", "ST-117", "Package damaged", Subtag::ExceptionDamaged);
        row("UD dispatched", "UD", "Dispatched", "X-DDD3FD", "Out for delivery", Subtag::OutForDelivery);
        row("UD dispatched, call placed", "UD", "Dispatched", "ST-114", "Call placed to consignee", Subtag::OutForDeliveryCustomerContacted);
        row("UD lost", "UD", "LOST", "", "", Subtag::ExceptionLost);
        row("DL delivered", "DL", "Delivered", "EOD-38", "Delivered to consignee", Subtag::Delivered);
        row("DL RTO", "DL", "RTO", "RD-AC", "Returned to origin", Subtag::ExceptionReturnedToSender);
        row("DL DTO", "DL", "DTO", "RD-AC", "Delivered to origin", Subtag::Delivered);
        row("DL collected", "DL", "Collected", "", "", Subtag::Delivered);
        row("lowercase type", "dl", "delivered", "", "", Subtag::Delivered);
        row("RT in transit", "RT", "In Transit", "X-OLL4F", "Vehicle Departed", Subtag::ExceptionReturningToSender);
        row("RT pending", "RT", "Pending", "RT-108", "No Client Instructions To Reattempt", Subtag::ExceptionReturningToSender);
        row("RT dispatched", "RT", "Dispatched", "X-DDD3FD", "Dispatched for RTO", Subtag::ExceptionReturningToSender);
        row("PP open", "PP", "Open", "", "Pickup request created", Subtag::InfoReceived);
        row("PP scheduled", "PP", "Scheduled", "", "", Subtag::InfoReceived);
        row("PP dispatched", "PP", "Dispatched", "FMOFP-101", "Out for Pickup", Subtag::InfoReceived);
        row("PU in transit", "PU", "In Transit", "X-ILL1F", "Bag Received at Facility", Subtag::InTransitArrivedAtFacility);
        row("PU pending", "PU", "Pending", "X-IBD3F", "", Subtag::InTransitArrivedAtDeliveryFacility);
        row("PU dispatched", "PU", "Dispatched", "", "", Subtag::OutForDelivery);
        row("CN canceled", "CN", "Canceled", "", "", Subtag::Exception);
        row("CN closed", "CN", "Closed", "CL-107", "Closed Reverse Pickup", Subtag::Exception);
        row("no type, delivered", "", "Delivered", "", "", Subtag::Delivered);
        row("no type, RTO", "", "RTO", "", "", Subtag::ExceptionReturnedToSender);
        row("unknown UD status", "UD", "Held", "HD-1", "Held at hub", UnmappedCodeFallback, true);
        row("unknown type, text", "ZZ", "Unknown", "", "Out for delivery", Subtag::OutForDelivery, true);
    }

    void statusTable()
    {
        QFETCH(QString, type);
        QFETCH(QString, scan);
        QFETCH(QString, code);
        QFETCH(QString, instructions);
        QFETCH(Subtag, expected);
        QFETCH(bool, unmapped);
        const auto r = normalizeBytes(oneScan(type, scan, code, instructions));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().events.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(subtagCode(e.subtag), subtagCode(expected));
        QCOMPARE(e.unmappedCode, unmapped);
        QCOMPARE(r.summary.unmappedEvents, unmapped ? 1 : 0);
    }

    void scannedLocation_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("state");
        QTest::newRow("facility") << QStringLiteral("Mumbai_Andheri_DC (Maharashtra)") << QStringLiteral("Mumbai") << QStringLiteral("Maharashtra");
        QTest::newRow("two-word state") << QStringLiteral("Noida_Bairangpur_GW (Uttar Pradesh)") << QStringLiteral("Noida") << QStringLiteral("Uttar Pradesh");
        QTest::newRow("space in area") << QStringLiteral("Kolkata_Salt Lake_D (West Bengal)") << QStringLiteral("Kolkata") << QStringLiteral("West Bengal");
        QTest::newRow("no facility part") << QStringLiteral("Gurgaon (Haryana)") << QStringLiteral("Gurgaon") << QStringLiteral("Haryana");
        QTest::newRow("no state") << QStringLiteral("Delhi_Airport_GW") << QStringLiteral("Delhi") << QString();
        QTest::newRow("placeholder") << QStringLiteral("NA") << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void scannedLocation()
    {
        QFETCH(QString, location);
        QFETCH(QString, city);
        QFETCH(QString, state);
        const auto r = normalizeBytes(oneScan(QStringLiteral("UD"), QStringLiteral("In Transit"),
                                              QStringLiteral("X-ILL1F"), QStringLiteral("Bag Received at Facility"),
                                              location));
        QCOMPARE(r.shipments.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(e.city, city);
        QCOMPARE(e.state, state);
        // Wherever the scan was, it was in India: 10:00 IST, not assumed.
        QCOMPARE(e.country, QStringLiteral("IN"));
        QCOMPARE(e.occurredAt.utcMs, utc(2026, 11, 5, 4, 30, 0));
        QVERIFY(!e.timeAssumed);
    }

    void estimateWithARealTimeKeepsIt()
    {
        const auto r = normalizeBytes(R"json({"ShipmentData": [{"Shipment": {"AWB": "1490812034561",
            "ExpectedDeliveryDate": "2026-11-06T18:00:00", "Scans": []}}]})json");
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().estimatedDelivery.toIsoString(), QStringLiteral("2026-11-06T18:00:00+05:30"));
    }

    void detection()
    {
        // A bare {"Error": ...} could be anything; Delhivery's has Success or rmk beside it.
        const auto bare = normalizeBytes(R"json({"Error": "No such waybill or Order Id found"})json");
        QCOMPARE(bare.summary.failedRecords, 1);
        QCOMPARE(bare.summary.notFound, 0);
        QVERIFY(bare.hasIssue(Severity::Error, QString(), QStringLiteral("format not recognised")));
        const auto lowercase = normalizeBytes(R"json({"shipment": {"awb": "1", "status": {}}})json");
        QVERIFY(lowercase.hasIssue(Severity::Error, QString(), QStringLiteral("format not recognised")));
    }
};

CT_REGISTER_SUITE("delhivery", TestDelhiveryAdapter);

#include "tst_delhiveryadapter.moc"
