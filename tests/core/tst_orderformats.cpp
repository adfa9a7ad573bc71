// SPDX-License-Identifier: MIT
// The storefront formats read by column or by their own JSON (docs/storefronts/): Magento
// 2's REST orders and shipments (MagentoOrderReader), Shopify's orders CSV export
// (ShopifyCsvOrders) and a custom storefront's CSV read by a column mapping
// (CsvOrderMapping, CsvOrderReader), each detected by OrderFileReader; then stored in a
// real store: linked to their parcels, re-imported without change, and a CSV whose mapping
// does not fit refused with nothing stored. Fixtures in tests/fixtures/orders/magento/ and
// tests/fixtures/orders/csv/, written for this suite from the platforms' documentation;
// every expected value is worked out by hand in the comments.
#include "adapters/datetimetext.h"
#include "ingest/feedfileimport.h"
#include "orders/csvordermapping.h"
#include "orders/csvorderreader.h"
#include "orders/orderfileimport.h"
#include "orders/orderfilereader.h"
#include "orders/orderqueries.h"
#include "orders/shopifycsvorders.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/testclock.h"
#include "support/orderparcels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;

QString fixture(const QString &name)
{
    return QStringLiteral(CT_FIXTURES_DIR "/orders/") + name;
}

const Order *byId(const OrderDocument &d, const QString &externalId)
{
    for (const Order &o : d.orders) {
        if (o.externalId == externalId)
            return &o;
    }
    return nullptr;
}

QStringList issueTexts(const QList<FeedIssue> &issues, FeedIssue::Severity severity)
{
    QStringList texts;
    for (const FeedIssue &issue : issues) {
        if (issue.severity == severity)
            texts.append(issue.toString());
    }
    return texts;
}

quint32 bits(std::initializer_list<OrderFlag> flags)
{
    quint32 out = 0;
    for (OrderFlag f : flags)
        out |= static_cast<quint32>(f);
    return out;
}

CsvOrderMapping customMapping()
{
    QFile file(fixture(u"csv/custom-mapping.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    const std::optional<CsvOrderMapping> m = CsvOrderMapping::fromJson(file.readAll(), &error);
    if (!m)
        qWarning("%s", qPrintable(error));
    return m.value_or(CsvOrderMapping{});
}

ShipmentRecord parcel(const char *carrier, const char *tracking, const char *scannedAt = "2026-03-17T10:00:00Z")
{
    return test::parcelScannedAt(carrier, tracking, scannedAt);
}

} // namespace

class TestOrderFormats final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Magento 2
    void magentoOrders_data();
    void magentoOrders();
    void magentoLinesCountAConfigurableOnce();
    void magentoBadAndFlaggedOrders();
    void magentoShipments();
    void magentoLinksAndReimports();
    // Shopify's orders CSV export
    void shopifyCsvOrders_data();
    void shopifyCsvOrders();
    void shopifyCsvLinesAndBadRows();
    // A custom storefront's CSV and its mapping
    void mappingJson_data();
    void mappingJson();
    void customCsvOrders();
    void customCsvTimes_data();
    void customCsvTimes();
    void wrongMappingIsRefusedWithNothingStored_data();
    void wrongMappingIsRefusedWithNothingStored();
    void customCsvLinksAndReimports();
    void mappingBookRemembersByHeader();
    void mappingGuessedFromTheHeader();
    void aFolderImportReadsCsvsByTheirSavedMapping();
    // Which reader a file goes to
    void detection_data();
    void detection();

private:
    bool ingest(const QList<ShipmentRecord> &records, qint64 nowMs);
    qint64 scalar(const QString &sql) const;
    QString shipmentOrder(const char *tracking) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOrderFormats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = Database::open(m_dir->filePath(u"store.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestOrderFormats::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestOrderFormats::ingest(const QList<ShipmentRecord> &records, qint64 nowMs)
{
    return test::ingestShipments(*m_db, records, nowMs);
}

qint64 TestOrderFormats::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// "order_id|customer|value|currency|payment" of the shipment with `tracking`.
QString TestOrderFormats::shipmentOrder(const char *tracking) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT order_id, customer_name, order_value_cents, currency, payment_mode FROM shipments "
              "WHERE tracking_number = ?"_s);
    q.addBindValue(QString::fromLatin1(tracking));
    if (!q.exec() || !q.next())
        return {};
    QStringList fields;
    for (int c = 0; c < 5; ++c)
        fields.append(q.value(c).toString());
    return fields.join(u'|');
}

void TestOrderFormats::magentoOrders_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<qint64>("subtotalCents");
    QTest::addColumn<int>("paymentMode");
    QTest::addColumn<qint64>("orderedAtMs");
    QTest::addColumn<qint64>("updatedAtMs");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("address"); // line1|line2|city|region|postal|country
    // 2026-03-14 15:05:00 UTC is 1773500700000; 16:00 is 1773504000000. 68.5 USD is 6850.
    QTest::newRow("101 USD card, two-line street")
        << "101" << "#000000101" << "USD" << qint64(6850) << qint64(5850) << int(PaymentMode::Prepaid)
        << qint64(1773500700000) << qint64(1773504000000) << "Maya Chen" << "maya.chen@example.com" << "+15105550123"
        << "500 Elm St|Unit 2|Oakland|CA|94607|US";
    // A guest: no customer name, the shipping address's. 04:30 UTC on 15 March is 1773549000000.
    QTest::newRow("102 INR cash on delivery, guest")
        << "102" << "#000000102" << "INR" << qint64(149900) << qint64(149900) << int(PaymentMode::CashOnDelivery)
        << qint64(1773549000000) << qint64(1773549000000) << "Ravi Kumar" << "ravi.kumar@example.in" << "+919812345678"
        << "22 Marine Drive||Mumbai|MH|400001|IN";
    // Virtual goods: no shipping assignment, the billing address stands in; region by name.
    // 01:00 UTC on 16 March is 1773622800000, 01:10 is 600000 later. Yen have no minor unit.
    QTest::newRow("103 JPY check/money order, virtual")
        << "103" << "#000000103" << "JPY" << qint64(12000) << qint64(12000) << int(PaymentMode::Prepaid)
        << qint64(1773622800000) << qint64(1773623400000) << "Yuki Sato" << "yuki.sato@example.jp" << "+81355550100"
        << "1-2-3 Jingumae||Shibuya|Tokyo|150-0001|JP";
}

