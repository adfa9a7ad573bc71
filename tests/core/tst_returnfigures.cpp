// SPDX-License-Identifier: MIT
// Returns read from the store: the cases the policy judges (dates, the customer's history,
// items already returned) and the returns figures, on a small store whose every number is
// worked out by hand below.
#include "returns/returncasequery.h"
#include "returns/returnfigures.h"
#include "returns/returnpolicyengine.h"
#include "returns/returnverdictstore.h"
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
using test::item;
using test::utc;

ShipmentRecord shipment(const char *tracking, const char *order, const char *email, const char *ordered,
                        const char *shipped, const char *delivered)
{
    ShipmentRecord s;
    s.carrier = QStringLiteral("ups");
    s.trackingNumber = QString::fromLatin1(tracking);
    s.sourceDocument = s.trackingNumber;
    s.order.orderId = QString::fromLatin1(order);
    s.order.customerEmail = QString::fromLatin1(email);
    s.order.customerName = QStringLiteral("Customer");
    s.order.currency = QStringLiteral("USD");
    s.order.orderedAt = utc(ordered);
    s.shippedAt = utc(shipped);
    s.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    s.events << event(shipped, Subtag::InTransitAccepted);
    if (delivered)
        s.events << event(delivered, Subtag::Delivered);
    s.tag = s.events.last().tag;
    s.subtag = s.events.last().subtag;
    return s;
}

ReturnRecord returnOf(const char *rma, const char *order, const char *tracking, const char *requested, ReturnReason reason,
                      QList<ReturnItem> items, const char *currency, ReturnStatus status, ReturnResolution resolution)
{
    ReturnRecord r;
    r.rma = QString::fromLatin1(rma);
    r.orderId = QString::fromLatin1(order);
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QString::fromLatin1(tracking);
    r.requestedAt = utc(requested);
    r.reason = reason;
    r.items = std::move(items);
    for (const ReturnItem &i : std::as_const(r.items))
        r.amountCents += i.unitPriceCents * i.quantity;
    r.currency = QString::fromLatin1(currency);
    r.status = status;
    r.resolution = resolution;
    r.updatedAt = r.requestedAt;
    return r;
}

} // namespace

