// SPDX-License-Identifier: MIT
// Shopify's Admin REST order JSON read into orders (ShopifyOrderReader, OrderFileReader;
// docs/storefronts/shopify.md), on fixtures written for this suite from Shopify's public
// documentation of the Order and Fulfillment resources (tests/fixtures/orders/shopify/);
// and WooCommerce's REST v3 orders, detected by the same reader (wooCommerceOrders;
// docs/storefronts/woocommerce.md, tests/fixtures/orders/woocommerce/).
// Every expected value is worked out by hand from the fixture, in the comments.
#include "orders/minorunits.h"
#include "orders/ordercarrier.h"
#include "orders/orderfilereader.h"
#include "orders/shopifyorderreader.h"
#include "orders/woocommerceorderreader.h"

#include "support/trackingevents.h"

#include <QTest>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CT_FIXTURES_DIR "/orders/shopify/") + QString::fromLatin1(name);
}

const Order *byId(const OrderDocument &d, const char *externalId)
{
    for (const Order &o : d.orders) {
        if (o.externalId == QLatin1String(externalId))
            return &o;
    }
    return nullptr;
}

QStringList issueTexts(const OrderDocument &d)
{
    QStringList texts;
    for (const FeedIssue &issue : d.issues)
        texts.append(issue.toString());
    return texts;
}

} // namespace

class TestOrdersShopify final : public QObject
{
    Q_OBJECT

private slots:
    void minorUnits_data();
    void minorUnits();
    void carrierNames_data();
    void carrierNames();
    void ordersList_data();
    void ordersList();
    void linesAndFulfilments();
    void flaggedOrdersAreKept_data();
    void flaggedOrdersAreKept();
    void orderWithoutIdIsALocatedError();
    void malformedRecordCostsOnlyItself();
    void webhookBodies();
    void wooCommerceOrders();
    void unknownAndBrokenFiles_data();
    void unknownAndBrokenFiles();
};

void TestOrdersShopify::minorUnits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<qint64>("expected"); // -1: not an amount
    QTest::newRow("USD cents") << "USD" << "199.65" << qint64(19965);
    QTest::newRow("USD whole") << "USD" << "10" << qint64(1000);
    QTest::newRow("USD one decimal") << "USD" << "0.5" << qint64(50);
    QTest::newRow("USD trailing zero past cents") << "USD" << "12.500" << qint64(1250);
    QTest::newRow("USD part of a cent") << "USD" << "12.505" << qint64(-1);
    QTest::newRow("USD comma decimal") << "USD" << "12,50" << qint64(-1);
    QTest::newRow("USD negative") << "USD" << "-1.00" << qint64(-1);
    QTest::newRow("USD no digit before point") << "USD" << ".50" << qint64(-1);
    QTest::newRow("USD point without decimals") << "USD" << "10." << qint64(-1);
    QTest::newRow("USD empty") << "USD" << "" << qint64(-1);
    QTest::newRow("JPY no minor unit") << "JPY" << "12000" << qint64(12000);
    QTest::newRow("JPY zero decimals") << "JPY" << "12000.00" << qint64(12000);
    QTest::newRow("JPY a fraction") << "JPY" << "12000.5" << qint64(-1);
    QTest::newRow("KWD three decimals") << "KWD" << "1.250" << qint64(1250);
    QTest::newRow("INR") << "INR" << "1499.00" << qint64(149900);
    // 2^53 / 100 = 90071992547409.92: the largest whole amount is 90071992547409.
    QTest::newRow("USD at the limit") << "USD" << "90071992547409.92" << qint64(9007199254740992);
    QTest::newRow("USD past the limit") << "USD" << "90071992547409.93" << qint64(-1);
}

void TestOrdersShopify::minorUnits()
{
    QFETCH(QString, currency);
    QFETCH(QString, amount);
    QFETCH(qint64, expected);
    const std::optional<int> exponent = currencyExponent(currency);
    QVERIFY(exponent);
    const std::optional<qint64> cents = parseMinorUnits(amount, *exponent);
    QCOMPARE(cents.value_or(-1), expected);
}

void TestOrdersShopify::carrierNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("UPS") << "UPS" << "ups";
    QTest::newRow("FedEx") << "FedEx" << "fedex";
    QTest::newRow("USPS") << "USPS" << "usps";
    QTest::newRow("DHL Express") << "DHL Express" << "dhl";
    QTest::newRow("Delhivery") << "Delhivery" << "delhivery";
    QTest::newRow("Bluedart") << "Bluedart" << "bluedart";
    QTest::newRow("Blue Dart") << "Blue Dart" << "bluedart";
    QTest::newRow("Canada Post") << "Canada Post" << "canada-post";
    QTest::newRow("Other: kept as text only") << "Other" << "";
    QTest::newRow("a local courier") << "Yamato Transport" << "";
    QTest::newRow("empty") << "" << "";
}