void TestOrderFormats::magentoOrders()
{
    QFETCH(QString, externalId);
    const OrderDocument d = OrderFileReader::readFile(fixture(u"magento/orders.json"_s));
    QCOMPARE(d.records, 5);
    QCOMPARE(d.failedRecords, 1);
    const Order *o = byId(d, externalId);
    QVERIFY(o);
    QCOMPARE(o->storefront, u"magento"_s);
    QTEST(o->name, "name");
    QTEST(o->currency, "currency");
    QTEST(o->totalCents, "totalCents");
    QTEST(o->subtotalCents, "subtotalCents");
    QTEST(int(o->paymentMode), "paymentMode");
    QVERIFY(o->orderedAt);
    QTEST(o->orderedAt->utcMs, "orderedAtMs");
    QCOMPARE(o->orderedAt->offsetMinutes, qint16(0)); // Magento writes UTC
    QVERIFY(o->updatedAtMs);
    QTEST(*o->updatedAtMs, "updatedAtMs");
    QTEST(o->customer.name, "customer");
    QTEST(o->customer.email, "email");
    QTEST(o->customer.phone, "phone");
    const OrderAddress &a = o->shippingAddress;
    QTEST(QStringList({a.line1, a.line2, a.city, a.region, a.postalCode, a.country}).join(u'|'), "address");
    QCOMPARE(o->flags, 0u);
    QVERIFY(o->fulfilments.isEmpty()); // Magento's tracks come with its shipments
}

void TestOrderFormats::magentoLinesCountAConfigurableOnce()
{
    const OrderDocument d = OrderFileReader::readFile(fixture(u"magento/orders.json"_s));
    const Order *o = byId(d, u"101"_s);
    QVERIFY(o);
    // Three items: the configurable tank (2 at 22.00), its simple child (no price), a strap
    // at 14.50. The child is no line of its own: it names the parent's variant.
    const QList<OrderLine> expected{
        {u"MT07-M-Blue"_s, u"Argus All-Weather Tank"_s, u"Argus All-Weather Tank-M-Blue"_s, {}, 2, 2200},
        {u"24-WG085"_s, u"Sprite Yoga Strap 6 foot"_s, {}, {}, 1, 1450},
    };
    QCOMPARE(o->lines, expected);
    // 2 x 22.00 + 14.50 = 58.50: the subtotal, counted once.
    qint64 sum = 0;
    for (const OrderLine &l : o->lines)
        sum += l.quantity * l.unitPriceCents;
    QCOMPARE(sum, o->subtotalCents);
}

void TestOrderFormats::magentoBadAndFlaggedOrders()
{
    const QString path = fixture(u"magento/orders.json"_s);
    const OrderDocument d = OrderFileReader::readFile(path);
    QCOMPARE(d.orders.size(), 4);
    // The fourth has no entity_id: not stored, located.
    const QStringList errors = issueTexts(d.issues, FeedIssue::Severity::Error);
    QCOMPARE(errors, QStringList{path + u": record 4: items[3].entity_id: error: an order without an id"_s});
    // The fifth is kept with what could be read: currency, time, payment and country flagged.
    const Order *o = byId(d, u"105"_s);
    QVERIFY(o);
    QCOMPARE(o->flags, bits({OrderFlag::CurrencyUnreadable, OrderFlag::OrderedAtUnreadable,
                             OrderFlag::UpdatedAtUnreadable, OrderFlag::PaymentModeUnknown,
                             OrderFlag::AddressUnreadable}));
    QCOMPARE(o->totalCents, 1000); // "dollars" is no code: 10 read in hundredths
    QVERIFY(!o->orderedAt);
    QCOMPARE(o->paymentMode, PaymentMode::Unknown);
    const QStringList warnings = issueTexts(d.issues, FeedIssue::Severity::Warning);
    QCOMPARE(warnings.size(), 5);
    QVERIFY2(warnings.contains(path + u": record 5: items[4].billing_address.country_id: warning: \"ZZ\" names no "
                                      "country (order kept, flagged)"_s),
             qPrintable(warnings.join(u'\n')));
}

