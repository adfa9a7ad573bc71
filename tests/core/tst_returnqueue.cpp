// SPDX-License-Identifier: MIT
// The returns queue in core on a small store worked out by hand: every filter dimension,
// the sort orders with keyset pages, facet counts, one row's fields, and saved views' JSON
// with located errors.
#include "returns/returncustomerhistory.h"
#include "returns/returnqueuequery.h"
#include "returns/returnsavedviews.h"
#include "returns/returnverdictstore.h"
#include "returns/returnpolicy.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/returntestdata.h"
#include "support/testclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ct;

namespace {

using test::event;
using test::utc;

ReturnItem item(const char *sku, const char *category, qint64 cents, int quantity)
{
    ReturnItem i = test::item(sku, category, cents, quantity);
    i.name = i.sku.toLower();
    return i;
}

ShipmentRecord shipment(const char *tracking, const char *order, const char *name, const char *email, const char *shipped,
                        const char *delivered)
{
    ShipmentRecord s;
    s.carrier = QStringLiteral("ups");
    s.trackingNumber = QString::fromLatin1(tracking);
    s.sourceDocument = s.trackingNumber;
    s.order.orderId = QString::fromLatin1(order);
    s.order.customerEmail = QString::fromLatin1(email);
    s.order.customerName = QString::fromLatin1(name);
    s.order.currency = QStringLiteral("USD");
    s.order.orderedAt = utc(shipped).addDays(-1);
    s.shippedAt = utc(shipped);
    s.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    s.events << event(shipped, Subtag::InTransitAccepted);
    if (delivered)
        s.events << event(delivered, Subtag::Delivered);
    s.tag = s.events.last().tag;
    s.subtag = s.events.last().subtag;
    return s;
}

ReturnRecord returnOf(const char *rma, const char *order, const char *requested, ReturnReason reason, QList<ReturnItem> items,
                      const char *currency, ReturnStatus status, const char *reverseCarrier, const char *reverseTracking)
{
    ReturnRecord r;
    r.rma = QString::fromLatin1(rma);
    r.orderId = QString::fromLatin1(order);
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QStringLiteral("1Z") + r.orderId.mid(1);
    r.requestedAt = utc(requested);
    r.reason = reason;
    r.items = std::move(items);
    for (const ReturnItem &i : std::as_const(r.items))
        r.amountCents += i.unitPriceCents * i.quantity;
    r.currency = QString::fromLatin1(currency);
    r.status = status;
    r.reverseCarrier = QString::fromLatin1(reverseCarrier);
    r.reverseTrackingNumber = QString::fromLatin1(reverseTracking);
    r.updatedAt = r.requestedAt;
    return r;
}

QStringList names(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromLatin1(text);
    return out;
}

} // namespace

class TestReturnQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<qint64, QString> m_rmaOf;
    const qint64 m_now = test::fixedNowMs(); // 2026-06-17 14:00 UTC

    QStringList rmas(const QList<ReturnQueueRow> &rows) const
    {
        QStringList out;
        for (const ReturnQueueRow &r : rows)
            out << r.rma;
        return out;
    }

    static QString facetText(const QList<FacetCount> &counts)
    {
        QStringList out;
        for (const FacetCount &c : counts)
            out << QStringLiteral("%1=%2").arg(c.value).arg(c.count);
        return out.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("queue.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        ShipmentRecord reverse = shipment("1ZR1", "#A", "Ann Lee", "ann@example.com", "2026-06-16T08:00:00", nullptr);
        reverse.order = {};
        QVERIFY2(ShipmentIngestor(*m_db).ingest(
                     {shipment("1ZA", "#A", "Ann Lee", "ann@example.com", "2026-06-02T09:00:00", "2026-06-04T15:00:00"),
                      shipment("1ZB", "#B", "Bob Stone", "bob@example.com", "2026-06-06T09:00:00", "2026-06-08T15:00:00"),
                      shipment("1ZC", "#C", "Cat Ng", "cat@example.com", "2026-04-02T09:00:00", "2026-04-04T15:00:00"),
                      reverse},
                     m_now, nullptr, &error),
                 qPrintable(error));
        using S = ReturnStatus;
        using Why = ReturnReason;
        // Ages at now: RMA-1 7 days, RMA-2 2, RMA-3 1, RMA-4 5, RMA-5 16.
        // Verdicts under the default policy: RMA-1 eligible (footwear, delivered 6 days
        // before, $80 < $150: approved automatically); RMA-2 needs review ($600 >= $500);
        // RMA-3 ineligible (apparel delivered 73 days before: 45 + 3 grace); RMA-4 needs
        // review (the gift card cannot come back: partial); RMA-5 needs review (order #Z
        // is not in the store).
        QVERIFY2(ShipmentIngestor(*m_db).ingestReturns(
                     {returnOf("RMA-1", "#A", "2026-06-10T10:00:00", Why::WrongSize, {item("SHOE", "footwear", 8000, 1)}, "USD",
                               S::Requested, "ups", "1ZR1"),
                      returnOf("RMA-2", "#B", "2026-06-15T14:00:00", Why::Damaged, {item("MUG", "home", 60000, 1)}, "USD",
                               S::Requested, "", ""),
                      returnOf("RMA-3", "#C", "2026-06-16T09:00:00", Why::ChangedMind, {item("TEE", "apparel", 2500, 1)}, "USD",
                               S::Requested, "fedex", "7712"),
                      returnOf("RMA-4", "#A", "2026-06-12T12:00:00", Why::WrongColour,
                               {item("SOCK", "apparel", 1500, 2), item("GIFT", "gift_card", 5000, 1)}, "USD", S::Approved,
                               "ups", "1ZR4"),
                      returnOf("RMA-5", "#Z", "2026-06-01T00:00:00", Why::NotAsDescribed, {item("LAMP", "home", 4000, 1)}, "EUR",
                               S::Received, "dhl", "JD01")},
                     m_now, &error),
                 qPrintable(error));
        QVERIFY2(ReturnVerdictStore(*m_db).judgeAll(ReturnPolicy::defaults(), m_now, &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, rma FROM returns")));
        while (q.next())
            m_rmaOf.insert(q.value(0).toLongLong(), q.value(1).toString());
        QCOMPARE(m_rmaOf.size(), 5);
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<QStringList>("expected"); // oldest request first
        const auto row = [](const char *name, const char *json, std::initializer_list<const char *> expected) {
            QTest::newRow(name) << QByteArray(json) << names(expected);
        };
        row("everything", "{}", {"RMA-5", "RMA-1", "RMA-4", "RMA-2", "RMA-3"});
        row("requested", R"({"statuses":["requested"]})", {"RMA-1", "RMA-2", "RMA-3"});
        row("approved or received", R"({"statuses":["approved","received"]})", {"RMA-5", "RMA-4"});
        row("size and colour", R"({"reasons":["wrong_size","wrong_colour"]})", {"RMA-1", "RMA-4"});
        row("needs review", R"({"verdicts":["needs_review"]})", {"RMA-5", "RMA-4", "RMA-2"});
        row("ineligible", R"({"verdicts":["ineligible"]})", {"RMA-3"});
        row("eligible", R"({"verdicts":["eligible"]})", {"RMA-1"});
        row("$50 or more", R"({"value":{"min_cents":5000,"currency":"USD"}})", {"RMA-1", "RMA-4", "RMA-2"});
        row("40.00 or less, any currency", R"({"value":{"max_cents":4000}})", {"RMA-5", "RMA-3"});
        row("exactly 80.00", R"({"value":{"min_cents":8000,"max_cents":8000}})", {"RMA-1", "RMA-4"});
        row("in EUR", R"({"value":{"currency":"EUR"}})", {"RMA-5"});
        row("5 days old or more", R"({"age_days":{"min":5}})", {"RMA-5", "RMA-1", "RMA-4"});
        row("2 days old or less", R"({"age_days":{"max":2}})", {"RMA-2", "RMA-3"});
        row("2 to 5 days old", R"({"age_days":{"min":2,"max":5}})", {"RMA-4", "RMA-2"});
        row("requested today", R"({"age_days":{"max":0}})", {});
        row("apparel", R"({"categories":["apparel"]})", {"RMA-4", "RMA-3"});
        row("home or footwear", R"({"categories":["home","footwear"]})", {"RMA-5", "RMA-1", "RMA-2"});
        row("a category no return has", R"({"categories":["garden"]})", {});
        row("coming back with UPS", R"({"reverse_carriers":["ups"]})", {"RMA-1", "RMA-4"});
        row("coming back with DHL or FedEx", R"({"reverse_carriers":["dhl","fedex"]})", {"RMA-5", "RMA-3"});
        row("an RMA", R"({"search":"RMA-4"})", {"RMA-4"});
        row("an RMA in lower case", R"({"search":"rma-2"})", {"RMA-2"});
        row("an order the store does not have", "{\"search\":\"#Z\"}", {"RMA-5"});
        row("a customer's first name", R"({"search":"ann"})", {"RMA-1", "RMA-4"});
        row("a customer's e-mail", R"({"search":"bob@example.com"})", {"RMA-2"});
        row("a tracking number", R"({"search":"1ZC"})", {"RMA-3"});
        row("nobody", R"({"search":"zed"})", {});
        row("requested apparel", R"({"statuses":["requested"],"categories":["apparel"]})", {"RMA-3"});
        row("requested, reviewed, UPS", R"({"statuses":["requested"],"verdicts":["needs_review"],"reverse_carriers":["ups"]})",
            {});
    }

    void filters()
    {
        QFETCH(QByteArray, filter);
        QFETCH(QStringList, expected);
        QList<FieldError> errors;
        const auto f = ReturnQueueFilter::fromJson(filter, &errors);
        QVERIFY2(f, errors.isEmpty() ? "" : qPrintable(errors.first().field + QLatin1Char(' ') + errors.first().detail));
        QString error;
        ReturnQueueQuery query(*m_db);
        const auto page = query.firstPage(*f, {}, 100, m_now, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(rmas(page->rows), expected);
        QVERIFY(page->atEnd);
        QCOMPARE(query.count(*f, m_now, &error), std::optional<qint64>(expected.size()));
        for (const auto &[id, rma] : m_rmaOf.asKeyValueRange())
            QCOMPARE(query.matches(*f, id, m_now, &error), std::optional<bool>(expected.contains(rma)));
        // The saved view reads back as the same filter.
        QCOMPARE(ReturnQueueFilter::fromJson(f->toJson(), nullptr), f);
    }

    void sortsAndPages_data()
    {
        QTest::addColumn<ReturnSortColumn>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        using C = ReturnSortColumn;
        QTest::newRow("oldest first") << C::RequestedAt << false << names({"RMA-5", "RMA-1", "RMA-4", "RMA-2", "RMA-3"});
        QTest::newRow("newest first") << C::RequestedAt << true << names({"RMA-3", "RMA-2", "RMA-4", "RMA-1", "RMA-5"});
        // 80.00 twice: the lower id first ascending, the higher first descending.
        QTest::newRow("most valuable first") << C::Value << true << names({"RMA-2", "RMA-4", "RMA-1", "RMA-5", "RMA-3"});
        QTest::newRow("least valuable first") << C::Value << false << names({"RMA-3", "RMA-5", "RMA-1", "RMA-4", "RMA-2"});
        QTest::newRow("by RMA") << C::Rma << false << names({"RMA-1", "RMA-2", "RMA-3", "RMA-4", "RMA-5"});
        QTest::newRow("by status") << C::Status << false << names({"RMA-1", "RMA-2", "RMA-3", "RMA-4", "RMA-5"});
        QTest::newRow("by verdict") << C::Verdict << false << names({"RMA-1", "RMA-2", "RMA-4", "RMA-5", "RMA-3"});
        QTest::newRow("by verdict, worst first") << C::Verdict << true << names({"RMA-3", "RMA-5", "RMA-4", "RMA-2", "RMA-1"});
    }

    // Pages of two follow each other without a gap or a repeat.
    void sortsAndPages()
    {
        QFETCH(ReturnSortColumn, column);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        const ReturnQueueSort sort{column, descending};
        ReturnQueueQuery query(*m_db);
        QString error;
        auto page = query.firstPage({}, sort, 2, m_now, &error);
        QVERIFY2(page, qPrintable(error));
        QList<ReturnQueueRow> all = page->rows;
        int pages = 1;
        while (!page->atEnd) {
            page = query.nextPage({}, sort, all.last(), 2, m_now, &error);
            QVERIFY2(page, qPrintable(error));
            all += page->rows;
            ++pages;
        }
        QCOMPARE(rmas(all), expected);
        QCOMPARE(pages, 3);
        QCOMPARE(query.firstPage({}, sort, 0, m_now, &error), std::nullopt);
        QCOMPARE(error, QStringLiteral("a page holds 1 to 1000 rows, not 0"));
    }

    // Each dimension is counted with every other dimension applied, not its own.
    void facets()
    {
        ReturnQueueFilter f;
        f.statuses = {ReturnStatus::Requested};
        QString error;
        const auto facets = ReturnQueueQuery(*m_db).facets(f, m_now, &error);
        QVERIFY2(facets, qPrintable(error));
        QCOMPARE(facetText(facets->statuses), QStringLiteral("requested=3 approved=1 received=1"));
        QCOMPARE(facetText(facets->reasons), QStringLiteral("changed_mind=1 damaged=1 wrong_size=1"));
        QCOMPARE(facetText(facets->verdicts), QStringLiteral("eligible=1 ineligible=1 needs_review=1"));
        QCOMPARE(facetText(facets->categories), QStringLiteral("apparel=1 footwear=1 home=1"));
        QCOMPARE(facetText(facets->reverseCarriers), QStringLiteral("=1 fedex=1 ups=1"));

        // Without a filter a return counts under each of its categories.
        const auto all = ReturnQueueQuery(*m_db).facets({}, m_now, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(facetText(all->categories), QStringLiteral("apparel=2 home=2 footwear=1 gift_card=1"));
        QCOMPARE(facetText(all->verdicts), QStringLiteral("needs_review=3 eligible=1 ineligible=1"));
        QCOMPARE(facetText(all->reverseCarriers), QStringLiteral("ups=2 =1 dhl=1 fedex=1"));
    }

    void rowCarriesTheReturn()
    {
        ReturnQueueQuery query(*m_db);
        QString error;
        const auto page = query.firstPage({}, {ReturnSortColumn::Rma, false}, 10, m_now, &error);
        QVERIFY2(page, qPrintable(error));
        const ReturnQueueRow &one = page->rows.at(0);
        QCOMPARE(one.rma, QStringLiteral("RMA-1"));
        QVERIFY(one.orderKnown());
        QCOMPARE(one.customerName, QStringLiteral("Ann Lee"));
        QCOMPARE(one.customerEmail, QStringLiteral("ann@example.com"));
        QCOMPARE(one.items.size(), 1);
        QCOMPARE(one.items.at(0).category, QStringLiteral("footwear"));
        QCOMPARE(one.amountCents, 8000);
        QCOMPARE(one.ageDays(m_now), 7);
        QCOMPARE(one.eligibility, std::optional(ReturnEligibility::Eligible));
        QVERIFY(one.autoApprove);
        QCOMPARE(one.recommended, ReturnResolution::Exchange); // wrong size: exchange first
        QCOMPARE(one.reverseTag, std::optional<int>(static_cast<int>(Tag::InTransit))); // 1ZR1 is tracked
        const ReturnQueueRow &four = page->rows.at(3);
        QCOMPARE(four.verdictRule, QStringLiteral("partial"));
        QCOMPARE(four.reverseTag, std::nullopt); // 1ZR4 is not in the store
        const ReturnQueueRow &five = page->rows.at(4);
        QVERIFY(!five.orderKnown()); // shown, not dropped
        QCOMPARE(five.customerName, QString());
        QCOMPARE(five.verdictRule, QStringLiteral("unknown_order"));

        const auto again = query.row(four.returnId, &error);
        QVERIFY(again);
        QCOMPARE(again->rma, QStringLiteral("RMA-4"));
        QCOMPARE(again->status, ReturnStatus::Approved);
        QCOMPARE(query.row(999999, &error), std::nullopt);
        QVERIFY(error.isEmpty());
    }

    // Ann placed #A and returned from it twice; Bob once; an unknown address has nothing.
    void customerHistory()
    {
        QString error;
        const auto ann = CustomerHistory::read(*m_db, QStringLiteral("Ann@Example.com"), &error);
        QVERIFY2(ann, qPrintable(error));
        QCOMPARE(ann->orders, 1);
        QCOMPARE(ann->returnedOrders, 1);
        QCOMPARE(ann->returns.size(), 2);
        QCOMPARE(ann->returns.at(0).rma, QStringLiteral("RMA-4")); // newest first
        QCOMPARE(ann->returns.at(1).rma, QStringLiteral("RMA-1"));
        QCOMPARE(ann->valueByCurrency.value(QStringLiteral("USD")), 16000); // 80.00 + 80.00
        QCOMPARE(ann->reasons.size(), 2);
        QCOMPARE(ann->reasons.at(0).second, 1);
        const auto nobody = CustomerHistory::read(*m_db, QStringLiteral("zed@example.com"), &error);
        QVERIFY(nobody);
        QCOMPARE(nobody->orders, 0);
        QVERIFY(nobody->returns.isEmpty());
        QCOMPARE(CustomerHistory::read(*m_db, QString(), &error)->orders, 0);
    }

    void filterJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        QTest::newRow("unknown status") << QByteArray(R"({"statuses":["requested","lost"]})") << "statuses[1]"
                                        << "\"lost\" is not a return status";
        QTest::newRow("unknown verdict") << QByteArray(R"({"verdicts":["maybe"]})") << "verdicts[0]"
                                         << "\"maybe\" is not a verdict (eligible, needs_review, ineligible)";
        QTest::newRow("inverted age") << QByteArray(R"({"age_days":{"min":5,"max":2}})") << "age_days"
                                      << "the range is empty: its minimum is above its maximum";
        QTest::newRow("negative value") << QByteArray(R"({"value":{"min_cents":-1}})") << "value.min_cents"
                                        << "must be a whole number from 0 to 1000000000000";
        QTest::newRow("bad currency") << QByteArray(R"({"value":{"currency":"usd"}})") << "value.currency"
                                      << "must be an ISO 4217 code such as \"USD\"";
        QTest::newRow("unknown field") << QByteArray(R"({"colour":"red"})") << "colour" << "is not a field of a returns filter";
        QTest::newRow("not JSON") << QByteArray(R"({"statuses":)") << "" << "";
    }

    void filterJsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        QList<FieldError> errors;
        QCOMPARE(ReturnQueueFilter::fromJson(json, &errors), std::nullopt);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        if (detail.isEmpty())
            QVERIFY2(errors.first().detail.startsWith(QLatin1String("not valid JSON")), qPrintable(errors.first().detail));
        else
            QCOMPARE(errors.first().detail, detail);
    }

    // The user's views go to the settings and come back; one that no longer reads is kept
    // with its problems, never dropped.
    void savedViews()
    {
        const QList<ReturnSavedView> defaults = ReturnSavedViews::defaults();
        QCOMPARE(defaults.size(), 4);
        QCOMPARE(defaults.at(0).name, QStringLiteral("To decide"));
        QCOMPARE(defaults.at(1).filter->verdicts, QList<ReturnEligibility>{ReturnEligibility::NeedsReview});
        ReturnQueueFilter big;
        big.valueCents.min = 50000;
        big.valueCurrency = QStringLiteral("USD");
        const QList<ReturnSavedView> mine = defaults
            + QList<ReturnSavedView>{ReturnSavedView::make(QStringLiteral("Big ones"), big, {ReturnSortColumn::Value, true})};
        const QByteArray text = ReturnSavedViews::toJson(mine);
        QCOMPARE(text, QByteArray(R"([{"name":"Big ones","filter":{"value":{"min_cents":50000,"currency":"USD"}},)"
                                  R"("sort":{"column":"value","descending":true}}])"));
        const QList<ReturnSavedView> back = ReturnSavedViews::fromJson(text);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).filter, std::optional(big));
        QCOMPARE(back.at(0).sort, (ReturnQueueSort{ReturnSortColumn::Value, true}));

        const QList<ReturnSavedView> broken = ReturnSavedViews::fromJson(
            R"([{"name":"Old","filter":{"statuses":["lost"]},"sort":{"column":"rma"}},{"name":"Fine","filter":{}}])");
        QCOMPARE(broken.size(), 2);
        QCOMPARE(broken.at(0).filter, std::nullopt);
        QCOMPARE(broken.at(0).problems, QStringList{QStringLiteral("[0].filter.statuses[0]: \"lost\" is not a return status")});
        QCOMPARE(broken.at(0).filterJson, QByteArray(R"({"statuses":["lost"]})"));
        QVERIFY(broken.at(1).filter);
        QString error;
        QVERIFY(ReturnSavedViews::fromJson("{}", &error).isEmpty());
        QCOMPARE(error, QStringLiteral("the saved views are not a JSON array"));
    }

    // A full filter's JSON, key by key.
    void filterJsonShape()
    {
        ReturnQueueFilter f;
        f.statuses = {ReturnStatus::Requested, ReturnStatus::Received};
        f.reasons = {ReturnReason::WrongSize};
        f.verdicts = {ReturnEligibility::NeedsReview};
        f.valueCents.min = 100;
        f.valueCurrency = QStringLiteral("USD");
        f.ageDays.max = 30;
        f.categories = {QStringLiteral("footwear")};
        f.reverseCarriers = {QStringLiteral("ups")};
        f.search = QStringLiteral("ann");
        QCOMPARE(f.toJson(), QByteArray(R"({"statuses":["requested","received"],"reasons":["wrong_size"],)"
                                        R"("verdicts":["needs_review"],"value":{"min_cents":100,"currency":"USD"},)"
                                        R"("age_days":{"max":30},"categories":["footwear"],"reverse_carriers":["ups"],)"
                                        R"("search":"ann"})"));
        QCOMPARE(ReturnQueueFilter().toJson(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestReturnQueue)
#include "tst_returnqueue.moc"
