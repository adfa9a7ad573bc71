// SPDX-License-Identifier: MIT
// Storefront orders in a real store (OrderStore, OrderFileImport, OrderQueries and the
// link hook in ShipmentIngestor; docs/storefronts/README.md): upsert by (storefront,
// external id) with a newer updated_at winning, re-import changing nothing, the link to
// shipments whichever arrives first, two orders claiming one parcel, a fulfilment before
// its order, and bad records kept out while the good ones are stored. Fixtures:
// tests/fixtures/orders/shopify/ (the values worked out in tst_ordersshopify.cpp).
#include "orders/orderfileimport.h"
#include "orders/orderfilereader.h"
#include "orders/orderqueries.h"
#include "orders/orderstore.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/testclock.h"
#include "support/orderparcels.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;

QString fixture(const char *name)
{
    return QStringLiteral(CT_FIXTURES_DIR "/orders/shopify/") + QString::fromLatin1(name);
}

// A parcel scanned once, after every order of the fixtures (the latest of 22 March).
ShipmentRecord parcel(const char *carrier, const char *tracking, const char *scannedAt = "2026-03-24T10:00:00-05:00")
{
    return test::parcelScannedAt(carrier, tracking, scannedAt);
}

// A shipment's order columns: "order_id|customer|email|phone|value|currency|payment|cod|cod currency|ordered_at".
struct ShipmentRow
{
    qint64 id = 0;
    QString orderFields;
    int version = 0;
    qint64 updatedAtMs = 0;
};

ShipmentRow shipmentRow(const Database &db, const char *tracking, const char *carrier)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id, order_id, customer_name, customer_email, customer_phone, order_value_cents, currency, "
              "payment_mode, cod_amount_cents, cod_currency, ordered_at_ms, version, updated_at_ms "
              "FROM shipments WHERE tracking_number = ? AND carrier = ?"_s);
    q.addBindValue(QString::fromLatin1(tracking));
    q.addBindValue(QString::fromLatin1(carrier));
    if (!q.exec() || !q.next())
        return {};
    QStringList fields;
    for (int c = 1; c <= 10; ++c)
        fields.append(q.value(c).toString());
    return {q.value(0).toLongLong(), fields.join(u'|'), q.value(11).toInt(), q.value(12).toLongLong()};
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// #1001 as orders.json has it, at 15:05 UTC on 14 March (1773500700000 ms).
const char Order1001[] = "#1001|Ana Lima|ana.lima@example.com|+15125550147|19965|USD|1|0||1773500700000";

} // namespace

class TestOrdersStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importTwiceChangesNothing();
    void newerWinsOlderIsIgnored();
    void shipmentAfterItsOrderPicksItUp();
    void orderAfterItsShipmentsReachesThem();
    void carrierMustMatchWhenNamed();
    void twoOrdersClaimingOneParcel();
    void fulfilmentBeforeItsOrder();
    void badRecordsAreKeptOutGoodOnesStored();
    void unlinkedShipmentsWithTheirReason();
    void wooCommerceOrdersLinkTheSameWay();
    void aShipmentWithoutADestinationTakesTheOrders();
    void reusedTrackingNumberLinksOnlyInItsWindow_data();
    void reusedTrackingNumberLinksOnlyInItsWindow();