void TestOrderFormats::magentoShipments()
{
    const QString path = fixture(u"magento/shipments.json"_s);
    const OrderDocument d = OrderFileReader::readFile(path);
    QCOMPARE(d.records, 4);
    QCOMPARE(d.failedRecords, 1);
    QVERIFY(d.orders.isEmpty());
    // 9001: one UPS track. 9002: two tracks of Magento's "custom" carrier, told apart by
    // title, each a fulfilment of its own with its carrier. 9004: FedEx for an order not
    // (yet) known. 9003 names no order: a located error.
    QStringList got;
    for (const FulfilmentUpdate &u : d.fulfilments)
        got.append(QStringList{u.storefront, u.orderExternalId, u.fulfilment.externalId, u.fulfilment.carrier,
                               u.fulfilment.carrierName, u.fulfilment.trackingNumbers.join(u',')}
                       .join(u'|'));
    const QStringList expected{
        u"magento|101|9001:ups|ups|United Parcel Service|1Z999AA10123456784"_s,
        u"magento|102|9002:custom/delhivery|delhivery|Delhivery|7311230000452"_s,
        u"magento|102|9002:custom/blue dart|bluedart|Blue Dart|BD123456789IN"_s,
        u"magento|999|9004:fedex|fedex|Federal Express|611111111111"_s,
    };
    QCOMPARE(got, expected);
    QCOMPARE(issueTexts(d.issues, FeedIssue::Severity::Error),
             QStringList{path + u": record 3: items[2].order_id: error: a shipment without its order's id"_s});
}

