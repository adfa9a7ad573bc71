// SPDX-License-Identifier: MIT
// ShipmentDetailQuery on a real store: one shipment written through the ingestor from two
// feed documents, read back whole with hand-computed expectations (the order, the
// addresses, the estimate, the timeline in occurrence order with assumed offsets and
// unmapped codes, payloads and open exceptions counted); a missing shipment; a store
// that fails.
#include "json/jsonindent.h"
#include "store/database.h"
#include "store/shipmentdetail.h"
#include "store/shipmentingestor.h"
#include "store/shipmentqueries.h"
#include "support/adasparcel.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ct;

using test::adasParcel;
using test::adasScans;

namespace {

qint64 at(const char *iso)
{
    return test::msAt(iso);
}

} // namespace

class TestShipmentDetail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Database> openStore()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("detail-%1.db").arg(++m_stores)), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

    static qint64 onlyShipment(const Database &db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT id FROM shipments")) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsTheWholeShipment()
    {
        auto db = openStore();
        ShipmentIngestor ingestor(*db);
        QString error;
        const QList<TrackingEvent> scans = adasScans();
        // The first poll: picked up, arrived (the offset assumed), an unknown code.
        QVERIFY2(ingestor.ingest({adasParcel("poll-1.json#1", scans.mid(0, 3), R"({"poll":1})")},
                                 at("2026-06-15T15:00:00Z"), nullptr, &error),
                 qPrintable(error));
        // The second poll, arriving later, its scans newest first: the failed attempt is now
        // the latest event, whatever order they came in.
        QVERIFY2(ingestor.ingest({adasParcel("poll-2.json#1", {scans.at(4), scans.at(3)}, R"({"poll":2})")},
                                 at("2026-06-16T20:00:00Z"), nullptr, &error),
                 qPrintable(error));

        const qint64 id = onlyShipment(*db);
        const auto detail = ShipmentDetailQuery(*db).load(id, &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->id, id);
        QCOMPARE(detail->carrier, QStringLiteral("fedex"));
        QCOMPARE(detail->trackingNumber, QStringLiteral("794644790132"));
        QCOMPARE(detail->carrierReference, QStringLiteral("12026~794644790132~FDEG"));
        QCOMPARE(detail->service, QStringLiteral("FedEx Ground"));
        QCOMPARE(detail->sourceFormat, QStringLiteral("fedex"));
        QCOMPARE(detail->pieceCount, 1);
        // Status from the latest event by occurrence, not by arrival.
        QCOMPARE(detail->tag, Tag::AttemptFail);
        QCOMPARE(detail->subtag, Subtag::AttemptFailAddresseeUnavailable);
        QCOMPARE(detail->attemptCount, 1);
        QVERIFY(!detail->deliveredAtMs);
        QCOMPARE(detail->shippedAtMs, std::optional<qint64>(at("2026-06-12T22:00:00Z")));

        QCOMPARE(detail->order.orderId, QStringLiteral("#4471"));
        QCOMPARE(detail->order.customerName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(detail->order.customerEmail, QStringLiteral("ada@example.com"));
        QCOMPARE(detail->order.customerPhone, QStringLiteral("+1 512 555 0147"));
        QCOMPARE(detail->order.orderValueCents, 12999);
        QCOMPARE(detail->order.currency, QStringLiteral("USD"));
        QCOMPARE(detail->order.promisedDate, QDate(2026, 6, 16));
        QCOMPARE(detail->order.orderedAt, QDateTime(QDate(2026, 6, 11), QTime(18, 30), QTimeZone::utc()));
        QCOMPARE(detail->destination.city, QStringLiteral("Austin"));
        QCOMPARE(detail->destination.state, QStringLiteral("TX"));
        QCOMPARE(detail->destination.postalCode, QStringLiteral("78701"));
        QCOMPARE(detail->destination.country, QStringLiteral("US"));
        QCOMPARE(detail->origin.city, QStringLiteral("Memphis"));
        QCOMPARE(detail->origin.postalCode, QStringLiteral("38118"));
        QCOMPARE(detail->estimatedDelivery.date, QDate(2026, 6, 17));
        QVERIFY(detail->estimatedDelivery.hasTime);
        // 20:00 at UTC-5 is 01:00 UTC the next day.
        QCOMPARE(detail->estimatedDelivery.at.utcMs, at("2026-06-18T01:00:00Z"));
        QCOMPARE(detail->estimatedDelivery.at.offsetMinutes, qint16(-300));

        // Five scans, oldest first, each as the carrier said it.
        QCOMPARE(detail->events.size(), 5);
        const QStringList codes = [&] {
            QStringList list;
            for (const TrackingEvent &e : detail->events)
                list << e.rawCode;
            return list;
        }();
        QCOMPARE(codes, (QStringList{QStringLiteral("PU"), QStringLiteral("AR"), QStringLiteral("ZZ9"),
                                     QStringLiteral("OD"), QStringLiteral("DE")}));
        const TrackingEvent &first = detail->events.at(0);
        QCOMPARE(first.occurredAt.utcMs, at("2026-06-12T22:05:00Z"));
        QCOMPARE(first.occurredAt.offsetMinutes, qint16(-300));
        QCOMPARE(first.occurredAt.toIsoString(), QStringLiteral("2026-06-12T17:05:00-05:00"));
        QCOMPARE(first.description, QStringLiteral("Picked up"));
        QCOMPARE(first.city, QStringLiteral("Memphis"));
        QCOMPARE(first.tag, Tag::InfoReceived);
        QVERIFY(!first.timeAssumed);
        QVERIFY(detail->events.at(1).timeAssumed);
        QCOMPARE(detail->events.at(1).subtag, Subtag::InTransitArrivedAtFacility);
        QVERIFY(detail->events.at(2).unmappedCode);
        QCOMPARE(detail->events.at(2).tag, Tag::InTransit);
        QCOMPARE(detail->events.at(4).subtag, Subtag::AttemptFailAddresseeUnavailable);

        // Two documents, two different payloads kept; the failed attempt opened one exception.
        QCOMPARE(detail->rawPayloadCount, 2);
        QCOMPARE(detail->openExceptionCount, 1);
        const auto payloads = ShipmentQueries(*db).rawPayloads(id, &error);
        QVERIFY(payloads);
        QCOMPARE(payloads->size(), 2);
        QCOMPARE(payloads->at(1).json, QByteArray(R"({"poll":2})"));
        QCOMPARE(payloads->at(1).sourceDocument, QStringLiteral("poll-2.json#1"));
    }

    void aShipmentWithNothingButItsNumber()
    {
        auto db = openStore();
        ShipmentRecord bare;
        bare.carrier = QStringLiteral("ups");
        bare.trackingNumber = QStringLiteral("1ZBARE");
        bare.sourceDocument = QStringLiteral("bare.json#1");
        QString error;
        QVERIFY2(ShipmentIngestor(*db).ingest({bare}, at("2026-06-17T10:00:00Z"), nullptr, &error), qPrintable(error));
        const auto detail = ShipmentDetailQuery(*db).load(onlyShipment(*db), &error);
        QVERIFY2(detail, qPrintable(error));
        QCOMPARE(detail->trackingNumber, QStringLiteral("1ZBARE"));
        QCOMPARE(detail->tag, Tag::Pending);
        QVERIFY(detail->events.isEmpty());
        QVERIFY(detail->estimatedDelivery.isNull());
        QVERIFY(!detail->order.promisedDate.isValid());
        QVERIFY(!detail->order.orderedAt.isValid());
        QVERIFY(!detail->shippedAtMs);
        QCOMPARE(detail->rawPayloadCount, 0);
        QCOMPARE(detail->openExceptionCount, 0);
    }

    void noSuchShipmentIsNotAnError()
    {
        auto db = openStore();
        QString error = QStringLiteral("stale");
        QVERIFY(!ShipmentDetailQuery(*db).load(4711, &error));
        QVERIFY(error.isEmpty());
    }

    // How a raw payload reads in the detail pane: only the whitespace changes.
    void payloadsAreIndentedAsTheyCame_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("keys keep their order")
            << QByteArray(R"({"z":1,"a":{"y":true,"b":null}})")
            << QByteArray("{\n  \"z\": 1,\n  \"a\": {\n    \"y\": true,\n    \"b\": null\n  }\n}");
        QTest::newRow("numbers keep their digits")
            << QByteArray(R"([12345678901234567890,1.50,-0.0,6.02e23])")
            << QByteArray("[\n  12345678901234567890,\n  1.50,\n  -0.0,\n  6.02e23\n]");
        QTest::newRow("strings keep braces, commas and escapes")
            << QByteArray("{\"t\":\"a, {b}: [c] \\\"d\\\" \\\\\",\"u\":\"\\u00e9\"}")
            << QByteArray("{\n  \"t\": \"a, {b}: [c] \\\"d\\\" \\\\\",\n  \"u\": \"\\u00e9\"\n}");
        QTest::newRow("empty object and array stay on their line")
            << QByteArray(R"({"a":{},"b":[ ],"c":[{}]})")
            << QByteArray("{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    {}\n  ]\n}");
        QTest::newRow("a layout of its own is replaced")
            << QByteArray("{\r\n\t\"a\" :\t[ 1 ,2 ]\r\n}")
            << QByteArray("{\n  \"a\": [\n    1,\n    2\n  ]\n}");
        QTest::newRow("a scalar") << QByteArray(" \"x\" ") << QByteArray("\"x\"");
    }

    void payloadsAreIndentedAsTheyCame()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        QCOMPARE(json::indented(json), expected);
    }

    void aFailingStoreSaysWhy()
    {
        auto db = openStore();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE shipments RENAME COLUMN carrier_reference TO gone")));
        QString error;
        QVERIFY(!ShipmentDetailQuery(*db).load(1, &error));
        QVERIFY2(error.contains(QLatin1String("carrier_reference")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestShipmentDetail)

#include "tst_shipmentdetail.moc"