class TestReturnFigures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("returns.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        using S = ReturnStatus;
        using R = ReturnResolution;
        using Why = ReturnReason;
        // Six orders: four placed in June (A, B, C, E), D in May, F in July.
        const QList<ShipmentRecord> shipments = {
            shipment("1ZA", "#A", "ann@example.com", "2026-06-02T10:00:00", "2026-06-03T09:00:00", "2026-06-05T15:00:00"),
            shipment("1ZB", "#B", "Ann@Example.com", "2026-06-10T10:00:00", "2026-06-11T09:00:00", "2026-06-13T15:00:00"),
            shipment("1ZC", "#C", "bob@example.com", "2026-06-15T10:00:00", "2026-06-16T09:00:00", "2026-06-18T15:00:00"),
            shipment("1ZD", "#D", "bob@example.com", "2026-05-20T10:00:00", "2026-05-21T09:00:00", "2026-05-25T15:00:00"),
            shipment("1ZE", "#E", "cat@example.com", "2026-06-20T10:00:00", "2026-06-21T09:00:00", nullptr),
            shipment("1ZF", "#F", "cat@example.com", "2026-07-01T10:00:00", "2026-07-02T09:00:00", nullptr),
        };
        ShipmentIngestor ingestor(*m_db);
        QVERIFY2(ingestor.ingest(shipments, test::fixedNowMs(), nullptr, &error), qPrintable(error));
        const QList<ReturnRecord> returns = {
            returnOf("RMA-1", "#A", "1ZA", "2026-06-08T12:00:00", Why::WrongSize,
                     {item("SHOE", "footwear", 8000, 1), item("SOCK", "apparel", 1500, 2)}, "USD", S::Refunded, R::Refund),
            returnOf("RMA-2", "#A", "1ZA", "2026-06-09T12:00:00", Why::WrongSize, {item("SHOE", "footwear", 8000, 1)}, "USD",
                     S::Requested, R::None),
            returnOf("RMA-3", "#B", "1ZB", "2026-06-20T12:00:00", Why::WrongColour, {item("TEE", "apparel", 2500, 1)}, "USD",
                     S::Exchanged, R::Exchange),
            returnOf("RMA-4", "#D", "1ZD", "2026-06-01T01:00:00", Why::Damaged, {item("MUG", "home", 1200, 1)}, "USD",
                     S::Credited, R::StoreCredit),
            returnOf("RMA-5", "#Z", "1ZZ", "2026-06-25T12:00:00", Why::ChangedMind, {item("TEE", "apparel", 2500, 1)}, "EUR",
                     S::Rejected, R::Rejected),
            returnOf("RMA-6", "#C", "1ZC", "2026-07-02T12:00:00", Why::WrongSize, {item("TEE", "apparel", 2500, 1)}, "USD",
                     S::Requested, R::None),
        };
        QVERIFY2(ingestor.ingestReturns(returns, test::fixedNowMs(), &error), qPrintable(error));
    }

    void casesCarryDatesAndHistory()
    {
        QString error;
        const auto cases = ReturnCaseQuery(*m_db).all(90, &error);
        QVERIFY2(cases, qPrintable(error));
        QCOMPARE(cases->size(), 6);
        QHash<QString, ReturnCase> byRma;
        for (const ReturnCase &c : *cases)
            byRma.insert(c.request.rma, c);

        const ReturnCase &r1 = byRma[QStringLiteral("RMA-1")];
        QVERIFY(r1.orderKnown);
        QCOMPARE(r1.orderedAt, utc("2026-06-02T10:00:00"));
        QCOMPARE(r1.fulfilledAt, utc("2026-06-03T09:00:00"));
        QCOMPARE(r1.deliveredAt, utc("2026-06-05T15:00:00"));
        QCOMPARE(r1.customerEmail, QStringLiteral("ann@example.com"));
        QCOMPARE(r1.request.items.size(), 2);
        QCOMPARE(r1.request.items.at(1).category, QStringLiteral("apparel"));
        QCOMPARE(r1.request.items.at(1).quantity, 2);

        struct Expected
        {
            const char *rma;
            int returns, orders, returnedOrders;
            QStringList already;
        };
        // Ann: RMA-1 is her first; RMA-2 follows it on the same order (so no other
        // order returned, but its items are already returned); RMA-3 has both before it
        // and one other order (#A) returned. Bob: RMA-4 on #D (placed in May, inside 90
        // days); RMA-6 in July has RMA-4 before it, and #D and #C placed. RMA-5: no order.
        const Expected expected[] = {
            {"RMA-1", 0, 1, 0, {}},
            {"RMA-2", 1, 1, 0, {QStringLiteral("SHOE"), QStringLiteral("SOCK")}},
            {"RMA-3", 2, 2, 1, {}},
            {"RMA-4", 0, 1, 0, {}},
            {"RMA-5", 0, 0, 0, {}},
            {"RMA-6", 1, 2, 1, {}},
        };
        for (const Expected &e : expected) {
            const ReturnCase &c = byRma[QString::fromLatin1(e.rma)];
            QVERIFY2(c.customerReturns == e.returns, e.rma);
            QVERIFY2(c.customerOrders == e.orders, e.rma);
            QVERIFY2(c.customerReturnedOrders == e.returnedOrders, e.rma);
            QStringList already = c.alreadyReturned.keys();
            already.sort();
            QVERIFY2(already == e.already, e.rma);
        }
        QCOMPARE(byRma[QStringLiteral("RMA-2")].alreadyReturned.value(QStringLiteral("SHOE")), QStringLiteral("RMA-1"));
        QVERIFY(!byRma[QStringLiteral("RMA-5")].orderKnown);
        QVERIFY(byRma[QStringLiteral("RMA-5")].customerEmail.isEmpty());

        // The policy on these cases: the second return of the same shoes is refused; the
        // return of an unknown order goes to an agent.
        const ReturnPolicyEngine engine(ReturnPolicy::defaults());
        const ReturnVerdict second = engine.evaluate(byRma[QStringLiteral("RMA-2")]);
        QCOMPARE(second.eligibility, ReturnEligibility::Ineligible);
        QCOMPARE(second.detail, QStringLiteral("SHOE is already in return RMA-1"));
        QCOMPARE(engine.evaluate(byRma[QStringLiteral("RMA-5")]).rule, QStringLiteral("unknown_order"));
    }

    // Judging a few returns (after an edit or a sync) gives them the history they have
    // when every return is judged.
    void someReturnsHaveTheSameHistoryAsAll()
    {
        QString error;
        const auto all = ReturnCaseQuery(*m_db).all(90, &error);
        QVERIFY2(all, qPrintable(error));
        QList<qint64> ids;
        for (const ReturnCase &c : *all)
            if (c.request.rma == QLatin1String("RMA-2") || c.request.rma == QLatin1String("RMA-5")
                || c.request.rma == QLatin1String("RMA-6"))
                ids << c.returnId;
        ids << 999999; // unknown: left out
        const auto some = ReturnCaseQuery(*m_db).some(ids, 90, &error);
        QVERIFY2(some, qPrintable(error));
        QCOMPARE(some->size(), 3);
        for (const ReturnCase &c : *some) {
            const ReturnCase &same = *std::find_if(all->begin(), all->end(), [&](const ReturnCase &a) { return a.returnId == c.returnId; });
            QVERIFY2(c.customerReturns == same.customerReturns, qPrintable(c.request.rma));
            QVERIFY2(c.customerOrders == same.customerOrders, qPrintable(c.request.rma));
            QVERIFY2(c.customerReturnedOrders == same.customerReturnedOrders, qPrintable(c.request.rma));
            QVERIFY2(c.alreadyReturned == same.alreadyReturned, qPrintable(c.request.rma));
            QCOMPARE(c.deliveredAt, same.deliveredAt);
        }
        QVERIFY(ReturnCaseQuery(*m_db).some({}, 90, &error)->isEmpty());
    }

    void verdictsAreKeptBesideTheReturns()
    {
        QString error;
        const ReturnVerdictStore store(*m_db);
        ReturnPolicy policy = ReturnPolicy::defaults();
        QCOMPARE(*store.staleCount(policy, &error), 6); // never judged
        QList<int> progress;
        QVERIFY2(store.judgeAll(policy, test::fixedNowMs(), &error, [&](int done, int) { progress << done; }),
                 qPrintable(error));
        QCOMPARE(progress, QList<int>{6});
        QCOMPARE(*store.staleCount(policy, &error), 0);
        ReturnPolicy nextVersion = policy;
        nextVersion.version = policy.version + 1;
        QCOMPARE(*store.staleCount(nextVersion, &error), 6);
        // Other rules under the same version number: every verdict is stale all the same.
        ReturnPolicy sameNumber = policy;
        sameNumber.graceDays = policy.graceDays + 1;
        QCOMPARE(sameNumber.version, policy.version);
        QVERIFY(sameNumber.digest() != policy.digest());
        QCOMPARE(*store.staleCount(sameNumber, &error), 6);
        QCOMPARE(ReturnPolicy::defaults().digest(), policy.digest()); // the same policy, the same digest

        const auto ids = ReturnCaseQuery(*m_db).all(90, &error);
        auto idOf = [&](const char *rma) {
            return std::find_if(ids->begin(), ids->end(), [&](const ReturnCase &c) { return c.request.rma == QLatin1String(rma); })
                ->returnId;
        };
        const auto second = store.verdict(idOf("RMA-2"), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->eligibility, ReturnEligibility::Ineligible);
        QCOMPARE(second->rule, QStringLiteral("already_returned"));
        QCOMPARE(second->recommended, ReturnResolution::Rejected);
        QCOMPARE(second->categories, QStringList{QStringLiteral("footwear")});
        QCOMPARE(second->judgedAtMs, test::fixedNowMs());
        const auto first = store.verdict(idOf("RMA-1"), &error);
        QCOMPARE(first->categories, QStringList({QStringLiteral("apparel"), QStringLiteral("footwear")}));
        QCOMPARE(first->eligibleValueCents, 11000);
        QVERIFY(!store.verdict(999999, &error));
        QVERIFY(error.isEmpty()); // no such return is not a failure

        // A new policy version judged for two returns only: the others stay stale.
        policy.version = 2;
        policy.blocklist = {QStringLiteral("ann@example.com")};
        QVERIFY2(store.judge({idOf("RMA-1"), idOf("RMA-3")}, policy, test::fixedNowMs() + 1000, &error), qPrintable(error));
        QCOMPARE(store.verdict(idOf("RMA-3"), &error)->rule, QStringLiteral("blocklist"));
        QCOMPARE(store.verdict(idOf("RMA-3"), &error)->policyVersion, 2);
        QCOMPARE(store.verdict(idOf("RMA-3"), &error)->policyDigest, policy.digest());
        QCOMPARE(store.verdict(idOf("RMA-2"), &error)->policyVersion, 1);
        QCOMPARE(store.verdict(idOf("RMA-2"), &error)->policyDigest, ReturnPolicy::defaults().digest());
        QCOMPARE(*store.staleCount(policy, &error), 4);
    }

    void historyDaysBoundTheHistory()
    {
        QString error;
        // Ten days: RMA-6 (2 July) no longer sees RMA-4 (1 June) nor order #D (20 May).
        const auto cases = ReturnCaseQuery(*m_db).all(10, &error);
        QVERIFY2(cases, qPrintable(error));
        const ReturnCase &r6 = *std::find_if(cases->begin(), cases->end(),
                                             [](const ReturnCase &c) { return c.request.rma == QLatin1String("RMA-6"); });
        QCOMPARE(r6.customerReturns, 0);
        QCOMPARE(r6.customerReturnedOrders, 0);
        QCOMPARE(r6.customerOrders, 1); // #C, the order returned from
    }

    void figuresForJune()
    {
        QString error;
        const auto f = ReturnFigures::compute(*m_db, QDate(2026, 6, 1), QDate(2026, 6, 30), &error);
        QVERIFY2(f, qPrintable(error));
        // Orders placed in June: A, B, C, E. Returned (whenever): A, B, C.
        QCOMPARE(f->orders, 4);
        QCOMPARE(f->returnedOrders, 3);
        QCOMPARE(*f->returnRate(), 0.75);
        // Requested in June: RMA-1..5 (RMA-6 is July); units 3 + 1 + 1 + 1 + 1.
        QCOMPARE(f->returns, 5);
        QCOMPARE(f->itemsReturned, 7);
        QCOMPARE(f->returnValue.value(QStringLiteral("USD")), 11000 + 8000 + 2500 + 1200);
        QCOMPARE(f->returnValue.value(QStringLiteral("EUR")), 2500);
        // Resolved: RMA-1 refund, RMA-3 exchange, RMA-4 credit; the rejection is none.
        QCOMPARE(f->resolvedReturns(), 3);
        QCOMPARE(*f->share(ReturnResolution::Refund), 1.0 / 3.0);
        QCOMPARE(*f->share(ReturnResolution::Exchange), 1.0 / 3.0);
        QCOMPARE(*f->share(ReturnResolution::StoreCredit), 1.0 / 3.0);
        QVERIFY(!f->share(ReturnResolution::Rejected));
        // Retained: exchange 2500 + credit 1200 of 14700 resolved.
        QCOMPARE(f->retainedValue.value(QStringLiteral("USD")), 3700);
        QCOMPARE(*f->retainedShare(QStringLiteral("USD")), 3700.0 / 14700.0);
        QVERIFY(!f->retainedShare(QStringLiteral("EUR"))); // nothing resolved in EUR: no data
        // Per category, most units first; ties by reason.
        QStringList reasons;
        for (const ReturnReasonTally &t : f->topReasons)
            reasons << QStringLiteral("%1/%2/%3").arg(t.category, returnReasonCode(t.reason)).arg(t.items);
        QCOMPARE(reasons, QStringList({QStringLiteral("apparel/wrong_size/2"), QStringLiteral("apparel/wrong_colour/1"),
                                       QStringLiteral("apparel/changed_mind/1"), QStringLiteral("footwear/wrong_size/2"),
                                       QStringLiteral("home/damaged/1")}));
    }

    void emptyRangesHaveNoData()
    {
        QString error;
        const auto august = ReturnFigures::compute(*m_db, QDate(2026, 8, 1), QDate(2026, 8, 31), &error);
        QVERIFY2(august, qPrintable(error));
        QCOMPARE(august->orders, 0);
        QVERIFY(!august->returnRate());
        QVERIFY(!august->share(ReturnResolution::Refund));
        QVERIFY(!ReturnFigures::compute(*m_db, QDate(2026, 6, 2), QDate(2026, 6, 1), &error));
        QCOMPARE(error, QStringLiteral("the range 2026-06-02 to 2026-06-01 is empty"));
    }

    void theShareThePolicyDecided()
    {
        // Who decided each return: RMA-1 maria, RMA-3 and RMA-4 the policy, RMA-5 omar (a
        // rejection), RMA-6 the policy (July); RMA-2 is still requested.
        QSqlQuery q(m_db->connection());
        for (const auto &[rma, who] : {std::pair{"RMA-1", "maria"}, {"RMA-3", "policy"}, {"RMA-4", "policy"},
                                       {"RMA-5", "omar"}, {"RMA-6", "policy"}})
            QVERIFY(q.exec(QStringLiteral("UPDATE returns SET decided_by = '%1' WHERE rma = '%2'")
                               .arg(QLatin1String(who), QLatin1String(rma))));
        QString error;
        const auto june = ReturnFigures::compute(*m_db, QDate(2026, 6, 1), QDate(2026, 6, 30), &error);
        QVERIFY2(june, qPrintable(error));
        QCOMPARE(june->decidedReturns, 4); // RMA-1, 3, 4, 5
        QCOMPARE(june->policyDecidedReturns, 2);
        QCOMPARE(*june->policyDecidedShare(), 0.5);
        const auto july = ReturnFigures::compute(*m_db, QDate(2026, 7, 1), QDate(2026, 7, 31), &error);
        QVERIFY2(july, qPrintable(error));
        QCOMPARE(*july->policyDecidedShare(), 1.0);
        // Cut by the outbound shipment: RMA-5's order is not in the store, so it falls outside.
        const auto ups = ReturnFigures::compute(*m_db, QDate(2026, 6, 1), QDate(2026, 6, 30), &error,
                                                ReturnScope{QStringLiteral("s.carrier = ?"), {QStringLiteral("ups")}});
        QVERIFY2(ups, qPrintable(error));
        QCOMPARE(ups->decidedReturns, 3);
        QCOMPARE(*ups->policyDecidedShare(), 2.0 / 3.0);
        const auto august = ReturnFigures::compute(*m_db, QDate(2026, 8, 1), QDate(2026, 8, 31), &error);
        QVERIFY2(august, qPrintable(error));
        QVERIFY(!august->policyDecidedShare()); // nothing decided: no data, not 0 %
        QVERIFY(q.exec(QStringLiteral("UPDATE returns SET decided_by = ''")));
    }
};

QTEST_GUILESS_MAIN(TestReturnFigures)

#include "tst_returnfigures.moc"