void TestOrderFormats::magentoLinksAndReimports()
{
    const qint64 now = test::fixedNowMs();
    QVERIFY(ingest({parcel("ups", "1Z999AA10123456784"), parcel("delhivery", "7311230000452"),
                    parcel("bluedart", "BD123456789IN")},
                   now));
    OrderFileImport import(*m_db);
    QString error;
    OrderFileOutcome orders;
    QVERIFY2(import.importFile(fixture(u"magento/orders.json"_s), now + Minute, &orders, {}, &error), qPrintable(error));
    QCOMPARE(orders.counts.created, 4);
    QCOMPARE(orders.counts.failed, 1);
    QCOMPARE(orders.counts.shipmentsLinked, 0); // no tracks yet
    OrderFileOutcome shipments;
    QVERIFY2(import.importFile(fixture(u"magento/shipments.json"_s), now + 2 * Minute, &shipments, {}, &error),
             qPrintable(error));
    QCOMPARE(shipments.counts.shipmentsLinked, 3);
    QCOMPARE(shipments.counts.updated, 4); // 4 fulfilments, one under a placeholder for order 999
    QCOMPARE(shipmentOrder("1Z999AA10123456784"), u"#000000101|Maya Chen|6850|USD|1"_s);
    QCOMPARE(shipmentOrder("7311230000452"), u"#000000102|Ravi Kumar|149900|INR|2"_s);
    QCOMPARE(shipmentOrder("BD123456789IN"), u"#000000102|Ravi Kumar|149900|INR|2"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM orders WHERE storefront = 'magento'"_s), 5); // 4 + the placeholder

    // Both again: nothing changes.
    OrderFileOutcome again;
    QVERIFY(import.importFile(fixture(u"magento/orders.json"_s), now + 3 * Minute, &again, {}, &error));
    QCOMPARE(again.counts.unchanged, 4);
    QCOMPARE(again.counts.created + again.counts.updated, 0);
    OrderFileOutcome tracksAgain;
    QVERIFY(import.importFile(fixture(u"magento/shipments.json"_s), now + 4 * Minute, &tracksAgain, {}, &error));
    QCOMPARE(tracksAgain.counts.unchanged, 4);
    QCOMPARE(tracksAgain.counts.updated, 0);
    QCOMPARE(tracksAgain.counts.shipmentsLinked, 0);
    QCOMPARE(scalar(u"SELECT max(version) FROM orders WHERE storefront = 'magento'"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM order_tracking"_s), 4);
}

void TestOrderFormats::shopifyCsvOrders_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<int>("paymentMode");
    QTest::addColumn<qint64>("orderedAtMs");
    QTest::addColumn<int>("offsetMinutes");
    QTest::addColumn<QString>("customer"); // name|email|phone|tags
    QTest::addColumn<QString>("address");  // name|line1|line2|city|region|postal|country
    QTest::addColumn<quint32>("flags");
    // 10:05 at -05:00 is 15:05 UTC, 1773500700000. The zip "'78701" is a spreadsheet's text
    // mark, left out; "Apt 4, rear door" is quoted with its comma; the name is the billing one.
    QTest::newRow("#1101 USD card, two lines") << "5301101101" << "#1101" << "USD" << qint64(19965)
                                               << int(PaymentMode::Prepaid) << qint64(1773500700000) << -300
                                               << "Ana Lima|ana.lima@example.com|+15125550147|vip,repeat"
                                               << "Ana Lima|12 Congress Ave|Apt 4, rear door|Austin|TX|78701|US" << 0u;
    // 09:30 at +05:30 is 04:00 UTC, 1773547200000; "Cash on Delivery (COD)" is COD.
    QTest::newRow("#1102 INR cash on delivery") << "5301101102" << "#1102" << "INR" << qint64(149900)
                                                << int(PaymentMode::CashOnDelivery) << qint64(1773547200000) << 330
                                                << "Ravi Kumar|ravi.kumar@example.in|+919812345678|"
                                                << "Ravi Kumar|22 Marine Drive||Mumbai|MH|400001|IN" << 0u;
    // No payment method; "paid" says prepaid. 10:00 at +09:00 is 01:00 UTC, 1773622800000.
    QTest::newRow("#1103 JPY paid") << "5301101103" << "#1103" << "JPY" << qint64(12000) << int(PaymentMode::Prepaid)
                                    << qint64(1773622800000) << 540 << "Yuki Sato|yuki@example.jp||"
                                    << "Yuki Sato|1-2-3 Jingumae||Shibuya|13|150-0001|JP" << 0u;
    // No currency (amounts in hundredths: 20.00 is 2000), "soon" is no time, "two" no quantity.
    QTest::newRow("#1104 flagged") << "5301101104" << "#1104" << "" << qint64(2000) << int(PaymentMode::Prepaid)
                                   << qint64(-1) << 0 << "|lee@example.com||" << "|||Springfield|||US"
                                   << bits({OrderFlag::CurrencyUnreadable, OrderFlag::OrderedAtUnreadable,
                                            OrderFlag::LineUnreadable});
}

void TestOrderFormats::shopifyCsvOrders()
{
    QFETCH(QString, externalId);
    QFETCH(qint64, orderedAtMs);
    const OrderDocument d = OrderFileReader::readFile(fixture(u"csv/shopify-orders-export.csv"_s));
    const Order *o = byId(d, externalId);
    QVERIFY2(o, qPrintable(issueTexts(d.issues, FeedIssue::Severity::Error).join(u'\n')));
    QCOMPARE(o->storefront, u"shopify"_s); // the same order as the Admin API's JSON
    QTEST(o->name, "name");
    QTEST(o->currency, "currency");
    QTEST(o->totalCents, "totalCents");
    QTEST(int(o->paymentMode), "paymentMode");
    if (orderedAtMs < 0) {
        QVERIFY(!o->orderedAt);
    } else {
        QVERIFY(o->orderedAt);
        QCOMPARE(o->orderedAt->utcMs, orderedAtMs);
        QTEST(int(o->orderedAt->offsetMinutes), "offsetMinutes");
    }
    QVERIFY(!o->updatedAtMs); // the export has no updated_at: compared by content
    QTEST(QStringList({o->customer.name, o->customer.email, o->customer.phone, o->customer.tags.join(u',')}).join(u'|'),
          "customer");
    const OrderAddress &a = o->shippingAddress;
    QTEST(QStringList({a.name, a.line1, a.line2, a.city, a.region, a.postalCode, a.country}).join(u'|'), "address");
    QTEST(o->flags, "flags");
    QVERIFY(o->fulfilments.isEmpty()); // the export carries no tracking numbers
}

void TestOrderFormats::shopifyCsvLinesAndBadRows()
{
    const QString path = fixture(u"csv/shopify-orders-export.csv"_s);
    const OrderDocument d = OrderFileReader::readFile(path);
    // Six rows after the header (the first over two lines: its notes hold a line break):
    // #1101's two, #1102, #1103, one without a name, #1104.
    QCOMPARE(d.records, 5);
    QCOMPARE(d.failedRecords, 1);
    QCOMPARE(d.orders.size(), 4);
    QCOMPARE(issueTexts(d.issues, FeedIssue::Severity::Error),
             QStringList{path + u": record 5 (line 7): Name: error: a row without an order id"_s});
    const Order *o = byId(d, u"5301101101"_s);
    QVERIFY(o);
    // 2 x 45.00 + 99.65 = 189.65, the subtotal.
    const QList<OrderLine> expected{{u"TEE-M-BLU"_s, u"Classic Tee - M / Blue"_s, {}, {}, 2, 4500},
                                    {u"TOTE-1"_s, u"Canvas Tote"_s, {}, {}, 1, 9965}};
    QCOMPARE(o->lines, expected);
    QCOMPARE(o->subtotalCents, 18965);
    const Order *flagged = byId(d, u"5301101104"_s);
    QVERIFY(flagged);
    QCOMPARE(flagged->lines, (QList<OrderLine>{{{}, u"Mug"_s, {}, {}, 0, 1000}}));
    QVERIFY2(issueTexts(d.issues, FeedIssue::Severity::Warning)
                 .contains(path + u": record 6 (line 8): Lineitem quantity: warning: line 8: \"two\" is not a whole "
                                  "quantity (order kept, flagged)"_s),
             qPrintable(issueTexts(d.issues, FeedIssue::Severity::Warning).join(u'\n')));
}

void TestOrderFormats::mappingJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: read
    QTest::newRow("the fixture's") << QByteArray() << QString();
    QTest::newRow("not JSON") << QByteArray("{\"columns\": ") << u"not JSON (at byte 12): unterminated object"_s;
    QTest::newRow("no columns") << QByteArray("{\"storefront\": \"x\"}")
                                << u"columns: expected an object of field: column name"_s;
    QTest::newRow("an unknown field")
        << QByteArray(R"({"columns": {"order_id": "A", "tracking_number": "B", "order_no": "C"}})")
        << u"columns.order_no: not a field (fields: order_id, external_id, tracking_number, carrier, customer_name, "
           "customer_email, customer_phone, customer_tags, line_sku, line_title, line_variant, line_quantity, "
           "line_price, currency, total, subtotal, payment, financial_status, ordered_at, updated_at, promised_date, "
           "ship_name, ship_address1, ship_address2, ship_city, ship_region, ship_postal_code, ship_country, "
           "ship_phone, billing_name)"_s;
    QTest::newRow("tracking number missing") << QByteArray(R"({"columns": {"order_id": "A"}})")
                                             << u"columns.tracking_number: required"_s;
    QTest::newRow("a bad offset") << QByteArray(R"({"columns": {"order_id": "A", "tracking_number": "B"}, "utc_offset": "IST"})")
                                  << u"utc_offset: \"IST\" is not an offset like \"+05:30\""_s;
    QTest::newRow("a bad currency") << QByteArray(R"({"columns": {"order_id": "A", "tracking_number": "B"}, "currency": "rupees"})")
                                    << u"currency: \"rupees\" is not an ISO 4217 code"_s;
    QTest::newRow("a bad delimiter") << QByteArray(R"({"columns": {"order_id": "A", "tracking_number": "B"}, "delimiter": "::"})")
                                     << u"delimiter: \"::\" is not one of \",\", \";\", \"|\" or a tab"_s;
    QTest::newRow("a bad storefront") << QByteArray(R"({"columns": {"order_id": "A", "tracking_number": "B"}, "storefront": "My Shop"})")
                                      << u"storefront: \"My Shop\" is not a name of lower-case letters, digits, '-', '_' or '.'"_s;
}

void TestOrderFormats::mappingJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    if (json.isEmpty()) {
        QFile file(fixture(u"csv/custom-mapping.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        json = file.readAll();
    }
    QString got;
    const std::optional<CsvOrderMapping> m = CsvOrderMapping::fromJson(json, &got);
    QCOMPARE(got, error);
    QCOMPARE(m.has_value(), error.isEmpty());
    if (!m)
        return;
    QCOMPARE(m->storefront, u"mystore"_s);
    QCOMPARE(m->columns.size(), 18);
    QCOMPARE(m->column(CsvOrderMapping::Field::TrackingNumber), u"AWB"_s);
    QCOMPARE(m->utcOffsetMinutes, 330);
    // What it writes reads back the same.
    const std::optional<CsvOrderMapping> again = CsvOrderMapping::fromJson(m->toJson(), &got);
    QVERIFY2(again, qPrintable(got));
    QCOMPARE(again->columns, m->columns);
    QCOMPARE(again->dateTimeFormat, m->dateTimeFormat);
    QCOMPARE(again->utcOffsetMinutes, 330);
    QCOMPARE(again->currency, u"INR"_s);
}

void TestOrderFormats::customCsvOrders()
{
    const QString path = fixture(u"csv/custom-orders.csv"_s);
    const OrderDocument d = OrderFileReader::readFile(path, customMapping());
    QCOMPARE(d.records, 4); // SO-5001 (two rows), SO-5002, a row without an order, SO-5003
    QCOMPARE(d.failedRecords, 1);
    QCOMPARE(issueTexts(d.issues, FeedIssue::Severity::Error),
             QStringList{path + u": record 4 (line 5): Order No: error: a row without an order id"_s});

    const Order *o = byId(d, u"SO-5001"_s);
    QVERIFY(o);
    QCOMPARE(o->storefront, u"mystore"_s);
    QCOMPARE(o->name, u"SO-5001"_s);
    // 14/03/2026 18:45 at +05:30 is 13:15 UTC: 1773494100000.
    QVERIFY(o->orderedAt);
    QCOMPARE(o->orderedAt->utcMs, 1773494100000);
    QCOMPARE(o->orderedAt->offsetMinutes, qint16(330));
    QCOMPARE(o->currency, u"INR"_s); // the mapping's: no currency column
    QCOMPARE(o->totalCents, 309800);
    QCOMPARE(o->paymentMode, PaymentMode::CashOnDelivery);
    QCOMPARE(o->promisedDate, QDate(2026, 3, 20));
    QCOMPARE(o->customer, (OrderCustomer{u"Priya Nair"_s, u"priya@example.in"_s, u"+919800000001"_s, {}, 0}));
    QCOMPARE(o->shippingAddress.city, u"Kochi"_s);
    QCOMPARE(o->shippingAddress.country, u"IN"_s); // "India", by name
    // 2499.00 + 599.00 = 3098.00, the total.
    QCOMPARE(o->lines, (QList<OrderLine>{{u"SKU-A"_s, u"Silk Saree, maroon"_s, {}, {}, 1, 249900},
                                         {u"SKU-B"_s, u"Blouse"_s, {}, {}, 1, 59900}}));
    // A parcel per row, each with its courier.
    QCOMPARE(o->fulfilments, (QList<OrderFulfilment>{
                                 {u"1234567890123"_s, u"delhivery"_s, u"Delhivery"_s, {u"1234567890123"_s}, {}},
                                 {u"BD987654321IN"_s, u"bluedart"_s, u"Blue Dart"_s, {u"BD987654321IN"_s}, {}}}));
    QCOMPARE(o->flags, 0u);

    const Order *prepaid = byId(d, u"SO-5002"_s);
    QVERIFY(prepaid);
    QCOMPARE(prepaid->paymentMode, PaymentMode::Prepaid);
    QCOMPARE(prepaid->lines, (QList<OrderLine>{{u"SKU-C"_s, u"Kurta"_s, {}, {}, 2, 75000}}));
    QCOMPARE(prepaid->totalCents, 150000);

    // SO-5003: a quantity in words, a country that is none, no payment, no tracking number
    // yet, a promised date that is no date (a warning: no date kept).
    const Order *flagged = byId(d, u"SO-5003"_s);
    QVERIFY(flagged);
    QCOMPARE(flagged->flags, bits({OrderFlag::LineUnreadable, OrderFlag::AddressUnreadable, OrderFlag::PaymentModeUnknown}));
    QVERIFY(!flagged->promisedDate.isValid());
    QVERIFY(flagged->fulfilments.isEmpty());
    QVERIFY(issueTexts(d.issues, FeedIssue::Severity::Warning)
                .contains(path + u": record 5 (line 6): Deliver By: warning: \"32/03/2026\" is not a date as dd/MM/yyyy: "
                                 "no promised date"_s));
}

void TestOrderFormats::customCsvTimes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utcMs"); // -1: not read
    // 1773494100000 is 2026-03-14 13:15 UTC.
    QTest::newRow("day first at +05:30") << "dd/MM/yyyy HH:mm" << "+05:30" << "14/03/2026 18:45" << qint64(1773494100000);
    QTest::newRow("month first at -04:00") << "MM/dd/yyyy hh:mm AP" << "-04:00" << "03/14/2026 09:15 AM" << qint64(1773494100000);
    QTest::newRow("a date only: midnight") << "yyyy.MM.dd" << "+00:00" << "2026.03.14" << qint64(1773446400000);
    QTest::newRow("ISO with its offset") << "" << "+05:30" << "2026-03-14T15:15:00+02:00" << qint64(1773494100000);
    QTest::newRow("ISO without: the mapping's") << "" << "+05:30" << "2026-03-14 18:45" << qint64(1773494100000);
    QTest::newRow("Shopify's spaced offset") << "" << "+00:00" << "2026-03-14 08:15:00 -0500" << qint64(1773494100000);
    QTest::newRow("no 30 February") << "dd/MM/yyyy HH:mm" << "+00:00" << "30/02/2026 10:00" << qint64(-1);
    QTest::newRow("a time missing") << "dd/MM/yyyy HH:mm" << "+00:00" << "14/03/2026" << qint64(-1);
    QTest::newRow("month 14") << "MM/dd/yyyy HH:mm" << "+00:00" << "14/03/2026 10:00" << qint64(-1);
    // The instant in New York's spring-forward gap (2:30 on 8 March 2026 does not exist
    // there) is read at the mapping's offset, whatever the machine's zone.
    QTest::newRow("a local DST gap is no gap") << "yyyy-MM-dd HH:mm" << "+00:00" << "2026-03-08 02:30" << qint64(1772937000000);
}

void TestOrderFormats::customCsvTimes()
{
    QFETCH(QString, format);
    QFETCH(QString, offset);
    QFETCH(QString, text);
    QFETCH(qint64, utcMs);
    CsvOrderMapping m;
    m.dateTimeFormat = format;
    m.utcOffsetMinutes = parseUtcOffset(offset).value_or(0);
    const std::optional<Timestamp> t = CsvOrderReader::instant(text, m);
    QCOMPARE(t.has_value(), utcMs >= 0);
    if (t)
        QCOMPARE(t->utcMs, utcMs);
}

void TestOrderFormats::wrongMappingIsRefusedWithNothingStored_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("dateTimeFormat"); // empty: the fixture's
    QTest::addColumn<QStringList>("errors");     // after "<file>: "
    const QString refused = u"error: the column mapping does not fit this file, so nothing of it was stored: "_s;
    // Month first: no row's "Placed" reads (14, 15 and 16 are no months).
    QTest::newRow("the date format the wrong way round")
        << "ordered_at" << "Placed" << "MM/dd/yyyy HH:mm"
        << QStringList{refused + u"ordered_at (column \"Placed\") reads as a date and time as MM/dd/yyyy HH:mm in 0 of "
                                 "the first 4 rows that have it"_s,
                       u"record 1 (line 2): Placed: error: \"14/03/2026 18:45\" is not a date and time as MM/dd/yyyy HH:mm (ordered_at)"_s,
                       u"record 3 (line 4): Placed: error: \"15/03/2026 09:00\" is not a date and time as MM/dd/yyyy HH:mm (ordered_at)"_s,
                       u"record 4 (line 5): Placed: error: \"15/03/2026 10:00\" is not a date and time as MM/dd/yyyy HH:mm (ordered_at)"_s,
                       u"record 5 (line 6): Placed: error: \"16/03/2026 11:30\" is not a date and time as MM/dd/yyyy HH:mm (ordered_at)"_s};
    // The quantity from the item's title: five rows, none a number; the first five shown.
    QTest::newRow("quantity from the title column")
        << "line_quantity" << "Item" << ""
        << QStringList{refused + u"line_quantity (column \"Item\") reads as a whole quantity in 0 of the first 5 rows "
                                 "that have it"_s,
                       u"record 1 (line 2): Item: error: \"Silk Saree, maroon\" is not a whole quantity (line_quantity)"_s,
                       u"record 2 (line 3): Item: error: \"Blouse\" is not a whole quantity (line_quantity)"_s,
                       u"record 3 (line 4): Item: error: \"Kurta\" is not a whole quantity (line_quantity)"_s,
                       u"record 4 (line 5): Item: error: \"Dupatta\" is not a whole quantity (line_quantity)"_s,
                       u"record 5 (line 6): Item: error: \"Stole\" is not a whole quantity (line_quantity)"_s};
    QTest::newRow("e-mail from the phone column")
        << "customer_email" << "Mobile" << ""
        << QStringList{refused + u"customer_email (column \"Mobile\") reads as an e-mail address in 0 of the first 4 "
                                 "rows that have it"_s,
                       u"record 1 (line 2): Mobile: error: \"+919800000001\" is not an e-mail address (customer_email)"_s,
                       u"record 3 (line 4): Mobile: error: \"+919800000002\" is not an e-mail address (customer_email)"_s,
                       u"record 4 (line 5): Mobile: error: \"+919800000003\" is not an e-mail address (customer_email)"_s,
                       u"record 5 (line 6): Mobile: error: \"+919800000004\" is not an e-mail address (customer_email)"_s};
    QTest::newRow("a column the header lacks")
        << "tracking_number" << "Tracking" << ""
        << QStringList{u"error: the column mapping does not fit the header: tracking_number: the header has no column "
                       "\"Tracking\""_s};
    QTest::newRow("two fields from one column")
        << "carrier" << "AWB" << ""
        << QStringList{u"error: the column mapping does not fit the header: carrier: column \"AWB\" is already "
                       "mapped to tracking_number"_s};
}

