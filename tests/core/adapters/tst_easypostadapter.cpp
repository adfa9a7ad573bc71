// SPDX-License-Identifier: MIT
// EasyPost specifics beyond the golden files: the facts a reviewer checks by hand.
#include "adaptertestsupport.h"

#include "adapters/adapterregistry.h"
#include "adapters/trackingadapter.h"
#include "json/parser.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

// One Tracker with one TrackingDetail, for the mapping table.
QByteArray trackerWith(const QString &status, const QString &detail, const QString &message,
                       const QString &signedBy = {})
{
    return QStringLiteral(R"({"object": "Tracker", "id": "trk_test", "tracking_code": "EZ1000000001",
        "carrier": "USPS", "status": "in_transit", "status_detail": "status_update",
        "signed_by": %4, "tracking_details": [{"object": "TrackingDetail", "message": "%3",
        "status": "%1", "status_detail": "%2", "datetime": "2026-11-10T12:00:00Z",
        "tracking_location": {"city": "DALLAS", "state": "TX", "country": "US", "zip": "75201"}}]})")
        .arg(status, detail, message,
             signedBy.isEmpty() ? QStringLiteral("null") : QLatin1Char('"') + signedBy + QLatin1Char('"'))
        .toUtf8();
}

} // namespace

class TestEasyPostAdapter : public QObject
{
    Q_OBJECT

private slots:
    void bareTrackerIsRead()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/easypost/delivered.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.sourceFormat, QStringLiteral("easypost"));
        QCOMPARE(s.trackingNumber, QStringLiteral("9400111206213456781234"));
        QCOMPARE(s.carrier, QStringLiteral("usps"));
        QCOMPARE(s.carrierReference, QStringLiteral("trk_3f1c9a7e52d84b0f9c6a1e2d7b4c8a10"));
        QCOMPARE(s.service, QStringLiteral("USPS Ground Advantage"));
        QCOMPARE(s.origin.city, QStringLiteral("HOUSTON"));
        QCOMPARE(s.destination.state, QStringLiteral("SC"));
        QCOMPARE(s.destination.country, QStringLiteral("US"));
        QCOMPARE(s.tag, Tag::Delivered);
        QCOMPARE(s.subtag, Subtag::Delivered);
        QCOMPARE(s.events.size(), 8);
        // "Z" datetimes are exact; with the place known (Houston, TX, the country taken from
        // the shipment) the instant is shown in local time: CST, -06:00 in November.
        QCOMPARE(s.events.first().occurredAt.utcMs, utc(2026, 11, 2, 15, 12));
        QCOMPARE(s.events.first().occurredAt.offsetMinutes, -360);
        QVERIFY(!s.events.first().timeAssumed);
        // No country in the scan: USPS, a Texan state and ZIP make it the US, flagged inferred.
        QCOMPARE(s.events.first().country, QStringLiteral("US"));
        QVERIFY(s.events.first().countryInferred);
        QCOMPARE(s.events.at(1).subtag, Subtag::InTransitAccepted);
        QCOMPARE(s.events.at(5).description, QStringLiteral("Arrived at Post Office"));
        QCOMPARE(s.events.at(5).subtag, Subtag::InTransitArrivedAtDeliveryFacility);
        QCOMPARE(s.events.last().rawCode, QStringLiteral("delivered/arrived_at_destination"));
        // est_delivery_date "2026-11-06T00:00:00Z" is a date, not an instant.
        QCOMPARE(s.estimatedDelivery.date, QDate(2026, 11, 6));
        QVERIFY(!s.estimatedDelivery.hasTime);
    }

    void webhookEventIsSortedAndSigned()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/easypost/failed_attempt_webhook.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("ups"));
        QCOMPARE(s.events.size(), 9);
        for (qsizetype i = 1; i < s.events.size(); ++i)
            QVERIFY(s.events.at(i - 1).occurredAt.utcMs <= s.events.at(i).occurredAt.utcMs);
        // 10:22 at -05:00 is 15:22 UTC.
        QCOMPARE(s.events.first().occurredAt.utcMs, utc(2026, 11, 9, 15, 22));
        QCOMPARE(s.events.first().occurredAt.offsetMinutes, -300);
        // The failed attempt: 14:26 at -06:00 is 20:26 UTC; the reason comes from the text.
        const TrackingEvent &attempt = s.events.at(6);
        QCOMPARE(attempt.rawCode, QStringLiteral("in_transit/delivery_exception"));
        QCOMPARE(attempt.subtag, Subtag::AttemptFailAddresseeUnavailable);
        QCOMPARE(attempt.occurredAt.utcMs, utc(2026, 11, 11, 20, 26));
        QCOMPARE(attempt.occurredAt.offsetMinutes, -360);
        // signed_by turns the delivery into a signed one.
        QCOMPARE(s.subtag, Subtag::DeliveredSigned);
        // CarrierDetail's local estimate: 19:00 in Chicago (CST, -06:00).
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-11T19:00:00-06:00"));
        QVERIFY(s.statusConflict.isEmpty());
    }

    void listKeepsEveryTrackerAndReusedNumbers()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/easypost/exceptions_list.json"));
        QCOMPARE(r.shipments.size(), 4);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &fedex = r.shipments.at(0);
        QCOMPARE(fedex.carrier, QStringLiteral("fedex"));
        QCOMPARE(fedex.subtag, Subtag::ExceptionDelayedExternal);
        QCOMPARE(fedex.estimatedDelivery.toIsoString(), QStringLiteral("2026-11-13"));
        const ShipmentRecord &dhl = r.shipments.at(1);
        QCOMPARE(dhl.carrier, QStringLiteral("dhl"));
        // status_detail "held" is refined from the message: customs.
        QCOMPARE(dhl.subtag, Subtag::ExceptionCustomsHold);
        QCOMPARE(dhl.destination.country, QStringLiteral("CA"));
        // 09:12 at +01:00 is 08:12 UTC.
        QCOMPARE(dhl.events.first().occurredAt.utcMs, utc(2026, 11, 10, 8, 12));
        QCOMPARE(dhl.events.first().occurredAt.offsetMinutes, 60);
        // One tracking code, two trackers: two shipments, never merged.
        const ShipmentRecord &older = r.shipments.at(2);
        const ShipmentRecord &newer = r.shipments.at(3);
        QCOMPARE(older.trackingNumber, newer.trackingNumber);
        QVERIFY(older.carrierReference != newer.carrierReference);
        QCOMPARE(older.subtag, Subtag::Delivered);
        QCOMPARE(newer.subtag, Subtag::ExceptionDamaged);
        QCOMPARE(older.events.size(), 4);
        QCOMPARE(newer.events.size(), 3);
    }

    void returnToSenderTellsTheWayBackFromTheArrival()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/easypost/return_to_sender.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 9);
        QCOMPARE(s.events.at(4).subtag, Subtag::AttemptFail); // "Notice Left": no reason given
        QCOMPARE(s.events.at(5).subtag, Subtag::AvailableForPickup);
        // "Unclaimed/Being Returned to Sender" is on its way back...
        QCOMPARE(s.events.at(6).subtag, Subtag::ExceptionReturningToSender);
        QCOMPARE(s.events.at(7).subtag, Subtag::ExceptionReturningToSender);
        // ...and "Delivered, To Original Sender" is back.
        QCOMPARE(s.events.at(8).subtag, Subtag::ExceptionReturnedToSender);
        QCOMPARE(s.subtag, Subtag::ExceptionReturnedToSender);
        QVERIFY(s.statusConflict.isEmpty());
    }

    void localTimesAreReadAtThePlace()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/easypost/local_times.jsonl"));
        QCOMPARE(r.summary.records, 4);
        QCOMPARE(r.shipments.size(), 4);
        QCOMPARE(r.issues.size(), 0);

        const ShipmentRecord *ontrac = r.shipment(QStringLiteral("C11590327844619"));
        QVERIFY(ontrac);
        // "PHOENIX, AZ" without a country: OnTrac serves the US only, so with Arizona the
        // country is certain (flagged inferred) and so is the zone (-07:00, no DST).
        QCOMPARE(ontrac->events.at(0).occurredAt.utcMs, utc(2026, 11, 16, 15, 30));
        QCOMPARE(ontrac->events.at(0).occurredAt.offsetMinutes, -420);
        QVERIFY(!ontrac->events.at(0).timeAssumed);
        QCOMPARE(ontrac->events.at(0).country, QStringLiteral("US"));
        QVERIFY(ontrac->events.at(0).countryInferred);
        // A full place: California in November is PST, -08:00, and certain.
        QCOMPARE(ontrac->events.at(2).occurredAt.toIsoString(), QStringLiteral("2026-11-17T05:40:00-08:00"));
        QVERIFY(!ontrac->events.at(2).timeAssumed);
        // "Z" is exact.
        QCOMPARE(ontrac->events.at(4).occurredAt.utcMs, utc(2026, 11, 17, 21, 20));
        QVERIFY(!ontrac->events.at(4).timeAssumed);

        const ShipmentRecord *canada = r.shipment(QStringLiteral("7023210039414604"));
        QVERIFY(canada);
        QCOMPARE(canada->carrier, QStringLiteral("canada-post"));
        QCOMPARE(canada->events.first().occurredAt.toIsoString(), QStringLiteral("2026-11-18T10:05:00-05:00"));
        QVERIFY(!canada->events.first().timeAssumed);
        QCOMPARE(canada->events.at(2).occurredAt.toIsoString(), QStringLiteral("2026-11-20T06:12:00-08:00"));
        // No place at all: the destination country's main zone, flagged.
        QCOMPARE(canada->events.at(3).description, QStringLiteral("Item in transit"));
        QVERIFY(canada->events.at(3).timeAssumed);

        // tracker.created for a label only: a shipment, no events.
        const ShipmentRecord *created = r.shipment(QStringLiteral("1Z0R2F450391827364"));
        QVERIFY(created);
        QCOMPARE(created->events.size(), 0);
        QCOMPARE(created->subtag, Subtag::InfoReceived);

        // Unknown carrier, no country anywhere: UTC, flagged; an explicit offset is exact.
        const ShipmentRecord *acme = r.shipment(QStringLiteral("AF-20261119-0042"));
        QVERIFY(acme);
        QCOMPARE(acme->carrier, QStringLiteral("acme-freight"));
        QCOMPARE(acme->events.at(1).occurredAt.utcMs, utc(2026, 11, 19, 18, 20));
        QVERIFY(acme->events.at(1).timeAssumed);
        QCOMPARE(acme->events.at(2).occurredAt.utcMs, utc(2026, 11, 20, 8, 5));
        QVERIFY(!acme->events.at(2).timeAssumed);
    }

    void messyTrackerIsReportedAndTheRestKept()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/easypost/messy.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("acme-couriers"));
        QCOMPARE(s.events.size(), 4);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_details[1].datetime"), QStringLiteral("2026-11-31")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_details[2].datetime"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_details[3].datetime"), QStringLiteral("missing")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_details[4]"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_details[5].tracking_location"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_details[6].status"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("tracking_details[0].tracking_location.country"), QStringLiteral("Atlantis")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("est_delivery_date"), QStringLiteral("soon")));
        QCOMPARE(r.summary.errors, 6);
        QCOMPARE(r.summary.failedRecords, 1);
        // Placeholders are not places; other spellings of the US are.
        QVERIFY(s.events.first().city.isEmpty());
        QVERIFY(s.events.first().postalCode.isEmpty());
        QCOMPARE(s.origin.country, QStringLiteral("US"));
        QCOMPARE(s.destination.country, QStringLiteral("US"));
        // A known status with an unknown detail: the status's generic sub-status.
        QCOMPARE(s.events.at(2).rawCode, QStringLiteral("in_transit/sorting_machine_jam"));
        QCOMPARE(s.events.at(2).subtag, Subtag::InTransit);
        QVERIFY(!s.events.at(2).unmappedCode);
        // Nothing known: the documented fallback, flagged and counted.
        QVERIFY(s.events.at(3).unmappedCode);
        QCOMPARE(s.events.at(3).subtag, UnmappedCodeFallback);
        QCOMPARE(r.summary.unmappedEvents, 1);
        // The summary says delivered; the latest event does not: the events decide.
        QCOMPARE(s.tag, Tag::InTransit);
        QVERIFY(s.statusConflict.contains(QLatin1String("Delivered_001")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("status"), QStringLiteral("contradicts")));
    }

    void unknownNumbersAndErrorBodies()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/easypost/not_found.jsonl"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 2);
        QCOMPARE(r.summary.errors, 2);
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("status"), QStringLiteral("9400100000000000000000")));
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("error"), QStringLiteral("could not be found")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("error"), QStringLiteral("PARAMETER.REQUIRED")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("status"), QStringLiteral("1Z9999999999999999")));
    }

    void statusMapping_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Subtag>("expected");
        QTest::addColumn<bool>("unmapped");
        auto row = [](const char *name, const char *status, const char *detail, const char *message,
                      Subtag expected, bool unmapped = false) {
            QTest::newRow(name) << QString::fromLatin1(status) << QString::fromLatin1(detail)
                                << QString::fromLatin1(message) << expected << unmapped;
        };
        row("label", "pre_transit", "label_created", "Label created", Subtag::InfoReceived);
        row("pre-transit update", "pre_transit", "status_update", "Pre-Shipment Info Sent", Subtag::InfoReceived);
        row("awaiting info", "pre_transit", "awaiting_information", "Awaiting shipment", Subtag::InfoReceived);
        row("accepted", "in_transit", "received_at_origin_facility", "Accepted", Subtag::InTransitAccepted);
        row("arrived", "in_transit", "arrived_at_facility", "Arrived", Subtag::InTransitArrivedAtFacility);
        row("departed", "in_transit", "departed_facility", "Departed", Subtag::InTransitDeparted);
        row("departed origin", "in_transit", "departed_origin_facility", "Departed", Subtag::InTransitDeparted);
        row("at destination", "in_transit", "arrived_at_destination", "At post office", Subtag::InTransitArrivedAtDeliveryFacility);
        row("dest facility", "in_transit", "received_at_destination_facility", "Received", Subtag::InTransitArrivedAtDeliveryFacility);
        row("handed over", "in_transit", "transferred_to_destination_carrier", "Handed over", Subtag::InTransitForwarded);
        row("in transit", "in_transit", "in_transit", "Moving", Subtag::InTransit);
        row("status update", "in_transit", "status_update", "Update", Subtag::InTransit);
        row("unknown detail", "in_transit", "brand_new_detail", "Update", Subtag::InTransit);
        row("ofd", "out_for_delivery", "out_for_delivery", "Out for Delivery", Subtag::OutForDelivery);
        row("attempt at door", "out_for_delivery", "delivery_exception", "Business closed", Subtag::AttemptFailBusinessClosed);
        row("attempt", "in_transit", "delivery_exception", "Delivery attempted", Subtag::AttemptFail);
        row("pickup", "available_for_pickup", "arrived_at_pickup_location", "Available for Pickup", Subtag::AvailableForPickup);
        row("pickup held", "available_for_pickup", "held", "Held at Post Office", Subtag::AvailableForPickup);
        row("pickup location", "in_transit", "arrived_at_pickup_location", "At locker", Subtag::AvailableForPickup);
        row("delivered", "delivered", "arrived_at_destination", "Delivered", Subtag::Delivered);
        row("delivered return", "delivered", "return", "Delivered", Subtag::ExceptionReturnedToSender);
        row("returning", "return_to_sender", "return", "Return to Sender", Subtag::ExceptionReturningToSender);
        row("returned", "return_to_sender", "return", "Returned to shipper", Subtag::ExceptionReturnedToSender);
        row("address", "in_transit", "address_correction", "Address corrected", Subtag::ExceptionAddressProblem);
        row("damaged", "in_transit", "damaged", "Damaged", Subtag::ExceptionDamaged);
        row("delayed", "in_transit", "delayed", "Missed connection", Subtag::ExceptionDelayedCarrier);
        row("delayed plain", "in_transit", "delayed", "Running late", Subtag::Exception);
        row("weather", "in_transit", "weather_delay", "Severe weather", Subtag::ExceptionDelayedExternal);
        row("held customs", "in_transit", "held", "Held by customs", Subtag::ExceptionCustomsHold);
        row("held duties", "in_transit", "held", "Awaiting payment of duties", Subtag::ExceptionHeldForPayment);
        row("lost", "failure", "lost", "Lost", Subtag::ExceptionLost);
        row("missorted", "in_transit", "missorted", "Missent", Subtag::ExceptionDelayedCarrier);
        row("refused", "failure", "refused", "Refused", Subtag::ExceptionRefused);
        row("refused returning", "return_to_sender", "refused", "Refused, return to sender", Subtag::ExceptionReturningToSender);
        row("transit exception", "in_transit", "transit_exception", "Exception", Subtag::Exception);
        row("expired", "unknown", "expired", "No updates", Subtag::Expired);
        row("failure", "failure", "status_update", "Undeliverable as addressed", Subtag::ExceptionAddressProblem);
        row("failure keeps stage", "failure", "arrived_at_facility", "Undeliverable", Subtag::Exception);
        row("cancelled", "cancelled", "cancelled", "Shipment cancelled", Subtag::Exception);
        row("unknown with step", "unknown", "arrived_at_facility", "Arrived", Subtag::InTransitArrivedAtFacility);
        row("nothing known", "unknown", "unknown", "Scanned", UnmappedCodeFallback, true);
        row("nothing known, text", "error", "unknown", "Out for delivery", Subtag::OutForDelivery, true);
    }

    void statusMapping()
    {
        QFETCH(QString, status);
        QFETCH(QString, detail);
        QFETCH(QString, message);
        QFETCH(Subtag, expected);
        QFETCH(bool, unmapped);
        const auto r = normalizeBytes(trackerWith(status, detail, message));
        QCOMPARE(r.shipments.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(subtagCode(e.subtag), subtagCode(expected));
        QCOMPARE(e.unmappedCode, unmapped);
        QCOMPARE(e.rawCode, status + QLatin1Char('/') + detail);
    }

    void signatureOnlyForDeliveries()
    {
        const auto delivered = normalizeBytes(trackerWith(QStringLiteral("delivered"), QStringLiteral("arrived_at_destination"), QStringLiteral("Delivered"), QStringLiteral("J SMITH")));
        QCOMPARE(delivered.shipments.first().events.first().subtag, Subtag::DeliveredSigned);
        const auto ofd = normalizeBytes(trackerWith(QStringLiteral("out_for_delivery"), QStringLiteral("out_for_delivery"), QStringLiteral("Out"), QStringLiteral("J SMITH")));
        QCOMPARE(ofd.shipments.first().events.first().subtag, Subtag::OutForDelivery);
    }

    void onlyEasyPostShapesAreClaimed()
    {
        // An Event about something else than a Tracker is not ours.
        const auto batch = normalizeBytes(R"({"object": "Event", "description": "batch.updated", "result": {"object": "Batch"}})");
        QCOMPARE(batch.summary.failedRecords, 1);
        QVERIFY(batch.issueLines().join(QLatin1Char('\n')).contains(QLatin1String("format not recognised")));
        // An error body with more than "error", or a numeric code, is another API's.
        const QByteArray uspsError = R"({"apiVersion": "/tracking/v3", "error": {"code": "404", "message": "Not Found"}})";
        json::Parser parser;
        const auto root = parser.parse(uspsError.constData(), uspsError.size());
        QVERIFY(root);
        QVERIFY(!AdapterRegistry::standard().byFormatId(QStringLiteral("easypost"))->accepts(*root));
        // An empty page of trackers is fine and holds nothing.
        const auto empty = normalizeBytes(R"({"trackers": [], "has_more": false})");
        QCOMPARE(empty.summary.failedRecords, 0);
        QCOMPARE(empty.shipments.size(), 0);
        QCOMPARE(empty.issues.size(), 0);
    }
};

CT_REGISTER_SUITE("easypost", TestEasyPostAdapter);

#include "tst_easypostadapter.moc"
