// SPDX-License-Identifier: MIT
// The assignment rules applied to new exceptions (docs/ASSIGNMENT.md), on a real store at
// instants written down in each row: rule order, each condition, round robin across
// batches and restarts and when the pool changes, the daily cap at, one before and one
// after it, the cap's reset at the agent's own midnight, inactive agents, no rule
// matching; and the ingest hook: the assignment lands in the transaction that opens the
// exception, with its history line, or not at all.
#include "assignment/exceptionassigner.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/shipmentingestor.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

#include "support/testclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ct::AssignmentSubject)

using namespace ct;
using namespace Qt::StringLiterals;

namespace {

qint64 at(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!dt.isValid())
        qFatal("not an ISO 8601 instant: %s", iso);
    return dt.toMSecsSinceEpoch();
}

AssignmentSubject subject(ExceptionType type, PaymentMode payment = PaymentMode::Prepaid, const char *carrier = "ups",
                          NdrReason reason = NdrReason::None, int attempts = 0)
{
    return AssignmentSubject{type, reason, QString::fromLatin1(carrier), payment, attempts};
}

const AssignmentSubject Delay = subject(ExceptionType::Delayed);

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out << QString::fromLatin1(name);
    return out;
}

// One rule handing everything to `agents` (a JSON array) in round robin.
QByteArray everythingTo(const char *agents, const char *agentList, const char *extra = "")
{
    return QByteArrayLiteral(R"({"agents":)") + agentList + extra
        + R"(,"rules":[{"id":"all","name":"All","assign_to":{"agents":)" + agents + "}}]}";
}

} // namespace

