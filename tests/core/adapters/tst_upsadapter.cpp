// SPDX-License-Identifier: MIT
// UPS Track API specifics beyond the golden files: the facts a reviewer checks by hand.
#include "adaptertestsupport.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

// A one-package Track API response around a single activity.
QByteArray oneActivity(const char *type, const char *code, const char *description)
{
    return QByteArray(
               R"({"trackResponse":{"shipment":[{"inquiryNumber":"1ZTEST0000000001","package":[{
        "trackingNumber":"1ZTEST0000000001","activity":[{"location":{"address":{"city":"Atlanta",
        "stateProvince":"GA","countryCode":"US"}},"status":{"type":")") +
           type + R"(","code":")" + code + R"(","description":")" + description +
           R"("},"date":"20261110","time":"120000","gmtOffset":"-05:00"}]}]}]}})";
}

} // namespace

class TestUpsAdapter : public QObject
{
    Q_OBJECT

private slots:
    void deliveredUsesLocalTimeAndGmtOffset()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/delivered.json"));
        QCOMPARE(r.issues.size(), 0);
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("ups"));
        QCOMPARE(s.service, QStringLiteral("UPS Ground"));
        QCOMPARE(s.subtag, Subtag::Delivered);
        QCOMPARE(s.events.size(), 11);
        // Activities come most recent first; the record is oldest first.
        QCOMPARE(s.events.first().rawCode, QStringLiteral("MP"));
        QCOMPARE(s.events.first().subtag, Subtag::InfoReceived);
        // "20261105" "143800" with gmtOffset "-06:00" is 20:38 UTC.
        const TrackingEvent &delivered = s.events.last();
        QCOMPARE(delivered.occurredAt.utcMs, utc(2026, 11, 5, 20, 38));
        QCOMPARE(delivered.occurredAt.offsetMinutes, -360);
        QVERIFY(!delivered.timeAssumed);
        QCOMPARE(delivered.description, QStringLiteral("DELIVERED")); // trailing blank trimmed
        QCOMPARE(delivered.city, QStringLiteral("Naperville"));
        // Columbus OH is -05:00 on 3 November (after the end of daylight time).
        QCOMPARE(s.events.at(2).description, QStringLiteral("Origin Scan"));
        QCOMPARE(s.events.at(2).occurredAt.utcMs, utc(2026, 11, 4, 2, 30));
        QCOMPARE(s.events.at(2).subtag, Subtag::InTransitAccepted);
        QCOMPARE(s.events.at(8).subtag, Subtag::OutForDelivery); // OF "Loaded on Delivery Vehicle"
        QCOMPARE(s.destination.city, QStringLiteral("NAPERVILLE"));
        QCOMPARE(s.destination.postalCode, QStringLiteral("60540"));
        QCOMPARE(s.origin.country, QStringLiteral("US"));
        QVERIFY(s.estimatedDelivery.isNull()); // only a DEL date: a delivery, not an estimate
        QCOMPARE(s.pieceCount, 1);
        QVERIFY(s.masterTrackingNumber.isEmpty());
        // A document with one shipment is kept exactly as received.
        QCOMPARE(s.rawPayload, readFixture(QStringLiteral("adapters/ups/delivered.json")).trimmed());
    }

    void localTimeWithoutOffsetIsReadAtThePlace()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/failed_attempt.json"));
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 8);
        // Denver in November is MST, -07:00: 16:12 local is 23:12 UTC.
        const TrackingEvent &attempt = s.events.at(5);
        QCOMPARE(attempt.rawCode, QStringLiteral("48"));
        QCOMPARE(attempt.subtag, Subtag::AttemptFailAddresseeUnavailable);
        QCOMPARE(attempt.tag, Tag::AttemptFail);
        QCOMPARE(attempt.occurredAt.utcMs, utc(2026, 11, 9, 23, 12));
        QCOMPARE(attempt.occurredAt.offsetMinutes, -420);
        QVERIFY(!attempt.timeAssumed);
        // The label has only "US": the country's main zone, flagged as assumed.
        QVERIFY(s.events.first().timeAssumed);
        QCOMPARE(s.events.first().occurredAt.toIsoString(),
                 QStringLiteral("2026-11-06T10:15:00-05:00"));
        QCOMPARE(s.tag, Tag::Delivered);
        // SDD is the estimate; the later DEL date is the delivery.
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-09"));
    }

    void customsHoldWeatherAndDamage()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/exceptions.json"));
        QCOMPARE(r.issues.size(), 0);
        QCOMPARE(r.shipments.size(), 2);
        const ShipmentRecord &intl = r.shipments.at(0);
        QCOMPARE(intl.subtag, Subtag::ExceptionCustomsHold); // statusCode 092, no code
        QCOMPARE(intl.events.last().rawCode, QStringLiteral("092"));
        QCOMPARE(intl.destination.country, QStringLiteral("CA"));
        QCOMPARE(intl.events.at(10).subtag, Subtag::InTransitArrivedInDestinationCountry); // IP
        // Across the date line: Anchorage's 19 October arrival follows Hong Kong's
        // 20 October departure (22:10 UTC on the 19th).
        QCOMPARE(intl.events.at(4).city, QStringLiteral("Chek Lap Kok"));
        QCOMPARE(intl.events.at(4).occurredAt.utcMs, utc(2026, 10, 19, 22, 10));
        QCOMPARE(intl.events.at(5).city, QStringLiteral("Anchorage"));
        QCOMPARE(intl.events.at(5).occurredAt.utcMs, utc(2026, 10, 20, 4, 30));
        QCOMPARE(intl.events.at(5).occurredAt.offsetMinutes, -480);
        // EOD: a date without a time.
        QCOMPARE(intl.estimatedDelivery.toIsoString(), QStringLiteral("2026-10-22"));

        const ShipmentRecord &damaged = r.shipments.at(1);
        QCOMPARE(damaged.events.at(4).rawCode, QStringLiteral("C5"));
        QCOMPARE(damaged.events.at(4).subtag, Subtag::ExceptionDelayedExternal);
        // U7 is not in the table: type X gives Exception, refined from the text.
        QCOMPARE(damaged.subtag, Subtag::ExceptionDamaged);
        QVERIFY(!damaged.events.last().unmappedCode);
        QCOMPARE(r.summary.unmappedEvents, 0);
        // RDD wins over SDD; a CMT end time makes it a timed estimate at the destination.
        QCOMPARE(damaged.estimatedDelivery.toIsoString(),
                 QStringLiteral("2026-10-30T20:00:00-04:00"));
    }

    void returnToSender()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/return_to_sender.json"));
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.at(5).subtag, Subtag::AttemptFailBusinessClosed);  // G3
        QCOMPARE(s.events.at(7).subtag, Subtag::AttemptFailBusinessClosed);  // AY, final attempt
        QCOMPARE(s.events.at(8).subtag, Subtag::ExceptionReturningToSender); // UF
        QCOMPARE(s.subtag, Subtag::ExceptionReturnedToSender);               // type RS
        QCOMPARE(s.events.last().occurredAt.toIsoString(),
                 QStringLiteral("2026-11-14T13:45:00-05:00"));
        QVERIFY(s.statusConflict.isEmpty());
    }

    void multiPieceShipmentGivesOneRecordPerPackage()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/multi_piece.json"));
        QCOMPARE(r.shipments.size(), 3);
        const QStringList numbers = {QStringLiteral("1Z0F28X40394617205"),
                                     QStringLiteral("1Z0F28X40394617214"),
                                     QStringLiteral("1Z0F28X40394617223")};
        for (qsizetype i = 0; i < r.shipments.size(); ++i) {
            const ShipmentRecord &s = r.shipments.at(i);
            QCOMPARE(s.trackingNumber, numbers.at(i));
            QCOMPARE(s.masterTrackingNumber, numbers.first());
            QCOMPARE(s.pieceCount, 3);
            QCOMPARE(s.estimatedDelivery.toIsoString(),
                     QStringLiteral("2026-10-28T10:30:00-05:00"));
        }
        QCOMPARE(r.shipments.at(0).tag, Tag::Delivered);
        QCOMPARE(r.shipments.at(1).tag, Tag::OutForDelivery);
        QCOMPARE(r.shipments.at(2).subtag, Subtag::ExceptionDelayedCarrier); // 34, mis-sort
        // Ontario, California is -07:00 in October (PDT).
        QCOMPARE(r.shipments.at(0).events.first().occurredAt.toIsoString(),
                 QStringLiteral("2026-10-27T14:10:00-07:00"));
    }

    void reusedNumberAndUnknownNumberInOneResponse()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/several_shipments.json"));
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.shipments.at(0).trackingNumber, r.shipments.at(1).trackingNumber);
        QCOMPARE(r.shipments.at(0).tag, Tag::Delivered);
        QCOMPARE(r.shipments.at(1).tag, Tag::InTransit);
        QCOMPARE(r.shipments.at(1).estimatedDelivery.toIsoString(), QStringLiteral("2026-11-16"));
        // Arizona keeps -07:00 all year.
        QCOMPARE(r.shipments.at(0).events.last().occurredAt.toIsoString(),
                 QStringLiteral("2026-10-05T11:20:00-07:00"));
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QVERIFY(r.hasIssue(Severity::Notice,
                           QStringLiteral("trackResponse.shipment[2].warnings[0]"),
                           QStringLiteral("1Z999AA10123456784")));
    }

    void notFoundInventsNothing()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/not_found.json"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QVERIFY(r.hasIssue(Severity::Notice,
                           QStringLiteral("trackResponse.shipment[0].warnings[0]"),
                           QStringLiteral("Tracking Information Not Found")));
    }

    void errorBodies()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/error_bodies.jsonl"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 1); // 151044 "No tracking information available"
        QCOMPARE(r.summary.errors, 1);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("response.errors[0]"),
                           QStringLiteral("250002")));
    }

    void messyInputIsReportedAndTheRestKept()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/messy.json"));
        QCOMPARE(r.shipments.size(), 2); // the package without a tracking number is dropped
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 6);
        const QString a = QStringLiteral("trackResponse.shipment[0].package[0].activity");
        QVERIFY(r.hasIssue(Severity::Error, a + QStringLiteral("[1].date"),
                           QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, a + QStringLiteral("[2].date"),
                           QStringLiteral("20261131")));
        QVERIFY(
            r.hasIssue(Severity::Error, a + QStringLiteral("[3].time"), QStringLiteral("missing")));
        QVERIFY(
            r.hasIssue(Severity::Error, a + QStringLiteral("[4]"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Warning, a + QStringLiteral("[5].gmtOffset"),
                           QStringLiteral("CST")));
        QVERIFY(r.hasIssue(Severity::Warning,
                           a + QStringLiteral("[8].location.address.countryCode"),
                           QStringLiteral("XZ")));
        QVERIFY(r.hasIssue(Severity::Error,
                           QStringLiteral("trackResponse.shipment[0].package[1].trackingNumber"),
                           QStringLiteral("missing")));
        QVERIFY(r.hasIssue(Severity::Error,
                           QStringLiteral("trackResponse.shipment[0].package[2].activity"),
                           QStringLiteral("found object")));
        QVERIFY(
            r.hasIssue(Severity::Warning,
                       QStringLiteral("trackResponse.shipment[0].package[0].deliveryDate[0].date"),
                       QStringLiteral("2026-11-06")));
        // "N/A" and "" are no city, no state.
        QVERIFY(s.events.at(1).city.isEmpty());
        QVERIFY(s.events.at(1).state.isEmpty());
        // An unreadable gmtOffset: the time is read in Chicago's zone instead.
        QCOMPARE(s.events.at(2).occurredAt.toIsoString(),
                 QStringLiteral("2026-11-04T23:10:00-06:00"));
        QVERIFY(!s.events.at(2).timeAssumed);
        // Only gmtDate/gmtTime: "74700" is 07:47:00 UTC, shown at the given -06:00.
        QCOMPARE(s.events.at(3).occurredAt.utcMs, utc(2026, 11, 5, 7, 47));
        QCOMPARE(s.events.at(3).occurredAt.offsetMinutes, -360);
        // Type NA with an unknown code: nothing known, the documented fallback, counted.
        QCOMPARE(s.events.at(4).rawCode, QStringLiteral("ZZ"));
        QVERIFY(s.events.at(4).unmappedCode);
        QCOMPARE(s.events.at(4).subtag, UnmappedCodeFallback);
        QCOMPARE(r.summary.unmappedEvents, 1);
        // Type I with an unknown code: the stage is known, nothing is flagged.
        QCOMPARE(s.events.at(5).rawCode, QStringLiteral("Q9"));
        QCOMPARE(s.events.at(5).subtag, Subtag::InTransit);
        QVERIFY(!s.events.at(5).unmappedCode);
        // currentStatus says Delivered; the events say otherwise.
        QCOMPARE(s.tag, Tag::InTransit);
        QVERIFY(s.statusConflict.contains(QLatin1String("Delivered_001")));
        QVERIFY(s.origin.country.isEmpty());                   // "N/A"
        QCOMPARE(s.destination.country, QStringLiteral("US")); // "United States"
        QCOMPARE(r.summary.failedRecords, 1);
        // The package whose activity is not an array is kept, without events.
        QCOMPARE(r.shipments.at(1).trackingNumber, QStringLiteral("1Z3F1V770392557024"));
        QCOMPARE(r.shipments.at(1).tag, Tag::Pending);
    }

    void localTimesInManyZones()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups/local_times.json"));
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QStringList iso;
        QList<bool> assumed;
        for (const TrackingEvent &e : s.events) {
            iso.append(e.occurredAt.toIsoString());
            assumed.append(e.timeAssumed);
        }
        const QStringList expected = {
            QStringLiteral("2026-11-09T10:15:00+01:00"), // Koeln, DE: one zone
            QStringLiteral("2026-11-09T19:30:00+01:00"),
            QStringLiteral("2026-11-09T22:10:00-05:00"), // Mississauga, ON
            QStringLiteral("2026-11-10T03:15:00-05:00"), // Hamilton, CA without province: assumed
            QStringLiteral("2026-11-10T12:00:00-05:00"), // no place: destination country, assumed
            QStringLiteral("2026-11-10T23:40:00-05:00"), // Louisville, KY spans zones: assumed
            QStringLiteral("2026-11-11T09:00:00-07:00"), // Phoenix, AZ
            QStringLiteral("2026-11-11T18:15:00-08:00"), // Ontario, California
            QStringLiteral("2026-11-12T05:10:00-10:00"), // Honolulu, HI
            QStringLiteral("2026-11-12T07:20:00-10:00"),
        };
        QCOMPARE(iso, expected);
        QCOMPARE(assumed,
                 (QList<bool>{false, false, false, true, true, true, false, false, false, false}));
        // EDW window end, read at the destination.
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-12T16:00:00-10:00"));
    }

    void statusMapping_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<Subtag>("expected");
        QTest::addColumn<bool>("unmapped");
        auto row = [](const char *name, const char *type, const char *code, const char *desc,
                      Subtag subtag, bool unmapped = false) {
            QTest::newRow(name) << QByteArray(type) << QByteArray(code) << QByteArray(desc)
                                << subtag << unmapped;
        };
        row("MP label", "M", "MP", "Shipper created a label, UPS has not received the package yet.",
            Subtag::InfoReceived);
        row("XD drop-off", "I", "XD", "Drop-Off", Subtag::InTransitAccepted);
        row("AR", "I", "AR", "Arrived at Facility", Subtag::InTransitArrivedAtFacility);
        row("DP", "I", "DP", "Departed from Facility", Subtag::InTransitDeparted);
        row("DS", "I", "DS", "Destination Scan", Subtag::InTransitArrivedAtDeliveryFacility);
        row("OT", "I", "OT", "Out For Delivery Today", Subtag::OutForDelivery);
        row("KB", "D", "KB", "Delivered", Subtag::Delivered);
        row("2W", "D", "2W", "Delivered", Subtag::DeliveredPickedUp);
        row("ZP", "I", "ZP", "Delivered to UPS Access Point location and awaiting customer pickup.",
            Subtag::AvailableForPickup);
        row("55", "X", "55",
            "The receiving business was closed and delivery has been rescheduled for the next "
            "business day.",
            Subtag::AttemptFailBusinessClosed);
        row("ZC", "X", "ZC", "The delivery date has been rescheduled as the receiver requested.",
            Subtag::AttemptFailRescheduleRequested);
        row("KR", "X", "KR", "The receiver does not want the product and refused the delivery.",
            Subtag::ExceptionRefused);
        row("AG", "X", "AG", "The address is incomplete. This may delay delivery.",
            Subtag::ExceptionAddressProblem);
        row("A7", "X", "A7", "The receiver has moved.", Subtag::ExceptionCustomerMoved);
        row("6C", "X", "6C",
            "The maximum days to hold the package at the UPS Access Point location expired.",
            Subtag::ExceptionPickupNotCollected);
        row("UD", "I", "UD", "The receiver requested an alternate delivery address.",
            Subtag::InTransitForwarded);
        row("type P", "P", "P9", "Pickup", Subtag::InTransitAccepted);
        row("type O", "O", "O9", "Out for delivery", Subtag::OutForDelivery);
        row("type MV", "MV", "MV", "Billing Information Voided", Subtag::Exception);
        row("type DD", "DD", "D9", "Delivered Destination CFS",
            Subtag::InTransitArrivedAtDeliveryFacility);
        row("X attempt text", "X", "X9",
            "The receiver was not available at the time of the delivery attempt.",
            Subtag::AttemptFailAddresseeUnavailable);
        row("X plain", "X", "X9", "Exception: action required", Subtag::Exception);
        row("X weather text", "X", "X9", "Severe weather conditions have delayed delivery.",
            Subtag::ExceptionDelayedExternal);
        row("RS returning", "RS", "R9", "Returning to shipper", Subtag::ExceptionReturningToSender);
        row("NA unknown", "NA", "N9", "Information pending", UnmappedCodeFallback, true);
    }

    void statusMapping()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, description);
        QFETCH(Subtag, expected);
        QFETCH(bool, unmapped);
        const auto r = normalizeBytes(
            oneActivity(type.constData(), code.constData(), description.constData()));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().events.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(subtagCode(e.subtag), subtagCode(expected));
        QCOMPARE(e.unmappedCode, unmapped);
    }

    void detection()
    {
        QVERIFY(!normalizeBytes(R"({"response":{"errors":[]}})").shipments.size());
        const auto lone = normalizeBytes(R"({"trackResponse":{"shipment":{"inquiryNumber":"1ZLONE",
            "package":[{"trackingNumber":"1ZLONE","activity":[]}]}}})");
        QCOMPARE(lone.shipments.size(), 1); // a lone shipment object, not wrapped in an array
        const auto notArray = normalizeBytes(R"({"trackResponse":{"shipment":"none"}})");
        QVERIFY(notArray.hasIssue(Severity::Error, QStringLiteral("trackResponse.shipment"),
                                  QStringLiteral("found string")));
    }
};

CT_REGISTER_SUITE("ups", TestUpsAdapter);

#include "tst_upsadapter.moc"
