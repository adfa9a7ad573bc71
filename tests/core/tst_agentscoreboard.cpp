// SPDX-License-Identifier: MIT
// The agent scoreboard (docs/ASSIGNMENT.md): a day of exceptions written into a real store
// line by line, and every figure of every agent worked out by hand below, including the
// range's edges (the first millisecond in, the first one out), a colleague's action, an
// action before the agent had the exception, a reassignment, a claim, and what the rules
// could give nobody.
#include "assignment/agentscoreboard.h"
#include "store/database.h"
#include "teamsettings/teamsettingsstore.h"

#include "support/testclock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

constexpr qint64 Minute = 60'000;

qint64 at(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!dt.isValid())
        qFatal("not an ISO 8601 instant: %s", iso);
    return dt.toMSecsSinceEpoch();
}

} // namespace

class TestAgentScoreboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_shipment = 0;
    int m_exceptions = 0;

    void sql(const QString &statement)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    }

    // An exception, open or resolved, held by `assignee` now.
    qint64 exception(bool open, const char *assignee)
    {
        const int n = ++m_exceptions;
        sql(QStringLiteral("INSERT INTO exceptions(id, shipment_id, type, party, status, trigger_at_ms, detected_at_ms, "
                           "first_action_due_ms, resolve_due_ms, priority_score, priority, assignee, updated_at_ms) "
                           "VALUES(%1, %2, 1, 0, %3, %1, 0, 0, 0, 10, 3, '%4', 0)")
                .arg(n).arg(m_shipment).arg(open ? 0 : 1).arg(QLatin1String(assignee)));
        return n;
    }

    void line(qint64 exception, const char *iso, const char *action, const char *actor, const char *detail = "")
    {
        sql(QStringLiteral("INSERT INTO exception_history(exception_id, at_ms, action, actor, detail) "
                           "VALUES(%1, %2, '%3', '%4', '%5')")
                .arg(exception).arg(at(iso)).arg(QLatin1String(action), QLatin1String(actor), QLatin1String(detail)));
    }

    AgentScore scoreOf(const AgentScoreboard &board, const char *agent)
    {
        for (const AgentScore &s : board.agents)
            if (s.agent == QLatin1String(agent))
                return s;
        qFatal("no line for %s", agent);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("board.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        sql(QStringLiteral("INSERT INTO shipments(carrier, tracking_number, tag, subtag, created_at_ms, updated_at_ms) "
                           "VALUES('ups', '1ZBOARD', 2, 20, 0, 0)"));
        m_shipment = 1;
        // The roster: Lee is on the team but was handed nothing.
        QVERIFY(TeamSettingsStore(*m_db).save(u"assignment", R"({"agents":[{"name":"dana"},{"name":"sam"},{"name":"Lee"}]})", 0,
                                              QStringLiteral("meg"), test::fixedNowMs()).ok());

        const char *byRule = "Assigned to dana by rule \"NDR\" (round robin, 1 today)";
        // X1: the rules give it to Dana at 09:00, she re-attempts at 09:30: actioned after 30 min.
        const qint64 x1 = exception(true, "dana");
        line(x1, "2026-06-17T09:00:00Z", "assign", "rules", byRule);
        line(x1, "2026-06-17T09:30:00Z", "reattempt", "dana", "Re-attempt requested for 2026-06-18");
        // X2: hers at 10:00; a note is not an action: pending.
        const qint64 x2 = exception(true, "dana");
        line(x2, "2026-06-17T10:00:00Z", "assign", "rules", byRule);
        line(x2, "2026-06-17T10:05:00Z", "note", "dana", "Called, no answer");
        // X3: Meg gives it to Sam at 11:00; he contacts the customer at 13:00 (2 h) and
        // resolves it at 14:00: actioned and closed.
        const qint64 x3 = exception(false, "sam");
        line(x3, "2026-06-17T11:00:00Z", "assign", "meg", "Assigned to sam");
        line(x3, "2026-06-17T13:00:00Z", "contact_customer", "sam", "Customer contacted by sms");
        line(x3, "2026-06-17T14:00:00Z", "status", "sam", "Resolved by agent");
        // X4: Dana claims it at 12:00; the carrier delivers at 15:00: closed, not actioned.
        const qint64 x4 = exception(false, "dana");
        line(x4, "2026-06-17T12:00:00Z", "claim", "dana", "Claimed by dana");
        line(x4, "2026-06-17T15:00:00Z", "condition_cleared", "rules");
        // X5: the rules give it to Dana at 08:00, Meg moves it to Sam at 08:30, he updates the
        // phone at 09:00 (30 min). Dana was handed it, but it is neither pending nor hers.
        const qint64 x5 = exception(true, "sam");
        line(x5, "2026-06-17T08:00:00Z", "assign", "rules", byRule);
        line(x5, "2026-06-17T08:30:00Z", "assign", "meg", "Assigned to sam");
        line(x5, "2026-06-17T09:00:00Z", "update_phone", "sam", "Phone updated to +15125550100");
        // X6: handed to Dana one millisecond before the range: not counted, nor her action.
        const qint64 x6 = exception(true, "dana");
        line(x6, "2026-06-16T23:59:59.999Z", "assign", "rules", byRule);
        line(x6, "2026-06-17T01:00:00Z", "reattempt", "dana", "Re-attempt requested for 2026-06-18");
        // X7: handed to Dana at the range's end: out.
        const qint64 x7 = exception(true, "dana");
        line(x7, "2026-06-18T00:00:00.000Z", "assign", "rules", byRule);
        // X8: handed to Dana at the range's first millisecond: in, and pending.
        const qint64 x8 = exception(true, "dana");
        line(x8, "2026-06-17T00:00:00.000Z", "assign", "rules", byRule);
        // X9: hers at 16:00; Sam acts on it at 16:30, not she: still pending for her.
        const qint64 x9 = exception(true, "dana");
        line(x9, "2026-06-17T16:00:00Z", "assign", "rules", byRule);
        line(x9, "2026-06-17T16:30:00Z", "reattempt", "sam", "Re-attempt requested for 2026-06-18");
        // X10: Dana acts at 06:00 before it is hers (06:30): that action does not count.
        const qint64 x10 = exception(true, "dana");
        line(x10, "2026-06-17T06:00:00Z", "reattempt", "dana", "Re-attempt requested for 2026-06-18");
        line(x10, "2026-06-17T06:30:00Z", "assign", "rules", byRule);
        // X11: Sam's at 17:00 by the rules, re-attempted at 17:10 (10 min).
        const qint64 x11 = exception(true, "sam");
        line(x11, "2026-06-17T17:00:00Z", "assign", "rules", "Assigned to sam by round robin among all agents: no rule matched (2 today)");
        line(x11, "2026-06-17T17:10:00Z", "reattempt", "sam", "Re-attempt requested for 2026-06-18");
        // X12: Meg gives one to Zoe, who is not on the roster: she gets a line.
        const qint64 x12 = exception(true, "zoe");
        line(x12, "2026-06-17T18:00:00Z", "assign", "meg", "Assigned to zoe");
        // What the rules could give nobody: two at the cap, one without a rule; one the day before.
        const qint64 x13 = exception(true, "");
        line(x13, "2026-06-17T19:00:00Z", "left_unassigned", "rules",
             "Left unassigned by rule \"NDR\": every active agent is at their daily cap (dana 40 of 40)");
        const qint64 x14 = exception(true, "");
        line(x14, "2026-06-17T19:01:00Z", "left_unassigned", "rules",
             "Left unassigned by rule \"NDR\": every active agent is at their daily cap (dana 40 of 40)");
        const qint64 x15 = exception(true, "");
        line(x15, "2026-06-17T19:02:00Z", "left_unassigned", "rules", "Left unassigned: no assignment rule matched");
        const qint64 x16 = exception(true, "");
        line(x16, "2026-06-16T19:00:00Z", "left_unassigned", "rules", "Left unassigned: no assignment rule matched");
    }

    void aDayOfWork()
    {
        QString error;
        const auto board = AgentScoreboardQuery(*m_db).run(at("2026-06-17T00:00:00Z"), at("2026-06-18T00:00:00Z"), &error);
        QVERIFY2(board, qPrintable(error));
        // By name, case-insensitively; Lee from the roster, Zoe from the history.
        QStringList names;
        for (const AgentScore &s : board->agents)
            names << s.agent;
        QCOMPARE(names, QStringList({QStringLiteral("dana"), QStringLiteral("Lee"), QStringLiteral("sam"), QStringLiteral("zoe")}));

        // Dana: X1, X2, X4, X5, X8, X9, X10 (not X6, X7). Closed: X4. Actioned: X1 (30 min).
        // Pending: X2, X8, X9, X10 (X1 acted on, X4 closed, X5 Sam's now).
        AgentScore dana;
        dana.agent = QStringLiteral("dana");
        dana.assigned = 7;
        dana.pending = 4;
        dana.actioned = 1;
        dana.closed = 1;
        dana.medianFirstActionMs = 30 * Minute;
        dana.meanFirstActionMs = 30 * Minute;
        QCOMPARE(scoreOf(*board, "dana"), dana);

        // Sam: X3 (120 min, closed), X5 (from 08:30: 30 min), X11 (10 min). Median of
        // 10, 30, 120 is 30 min; the mean 160 / 3 min = 53 min 20 s.
        AgentScore sam;
        sam.agent = QStringLiteral("sam");
        sam.assigned = 3;
        sam.pending = 0;
        sam.actioned = 3;
        sam.closed = 1;
        sam.medianFirstActionMs = 30 * Minute;
        sam.meanFirstActionMs = 53 * Minute + 20'000;
        QCOMPARE(scoreOf(*board, "sam"), sam);

        AgentScore lee;
        lee.agent = QStringLiteral("Lee");
        QCOMPARE(scoreOf(*board, "Lee"), lee);

        AgentScore zoe;
        zoe.agent = QStringLiteral("zoe");
        zoe.assigned = 1;
        zoe.pending = 1;
        QCOMPARE(scoreOf(*board, "zoe"), zoe);

        QCOMPARE(board->leftUnassigned, 3);
        QCOMPARE(board->leftUnassignedAtCap, 2);
    }

    // The range picks assignments by when they were made; what happened to them is as the
    // store stands now. Narrowing it to the morning (before 09:00) keeps X5, X8 and X10 for
    // Dana, and X5 for Sam.
    void aMorning()
    {
        QString error;
        const auto board = AgentScoreboardQuery(*m_db).run(at("2026-06-17T00:00:00Z"), at("2026-06-17T09:00:00Z"), &error);
        QVERIFY2(board, qPrintable(error));
        const AgentScore dana = scoreOf(*board, "dana");
        QCOMPARE(dana.assigned, 3);
        QCOMPARE(dana.pending, 2); // X8, X10
        QCOMPARE(dana.actioned, 0);
        // Not QCOMPARE with an empty optional: GCC 12 warns (maybe-uninitialized) under ASan.
        QVERIFY(!dana.medianFirstActionMs.has_value());
        const AgentScore sam = scoreOf(*board, "sam");
        QCOMPARE(sam.assigned, 1);
        QCOMPARE(sam.actioned, 1); // at 09:00, after the range: counted, as the store stands
        QCOMPARE(sam.medianFirstActionMs, std::optional<qint64>(30 * Minute));
        QCOMPARE(board->leftUnassigned, 0);
    }

    // Two actioned exceptions: the median is the mean of the middle two.
    void evenMedian()
    {
        QString error;
        // From 11:00 Sam has X3 (120 min) and X11 (10 min).
        const auto board = AgentScoreboardQuery(*m_db).run(at("2026-06-17T11:00:00Z"), at("2026-06-18T00:00:00Z"), &error);
        QVERIFY2(board, qPrintable(error));
        QCOMPARE(scoreOf(*board, "sam").medianFirstActionMs, std::optional<qint64>(65 * Minute));
        QCOMPARE(scoreOf(*board, "sam").meanFirstActionMs, std::optional<qint64>(65 * Minute));
    }
};

QTEST_GUILESS_MAIN(TestAgentScoreboard)

#include "tst_agentscoreboard.moc"