private:
    bool importFile(const char *name, qint64 nowMs, OrderFileOutcome *outcome = nullptr);
    bool storeJson(const QByteArray &json, qint64 nowMs, OrderImportCounts *counts = nullptr);
    bool ingest(const QList<ShipmentRecord> &records, qint64 nowMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOrdersStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = Database::open(m_dir->filePath(u"store.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestOrdersStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestOrdersStore::importFile(const char *name, qint64 nowMs, OrderFileOutcome *outcome)
{
    OrderFileImport import(*m_db);
    QString error;
    const bool ok = import.importFile(fixture(name), nowMs, outcome, {}, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

bool TestOrdersStore::storeJson(const QByteArray &json, qint64 nowMs, OrderImportCounts *counts)
{
    const OrderDocument document = OrderFileReader::readBytes(json, u"inline.json"_s);
    OrderStore store(*m_db);
    QString error;
    const bool ok = store.store(document, nowMs, counts, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

bool TestOrdersStore::ingest(const QList<ShipmentRecord> &records, qint64 nowMs)
{
    return test::ingestShipments(*m_db, records, nowMs);
}

void TestOrdersStore::importTwiceChangesNothing()
{
    const qint64 now = test::fixedNowMs();
    OrderFileOutcome first;
    QVERIFY(importFile("orders.json", now, &first));
    QCOMPARE(first.records, 3);
    QCOMPARE(first.counts.created, 3);
    QCOMPARE(first.counts.updated, 0);
    QCOMPARE(first.counts.unchanged, 0);
    OrderFileOutcome again;
    QVERIFY(importFile("orders.json", now + Minute, &again));
    QCOMPARE(again.counts.created, 0);
    QCOMPARE(again.counts.updated, 0);
    QCOMPARE(again.counts.unchanged, 3);
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM orders"_s), 3);
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM order_lines"_s), 4); // 2 + 1 + 1
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM order_tracking"_s), 4); // 1 + 2 + 1
    QCOMPARE(scalar(*m_db, u"SELECT max(version) FROM orders"_s), 1);
    QCOMPARE(scalar(*m_db, u"SELECT max(updated_at_ms) FROM orders"_s), now);

    // What is stored reads back as it was read.
    const OrderDocument read = OrderFileReader::readFile(fixture("orders.json"));
    QString error;
    for (const Order &expected : read.orders) {
        const std::optional<Order> stored = OrderQueries(*m_db).order(u"shopify"_s, expected.externalId, &error);
        QVERIFY2(stored, qPrintable(expected.externalId + error));
        QCOMPARE(stored->name, expected.name);
        QCOMPARE(stored->totalCents, expected.totalCents);
        QCOMPARE(stored->paymentMode, expected.paymentMode);
        QCOMPARE(stored->customer, expected.customer);
        QCOMPARE(stored->shippingAddress, expected.shippingAddress);
        QCOMPARE(stored->lines, expected.lines);
        QCOMPARE(stored->fulfilments, expected.fulfilments);
        QCOMPARE(stored->orderedAt, expected.orderedAt);
        QCOMPARE(stored->updatedAtMs, expected.updatedAtMs);
    }
    QVERIFY(!OrderQueries(*m_db).order(u"shopify"_s, u"404"_s, &error));
    QVERIFY(error.isEmpty());
}

void TestOrdersStore::newerWinsOlderIsIgnored()
{
    const qint64 now = test::fixedNowMs();
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784")}, now));
    QVERIFY(importFile("orders.json", now + Minute));
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "ups").version, 2);

    // orders/updated at 16:00 -05:00, after the list's 12:40: the new phone wins.
    OrderFileOutcome newer;
    QVERIFY(importFile("webhook-orders-updated.json", now + 2 * Minute, &newer));
    QCOMPARE(newer.counts.updated, 1);
    QString error;
    QCOMPARE(OrderQueries(*m_db).order(u"shopify"_s, u"5301001001"_s, &error)->customer.phone, u"+15125550999"_s);
    QCOMPARE(scalar(*m_db, u"SELECT version FROM orders WHERE external_id = '5301001001'"_s), 2);
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                            "WHERE o.external_id = '5301001001'"_s),
             2); // replaced, not added
    // The linked shipment follows, one version on.
    const ShipmentRow row = shipmentRow(*m_db, "1Z999AA10123456784", "ups");
    QVERIFY2(row.orderFields.contains(u"|+15125550999|"_s), qPrintable(row.orderFields));
    QCOMPARE(row.version, 3);
    QCOMPARE(row.updatedAtMs, now + 2 * Minute);

    // The list again: older than what is stored, ignored.
    OrderFileOutcome older;
    QVERIFY(importFile("orders.json", now + 3 * Minute, &older));
    QCOMPARE(older.counts.older, 1);
    QCOMPARE(older.counts.unchanged, 2);
    QCOMPARE(OrderQueries(*m_db).order(u"shopify"_s, u"5301001001"_s, &error)->customer.phone, u"+15125550999"_s);
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "ups").version, 3);
}

void TestOrdersStore::shipmentAfterItsOrderPicksItUp()
{
    const qint64 now = test::fixedNowMs();
    QVERIFY(importFile("orders.json", now));
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784"), parcel("delhivery", "7311230000452")}, now + Minute));
    const ShipmentRow ups = shipmentRow(*m_db, "1Z999AA10123456784", "ups");
    QCOMPARE(ups.orderFields, QString::fromLatin1(Order1001));
    QCOMPARE(ups.version, 1); // linked as it was created
    // COD: the courier collects the order's total. 04:00 UTC on 15 March is 1773547200000.
    QCOMPARE(shipmentRow(*m_db, "7311230000452", "delhivery").orderFields,
             u"#1002|Ravi Kumar|ravi.kumar@example.in|+919812345678|149900|INR|2|149900|INR|1773547200000"_s);
    QString error;
    QCOMPARE(OrderQueries(*m_db).linkedOrderOf(ups.id, &error), u"5301001001"_s);
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM order_shipments"_s), 2);
}

void TestOrdersStore::orderAfterItsShipmentsReachesThem()
{
    const qint64 now = test::fixedNowMs();
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784"), parcel("delhivery", "7311230000451"),
                    parcel("delhivery", "7311230000452")},
                   now));
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "ups").orderFields, u"||||0||0|0||"_s);
    OrderFileOutcome outcome;
    QVERIFY(importFile("orders.json", now + 5 * Minute, &outcome));
    QCOMPARE(outcome.counts.shipmentsLinked, 3);
    QCOMPARE(outcome.counts.shipmentsUpdated, 3);
    const ShipmentRow ups = shipmentRow(*m_db, "1Z999AA10123456784", "ups");
    QCOMPARE(ups.orderFields, QString::fromLatin1(Order1001));
    QCOMPARE(ups.version, 2); // moved on: the change feed sees it
    QCOMPARE(ups.updatedAtMs, now + 5 * Minute);
    QVERIFY(shipmentRow(*m_db, "7311230000451", "delhivery").orderFields.startsWith(u"#1002|"_s));
    QVERIFY(shipmentRow(*m_db, "7311230000452", "delhivery").orderFields.startsWith(u"#1002|"_s));
    // The full-text index follows the new order id.
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM shipment_search WHERE shipment_search MATCH 'order_id:1001'"_s), 1);
    // Again: nothing moves.
    OrderFileOutcome again;
    QVERIFY(importFile("orders.json", now + 6 * Minute, &again));
    QCOMPARE(again.counts.shipmentsLinked, 0);
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "ups").version, 2);
}