void TestOrdersShopify::carrierNames()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QCOMPARE(orderCarrierCode(name), code);
}

void TestOrdersShopify::ordersList_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<int>("paymentMode");
    QTest::addColumn<qint64>("orderedAtMs");
    QTest::addColumn<int>("offsetMinutes");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("orderCount");
    QTest::addColumn<QString>("tags");
    // 10:05 at -05:00 is 15:05 UTC; "199.65" USD is 19965 cents; a card gateway: prepaid.
    QTest::newRow("#1001 USD prepaid") << "5301001001" << "#1001" << "USD" << qint64(19965)
                                       << int(PaymentMode::Prepaid) << test::instant("2026-03-14T15:05:00Z") << -300
                                       << "Ana Lima" << "ana.lima@example.com" << "+15125550147" << "US" << "TX" << 3
                                       << "vip|repeat";
    // 09:30 at +05:30 is 04:00 UTC; "1499.00" INR is 149900 paise; the COD gateway.
    QTest::newRow("#1002 INR COD") << "5301001002" << "#1002" << "INR" << qint64(149900)
                                   << int(PaymentMode::CashOnDelivery) << test::instant("2026-03-15T04:00:00Z") << 330
                                   << "Ravi Kumar" << "ravi.kumar@example.in" << "+919812345678" << "IN" << "KA" << 1
                                   << "";
    // 08:00 at +09:00 is 23:00 UTC the day before; yen have no minor unit: 12000; no
    // gateway named, but "paid": prepaid; the country by name ("Japan" is JP).
    QTest::newRow("#1003 JPY paid, country by name") << "5301001003" << "#1003" << "JPY" << qint64(12000)
                                                     << int(PaymentMode::Prepaid) << test::instant("2026-03-15T23:00:00Z")
                                                     << 540 << "Yui Sato" << "yui@example.jp" << "" << "JP" << "" << 0
                                                     << "";
}

void TestOrdersShopify::ordersList()
{
    QFETCH(QString, externalId);
    QFETCH(QString, name);
    QFETCH(QString, currency);
    QFETCH(qint64, totalCents);
    QFETCH(int, paymentMode);
    QFETCH(qint64, orderedAtMs);
    QFETCH(int, offsetMinutes);
    QFETCH(QString, customer);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(int, orderCount);
    QFETCH(QString, tags);

    const OrderDocument d = OrderFileReader::readFile(fixture("orders.json"));
    QVERIFY2(d.issues.isEmpty(), qPrintable(issueTexts(d).join(u'\n')));
    QCOMPARE(d.records, 3);
    QCOMPARE(d.orders.size(), 3);
    const Order *o = byId(d, externalId.toLatin1().constData());
    QVERIFY(o);
    QCOMPARE(o->storefront, QStringLiteral("shopify"));
    QCOMPARE(o->name, name);
    QCOMPARE(o->displayId(), name);
    QCOMPARE(o->currency, currency);
    QCOMPARE(o->totalCents, totalCents);
    QCOMPARE(int(o->paymentMode), paymentMode);
    QVERIFY(o->orderedAt);
    QCOMPARE(o->orderedAt->utcMs, orderedAtMs);
    QCOMPARE(int(o->orderedAt->offsetMinutes), offsetMinutes);
    QCOMPARE(o->customer.name, customer);
    QCOMPARE(o->customer.email, email);
    QCOMPARE(o->customer.phone, phone);
    QCOMPARE(o->customer.orderCount, orderCount);
    QCOMPARE(o->customer.tags.join(u'|'), tags);
    QCOMPARE(o->shippingAddress.country, country);
    QCOMPARE(o->shippingAddress.region, region);
    QCOMPARE(o->flags, 0u);
    QVERIFY(o->issues.isEmpty());
}