class TestAssignment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExceptionAssigner> m_assigner;
    qint64 m_shipment = 0;
    qint64 m_triggers = 0;
    int m_stores = 0;

    QSqlQuery sql(const QString &statement)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return query;
    }

    QString text(const QString &statement)
    {
        QSqlQuery query = sql(statement);
        return query.next() ? query.value(0).toString() : QString();
    }

    qint64 number(const QString &statement) { return text(statement).toLongLong(); }

    void newStore()
    {
        QString error;
        // The assigner's statements go before their store: SQLite cannot close a
        // connection with statements still open, and the old store would leak (LeakSanitizer
        // found 31 MB of them over this suite).
        m_assigner.reset();
        m_db.reset();
        m_db = Database::open(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_stores)), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_assigner = std::make_unique<ExceptionAssigner>(*m_db);
        sql(QStringLiteral("INSERT INTO shipments(carrier, tracking_number, tag, subtag, created_at_ms, updated_at_ms) "
                           "VALUES('ups', '1ZTEST', 2, 20, 0, 0)"));
        m_shipment = number(QStringLiteral("SELECT max(id) FROM shipments"));
        m_triggers = 0;
    }

    // Saves `document` as the next version of the rules; a test's rules must be valid.
    void setRules(const QByteArray &document)
    {
        TeamSettingsStore store(*m_db);
        QString error;
        const qint64 version = store.read(u"assignment", &error)->version;
        const auto saved = store.save(u"assignment", document, version, QStringLiteral("meg"), test::fixedNowMs());
        QVERIFY2(saved.ok(), qPrintable(saved.detail + SettingsReader::describe(saved.errors)));
    }

    // A new open exception row, as the ingestor writes one.
    qint64 newException()
    {
        const qint64 trigger = ++m_triggers;
        sql(QStringLiteral("INSERT INTO exceptions(shipment_id, type, party, status, trigger_at_ms, detected_at_ms, "
                           "first_action_due_ms, resolve_due_ms, priority_score, priority, updated_at_ms) "
                           "VALUES(%1, 1, 0, 0, %2, 0, 0, 0, 10, 3, 0)").arg(m_shipment).arg(trigger));
        return number(QStringLiteral("SELECT max(id) FROM exceptions"));
    }

    // One exception opening at `nowMs`, assigned as a batch would: rules read first.
    AssignmentDecision open(const AssignmentSubject &what, qint64 nowMs, qint64 *id = nullptr)
    {
        const qint64 exception = newException();
        if (id)
            *id = exception;
        QString error;
        if (!m_assigner->reload(&error))
            qFatal("reload: %s", qPrintable(error));
        const std::optional<AssignmentDecision> decision = m_assigner->assign(exception, what, nowMs, &error);
        if (!decision)
            qFatal("assign: %s", qPrintable(error));
        const QString assignee = text(QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(exception));
        if (assignee != decision->agent)
            qFatal("the decision says %s, the row says %s", qPrintable(decision->agent), qPrintable(assignee));
        return *decision;
    }

    QStringList assigneesOf(int count, const AssignmentSubject &what, qint64 nowMs)
    {
        QStringList names;
        for (int i = 0; i < count; ++i)
            names << open(what, nowMs + i).agent;
        return names;
    }

    // The last history line of an exception: "action|actor|detail".
    QString lastHistory(qint64 exception)
    {
        return text(QStringLiteral("SELECT action || '|' || actor || '|' || detail FROM exception_history "
                                   "WHERE exception_id = %1 ORDER BY id DESC LIMIT 1").arg(exception));
    }

    // A label never handed to the carrier: one Forgotten exception once 48 hours have passed.
    static ShipmentRecord forgotten(const QString &tracking, qint64 labelMs)
    {
        ShipmentRecord r;
        r.carrier = QStringLiteral("ups");
        r.trackingNumber = tracking;
        r.sourceFormat = QStringLiteral("test");
        r.sourceDocument = tracking;
        r.payment.mode = PaymentMode::CashOnDelivery;
        TrackingEvent label;
        label.occurredAt = Timestamp{labelMs, 0};
        label.tag = Tag::InfoReceived;
        label.subtag = Subtag::InfoReceived;
        r.events = {label};
        r.tag = label.tag;
        r.subtag = label.subtag;
        return r;
    }

    QList<ShipmentRecord> labels(int first, int count)
    {
        QList<ShipmentRecord> batch;
        for (int i = first; i < first + count; ++i)
            batch << forgotten(QStringLiteral("1ZLABEL%1").arg(i, 4, 10, QLatin1Char('0')), test::fixedNowMs() - 3 * MsPerDay);
        return batch;
    }

    QStringList assigneesByTracking()
    {
        QStringList names;
        QSqlQuery query = sql(QStringLiteral("SELECT x.assignee FROM exceptions x JOIN shipments s ON s.id = x.shipment_id "
                                             "WHERE s.tracking_number LIKE '1ZLABEL%' ORDER BY s.tracking_number"));
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { newStore(); }

    // The first enabled rule that matches decides, whatever follows.
    void ruleOrder_data()
    {
        QTest::addColumn<AssignmentSubject>("what");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("rule");
        QTest::newRow("COD failed attempt at Delhivery: rule 1, not rule 4")
            << subject(ExceptionType::FailedAttempt, PaymentMode::CashOnDelivery, "delhivery") << u"ana"_s << u"cod-ndr"_s;
        QTest::newRow("prepaid failed attempt: rule 2 is off, so rule 3")
            << subject(ExceptionType::FailedAttempt, PaymentMode::Prepaid, "delhivery") << u"bo"_s << u"ndr"_s;
        QTest::newRow("COD delay at Delhivery: rule 4")
            << subject(ExceptionType::Delayed, PaymentMode::CashOnDelivery, "delhivery") << u"cy"_s << u"delhivery"_s;
        QTest::newRow("delay at UPS: no rule") << subject(ExceptionType::Delayed, PaymentMode::CashOnDelivery, "ups") << u""_s
                                               << u""_s;
    }

    void ruleOrder()
    {
        QFETCH(AssignmentSubject, what);
        QFETCH(QString, agent);
        QFETCH(QString, rule);
        setRules(R"({"otherwise":"leave_unassigned",
            "agents":[{"name":"ana"},{"name":"bo"},{"name":"cy"},{"name":"dee"}],
            "rules":[{"id":"cod-ndr","name":"COD failed attempts","when":{"types":["failed_attempt"],"payment_modes":["cod"]},"assign_to":{"agents":["ana"]}},
                     {"id":"ndr-off","enabled":false,"when":{"types":["failed_attempt"]},"assign_to":{"agents":["dee"]}},
                     {"id":"ndr","when":{"types":["failed_attempt"]},"assign_to":{"agents":["bo"]}},
                     {"id":"delhivery","when":{"carriers":["Delhivery"]},"assign_to":{"agents":["cy"]}}]})");
        qint64 id = 0;
        const AssignmentDecision decision = open(what, test::fixedNowMs(), &id);
        QCOMPARE(decision.agent, agent);
        QCOMPARE(decision.ruleId, rule);
        if (agent.isEmpty()) {
            QCOMPARE(decision.outcome, AssignmentDecision::Outcome::Unassigned);
            QCOMPARE(lastHistory(id), QStringLiteral("left_unassigned|rules|Left unassigned: no assignment rule matched"));
        } else {
            const QString name = rule == QLatin1String("cod-ndr") ? QStringLiteral("COD failed attempts") : rule;
            QCOMPARE(lastHistory(id), QStringLiteral("assign|rules|Assigned to %1 by rule \"%2\" (round robin, 1 today)")
                                          .arg(agent, name));
        }
    }

    // Each exception goes to the agent after the last one, across batches and restarts:
    // the position is in the store, not in memory.
    void roundRobinAcrossBatchesAndRestarts()
    {
        setRules(everythingTo(R"(["a","b","c"])", R"([{"name":"a"},{"name":"b"},{"name":"c"}])"));
        const qint64 now = test::fixedNowMs();
        QCOMPARE(assigneesOf(2, Delay, now), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        m_assigner = std::make_unique<ExceptionAssigner>(*m_db); // a restart
        QCOMPARE(assigneesOf(4, Delay, now + 10), QStringList({QStringLiteral("c"), QStringLiteral("a"),
                                                                QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(text(QStringLiteral("SELECT last_agent || ' ' || last_index FROM assignment_cursors WHERE pool = 'all'")),
                 QStringLiteral("c 2"));
        // Each rule keeps its own turn.
        setRules(R"({"agents":[{"name":"a"},{"name":"b"},{"name":"c"}],
            "rules":[{"id":"ndr","when":{"types":["failed_attempt"]},"assign_to":{"agents":["b","c"]}},
                     {"id":"all","assign_to":{"agents":["a","b","c"]}}]})");
        QCOMPARE(open(subject(ExceptionType::FailedAttempt), now + 20).agent, QStringLiteral("b"));
        QCOMPARE(open(Delay, now + 21).agent, QStringLiteral("a")); // "all" goes on after c
        QCOMPARE(open(subject(ExceptionType::FailedAttempt), now + 22).agent, QStringLiteral("c"));
    }

    // The turn follows names, not places: an agent taken out or put in moves the others.
    void roundRobinWhenThePoolChanges()
    {
        const char *roster = R"([{"name":"a"},{"name":"b"},{"name":"c"},{"name":"x"}])";
        setRules(everythingTo(R"(["a","b","c"])", roster));
        const qint64 now = test::fixedNowMs();
        QCOMPARE(assigneesOf(2, Delay, now), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        setRules(everythingTo(R"(["a","c"])", roster)); // b, the last, left: c took its place
        QCOMPARE(open(Delay, now + 10).agent, QStringLiteral("c"));
        setRules(everythingTo(R"(["x","c","a"])", roster)); // after c comes a
        QCOMPARE(assigneesOf(3, Delay, now + 20), QStringList({QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c")}));
    }

    void teamPool()
    {
        setRules(R"({"agents":[{"name":"a"},{"name":"b"},{"name":"c"}],"teams":[{"name":"Desk","agents":["c","a"]}],
            "rules":[{"id":"desk","assign_to":{"team":"desk"}}]})");
        QCOMPARE(assigneesOf(3, Delay, test::fixedNowMs()),
                 QStringList({QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("c")}));
    }

    void inactiveAgentsAreSkipped()
    {
        setRules(everythingTo(R"(["a","b","c","d"])",
                              R"([{"name":"a","active":false},{"name":"b"},{"name":"c","active":false},{"name":"d"}])"));
        QCOMPARE(assigneesOf(3, Delay, test::fixedNowMs()),
                 QStringList({QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("b")}));
        setRules(everythingTo(R"(["a","c"])", R"([{"name":"a","active":false},{"name":"b"},{"name":"c","active":false}])"));
        qint64 id = 0;
        const AssignmentDecision nobody = open(Delay, test::fixedNowMs() + 10, &id);
        QCOMPARE(nobody.outcome, AssignmentDecision::Outcome::Unassigned);
        QCOMPARE(lastHistory(id), QStringLiteral("left_unassigned|rules|Left unassigned by rule \"All\": none of its agents "
                                                 "is active (a, c)"));
    }

    // A cap of 3: the third exception of the day is handed out, the fourth is not, and one
    // past the cap (it was lowered) is not either.
    void dailyCap_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<bool>("assigned");
        QTest::addColumn<QString>("line");
        QTest::newRow("one before the cap") << 2 << true << u"assign|rules|Assigned to dana by rule \"All\" (round robin, 3 of 3 today)"_s;
        QTest::newRow("at the cap") << 3 << false
                                    << u"left_unassigned|rules|Left unassigned by rule \"All\": every active agent is at "_s
                                       u"their daily cap (dana 3 of 3)"_s;
        QTest::newRow("one after the cap") << 4 << false
                                           << u"left_unassigned|rules|Left unassigned by rule \"All\": every active agent is "_s
                                              u"at their daily cap (dana 4 of 3)"_s;
    }

    void dailyCap()
    {
        QFETCH(int, before);
        QFETCH(bool, assigned);
        QFETCH(QString, line);
        const qint64 now = at("2026-06-17T09:00:00Z");
        setRules(everythingTo(R"(["dana"])", R"([{"name":"dana","daily_cap":5}])"));
        QCOMPARE(assigneesOf(before, Delay, now), QStringList(before, QStringLiteral("dana")));
        setRules(everythingTo(R"(["dana"])", R"([{"name":"dana","daily_cap":3}])"));
        qint64 id = 0;
        const AssignmentDecision decision = open(Delay, now + 3'600'000, &id);
        QCOMPARE(decision.outcome, assigned ? AssignmentDecision::Outcome::Assigned : AssignmentDecision::Outcome::Unassigned);
        QCOMPARE(lastHistory(id), line);
        QCOMPARE(number(QStringLiteral("SELECT assigned FROM assignment_daily WHERE agent = 'dana' AND day = '2026-06-17'")),
                 qint64(assigned ? before + 1 : before));
    }

    // An agent at the cap is passed over for the next; when all are, nobody gets it.
    void capPassesToTheNextAgent()
    {
        setRules(everythingTo(R"(["dana","lee","sam"])",
                              R"([{"name":"dana","daily_cap":1},{"name":"lee","active":false},{"name":"sam"}])",
                              R"(,"default_daily_cap":2)"));
        const qint64 now = at("2026-06-17T09:00:00Z");
        QCOMPARE(assigneesOf(3, Delay, now), QStringList({QStringLiteral("dana"), QStringLiteral("sam"), QStringLiteral("sam")}));
        qint64 id = 0;
        QCOMPARE(open(Delay, now + 10, &id).agent, QString());
        QCOMPARE(lastHistory(id), QStringLiteral("left_unassigned|rules|Left unassigned by rule \"All\": every active agent "
                                                 "is at their daily cap (dana 1 of 1, sam 2 of 2); inactive: lee"));
        QCOMPARE(text(QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(id)), QString());
    }

    // A cap counts the agent's own day: from their midnight to the next, in their time
    // zone (the team's when they have none).
    void capResetsAtTheAgentsMidnight_data()
    {
        QTest::addColumn<QString>("teamZone");
        QTest::addColumn<QString>("agentZone");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<bool>("secondAssigned");
        const qint64 morning = at("2026-06-17T09:00:00Z");
        QTest::newRow("UTC: last ms of the day") << u"UTC"_s << u""_s << morning << at("2026-06-17T23:59:59.999Z") << false;
        QTest::newRow("UTC: midnight") << u"UTC"_s << u""_s << morning << at("2026-06-18T00:00:00.000Z") << true;
        // Kolkata is UTC+5:30: its midnight is 18:30 UTC the day before.
        QTest::newRow("Kolkata: 23:59:59.999 IST") << u"UTC"_s << u"Asia/Kolkata"_s << morning << at("2026-06-17T18:29:59.999Z") << false;
        QTest::newRow("Kolkata: midnight IST") << u"UTC"_s << u"Asia/Kolkata"_s << morning << at("2026-06-17T18:30:00.000Z") << true;
        QTest::newRow("Kolkata: 00:00:00.001 IST") << u"UTC"_s << u"Asia/Kolkata"_s << morning << at("2026-06-17T18:30:00.001Z") << true;
        QTest::newRow("Kolkata: UTC's midnight is not hers")
            << u"UTC"_s << u"Asia/Kolkata"_s << at("2026-06-17T19:00:00Z") << at("2026-06-18T00:00:00Z") << false;
        QTest::newRow("the team's zone for an agent without one")
            << u"Asia/Kolkata"_s << u""_s << morning << at("2026-06-17T18:30:00.000Z") << true;
        QTest::newRow("the agent's zone before the team's")
            << u"Asia/Kolkata"_s << u"UTC"_s << morning << at("2026-06-17T18:30:00.000Z") << false;
        // New York moved its clocks forward on 2026-03-08: that night's midnight is 04:00 UTC.
        QTest::newRow("New York, after the clocks moved: 23:59:59.999 EDT")
            << u"UTC"_s << u"America/New_York"_s << at("2026-03-08T12:00:00Z") << at("2026-03-09T03:59:59.999Z") << false;
        QTest::newRow("New York, after the clocks moved: midnight EDT")
            << u"UTC"_s << u"America/New_York"_s << at("2026-03-08T12:00:00Z") << at("2026-03-09T04:00:00.000Z") << true;
    }

    void capResetsAtTheAgentsMidnight()
    {
        QFETCH(QString, teamZone);
        QFETCH(QString, agentZone);
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(bool, secondAssigned);
        const QByteArray agent = agentZone.isEmpty()
            ? QByteArrayLiteral(R"([{"name":"dana","daily_cap":1}])")
            : QByteArray("[{\"name\":\"dana\",\"daily_cap\":1,\"time_zone\":\"" + agentZone.toLatin1() + "\"}]");
        const QByteArray team = ",\"time_zone\":\"" + teamZone.toLatin1() + '\"';
        setRules(everythingTo(R"(["dana"])", agent.constData(), team.constData()));
        QCOMPARE(open(Delay, first).agent, QStringLiteral("dana"));
        QCOMPARE(open(Delay, second).agent, secondAssigned ? QStringLiteral("dana") : QString());
    }

    void noRuleMatches_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QStringList>("assignees");
        QTest::addColumn<QString>("line");
        QTest::addColumn<qint64>("historyLines");
        const QByteArray roster = R"("agents":[{"name":"a"},{"name":"b","active":false},{"name":"c"}],)"
                                  R"("rules":[{"id":"ndr","when":{"types":["failed_attempt"]},"assign_to":{"agents":["b"]}}])";
        QTest::newRow("left unassigned") << QByteArray("{\"otherwise\":\"leave_unassigned\",") + roster + '}' << names({"", ""})
                                         << u"left_unassigned|rules|Left unassigned: no assignment rule matched"_s << qint64(2);
        QTest::newRow("round robin among every active agent")
            << QByteArray("{\"otherwise\":\"round_robin\",") + roster + '}' << names({"a", "c"})
            << u"assign|rules|Assigned to c by round robin among all agents: no rule matched (1 today)"_s << qint64(2);
        QTest::newRow("rules off: nothing written") << QByteArray("{\"enabled\":false,") + roster + '}' << names({"", ""}) << u""_s
                                                    << qint64(0);
        QTest::newRow("no agents: nothing written") << QByteArray(R"({"otherwise":"round_robin"})") << names({"", ""})
                                                    << u""_s << qint64(0);
    }

    void noRuleMatches()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QStringList, assignees);
        QFETCH(QString, line);
        QFETCH(qint64, historyLines);
        setRules(rules);
        qint64 id = 0;
        QStringList got;
        for (int i = 0; i < assignees.size(); ++i)
            got << open(Delay, test::fixedNowMs() + i, &id).agent;
        QCOMPARE(got, assignees);
        QCOMPARE(lastHistory(id), line);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exception_history")), historyLines);
    }

    // --- through ShipmentIngestor --------------------------------------------------------

    void ingestAssignsInTheOpeningTransaction()
    {
        setRules(R"({"agents":[{"name":"a"},{"name":"b"}],
            "rules":[{"id":"cod","name":"COD","when":{"payment_modes":["cod"],"types":["forgotten"]},"assign_to":{"agents":["a","b"]}}]})");
        QString error;
        const qint64 now = test::fixedNowMs();
        {
            ShipmentIngestor ingestor(*m_db);
            QVERIFY2(ingestor.ingest(labels(0, 3), now, nullptr, &error), qPrintable(error));
        }
        QCOMPARE(assigneesByTracking(), names({"a", "b", "a"}));
        // The history: opened by the rules when the label went silent, assigned at ingest.
        QCOMPARE(text(QStringLiteral("SELECT group_concat(h.action || '|' || h.actor || '|' || h.detail || '|' || h.at_ms, '\n') "
                                     "FROM exception_history h JOIN exceptions x ON x.id = h.exception_id "
                                     "JOIN shipments s ON s.id = x.shipment_id WHERE s.tracking_number = '1ZLABEL0001'")),
                 QStringLiteral("opened|rules|label created, not handed to the carrier|%1\n"
                                "assign|rules|Assigned to b by rule \"COD\" (round robin, 1 today)|%2")
                     .arg(now - 3 * MsPerDay + 48 * MsPerHour).arg(now));
        // The queue sees the assignee.
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exception_queue WHERE assignee = 'a'")), qint64(2));
        // A restarted ingestor goes on where the rules were.
        ShipmentIngestor restarted(*m_db);
        QVERIFY2(restarted.ingest(labels(3, 1), now + 1000, nullptr, &error), qPrintable(error));
        QCOMPARE(assigneesByTracking(), names({"a", "b", "a", "b"}));
        // An exception that is already open is not handed out again when its shipment changes.
        QList<ShipmentRecord> again = labels(0, 1);
        again.first().order.customerName = QStringLiteral("Ada Lovelace");
        QVERIFY2(restarted.ingest(again, now + 2000, nullptr, &error), qPrintable(error));
        QCOMPARE(assigneesByTracking(), names({"a", "b", "a", "b"}));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exception_history WHERE action = 'assign'")), qint64(4));
    }

    // Rules saved between batches apply from the next batch on.
    void savedRulesApplyFromTheNextBatch()
    {
        setRules(everythingTo(R"(["a"])", R"([{"name":"a"},{"name":"b"}])"));
        ShipmentIngestor ingestor(*m_db);
        QString error;
        QVERIFY2(ingestor.ingest(labels(0, 1), test::fixedNowMs(), nullptr, &error), qPrintable(error));
        setRules(everythingTo(R"(["b"])", R"([{"name":"a"},{"name":"b"}])"));
        QVERIFY2(ingestor.ingest(labels(1, 1), test::fixedNowMs(), nullptr, &error), qPrintable(error));
        QCOMPARE(assigneesByTracking(), names({"a", "b"}));
    }

    // A batch that fails is rolled back whole: no assignee, history, turn or count stays.
    void failedBatchLeavesNoTrace()
    {
        setRules(everythingTo(R"(["a","b"])", R"([{"name":"a"},{"name":"b"}])"));
        sql(QStringLiteral("CREATE TRIGGER refuse_fail BEFORE INSERT ON shipments WHEN NEW.tracking_number = 'FAIL' "
                           "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        QList<ShipmentRecord> batch = labels(0, 2);
        batch << forgotten(QStringLiteral("FAIL"), test::fixedNowMs() - 3 * MsPerDay);
        ShipmentIngestor ingestor(*m_db);
        QString error;
        QVERIFY(!ingestor.ingest(batch, test::fixedNowMs(), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM assignment_cursors")), qint64(0));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM assignment_daily")), qint64(0));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exception_history WHERE action = 'assign'")), qint64(0));
        QVERIFY2(ingestor.ingest(labels(0, 2), test::fixedNowMs(), nullptr, &error), qPrintable(error));
        QCOMPARE(assigneesByTracking(), names({"a", "b"}));
    }

    // Time-based exceptions open in the refresh, and are assigned there too.
    void refreshAssignsWhatItOpens()
    {
        setRules(everythingTo(R"(["a"])", R"([{"name":"a"}])"));
        ShipmentIngestor ingestor(*m_db);
        QString error;
        QList<ShipmentRecord> fresh = labels(0, 1);
        fresh.first().events.first().occurredAt.utcMs = test::fixedNowMs() - MsPerHour; // not forgotten yet
        QVERIFY2(ingestor.ingest(fresh, test::fixedNowMs(), nullptr, &error), qPrintable(error));
        QCOMPARE(assigneesByTracking(), QStringList());
        QVERIFY2(ingestor.refreshExceptions(test::fixedNowMs() + 2 * MsPerDay, nullptr, &error), qPrintable(error));
        QCOMPARE(assigneesByTracking(), QStringList{QStringLiteral("a")});
    }

    // A replica never applies the rules: it does not ingest at all; the server does.
    void replicaNeverApplies()
    {
        setRules(everythingTo(R"(["a"])", R"([{"name":"a"}])"));
        sql(QStringLiteral("INSERT INTO meta(key, value) VALUES('sync.server_url', 'https://ct.example.com')"));
        ShipmentIngestor ingestor(*m_db);
        QString error;
        QVERIFY(!ingestor.ingest(labels(0, 1), test::fixedNowMs(), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("replica of the team server")), qPrintable(error));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM assignment_daily")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAssignment)

#include "tst_assignment.moc"
