// SPDX-License-Identifier: MIT
// The policy's automatic approval on a standalone store (ReturnAutoApproval): after the
// returns are judged, a requested return whose fresh verdict is auto_approve is approved
// through the edit path by "policy", with a note naming the rule and its figures; judging
// again approves nothing twice; an agent's decision, a stale verdict and a replica of a
// team server are left alone; a policy change never un-approves. Hand-worked store: one
// customer, order and parcel per return, all delivered on 1 June 2026, returns requested on
// 5 June (inside every window), so only the value decides.
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "json/parser.h"
#include "returns/returnautoapproval.h"
#include "returns/returnpolicy.h"
#include "returns/returnverdictstore.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/returntestdata.h"
#include "support/testclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

using test::deliveredParcel;
using test::item;
using test::utc;

ReturnRecord returnOf(int n, qint64 cents)
{
    ReturnRecord r;
    r.rma = QStringLiteral("RMA-%1").arg(n);
    r.orderId = QStringLiteral("#%1").arg(n);
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QStringLiteral("1Z%1").arg(n);
    r.requestedAt = utc("2026-06-05T12:00:00");
    r.reason = ReturnReason::ChangedMind;
    r.items << item("MUG", "home", cents, 1);
    r.amountCents = cents;
    r.currency = QStringLiteral("USD");
    r.updatedAt = r.requestedAt;
    return r;
}

struct Row
{
    ReturnStatus status;
    QString decidedBy;
    QString note;
    qint64 version;
};

} // namespace

