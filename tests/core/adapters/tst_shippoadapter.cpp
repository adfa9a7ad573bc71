// SPDX-License-Identifier: MIT
// Shippo specifics beyond the golden files: the facts a reviewer checks by hand.
#include "adaptertestsupport.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

// One Track with one history entry, for the mapping table.
QByteArray trackWith(const QString &status, const QString &substatus, const QString &details)
{
    const QString sub = substatus.isEmpty()
                            ? QStringLiteral("null")
                            : QStringLiteral(R"({"code": "%1", "text": "", "action_required": false})").arg(substatus);
    return QStringLiteral(R"({"carrier": "usps", "tracking_number": "9400100000000000000099",
        "tracking_status": null, "tracking_history": [{"status": "%1", "substatus": %2,
        "status_details": "%3", "status_date": "2026-11-10T12:00:00Z",
        "location": {"city": "Dallas", "state": "TX", "zip": "75201", "country": "US"}}]})")
        .arg(status, sub, details)
        .toUtf8();
}

} // namespace

class TestShippoAdapter : public QObject
{
    Q_OBJECT

private slots:
    void trackObjectIsRead()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/shippo/delivered.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.sourceFormat, QStringLiteral("shippo"));
        QCOMPARE(s.carrier, QStringLiteral("usps"));
        QCOMPARE(s.service, QStringLiteral("Priority Mail"));
        QCOMPARE(s.carrierReference, QStringLiteral("b6a2d1f0c3e84a7f9d5c2b1a0e9f8d7c"));
        QCOMPARE(s.origin.city, QStringLiteral("San Francisco"));
        QCOMPARE(s.destination.postalCode, QStringLiteral("97209"));
        // tracking_status repeats the last history entry: it is not a ninth event.
        QCOMPARE(s.events.size(), 8);
        QCOMPARE(s.events.first().subtag, Subtag::InfoReceived);
        QCOMPARE(s.events.first().occurredAt.utcMs, utc(2026, 10, 26, 18, 3));
        // UTC given, place known (San Francisco): shown in PDT, -07:00 before 1 November.
        QCOMPARE(s.events.first().occurredAt.offsetMinutes, -420);
        QCOMPARE(s.events.at(4).subtag, Subtag::InTransit); // package_processing
        QVERIFY(s.events.at(4).city.isEmpty());              // "location": null
        QCOMPARE(s.events.last().rawCode, QStringLiteral("DELIVERED/delivered"));
        QCOMPARE(s.subtag, Subtag::Delivered);
        // eta (not original_eta); midnight UTC is a date.
        QCOMPARE(s.estimatedDelivery.date, QDate(2026, 10, 28));
        QVERIFY(!s.estimatedDelivery.hasTime);
    }

    void webhookIsSortedAndTheAttemptExplained()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/shippo/failed_attempt_webhook.json"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("fedex"));
        QCOMPARE(s.events.size(), 8);
        for (qsizetype i = 1; i < s.events.size(); ++i)
            QVERIFY(s.events.at(i - 1).occurredAt.utcMs <= s.events.at(i).occurredAt.utcMs);
        const TrackingEvent &attempt = s.events.at(5);
        QCOMPARE(attempt.rawCode, QStringLiteral("TRANSIT/delivery_attempted"));
        QCOMPARE(attempt.subtag, Subtag::AttemptFailBusinessClosed);
        QCOMPARE(attempt.occurredAt.utcMs, utc(2026, 11, 6, 21, 35));
        QCOMPARE(s.tag, Tag::Delivered);
        // An ETA with a time of day is kept as the instant it names.
        QVERIFY(s.estimatedDelivery.hasTime);
        QCOMPARE(s.estimatedDelivery.at.utcMs, utc(2026, 11, 9, 20, 0));
    }

    void severalTracksAndReusedNumbers()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/shippo/exceptions.jsonl"));
        QCOMPARE(r.summary.records, 7);
        QCOMPARE(r.shipments.size(), 7);
        QCOMPARE(r.issues.size(), 0);
        QCOMPARE(r.shipments.at(0).carrier, QStringLiteral("dhl")); // "dhl_express"
        QCOMPARE(r.shipments.at(0).subtag, Subtag::ExceptionCustomsHold);
        // eta null: original_eta is the estimate.
        QCOMPARE(r.shipments.at(0).estimatedDelivery.toIsoString(), QStringLiteral("2026-11-15"));
        QCOMPARE(r.shipments.at(1).subtag, Subtag::ExceptionDelayedExternal);
        QCOMPARE(r.shipments.at(2).subtag, Subtag::ExceptionDamaged);
        // The same tracking number in two webhooks: two shipments.
        QCOMPARE(r.shipments.at(3).trackingNumber, r.shipments.at(4).trackingNumber);
        QCOMPARE(r.shipments.at(3).subtag, Subtag::Delivered);
        QCOMPARE(r.shipments.at(4).subtag, Subtag::ExceptionAddressProblem);
        QVERIFY(r.shipments.at(3).sourceDocument != r.shipments.at(4).sourceDocument);
        // FAILURE/package_undeliverable is refined from the text.
        QCOMPARE(r.shipments.at(5).subtag, Subtag::ExceptionAddressProblem);
        QVERIFY(r.shipments.at(5).service.isEmpty());
        QCOMPARE(r.shipments.at(6).carrier, QStringLiteral("canada-post"));
        QCOMPARE(r.shipments.at(6).subtag, Subtag::ExceptionLost);
    }

    void returnToSender()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/shippo/return_to_sender.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.events.size(), 8);
        QCOMPARE(s.events.at(3).subtag, Subtag::AttemptFailAddresseeUnavailable); // notice_left
        QCOMPARE(s.events.at(4).subtag, Subtag::AvailableForPickup);
        QCOMPARE(s.events.at(5).subtag, Subtag::ExceptionPickupNotCollected);     // package_unclaimed
        QCOMPARE(s.events.at(6).subtag, Subtag::ExceptionReturningToSender);
        QCOMPARE(s.events.at(7).subtag, Subtag::ExceptionReturnedToSender);
        QCOMPARE(s.subtag, Subtag::ExceptionReturnedToSender);
        QVERIFY(s.statusConflict.isEmpty());
    }

    void localTimesAreReadAtThePlace()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/shippo/local_times.jsonl"));
        QCOMPARE(r.shipments.size(), 3);
        QCOMPARE(r.issues.size(), 0);
        const ShipmentRecord *ups = r.shipment(QStringLiteral("1Z7V31A20398127745"));
        QVERIFY(ups);
        // Miami (EST, -05:00): 09:15 local is 14:15 UTC.
        QCOMPARE(ups->events.at(0).occurredAt.utcMs, utc(2026, 11, 16, 14, 15));
        QCOMPARE(ups->events.at(0).occurredAt.offsetMinutes, -300);
        QVERIFY(!ups->events.at(0).timeAssumed);
        // Denver (MST, -07:00).
        QCOMPARE(ups->events.at(2).occurredAt.toIsoString(), QStringLiteral("2026-11-17T14:05:00-07:00"));
        // "location": null: the destination country, flagged.
        QCOMPARE(ups->events.at(3).description, QStringLiteral("Processing at UPS Facility"));
        QVERIFY(ups->events.at(3).timeAssumed);
        const ShipmentRecord *dp = r.shipment(QStringLiteral("RR123456785DE"));
        QVERIFY(dp);
        QCOMPARE(dp->carrier, QStringLiteral("deutsche-post"));
        QCOMPARE(dp->events.first().country, QStringLiteral("DE")); // "Germany"
        QCOMPARE(dp->events.first().occurredAt.toIsoString(), QStringLiteral("2026-11-19T07:45:00+01:00"));
        QVERIFY(!dp->events.first().timeAssumed);
        const ShipmentRecord *rm = r.shipment(QStringLiteral("TQ966044837GB"));
        QVERIFY(rm);
        QCOMPARE(rm->carrier, QStringLiteral("royal-mail"));
        QCOMPARE(rm->events.first().occurredAt.toIsoString(), QStringLiteral("2026-11-18T23:39:04+00:00"));
        QVERIFY(rm->events.first().timeAssumed);
        QVERIFY(!rm->events.last().timeAssumed);
        QVERIFY(rm->origin.city.isEmpty());
    }

    void messyTrackIsReportedAndTheRestKept()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/shippo/messy.json"));
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.carrier, QStringLiteral("acme-couriers"));
        QCOMPARE(s.events.size(), 4);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_history[1].status_date"), QStringLiteral("2026-02-30")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_history[2].status_date"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_history[3].status_date"), QStringLiteral("missing")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_history[4]"), QStringLiteral("found number")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_history[5].location"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_history[6].substatus"), QStringLiteral("found string")));
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("tracking_history[7].status"), QStringLiteral("found array")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("address_to.country"), QStringLiteral("Atlantis")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("eta"), QStringLiteral("tomorrow")));
        QCOMPARE(r.summary.errors, 7);
        QCOMPARE(s.origin.country, QStringLiteral("US"));
        QVERIFY(s.origin.city.isEmpty());
        QVERIFY(s.destination.country.isEmpty());
        QCOMPARE(s.events.at(1).subtag, Subtag::ExceptionDelayedExternal);
        QCOMPARE(s.events.at(2).subtag, Subtag::InTransit); // unknown substatus of TRANSIT
        QVERIFY(!s.events.at(2).unmappedCode);
        QVERIFY(s.events.at(3).unmappedCode);               // LOST_IN_SPACE/other
        QCOMPARE(r.summary.unmappedEvents, 1);
        QCOMPARE(s.tag, Tag::InTransit);
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("tracking_status.status"), QStringLiteral("Delivered_001")));
    }

    void unknownNumbersAreNotFound()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/shippo/not_found.jsonl"));
        QCOMPARE(r.summary.notFound, 2);
        QCOMPARE(r.summary.errors, 0);
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("data.tracking_status.status"), QStringLiteral("9400100000000000000001")));
        QVERIFY(r.hasIssue(Severity::Notice, QStringLiteral("tracking_status"), QStringLiteral("Tracking number not found.")));
        // A known number with only the current status: that status is the one event.
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().events.size(), 1);
        QCOMPARE(r.shipments.first().subtag, Subtag::InTransitArrivedAtFacility);
    }

    void statusMapping_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("substatus");
        QTest::addColumn<QString>("details");
        QTest::addColumn<Subtag>("expected");
        QTest::addColumn<bool>("unmapped");
        auto row = [](const char *name, const char *status, const char *substatus, const char *details,
                      Subtag expected, bool unmapped = false) {
            QTest::newRow(name) << QString::fromLatin1(status) << QString::fromLatin1(substatus)
                                << QString::fromLatin1(details) << expected << unmapped;
        };
        row("information_received", "PRE_TRANSIT", "information_received", "Label created", Subtag::InfoReceived);
        row("pre-transit, no substatus", "PRE_TRANSIT", "", "Label created", Subtag::InfoReceived);
        row("package_accepted", "TRANSIT", "package_accepted", "Picked up", Subtag::InTransitAccepted);
        row("package_arrived", "TRANSIT", "package_arrived", "Arrived", Subtag::InTransitArrivedAtFacility);
        row("package_departed", "TRANSIT", "package_departed", "Departed", Subtag::InTransitDeparted);
        row("package_processing", "TRANSIT", "package_processing", "Processing", Subtag::InTransit);
        row("package_processed", "TRANSIT", "package_processed", "Processed", Subtag::InTransit);
        row("package_forwarded", "TRANSIT", "package_forwarded", "Forwarded", Subtag::InTransitForwarded);
        row("delivery_scheduled", "TRANSIT", "delivery_scheduled", "Scheduled", Subtag::InTransit);
        row("out_for_delivery", "TRANSIT", "out_for_delivery", "Out for delivery", Subtag::OutForDelivery);
        row("pickup_available", "TRANSIT", "pickup_available", "Ready", Subtag::AvailableForPickup);
        row("delivery_attempted", "TRANSIT", "delivery_attempted", "Attempted", Subtag::AttemptFail);
        row("delivery_attempted refused", "TRANSIT", "delivery_attempted", "Refused by recipient", Subtag::AttemptFailRefused);
        row("delivery_rescheduled", "TRANSIT", "delivery_rescheduled", "Rescheduled", Subtag::AttemptFailRescheduleRequested);
        row("reschedule_delivery", "TRANSIT", "reschedule_delivery", "No one home", Subtag::AttemptFailAddresseeUnavailable);
        row("notice_left", "TRANSIT", "notice_left", "Notice left", Subtag::AttemptFailAddresseeUnavailable);
        row("location_inaccessible", "TRANSIT", "location_inaccessible", "Gate locked", Subtag::AttemptFailNoAccess);
        row("address_issue", "TRANSIT", "address_issue", "Bad address", Subtag::ExceptionAddressProblem);
        row("contact_carrier", "TRANSIT", "contact_carrier", "Contact carrier", Subtag::Exception);
        row("delayed", "TRANSIT", "delayed", "Weather delay", Subtag::ExceptionDelayedExternal);
        row("package_held customs", "TRANSIT", "package_held", "Held by customs", Subtag::ExceptionCustomsHold);
        row("package_held", "TRANSIT", "package_held", "Held", Subtag::Exception);
        row("package_damaged", "TRANSIT", "package_damaged", "Damaged", Subtag::ExceptionDamaged);
        row("transit, other", "TRANSIT", "other", "Update", Subtag::InTransit);
        row("delivered", "DELIVERED", "delivered", "Delivered", Subtag::Delivered);
        row("delivered, odd substatus", "DELIVERED", "out_for_delivery", "Delivered", Subtag::Delivered);
        row("return_to_sender", "RETURNED", "return_to_sender", "Return to sender", Subtag::ExceptionReturningToSender);
        row("being returned", "RETURNED", "return_to_sender", "Being returned to sender", Subtag::ExceptionReturningToSender);
        row("returned", "RETURNED", "return_to_sender", "Returned to shipper", Subtag::ExceptionReturnedToSender);
        row("returned, delivered", "RETURNED", "delivered", "Delivered", Subtag::ExceptionReturnedToSender);
        row("package_unclaimed", "RETURNED", "package_unclaimed", "Unclaimed", Subtag::ExceptionPickupNotCollected);
        row("package_undeliverable", "FAILURE", "package_undeliverable", "Undeliverable", Subtag::Exception);
        row("package_disposed", "FAILURE", "package_disposed", "Disposed", Subtag::ExceptionLost);
        row("package_lost", "FAILURE", "package_lost", "Lost", Subtag::ExceptionLost);
        row("failure, other", "FAILURE", "other", "Refused", Subtag::ExceptionRefused);
        row("unknown", "UNKNOWN", "other", "Scanned", UnmappedCodeFallback, true);
        row("unknown, text", "UNKNOWN", "", "Out for delivery", Subtag::OutForDelivery, true);
    }

    void statusMapping()
    {
        QFETCH(QString, status);
        QFETCH(QString, substatus);
        QFETCH(QString, details);
        QFETCH(Subtag, expected);
        QFETCH(bool, unmapped);
        const auto r = normalizeBytes(trackWith(status, substatus, details));
        QCOMPARE(r.shipments.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(subtagCode(e.subtag), subtagCode(expected));
        QCOMPARE(e.unmappedCode, unmapped);
    }

    void onlyShippoShapesAreClaimed()
    {
        // A Shippo transaction webhook is not a Track.
        const auto transaction = normalizeBytes(R"({"event": "transaction_created", "test": true, "data": {"object_id": "abc", "status": "SUCCESS", "tracking_number": "9400100000000000000001", "tracking_status": "UNKNOWN"}})");
        QVERIFY(transaction.issueLines().join(QLatin1Char('\n')).contains(QLatin1String("format not recognised")));
        // Shippo's 404 body {"detail": "Not found."} is the same shape as other APIs'
        // problem details; it is not claimed.
        const auto notFound = normalizeBytes(R"({"detail": "Not found."})");
        QVERIFY(notFound.issueLines().join(QLatin1Char('\n')).contains(QLatin1String("format not recognised")));
    }
};

CT_REGISTER_SUITE("shippo", TestShippoAdapter);

#include "tst_shippoadapter.moc"