void TestOrdersShopify::linesAndFulfilments()
{
    const OrderDocument d = OrderFileReader::readFile(fixture("orders.json"));
    const Order *a = byId(d, "5301001001");
    QVERIFY(a);
    QCOMPARE(a->updatedAtMs.value_or(0), test::instant("2026-03-14T17:40:00Z")); // 12:40 at -05:00
    QCOMPARE(a->subtotalCents, 18400);
    QCOMPARE(a->financialStatus, QStringLiteral("paid"));
    QCOMPARE(a->lines.size(), 2);
    QCOMPARE(a->lines[0], (OrderLine{u"TEE-BLK-M"_s, u"Crew Tee"_s, u"M / Black"_s, QString(), 2, 4200}));
    QCOMPARE(a->lines[1], (OrderLine{u"HOOD-GRY-L"_s, u"Hoodie"_s, u"L / Grey"_s, u"Outerwear"_s, 1, 10000}));
    QCOMPARE(a->shippingAddress.line1, QStringLiteral("1200 Barton Springs Rd"));
    QCOMPARE(a->shippingAddress.line2, QStringLiteral("Apt 4"));
    QCOMPARE(a->shippingAddress.city, QStringLiteral("Austin"));
    QCOMPARE(a->shippingAddress.postalCode, QStringLiteral("78704"));
    QCOMPARE(a->fulfilments.size(), 1);
    // tracking_number repeats tracking_numbers[0]: kept once.
    QCOMPARE(a->fulfilments[0], (OrderFulfilment{u"4401"_s, u"ups"_s, u"UPS"_s, {u"1Z999AA10123456784"_s}, u"success"_s}));

    const Order *b = byId(d, "5301001002");
    QVERIFY(b);
    QCOMPARE(b->fulfilments.size(), 1);
    QCOMPARE(b->fulfilments[0].carrier, QStringLiteral("delhivery"));
    QCOMPARE(b->fulfilments[0].trackingNumbers, (QStringList{u"7311230000451"_s, u"7311230000452"_s}));
    QCOMPARE(b->lines[0].unitPriceCents, 149900);

    const Order *c = byId(d, "5301001003");
    QVERIFY(c);
    QCOMPARE(c->lines[0].unitPriceCents, 4000); // "4000" yen
    QCOMPARE(c->lines[0].quantity, 3);
    QCOMPARE(c->fulfilments[0].carrier, QString()); // not a carrier we know ...
    QCOMPARE(c->fulfilments[0].carrierName, QStringLiteral("Yamato Transport")); // ... kept as text
}

void TestOrdersShopify::flaggedOrdersAreKept_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<quint32>("flags");
    QTest::addColumn<qint64>("totalCents");
    QTest::addColumn<int>("paymentMode");
    QTest::addColumn<QString>("field"); // the first warning's field
    using F = OrderFlag;
    auto bits = [](std::initializer_list<F> flags) {
        quint32 b = 0;
        for (F f : flags)
            b |= static_cast<quint32>(f);
        return b;
    };
    // "US Dollars" is no ISO 4217 code: the amount is read in hundredths, 2550.
    QTest::newRow("#2002 currency") << "5302002002" << bits({F::CurrencyUnreadable}) << qint64(2550)
                                    << int(PaymentMode::Prepaid) << "orders[1].currency";
    // "20 March 2026" is no ISO time; "12,50" no amount; "pending" with no gateway says
    // nothing of payment; no shipping address. The line's "12.50" still reads: 1250.
    QTest::newRow("#2003 time, total, payment, address")
        << "5302002003" << bits({F::OrderedAtUnreadable, F::TotalUnreadable, F::PaymentModeUnknown, F::AddressUnreadable})
        << qint64(0) << int(PaymentMode::Unknown) << "orders[2].created_at";
    // The "manual" gateway took the payment: prepaid. "ZZ" names no country.
    QTest::newRow("#2004 country") << "5302002004" << bits({F::AddressUnreadable}) << qint64(800)
                                   << int(PaymentMode::Prepaid) << "orders[3].shipping_address.country_code";
}

void TestOrdersShopify::flaggedOrdersAreKept()
{
    QFETCH(QString, externalId);
    QFETCH(quint32, flags);
    QFETCH(qint64, totalCents);
    QFETCH(int, paymentMode);
    QFETCH(QString, field);
    const OrderDocument d = OrderFileReader::readFile(fixture("orders-flagged.json"));
    QCOMPARE(d.records, 4);
    QCOMPARE(d.failedRecords, 1);
    QCOMPARE(d.orders.size(), 3);
    const Order *o = byId(d, externalId.toLatin1().constData());
    QVERIFY(o);
    QCOMPARE(o->flags, flags);
    QCOMPARE(o->issues.size(), orderFlagNames(flags).size());
    QCOMPARE(o->totalCents, totalCents);
    QCOMPARE(int(o->paymentMode), paymentMode);
    QVERIFY2(o->issues.constFirst().startsWith(field + u':'), qPrintable(o->issues.constFirst()));
    bool warned = false;
    for (const FeedIssue &issue : d.issues)
        warned = warned || (issue.severity == FeedIssue::Severity::Warning && issue.field == field);
    QVERIFY2(warned, qPrintable(issueTexts(d).join(u'\n')));
}

