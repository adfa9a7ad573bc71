// SPDX-License-Identifier: MIT
// The return decisions of the edit catalog as EditApplier applies them, on a real store:
// every op from every status, legal moves change the row, illegal ones are refused with
// the lifecycle's message (the current state and the allowed ones) and change nothing.
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "returns/returndecision.h"
#include "json/jsonvalue.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/testclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ct;

namespace {

ReturnRecord oneReturn()
{
    ReturnRecord r;
    r.rma = QStringLiteral("RMA-1");
    r.orderId = QStringLiteral("#1");
    r.reason = ReturnReason::WrongSize;
    ReturnItem item;
    item.sku = QStringLiteral("SHOE-42");
    item.name = QStringLiteral("Shoe");
    item.category = QStringLiteral("footwear");
    item.unitPriceCents = 5000;
    item.quantity = 1;
    r.items << item;
    r.amountCents = 5000;
    r.currency = QStringLiteral("USD");
    r.requestedAt = test::fixedNow().addDays(-2);
    r.updatedAt = r.requestedAt;
    return r;
}

} // namespace

class TestReturnEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_id = 0;

    void setStatus(ReturnStatus status)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE returns SET status = %1, resolution = 0, resolution_amount_cents = 0, "
                                      "inspection_grade = '', decision_note = '' WHERE id = %2")
                           .arg(static_cast<int>(status)).arg(m_id)));
    }

    QVariantList row()
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT status, resolution, resolution_amount_cents, inspection_grade, decision_note "
                                   "FROM returns WHERE id = %1").arg(m_id)) || !q.next())
            return {};
        return {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("edits.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(ShipmentIngestor(*m_db).ingestReturns({oneReturn()}, test::fixedNowMs(), &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM returns")) && q.next());
        m_id = q.value(0).toLongLong();
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QByteArray>("params");
        QTest::addColumn<ReturnStatus>("from");
        QTest::addColumn<int>("status");     // after; -1: refused
        QTest::addColumn<QString>("refusal"); // the detail when refused
        using S = ReturnStatus;
        const auto ok = [](const char *name, const char *op, const char *params, S from, S to) {
            QTest::newRow(name) << QString::fromLatin1(op) << QByteArray(params) << from << static_cast<int>(to) << QString();
        };
        const auto no = [](const char *name, const char *op, const char *params, S from, const char *why) {
            QTest::newRow(name) << QString::fromLatin1(op) << QByteArray(params) << from << -1 << QString::fromUtf8(why);
        };
        ok("approve a requested return", "approve", "{}", S::Requested, S::Approved);
        no("approve an approved return", "approve", "{}", S::Approved,
           "a return that is approved can become label issued, exchanged, store credit issued or rejected, not approved");
        no("approve a closed return", "approve", "{}", S::Closed, "a return that is closed is final: it cannot become approved");
        ok("reject a requested return", "reject", R"({"reason":"worn"})", S::Requested, S::Rejected);
        ok("reject after inspection", "reject", R"({"reason":"worn"})", S::Inspected, S::Rejected);
        no("reject in transit", "reject", R"({"reason":"worn"})", S::InTransit,
           "a return that is in transit can become received, refunded, exchanged or store credit issued, not rejected");
        ok("instant exchange after approval", "exchange", "{}", S::Approved, S::Exchanged);
        no("exchange a requested return", "exchange", "{}", S::Requested,
           "a return that is requested can become approved or rejected, not exchanged");
        no("exchange with a label issued", "exchange", "{}", S::LabelIssued,
           "a return that is label issued can become in transit or closed, not exchanged");
        ok("refund on first scan", "refund", R"({"amount_cents":5000})", S::InTransit, S::Refunded);
        ok("refund after inspection", "refund", R"({"amount_cents":2000})", S::Inspected, S::Refunded);
        no("refund right after approval", "refund", R"({"amount_cents":5000})", S::Approved,
           "a return that is approved can become label issued, exchanged, store credit issued or rejected, not refunded");
        no("refund twice", "refund", R"({"amount_cents":5000})", S::Refunded,
           "a return that is refunded can become closed, not refunded");
        ok("store credit after approval", "store_credit", R"({"amount_cents":5500})", S::Approved, S::Credited);
        no("store credit on a rejected return", "store_credit", R"({"amount_cents":5500})", S::Rejected,
           "a return that is rejected can become closed, not store credit issued");
        ok("inspect a received return", "inspect", R"({"grade":"good"})", S::Received, S::Inspected);
        ok("grade again after inspection", "inspect", R"({"grade":"damaged"})", S::Inspected, S::Inspected);
        ok("grade before the carrier reports it back", "inspect", R"({"grade":"good"})", S::InTransit, S::InTransit);
        no("inspect a requested return", "inspect", R"({"grade":"good"})", S::Requested,
           "a return that is requested cannot be inspected before it is approved; it can become approved or rejected");
        no("inspect a closed return", "inspect", R"({"grade":"good"})", S::Closed,
           "a return that is closed is final: it cannot be inspected");
    }

    void decisions()
    {
        QFETCH(QString, op);
        QFETCH(QByteArray, params);
        QFETCH(ReturnStatus, from);
        QFETCH(int, status);
        QFETCH(QString, refusal);
        setStatus(from);
        const QVariantList before = row();
        const EditOp *edit = EditCatalog::find(EntityKind::Return, op);
        QVERIFY(edit);
        EditApplier applier(*m_db);
        for (const auto mode : {EditApplier::Mode::Optimistic, EditApplier::Mode::Authoritative}) {
            setStatus(from);
            json::Parser parser;
            const EditOutcome outcome = applier.apply(EntityKind::Return, m_id, *edit, *parser.parse(params.constData(), params.size()),
                                                      QStringLiteral("ann"), test::fixedNowMs(), mode);
            if (status < 0) {
                QCOMPARE(outcome.status, EditOutcome::Status::InvalidTransition);
                QCOMPARE(outcome.detail, refusal);
                QCOMPARE(row(), before); // nothing written
            } else {
                QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
                QCOMPARE(row().value(0).toInt(), status);
            }
        }
    }

    // The desktop's precheck says what the applier says, for every decision and status.
    void precheckMatchesTheApplier()
    {
        EditApplier applier(*m_db);
        using K = ReturnDecision::Kind;
        const QByteArray params[] = {"{}", R"({"reason":"worn"})", "{}", R"({"amount_cents":100})", R"({"amount_cents":100})",
                                     R"({"grade":"good"})"};
        for (K kind : {K::Approve, K::Reject, K::Exchange, K::Refund, K::StoreCredit, K::Inspect}) {
            for (int s = 0; s < ReturnStatusCount; ++s) {
                setStatus(static_cast<ReturnStatus>(s));
                json::Parser parser;
                const QByteArray &body = params[static_cast<int>(kind)];
                const EditOutcome outcome = applier.apply(
                    EntityKind::Return, m_id, *EditCatalog::find(EntityKind::Return, QString::fromLatin1(ReturnDecision::op(kind))),
                    *parser.parse(body.constData(), body.size()), QStringLiteral("ann"), test::fixedNowMs(),
                    EditApplier::Mode::Optimistic);
                const QString refusal = ReturnDecision::refusal(kind, static_cast<ReturnStatus>(s));
                QVERIFY2(outcome.ok() == refusal.isEmpty(), ReturnDecision::op(kind));
                QCOMPARE(outcome.ok() ? QString() : outcome.detail, refusal);
            }
        }
    }

    void terms_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("bonus");
        QTest::addColumn<qint64>("credit");
        QTest::newRow("80.00 + 10 %") << qint64(8000) << 10 << qint64(8800);
        QTest::newRow("no bonus") << qint64(8000) << 0 << qint64(8000);
        QTest::newRow("0.05 + 10 %: 0.055 rounds up") << qint64(5) << 10 << qint64(6);
        QTest::newRow("0.04 + 10 %: 0.044 rounds down") << qint64(4) << 10 << qint64(4);
        QTest::newRow("19.99 + 15 %: 22.9885") << qint64(1999) << 15 << qint64(2299);
    }

    void terms()
    {
        QFETCH(qint64, value);
        QFETCH(int, bonus);
        QFETCH(qint64, credit);
        QCOMPARE(ReturnDecision::storeCreditCents(value, bonus), credit);
    }

    void dispositions()
    {
        using D = ReturnDisposition;
        QCOMPARE(ReturnDecision::disposition(u"as_new"), std::optional(D::Restock));
        QCOMPARE(ReturnDecision::disposition(u"A"), std::optional(D::Restock));
        QCOMPARE(ReturnDecision::disposition(u"good"), std::optional(D::Refurbish));
        QCOMPARE(ReturnDecision::disposition(u"C"), std::optional(D::Liquidate));
        QCOMPARE(ReturnDecision::disposition(u"unsellable"), std::optional(D::Dispose));
        QCOMPARE(ReturnDecision::disposition(u"E"), std::nullopt);
        QCOMPARE(ReturnDecision::dispositionCode(D::Liquidate), QStringLiteral("liquidate"));
        // Overriding the verdict: approving what it refused, rejecting what it allowed.
        using K = ReturnDecision::Kind;
        QVERIFY(ReturnDecision::overridesVerdict(K::Approve, ReturnEligibility::Ineligible));
        QVERIFY(!ReturnDecision::overridesVerdict(K::Approve, ReturnEligibility::NeedsReview));
        QVERIFY(ReturnDecision::overridesVerdict(K::Reject, ReturnEligibility::Eligible));
        QVERIFY(!ReturnDecision::overridesVerdict(K::Reject, ReturnEligibility::Ineligible));
        QVERIFY(ReturnDecision::overridesVerdict(K::Refund, ReturnEligibility::Ineligible));
        QVERIFY(!ReturnDecision::overridesVerdict(K::Approve, std::nullopt));
    }

    // What each decision writes beside the status.
    void decisionsRecordTheirTerms()
    {
        EditApplier applier(*m_db);
        const auto apply = [&](const char *op, const char *params) {
            json::Parser parser;
            return applier.apply(EntityKind::Return, m_id, *EditCatalog::find(EntityKind::Return, QString::fromLatin1(op)),
                                 *parser.parse(params, qsizetype(qstrlen(params))), QStringLiteral("ann"), test::fixedNowMs(),
                                 EditApplier::Mode::Authoritative);
        };
        setStatus(ReturnStatus::Received);
        QVERIFY(apply("refund", R"({"amount_cents":2000})").ok());
        QCOMPARE(row(), QVariantList({7, 1, qint64(2000), QString(), QString()}));
        setStatus(ReturnStatus::Received);
        const EditOutcome tooMuch = apply("refund", R"({"amount_cents":5001})");
        QCOMPARE(tooMuch.status, EditOutcome::Status::InvalidParams);
        QCOMPARE(tooMuch.errors.value(0).field, QStringLiteral("amount_cents"));
        QCOMPARE(row().value(0).toInt(), 5);
        QVERIFY(apply("inspect", R"({"grade":"unsellable"})").ok());
        QCOMPARE(row(), QVariantList({6, 0, qint64(0), QStringLiteral("D"), QString()}));
        setStatus(ReturnStatus::Requested);
        QVERIFY(apply("reject", R"({"reason":"  outside the window  "})").ok());
        QCOMPARE(row(), QVariantList({2, 4, qint64(0), QString(), QStringLiteral("outside the window")}));
        setStatus(ReturnStatus::Approved);
        QVERIFY(apply("exchange", R"({"note":"size 43"})").ok());
        QCOMPARE(row(), QVariantList({8, 2, qint64(0), QString(), QStringLiteral("size 43")}));
        // An approval that overrides the policy keeps the agent's reason.
        setStatus(ReturnStatus::Requested);
        QVERIFY(apply("approve", R"({"note":"Policy override: loyal customer"})").ok());
        QCOMPARE(row(), QVariantList({1, 0, qint64(0), QString(), QStringLiteral("Policy override: loyal customer")}));
        setStatus(ReturnStatus::Approved);
        QVERIFY(apply("store_credit", R"({"amount_cents":5500,"note":"with the 10 % bonus"})").ok());
        QCOMPARE(row(), QVariantList({9, 3, qint64(5500), QString(), QStringLiteral("with the 10 % bonus")}));
    }
};

QTEST_GUILESS_MAIN(TestReturnEdits)
#include "tst_returnedits.moc"