void TestOrdersStore::carrierMustMatchWhenNamed()
{
    const qint64 now = test::fixedNowMs();
    // #1001 names UPS: a FedEx parcel with the same number is another parcel. #1003 names
    // "Yamato Transport", no carrier we know: its number links whatever the carrier.
    QVERIFY(ingest({parcel("fedex", "1Z999AA10123456784"), parcel("yamato-transport", "4455-6677-8899")}, now));
    QVERIFY(importFile("orders.json", now + Minute));
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "fedex").orderFields, u"||||0||0|0||"_s);
    QVERIFY(shipmentRow(*m_db, "4455-6677-8899", "yamato-transport").orderFields.startsWith(u"#1003|Yui Sato|"_s));
    // And the same when the shipment comes second.
    QVERIFY(ingest({parcel("usps", "1Z999AA10123456784")}, now + 2 * Minute));
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "usps").orderFields, u"||||0||0|0||"_s);
}

void TestOrdersStore::twoOrdersClaimingOneParcel()
{
    const qint64 now = test::fixedNowMs();
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784")}, now));
    QVERIFY(importFile("orders.json", now + Minute));
    const QByteArray second = R"({"id": 5309009009, "name": "#9009", "created_at": "2026-03-17T10:00:00Z",
        "updated_at": "2026-03-17T10:00:00Z", "currency": "USD", "total_price": "5.00", "financial_status": "paid",
        "customer": {"first_name": "Other", "last_name": "Buyer"},
        "shipping_address": {"city": "Waco", "zip": "76701", "country_code": "US"},
        "line_items": [], "fulfillments": [{"id": 9, "tracking_company": "UPS", "tracking_numbers": ["1Z999AA10123456784"]}]})";
    OrderImportCounts counts;
    QVERIFY(storeJson(second, now + 2 * Minute, &counts));
    QCOMPARE(counts.created, 1);
    QCOMPARE(counts.conflicts, 1);
    // Both orders kept; the parcel keeps its first link.
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM orders"_s), 4);
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "ups").orderFields, QString::fromLatin1(Order1001));
    QString error;
    const QList<OrderLinkConflict> conflicts = OrderQueries(*m_db).linkConflicts(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(conflicts[0].carrier, u"ups"_s);
    QCOMPARE(conflicts[0].firstOrderId, u"5301001001"_s);
    QCOMPARE(conflicts[0].firstOrderName, u"#1001"_s);
    QCOMPARE(conflicts[0].secondOrderId, u"5309009009"_s);
    QCOMPARE(conflicts[0].secondOrderName, u"#9009"_s);
    QCOMPARE(conflicts[0].detectedAtMs, now + 2 * Minute);
    // Recorded once, however often the claims arrive.
    QByteArray newer = second;
    newer.replace("\"updated_at\": \"2026-03-17T10:00:00Z\"", "\"updated_at\": \"2026-03-17T11:00:00Z\"");
    QVERIFY(storeJson(newer, now + 3 * Minute, &counts));
    QCOMPARE(OrderQueries(*m_db).linkConflicts(&error).size(), 1);

    // A parcel arriving after both claims links to the first.
    QByteArray third = second;
    third.replace("5309009009", "5309009010").replace("#9009", "#9010").replace("1Z999AA10123456784", "1ZSHARED");
    QByteArray fourth = second;
    fourth.replace("5309009009", "5309009011").replace("#9009", "#9011").replace("1Z999AA10123456784", "1ZSHARED");
    QVERIFY(storeJson(third, now + 4 * Minute));
    QVERIFY(storeJson(fourth, now + 5 * Minute));
    QVERIFY(ingest({parcel("ups", "1ZSHARED")}, now + 6 * Minute));
    QVERIFY(shipmentRow(*m_db, "1ZSHARED", "ups").orderFields.startsWith(u"#9010|"_s));
    QCOMPARE(OrderQueries(*m_db).linkConflicts(&error).size(), 2);
}