void TestOrdersShopify::orderWithoutIdIsALocatedError()
{
    const QString path = fixture("orders-flagged.json");
    const OrderDocument d = OrderFileReader::readFile(path);
    QList<FeedIssue> errors;
    for (const FeedIssue &issue : d.issues) {
        if (issue.severity == FeedIssue::Severity::Error)
            errors.append(issue);
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toString(), QString(path + u": record 1: orders[0].id: error: an order without an id"));
    QVERIFY(!byId(d, "")); // the order without an id is not kept
}

void TestOrdersShopify::malformedRecordCostsOnlyItself()
{
    // Record 2 (line 4) lacks a comma after "currency": the file is not JSON as a whole,
    // so its list is read record by record.
    const QString path = fixture("orders-malformed.json");
    const OrderDocument d = OrderFileReader::readFile(path);
    QCOMPARE(d.records, 3);
    QCOMPARE(d.failedRecords, 1);
    QCOMPARE(d.orders.size(), 2);
    QVERIFY(byId(d, "5303003001"));
    QVERIFY(byId(d, "5303003003"));
    QCOMPARE(d.issues.size(), 1);
    const FeedIssue &issue = d.issues.constFirst();
    QCOMPARE(issue.severity, FeedIssue::Severity::Error);
    QCOMPARE(issue.record, 2);
    QCOMPARE(issue.line, 4);
    QVERIFY2(issue.toString().startsWith(path + u": record 2 (line 4): error: malformed JSON"), qPrintable(issue.toString()));
}

void TestOrdersShopify::webhookBodies()
{
    // orders/updated: the order object itself.
    const OrderDocument updated = OrderFileReader::readFile(fixture("webhook-orders-updated.json"));
    QVERIFY2(updated.issues.isEmpty(), qPrintable(issueTexts(updated).join(u'\n')));
    QCOMPARE(updated.orders.size(), 1);
    QCOMPARE(updated.orders[0].customer.phone, QStringLiteral("+15125550999"));
    QCOMPARE(updated.orders[0].updatedAtMs.value_or(0), test::instant("2026-03-14T21:00:00Z")); // 16:00 at -05:00

    // fulfillments/create: a fulfillment naming its order.
    const OrderDocument created = OrderFileReader::readFile(fixture("webhook-fulfillments-create.json"));
    QVERIFY2(created.issues.isEmpty(), qPrintable(issueTexts(created).join(u'\n')));
    QCOMPARE(created.orders.size(), 0);
    QCOMPARE(created.fulfilments.size(), 1);
    const FulfilmentUpdate &f = created.fulfilments[0];
    QCOMPARE(f.storefront, QStringLiteral("shopify"));
    QCOMPARE(f.orderExternalId, QStringLiteral("5304004001"));
    QCOMPARE(f.fulfilment, (OrderFulfilment{u"4601"_s, u"usps"_s, u"USPS"_s, {u"9400100000000000000001"_s}, u"success"_s}));

    // {"order": {...}} (GET orders/{id}.json) and {"fulfillments": [...]}.
    const OrderDocument single = OrderFileReader::readBytes(
        R"({"order": {"id": 77, "name": "#77", "line_items": [], "currency": "EUR", "total_price": "1.00",
            "created_at": "2026-03-01T00:00:00Z", "updated_at": "2026-03-01T00:00:00Z", "financial_status": "paid",
            "shipping_address": {"city": "Lyon", "zip": "69001", "country_code": "FR"}}})",
        u"single.json"_s);
    QCOMPARE(single.orders.size(), 1);
    QCOMPARE(single.orders[0].externalId, QStringLiteral("77"));
    QCOMPARE(single.orders[0].flags, 0u);
    const OrderDocument list = OrderFileReader::readBytes(
        R"({"fulfillments": [{"id": 1, "order_id": 77, "tracking_company": "DHL Express", "tracking_numbers": ["JD0001"]},
                             {"id": 2, "tracking_company": "DHL Express", "tracking_numbers": ["JD0002"]}]})",
        u"fulfillments.json"_s);
    QCOMPARE(list.records, 2);
    QCOMPARE(list.fulfilments.size(), 1);
    QCOMPARE(list.fulfilments[0].fulfilment.carrier, QStringLiteral("dhl"));
    // The second names no order: a located error, the first kept.
    QCOMPARE(list.failedRecords, 1);
    QCOMPARE(list.orders.size(), 0);
    QCOMPARE(list.issues.size(), 1);
    QCOMPARE(list.issues[0].toString(),
             u"fulfillments.json: record 2: fulfillments[1].order_id: error: a fulfillment without its order's id"_s);
}