void TestOrderFormats::wrongMappingIsRefusedWithNothingStored()
{
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(QString, dateTimeFormat);
    QFETCH(QStringList, errors);
    CsvOrderMapping mapping = customMapping();
    // The column moves to the field (the wrong one), except where the test is a column
    // mapped twice.
    if (qstrcmp(QTest::currentDataTag(), "two fields from one column") != 0) {
        for (auto it = mapping.columns.begin(); it != mapping.columns.end();) {
            it = it.value() == column ? mapping.columns.erase(it) : std::next(it);
        }
    }
    mapping.columns.insert(*CsvOrderMapping::fieldOfKey(key), column);
    if (!dateTimeFormat.isEmpty())
        mapping.dateTimeFormat = dateTimeFormat;
    const qint64 now = test::fixedNowMs();
    QVERIFY(ingest({parcel("delhivery", "1234567890123")}, now));

    const QString path = fixture(u"csv/custom-orders.csv"_s);
    OrderFileImport import(*m_db);
    OrderFileOutcome outcome;
    QStringList got;
    QString error;
    QVERIFY(import.importFile(path, mapping, now + Minute, &outcome,
                              [&](const FeedIssue &issue) { got.append(issue.toString().mid(path.size() + 2)); },
                              &error));
    QCOMPARE(got, errors);
    QCOMPARE(outcome.counts.created, 0);
    QCOMPARE(outcome.counts.failed, 5); // every row
    QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM order_tracking"_s), 0);
    QCOMPARE(shipmentOrder("1234567890123"), u"||0||0"_s); // the parcel as it was
}