void TestOrdersStore::fulfilmentBeforeItsOrder()
{
    const qint64 now = test::fixedNowMs();
    OrderFileOutcome outcome;
    QVERIFY(importFile("webhook-fulfillments-create.json", now, &outcome));
    QCOMPARE(outcome.counts.updated, 1);
    QString error;
    std::optional<Order> placeholder = OrderQueries(*m_db).order(u"shopify"_s, u"5304004001"_s, &error);
    QVERIFY(placeholder);
    QVERIFY(placeholder->has(OrderFlag::OnlyFromFulfilment));
    QVERIFY(ingest({parcel("usps", "9400100000000000000001")}, now + Minute));
    QVERIFY(shipmentRow(*m_db, "9400100000000000000001", "usps").orderFields.startsWith(u"5304004001|"_s));
    // The same webhook again changes nothing.
    QVERIFY(importFile("webhook-fulfillments-create.json", now + 2 * Minute, &outcome));
    QCOMPARE(outcome.counts.unchanged, 1);

    // The order comes: it fills the placeholder, and its shipment takes its details.
    OrderImportCounts counts;
    QVERIFY(storeJson(R"({"id": 5304004001, "name": "#4001", "created_at": "2026-03-22T08:00:00-04:00",
        "updated_at": "2026-03-22T08:30:00-04:00", "currency": "USD", "total_price": "61.00", "financial_status": "paid",
        "customer": {"first_name": "Lee", "last_name": "Park", "email": "lee@example.com"},
        "shipping_address": {"city": "Boston", "zip": "02108", "province_code": "MA", "country_code": "US"},
        "line_items": [{"sku": "CAP", "title": "Cap", "quantity": 1, "price": "61.00"}]})",
                      now + 3 * Minute, &counts));
    QCOMPARE(counts.created, 1);
    placeholder = OrderQueries(*m_db).order(u"shopify"_s, u"5304004001"_s, &error);
    QCOMPARE(placeholder->flags, 0u);
    QCOMPARE(placeholder->fulfilments.size(), 1); // the webhook's fulfilment stays
    const ShipmentRow row = shipmentRow(*m_db, "9400100000000000000001", "usps");
    QVERIFY2(row.orderFields.startsWith(u"#4001|Lee Park|lee@example.com||6100|USD|1|"_s), qPrintable(row.orderFields));
}

