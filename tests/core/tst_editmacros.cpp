// SPDX-License-Identifier: MIT
// What the desktop's exception actions need headless (core/actions): macros as JSON
// with located errors and their relative dates resolved at run time; the prechecks a
// form and a bulk action make on top of the catalog (applies, role, the shipment's
// carrier days, the order's value, the message's fields); and a batch over a real store
// that refuses one exception and takes everything back in one go.
#include "actions/editbatch.h"
#include "actions/editmacros.h"
#include "actions/editprecheck.h"
#include "json/parser.h"
#include "queue/exceptionqueuerow.h"
#include "store/database.h"
#include "sync/localedits.h"

#include "support/demostore.h"
#include "support/testclock.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

namespace {

const EditOp &op(const char *name)
{
    return *EditCatalog::find(EntityKind::Exception, QString::fromLatin1(name));
}

qint64 number(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString rows(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    QStringList out;
    query.exec(sql);
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i).toString();
        out << row.join(u',');
    }
    return out.join(u'\n');
}

ExceptionQueueRow openUpsAttempt()
{
    ExceptionQueueRow row;
    row.exceptionId = 7;
    row.type = ExceptionType::FailedAttempt;
    row.carrier = QStringLiteral("ups");
    row.orderValueCents = 12999;
    row.currency = QStringLiteral("USD");
    row.assignee = QStringLiteral("omar");
    return row;
}