void TestOrderFormats::customCsvLinksAndReimports()
{
    const qint64 now = test::fixedNowMs();
    QVERIFY(ingest({parcel("delhivery", "1234567890123"), parcel("bluedart", "BD987654321IN"),
                    parcel("delhivery", "1234567890124")},
                   now));
    const CsvOrderMapping mapping = customMapping();
    OrderFileImport import(*m_db);
    QString error;
    OrderFileOutcome first;
    const QString path = fixture(u"csv/custom-orders.csv"_s);
    QVERIFY2(import.importFile(path, mapping, now + Minute, &first, {}, &error), qPrintable(error));
    QCOMPARE(first.counts.created, 3);
    QCOMPARE(first.counts.failed, 1);
    QCOMPARE(first.counts.shipmentsLinked, 3);
    QCOMPARE(shipmentOrder("BD987654321IN"), u"SO-5001|Priya Nair|309800|INR|2"_s);
    QCOMPARE(shipmentOrder("1234567890124"), u"SO-5002|Arjun Mehta|150000|INR|1"_s);

    // The same file again: no version in it, the same content: unchanged.
    OrderFileOutcome again;
    QVERIFY(import.importFile(path, mapping, now + 2 * Minute, &again, {}, &error));
    QCOMPARE(again.counts.unchanged, 3);
    QCOMPARE(again.counts.created + again.counts.updated, 0);
    QCOMPARE(scalar(u"SELECT max(version) FROM orders"_s), 1);

    // A later export where SO-5002 costs more: that order is replaced, the others stand.
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    text.replace("2,750.00,1500.00", "2,800.00,1600.00");
    const QString later = m_dir->filePath(u"later.csv"_s);
    QFile out(later);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    OrderFileOutcome changed;
    QVERIFY(import.importFile(later, mapping, now + 3 * Minute, &changed, {}, &error));
    QCOMPARE(changed.counts.updated, 1);
    QCOMPARE(changed.counts.unchanged, 2);
    QCOMPARE(shipmentOrder("1234567890124"), u"SO-5002|Arjun Mehta|160000|INR|1"_s);
    QCOMPARE(scalar(u"SELECT version FROM orders WHERE external_id = 'SO-5002'"_s), 2);
}

