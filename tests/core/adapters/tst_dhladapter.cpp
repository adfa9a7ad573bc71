// SPDX-License-Identifier: MIT
// DHL Shipment Tracking - Unified API specifics beyond the golden files: the facts a
// reviewer checks by hand.
#include "adaptertestsupport.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

const TrackingEvent *eventWithText(const ShipmentRecord &s, const QString &text)
{
    for (const TrackingEvent &e : s.events) {
        if (e.description.contains(text))
            return &e;
    }
    return nullptr;
}

// One shipment with one event, for the status table.
QByteArray oneEvent(const QString &service, const QString &code, const QString &status,
                    const QString &description, bool returnFlag)
{
    return QStringLiteral(R"({"shipments": [{"id": "4000000001", "service": "%1", "returnFlag": %5,
        "events": [{"timestamp": "2026-11-10T10:00:00+01:00", "statusCode": "%2", "status": "%3",
        "description": "%4", "location": {"address": {"countryCode": "DE", "addressLocality": "Bonn"}}}]}]})")
        .arg(service, code, status, description,
             returnFlag ? QStringLiteral("true") : QStringLiteral("false"))
        .toUtf8();
}

} // namespace

class TestDhlAdapter : public QObject
{
    Q_OBJECT

private slots:
    void expressWithLocalTimesAndPieces()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/dhl/express_delivered.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.sourceFormat, QStringLiteral("dhl"));
        QCOMPARE(s.carrier, QStringLiteral("dhl"));
        QCOMPARE(s.service, QStringLiteral("DHL EXPRESS WORLDWIDE"));
        QCOMPARE(s.pieceCount, 2);
        QCOMPARE(s.masterTrackingNumber, QStringLiteral("4928351076"));
        // Express places are "CITY - COUNTRY" without countryCode.
        QCOMPARE(s.origin.city, QStringLiteral("NEW YORK"));
        QCOMPARE(s.origin.state, QStringLiteral("NY"));
        QCOMPARE(s.origin.country, QStringLiteral("US"));
        QCOMPARE(s.destination.city, QStringLiteral("BERLIN"));
        QCOMPARE(s.destination.country, QStringLiteral("DE"));
        QCOMPARE(s.events.size(), 12);
        // Timestamps without offset are local time at the event's place: 09:18 in New York
        // in November is 14:18 UTC; 19:20 in Leipzig is 18:20 UTC.
        const TrackingEvent &first = s.events.first();
        QCOMPARE(first.subtag, Subtag::InfoReceived);
        QCOMPARE(first.occurredAt.utcMs, utc(2026, 11, 10, 14, 18));
        QCOMPARE(first.occurredAt.offsetMinutes, -300);
        QVERIFY(!first.timeAssumed);
        const TrackingEvent *cincinnati = eventWithText(s, QStringLiteral("Processed at CINCINNATI"));
        QCOMPARE(cincinnati->city, QStringLiteral("CINCINNATI HUB"));
        QCOMPARE(cincinnati->state, QStringLiteral("OH"));
        QVERIFY(!cincinnati->timeAssumed);
        const TrackingEvent *leipzig = eventWithText(s, QStringLiteral("Arrived at Sort Facility"));
        QCOMPARE(leipzig->occurredAt.utcMs, utc(2026, 11, 11, 18, 20));
        QCOMPARE(leipzig->occurredAt.offsetMinutes, 60);
        QCOMPARE(leipzig->subtag, Subtag::InTransitArrivedAtFacility);
        // The coarse "transit" stage is made precise by the text.
        QCOMPARE(eventWithText(s, QStringLiteral("picked up"))->subtag, Subtag::InTransitAccepted);
        QCOMPARE(eventWithText(s, QStringLiteral("Customs clearance status"))->subtag,
                 Subtag::InTransitCustomsClearanceStarted);
        QCOMPARE(eventWithText(s, QStringLiteral("Clearance processing complete"))->subtag,
                 Subtag::InTransitCustomsCleared);
        QCOMPARE(eventWithText(s, QStringLiteral("Arrived at Delivery Facility"))->subtag,
                 Subtag::InTransitArrivedAtDeliveryFacility);
        QCOMPARE(eventWithText(s, QStringLiteral("With delivery courier"))->subtag, Subtag::OutForDelivery);
        QCOMPARE(s.subtag, Subtag::DeliveredSigned);
        QCOMPARE(s.events.last().occurredAt.utcMs, utc(2026, 11, 12, 10, 42));
        QVERIFY(s.statusConflict.isEmpty());
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-12T23:59:00+01:00"));
    }

    void parcelDeFailedAttemptThenNeighbour()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/dhl/parcel_de_attempt.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("deutsche-post"));
        QCOMPARE(s.service, QStringLiteral("DHL PAKET"));
        QCOMPARE(s.events.size(), 8);
        const TrackingEvent *attempt = eventWithText(s, QStringLiteral("could not be delivered"));
        QVERIFY(attempt);
        QCOMPARE(attempt->rawCode, QStringLiteral("failure"));
        QCOMPARE(attempt->tag, Tag::AttemptFail);
        QCOMPARE(attempt->subtag, Subtag::AttemptFailAddresseeUnavailable);
        // The remark carries the reason and stays with the event.
        QVERIFY(attempt->description.contains(QLatin1String("not at home")));
        QCOMPARE(attempt->occurredAt.utcMs, utc(2026, 11, 18, 12, 5));
        QCOMPARE(eventWithText(s, QStringLiteral("posted by the sender"))->subtag, Subtag::InTransitAccepted);
        QCOMPARE(eventWithText(s, QStringLiteral("loaded onto the delivery vehicle"))->subtag, Subtag::OutForDelivery);
        QCOMPARE(s.subtag, Subtag::DeliveredToNeighbourOrSafePlace);
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-18T13:00:00+01:00"));
        QCOMPARE(s.destination.postalCode, QStringLiteral("04109"));
        QCOMPARE(r.issues.size(), 0);
    }

    void severalShipmentsAndAReusedNumber()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/dhl/multiple_shipments.json"));
        QCOMPARE(r.shipments.size(), 4);
        // The same number answered by two business units: two shipments, kept apart.
        QCOMPARE(r.shipments.at(0).trackingNumber, QStringLiteral("7350184926"));
        QCOMPARE(r.shipments.at(1).trackingNumber, QStringLiteral("7350184926"));
        QCOMPARE(r.shipments.at(0).carrier, QStringLiteral("dhl"));
        QCOMPARE(r.shipments.at(1).carrier, QStringLiteral("dhl-ecommerce"));
        // "failure" with "Awaiting payment of duties and taxes": held for payment.
        QCOMPARE(r.shipments.at(0).subtag, Subtag::ExceptionHeldForPayment);
        QCOMPARE(r.shipments.at(0).destination.country, QStringLiteral("GB"));
        QCOMPARE(r.shipments.at(1).subtag, Subtag::Delivered);
        QCOMPARE(r.shipments.at(1).events.size(), 4);
        QCOMPARE(r.shipments.at(1).events.first().occurredAt.offsetMinutes, -420);
        QCOMPARE(r.shipments.at(2).carrier, QStringLiteral("dhl-freight"));
        QCOMPARE(r.shipments.at(2).subtag, Subtag::ExceptionDelayedExternal);
        QCOMPARE(r.shipments.at(2).pieceCount, 3);
        QCOMPARE(r.shipments.at(3).carrier, QStringLiteral("dhl-ecommerce"));
        QCOMPARE(r.shipments.at(3).subtag, Subtag::ExceptionDamaged);
        QCOMPARE(r.shipments.at(3).estimatedDelivery.date, QDate(2026, 11, 15));
        QVERIFY(!r.shipments.at(3).estimatedDelivery.hasTime);
        QCOMPARE(r.issues.size(), 0);
    }

    void returnedToSender()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/dhl/return_to_sender.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(eventWithText(s, QStringLiteral("could not be delivered"))->subtag, Subtag::AttemptFailRefused);
        QCOMPARE(eventWithText(s, QStringLiteral("being returned"))->subtag, Subtag::ExceptionReturningToSender);
        // After the return started, the transit events are the return travelling.
        QCOMPARE(eventWithText(s, QStringLiteral("parcel center"))->subtag, Subtag::ExceptionReturningToSender);
        QCOMPARE(s.events.last().subtag, Subtag::ExceptionReturnedToSender);
        QCOMPARE(s.subtag, Subtag::ExceptionReturnedToSender);
        QVERIFY(s.statusConflict.isEmpty());
        QCOMPARE(r.issues.size(), 0);
    }

    void unknownNumberIsNotFound()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/dhl/not_found.json"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("status"), QStringLiteral("00340434161094099999")));
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("status"), QStringLiteral("No shipment with given tracking number found.")));
    }

    void otherProblemBodiesAreErrors()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/dhl/rate_limited.json"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 0);
        QCOMPARE(r.summary.errors, 1);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("status"), QStringLiteral("429")));
    }

    void messyInputIsReportedAndTheRestKept()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/dhl/messy.json"));
        QCOMPARE(r.shipments.size(), 2);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 4);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("shipments[0].events[1]"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("shipments[0].events[4].timestamp"), QStringLiteral("2026-11-31")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("shipments[0].events[5].timestamp"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("shipments[0].events[6].timestamp"), QStringLiteral("missing")));
        // "XX" is a placeholder: read as absent, named in the shipment's one placeholder warning.
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("shipments[0]"),
                           QStringLiteral("shipments[0].destination.address.countryCode \"XX\"")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("shipments[0].estimatedTimeOfDelivery"), QStringLiteral("next week")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("shipments[0].details.totalNumberOfPieces"), QStringLiteral("one")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("shipments[1].id"), QStringLiteral("found object")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("shipments[2].events"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("shipments[3]"), QStringLiteral("found number")));
        // Placeholders and empty locations.
        QVERIFY(s.events.first().city.isEmpty());
        QVERIFY(s.events.first().postalCode.isEmpty());
        QCOMPARE(s.events.first().country, QStringLiteral("NL"));
        QVERIFY(s.events.last().country.isEmpty());
        QVERIFY(s.destination.country.isEmpty() && s.destination.city.isEmpty());
        // DHL's own "unknown" and an undocumented code: nothing known, flagged and counted.
        QCOMPARE(s.events.at(1).rawCode, QStringLiteral("unknown"));
        QVERIFY(s.events.at(1).unmappedCode);
        QCOMPARE(s.events.at(2).rawCode, QStringLiteral("in-customs"));
        QVERIFY(s.events.at(2).unmappedCode);
        QCOMPARE(s.events.at(2).subtag, UnmappedCodeFallback);
        QCOMPARE(r.summary.unmappedEvents, 2);
        // status says delivered; the latest event says transit: the events decide.
        QCOMPARE(s.tag, Tag::InTransit);
        QVERIFY(s.statusConflict.contains(QLatin1String("Delivered_001")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("shipments[0].status.statusCode"), QStringLiteral("contradicts")));
        // A shipment whose events are unreadable keeps its status.
        QCOMPARE(r.shipments.at(1).trackingNumber, QStringLiteral("00340434161094055555"));
        QCOMPARE(r.shipments.at(1).subtag, Subtag::InfoReceived);
        QCOMPARE(r.summary.failedRecords, 1);
    }

    void localTimes()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/dhl/local_times.jsonl"));
        QCOMPARE(r.summary.records, 3);
        QCOMPARE(r.shipments.size(), 3);
        // India: +05:30.
        const ShipmentRecord *india = r.shipment(QStringLiteral("5012345678901"));
        QVERIFY(india);
        QCOMPARE(india->events.last().occurredAt.utcMs, utc(2026, 11, 23, 12, 10));
        QCOMPARE(india->events.last().occurredAt.offsetMinutes, 330);
        QVERIFY(!india->events.last().timeAssumed);
        // Germany across the end of summer time (25 Oct 2026): +02:00, then +01:00.
        const ShipmentRecord *cologne = r.shipment(QStringLiteral("00340434161094077777"));
        QVERIFY(cologne);
        QCOMPARE(cologne->events.at(0).occurredAt.toIsoString(), QStringLiteral("2026-10-24T18:00:00+02:00"));
        QCOMPARE(cologne->events.at(1).occurredAt.toIsoString(), QStringLiteral("2026-10-26T08:00:00+01:00"));
        // Express: a place that names no known country, and no place at all, are read in
        // the destination's main zone and flagged; Singapore is certain.
        const ShipmentRecord *sydney = r.shipment(QStringLiteral("8812004561"));
        QVERIFY(sydney);
        QCOMPARE(sydney->destination.country, QStringLiteral("AU"));
        QCOMPARE(sydney->events.at(0).occurredAt.toIsoString(), QStringLiteral("2026-11-01T09:00:00+11:00"));
        QVERIFY(sydney->events.at(0).timeAssumed);
        QCOMPARE(sydney->events.at(1).city, QStringLiteral("GATEWAY NORTH - ATLANTIS"));
        QVERIFY(sydney->events.at(1).country.isEmpty());
        QVERIFY(sydney->events.at(1).timeAssumed);
        QCOMPARE(sydney->events.at(2).country, QStringLiteral("SG"));
        QCOMPARE(sydney->events.at(2).occurredAt.toIsoString(), QStringLiteral("2026-11-01T22:40:00+08:00"));
        QVERIFY(!sydney->events.at(2).timeAssumed);
    }

    void serviceToCarrier_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("carrier");
        QTest::newRow("express") << QStringLiteral("express") << QStringLiteral("dhl");
        QTest::newRow("parcel-de") << QStringLiteral("parcel-de") << QStringLiteral("deutsche-post");
        QTest::newRow("post-de") << QStringLiteral("post-de") << QStringLiteral("deutsche-post");
        QTest::newRow("ecommerce") << QStringLiteral("ecommerce") << QStringLiteral("dhl-ecommerce");
        QTest::newRow("ecommerce-apac") << QStringLiteral("ecommerce-apac") << QStringLiteral("dhl-ecommerce");
        QTest::newRow("ecommerce-europe") << QStringLiteral("ecommerce-europe") << QStringLiteral("dhl-ecommerce");
        QTest::newRow("freight") << QStringLiteral("freight") << QStringLiteral("dhl-freight");
        QTest::newRow("parcel-nl") << QStringLiteral("parcel-nl") << QStringLiteral("dhl-parcel-nl");
        QTest::newRow("none") << QString() << QStringLiteral("dhl");
    }

    void serviceToCarrier()
    {
        QFETCH(QString, service);
        QFETCH(QString, carrier);
        const auto r = normalizeBytes(oneEvent(service, QStringLiteral("transit"), {}, QStringLiteral("In transit"), false));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().carrier, carrier);
    }

    void statusTable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("returnFlag");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("unmapped");
        auto row = [](const char *code, const char *status, const char *description,
                      bool returnFlag, const char *expected, bool unmapped = false) {
            QTest::addRow("%s: %s %s%s", code, status, description, returnFlag ? " (return)" : "")
                << QString::fromLatin1(code) << QString::fromLatin1(status)
                << QString::fromLatin1(description) << returnFlag << QString::fromLatin1(expected)
                << unmapped;
        };
        row("pre-transit", "", "Shipment information received", false, "InfoReceived_001");
        row("transit", "", "In transit", false, "InTransit_001");
        row("transit", "", "Shipment picked up", false, "InTransit_002");
        row("transit", "", "Processed at LEIPZIG - GERMANY", false, "InTransit_003");
        row("transit", "", "Departed Facility in LEIPZIG - GERMANY", false, "InTransit_007");
        row("transit", "", "The shipment has arrived in the destination country", false, "InTransit_004");
        row("transit", "", "Clearance event", false, "InTransit_006");
        row("transit", "", "With delivery courier", false, "OutForDelivery_001");
        row("transit", "", "The shipment is ready for pick-up at the PACKSTATION", false, "AvailableForPickup_001");
        row("transit", "", "The shipment is being returned to the sender", false, "Exception_010");
        // Text of another stage does not move a transit event out of its stage.
        row("transit", "", "The shipment will be delivered today", false, "InTransit_001");
        row("delivered", "", "Delivered", false, "Delivered_001");
        row("delivered", "", "Delivered - Signed for by: A. SCHMIDT", false, "Delivered_003");
        row("delivered", "", "The shipment has been picked up from the PACKSTATION", false, "Delivered_002");
        row("delivered", "", "The shipment has been delivered to the recipient's neighbor", false, "Delivered_005");
        row("delivered", "", "The shipment has been delivered", true, "Exception_011");
        row("failure", "", "Shipment on hold", false, "Exception_001");
        row("failure", "", "Customs clearance delayed", false, "Exception_004");
        row("failure", "", "The shipment could not be delivered", false, "AttemptFail_001");
        row("failure", "Delivery attempt unsuccessful", "Recipient not at home", false, "AttemptFail_002");
        row("failure", "", "The shipment was returned to sender", false, "Exception_011");
        row("unknown", "", "Out for delivery", false, "OutForDelivery_001", true);
        row("unknown", "", "Status update", false, "InTransit_001", true);
        row("exception", "", "Something happened", false, "InTransit_001", true);
    }

    void statusTable()
    {
        QFETCH(QString, code);
        QFETCH(QString, status);
        QFETCH(QString, description);
        QFETCH(bool, returnFlag);
        QFETCH(QString, expected);
        QFETCH(bool, unmapped);
        const auto r = normalizeBytes(oneEvent(QStringLiteral("parcel-de"), code, status, description, returnFlag));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().events.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(subtagCode(e.subtag), expected);
        QCOMPARE(e.unmappedCode, unmapped);
    }
};

CT_REGISTER_SUITE("dhl", TestDhlAdapter);

#include "tst_dhladapter.moc"
