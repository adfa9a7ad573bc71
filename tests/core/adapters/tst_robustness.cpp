// SPDX-License-Identifier: MIT
// The rules every adapter shares when reading real payloads (docs/ADAPTERS.md, "Reading
// real payloads"; docs/TAXONOMY.md, "Terminal states latch"): placeholder values read as
// absent with one warning per shipment, an error element beside data keeping the data,
// the terminal-state latch (in ParseContext, and in the store across payloads), place
// strings split, and a domestic carrier's countries inferred and flagged. The helper
// classes are tested row by row; the fixtures (tests/fixtures/adapters/*/
// documentation_example.json, error_beside_data.json, delivered_then_later_scans.json,
// location_strings.json) check that each adapter goes through them.
#include "adaptertestsupport.h"

#include "adapters/domesticcountry.h"
#include "adapters/locationtext.h"
#include "adapters/placeholdervalues.h"
#include "domain/statuslatch.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/shipmentdetail.h"
#include "store/shipmentingestor.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

TrackingEvent scan(Subtag subtag, qint64 atMs, const char *description = "")
{
    TrackingEvent e;
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    e.occurredAt = Timestamp{atMs, 0};
    e.description = QString::fromUtf8(description);
    return e;
}

// "city|state|postal|country" as QStringList, for the rows of place strings.
QStringList place(const char *city, const char *state, const char *postal, const char *country)
{
    return {QString::fromUtf8(city), QString::fromUtf8(state), QString::fromUtf8(postal), QString::fromUtf8(country)};
}

QList<Subtag> subtagsOf(const QList<TrackingEvent> &events)
{
    QList<Subtag> out;
    for (const TrackingEvent &e : events)
        out.append(e.subtag);
    return out;
}

