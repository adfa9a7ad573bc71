// SPDX-License-Identifier: MIT
// Importing returns the store already holds (ShipmentIngestor::ingestReturns with
// ReturnFeedMerge; docs/RETURNS.md, "Importing returns again"), on a real store: the same
// file again, or a newer record of a return, never undoes a decision made in the store (an
// agent's or the policy's); the feed moves the status forward only, and after the store's
// decision only along the parcel's way back (label issued, in transit, received); a record
// that changes nothing moves no version; the request follows the feed, an empty value never
// erases a known one. Hand-worked store: order #1, parcel 1Z1 delivered on 1 June 2026,
// return RMA-1 of one 50.00 USD mug requested on 5 June (the default policy approves it
// automatically: below 150.00 USD).
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "json/parser.h"
#include "returns/returnautoapproval.h"
#include "returns/returnfeedmerge.h"
#include "returns/returnlifecycle.h"
#include "returns/returnpolicy.h"
#include "returns/returnverdictstore.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/demostore.h"
#include "support/returntestdata.h"
#include "support/testclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

Q_DECLARE_METATYPE(ct::ReturnStatus)
Q_DECLARE_METATYPE(ct::ReturnResolution)

namespace {

using test::item;
using test::utc;

constexpr qint64 Hour = 3'600'000;

// RMA-1 as the feed says it is at `status`, written `hoursLater` hours after the request.
// On the way back (label issued to inspected) it carries its return label; a decided one
// its resolution.
ReturnRecord feedRecord(ReturnStatus status = ReturnStatus::Requested, int hoursLater = 0)
{
    ReturnRecord r;
    r.rma = QStringLiteral("RMA-1");
    r.orderId = QStringLiteral("#1");
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QStringLiteral("1Z1");
    r.requestedAt = utc("2026-06-05T12:00:00");
    r.deliveredAt = utc("2026-06-01T15:00:00");
    r.reason = ReturnReason::ChangedMind;
    r.reasonNote = QStringLiteral("too small for soup");
    r.items << item("MUG", "home", 5000, 1);
    r.amountCents = 5000;
    r.currency = QStringLiteral("USD");
    r.status = status;
    using S = ReturnStatus;
    if (status == S::LabelIssued || status == S::InTransit || status == S::Received || status == S::Inspected) {
        r.reverseCarrier = QStringLiteral("ups");
        r.reverseTrackingNumber = QStringLiteral("1ZRET1");
    }
    switch (status) {
    case S::Rejected: r.resolution = ReturnResolution::Rejected; break;
    case S::Refunded:
        r.resolution = ReturnResolution::Refund;
        r.resolutionAmountCents = 5000;
        break;
    case S::Exchanged: r.resolution = ReturnResolution::Exchange; break;
    case S::Credited:
        r.resolution = ReturnResolution::StoreCredit;
        r.resolutionAmountCents = 5500;
        break;
    default: break;
    }
    r.updatedAt = r.requestedAt.addMSecs(hoursLater * Hour);
    return r;
}

struct StoredReturn
{
    ReturnStatus status = ReturnStatus::Requested;
    ReturnResolution resolution = ReturnResolution::None;
    qint64 resolutionAmountCents = 0;
    QString decidedBy;
    QString note;
    QString grade;
    QString reverseTrackingNumber;
    qint64 version = 0;
    qint64 updatedAtMs = 0;
    qint64 requestedAtMs = 0;
    qint64 amountCents = 0;
    QString reasonNote;
    std::optional<qint64> shipmentId;
};

} // namespace