void TestOrdersStore::badRecordsAreKeptOutGoodOnesStored()
{
    const qint64 now = test::fixedNowMs();
    QList<FeedIssue> issues;
    OrderFileImport import(*m_db);
    OrderFileOutcome outcome;
    QString error;
    QVERIFY2(import.importFile(fixture("orders-flagged.json"), now, &outcome,
                               [&](const FeedIssue &issue) { issues.append(issue); }, &error),
             qPrintable(error));
    QCOMPARE(outcome.records, 4);
    QCOMPARE(outcome.errors, 1);
    QCOMPARE(outcome.counts.created, 3);
    QCOMPARE(outcome.counts.failed, 1);
    QCOMPARE(issues.size(), 1 + 1 + 4 + 1); // the id; #2002's currency; #2003's four; #2004's country
    QCOMPARE(scalar(*m_db, u"SELECT flags FROM orders WHERE external_id = '5302002003'"_s), 30); // 2 + 4 + 8 + 16
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM orders WHERE flags <> 0"_s), 3);

    OrderFileOutcome malformed;
    QVERIFY(import.importFile(fixture("orders-malformed.json"), now, &malformed, {}, &error));
    QCOMPARE(malformed.counts.created, 2);
    QCOMPARE(malformed.counts.failed, 1);
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM orders WHERE external_id LIKE '530300300%'"_s), 2);
}

void TestOrdersStore::unlinkedShipmentsWithTheirReason()
{
    const qint64 now = test::fixedNowMs();
    QVERIFY(importFile("orders.json", now));
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784"), parcel("fedex", "1Z999AA10123456784"),
                    parcel("dhl", "JD0000000001")},
                   now + Minute));
    QString error;
    const QList<UnlinkedShipment> unlinked = OrderQueries(*m_db).unlinkedShipments(10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(unlinked.size(), 2);
    QCOMPARE(unlinked[0].trackingNumber, u"JD0000000001"_s); // newest first
    QCOMPARE(unlinked[0].reason, UnlinkedShipment::Reason::NoOrderClaims);
    QCOMPARE(unlinked[1].carrier, u"fedex"_s);
    QCOMPARE(unlinked[1].reason, UnlinkedShipment::Reason::OtherCarrierClaims);
}

void TestOrdersStore::wooCommerceOrdersLinkTheSameWay()
{
    const qint64 now = test::fixedNowMs();
    QVERIFY(ingest({parcel("usps", "9400111899223100000001")}, now));
    OrderFileImport import(*m_db);
    OrderFileOutcome outcome;
    QString error;
    QVERIFY(import.importFile(QStringLiteral(CT_FIXTURES_DIR "/orders/woocommerce/orders.json"), now + Minute, &outcome,
                              {}, &error));
    QCOMPARE(outcome.counts.created, 2);
    QCOMPARE(outcome.counts.failed, 1);
    QCOMPARE(outcome.counts.shipmentsLinked, 1);
    // 20:28:02 UTC on 22 March is 1774211282000.
    QCOMPARE(shipmentRow(*m_db, "9400111899223100000001", "usps").orderFields,
             u"#727|Jo Doe|jo.doe@example.com|(555) 555-5555|2935|USD|1|0||1774211282000"_s);
    // Order 727 of a Shopify store is another order.
    QVERIFY(!OrderQueries(*m_db).order(u"shopify"_s, u"727"_s, &error));
    QVERIFY(OrderQueries(*m_db).order(u"woocommerce"_s, u"727"_s, &error));
}

