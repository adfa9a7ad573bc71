// SPDX-License-Identifier: MIT
// The return policy engine: each rule at its boundary and in interplay, the verdict's rule
// and figures, the recommendation; the policy's JSON form and its located errors; the
// return lifecycle. Every expectation is worked out by hand from the policy in the row.
#include "returns/returnlifecycle.h"
#include "returns/returnpolicyengine.h"

#include "support/testclock.h"

#include <QTest>

using namespace ct;

Q_DECLARE_METATYPE(ct::ReturnPolicy)
Q_DECLARE_METATYPE(ct::ReturnCase)
Q_DECLARE_METATYPE(ct::ReturnEligibility)
Q_DECLARE_METATYPE(ct::ReturnResolution)
Q_DECLARE_METATYPE(ct::ReturnStatus)

namespace {

constexpr qint64 Day = 86'400'000;
constexpr qint64 Hour = 3'600'000;

// The request is always made at the suite's fixed instant.
QDateTime requestedAt()
{
    return test::fixedNow();
}

QDateTime before(qint64 ms)
{
    return requestedAt().addMSecs(-ms);
}

ReturnItem item(const char *name, const char *category, qint64 cents, int quantity = 1)
{
    ReturnItem i;
    i.sku = QString::fromLatin1(name).toUpper().replace(QLatin1Char(' '), QLatin1Char('-'));
    i.name = QString::fromLatin1(name);
    i.category = QString::fromLatin1(category);
    i.unitPriceCents = cents;
    i.quantity = quantity;
    i.variant = QStringLiteral("Black / 42");
    return i;
}

// A delivered order of one $80 pair of shoes, returned for the wrong size 10 days after delivery.
ReturnCase basic()
{
    ReturnCase c;
    c.returnId = 1;
    c.request.rma = QStringLiteral("RMA-2026-000001");
    c.request.orderId = QStringLiteral("#1001");
    c.request.reason = ReturnReason::WrongSize;
    c.request.currency = QStringLiteral("USD");
    c.request.requestedAt = requestedAt();
    c.request.items = {item("Trail Runner", "footwear", 8000)};
    c.orderedAt = before(14 * Day);
    c.fulfilledAt = before(13 * Day);
    c.deliveredAt = before(10 * Day);
    c.customerEmail = QStringLiteral("jo@example.com");
    c.customerOrders = 1;
    return c;
}

// One standard window of 30 days from delivery with 3 days' grace, automatic approval
// under USD 150, review from USD 500, serial returners at 5 returns or 50 % of 4+ orders.
ReturnPolicy policy()
{
    ReturnPolicy p;
    p.windows = {ReturnWindowRule{{QStringLiteral("*")}, 30, WindowStart::Delivery}};
    p.graceDays = 3;
    p.autoApproveBelowCents = {{QStringLiteral("USD"), 15000}};
    p.reviewFromCents = {{QStringLiteral("USD"), 50000}};
    p.serialReturner = SerialReturnerRule{5, 50, 4, 90};
    p.exchangeFirst = ExchangeFirstRule{{ReturnReason::WrongSize, ReturnReason::WrongColour}, 10};
    return p;
}

} // namespace