class TestReturnIngest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Database> newStore(bool withShipment = true)
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("ingest-%1.db").arg(++m_stores)), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        if (withShipment && !ShipmentIngestor(*db).ingest({test::deliveredParcel(1)}, test::fixedNowMs(), nullptr, &error))
            qFatal("shipment: %s", qPrintable(error));
        return db;
    }

    static StoredReturn stored(const Database &db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT status, resolution, resolution_amount_cents, decided_by, decision_note, "
                                   "inspection_grade, reverse_tracking_number, version, updated_at_ms, requested_at_ms, "
                                   "amount_cents, reason_note, shipment_id FROM returns WHERE rma = 'RMA-1'"))
            || !q.next())
            return {};
        StoredReturn r;
        r.status = static_cast<ReturnStatus>(q.value(0).toInt());
        r.resolution = static_cast<ReturnResolution>(q.value(1).toInt());
        r.resolutionAmountCents = q.value(2).toLongLong();
        r.decidedBy = q.value(3).toString();
        r.note = q.value(4).toString();
        r.grade = q.value(5).toString();
        r.reverseTrackingNumber = q.value(6).toString();
        r.version = q.value(7).toLongLong();
        r.updatedAtMs = q.value(8).toLongLong();
        r.requestedAtMs = q.value(9).toLongLong();
        r.amountCents = q.value(10).toLongLong();
        r.reasonNote = q.value(11).toString();
        if (!q.value(12).isNull())
            r.shipmentId = q.value(12).toLongLong();
        return r;
    }

    static qint64 returnId(const Database &db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT id FROM returns WHERE rma = 'RMA-1'")) && q.next() ? q.value(0).toLongLong() : 0;
    }

    static qint64 scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // An agent's decision through the edit path, as the desktop applies it on a standalone store.
    static void decide(const Database &db, const char *op, const QByteArray &params, qint64 id = 0)
    {
        const EditOp *edit = EditCatalog::find(EntityKind::Return, QString::fromLatin1(op));
        QVERIFY(edit);
        json::Parser parser;
        const auto value = parser.parse(params.constData(), params.size());
        QVERIFY(value);
        const EditOutcome outcome = EditApplier(db).apply(EntityKind::Return, id ? id : returnId(db), *edit, *value,
                                                          QStringLiteral("maria"),
                                                          test::fixedNowMs(), EditApplier::Mode::Authoritative);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
    }

    static ReturnIngestCounts ingest(const Database &db, const QList<ReturnRecord> &records)
    {
        QString error;
        ReturnIngestCounts counts;
        if (!ShipmentIngestor(db).ingestReturns(records, test::fixedNowMs(), &error, &counts))
            qFatal("ingest: %s", qPrintable(error));
        return counts;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importedAgain_data()
    {
        QTest::addColumn<QString>("decision"); // made in the store after the first import: "", approve, reject, policy
        QTest::addColumn<QList<ReturnStatus>>("feed"); // the statuses of the records imported after it, in order
        QTest::addColumn<ReturnStatus>("status");
        QTest::addColumn<ReturnResolution>("resolution");
        QTest::addColumn<qint64>("resolutionAmount");
        QTest::addColumn<QString>("decidedBy");
        QTest::addColumn<qint64>("version"); // 1 at the first import; +1 per decision and per import that changed it
        QTest::addColumn<bool>("lastChanged"); // the last import wrote the return
        QTest::addColumn<bool>("lastKept");    // the last import named a status the store kept its own over
        using S = ReturnStatus;
        using R = ReturnResolution;
        const QString none;
        const QString maria = QStringLiteral("maria");
        const QString policy = QStringLiteral("policy");
        const QString approve = QStringLiteral("approve");
        const QString reject = QStringLiteral("reject");
        // The same file again.
        QTest::newRow("identical re-import") << none << QList<S>{S::Requested} << S::Requested << R::None << 0LL << none << 1LL
                                             << false << false;
        QTest::newRow("re-import after an agent's approval")
            << approve << QList<S>{S::Requested} << S::Approved << R::None << 0LL << maria << 2LL << false << true;
        QTest::newRow("re-import after an agent's rejection")
            << reject << QList<S>{S::Requested} << S::Rejected << R::Rejected << 0LL << maria << 2LL << false << true;
        QTest::newRow("re-import after the policy's approval")
            << policy << QList<S>{S::Requested} << S::Approved << R::None << 0LL << policy << 2LL << false << true;
        // A newer record with another decision: the store's stands.
        QTest::newRow("feed rejects what the agent approved")
            << approve << QList<S>{S::Rejected} << S::Approved << R::None << 0LL << maria << 2LL << false << true;
        QTest::newRow("feed approves what the agent rejected")
            << reject << QList<S>{S::Approved} << S::Rejected << R::Rejected << 0LL << maria << 2LL << false << true;
        QTest::newRow("feed refunds what the agent approved")
            << approve << QList<S>{S::Refunded} << S::Approved << R::None << 0LL << maria << 2LL << false << true;
        QTest::newRow("feed credits what the policy approved")
            << policy << QList<S>{S::Credited} << S::Approved << R::None << 0LL << policy << 2LL << false << true;
        // The parcel's way back, which only the carrier and the warehouse know.
        QTest::newRow("feed issues the label after approval")
            << approve << QList<S>{S::LabelIssued} << S::LabelIssued << R::None << 0LL << maria << 3LL << true << false;
        QTest::newRow("label issued -> in transit")
            << approve << QList<S>{S::LabelIssued, S::InTransit} << S::InTransit << R::None << 0LL << maria << 4LL << true << false;
        QTest::newRow("in transit -> received") << policy << QList<S>{S::LabelIssued, S::InTransit, S::Received} << S::Received
                                                << R::None << 0LL << policy << 5LL << true << false;
        QTest::newRow("scans missed: approved -> received")
            << approve << QList<S>{S::Received} << S::Received << R::None << 0LL << maria << 3LL << true << false;
        QTest::newRow("the same newer record twice")
            << approve << QList<S>{S::InTransit, S::InTransit} << S::InTransit << R::None << 0LL << maria << 3LL << false << false;
        // Never backwards.
        QTest::newRow("in transit, then label issued again")
            << approve << QList<S>{S::InTransit, S::LabelIssued} << S::InTransit << R::None << 0LL << maria << 3LL << false << true;
        QTest::newRow("in transit, then requested again")
            << approve << QList<S>{S::InTransit, S::Requested} << S::InTransit << R::None << 0LL << maria << 3LL << false << true;
        // The label's number is the carrier's: kept, though the status is not.
        QTest::newRow("rejected here: no parcel moves it")
            << reject << QList<S>{S::InTransit} << S::Rejected << R::Rejected << 0LL << maria << 3LL << true << true;
        // Nobody decided it in this store: the feed's decisions are the only ones there are.
        QTest::newRow("undecided here: the feed's approval")
            << none << QList<S>{S::Approved} << S::Approved << R::None << 0LL << none << 2LL << true << false;
        QTest::newRow("undecided here: the feed's refund and its amount")
            << none << QList<S>{S::Refunded} << S::Refunded << R::Refund << 5000LL << none << 2LL << true << false;
        QTest::newRow("arrived approved, moves on") << none << QList<S>{S::Approved, S::LabelIssued, S::InTransit} << S::InTransit
                                                    << R::None << 0LL << none << 4LL << true << false;
        QTest::newRow("arrived refunded, never back to received") << none << QList<S>{S::Refunded, S::Received} << S::Refunded
                                                                  << R::Refund << 5000LL << none << 3LL << true << true;
    }

    void importedAgain()
    {
        QFETCH(QString, decision);
        QFETCH(QList<ReturnStatus>, feed);
        QFETCH(ReturnStatus, status);
        QFETCH(ReturnResolution, resolution);
        QFETCH(qint64, resolutionAmount);
        QFETCH(QString, decidedBy);
        QFETCH(qint64, version);
        QFETCH(bool, lastChanged);
        QFETCH(bool, lastKept);

        auto db = newStore();
        QCOMPARE(ingest(*db, {feedRecord()}).returnsNew, 1);
        QString error;
        if (decision == QLatin1String("policy")) {
            const ReturnPolicy policy = ReturnPolicy::defaults();
            QVERIFY2(ReturnVerdictStore(*db).judgeAll(policy, test::fixedNowMs(), &error), qPrintable(error));
            const auto approved = ReturnAutoApproval(*db).approveJudged(policy, test::fixedNowMs(), &error);
            QVERIFY2(approved, qPrintable(error));
            QCOMPARE(*approved, 1);
        } else if (decision == QLatin1String("approve")) {
            decide(*db, "approve", R"({"note":"fits the policy"})");
        } else if (decision == QLatin1String("reject")) {
            decide(*db, "reject", R"({"reason":"used"})");
        }
        const StoredReturn decided = stored(*db);
        QCOMPARE(decided.decidedBy, decidedBy);

        ReturnIngestCounts last;
        StoredReturn before;
        for (qsizetype i = 0; i < feed.size(); ++i) {
            before = stored(*db);
            last = ingest(*db, {feedRecord(feed.at(i), static_cast<int>(i) + 1)});
        }
        const StoredReturn after = stored(*db);
        QCOMPARE(after.status, status);
        QCOMPARE(after.resolution, resolution);
        QCOMPARE(after.resolutionAmountCents, resolutionAmount);
        QCOMPARE(after.decidedBy, decidedBy);
        QCOMPARE(after.note, decided.note); // the decision's note is the store's alone
        QCOMPARE(after.version, version);
        QCOMPARE(last.returnsNew, 0);
        QCOMPARE(last.returnsUpdated, lastChanged ? 1 : 0);
        QCOMPARE(last.returnsUnchanged, lastChanged ? 0 : 1);
        QCOMPARE(last.statusesKept, lastKept ? 1 : 0);
        if (!lastChanged)
            QCOMPARE(after.updatedAtMs, before.updatedAtMs); // not touched at all
    }

    // The lifecycle's "ahead of": one or more allowed moves; no way back.
    void leadsTo_data()
    {
        QTest::addColumn<ReturnStatus>("from");
        QTest::addColumn<ReturnStatus>("to");
        QTest::addColumn<bool>("ahead");
        using S = ReturnStatus;
        QTest::newRow("requested -> approved") << S::Requested << S::Approved << true;
        QTest::newRow("requested -> closed") << S::Requested << S::Closed << true;
        QTest::newRow("approved -> received (two moves)") << S::Approved << S::Received << true;
        QTest::newRow("requested -> requested") << S::Requested << S::Requested << false;
        QTest::newRow("in transit -> label issued") << S::InTransit << S::LabelIssued << false;
        QTest::newRow("rejected -> refunded") << S::Rejected << S::Refunded << false;
        QTest::newRow("refunded -> received") << S::Refunded << S::Received << false;
        QTest::newRow("closed -> requested") << S::Closed << S::Requested << false;
        QTest::newRow("label issued -> inspected") << S::LabelIssued << S::Inspected << true;
    }

    void leadsTo()
    {
        QFETCH(ReturnStatus, from);
        QFETCH(ReturnStatus, to);
        QFETCH(bool, ahead);
        QCOMPARE(ReturnLifecycle::leadsTo(from, to), ahead);
    }

    // The request is the feed's (a corrected value, a new note): written, the version moved
    // on, the decision kept, and the kept verdict dropped to be judged again; the same
    // record again changes nothing and keeps the verdict.
    void theRequestFollowsTheFeed()
    {
        auto db = newStore();
        ingest(*db, {feedRecord()});
        decide(*db, "approve", "{}");
        QString error;
        QVERIFY2(ReturnVerdictStore(*db).judgeAll(ReturnPolicy::defaults(), test::fixedNowMs(), &error), qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM return_verdicts")), 1);

        ingest(*db, {feedRecord()});
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM return_verdicts")), 1); // unchanged: still judged

        ReturnRecord corrected = feedRecord(ReturnStatus::Requested, 3);
        corrected.items = {item("MUG", "home", 4200, 1)};
        corrected.amountCents = 4200;
        corrected.reasonNote = QStringLiteral("too small for soup, and chipped");
        const ReturnIngestCounts counts = ingest(*db, {corrected});
        QCOMPARE(counts.returnsUpdated, 1);
        QCOMPARE(counts.statusesKept, 1);
        const StoredReturn after = stored(*db);
        QCOMPARE(after.status, ReturnStatus::Approved);
        QCOMPARE(after.decidedBy, QStringLiteral("maria"));
        QCOMPARE(after.amountCents, 4200);
        QCOMPARE(after.reasonNote, QStringLiteral("too small for soup, and chipped"));
        QCOMPARE(after.version, 3);
        QCOMPARE(after.updatedAtMs, test::fixedNowMs()); // the decision's instant is later than the record's
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM return_verdicts")), 0);
        QCOMPARE(*ReturnVerdictStore(*db).staleCount(ReturnPolicy::defaults(), &error), 1);
    }

    // A record that leaves a field out (no request time, no delivery, no note, no label
    // number, no items) keeps what the store knows: nothing changes, no version moves. (The
    // request time once became the import's instant on every import.)
    void anEmptyValueNeverErases()
    {
        auto db = newStore();
        ingest(*db, {feedRecord()});
        decide(*db, "approve", "{}");
        ingest(*db, {feedRecord(ReturnStatus::InTransit, 1)});
        const StoredReturn before = stored(*db);
        QCOMPARE(before.reverseTrackingNumber, QStringLiteral("1ZRET1"));
        QCOMPARE(before.requestedAtMs, utc("2026-06-05T12:00:00").toMSecsSinceEpoch());

        ReturnRecord sparse = feedRecord(ReturnStatus::InTransit, 2);
        sparse.requestedAt = {};
        sparse.deliveredAt = {};
        sparse.reasonNote.clear();
        sparse.reverseCarrier.clear();
        sparse.reverseTrackingNumber.clear();
        sparse.items.clear();
        const ReturnIngestCounts counts = ingest(*db, {sparse});
        QCOMPARE(counts.returnsUnchanged, 1);
        const StoredReturn after = stored(*db);
        QCOMPARE(after.requestedAtMs, before.requestedAtMs);
        QCOMPARE(after.reverseTrackingNumber, QStringLiteral("1ZRET1"));
        QCOMPARE(after.reasonNote, QStringLiteral("too small for soup"));
        QCOMPARE(after.version, before.version);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT delivered_at_ms FROM returns")), utc("2026-06-01T15:00:00").toMSecsSinceEpoch());
        QVERIFY(scalar(*db, QStringLiteral("SELECT items FROM returns WHERE items LIKE '%MUG%'")) != -1);
    }

    // The grade is the store's once it has one; the warehouse's feed fills an empty one.
    void theGradeIsTheStores()
    {
        auto db = newStore();
        ingest(*db, {feedRecord()});
        decide(*db, "approve", "{}");
        ReturnRecord graded = feedRecord(ReturnStatus::Received, 1);
        graded.inspectionGrade = QStringLiteral("C");
        ingest(*db, {graded});
        QCOMPARE(stored(*db).grade, QStringLiteral("C")); // filled

        decide(*db, "inspect", R"({"grade":"good"})"); // the agent's: B, and inspected
        QCOMPARE(stored(*db).grade, QStringLiteral("B"));
        QCOMPARE(stored(*db).status, ReturnStatus::Inspected);
        const qint64 version = stored(*db).version;
        graded = feedRecord(ReturnStatus::Received, 2);
        graded.inspectionGrade = QStringLiteral("A");
        const ReturnIngestCounts counts = ingest(*db, {graded});
        QCOMPARE(counts.returnsUnchanged, 1);
        QCOMPARE(counts.statusesKept, 1); // received is behind inspected
        QCOMPARE(stored(*db).grade, QStringLiteral("B"));
        QCOMPARE(stored(*db).status, ReturnStatus::Inspected);
        QCOMPARE(stored(*db).version, version);
    }

    // A return imported before its outbound parcel links to it once imported again after it.
    void theLinkArrivesLater()
    {
        auto db = newStore(false);
        ingest(*db, {feedRecord()});
        QVERIFY(!stored(*db).shipmentId);
        QString error;
        QVERIFY2(ShipmentIngestor(*db).ingest({test::deliveredParcel(1)}, test::fixedNowMs(), nullptr, &error), qPrintable(error));
        QCOMPARE(ingest(*db, {feedRecord()}).returnsUpdated, 1);
        QVERIFY(stored(*db).shipmentId);
        QCOMPARE(stored(*db).version, 2);
        QCOMPARE(ingest(*db, {feedRecord()}).returnsUnchanged, 1);
        QCOMPARE(stored(*db).version, 2);
    }

    // Two records of one return in one batch: the later one merges with the earlier.
    void oneBatchCountsEachRecord()
    {
        auto db = newStore();
        ReturnRecord other = feedRecord();
        other.rma = QStringLiteral("RMA-2");
        const ReturnIngestCounts first = ingest(*db, {feedRecord(), feedRecord(ReturnStatus::Approved, 1), other});
        QCOMPARE(first.returnsNew, 2);
        QCOMPARE(first.returnsUpdated, 1);
        QCOMPARE(stored(*db).status, ReturnStatus::Approved);
        const ReturnIngestCounts again = ingest(*db, {feedRecord(), other});
        QCOMPARE(again.returnsNew, 0);
        QCOMPARE(again.returnsUnchanged, 2);
        QCOMPARE(again.statusesKept, 1); // RMA-1: requested is behind approved
    }

    // Demo data seeded again with the same seed and instant is the same returns file again.
    // After the policy and an agent decided eight of its returns, no decision is undone:
    // the rejected stay rejected, the approved stay the policy's, moved on at most along the
    // parcel's way back as the file has it; every other return is left as it was. A third
    // seeding changes nothing at all.
    void theSameDemoDataAgainUndoesNothing()
    {
        auto db = newStore(false);
        QString error;
        QVERIFY2(test::seedDemoStore(*db, 400, &error), qPrintable(error));
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral(
            "UPDATE returns SET status = 0, resolution = 0, resolution_amount_cents = 0, inspection_grade = '', "
            "decision_note = '' WHERE id IN (SELECT id FROM returns ORDER BY id LIMIT 8)")));
        // An agent rejects two of them first, then the policy approves what it approves.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM returns WHERE status = 0 ORDER BY id LIMIT 2")));
        QList<qint64> rejected;
        while (q.next())
            rejected << q.value(0).toLongLong();
        QCOMPARE(rejected.size(), 2);
        for (qint64 id : std::as_const(rejected))
            decide(*db, "reject", R"({"reason":"outside the spirit of the policy"})", id);
        const ReturnPolicy policy = ReturnPolicy::defaults();
        QVERIFY2(ReturnVerdictStore(*db).judgeAll(policy, test::fixedNowMs(), &error), qPrintable(error));
        const auto approved = ReturnAutoApproval(*db).approveJudged(policy, test::fixedNowMs(), &error);
        QVERIFY2(approved, qPrintable(error));
        QVERIFY2(*approved > 0, "the defaults approve some of the demo's returns");

        struct Kept
        {
            int status;
            int resolution;
            QString decidedBy;
            QString note;
            qint64 version;
        };
        const auto snapshot = [&] {
            QHash<QString, Kept> rows;
            QSqlQuery all(db->connection());
            if (all.exec(QStringLiteral("SELECT rma, status, resolution, decided_by, decision_note, version FROM returns")))
                while (all.next())
                    rows.insert(all.value(0).toString(), Kept{all.value(1).toInt(), all.value(2).toInt(), all.value(3).toString(),
                                                              all.value(4).toString(), all.value(5).toLongLong()});
            return rows;
        };
        const QHash<QString, Kept> before = snapshot();
        const qint64 verdicts = scalar(*db, QStringLiteral("SELECT count(*) FROM return_verdicts"));

        QVERIFY2(test::seedDemoStore(*db, 400, &error), qPrintable(error));
        const QHash<QString, Kept> after = snapshot();
        QCOMPARE(after.size(), before.size());
        int movedOn = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const Kept &was = it.value();
            const Kept &is = after.value(it.key());
            QCOMPARE(is.decidedBy, was.decidedBy);
            QCOMPARE(is.note, was.note);
            QCOMPARE(is.resolution, was.resolution);
            if (is.status == was.status) {
                QCOMPARE(is.version, was.version); // nothing changed, nothing written
                continue;
            }
            // Only the policy's approvals move, and only along the parcel's way back.
            QCOMPARE(was.decidedBy, QStringLiteral("policy"));
            QCOMPARE(was.status, static_cast<int>(ReturnStatus::Approved));
            QVERIFY2(is.status == static_cast<int>(ReturnStatus::LabelIssued) || is.status == static_cast<int>(ReturnStatus::InTransit)
                         || is.status == static_cast<int>(ReturnStatus::Received),
                     qPrintable(it.key()));
            QCOMPARE(is.version, was.version + 1);
            ++movedOn;
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM returns WHERE decided_by = 'maria' AND status = 2")), 2);
        QVERIFY2(movedOn > 0, "the file has some of the approved returns' parcels on their way back");
        // No request changed: every kept verdict stands.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM return_verdicts")), verdicts);

        QVERIFY2(test::seedDemoStore(*db, 400, &error), qPrintable(error));
        const QHash<QString, Kept> third = snapshot();
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QCOMPARE(third.value(it.key()).status, it.value().status);
            QCOMPARE(third.value(it.key()).version, it.value().version);
        }
    }

    // A replica of a team server is written by sync alone: a returns import is refused
    // whole, naming the server, and writes nothing.
    void aReplicaRefusesTheImport()
    {
        auto db = newStore();
        ingest(*db, {feedRecord()});
        QVERIFY(QSqlQuery(db->connection()).exec(
            QStringLiteral("INSERT INTO meta(key, value) VALUES('sync.server_url', 'https://tower.example.com')")));
        QString error;
        ReturnRecord other = feedRecord();
        other.rma = QStringLiteral("RMA-2");
        QVERIFY(!ShipmentIngestor(*db).ingestReturns({feedRecord(ReturnStatus::Approved, 1), other}, test::fixedNowMs(), &error));
        QCOMPARE(error, QStringLiteral("this store is a replica of the team server at https://tower.example.com and only sync "
                                       "writes to it; ingest, demo data and exception refresh run on the server"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM returns")), 1);
        QCOMPARE(stored(*db).status, ReturnStatus::Requested);
        QCOMPARE(stored(*db).version, 1);
    }
};

QTEST_GUILESS_MAIN(TestReturnIngest)

#include "tst_returningest.moc"