void TestOrdersShopify::wooCommerceOrders()
{
    const QString path = QStringLiteral(CT_FIXTURES_DIR "/orders/woocommerce/orders.json");
    const OrderDocument d = OrderFileReader::readFile(path);
    QCOMPARE(d.records, 3);
    QCOMPARE(d.failedRecords, 1);
    QCOMPARE(d.orders.size(), 2);
    QCOMPARE(d.issues.size(), 1);
    QCOMPARE(d.issues[0].toString(), QString(path + u": record 3: [2].id: error: an order without an id"));

    const Order &a = d.orders[0];
    QCOMPARE(a.storefront, u"woocommerce"_s);
    QCOMPARE(a.externalId, u"727"_s);
    QCOMPARE(a.name, u"#727"_s);
    QCOMPARE(a.currency, u"USD"_s);
    QCOMPARE(a.totalCents, 2935);
    QCOMPARE(a.paymentMode, PaymentMode::Prepaid); // bank transfer, paid
    // date_created_gmt 20:28:02 is UTC; date_created 16:28:02 beside it: the shop is at -04:00.
    QCOMPARE(a.orderedAt->utcMs, test::instant("2026-03-22T20:28:02Z"));
    QCOMPARE(int(a.orderedAt->offsetMinutes), -240);
    QCOMPARE(a.updatedAtMs.value_or(0), test::instant("2026-03-22T21:00:00Z"));
    QCOMPARE(a.customer.name, u"Jo Doe"_s);
    QCOMPARE(a.customer.email, u"jo.doe@example.com"_s);
    QCOMPARE(a.customer.phone, u"(555) 555-5555"_s);
    QCOMPARE(a.shippingAddress.city, u"Oakland"_s); // the shipping address, not the billing one
    QCOMPARE(a.shippingAddress.line2, u"Unit 2"_s);
    QCOMPARE(a.lines.size(), 2);
    QCOMPARE(a.lines[0], (OrderLine{u"WS-1"_s, u"Woo Single #1"_s, {}, {}, 2, 300})); // price 3 (a number)
    QCOMPARE(a.lines[1].unitPriceCents, 1250); // 12.5
    QCOMPARE(a.fulfilments.size(), 1);
    QCOMPARE(a.fulfilments[0], (OrderFulfilment{u"a1b2c3"_s, u"usps"_s, u"USPS"_s, {u"9400111899223100000001"_s}, {}}));
    QCOMPARE(a.flags, 0u);

    const Order &b = d.orders[1];
    QCOMPARE(b.paymentMode, PaymentMode::CashOnDelivery);
    QCOMPARE(b.totalCents, 149900);
    QCOMPARE(int(b.orderedAt->offsetMinutes), 330); // 10:30 local, 05:00 UTC
    QCOMPARE(b.shippingAddress.city, u"Mumbai"_s); // no shipping address: the billing one
    QCOMPARE(b.shippingAddress.country, u"IN"_s);
    QCOMPARE(b.lines[0].unitPriceCents, 149900);
    QCOMPARE(b.fulfilments[0].carrier, QString()); // a custom provider ...
    QCOMPARE(b.fulfilments[0].carrierName, u"Shadowfax"_s); // ... kept as text
    QCOMPARE(b.flags, 0u);
}

void TestOrdersShopify::unknownAndBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("  \n") << "x.json: error: the file is empty";
    QTest::newRow("a carrier feed") << QByteArray(R"({"trackResponse": {"shipment": []}})")
                                    << "x.json: error: not a storefront order document this build reads (Shopify's "
                                       "orders, order, fulfillments or a webhook body, WooCommerce's orders, Magento's orders or "
                                       "shipments: docs/storefronts/)";
    QTest::newRow("cut off single order") << QByteArray("{\"id\": 5,\n \"name\": \"#5\"")
                                          << "x.json: error: malformed JSON (line ";
}

void TestOrdersShopify::unknownAndBrokenFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const OrderDocument d = OrderFileReader::readBytes(data, u"x.json"_s);
    QCOMPARE(d.orders.size(), 0);
    QCOMPARE(d.issues.size(), 1);
    QVERIFY2(d.issues[0].toString().startsWith(expected), qPrintable(d.issues[0].toString()));
}

QTEST_APPLESS_MAIN(TestOrdersShopify)
#include "tst_ordersshopify.moc"
