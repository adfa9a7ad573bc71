// SPDX-License-Identifier: MIT
// Return label expiry (docs/RETURNS.md, "Label expiry"): when a return enters label issued
// the store records the instant (returns.label_issued_at_ms), through every writer (an
// import, a feed record merged into a stored return) but never on a replica; schema 16
// backfills a stored label-issued return with its last change. ReturnLabelExpiry closes a
// return still in label issued once the label is label_expiry_days × 24 h old, through the
// edit path by "policy" with the reason "label expired unused" — never one whose reverse
// parcel the carrier scanned, one with no known issue time (counted instead), nor anything
// on a replica. Every instant below is written out by hand; "now" is passed in.
#include "domain/timestamp.h"
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "json/parser.h"
#include "returns/returnautoapproval.h"
#include "returns/returnlabelexpiry.h"
#include "returns/returnpolicy.h"
#include "returns/returnqueuequery.h"
#include "store/database.h"
#include "store/schemamigrator.h"
#include "store/shipmentingestor.h"

#include "support/returntestdata.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

using test::deliveredParcel;
using test::item;
using test::utc;

using S = ReturnStatus;
using K = ReturnLabelStanding::Kind;

// The label of every hand-worked return: issued on 20 May 2026 at 10:00 UTC.
const qint64 Issued = utc("2026-05-20T10:00:00").toMSecsSinceEpoch();
// Issued + 28 × 24 h: 20 May + 28 days = 17 June (May has 31 days: 11 days to 31 May, 17 in June).
const qint64 Expires28 = utc("2026-06-17T10:00:00").toMSecsSinceEpoch();
// Issued + 7 × 24 h.
const qint64 Expires7 = utc("2026-05-27T10:00:00").toMSecsSinceEpoch();

// Return n of order #n (parcel 1Z<n>), requested on 19 May 2026 and
// `status` as of `updated`; on its way back it carries the DPD label RET<n>.
ReturnRecord returnOf(int n, S status, qint64 updated)
{
    ReturnRecord r;
    r.rma = QStringLiteral("RMA-%1").arg(n);
    r.orderId = QStringLiteral("#%1").arg(n);
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QStringLiteral("1Z%1").arg(n);
    r.requestedAt = utc("2026-05-19T12:00:00");
    r.reason = ReturnReason::ChangedMind;
    r.items << item("MUG", "home", 2500, 1);
    r.amountCents = 2500;
    r.currency = QStringLiteral("USD");
    r.status = status;
    if (status != S::Requested && status != S::Approved) {
        r.reverseCarrier = QStringLiteral("dpd");
        r.reverseTrackingNumber = QStringLiteral("RET%1").arg(n);
    }
    r.updatedAt = QDateTime::fromMSecsSinceEpoch(updated, QTimeZone::utc());
    return r;
}

struct Stored
{
    S status = S::Requested;
    std::optional<qint64> labelIssuedAt;
    QString note;
    QString decidedBy;
    qint64 version = 0;
    qint64 updatedAt = 0;
};

Stored stored(const Database &db, const QString &rma)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status, label_issued_at_ms, decision_note, decided_by, version, updated_at_ms "
                             "FROM returns WHERE rma = ?"));
    q.addBindValue(rma);
    if (!q.exec() || !q.next())
        return {};
    Stored s;
    s.status = static_cast<S>(q.value(0).toInt());
    if (!q.value(1).isNull())
        s.labelIssuedAt = q.value(1).toLongLong();
    s.note = q.value(2).toString();
    s.decidedBy = q.value(3).toString();
    s.version = q.value(4).toLongLong();
    s.updatedAt = q.value(5).toLongLong();
    return s;
}

ReturnPolicy policyOf(int labelExpiryDays)
{
    ReturnPolicy p = ReturnPolicy::defaults();
    p.labelExpiryDays = labelExpiryDays;
    return p;
}

} // namespace