class TestReturnAutoApproval : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_ids; // by RMA
    ReturnPolicy m_policy;        // version 3, automatic below 150.00 USD

    Row row(const char *rma)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT status, decided_by, decision_note, version FROM returns WHERE id = %1")
                        .arg(m_ids.value(QString::fromLatin1(rma))))
            || !q.next())
            return {};
        return {static_cast<ReturnStatus>(q.value(0).toInt()), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toLongLong()};
    }

    void judgeAndApprove(const ReturnPolicy &policy, int expectedApprovals)
    {
        QString error;
        QVERIFY2(ReturnVerdictStore(*m_db).judgeAll(policy, test::fixedNowMs(), &error), qPrintable(error));
        const auto approved = ReturnAutoApproval(*m_db).approveJudged(policy, test::fixedNowMs(), &error);
        QVERIFY2(approved, qPrintable(error));
        QCOMPARE(*approved, expectedApprovals);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("auto.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        ShipmentIngestor ingestor(*m_db);
        QVERIFY2(ingestor.ingest({deliveredParcel(1), deliveredParcel(2), deliveredParcel(3), deliveredParcel(4)}, test::fixedNowMs(), nullptr, &error),
                 qPrintable(error));
        // RMA-1 80.00 (automatic), RMA-2 200.00 (an agent approves), RMA-3 149.99 (automatic,
        // but an agent rejects it first), RMA-4 150.00 (not below the threshold).
        QVERIFY2(ingestor.ingestReturns({returnOf(1, 8000), returnOf(2, 20000), returnOf(3, 14999), returnOf(4, 15000)},
                                        test::fixedNowMs(), &error),
                 qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT rma, id FROM returns")));
        while (q.next())
            m_ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        QCOMPARE(m_ids.size(), 4);
        m_policy = ReturnPolicy::defaults();
        m_policy.version = 3;
        QCOMPARE(m_policy.autoApproveBelowCents.value(QStringLiteral("USD")), 15000);
    }

    void anAgentsDecisionComesFirst()
    {
        // The agent rejects RMA-3 before anyone judged it.
        const EditOp *reject = EditCatalog::find(EntityKind::Return, u"reject");
        QVERIFY(reject);
        json::Parser parser;
        const QByteArray body = R"({"reason":"Opened and used"})";
        const auto params = parser.parse(body.constData(), body.size());
        QVERIFY(params);
        const EditOutcome outcome = EditApplier(*m_db).apply(EntityKind::Return, m_ids.value(QStringLiteral("RMA-3")), *reject,
                                                             *params, QStringLiteral("maria"), test::fixedNowMs(),
                                                             EditApplier::Mode::Authoritative);
        QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
        QCOMPARE(row("RMA-3").decidedBy, QStringLiteral("maria"));
    }

    void aStaleVerdictApprovesNothing()
    {
        // Judged by another policy (another digest): the approval waits for a fresh verdict.
        ReturnPolicy older = m_policy;
        older.version = 2;
        older.graceDays = 5;
        QString error;
        QVERIFY2(ReturnVerdictStore(*m_db).judgeAll(older, test::fixedNowMs(), &error), qPrintable(error));
        const auto approved = ReturnAutoApproval(*m_db).approveJudged(m_policy, test::fixedNowMs(), &error);
        QVERIFY2(approved, qPrintable(error));
        QCOMPARE(*approved, 0);
        QCOMPARE(row("RMA-1").status, ReturnStatus::Requested);
    }

    void judgingApprovesThroughTheEditPath()
    {
        judgeAndApprove(m_policy, 1);
        const Row approved = row("RMA-1");
        QCOMPARE(approved.status, ReturnStatus::Approved);
        QCOMPARE(approved.decidedBy, QStringLiteral("policy"));
        QCOMPARE(approved.note, QStringLiteral("Approved by policy v3 (auto_approve): eligible; worth USD 80.00 "
                                               "(automatic below USD 150.00)"));
        QCOMPARE(approved.version, 2); // applied with authority: the version moved on, as on a server
        QCOMPARE(row("RMA-2").status, ReturnStatus::Requested); // manual_approval: an agent's
        QCOMPARE(row("RMA-4").status, ReturnStatus::Requested); // 150.00 is not below 150.00
        const Row rejected = row("RMA-3");
        QCOMPARE(rejected.status, ReturnStatus::Rejected);
        QCOMPARE(rejected.decidedBy, QStringLiteral("maria"));
        QCOMPARE(rejected.note, QStringLiteral("Opened and used"));
    }

    void judgingAgainApprovesNothingTwice()
    {
        judgeAndApprove(m_policy, 0);
        QCOMPARE(row("RMA-1").version, 2);
    }

    void aPolicyChangeApprovesMoreAndNeverUnapproves()
    {
        ReturnPolicy generous = m_policy;
        generous.version = 4;
        generous.autoApproveBelowCents.insert(QStringLiteral("USD"), 25000);
        judgeAndApprove(generous, 2); // RMA-2 and RMA-4; RMA-3 stays rejected
        QCOMPARE(row("RMA-2").decidedBy, QStringLiteral("policy"));
        QCOMPARE(row("RMA-2").note, QStringLiteral("Approved by policy v4 (auto_approve): eligible; worth USD 200.00 "
                                                   "(automatic below USD 250.00)"));
        QCOMPARE(row("RMA-3").status, ReturnStatus::Rejected);

        ReturnPolicy strict = generous;
        strict.version = 5;
        strict.autoApproveBelowCents.clear();
        judgeAndApprove(strict, 0);
        for (const char *rma : {"RMA-1", "RMA-2", "RMA-4"})
            QCOMPARE(row(rma).status, ReturnStatus::Approved);
    }

    void theServersWayFindsTheSameReturns()
    {
        // A team server keeps no verdicts: it judges the requested returns then and there.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE returns SET status = 0, decided_by = '', decision_note = '' WHERE rma <> 'RMA-3'")));
        QString error;
        const auto all = ReturnAutoApproval(*m_db).judgedCandidates(m_policy, std::nullopt, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().returnId, m_ids.value(QStringLiteral("RMA-1")));
        QCOMPARE(all->first().note, QStringLiteral("Approved by policy v3 (auto_approve): eligible; worth USD 80.00 "
                                                   "(automatic below USD 150.00)"));
        const auto some = ReturnAutoApproval(*m_db).judgedCandidates(m_policy, QList<qint64>{m_ids.value(QStringLiteral("RMA-2"))},
                                                                     &error);
        QVERIFY2(some, qPrintable(error));
        QVERIFY(some->isEmpty()); // RMA-2 is worth 200.00
    }

    void aReplicaApprovesNothingItself()
    {
        // Bound to a team server: the server approves, the replica pulls it.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('sync.server_id', '00aa11bb22cc33dd')")));
        QVERIFY(!ReturnAutoApproval(*m_db).appliesHere(nullptr));
        judgeAndApprove(m_policy, 0);
        QCOMPARE(row("RMA-1").status, ReturnStatus::Requested);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'sync.server_id'")));
        QVERIFY(ReturnAutoApproval(*m_db).appliesHere(nullptr));
    }

    void aLongDetailIsCutToTheNotesLimit()
    {
        const QString note = ReturnAutoApproval::note(12, QString(600, QLatin1Char('x')));
        QCOMPARE(note.size(), 500);
        QVERIFY(note.startsWith(QStringLiteral("Approved by policy v12 (auto_approve): xxx")));
        QVERIFY(note.endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestReturnAutoApproval)

#include "tst_returnautoapproval.moc"