void TestOrderFormats::mappingBookRemembersByHeader()
{
    const QStringList header{u"Order No"_s, u"AWB"_s, u"Courier"_s};
    CsvOrderMapping m;
    m.columns.insert(CsvOrderMapping::Field::OrderId, u"Order No"_s);
    m.columns.insert(CsvOrderMapping::Field::TrackingNumber, u"AWB"_s);
    m.delimiter = u';';
    CsvOrderMappingBook book;
    book.insert(header, m);
    const CsvOrderMappingBook read = CsvOrderMappingBook::fromJson(book.toJson());
    // Found by the same header (spaces around names do not matter), not by another.
    const std::optional<CsvOrderMapping> found = read.find({u" Order No"_s, u"AWB "_s, u"Courier"_s});
    QVERIFY(found);
    QCOMPARE(found->columns, m.columns);
    QCOMPARE(found->delimiter, QChar(u';'));
    QVERIFY(!read.find({u"Order No"_s, u"AWB"_s}));
    QVERIFY(!read.find({u"AWB"_s, u"Order No"_s, u"Courier"_s}));
    // A damaged setting is an empty book, not a crash.
    QVERIFY(CsvOrderMappingBook::fromJson("{not json").isEmpty());
}

void TestOrderFormats::mappingGuessedFromTheHeader()
{
    // The custom fixture's header names each of its columns plainly: the guess is the
    // fixture's mapping, column for column.
    QFile file(fixture(u"csv/custom-orders.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList header = OrderFileReader::csvHeader(file.read(OrderFileReader::HeadBytes));
    QCOMPARE(header.size(), 18);
    QCOMPARE(CsvOrderMapping::guess(header).columns, customMapping().columns);
    // Each column at most once; a column that says nothing is left alone.
    const CsvOrderMapping m = CsvOrderMapping::guess({u"Name"_s, u"Tracking #"_s, u"Notes"_s});
    QCOMPARE(m.column(CsvOrderMapping::Field::OrderId), u"Name"_s);
    QVERIFY(!m.has(CsvOrderMapping::Field::CustomerName));
    QCOMPARE(m.column(CsvOrderMapping::Field::TrackingNumber), u"Tracking #"_s);
    QCOMPARE(m.columns.size(), 2);
}

void TestOrderFormats::aFolderImportReadsCsvsByTheirSavedMapping()
{
    // A folder holding the custom CSV, Shopify's export and Magento's shipments: the export
    // and the shipments are known formats; the custom CSV is read by the mapping saved for
    // its header, and, without one, reported not read with nothing of it stored.
    const QString folder = m_dir->filePath(u"drop"_s);
    QVERIFY(QDir().mkpath(folder));
    for (const char *name : {"csv/custom-orders.csv", "csv/shopify-orders-export.csv", "magento/shipments.json"})
        QVERIFY(QFile::copy(fixture(QString::fromLatin1(name)), folder + u'/' + QFileInfo(QString::fromLatin1(name)).fileName()));
    const qint64 now = test::fixedNowMs();
    {
        FeedFileImport import(*m_db);
        const ImportReport report = import.run({folder}, now);
        QCOMPARE(report.files.size(), 3);
        QVERIFY(!report.files[0].orders); // custom-orders.csv: no mapping, a carrier file it is not
        QVERIFY2(!report.files[0].notReadReason().isEmpty(), qPrintable(report.files[0].stateText()));
        QVERIFY(report.files[1].orders); // shipments.json
        QVERIFY(report.files[2].orders); // shopify-orders-export.csv
        QCOMPARE(report.files[2].orders->counts.created, 4);
        QCOMPARE(scalar(u"SELECT count(*) FROM orders WHERE storefront = 'mystore'"_s), 0);
    }
    CsvOrderMappingBook book;
    QFile csv(fixture(u"csv/custom-orders.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    book.insert(OrderFileReader::csvHeader(csv.read(OrderFileReader::HeadBytes)), customMapping());
    FeedFileImport import(*m_db);
    import.setOrderCsvMappings(book);
    const ImportReport report = import.run({folder}, now + Minute);
    QVERIFY(report.files[0].orders);
    QCOMPARE(report.files[0].orders->counts.created, 3);
    QCOMPARE(report.files[2].orders->counts.unchanged, 4); // the export again
    QCOMPARE(scalar(u"SELECT count(*) FROM orders WHERE storefront = 'mystore'"_s), 3);
}

void TestOrderFormats::detection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("storefront");
    QTest::addColumn<int>("headerColumns"); // of csvHeader, 0 when not CSV
    QTest::newRow("Magento orders") << QByteArray(R"({"items": [{"entity_id": 1, "increment_id": "000000001"}]})") << true << 0;
    QTest::newRow("Magento shipment") << QByteArray(R"({"entity_id": 9, "order_id": 1, "tracks": [{"track_number": "1Z"}]})")
                                      << true << 0;
    QTest::newRow("Shopify CSV export") << QByteArray("Name,Email,Financial Status,Lineitem quantity,Lineitem name\r\n#1,a@b,paid,1,x\r\n")
                                        << true << 5;
    QTest::newRow("Shopify CSV with a BOM") << QByteArray("\xEF\xBB\xBFName,Financial Status,Lineitem quantity,Lineitem name\n")
                                            << true << 4;
    QTest::newRow("a custom CSV: needs a mapping") << QByteArray("Order No,AWB,Courier\nSO-1,123,Delhivery\n") << false << 3;
    QTest::newRow("semicolons") << QByteArray("Order No;AWB;Courier\nSO-1;123;Delhivery\n") << false << 3;
    QTest::newRow("a carrier's JSON") << QByteArray(R"({"trackResponse": {"shipment": []}})") << false << 0;
    QTest::newRow("XML") << QByteArray("<?xml version=\"1.0\"?><TrackResponse/>") << false << 0;
    QTest::newRow("one column of text") << QByteArray("hello\nworld\n") << false << 0;
}

void TestOrderFormats::detection()
{
    QFETCH(QByteArray, head);
    QTEST(OrderFileReader::looksLikeStorefront(head), "storefront");
    QTEST(int(OrderFileReader::csvHeader(head, OrderFileReader::csvDelimiter(head)).size()), "headerColumns");
}

QTEST_GUILESS_MAIN(TestOrderFormats)
#include "tst_orderformats.moc"