class TestReturnLabelExpiry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    // A new store holding parcel 1Z1 and return RMA-1 in label issued since `Issued`.
    std::unique_ptr<Database> storeWithLabel(const QList<ReturnRecord> &more = {})
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("labels-%1.db").arg(++m_stores)), &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        ShipmentIngestor ingestor(*db);
        QList<ShipmentRecord> parcels;
        QList<ReturnRecord> returns{returnOf(1, S::LabelIssued, Issued)};
        returns << more;
        for (const ReturnRecord &r : std::as_const(returns))
            parcels << deliveredParcel(r.orderId.mid(1).toInt());
        if (!ingestor.ingest(parcels, Issued, nullptr, &error) || !ingestor.ingestReturns(returns, Issued, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // -- the pure standing, for the queue's text ------------------------------------------

    void standing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<qint64>("expiresAt");

        const int L = int(S::LabelIssued);
        // 28 × 24 h left at the issue: 28 days.
        QTest::newRow("just issued") << L << true << 28 << Issued << int(K::Running) << 28 << Expires28;
        // 28 d − 1 ms left: rounded up, 28.
        QTest::newRow("issued + 1 ms") << L << true << 28 << Issued + 1 << int(K::Running) << 28 << Expires28;
        // Exactly one day left (16 June 10:00): 1 day.
        QTest::newRow("27 d after issue") << L << true << 28 << Expires28 - MsPerDay << int(K::Running) << 1 << Expires28;
        // One day and 1 ms left: 2 days.
        QTest::newRow("27 d after issue - 1 ms") << L << true << 28 << Expires28 - MsPerDay - 1 << int(K::Running) << 2
                                                 << Expires28;
        QTest::newRow("28 d - 1 ms: still running") << L << true << 28 << Expires28 - 1 << int(K::Running) << 1 << Expires28;
        QTest::newRow("28 d: expired") << L << true << 28 << Expires28 << int(K::Expired) << 0 << Expires28;
        QTest::newRow("28 d + 1 ms: expired") << L << true << 28 << Expires28 + 1 << int(K::Expired) << 0 << Expires28;
        QTest::newRow("policy 7 d, 7 d - 1 ms") << L << true << 7 << Expires7 - 1 << int(K::Running) << 1 << Expires7;
        QTest::newRow("policy 7 d, 7 d") << L << true << 7 << Expires7 << int(K::Expired) << 0 << Expires7;
        QTest::newRow("issue time unknown") << L << false << 28 << Expires28 + 365 * MsPerDay << int(K::Unknown) << 0
                                            << 0LL;
        QTest::newRow("in transit: no label waits") << int(S::InTransit) << true << 28 << Expires28 << int(K::NoLabel) << 0
                                                    << 0LL;
        QTest::newRow("closed: no label waits") << int(S::Closed) << true << 28 << Expires28 << int(K::NoLabel) << 0 << 0LL;
    }

    void standing()
    {
        QFETCH(int, status);
        QFETCH(bool, known);
        QFETCH(int, days);
        QFETCH(qint64, now);
        QFETCH(int, kind);
        QFETCH(int, daysLeft);
        QFETCH(qint64, expiresAt);
        const ReturnLabelStanding s = ReturnLabelExpiry::standing(static_cast<S>(status),
                                                                  known ? std::optional<qint64>(Issued) : std::nullopt, days, now);
        QCOMPARE(int(s.kind), kind);
        QCOMPARE(s.daysLeft, daysLeft);
        QCOMPARE(s.expiresAtMs, expiresAt);
    }

    // -- recording the instant -------------------------------------------------------------

    void importRecordsTheInstant()
    {
        // RMA-1 arrives in label issued (its record's last change: Issued), RMA-2 approved,
        // RMA-3 already in transit (no label time known: it no longer matters). None of their
        // records says when its label was issued: the store records its own instant.
        auto db = storeWithLabel({returnOf(2, S::Approved, Issued), returnOf(3, S::InTransit, Issued)});
        QVERIFY(db);
        QCOMPARE(stored(*db, QStringLiteral("RMA-1")).labelIssuedAt, std::optional<qint64>(Issued));
        QCOMPARE(stored(*db, QStringLiteral("RMA-2")).labelIssuedAt, std::nullopt);
        QCOMPARE(stored(*db, QStringLiteral("RMA-3")).labelIssuedAt, std::nullopt);

        // The feed issues RMA-2's label a day later; RMA-1 moves on in transit: its time stays.
        QString error;
        ShipmentIngestor ingestor(*db);
        const qint64 later = Issued + MsPerDay;
        QVERIFY2(ingestor.ingestReturns({returnOf(2, S::LabelIssued, later), returnOf(1, S::InTransit, later + 1)}, later,
                                        &error),
                 qPrintable(error));
        QCOMPARE(stored(*db, QStringLiteral("RMA-2")).status, S::LabelIssued);
        QCOMPARE(stored(*db, QStringLiteral("RMA-2")).labelIssuedAt, std::optional<qint64>(later));
        QCOMPARE(stored(*db, QStringLiteral("RMA-1")).status, S::InTransit);
        QCOMPARE(stored(*db, QStringLiteral("RMA-1")).labelIssuedAt, std::optional<qint64>(Issued));

        // A record that says when its label was issued is taken at its word, whatever its
        // status (RMA-4 in label issued, RMA-5 already in transit); the time then stays the
        // store's: a label is issued once, so a later record's other time does not move it.
        ReturnRecord own = returnOf(4, S::LabelIssued, later);
        own.labelIssuedAt = QDateTime::fromMSecsSinceEpoch(Issued + 5, QTimeZone::utc());
        ReturnRecord used = returnOf(5, S::InTransit, later);
        used.labelIssuedAt = QDateTime::fromMSecsSinceEpoch(Issued + 7, QTimeZone::utc());
        QVERIFY2(ingestor.ingest({deliveredParcel(4), deliveredParcel(5)}, later, nullptr, &error), qPrintable(error));
        QVERIFY2(ingestor.ingestReturns({own, used}, later, &error), qPrintable(error));
        QCOMPARE(stored(*db, QStringLiteral("RMA-4")).labelIssuedAt, std::optional<qint64>(Issued + 5));
        QCOMPARE(stored(*db, QStringLiteral("RMA-5")).labelIssuedAt, std::optional<qint64>(Issued + 7));
        ReturnRecord again = own;
        again.labelIssuedAt = QDateTime::fromMSecsSinceEpoch(later, QTimeZone::utc());
        again.updatedAt = QDateTime::fromMSecsSinceEpoch(later + 9, QTimeZone::utc());
        ReturnIngestCounts counts;
        QVERIFY2(ingestor.ingestReturns({again}, later + 9, &error, &counts), qPrintable(error));
        QCOMPARE(counts.returnsUnchanged, 1);
        QCOMPARE(stored(*db, QStringLiteral("RMA-4")).labelIssuedAt, std::optional<qint64>(Issued + 5));
        // A stored return without a time takes the record's.
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE returns SET label_issued_at_ms = NULL WHERE rma = 'RMA-2'")));
        ReturnRecord told = returnOf(2, S::LabelIssued, later + 10);
        told.labelIssuedAt = QDateTime::fromMSecsSinceEpoch(later - 3, QTimeZone::utc());
        QVERIFY2(ingestor.ingestReturns({told}, later + 10, &error), qPrintable(error));
        QCOMPARE(stored(*db, QStringLiteral("RMA-2")).labelIssuedAt, std::optional<qint64>(later - 3));

        // The queue carries it.
        const auto page = ReturnQueueQuery(*db).firstPage({}, {}, 10, later, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->rows.size(), 5);
        for (const ReturnQueueRow &row : page->rows)
            QCOMPARE(row.labelIssuedAtMs, stored(*db, row.rma).labelIssuedAt);
    }

    void aReplicaRecordsNothingItself()
    {
        auto db = storeWithLabel();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('sync.server_id', '00aa11bb22cc33dd')")));
        // What a pull writes: the server's row, here one without a label time.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO returns(rma, reason, requested_at_ms, window_days, status, updated_at_ms) "
                                      "VALUES('RMA-9', 0, %1, 30, 3, %1)").arg(Issued)));
        QCOMPARE(stored(*db, QStringLiteral("RMA-9")).labelIssuedAt, std::nullopt);
        // Nor does it close anything: the server does.
        QString error;
        const auto outcome = ReturnLabelExpiry(*db).expireDue(policyOf(28), Expires28 + MsPerDay, &error);
        QVERIFY2(outcome, qPrintable(error));
        QVERIFY(outcome->replica);
        QCOMPARE(outcome->closed, 0);
        QCOMPARE(stored(*db, QStringLiteral("RMA-1")).status, S::LabelIssued);
    }

    void upgradeBackfillsFromTheLastChange()
    {
        const QString path = m_dir.filePath(QStringLiteral("v15.db"));
        QString error;
        const qint64 lastChange = utc("2026-05-21T08:30:00").toMSecsSinceEpoch();
        {
            auto v15 = Database::openAtVersion(path, 15, &error);
            QVERIFY2(v15, qPrintable(error));
            QSqlQuery q(v15->connection());
            // RMA-A in label issued, last changed on 21 May 08:30 (graded, say); RMA-B in transit.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO returns(rma, reason, requested_at_ms, window_days, status, updated_at_ms) "
                                          "VALUES('RMA-A', 0, 1, 30, 3, %1), ('RMA-B', 0, 1, 30, 4, %1)")
                               .arg(lastChange)));
        }
        auto latest = Database::open(path, &error);
        QVERIFY2(latest, qPrintable(error));
        QCOMPARE(SchemaMigrator::currentVersion(latest->connection(), &error), SchemaMigrator::latestVersion());
        QCOMPARE(stored(*latest, QStringLiteral("RMA-A")).labelIssuedAt, std::optional<qint64>(lastChange));
        QCOMPARE(stored(*latest, QStringLiteral("RMA-B")).labelIssuedAt, std::nullopt);
    }

    // -- closing --------------------------------------------------------------------------

    void expiry_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("closes");

        QTest::newRow("28 d - 1 ms stays open") << 28 << Expires28 - 1 << false;
        QTest::newRow("28 d closes") << 28 << Expires28 << true;
        QTest::newRow("28 d + 1 ms closes") << 28 << Expires28 + 1 << true;
        // The policy changed to 7 days: it applies to labels already issued.
        QTest::newRow("policy 7 d, 7 d - 1 ms stays open") << 7 << Expires7 - 1 << false;
        QTest::newRow("policy 7 d, 7 d closes") << 7 << Expires7 << true;
        QTest::newRow("policy 7 d, 8 d closes") << 7 << Expires7 + MsPerDay << true;
        QTest::newRow("policy 35 d, 28 d stays open") << 35 << Expires28 << false;
    }

    void expiry()
    {
        QFETCH(int, days);
        QFETCH(qint64, now);
        QFETCH(bool, closes);
        auto db = storeWithLabel();
        QVERIFY(db);
        const Stored before = stored(*db, QStringLiteral("RMA-1"));
        QString error;
        const auto outcome = ReturnLabelExpiry(*db).expireDue(policyOf(days), now, &error);
        QVERIFY2(outcome, qPrintable(error));
        QVERIFY(!outcome->replica);
        QCOMPARE(outcome->closed, closes ? 1 : 0);
        const Stored after = stored(*db, QStringLiteral("RMA-1"));
        if (!closes) {
            QCOMPARE(after.status, S::LabelIssued);
            QCOMPARE(after.version, before.version);
            return;
        }
        QCOMPARE(after.status, S::Closed);
        QCOMPARE(after.note, QStringLiteral("label expired unused"));
        QCOMPARE(after.decidedBy, before.decidedBy); // the approval's, not the expiry's
        QCOMPARE(after.version, before.version + 1);
        QCOMPARE(after.updatedAt, now);
        QCOMPARE(after.labelIssuedAt, std::optional<qint64>(Issued));
        // Once: a second run finds nothing.
        const auto again = ReturnLabelExpiry(*db).expireDue(policyOf(days), now + MsPerDay, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->closed, 0);
    }

    void aScannedLabelWasUsed()
    {
        // RMA-2's reverse parcel RET2 was scanned in transit, its status has not followed
        // yet; RMA-3's RET3 has only its label-created event. Both labels are 28 d old.
        auto db = storeWithLabel({returnOf(2, S::LabelIssued, Issued), returnOf(3, S::LabelIssued, Issued)});
        QVERIFY(db);
        ShipmentRecord scanned;
        scanned.carrier = QStringLiteral("dpd");
        scanned.trackingNumber = QStringLiteral("RET2");
        scanned.sourceDocument = scanned.trackingNumber;
        scanned.events << test::event("2026-05-22T09:00:00", Subtag::InTransitAccepted);
        scanned.tag = scanned.events.last().tag;
        scanned.subtag = scanned.events.last().subtag;
        ShipmentRecord created = scanned;
        created.trackingNumber = QStringLiteral("RET3");
        created.sourceDocument = created.trackingNumber;
        created.events = {test::event("2026-05-20T10:05:00", Subtag::InfoReceived)};
        created.tag = created.events.last().tag;
        created.subtag = created.events.last().subtag;
        QString error;
        QVERIFY2(ShipmentIngestor(*db).ingest({scanned, created}, Issued, nullptr, &error), qPrintable(error));

        const auto outcome = ReturnLabelExpiry(*db).expireDue(policyOf(28), Expires28, &error);
        QVERIFY2(outcome, qPrintable(error));
        QCOMPARE(outcome->closed, 2); // RMA-1 (no parcel tracked) and RMA-3
        QCOMPARE(outcome->scanned, 1);
        QCOMPARE(stored(*db, QStringLiteral("RMA-1")).status, S::Closed);
        QCOMPARE(stored(*db, QStringLiteral("RMA-2")).status, S::LabelIssued);
        QCOMPARE(stored(*db, QStringLiteral("RMA-3")).status, S::Closed);
    }

    void anUnknownIssueTimeNeverExpires()
    {
        auto db = storeWithLabel();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE returns SET label_issued_at_ms = NULL")));
        QString error;
        // A year on: still open, and counted so the caller says so.
        const auto outcome = ReturnLabelExpiry(*db).expireDue(policyOf(28), Expires28 + 365 * MsPerDay, &error);
        QVERIFY2(outcome, qPrintable(error));
        QCOMPARE(outcome->closed, 0);
        QCOMPARE(outcome->unknownIssueTime, 1);
        QCOMPARE(stored(*db, QStringLiteral("RMA-1")).status, S::LabelIssued);
    }

    void onlyALabelIssuedReturnCanBeClosedSo()
    {
        // No user can send the op: it is not in the edit catalog.
        QCOMPARE(EditCatalog::find(EntityKind::Return, u"expire_label"), nullptr);
        auto db = storeWithLabel({returnOf(2, S::Approved, Issued), returnOf(3, S::InTransit, Issued)});
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QHash<QString, qint64> ids;
        QVERIFY(q.exec(QStringLiteral("SELECT rma, id FROM returns")));
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        json::Parser parser;
        const QByteArray body = R"({"reason":"label expired unused"})";
        const auto params = parser.parse(body.constData(), body.size());
        QVERIFY(params);
        EditApplier applier(*db);
        const EditOutcome approved = applier.apply(EntityKind::Return, ids.value(QStringLiteral("RMA-2")), ReturnLabelExpiry::op(),
                                                   *params, ReturnAutoApproval::actor(), Expires28,
                                                   EditApplier::Mode::Authoritative);
        QCOMPARE(approved.status, EditOutcome::Status::InvalidTransition);
        QCOMPARE(approved.detail, QStringLiteral("a return that is approved has no unused label to expire; only a return "
                                                 "in label issued can be closed so"));
        const EditOutcome moving = applier.apply(EntityKind::Return, ids.value(QStringLiteral("RMA-3")), ReturnLabelExpiry::op(),
                                                 *params, ReturnAutoApproval::actor(), Expires28,
                                                 EditApplier::Mode::Authoritative);
        QCOMPARE(moving.status, EditOutcome::Status::InvalidTransition);
        // The op's parameters are checked like any edit's.
        const QByteArray empty = "{}";
        json::Parser other; // a parser's values live until it parses again
        const auto none = other.parse(empty.constData(), empty.size());
        QVERIFY(none);
        const EditOutcome noReason = applier.apply(EntityKind::Return, ids.value(QStringLiteral("RMA-1")), ReturnLabelExpiry::op(),
                                                   *none, ReturnAutoApproval::actor(), Expires28,
                                                   EditApplier::Mode::Authoritative);
        QCOMPARE(noReason.status, EditOutcome::Status::InvalidParams);
        QCOMPARE(noReason.errors.size(), 1);
        QCOMPARE(noReason.errors.first().field, QStringLiteral("reason"));
        // And the one it applies to moves to closed, with the change for the audit.
        const EditOutcome closed = applier.apply(EntityKind::Return, ids.value(QStringLiteral("RMA-1")), ReturnLabelExpiry::op(),
                                                 *params, ReturnAutoApproval::actor(), Expires28,
                                                 EditApplier::Mode::Authoritative);
        QVERIFY2(closed.ok(), qPrintable(closed.detail));
        QCOMPARE(closed.changes.first().field, QStringLiteral("status"));
        QCOMPARE(closed.changes.first().from, QByteArrayLiteral("\"label_issued\""));
        QCOMPARE(closed.changes.first().to, QByteArrayLiteral("\"closed\""));
    }
};

QTEST_GUILESS_MAIN(TestReturnLabelExpiry)
#include "tst_returnlabelexpiry.moc"