qint64 at(int day, int hour)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestEditMacros : public QObject
{
    Q_OBJECT

private slots:
    void defaultsSaveAndReadBack()
    {
        const QList<EditMacro> defaults = EditMacros::defaults();
        QCOMPARE(defaults.size(), 3);
        const EditMacros::Loaded loaded = EditMacros::fromJson(EditMacros::toJson(defaults), test::fixedNowMs());
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.value(0).text()));
        QCOMPARE(loaded.macros, defaults);
        for (const EditMacro &macro : defaults)
            QVERIFY2(EditMacros::check(macro, {}, test::fixedNowMs()).isEmpty(), qPrintable(macro.name));
    }

    void relativeValuesResolveAtRunTime_data()
    {
        QTest::addColumn<QString>("opName");
        QTest::addColumn<QByteArray>("params");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QByteArray>("resolved");
        // The suite's now: Wednesday 17 June 2026, 14:00 UTC.
        const qint64 now = test::fixedNowMs();
        const QDate wednesday(2026, 6, 17);
        QTest::newRow("tomorrow") << u"reattempt"_s << QByteArray(R"({"date":"tomorrow"})") << now << wednesday << u"ups"_s
                                  << QByteArray(R"({"date":"2026-06-18"})");
        QTest::newRow("today") << u"reschedule"_s << QByteArray(R"({"date":"today"})") << now << wednesday << u"ups"_s
                               << QByteArray(R"({"date":"2026-06-17"})");
        QTest::newRow("+3d") << u"reattempt"_s << QByteArray(R"({"date":"+3d"})") << now << wednesday << u"ups"_s
                             << QByteArray(R"({"date":"2026-06-20"})");
        QTest::newRow("next delivery day skips Sunday") << u"reattempt"_s << QByteArray(R"({"date":"next_delivery_day"})")
                                                        << at(20, 10) << QDate(2026, 6, 20) << u"ups"_s << QByteArray(R"({"date":"2026-06-22"})");
        QTest::newRow("next delivery day skips DHL's Saturday") << u"reattempt"_s << QByteArray(R"({"date":"next_delivery_day"})")
                                                                << at(19, 10) << QDate(2026, 6, 19) << u"dhl"_s
                                                                << QByteArray(R"({"date":"2026-06-22"})");
        QTest::newRow("today never before UTC's") << u"reattempt"_s << QByteArray(R"({"date":"today"})") << at(17, 2)
                                                  << QDate(2026, 6, 16) << u"ups"_s << QByteArray(R"({"date":"2026-06-17"})");
        QTest::newRow("tomorrow in the user's calendar") << u"reattempt"_s << QByteArray(R"({"date":"tomorrow"})") << at(17, 2)
                                                         << QDate(2026, 6, 16) << u"ups"_s << QByteArray(R"({"date":"2026-06-17"})");
        QTest::newRow("+4h") << u"snooze"_s << QByteArray(R"({"until":"+4h","note":"waiting"})") << now << wednesday << u"ups"_s
                             << QByteArray(R"({"until":"2026-06-17T18:00:00Z","note":"waiting"})");
        QTest::newRow("+1d instant") << u"snooze"_s << QByteArray(R"({"until":"+1d"})") << now << wednesday << u"ups"_s
                                     << QByteArray(R"({"until":"2026-06-18T14:00:00Z"})");
        QTest::newRow("others unchanged") << u"contact_customer"_s << QByteArray(R"({"template":"ndr_missed_sms","channel":"sms"})")
                                          << now << wednesday << u"ups"_s << QByteArray(R"({"template":"ndr_missed_sms","channel":"sms"})");
    }

    void relativeValuesResolveAtRunTime()
    {
        QFETCH(QString, opName);
        QFETCH(QByteArray, params);
        QFETCH(qint64, nowMs);
        QFETCH(QDate, today);
        QFETCH(QString, carrier);
        QFETCH(QByteArray, resolved);
        QString error;
        const auto out = EditMacros::resolve({opName, params}, nowMs, today, carrier, &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*out, resolved);
    }

    void savedMacrosThatNoLongerReadAreLocated_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("{\"macros\": [\n{\"name\": \"x\",]}") << u"line 2, column "_s;
        QTest::newRow("not a list") << QByteArray(R"({"macros": 3})") << u"macros: expected an array of macros, found number"_s;
        QTest::newRow("no name") << QByteArray(R"({"macros": [{"steps": [{"op": "claim"}]}]})") << u"macros[0].name: is required"_s;
        QTest::newRow("renamed op") << QByteArray(R"({"macros": [{"name": "A", "steps": [{"op": "reatempt"}]}]})")
                                    << u"macros[0].steps[0].op: \"reatempt\" is not an exception edit"_s;
        QTest::newRow("absolute date") << QByteArray(R"({"macros": [{"name": "A", "steps": [{"op": "reattempt", "params": {"date": "2026-07-01"}}]}]})")
                                       << u"macros[0].steps[0].params.date: must be relative in a macro"_s;
        QTest::newRow("unknown parameter") << QByteArray(R"({"macros": [{"name": "A", "steps": [{"op": "claim", "params": {"who": "me"}}]}]})")
                                           << u"macros[0].steps[0].params.who: is not a parameter of \"claim\""_s;
        QTest::newRow("missing parameter") << QByteArray(R"({"macros": [{"name": "A", "steps": [{"op": "note"}]}]})")
                                           << u"macros[0].steps[0].params.text: is required"_s;
        QTest::newRow("too far") << QByteArray(R"({"macros": [{"name": "A", "steps": [{"op": "snooze", "params": {"until": "+31d"}}]}]})")
                                 << u"macros[0].steps[0].params.until: must be relative in a macro"_s;
        QTest::newRow("wrong channel") << QByteArray(R"({"macros": [{"name": "A", "steps": [{"op": "contact_customer", "params": {"template": "ndr_missed_sms", "channel": "email"}}]}]})")
                                       << u"macros[0].steps[0].params.template: \"ndr_missed_sms\" is a SMS template, not E-mail"_s;
        QTest::newRow("slot out of range") << QByteArray(R"({"macros": [{"name": "A", "slot": 12, "steps": [{"op": "claim"}]}]})")
                                           << u"macros[0].slot: must be 1 to 9"_s;
        QTest::newRow("slot taken") << QByteArray(R"({"macros": [{"name": "A", "slot": 2, "steps": [{"op": "claim"}]},
                                                                 {"name": "B", "slot": 2, "steps": [{"op": "claim"}]}]})")
                                    << u"macros[1].slot: Ctrl+Alt+2 already runs \"A\""_s;
        QTest::newRow("no steps") << QByteArray(R"({"macros": [{"name": "A", "steps": []}]})") << u"macros[0].steps: must be 1 to 10 actions"_s;
    }

    void savedMacrosThatNoLongerReadAreLocated()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const EditMacros::Loaded loaded = EditMacros::fromJson(json, test::fixedNowMs());
        QVERIFY(!loaded.problems.isEmpty());
        QVERIFY2(loaded.problems.last().text().startsWith(problem), qPrintable(loaded.problems.last().text()));
        QVERIFY(!loaded.problems.last().raw.isEmpty());
    }

    void aBrokenMacroIsKeptBesideTheGoodOnes()
    {
        const QByteArray json = R"({"macros": [{"name": "Good", "slot": 1, "steps": [{"op": "claim"}]},
                                               {"name": "Broken", "steps": [{"op": "reatempt", "params": {"date": "tomorrow"}}]}]})";
        const EditMacros::Loaded loaded = EditMacros::fromJson(json, test::fixedNowMs());
        QCOMPARE(loaded.macros.size(), 1);
        QCOMPARE(loaded.macros.first().name, QStringLiteral("Good"));
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.first().index, 1);
        QCOMPARE(loaded.problems.first().name, QStringLiteral("Broken"));
        // Saving the good ones keeps the broken one as it was, for the agent to fix or delete.
        const QByteArray saved = EditMacros::toJson(loaded.macros, {loaded.problems.first().raw});
        QCOMPARE(saved, QByteArray(R"({"macros":[{"name":"Good","slot":1,"steps":[{"op":"claim"}]},)"
                                   R"({"name":"Broken","steps":[{"op":"reatempt","params":{"date":"tomorrow"}}]}]})"));
    }

    void precheckSaysWhetherAnActionApplies_data()
    {
        QTest::addColumn<QString>("opName");
        QTest::addColumn<QByteArray>("params");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("why");
        const int open = int(QueueStatus::Open), resolved = int(QueueStatus::Resolved), snoozed = int(QueueStatus::Snoozed);
        const int attempt = int(ExceptionType::FailedAttempt), delayed = int(ExceptionType::Delayed);
        QTest::newRow("action on an open one") << u"reattempt"_s << QByteArray("{}") << open << attempt << u""_s;
        QTest::newRow("action on a resolved one") << u"reattempt"_s << QByteArray("{}") << resolved << attempt
                                                  << u"resolved: reopen it before taking an action"_s;
        QTest::newRow("note on a resolved one") << u"note"_s << QByteArray("{}") << resolved << attempt << u""_s;
        QTest::newRow("resolve a resolved one") << u"status"_s << QByteArray(R"({"status":"resolved"})") << resolved << attempt
                                                << u"already resolved"_s;
        QTest::newRow("reopen an open one") << u"status"_s << QByteArray(R"({"status":"open"})") << open << attempt << u"already open"_s;
        QTest::newRow("reopen a resolved one") << u"status"_s << QByteArray(R"({"status":"open"})") << resolved << attempt << u""_s;
        QTest::newRow("snooze a snoozed one") << u"snooze"_s << QByteArray("{}") << snoozed << attempt << u""_s;
        QTest::newRow("snooze a resolved one") << u"snooze"_s << QByteArray("{}") << resolved << attempt
                                               << u"resolved: only an open exception can be snoozed"_s;
        QTest::newRow("claim one of mine") << u"claim"_s << QByteArray("{}") << open << attempt << u"already yours"_s;
        QTest::newRow("fake attempt on a delay") << u"mark_fake_attempt"_s << QByteArray("{}") << open << delayed
                                                 << u"only a failed delivery attempt can be marked fake; this is delayed"_s;
    }

    void precheckSaysWhetherAnActionApplies()
    {
        QFETCH(QString, opName);
        QFETCH(QByteArray, params);
        QFETCH(int, status);
        QFETCH(int, type);
        QFETCH(QString, why);
        ExceptionQueueRow row = openUpsAttempt();
        row.status = static_cast<QueueStatus>(status);
        row.type = static_cast<ExceptionType>(type);
        json::Parser parser;
        const auto values = parser.parse(params.constData(), params.size());
        QCOMPARE(EditPrecheck::notApplicable(op(qPrintable(opName)), &*values, row, QStringLiteral("omar")), why);
    }

    void precheckSaysWhoMay()
    {
        QCOMPARE(EditPrecheck::roleProblem(op("refund"), Role::Agent),
                 QStringLiteral("only managers and admins may refund; you are signed in as an agent"));
        QCOMPARE(EditPrecheck::roleProblem(op("refund"), std::nullopt),
                 QStringLiteral("only managers and admins may refund; your role is not known yet (connect again to check it)"));
        QVERIFY(EditPrecheck::roleProblem(op("refund"), Role::Manager).isEmpty());
        QVERIFY(EditPrecheck::roleProblem(op("note"), Role::Agent).isEmpty());
        QCOMPARE(EditPrecheck::roleProblem(op("note"), Role::Analyst),
                 QStringLiteral("analysts only read: note is for agents, managers and admins"));
    }

    void precheckJudgesAgainstTheShipment_data()
    {
        QTest::addColumn<QString>("opName");
        QTest::addColumn<QByteArray>("params");
        QTest::addColumn<QString>("problems");
        QTest::newRow("UPS on a Thursday") << u"reattempt"_s << QByteArray(R"({"date":"2026-06-18"})") << u""_s;
        QTest::newRow("UPS on a Sunday") << u"reattempt"_s << QByteArray(R"({"date":"2026-06-21"})")
                                         << u"date: UPS does not deliver on Sundays: the next delivery day is Monday 22 June 2026"_s;
        QTest::newRow("fake attempt's date too") << u"mark_fake_attempt"_s << QByteArray(R"({"date":"2026-06-21"})")
                                                 << u"date: UPS does not deliver on Sundays: the next delivery day is Monday 22 June 2026"_s;
        QTest::newRow("refund of the whole order") << u"refund"_s << QByteArray(R"({"amount_cents":12999,"currency":"USD"})") << u""_s;
        QTest::newRow("refund above the order") << u"refund"_s << QByteArray(R"({"amount_cents":13000,"currency":"USD"})")
                                                << u"amount_cents: 130.00 USD is more than the order's value of 129.99 USD"_s;
        QTest::newRow("refund in another currency") << u"refund"_s << QByteArray(R"({"amount_cents":100,"currency":"EUR"})")
                                                    << u"currency: the order was paid in USD, not EUR"_s;
        QTest::newRow("message of the channel") << u"contact_customer"_s << QByteArray(R"({"template":"ndr_missed_sms","channel":"sms"})") << u""_s;
        QTest::newRow("message of another channel") << u"contact_customer"_s << QByteArray(R"({"template":"ndr_missed_sms","channel":"whatsapp"})")
                                                    << u"template: \"ndr_missed_sms\" is a SMS template, not WhatsApp"_s;
        QTest::newRow("no such message") << u"contact_customer"_s << QByteArray(R"({"template":"ndr_first","channel":"sms"})")
                                         << u"template: \"ndr_first\" is not a message template"_s;
        QTest::newRow("a field the shipment lacks") << u"contact_customer"_s << QByteArray(R"({"template":"delay_apology_sms","channel":"sms"})")
                                                    << u"template: this shipment has no estimated date for the message's {estimated_date}"_s;
    }

    void precheckJudgesAgainstTheShipment()
    {
        QFETCH(QString, opName);
        QFETCH(QByteArray, params);
        QFETCH(QString, problems);
        json::Parser parser;
        const auto values = parser.parse(params.constData(), params.size());
        const QHash<QString, QString> fields{{QStringLiteral("order_id"), QStringLiteral("#1")},
                                             {QStringLiteral("first_name"), QStringLiteral("Ada")},
                                             {QStringLiteral("carrier"), QStringLiteral("UPS")},
                                             {QStringLiteral("tracking_number"), QStringLiteral("1Z")}};
        QCOMPARE(EditPrecheck::joined(EditPrecheck::shipmentProblems(op(qPrintable(opName)), *values, openUpsAttempt(), fields)),
                 problems);
    }

    void aBatchRefusesOneAndIsTakenBackWhole()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("batch.db")), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*db, 200, &error), qPrintable(error));
        const qint64 a = number(*db, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1"));
        const qint64 b = number(*db, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1 OFFSET 1"));
        const qint64 resolved = number(*db, QStringLiteral("SELECT id FROM exceptions WHERE status = 1 ORDER BY id LIMIT 1"));
        QVERIFY(a > 0 && b > 0 && resolved > 0);
        const QString snapshot = QStringLiteral("SELECT id, status, assignee, first_action_at_ms, (SELECT count(*) FROM "
                                                "exception_history h WHERE h.exception_id = e.id) FROM exceptions e "
                                                "WHERE id IN (%1, %2, %3) ORDER BY id").arg(a).arg(b).arg(resolved);
        const QString before = rows(*db, snapshot);

        const QList<MacroStep> steps{{QStringLiteral("note"), R"({"text":"checked with the depot"})"},
                                     {QStringLiteral("reschedule"), R"({"date":"tomorrow"})"},
                                     {QStringLiteral("claim"), "{}"}};
        const BatchContext context{test::fixedNowMs(), QDate(2026, 6, 17), QStringLiteral("maria"), Role::Agent};
        const BatchResult result = EditBatch(*db).run({a, resolved, b}, steps, context);
        QCOMPARE(result.items.size(), 3);
        QCOMPARE(result.appliedCount(), 2);
        QCOMPARE(result.refusedCount(), 1);
        const BatchItem &refused = result.items.at(1);
        QCOMPARE(refused.exceptionId, resolved);
        QCOMPARE(refused.applied, QStringList{QStringLiteral("note")});
        QCOMPARE(refused.refusedOp, QStringLiteral("reschedule"));
        QCOMPARE(refused.refusal, QStringLiteral("resolved: reopen it before taking an action"));
        QCOMPARE(refused.notTried, QStringList{QStringLiteral("claim")});
        QVERIFY(!refused.trackingNumber.isEmpty());
        QCOMPARE(result.made.size(), 7);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM exceptions WHERE id IN (%1, %2) AND assignee = 'maria'").arg(a).arg(b)), 2);
        QCOMPARE(number(*db, QStringLiteral("SELECT count(*) FROM outbox")), 0); // standalone

        QVERIFY2(LocalEdits(*db).withdraw(result.made, &error), qPrintable(error));
        QCOMPARE(rows(*db, snapshot), before);

        // An analyst's batch touches nothing.
        const BatchResult analyst = EditBatch(*db).run({a, b}, steps, {test::fixedNowMs(), QDate(2026, 6, 17),
                                                                         QStringLiteral("ana"), Role::Analyst});
        QCOMPARE(analyst.refusedCount(), 2);
        QVERIFY(analyst.made.isEmpty());
        QVERIFY(analyst.items.first().refusal.startsWith(QStringLiteral("analysts only read")));
        QCOMPARE(rows(*db, snapshot), before);
    }
};

QTEST_APPLESS_MAIN(TestEditMacros)

#include "tst_editmacros.moc"