// Where the order ships fills a linked shipment's destination when its feeds named none,
// whichever came first; a destination the carrier gave stands.
void TestOrdersStore::aShipmentWithoutADestinationTakesTheOrders()
{
    const auto destination = [this](const char *tracking, const char *carrier) {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT dest_city, dest_state, dest_postal, dest_country FROM shipments WHERE tracking_number = ? "
                  "AND carrier = ?"_s);
        q.addBindValue(QString::fromLatin1(tracking));
        q.addBindValue(QString::fromLatin1(carrier));
        if (!q.exec() || !q.next())
            return QString();
        return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
            .join(u'|');
    };
    const qint64 now = test::fixedNowMs();
    // The shipment first: #1002's second parcel, no destination; it takes Bengaluru.
    QVERIFY(ingest({parcel("delhivery", "7311230000451")}, now));
    QCOMPARE(destination("7311230000451", "delhivery"), u"|||"_s);
    QVERIFY(importFile("orders.json", now + Minute));
    QCOMPARE(destination("7311230000451", "delhivery"), u"Bengaluru|KA|560001|IN"_s);
    // The order first: #1001's parcel takes Austin; #1002's other parcel keeps the city
    // its carrier named.
    ShipmentRecord redirected = parcel("delhivery", "7311230000452");
    redirected.destination = {u"Mysuru"_s, u"KA"_s, u"570001"_s, u"IN"_s};
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784"), redirected}, now + 2 * Minute));
    QCOMPARE(destination("1Z999AA10123456784", "ups"), u"Austin|TX|78704|US"_s);
    QCOMPARE(destination("7311230000452", "delhivery"), u"Mysuru|KA|570001|IN"_s);
    // A re-import changes nothing.
    OrderFileOutcome again;
    QVERIFY(importFile("orders.json", now + 3 * Minute, &again));
    QCOMPARE(again.counts.shipmentsUpdated, 0);
}

void TestOrdersStore::reusedTrackingNumberLinksOnlyInItsWindow_data()
{
    // #1001 was ordered at 2026-03-14T15:05:00Z; a parcel links from a day before that to
    // 60 days after it (2026-05-13T15:05:00Z), to the millisecond.
    QTest::addColumn<QString>("scannedAt");
    QTest::addColumn<bool>("linked");
    QTest::newRow("a day before the order, 1 ms early") << "2026-03-13T15:04:59.999Z" << false;
    QTest::newRow("a day before the order") << "2026-03-13T15:05:00.000Z" << true;
    QTest::newRow("60 days after") << "2026-05-13T15:05:00.000Z" << true;
    QTest::newRow("60 days after, 1 ms late") << "2026-05-13T15:05:00.001Z" << false;
    QTest::newRow("a year later: the number reused") << "2027-03-20T10:00:00.000Z" << false;
}

void TestOrdersStore::reusedTrackingNumberLinksOnlyInItsWindow()
{
    QFETCH(QString, scannedAt);
    QFETCH(bool, linked);
    const QByteArray at = scannedAt.toLatin1();
    const qint64 now = test::fixedNowMs();
    // The shipment second: its lookup applies the window ...
    QVERIFY(importFile("orders.json", now));
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784", at.constData())}, now + Minute));
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "ups").orderFields.startsWith(u"#1001|"_s), linked);
    // ... and the order second too.
    cleanup();
    init();
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784", at.constData())}, now));
    QVERIFY(importFile("orders.json", now + Minute));
    QCOMPARE(shipmentRow(*m_db, "1Z999AA10123456784", "ups").orderFields.startsWith(u"#1001|"_s), linked);
}

QTEST_GUILESS_MAIN(TestOrdersStore)
#include "tst_ordersstore.moc"