int countIssues(const NormalizeResult &r, Severity severity, const QString &text)
{
    int n = 0;
    for (const FeedIssue &i : r.issues)
        n += i.severity == severity && i.message.contains(text) ? 1 : 0;
    return n;
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    // --- placeholder values ----------------------------------------------------------

    void placeholderText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("string") << QStringLiteral("string") << true;
        QTest::newRow("String, any case") << QStringLiteral("STRING") << true;
        QTest::newRow("cut to a two-letter code") << QStringLiteral("st") << true;
        QTest::newRow("cut to three") << QStringLiteral("str") << true;
        QTest::newRow("ST is São Tomé") << QStringLiteral("ST") << false;
        QTest::newRow("X's") << QStringLiteral("XXXXXXXX") << true;
        QTest::newRow("two X's") << QStringLiteral("XX") << true;
        QTest::newRow("one X is a letter") << QStringLiteral("X") << false;
        QTest::newRow("zero") << QStringLiteral("0") << true;
        QTest::newRow("zeros") << QStringLiteral("00000") << true;
        QTest::newRow("zero date") << QStringLiteral("0000-00-00") << true;
        QTest::newRow("a real ZIP with zeros") << QStringLiteral("10001") << false;
        QTest::newRow("a city") << QStringLiteral("Strasbourg") << false;
        QTest::newRow("empty is absent, not a placeholder") << QString() << false;
        QTest::newRow("surrounding spaces") << QStringLiteral("  string ") << true;
    }

    void placeholderText()
    {
        QFETCH(QString, text);
        QFETCH(bool, placeholder);
        QCOMPARE(PlaceholderValues::isPlaceholderText(text), placeholder);
    }

    void placeholderDate_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("zero as text") << QByteArray(R"({"d":"0"})") << true;
        QTest::newRow("zero as number (epoch 0)") << QByteArray(R"({"d":0})") << true;
        QTest::newRow("zero date") << QByteArray(R"({"d":"0000-00-00"})") << true;
        QTest::newRow("zero date and time") << QByteArray(R"({"d":"0000-00-00T00:00:00"})") << true;
        QTest::newRow("UPS compact zeros") << QByteArray(R"({"d":"00000000"})") << true;
        QTest::newRow("epoch 0 in UTC") << QByteArray(R"({"d":"1970-01-01T00:00:00Z"})") << true;
        QTest::newRow("epoch 0 with +00:00") << QByteArray(R"({"d":"1970-01-01T00:00:00+00:00"})") << true;
        QTest::newRow("epoch date") << QByteArray(R"({"d":"1970-01-01"})") << true;
        QTest::newRow("a second after epoch 0") << QByteArray(R"({"d":"1970-01-01T00:00:01Z"})") << false;
        QTest::newRow("string") << QByteArray(R"({"d":"string"})") << true;
        QTest::newRow("N/A") << QByteArray(R"({"d":"N/A"})") << true;
        QTest::newRow("empty") << QByteArray(R"({"d":""})") << true;
        QTest::newRow("empty object") << QByteArray(R"({"d":{}})") << true;
        QTest::newRow("empty array") << QByteArray(R"({"d":[]})") << true;
        QTest::newRow("a real date") << QByteArray(R"({"d":"2026-11-03T10:20:00"})") << false;
        QTest::newRow("a number that is a time") << QByteArray(R"({"d":1767225600})") << false;
        QTest::newRow("missing is missing") << QByteArray(R"({})") << false;
    }

    void placeholderDate()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, placeholder);
        json::Parser parser;
        const auto root = parser.parse(json.constData(), json.size());
        QVERIFY(root);
        QCOMPARE(PlaceholderValues::isPlaceholderDate((*root)["d"]), placeholder);
    }

    // A documentation-style payload: the fields holding placeholders are left empty, the
    // shipment is kept with its real values, and one warning per shipment names them all.
    void documentationExamples_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("trackingNumber");
        QTest::addColumn<int>("events");      // the events with a real time
        QTest::addColumn<QString>("status");  // the shipment's sub-status
        QTest::addColumn<int>("placeholders"); // values named in the one warning
        QTest::newRow("usps") << QStringLiteral("usps/documentation_example.json") << QStringLiteral("9400111899223847300011") << 1
                              << QStringLiteral("Delivered_001") << 16;
        QTest::newRow("ups") << QStringLiteral("ups/documentation_example.json") << QStringLiteral("1Z023E2X0214323462") << 2
                             << QStringLiteral("Delivered_001") << 16;
        QTest::newRow("fedex") << QStringLiteral("fedex/documentation_example.json") << QStringLiteral("128667043726") << 2
                               << QStringLiteral("Delivered_001") << 23;
        QTest::newRow("aftership") << QStringLiteral("aftership/documentation_example.json") << QStringLiteral("9261290312833844954982") << 1
                                   << QStringLiteral("InTransit_007") << 26;
    }

    void documentationExamples()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, trackingNumber);
        QFETCH(int, events);
        QFETCH(QString, status);
        QFETCH(int, placeholders);
        const NormalizeResult r = normalizeFixture(QStringLiteral("adapters/") + fixture);
        QCOMPARE(r.count(Severity::Error), 0);
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.trackingNumber, trackingNumber);
        QCOMPARE(s.events.size(), events);
        QCOMPARE(subtagCode(s.subtag), status);
        QCOMPARE(countIssues(r, Severity::Warning, QStringLiteral("read as absent")), 1);
        QVERIFY2(countIssues(r, Severity::Warning,
                             QStringLiteral("%1 placeholder value%2 read as absent")
                                 .arg(placeholders)
                                 .arg(placeholders == 1 ? QString() : QStringLiteral("s")))
                     == 1,
                 qPrintable(r.issueLines().join(QLatin1Char('\n'))));
        // No placeholder survives into the record.
        for (const QString &text : {s.service, s.destination.city, s.destination.state, s.destination.postalCode,
                                    s.order.customerName})
            QVERIFY2(!PlaceholderValues::isPlaceholderText(text), qPrintable(text));
        for (const TrackingEvent &e : s.events) {
            for (const QString &text : {e.description, e.city, e.state, e.postalCode, e.rawCode})
                QVERIFY2(!PlaceholderValues::isPlaceholderText(text), qPrintable(text));
        }
    }

    // Two shipments with placeholders in one document: one warning each, at each shipment.
    void placeholdersAreReportedOncePerShipment()
    {
        const NormalizeResult r = normalizeBytes(R"({"meta":{"code":200},"data":{"trackings":[
            {"tracking_number":"TN-PLACEHOLDER-1","slug":"usps","destination_city":"string",
             "customer_name":"string","checkpoints":[
               {"checkpoint_time":"2026-11-10T09:00:00-05:00","message":"Accepted at USPS Origin Facility",
                "tag":"InTransit","subtag":"InTransit_002","city":"string","state":"st","zip":"00000"}]},
            {"tracking_number":"TN-PLACEHOLDER-2","slug":"usps","shipment_type":"string","checkpoints":[]}
          ]}})");
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.count(Severity::Error), 0);
        QCOMPARE(countIssues(r, Severity::Warning, QStringLiteral("read as absent")), 2);
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("data.trackings[0]"),
                           QStringLiteral("shipment TN-PLACEHOLDER-1: 5 placeholder values read as absent")));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("data.trackings[1]"),
                           QStringLiteral("shipment TN-PLACEHOLDER-2: 1 placeholder value read as absent: "
                                          "data.trackings[1].shipment_type \"string\"")));
        const ShipmentRecord *first = r.shipment(QStringLiteral("TN-PLACEHOLDER-1"));
        QVERIFY(first);
        QVERIFY(first->destination.city.isEmpty());
        QVERIFY(first->order.customerName.isEmpty());
        QCOMPARE(first->events.size(), 1);
        QVERIFY(first->events.first().city.isEmpty());
        QVERIFY(first->events.first().state.isEmpty());
        QVERIFY(first->events.first().postalCode.isEmpty());
        QCOMPARE(first->events.first().subtag, Subtag::InTransitAccepted);
    }

    // A placeholder where a tracking number is required is still refused: nothing to
    // identify the parcel by.
    void placeholderTrackingNumberIsRefused()
    {
        const NormalizeResult r = normalizeBytes(
            R"({"trackingNumber":"string","statusCategory":"Delivered","trackingEvents":[]})");
        QCOMPARE(r.shipments.size(), 0);
        QVERIFY(r.hasIssue(Severity::Error, QStringLiteral("trackingNumber"),
                           QStringLiteral("required field holds the placeholder \"string\"")));
    }

    // --- an error element beside data --------------------------------------------------

    void errorBesideData_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("kept");     // the entry with data and an error, kept
        QTest::addColumn<int>("keptEvents");
        QTest::addColumn<int>("shipments");    // all the document gives
        QTest::addColumn<int>("notFound");     // entries with an error and no data
        QTest::newRow("fedex") << QStringLiteral("fedex/error_beside_data.json") << QStringLiteral("794698765430") << 2 << 1 << 1;
        QTest::newRow("aftership") << QStringLiteral("aftership/error_beside_data.json") << QStringLiteral("1Z0A9F040398765432") << 2 << 1 << 0;
        QTest::newRow("delhivery") << QStringLiteral("delhivery/error_beside_data.json") << QStringLiteral("1490811122233") << 2 << 1 << 1;
        QTest::newRow("usps") << QStringLiteral("usps/error_beside_data.json") << QStringLiteral("9400111899223847300028") << 2 << 1 << 0;
        QTest::newRow("ups") << QStringLiteral("ups/error_beside_data.json") << QStringLiteral("1Z0A9F040311223344") << 2 << 1 << 0;
    }

    void errorBesideData()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, kept);
        QFETCH(int, keptEvents);
        QFETCH(int, shipments);
        QFETCH(int, notFound);
        const NormalizeResult r = normalizeFixture(QStringLiteral("adapters/") + fixture);
        QCOMPARE(r.shipments.size(), shipments);
        const ShipmentRecord *s = r.shipment(kept);
        QVERIFY(s);
        QCOMPARE(s->events.size(), keptEvents);
        QCOMPARE(countIssues(r, Severity::Warning, QStringLiteral("error beside tracking data; the data is kept")), 1);
        QCOMPARE(r.summary.notFound, notFound);
        QCOMPARE(r.count(Severity::Error), 0);
    }

    // --- the terminal-state latch ------------------------------------------------------

    void statusLatch_data()
    {
        QTest::addColumn<QList<Subtag>>("events"); // oldest first, an hour apart
        QTest::addColumn<Subtag>("status");
        QTest::addColumn<int>("overruled");
        QTest::addColumn<QList<Subtag>>("effective");
        using S = Subtag;
        const QList<S> plain{S::InTransitAccepted, S::OutForDelivery, S::Delivered};
        QTest::newRow("no latch without a terminal event") << QList<S>{S::InTransitAccepted, S::InTransitDeparted}
                                                          << S::InTransitDeparted << 0
                                                          << QList<S>{S::InTransitAccepted, S::InTransitDeparted};
        QTest::newRow("delivered last") << plain << S::Delivered << 0 << plain;
        QTest::newRow("delivered, then a departure scan")
            << QList<S>{S::OutForDelivery, S::Delivered, S::InTransitDeparted} << S::Delivered << 1
            << QList<S>{S::OutForDelivery, S::Delivered};
        QTest::newRow("delivered, then out for delivery and an arrival")
            << QList<S>{S::Delivered, S::OutForDelivery, S::InTransitArrivedAtFacility} << S::Delivered << 2
            << QList<S>{S::Delivered};
        QTest::newRow("delivered, then label info") << QList<S>{S::Delivered, S::InfoReceived} << S::Delivered << 1
                                                    << QList<S>{S::Delivered};
        QTest::newRow("delivered, then a generic exception")
            << QList<S>{S::Delivered, S::Exception} << S::Delivered << 1 << QList<S>{S::Delivered};
        QTest::newRow("delivered, then damaged (a claim, not movement)")
            << QList<S>{S::Delivered, S::ExceptionDamaged} << S::Delivered << 1 << QList<S>{S::Delivered};
        QTest::newRow("delivered, then expired") << QList<S>{S::Delivered, S::Expired} << S::Delivered << 1
                                                 << QList<S>{S::Delivered};
        QTest::newRow("delivered, then returning to sender reopens")
            << QList<S>{S::Delivered, S::ExceptionReturningToSender} << S::ExceptionReturningToSender << 0
            << QList<S>{S::Delivered, S::ExceptionReturningToSender};
        QTest::newRow("delivered, then refused reopens")
            << QList<S>{S::Delivered, S::ExceptionRefused} << S::ExceptionRefused << 0
            << QList<S>{S::Delivered, S::ExceptionRefused};
        QTest::newRow("delivered, then a failed attempt (redelivery) reopens")
            << QList<S>{S::Delivered, S::AttemptFailAddresseeUnavailable} << S::AttemptFailAddresseeUnavailable << 0
            << QList<S>{S::Delivered, S::AttemptFailAddresseeUnavailable};
        QTest::newRow("delivered, then at a pickup point reopens")
            << QList<S>{S::Delivered, S::AvailableForPickup} << S::AvailableForPickup << 0
            << QList<S>{S::Delivered, S::AvailableForPickup};
        QTest::newRow("delivered, then forwarded (re-consigned) reopens")
            << QList<S>{S::Delivered, S::InTransitForwarded} << S::InTransitForwarded << 0
            << QList<S>{S::Delivered, S::InTransitForwarded};
        QTest::newRow("delivered, then delivered again") << QList<S>{S::Delivered, S::DeliveredSigned}
                                                         << S::DeliveredSigned << 0
                                                         << QList<S>{S::Delivered, S::DeliveredSigned};
        QTest::newRow("reopened, then moving normally")
            << QList<S>{S::Delivered, S::ExceptionReturningToSender, S::InTransitDeparted}
            << S::InTransitDeparted << 0
            << QList<S>{S::Delivered, S::ExceptionReturningToSender, S::InTransitDeparted};
        QTest::newRow("a stray scan, then a real return")
            << QList<S>{S::Delivered, S::InTransitDeparted, S::ExceptionReturningToSender}
            << S::ExceptionReturningToSender << 0
            << QList<S>{S::Delivered, S::ExceptionReturningToSender};
        QTest::newRow("returned to sender, then a stray arrival")
            << QList<S>{S::ExceptionReturningToSender, S::ExceptionReturnedToSender, S::InTransitArrivedAtFacility}
            << S::ExceptionReturnedToSender << 1
            << QList<S>{S::ExceptionReturningToSender, S::ExceptionReturnedToSender};
        QTest::newRow("returned to sender, then a failed attempt stays")
            << QList<S>{S::ExceptionReturnedToSender, S::AttemptFail} << S::ExceptionReturnedToSender << 1
            << QList<S>{S::ExceptionReturnedToSender};
        QTest::newRow("returned to sender, then forwarded again reopens")
            << QList<S>{S::ExceptionReturnedToSender, S::InTransitForwarded} << S::InTransitForwarded << 0
            << QList<S>{S::ExceptionReturnedToSender, S::InTransitForwarded};
        QTest::newRow("returned to sender, then delivered")
            << QList<S>{S::ExceptionReturnedToSender, S::Delivered} << S::Delivered << 0
            << QList<S>{S::ExceptionReturnedToSender, S::Delivered};
        QTest::newRow("expired, then a scan: the carrier reports again")
            << QList<S>{S::InTransitAccepted, S::Expired, S::InTransitArrivedAtFacility}
            << S::InTransitArrivedAtFacility << 0
            << QList<S>{S::InTransitAccepted, S::Expired, S::InTransitArrivedAtFacility};
        QTest::newRow("expired, then label info stays expired")
            << QList<S>{S::Expired, S::InfoReceived} << S::Expired << 1 << QList<S>{S::Expired};
        QTest::newRow("expired, then expired again") << QList<S>{S::Expired, S::Expired} << S::Expired << 0
                                                     << QList<S>{S::Expired, S::Expired};
    }

    void statusLatch()
    {
        QFETCH(QList<Subtag>, events);
        QFETCH(Subtag, status);
        QFETCH(int, overruled);
        QFETCH(QList<Subtag>, effective);
        QList<TrackingEvent> timeline;
        for (qsizetype i = 0; i < events.size(); ++i)
            timeline.append(scan(events.at(i), utc(2026, 11, 10, 8, 0) + i * 3'600'000));
        const StatusLatch::Verdict v = StatusLatch::of(timeline);
        QCOMPARE(timeline.at(v.statusIndex).subtag, status);
        QCOMPARE(v.overruled, qsizetype(overruled));
        QCOMPARE(v.conflict.isEmpty(), overruled == 0);
        QCOMPARE(subtagsOf(StatusLatch::effectiveEvents(timeline)), effective);
    }

    void statusLatchDescribesTheConflict()
    {
        const QList<TrackingEvent> timeline{
            scan(Subtag::Delivered, utc(2026, 11, 12, 15, 4), "Delivered"),
            scan(Subtag::InTransitDeparted, utc(2026, 11, 12, 21, 30), "Departed from Facility"),
            scan(Subtag::InTransitArrivedAtFacility, utc(2026, 11, 13, 2, 0), "Arrived at Facility"),
        };
        QCOMPARE(StatusLatch::of(timeline).conflict,
                 QStringLiteral("Delivered_001 at 2026-11-12T15:04:00+00:00 stands: 2 later event(s) do not reopen it "
                                "(latest: InTransit_003 \"Arrived at Facility\" at 2026-11-13T02:00:00+00:00)"));
    }

    // In one payload: the adapter's status latches, the later scans stay in the timeline,
    // and the conflict is a warning at the shipment.
    void latchInOnePayload_data()
    {
        QTest::addColumn<QString>("trackingNumber");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("events");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("a stray departure after delivery") << QStringLiteral("1Z0A9F040377777701") << QStringLiteral("Delivered_001") << 4 << true;
        QTest::newRow("a return after delivery") << QStringLiteral("1Z0A9F040377777702") << QStringLiteral("Exception_010") << 3 << false;
        QTest::newRow("a redelivery attempt after delivery") << QStringLiteral("1Z0A9F040377777703") << QStringLiteral("AttemptFail_002") << 3
                                                             << false;
    }

    void latchInOnePayload()
    {
        QFETCH(QString, trackingNumber);
        QFETCH(QString, status);
        QFETCH(int, events);
        QFETCH(bool, conflict);
        const NormalizeResult r = normalizeFixture(QStringLiteral("adapters/ups/delivered_then_later_scans.json"));
        QCOMPARE(r.shipments.size(), 3);
        const ShipmentRecord *s = r.shipment(trackingNumber);
        QVERIFY(s);
        QCOMPARE(subtagCode(s->subtag), status);
        QCOMPARE(s->events.size(), events);
        QCOMPARE(r.issueLines().join(QLatin1Char('\n')).contains(QStringLiteral("shipment %1: Delivered_001 at").arg(trackingNumber)),
                 conflict);
    }

    // Across payloads, in the store: delivered in the first poll, a stray scan hours later
    // in the second. The status stays Delivered, the detail says why, and no Stuck
    // exception opens days later on the stray scan.
    void latchInTheStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("latch.db")), &error);
        QVERIFY2(db, qPrintable(error));
        ShipmentIngestor ingestor(*db);
        const NormalizeResult first = normalizeBytes(R"({"trackResponse":{"shipment":[{"package":[{
            "trackingNumber":"1Z0A9F040388888801","activity":[
              {"location":{"address":{"city":"Austin","stateProvince":"TX","countryCode":"US"}},
               "status":{"type":"D","description":"DELIVERED","code":"FS"},"date":"20261112","time":"150400"},
              {"location":{"address":{"city":"Austin","stateProvince":"TX","countryCode":"US"}},
               "status":{"type":"O","description":"Out For Delivery Today","code":"OT"},"date":"20261112","time":"081000"}
            ]}]}]}})", QStringLiteral("poll-1.json"));
        QCOMPARE(first.shipments.size(), 1);
        QVERIFY2(ingestor.ingest(first.shipments, utc(2026, 11, 12, 22, 0), nullptr, &error), qPrintable(error));
        const NormalizeResult second = normalizeBytes(R"({"trackResponse":{"shipment":[{"package":[{
            "trackingNumber":"1Z0A9F040388888801","activity":[
              {"location":{"address":{"city":"Round Rock","stateProvince":"TX","countryCode":"US"}},
               "status":{"type":"I","description":"Departed from Facility","code":"DP"},"date":"20261112","time":"213000"}
            ]}]}]}})", QStringLiteral("poll-2.json"));
        QCOMPARE(second.shipments.size(), 1);
        QCOMPARE(second.shipments.first().subtag, Subtag::InTransitDeparted); // alone, it says in transit
        // Ten days on: a parcel in transit would be stuck by then.
        QVERIFY2(ingestor.ingest(second.shipments, utc(2026, 11, 22, 22, 0), nullptr, &error), qPrintable(error));

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, tag, subtag FROM shipments")));
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toInt(), static_cast<int>(Tag::Delivered));
        QCOMPARE(q.value(2).toInt(), static_cast<int>(Subtag::Delivered));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3); // the stray scan is kept in the timeline
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM exceptions WHERE status = 0")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const auto detail = ShipmentDetailQuery(*db).load(id, &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->tag, Tag::Delivered);
        QCOMPARE(detail->statusLatch,
                 QStringLiteral("Delivered_001 at 2026-11-12T15:04:00-06:00 stands: 1 later event(s) do not reopen "
                                "it (latest: InTransit_007 \"Departed from Facility\" at 2026-11-12T21:30:00-06:00)"));
    }

    // --- place strings -----------------------------------------------------------------

    void locationText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QStringList>("parts"); // city, state, postal, country; empty: kept whole
        QTest::newRow("code and name") << QStringLiteral("ES, Spain") << QString() << place("", "", "", "ES");
        QTest::newRow("city, state and country") << QStringLiteral("MEMPHIS, TN US") << QString() << place("MEMPHIS", "TN", "", "US");
        QTest::newRow("city and code") << QStringLiteral("London, GB") << QString() << place("London", "", "", "GB");
        QTest::newRow("city, PIN and code") << QStringLiteral("Mumbai 400001 IN") << QString() << place("Mumbai", "", "400001", "IN");
        QTest::newRow("code-city") << QStringLiteral("DE-Berlin") << QString() << place("Berlin", "", "", "DE");
        QTest::newRow("code-postal city") << QStringLiteral("DE-10115 Berlin") << QString() << place("10115 Berlin", "", "", "DE");
        QTest::newRow("DHL's dash") << QStringLiteral("LEIPZIG - GERMANY") << QString() << place("LEIPZIG", "", "", "DE");
        QTest::newRow("DHL's hub in Ohio") << QStringLiteral("CINCINNATI HUB, OH - USA") << QString()
                                           << place("CINCINNATI HUB", "OH", "", "US");
        QTest::newRow("region between city and country") << QStringLiteral("New Delhi, Delhi, India") << QString()
                                                         << place("New Delhi", "Delhi", "", "IN");
        QTest::newRow("postcode before the city") << QStringLiteral("75008 Paris, France") << QString()
                                                  << place("Paris", "", "75008", "FR");
        QTest::newRow("UK postcode of two words") << QStringLiteral("London SW1A 1AA, United Kingdom") << QString()
                                                  << place("London", "", "SW1A 1AA", "GB");
        QTest::newRow("state and ZIP") << QStringLiteral("Memphis, TN 38118") << QStringLiteral("US") << place("Memphis", "TN", "38118", "");
        QTest::newRow("state, ZIP+4 and country") << QStringLiteral("Austin, TX 78701-1234, US") << QString()
                                                  << place("Austin", "TX", "78701-1234", "US");
        QTest::newRow("state name") << QStringLiteral("Atlanta, Georgia") << QStringLiteral("US") << place("Atlanta", "GA", "", "");
        QTest::newRow("Georgia the country elsewhere") << QStringLiteral("Tbilisi, Georgia") << QStringLiteral("DE")
                                                       << place("Tbilisi", "", "", "GE");
        QTest::newRow("IL is Illinois in the US") << QStringLiteral("Springfield, IL") << QStringLiteral("US")
                                                  << place("Springfield", "IL", "", "");
        QTest::newRow("IL is Israel elsewhere") << QStringLiteral("Haifa, IL") << QStringLiteral("DE") << place("Haifa", "", "", "IL");
        QTest::newRow("IL unknown without a hint") << QStringLiteral("Springfield, IL") << QString() << QStringList{};
        QTest::newRow("an unambiguous state code without a hint") << QStringLiteral("Austin, TX") << QString()
                                                                  << place("Austin", "TX", "", "");
        QTest::newRow("a city alone") << QStringLiteral("Springfield") << QStringLiteral("US") << QStringList{};
        QTest::newRow("a facility name") << QStringLiteral("SEATTLE WA DISTRIBUTION CENTER") << QStringLiteral("US") << QStringList{};
        QTest::newRow("a city and a lower-case word") << QStringLiteral("Hub in Memphis") << QString() << QStringList{};
        QTest::newRow("a city-state") << QStringLiteral("Singapore") << QString() << place("Singapore", "", "", "SG");
        QTest::newRow("a country's code alone") << QStringLiteral("FR") << QString() << QStringList{};
        QTest::newRow("a trailing code not set apart") << QStringLiteral("Chicago IL") << QString() << QStringList{};
        QTest::newRow("Canadian province and postal code") << QStringLiteral("Toronto, ON M5V 2T6, Canada") << QString()
                                                           << place("Toronto", "ON", "M5V 2T6", "CA");
        QTest::newRow("empty") << QString() << QString() << QStringList{};
    }

    void locationText()
    {
        QFETCH(QString, text);
        QFETCH(QString, hint);
        QFETCH(QStringList, parts);
        const auto a = LocationText::split(text, hint);
        if (parts.isEmpty()) {
            const QString found = a ? QStringList{a->city, a->state, a->postalCode, a->country}.join(u'|') : QString();
            QVERIFY2(!a, qPrintable(found));
            return;
        }
        QVERIFY(a);
        QCOMPARE((QStringList{a->city, a->state, a->postalCode, a->country}), parts);
    }

    // Every adapter splits the places it is given as one string (AfterShip's
    // checkpoint "location", DHL's "addressLocality").
    void locationStringsInFeeds_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("places"); // "city|state|postal|country" per event, oldest first
        QTest::newRow("aftership") << QStringLiteral("aftership/location_strings.json")
                                   << QStringLiteral("Mumbai||400001|IN;|||ES;London|||GB;MEMPHIS|TN||US;"
                                                     "Berlin|||DE;Springfield|||")
                                          .split(u';');
        QTest::newRow("dhl") << QStringLiteral("dhl/location_strings.json")
                             << QStringLiteral("|||ES;Madrid|||ES;LEIPZIG|||DE;Berlin|||DE").split(u';');
    }

    void locationStringsInFeeds()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, places);
        const NormalizeResult r = normalizeFixture(QStringLiteral("adapters/") + fixture);
        QCOMPARE(r.shipments.size(), 1);
        QStringList got;
        for (const TrackingEvent &e : r.shipments.first().events)
            got.append(QStringList{e.city, e.state, e.postalCode, e.country}.join(u'|'));
        QCOMPARE(got, places);
    }

    // A place learnt from its string reads a time without offset in its own zone.
    void splitPlaceReadsItsOwnTime()
    {
        const NormalizeResult r = normalizeBytes(R"({"meta":{"code":200},"data":{"tracking":{
            "tracking_number":"LX123456789DE","slug":"dhl","checkpoints":[
              {"checkpoint_time":"2026-11-10T09:00:00","message":"Arrived at facility","tag":"InTransit",
               "subtag":"InTransit_003","location":"Mumbai 400001 IN"}]}}})");
        QCOMPARE(r.shipments.size(), 1);
        const TrackingEvent &e = r.shipments.first().events.first();
        QCOMPARE(e.country, QStringLiteral("IN"));
        // 09:00 in India (+05:30) is 03:30 UTC; the zone is certain now.
        QCOMPARE(e.occurredAt.toIsoString(), QStringLiteral("2026-11-10T09:00:00+05:30"));
        QVERIFY(!e.timeAssumed);
    }

    // --- countries of domestic carriers ------------------------------------------------

    void domesticCountry_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("postal");
        QTest::addColumn<QString>("country");
        QTest::newRow("USPS, state and ZIP") << QStringLiteral("usps") << QStringLiteral("TN") << QStringLiteral("38118") << QStringLiteral("US");
        QTest::newRow("USPS, ZIP+4 alone") << QStringLiteral("usps") << QString() << QStringLiteral("38118-4021") << QStringLiteral("US");
        QTest::newRow("USPS, state alone") << QStringLiteral("usps") << QStringLiteral("WA") << QString() << QStringLiteral("US");
        QTest::newRow("USPS, state by name") << QStringLiteral("usps") << QStringLiteral("Washington") << QString() << QStringLiteral("US");
        QTest::newRow("USPS, a Canadian postal code") << QStringLiteral("usps") << QStringLiteral("ON") << QStringLiteral("M5V 2T6") << QString();
        QTest::newRow("USPS, nothing") << QStringLiteral("usps") << QString() << QString() << QString();
        QTest::newRow("USPS, a state that is not one") << QStringLiteral("usps") << QStringLiteral("ZZ") << QString() << QString();
        QTest::newRow("Delhivery, a PIN") << QStringLiteral("delhivery") << QStringLiteral("Maharashtra") << QStringLiteral("400001") << QStringLiteral("IN");
        QTest::newRow("Delhivery, a PIN cannot start with 0") << QStringLiteral("delhivery") << QString() << QStringLiteral("012345") << QString();
        QTest::newRow("Delhivery, five digits") << QStringLiteral("delhivery") << QString() << QStringLiteral("40001") << QString();
        QTest::newRow("Delhivery, a state alone is not enough") << QStringLiteral("delhivery") << QStringLiteral("Maharashtra") << QString() << QString();
        QTest::newRow("Canada Post, a province") << QStringLiteral("canada-post") << QStringLiteral("QC") << QString() << QStringLiteral("CA");
        QTest::newRow("Royal Mail, a postcode") << QStringLiteral("royal-mail") << QString() << QStringLiteral("sw1a1aa") << QStringLiteral("GB");
        QTest::newRow("UPS serves many countries") << QStringLiteral("ups") << QStringLiteral("TX") << QStringLiteral("78701") << QString();
        QTest::newRow("an unknown carrier") << QStringLiteral("acme-couriers") << QStringLiteral("TX") << QStringLiteral("78701") << QString();
    }

    void domesticCountry()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, state);
        QFETCH(QString, postal);
        QFETCH(QString, country);
        QCOMPARE(DomesticCountry::infer(carrier, state, postal), country);
    }

    // The inferred country is flagged on the event and the address, and a time read in a
    // guessed zone is read again in the inferred country's.
    void inferredCountryIsFlagged()
    {
        const NormalizeResult r = normalizeBytes(R"({"trackingNumber":"9400111899223847300035",
            "statusCategory":"In Transit","mailClass":"Priority Mail",
            "destinationCity":"MEMPHIS","destinationState":"TN","destinationZIP":"38118",
            "trackingEvents":[
              {"eventType":"Arrived at USPS Regional Facility","eventTimestamp":"2026-11-10T06:12:00",
               "eventCity":"MEMPHIS","eventState":"TN","eventZIP":"38118","eventCode":"10"},
              {"eventType":"In Transit to Next Facility","eventTimestamp":"2026-11-10T09:00:00",
               "eventCity":"TORONTO","eventZIP":"M5V 2T6","eventCode":"NT"}]})");
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.destination.country, QStringLiteral("US"));
        QVERIFY(s.destination.countryInferred);
        const TrackingEvent &memphis = s.events.at(0);
        QCOMPARE(memphis.country, QStringLiteral("US"));
        QVERIFY(memphis.countryInferred);
        QCOMPARE(memphis.occurredAt.toIsoString(), QStringLiteral("2026-11-10T06:12:00-06:00"));
        // A postal code of another country: no country is claimed.
        const TrackingEvent &toronto = s.events.at(1);
        QVERIFY(toronto.country.isEmpty());
        QVERIFY(!toronto.countryInferred);

        // The store keeps the flag (schema 12) and the detail reads it back.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("inferred.db")), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(ShipmentIngestor(*db).ingest(r.shipments, utc(2026, 11, 10, 18, 0), nullptr, &error),
                 qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM shipments")) && q.next());
        const auto detail = ShipmentDetailQuery(*db).load(q.value(0).toLongLong(), &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->events.size(), 2);
        QCOMPARE(detail->events.at(0).country, QStringLiteral("US"));
        QVERIFY(detail->events.at(0).countryInferred);
        QVERIFY(!detail->events.at(1).countryInferred);
    }
};

CT_REGISTER_SUITE("robustness", TestRobustness);

#include "tst_robustness.moc"