class TestReturnPolicy : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data()
    {
        QTest::addColumn<ReturnPolicy>("policy");
        QTest::addColumn<ReturnCase>("returnCase");
        QTest::addColumn<ReturnEligibility>("eligibility");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("autoApprove");
        QTest::addColumn<qint64>("eligibleValue");

        using E = ReturnEligibility;
        const ReturnPolicy p = policy();
        ReturnCase c = basic();
        QTest::newRow("inside the window, cheap: automatic")
            << p << c << E::Eligible << "auto_approve" << "eligible; worth USD 80.00 (automatic below USD 150.00)" << true
            << qint64(8000);

        // The window: 30 days + 3 grace, whole days since delivery.
        for (const auto &[name, ago, eligibility, rule, detail] :
             {std::tuple{"day 30", 30 * Day, E::Eligible, "auto_approve", ""},
              std::tuple{"day 33: grace", 33 * Day, E::Eligible, "auto_approve", ""},
              std::tuple{"a minute before day 34", 34 * Day - 60'000, E::Eligible, "auto_approve", ""},
              std::tuple{"day 34: out", 34 * Day, E::Ineligible, "window",
                         "delivered 34 days ago; standard window 30 days + 3 grace"}}) {
            c = basic();
            c.deliveredAt = before(ago);
            QTest::newRow(name) << p << c << eligibility << rule
                                << (QString::fromLatin1(detail).isEmpty()
                                        ? QStringLiteral("eligible; worth USD 80.00 (automatic below USD 150.00)")
                                        : QString::fromLatin1(detail))
                                << (eligibility == E::Eligible) << qint64(eligibility == E::Eligible ? 8000 : 0);
        }

        // The longest window that applies wins: 30 days from delivery for footwear has
        // closed (delivered 40 days ago), 60 days from the order (50 days ago) has not.
        ReturnPolicy longest = p;
        longest.windows = {ReturnWindowRule{{QStringLiteral("footwear")}, 30, WindowStart::Delivery},
                           ReturnWindowRule{{QStringLiteral("*")}, 60, WindowStart::Order}};
        c = basic();
        c.orderedAt = before(50 * Day);
        c.fulfilledAt = before(45 * Day);
        c.deliveredAt = before(40 * Day);
        QTest::newRow("longest window wins") << longest << c << E::Eligible << "auto_approve"
                                             << "eligible; worth USD 80.00 (automatic below USD 150.00)" << true << qint64(8000);
        c.orderedAt = before(64 * Day);
        QTest::newRow("both windows closed: the later one named")
            << longest << c << E::Ineligible << "window" << "ordered 64 days ago; standard window 60 days + 3 grace" << false
            << qint64(0);
        c = basic();
        c.deliveredAt = {};
        QTest::newRow("not delivered yet: the window has not begun")
            << p << c << E::Eligible << "auto_approve" << "eligible; worth USD 80.00 (automatic below USD 150.00)" << true
            << qint64(8000);
        ReturnPolicy fromOrder = p;
        fromOrder.windows = {ReturnWindowRule{{QStringLiteral("*")}, 30, WindowStart::Order}};
        c = basic();
        c.orderedAt = {};
        QTest::newRow("order date unknown") << fromOrder << c << E::NeedsReview << "no_window"
                                            << "the order date of Trail Runner is unknown, and its window counts from it"
                                            << false << qint64(8000);
        ReturnPolicy apparelOnly = p;
        apparelOnly.windows = {ReturnWindowRule{{QStringLiteral("apparel")}, 30, WindowStart::Delivery}};
        QTest::newRow("no window for the category")
            << apparelOnly << basic() << E::NeedsReview << "no_window"
            << "no return window covers Trail Runner (category footwear)" << false << qint64(8000);

        // Final sale and non-returnable.
        c = basic();
        c.request.items[0].finalSale = true;
        QTest::newRow("sold as final sale") << p << c << E::Ineligible << "final_sale" << "Trail Runner was sold as final sale"
                                            << false << qint64(0);
        ReturnPolicy categories = p;
        categories.finalSaleCategories = {QStringLiteral("clearance")};
        categories.nonReturnableCategories = {QStringLiteral("footwear")};
        QTest::newRow("non-returnable category") << categories << basic() << E::Ineligible << "non_returnable"
                                                 << "Trail Runner cannot be returned (category footwear)" << false << qint64(0);
        c = basic();
        c.request.items[0].category = QStringLiteral("clearance");
        QTest::newRow("final-sale category") << categories << c << E::Ineligible << "final_sale"
                                             << "Trail Runner is final sale (category clearance)" << false << qint64(0);

        // Conditions: the strictest rule covering the category.
        ReturnPolicy conditions = p;
        conditions.conditions = {
            ConditionRule{{QStringLiteral("footwear")}, ConditionEffect::Refuse, ConditionEffect::Allow, ConditionEffect::Review},
            ConditionRule{{QStringLiteral("*")}, ConditionEffect::Review, ConditionEffect::Allow, ConditionEffect::Allow},
        };
        c = basic();
        c.request.items[0].worn = true;
        QTest::newRow("worn shoes refused") << conditions << c << E::Ineligible << "condition"
                                            << "Trail Runner was returned worn (footwear: not accepted)" << false << qint64(0);
        c = basic();
        c.request.items[0].tagsRemoved = true;
        QTest::newRow("tags removed: review") << conditions << c << E::NeedsReview << "condition"
                                              << "Trail Runner was returned with its tags removed (footwear: an agent decides)"
                                              << false << qint64(8000);
        c = basic();
        c.request.items[0].opened = true;
        QTest::newRow("opened box of shoes: allowed") << conditions << c << E::Eligible << "auto_approve"
                                                      << "eligible; worth USD 80.00 (automatic below USD 150.00)" << true
                                                      << qint64(8000);

        // One return per item.
        c = basic();
        c.alreadyReturned.insert(QStringLiteral("TRAIL-RUNNER"), QStringLiteral("RMA-2026-000000"));
        QTest::newRow("already returned") << p << c << E::Ineligible << "already_returned"
                                          << "Trail Runner is already in return RMA-2026-000000" << false << qint64(0);
        ReturnPolicy repeat = p;
        repeat.oneReturnPerItem = false;
        QTest::newRow("already returned, rule off") << repeat << c << E::Eligible << "auto_approve"
                                                    << "eligible; worth USD 80.00 (automatic below USD 150.00)" << true
                                                    << qint64(8000);

        // Several items.
        c = basic();
        c.request.items << item("Wool Socks", "apparel", 1500, 2);
        c.request.items[1].finalSale = true;
        QTest::newRow("one of two refused: review") << p << c << E::NeedsReview << "partial" << "1 of 2 items can be returned"
                                                    << false << qint64(8000);
        c.request.items[0].finalSale = true;
        QTest::newRow("both refused") << p << c << E::Ineligible << "final_sale"
                                      << "no item can be returned; first: Trail Runner was sold as final sale" << false
                                      << qint64(0);

        // The customer.
        ReturnPolicy lists = p;
        lists.blocklist = {QStringLiteral("jo@example.com")};
        QTest::newRow("blocklisted") << lists << basic() << E::Ineligible << "blocklist"
                                     << "jo@example.com is on the returns blocklist" << false << qint64(8000);
        lists.blocklist.clear();
        lists.allowlist = {QStringLiteral("jo@example.com")};
        c = basic();
        c.request.items[0].unitPriceCents = 90000;
        c.customerReturns = 9;
        QTest::newRow("allowlisted: no review by value or history")
            << lists << c << E::Eligible << "auto_approve" << "eligible; jo@example.com is on the allowlist" << true
            << qint64(90000);
        c = basic();
        c.orderKnown = false;
        QTest::newRow("unknown order") << p << c << E::NeedsReview << "unknown_order" << "order #1001 is not in the store"
                                       << false << qint64(8000);

        // Serial returners: 5 returns in 90 days, this one included; or 50 % of 4+ orders.
        c = basic();
        c.customerReturns = 4;
        QTest::newRow("fifth return: review") << p << c << E::NeedsReview << "serial_returner"
                                              << "5 returns in 90 days, this one included (review from 5)" << false
                                              << qint64(8000);
        c.customerReturns = 3;
        QTest::newRow("fourth return: fine") << p << c << E::Eligible << "auto_approve"
                                             << "eligible; worth USD 80.00 (automatic below USD 150.00)" << true << qint64(8000);
        c = basic();
        c.customerOrders = 4;
        c.customerReturnedOrders = 1;
        QTest::newRow("2 of 4 orders returned: review") << p << c << E::NeedsReview << "serial_returner"
                                                        << "2 of 4 orders in 90 days returned, this one included (review from 50 %)"
                                                        << false << qint64(8000);
        c.customerOrders = 5;
        QTest::newRow("2 of 5 orders returned: fine") << p << c << E::Eligible << "auto_approve"
                                                      << "eligible; worth USD 80.00 (automatic below USD 150.00)" << true
                                                      << qint64(8000);
        c.customerOrders = 3;
        c.customerReturnedOrders = 2;
        QTest::newRow("3 of 3 orders, under the minimum of 4") << p << c << E::Eligible << "auto_approve"
                                                               << "eligible; worth USD 80.00 (automatic below USD 150.00)"
                                                               << true << qint64(8000);

        // Value: automatic below USD 150, review from USD 500.
        for (const auto &[name, cents, eligibility, rule, detail, automatic] :
             {std::tuple{"USD 149.99: automatic", 14999, E::Eligible, "auto_approve",
                         "eligible; worth USD 149.99 (automatic below USD 150.00)", true},
              std::tuple{"USD 150.00: an agent approves", 15000, E::Eligible, "manual_approval",
                         "eligible; worth USD 150.00 (automatic below USD 150.00): an agent approves", false},
              std::tuple{"USD 499.99: an agent approves", 49999, E::Eligible, "manual_approval",
                         "eligible; worth USD 499.99 (automatic below USD 150.00): an agent approves", false},
              std::tuple{"USD 500.00: review", 50000, E::NeedsReview, "review_value",
                         "worth USD 500.00 (review from USD 500.00)", false}}) {
            c = basic();
            c.request.items[0].unitPriceCents = cents;
            QTest::newRow(name) << p << c << eligibility << rule << detail << automatic << qint64(cents);
        }
        c = basic();
        c.request.currency = QStringLiteral("JPY");
        QTest::newRow("no thresholds for the currency") << p << c << E::Eligible << "manual_approval"
                                                        << "eligible; no automatic approval in JPY" << false << qint64(8000);
        c = basic();
        c.request.items[0].quantity = 7; // 7 x 80 = 560
        QTest::newRow("value counts the quantity") << p << c << E::NeedsReview << "review_value"
                                                   << "worth USD 560.00 (review from USD 500.00)" << false << qint64(56000);
    }

    void verdicts()
    {
        QFETCH(ReturnPolicy, policy);
        QFETCH(ReturnCase, returnCase);
        QFETCH(ReturnEligibility, eligibility);
        QFETCH(QString, rule);
        QFETCH(QString, detail);
        QFETCH(bool, autoApprove);
        QFETCH(qint64, eligibleValue);
        const ReturnVerdict v = ReturnPolicyEngine(policy).evaluate(returnCase);
        QCOMPARE(v.rule, rule);
        QCOMPARE(v.detail, detail);
        QCOMPARE(v.eligibility, eligibility);
        QCOMPARE(v.autoApprove, autoApprove);
        QCOMPARE(v.eligibleValueCents, eligibleValue);
        QCOMPARE(v.items.size(), returnCase.request.items.size());
        // The deciding finding is in the trace.
        QVERIFY(std::any_of(v.trace.begin(), v.trace.end(), [&](const ReturnRuleResult &r) { return r.rule == rule; }));
    }

    // The window at each date it may count from: 30 days + 3 grace, whole days since the
    // start; the last day of the window, the first of the grace, the last millisecond of
    // the grace and the first one out. The other two dates are set so that counting from
    // the wrong one would change the verdict.
    void windowAtEachStart_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<qint64>("ago"); // the start, before the request
        QTest::addColumn<ReturnEligibility>("eligibility");
        QTest::addColumn<QString>("detail"); // the window rule's line of the trace
        using E = ReturnEligibility;
        const struct
        {
            WindowStart from;
            const char *name, *noun;
        } starts[] = {{WindowStart::Order, "order", "ordered"},
                      {WindowStart::Fulfilment, "fulfilment", "shipped"},
                      {WindowStart::Delivery, "delivery", "delivered"}};
        const QString inGrace = QStringLiteral(": inside the grace period");
        for (const auto &s : starts) {
            const QString figures = QStringLiteral("%1 %2 days ago; standard window 30 days + 3 grace").arg(QLatin1String(s.noun));
            const int from = static_cast<int>(s.from);
            QTest::addRow("%s, day 30", s.name) << from << 30 * Day << E::Eligible << figures.arg(30);
            QTest::addRow("%s, day 31 - 1 ms", s.name) << from << 31 * Day - 1 << E::Eligible << figures.arg(30);
            QTest::addRow("%s, day 31: grace", s.name) << from << 31 * Day << E::Eligible << figures.arg(31) + inGrace;
            QTest::addRow("%s, day 33: grace", s.name) << from << 33 * Day << E::Eligible << figures.arg(33) + inGrace;
            QTest::addRow("%s, day 34 - 1 ms: grace", s.name) << from << 34 * Day - 1 << E::Eligible << figures.arg(33) + inGrace;
            QTest::addRow("%s, day 34: out", s.name) << from << 34 * Day << E::Ineligible << figures.arg(34);
        }
    }

    void windowAtEachStart()
    {
        QFETCH(int, from);
        QFETCH(qint64, ago);
        QFETCH(ReturnEligibility, eligibility);
        QFETCH(QString, detail);
        ReturnPolicy p = policy();
        p.windows = {ReturnWindowRule{{QStringLiteral("*")}, 30, static_cast<WindowStart>(from)}};
        ReturnCase c = basic();
        switch (static_cast<WindowStart>(from)) {
        case WindowStart::Order: // shipped and delivered recently
            c.orderedAt = before(ago);
            c.fulfilledAt = before(2 * Day);
            c.deliveredAt = before(Day);
            break;
        case WindowStart::Fulfilment: // ordered long before, delivered recently
            c.orderedAt = before(ago + 40 * Day);
            c.fulfilledAt = before(ago);
            c.deliveredAt = before(Day);
            break;
        case WindowStart::Delivery: // ordered and shipped long before
            c.orderedAt = before(ago + 41 * Day);
            c.fulfilledAt = before(ago + 40 * Day);
            c.deliveredAt = before(ago);
            break;
        }
        const ReturnVerdict v = ReturnPolicyEngine(p).evaluate(c);
        QCOMPARE(v.eligibility, eligibility);
        const auto window = std::find_if(v.trace.begin(), v.trace.end(), [](const ReturnRuleResult &r) {
            return r.rule == QLatin1String("window");
        });
        QVERIFY(window != v.trace.end());
        QCOMPARE(window->detail, detail);
        QCOMPARE(window->effect, eligibility);
    }

    void traceNamesEveryRuleThatFound()
    {
        ReturnCase c = basic();
        c.deliveredAt = before(32 * Day);
        c.request.items[0].unitPriceCents = 60000;
        c.customerReturns = 4;
        const ReturnVerdict v = ReturnPolicyEngine(policy()).evaluate(c);
        QStringList rules;
        for (const ReturnRuleResult &r : v.trace)
            rules << r.rule + QLatin1Char(':') + returnEligibilityCode(r.effect);
        QCOMPARE(rules, QStringList({QStringLiteral("window:eligible"), QStringLiteral("serial_returner:needs_review"),
                                     QStringLiteral("review_value:needs_review")}));
        QCOMPARE(v.trace.at(0).detail, QStringLiteral("delivered 32 days ago; standard window 30 days + 3 grace: "
                                                      "inside the grace period"));
        QCOMPARE(v.trace.at(0).item, 0);
        QCOMPARE(v.rule, QStringLiteral("serial_returner")); // the first review reason decides
    }

    void recommendations_data()
    {
        QTest::addColumn<ReturnCase>("returnCase");
        QTest::addColumn<ReturnResolution>("resolution");
        QTest::addColumn<int>("bonus");
        QTest::addColumn<QString>("text");
        ReturnCase c = basic();
        QTest::newRow("wrong size: exchange first")
            << c << ReturnResolution::Exchange << 10
            << "Exchange for another variant of Trail Runner (not Black / 42), or store credit with a 10 % bonus, before a refund";
        c.request.reason = ReturnReason::WrongColour;
        c.request.items[0].variant.clear();
        QTest::newRow("wrong colour, no variant known")
            << c << ReturnResolution::Exchange << 10
            << "Exchange for another variant of Trail Runner, or store credit with a 10 % bonus, before a refund";
        c = basic();
        c.request.reason = ReturnReason::Defective;
        QTest::newRow("defective: refund") << c << ReturnResolution::Refund << 0 << "Refund USD 80.00";
        c.request.items << item("Wool Socks", "apparel", 1500, 2);
        c.request.items[1].finalSale = true;
        QTest::newRow("partial: refund the eligible") << c << ReturnResolution::Refund << 0
                                                      << "Refund the eligible items (USD 80.00)";
        c = basic();
        c.request.items[0].finalSale = true;
        QTest::newRow("refused: reject") << c << ReturnResolution::Rejected << 0
                                         << "Reject: Trail Runner was sold as final sale";
    }

    void recommendations()
    {
        QFETCH(ReturnCase, returnCase);
        QFETCH(ReturnResolution, resolution);
        QFETCH(int, bonus);
        QFETCH(QString, text);
        const ReturnVerdict v = ReturnPolicyEngine(policy()).evaluate(returnCase);
        QCOMPARE(v.recommended, resolution);
        QCOMPARE(v.storeCreditBonusPercent, bonus);
        QCOMPARE(v.recommendation, text);
    }

    void verdictCarriesTheAllowedNextStates()
    {
        ReturnCase c = basic();
        c.request.status = ReturnStatus::Received;
        const ReturnVerdict v = ReturnPolicyEngine(policy()).evaluate(c);
        QCOMPARE(v.allowedNext, QList<ReturnStatus>({ReturnStatus::Inspected, ReturnStatus::Refunded, ReturnStatus::Exchanged,
                                                     ReturnStatus::Credited, ReturnStatus::Rejected}));
    }

    void lifecycle_data()
    {
        QTest::addColumn<ReturnStatus>("from");
        QTest::addColumn<ReturnStatus>("to");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        using S = ReturnStatus;
        QTest::newRow("requested -> approved") << S::Requested << S::Approved << "";
        QTest::newRow("requested -> rejected") << S::Requested << S::Rejected << "";
        QTest::newRow("requested -> refunded")
            << S::Requested << S::Refunded << "a return that is requested can become approved or rejected, not refunded";
        QTest::newRow("approved -> label issued") << S::Approved << S::LabelIssued << "";
        QTest::newRow("approved -> exchanged (instant exchange)") << S::Approved << S::Exchanged << "";
        QTest::newRow("approved -> refunded")
            << S::Approved << S::Refunded
            << "a return that is approved can become label issued, exchanged, store credit issued or rejected, not refunded";
        QTest::newRow("label issued -> closed (expired)") << S::LabelIssued << S::Closed << "";
        QTest::newRow("label issued -> received")
            << S::LabelIssued << S::Received << "a return that is label issued can become in transit or closed, not received";
        QTest::newRow("in transit -> refunded (first scan)") << S::InTransit << S::Refunded << "";
        QTest::newRow("in transit -> rejected")
            << S::InTransit << S::Rejected
            << "a return that is in transit can become received, refunded, exchanged or store credit issued, not rejected";
        QTest::newRow("received -> inspected") << S::Received << S::Inspected << "";
        QTest::newRow("inspected -> credited") << S::Inspected << S::Credited << "";
        QTest::newRow("refunded -> closed") << S::Refunded << S::Closed << "";
        QTest::newRow("refunded -> exchanged") << S::Refunded << S::Exchanged
                                               << "a return that is refunded can become closed, not exchanged";
        QTest::newRow("closed is final") << S::Closed << S::Approved
                                         << "a return that is closed is final: it cannot become approved";
    }

    void lifecycle()
    {
        QFETCH(ReturnStatus, from);
        QFETCH(ReturnStatus, to);
        QFETCH(QString, refusal);
        QCOMPARE(ReturnLifecycle::allows(from, to), refusal.isEmpty());
        QCOMPARE(ReturnLifecycle::refusal(from, to), refusal);
    }

    void everyStatusButClosedHasAWayOn()
    {
        for (int i = 0; i < ReturnStatusCount; ++i) {
            const auto s = static_cast<ReturnStatus>(i);
            QCOMPARE(ReturnLifecycle::isFinal(s), s == ReturnStatus::Closed);
            QVERIFY(!ReturnLifecycle::allows(s, s)); // never a move to the same state
        }
    }

    void jsonRoundTrip()
    {
        const ReturnPolicy defaults = ReturnPolicy::defaults();
        QString error;
        const auto back = ReturnPolicy::fromJson(defaults.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), defaults.toJson());
        QCOMPARE(back->windows.size(), 2);
        QCOMPARE(back->windows.at(1).days, 45);
        QCOMPARE(back->autoApproveBelowCents.value(QStringLiteral("INR")), qint64(1000000));

        // A small hand-written policy: what is not given keeps its default.
        const auto small = ReturnPolicy::fromJson(R"({"version": 7, "windows": [{"categories": ["*"], "days": 14, "from": "order"}],
            "blocklist": [" Fraud@Example.com "], "exchange_first": {"reasons": ["wrong_size"]}})", &error);
        QVERIFY2(small, qPrintable(error));
        QCOMPARE(small->version, 7);
        QCOMPARE(small->windows.size(), 1);
        QCOMPARE(small->windows.at(0).from, WindowStart::Order);
        QCOMPARE(small->graceDays, 3);
        QCOMPARE(small->blocklist, QStringList{QStringLiteral("fraud@example.com")});
        QCOMPARE(small->exchangeFirst.reasons, QList<ReturnReason>{ReturnReason::WrongSize});
        QCOMPARE(small->exchangeFirst.storeCreditBonusPercent, 10);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1,\n \"windows\": [}") << "not JSON at line 2, column 15: object is missing after a comma";
        QTest::newRow("not an object") << QByteArray("[1]") << "the policy: must be an object, not array";
        QTest::newRow("no version") << QByteArray("{}") << "version: is required (the policy's version number)";
        QTest::newRow("unknown setting") << QByteArray(R"({"version": 1, "windwos": []})")
                                         << "windwos: is not a setting of a return policy";
        QTest::newRow("bad days") << QByteArray(R"({"version": 1, "windows": [{"categories": ["*"], "days": 30},
            {"categories": ["shoes"], "days": 0}]})") << "windows[1].days: must be a whole number from 1 to 3650";
        QTest::newRow("fractional days") << QByteArray(R"({"version": 1, "windows": [{"categories": ["*"], "days": 7.5}]})")
                                         << "windows[0].days: must be a whole number from 1 to 3650";
        QTest::newRow("window without categories") << QByteArray(R"({"version": 1, "windows": [{"days": 30}]})")
                                                   << "windows[0].categories: is required (a list of categories, or [\"*\"] for all)";
        QTest::newRow("no windows") << QByteArray(R"({"version": 1, "windows": []})") << "windows: must hold at least one window";
        QTest::newRow("bad start") << QByteArray(R"({"version": 1, "windows": [{"categories": ["*"], "days": 30, "from": "shipping"}]})")
                                   << "windows[0].from: must be one of \"order\", \"fulfilment\", \"delivery\"";
        QTest::newRow("bad effect") << QByteArray(R"({"version": 1, "conditions": [{"categories": ["*"], "worn": "maybe"}]})")
                                    << "conditions[0].worn: must be one of \"allow\", \"review\", \"refuse\"";
        QTest::newRow("lower-case currency") << QByteArray(R"({"version": 1, "review_from_cents": {"usd": 100}})")
                                             << "review_from_cents.usd: \"usd\" is not an ISO 4217 currency code such as \"USD\"";
        QTest::newRow("negative amount") << QByteArray(R"({"version": 1, "auto_approve_below_cents": {"USD": -1}})")
                                         << "auto_approve_below_cents.USD: must be a whole number of minor units (cents) from 0 to "
                                            "1000000000000";
        QTest::newRow("share over 100") << QByteArray(R"({"version": 1, "serial_returner": {"share_percent": 101}})")
                                        << "serial_returner.share_percent: must be a whole number from 0 to 100";
        QTest::newRow("unknown reason") << QByteArray(R"({"version": 1, "exchange_first": {"reasons": ["fit"]}})")
                                        << "exchange_first.reasons[0]: is not a return reason (wrong_size, wrong_colour, damaged, "
                                           "not_as_described, changed_mind, late_delivery, wrong_item, defective, "
                                           "better_price_elsewhere)";
        QTest::newRow("both lists") << QByteArray(R"({"version": 1, "blocklist": ["a@b.c"], "allowlist": ["A@B.C"]})")
                                    << "allowlist: a@b.c is on both the blocklist and the allowlist";
        QTest::newRow("empty e-mail") << QByteArray(R"({"version": 1, "blocklist": [" "]})")
                                      << "blocklist[0]: must be a non-empty string (e-mail addresses)";
        QTest::newRow("two errors, both named")
            << QByteArray(R"({"version": 0, "grace_days": 99})")
            << "version: must be a whole number from 1 to 1000000\ngrace_days: must be a whole number from 0 to 60";
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!ReturnPolicy::fromJson(json, &message));
        QCOMPARE(message, error);
    }
};

QTEST_GUILESS_MAIN(TestReturnPolicy)

#include "tst_returnpolicy.moc"
