// SPDX-License-Identifier: MIT
// The automation rules (docs/AUTOMATION.md) on a real store at instants written down in
// each row: the document's validator with located errors (and the version in force kept
// when a new one is refused), quiet hours across time zones and clock changes, each rule
// firing once per transition under re-ingest and re-sweeps (the ledger's idempotency
// key), its edits in the exception's history as "automation:<rule id>", the per-customer
// rate limit, the sweep's time in a state with and without an agent's action, and the dry
// run's counts per rule with nothing written.
#include "automation/automationledger.h"
#include "automation/automationrules.h"
#include "automation/automationrunner.h"
#include "edits/editapplier.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

#include "support/returntestdata.h"
#include "support/testclock.h"
#include "support/trackingevents.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using test::instant;

namespace {

// A rule document with the given rules (a JSON array's members).
QByteArray document(const QByteArray &rules, const QByteArray &extra = {})
{
    return QByteArrayLiteral(R"({"version":1)") + extra + R"(,"rules":[)" + rules + "]}";
}

const char NoteAction[] = R"("actions":[{"type":"note","text":"seen"}])";

QByteArray rule(const char *id, const QByteArray &trigger, const QByteArray &rest = NoteAction)
{
    return QByteArrayLiteral(R"({"id":")") + id + R"(","trigger":)" + trigger + "," + rest + "}";
}

// A COD parcel to Mumbai, out for delivery and then attempted, for customer `email`.
ShipmentRecord parcel(const QString &tracking, const QList<TrackingEvent> &events, const char *email = "asha@example.in")
{
    ShipmentRecord r;
    r.carrier = QStringLiteral("delhivery");
    r.trackingNumber = tracking;
    r.sourceFormat = QStringLiteral("test");
    r.sourceDocument = tracking;
    r.service = QStringLiteral("Surface");
    r.destination.city = QStringLiteral("Mumbai");
    r.destination.state = QStringLiteral("MH");
    r.destination.country = QStringLiteral("IN");
    r.order.orderId = QStringLiteral("#10") + tracking.right(2);
    r.order.customerName = QStringLiteral("Asha Rao");
    r.order.customerEmail = QString::fromLatin1(email);
    r.order.customerPhone = QStringLiteral("+919800000001");
    r.order.orderValueCents = 249900;
    r.order.currency = QStringLiteral("INR");
    r.payment.mode = PaymentMode::CashOnDelivery;
    r.events = events;
    r.tag = events.constLast().tag;
    r.subtag = events.constLast().subtag;
    return r;
}

} // namespace

class TestAutomation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_stores = 0;

    QSqlQuery sql(const QString &statement)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return query;
    }
    qint64 number(const QString &statement)
    {
        QSqlQuery q = sql(statement);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QStringList column(const QString &statement)
    {
        QStringList out;
        QSqlQuery q = sql(statement);
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    void newStore()
    {
        m_db.reset();
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_stores)), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void saveRules(const QByteArray &doc)
    {
        TeamSettingsStore store(*m_db);
        QString error;
        const qint64 version = store.read(u"automation", &error)->version;
        const auto saved = store.save(u"automation", doc, version, QStringLiteral("meg"), test::fixedNowMs());
        QVERIFY2(saved.ok(), qPrintable(saved.detail + SettingsReader::describe(saved.errors)));
    }

    void ingest(ShipmentIngestor &ingestor, const QList<ShipmentRecord> &batch, qint64 nowMs)
    {
        QString error;
        QVERIFY2(ingestor.ingest(batch, nowMs, nullptr, &error), qPrintable(error));
    }

    qint64 ledgerRows() { return number(QStringLiteral("SELECT count(*) FROM automation_ledger")); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every error names its field by its path; the first one is compared whole.
    void validatorLocatesErrors_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("expected");
        const QByteArray tag = R"({"on":"tag","tag":"AttemptFail"})";
        const QByteArray two = rule("a", tag) + "," + rule("b", tag) + ",";
        QTest::newRow("unknown carrier") << document(two + rule("c", tag, R"("conditions":{"carrier":"xx"},)" "\"actions\":[{\"type\":\"note\",\"text\":\"x\"}]"))
                                         << QStringLiteral("rules[2].conditions.carrier: unknown carrier \"xx\"");
        QTest::newRow("unknown carrier in a list")
            << document(rule("a", tag, R"("conditions":{"carrier":["ups","zz"]},"actions":[{"type":"note","text":"x"}])"))
            << QStringLiteral("rules[0].conditions.carrier[1]: unknown carrier \"zz\"");
        QTest::newRow("no version") << QByteArray(R"({"rules":[]})") << QStringLiteral("version: is required: 1");
        QTest::newRow("version 2") << QByteArray(R"({"version":2,"rules":[]})")
                                   << QStringLiteral("version: must be 1 (the format this build reads)");
        QTest::newRow("unknown tag") << document(rule("a", R"({"on":"tag","tag":"Lost"})"))
                                     << QStringLiteral("rules[0].trigger.tag: unknown tag \"Lost\": must be one of \"Pending\", "
                                                       "\"InfoReceived\", \"InTransit\", \"OutForDelivery\", \"AttemptFail\", "
                                                       "\"Delivered\", \"AvailableForPickup\", \"Exception\", \"Expired\"");
        QTest::newRow("subtag of another tag") << document(rule("a", R"({"on":"tag","tag":"Delivered","subtag":"AttemptFail_002"})"))
                                               << QStringLiteral("rules[0].trigger.subtag: \"AttemptFail_002\" is not a sub-status of Delivered");
        QTest::newRow("member of another trigger") << document(rule("a", R"({"on":"exception_opened","hours":4})"))
                                                   << QStringLiteral("rules[0].trigger.hours: is not a setting of a \"exception_opened\" trigger");
        QTest::newRow("time in state without hours") << document(rule("a", R"({"on":"time_in_state","tag":"AttemptFail"})"))
                                                     << QStringLiteral("rules[0].trigger.hours: is required (hours in the state, 1 to 1440)");
        QTest::newRow("hours past the limit") << document(rule("a", R"({"on":"time_in_state","tag":"AttemptFail","hours":1441})"))
                                              << QStringLiteral("rules[0].trigger.hours: must be a whole number from 1 to 1440");
        QTest::newRow("unknown trigger") << document(rule("a", R"({"on":"delivered"})"))
                                         << QStringLiteral("rules[0].trigger.on: must be one of \"tag\", \"exception_opened\", "
                                                           "\"exception_escalated\", \"sla_breached\", \"return_status\", \"time_in_state\"");
        QTest::newRow("NDR reason") << document(rule("a", tag, R"("conditions":{"ndr_reason":"sleeping"},"actions":[{"type":"note","text":"x"}])"))
                                    << QStringLiteral("rules[0].conditions.ndr_reason: unknown NDR reason \"sleeping\": must be one of ")
                                           + QStringLiteral("\"unspecified\", \"customer_unavailable\"");
        QTest::newRow("attempts inverted") << document(rule("a", tag, R"("conditions":{"attempts":{"min":3,"max":2}},"actions":[{"type":"note","text":"x"}])"))
                                           << QStringLiteral("rules[0].conditions.attempts.max: must not be less than min (3)");
        QTest::newRow("country") << document(rule("a", tag, R"("conditions":{"destination_country":"XY"},"actions":[{"type":"note","text":"x"}])"))
                                 << QStringLiteral("rules[0].conditions.destination_country: unknown country \"XY\": must be an ISO 3166-1 alpha-2 code such as \"IN\"");
        QTest::newRow("no actions") << document(rule("a", tag, R"("actions":[])"))
                                    << QStringLiteral("rules[0].actions: must hold at least one action");
        QTest::newRow("channel") << document(rule("a", tag, R"("actions":[{"type":"notify","template":"t","channel":"fax"}])"))
                                 << QStringLiteral("rules[0].actions[0].channel: must be one of \"email\", \"sms\", \"whatsapp\"");
        QTest::newRow("reattempt too far") << document(rule("a", tag, R"("actions":[{"type":"reattempt","in_days":15}])"))
                                           << QStringLiteral("rules[0].actions[0].in_days: must be a whole number from 0 to 14");
        QTest::newRow("assign to nobody") << document(rule("a", tag, R"("actions":[{"type":"assign"}])"))
                                          << QStringLiteral("rules[0].actions[0].to: is required (a user name)");
        QTest::newRow("duplicate id") << document(rule("a", tag) + "," + rule("a", tag))
                                      << QStringLiteral("rules[1].id: \"a\" is the id of an earlier rule");
        QTest::newRow("quiet hours") << document("", R"(,"quiet_hours":{"start":"21:00","end":"25:00"})")
                                     << QStringLiteral("quiet_hours.end: must be a time written HH:MM, such as \"21:00\"");
        QTest::newRow("not JSON") << QByteArray(R"({"version":1,)") << QStringLiteral("the document is not JSON");
    }

    void validatorLocatesErrors()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, expected);
        QList<FieldError> errors;
        QVERIFY(!AutomationRules::fromJson(doc, &errors));
        QVERIFY(!errors.isEmpty());
        const QString first = SettingsReader::describe({errors.first()});
        QVERIFY2(first.startsWith(expected), qPrintable(first));
    }

    // A valid document in, its normal form out; reading the normal form gives the same rules.
    void normalFormRoundTrips()
    {
        const QByteArray doc = document(
            R"({"id":"cod-ndr","name":"COD failed attempt","priority":5,"trigger":{"on":"tag","tag":"AttemptFail"},)"
            R"("conditions":{"carrier":"Delhivery","payment_mode":"cod","attempts":{"min":1},"order_value":{"min":100000,"currency":"INR"},)"
            R"("destination_country":["in"],"customer_tag":"VIP"},)"
            R"("actions":[{"type":"notify","template":"ndr_fix_sms","channel":"sms"},{"type":"reattempt"},{"type":"return_to_origin","after_attempts":3}]})",
            R"(,"quiet_hours":{"start":"21:00","end":"08:00"},"rate_limit":{"messages":2})");
        QList<FieldError> errors;
        const auto rules = AutomationRules::fromJson(doc, &errors);
        QVERIFY2(rules, qPrintable(SettingsReader::describe(errors)));
        QCOMPARE(rules->rules.first().conditions.carriers, QStringList{QStringLiteral("delhivery")});
        QCOMPARE(rules->rules.first().conditions.destinationCountries, QStringList{QStringLiteral("IN")});
        QCOMPARE(rules->rateLimit.hours, 24);
        QCOMPARE(rules->rules.first().actions.at(1).inDays, 1);
        const auto again = AutomationRules::fromJson(rules->toJson(), &errors);
        QVERIFY(again);
        QCOMPARE(*again, *rules);
        QCOMPARE(again->toJson(), rules->toJson());
    }

    // A refused save keeps the version in force, and the runner keeps running it.
    void refusedDocumentKeepsThePreviousVersion()
    {
        newStore();
        saveRules(document(rule("first", R"({"on":"tag","tag":"Delivered"})")));
        TeamSettingsStore store(*m_db);
        QString error;
        const auto refused = store.save(u"automation", document(rule("bad", R"({"on":"tag","tag":"Nope"})")), 1,
                                        QStringLiteral("meg"), test::fixedNowMs());
        QCOMPARE(refused.status, TeamSettingsStore::PutOutcome::Status::Invalid);
        QCOMPARE(refused.errors.first().field, QStringLiteral("rules[0].trigger.tag"));
        QCOMPARE(store.read(u"automation", &error)->version, 1);
        AutomationRunner runner(*m_db);
        QVERIFY2(runner.reload(&error), qPrintable(error));
        QCOMPARE(runner.rules().rules.size(), 1);
        QCOMPARE(runner.rules().rules.first().id, QStringLiteral("first"));
    }

    void quietHoursInTheDestinationsZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("expected");
        const auto row = [](const char *name, const char *zone, const char *start, const char *end, const char *now, const char *expected) {
            QTest::newRow(name) << QByteArray(zone) << QString::fromLatin1(start) << QString::fromLatin1(end) << instant(now) << instant(expected);
        };
        // 22:30 in Mumbai is inside 21:00-08:00: 08:00 IST the next morning is 02:30 UTC.
        row("kolkata late evening", "Asia/Kolkata", "21:00", "08:00", "2026-06-17T17:00:00Z", "2026-06-18T02:30:00Z");
        row("kolkata at the start", "Asia/Kolkata", "21:00", "08:00", "2026-06-17T15:30:00Z", "2026-06-18T02:30:00Z");
        row("kolkata a minute before", "Asia/Kolkata", "21:00", "08:00", "2026-06-17T15:29:00Z", "2026-06-17T15:29:00Z");
        row("kolkata early morning", "Asia/Kolkata", "21:00", "08:00", "2026-06-18T02:29:00Z", "2026-06-18T02:30:00Z");
        row("kolkata at the end", "Asia/Kolkata", "21:00", "08:00", "2026-06-18T02:30:00Z", "2026-06-18T02:30:00Z");
        // New York springs forward on 2027-03-14: 23:00 EST, then 08:00 EDT is 12:00 UTC (not 13:00).
        row("new york spring forward", "America/New_York", "21:00", "08:00", "2027-03-14T04:00:00Z", "2027-03-14T12:00:00Z");
        // It falls back on 2026-11-01: 22:00 EDT, then 08:00 EST is 13:00 UTC (not 12:00).
        row("new york fall back", "America/New_York", "21:00", "08:00", "2026-11-01T02:00:00Z", "2026-11-01T13:00:00Z");
        // An end at 02:30, which New York skips on 2027-03-14: the zone moves it to 03:30 EDT.
        row("end in the gap", "America/New_York", "00:00", "02:30", "2027-03-14T06:30:00Z", "2027-03-14T07:30:00Z");
        row("a spell within a day", "Europe/London", "13:00", "14:00", "2026-06-17T12:30:00Z", "2026-06-17T13:00:00Z");
        row("no zone is UTC", "", "21:00", "08:00", "2026-06-17T22:00:00Z", "2026-06-18T08:00:00Z");
    }

    void quietHoursInTheDestinationsZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(qint64, now);
        QFETCH(qint64, expected);
        QuietHours q{*QuietHours::minuteFromText(start), *QuietHours::minuteFromText(end)};
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(q.notBefore(now, zone), QTimeZone::utc()),
                 QDateTime::fromMSecsSinceEpoch(expected, QTimeZone::utc()));
    }

    // A COD parcel's failed attempt: the rule fires once, its edits are in the history as
    // "automation:cod-ndr"; the same scans again fire nothing; a second attempt fires again.
    void firesOncePerTransition()
    {
        newStore();
        saveRules(document(
            R"({"id":"cod-ndr","trigger":{"on":"tag","tag":"AttemptFail"},"conditions":{"payment_mode":"cod","carrier":"delhivery"},)"
            R"("actions":[{"type":"notify","template":"ndr_fix_sms","channel":"sms"},{"type":"reattempt","in_days":1},{"type":"note","text":"Re-attempt asked by the rules"}]},)"
            R"({"id":"prepaid-only","trigger":{"on":"tag","tag":"AttemptFail"},"conditions":{"payment_mode":"prepaid"},"actions":[{"type":"note","text":"never"}]})",
            R"(,"quiet_hours":{"start":"21:00","end":"08:00"})"));
        const QList<TrackingEvent> first = {test::eventAt("2026-06-15T09:00:00+05:30", Subtag::InTransit),
                                            test::eventAt("2026-06-17T09:00:00+05:30", Subtag::OutForDelivery),
                                            test::eventAt("2026-06-17T13:10:00+05:30", Subtag::AttemptFailAddresseeUnavailable)};
        ShipmentIngestor ingestor(*m_db);
        QList<NotifyDecision> decisions;
        const qint64 now = test::fixedNowMs(); // 19:30 in Mumbai: before the quiet hours
        ingest(ingestor, {parcel(QStringLiteral("DL0001"), first)}, now);
        QCOMPARE(ledgerRows(), 1);
        QCOMPARE(column(QStringLiteral("SELECT rule_id || '|' || notify_state || '|' || notify_channel FROM automation_ledger")),
                 QStringList{QStringLiteral("cod-ndr|not_sent|sms")});
        QCOMPARE(number(QStringLiteral("SELECT notify_not_before_ms FROM automation_ledger")), now);
        QCOMPARE(column(QStringLiteral("SELECT action || '|' || actor || '|' || detail FROM exception_history "
                                       "WHERE actor LIKE 'automation:%' ORDER BY id")),
                 (QStringList{QStringLiteral("reattempt|automation:cod-ndr|Re-attempt requested for 2026-06-18"),
                              QStringLiteral("note|automation:cod-ndr|Re-attempt asked by the rules")}));
        // The exception was acted on by the rule, at the batch's instant.
        QCOMPARE(number(QStringLiteral("SELECT first_action_at_ms FROM exceptions")), now);
        // Standalone, the decision waits in the ledger for a notification engine.
        QString error;
        const auto waiting = AutomationLedger(*m_db).notSent(10, &error);
        QVERIFY2(waiting, qPrintable(error));
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->first().customerKey, QStringLiteral("email:asha@example.in"));
        QCOMPARE(waiting->first().notifyTemplate, QStringLiteral("ndr_fix_sms"));

        // The same scans again, later: nothing new fires.
        ingest(ingestor, {parcel(QStringLiteral("DL0001"), first)}, now + MsPerHour);
        ingestor.automation().setNotifySink([&](const NotifyDecision &d) { decisions << d; });
        ingest(ingestor, {parcel(QStringLiteral("DL0001"), first)}, now + 2 * MsPerHour);
        // The same scans with a changed detail: the shipment is rewritten, its status is the same run.
        ShipmentRecord changed = parcel(QStringLiteral("DL0001"), first);
        changed.service = QStringLiteral("Express");
        ingest(ingestor, {changed}, now + 3 * MsPerHour);
        QCOMPARE(ledgerRows(), 1);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exception_history WHERE actor LIKE 'automation:%'")), 2);
        QVERIFY(decisions.isEmpty());

        // A second attempt after another run out for delivery: a new transition, 23:40 in
        // Mumbai, so the message waits for 08:00 IST (02:30 UTC).
        QList<TrackingEvent> second = first;
        second << test::eventAt("2026-06-18T09:00:00+05:30", Subtag::OutForDelivery)
               << test::eventAt("2026-06-18T14:00:00+05:30", Subtag::AttemptFailBusinessClosed);
        const qint64 late = instant("2026-06-18T18:10:00Z");
        ingest(ingestor, {parcel(QStringLiteral("DL0001"), second)}, late);
        QCOMPARE(ledgerRows(), 2);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().ruleId, QStringLiteral("cod-ndr"));
        QCOMPARE(decisions.first().channel, QStringLiteral("sms"));
        QCOMPARE(decisions.first().recipient, QStringLiteral("+919800000001"));
        QCOMPARE(decisions.first().notBeforeMs, instant("2026-06-19T02:30:00Z"));
        QCOMPARE(decisions.first().transitionKey, QStringLiteral("tag:AttemptFail@%1").arg(instant("2026-06-18T14:00:00+05:30")));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM automation_ledger WHERE notify_state = 'handed_off'")), 1);
        QCOMPARE(AutomationLedger(*m_db).notSent(10, &error)->size(), 1); // the first, decided before the sink
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM automation_ledger WHERE rule_id = 'prepaid-only'")), 0);
    }

    // A batch that fails while the rules run is rolled back whole: no ledger row, no edit,
    // no decision handed on; the same batch later fires once.
    void failedBatchLeavesNoTrace()
    {
        newStore();
        saveRules(document(R"({"id":"ndr","trigger":{"on":"tag","tag":"AttemptFail"},)"
                           R"("actions":[{"type":"note","text":"seen"},{"type":"notify","template":"ndr","channel":"email"}]})"));
        sql(QStringLiteral("CREATE TRIGGER refuse_ledger BEFORE INSERT ON automation_ledger WHEN NEW.shipment_id = "
                           "(SELECT id FROM shipments WHERE tracking_number = 'DL0031') BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        const QList<TrackingEvent> events = {test::eventAt("2026-06-17T09:00:00+05:30", Subtag::OutForDelivery),
                                             test::eventAt("2026-06-17T13:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable)};
        const QList<ShipmentRecord> batch = {parcel(QStringLiteral("DL0030"), events), parcel(QStringLiteral("DL0031"), events, "e@example.in")};
        ShipmentIngestor ingestor(*m_db);
        int handed = 0;
        ingestor.automation().setNotifySink([&](const NotifyDecision &) { ++handed; });
        QString error;
        QVERIFY(!ingestor.ingest(batch, test::fixedNowMs(), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
        QCOMPARE(ledgerRows(), 0);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exception_history WHERE actor LIKE 'automation:%'")), 0);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM shipments")), 0);
        QCOMPARE(handed, 0);
        sql(QStringLiteral("DROP TRIGGER refuse_ledger"));
        ingest(ingestor, batch, test::fixedNowMs());
        ingest(ingestor, batch, test::fixedNowMs() + MsPerHour);
        QCOMPARE(ledgerRows(), 2);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exception_history WHERE actor = 'automation:ndr'")), 2);
        QCOMPARE(handed, 2);
    }

    // An exception of a type opening, and a return reaching "received", each fire once;
    // a rule with an exception condition leaves a shipment without one alone.
    void exceptionAndReturnTriggers()
    {
        newStore();
        saveRules(document(
            R"({"id":"ndr-opened","trigger":{"on":"exception_opened"},"conditions":{"exception_type":"failed_attempt","ndr_reason":"customer_unavailable"},)"
            R"("actions":[{"type":"assign","to":"ndr.desk"}]},)"
            R"({"id":"lost-opened","trigger":{"on":"exception_opened"},"conditions":{"exception_type":"lost"},"actions":[{"type":"note","text":"claim"}]},)"
            R"({"id":"received","trigger":{"on":"return_status","status":"received"},"actions":[{"type":"notify","template":"return_received","channel":"email"}]})"));
        ShipmentIngestor ingestor(*m_db);
        const QList<TrackingEvent> events = {test::eventAt("2026-06-17T09:00:00+05:30", Subtag::OutForDelivery),
                                             test::eventAt("2026-06-17T13:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable)};
        ingest(ingestor, {parcel(QStringLiteral("DL0040"), events)}, test::fixedNowMs());
        ingest(ingestor, {parcel(QStringLiteral("DL0040"), events)}, test::fixedNowMs() + MsPerHour);
        QCOMPARE(column(QStringLiteral("SELECT rule_id || '|' || transition FROM automation_ledger")),
                 QStringList{QStringLiteral("ndr-opened|exception:%1:opened")
                                 .arg(number(QStringLiteral("SELECT id FROM exceptions WHERE type = %1").arg(static_cast<int>(ExceptionType::FailedAttempt))))});
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exceptions WHERE assignee = 'ndr.desk'")), 1);

        QString error;
        ingest(ingestor, {test::deliveredParcel(7)}, test::fixedNowMs());
        ReturnRecord r = test::resolvedReturn("RMA-7", "#7", "ups", "1Z7", 4500, ReturnResolution::Refund, "2026-06-05T10:00:00");
        r.status = ReturnStatus::InTransit;
        r.resolution = ReturnResolution::None;
        QVERIFY2(ingestor.ingestReturns({r}, test::fixedNowMs(), &error), qPrintable(error));
        r.status = ReturnStatus::Received;
        r.updatedAt = test::utc("2026-06-12T10:00:00");
        QVERIFY2(ingestor.ingestReturns({r}, test::fixedNowMs(), &error), qPrintable(error));
        QVERIFY2(ingestor.ingestReturns({r}, test::fixedNowMs() + MsPerHour, &error), qPrintable(error));
        QCOMPARE(column(QStringLiteral("SELECT rule_id || '|' || notify_state || '|' || customer_key FROM automation_ledger "
                                       "WHERE rule_id = 'received'")),
                 QStringList{QStringLiteral("received|not_sent|email:customer7@example.com")});
    }

    // Time moves an open exception's priority up (past its SLA, the refresh raises it): a
    // rule on the band it reaches fires then, once; on a band it does not reach, never.
    void escalationFiresOnceAtItsBand()
    {
        newStore();
        const QList<TrackingEvent> events = {test::eventAt("2026-06-17T09:00:00+05:30", Subtag::OutForDelivery),
                                             test::eventAt("2026-06-17T13:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable)};
        ShipmentRecord r = parcel(QStringLiteral("DL0050"), events);
        r.payment.mode = PaymentMode::Prepaid;
        r.order.orderValueCents = 1000;
        r.order.promisedDate = QDate(2026, 6, 17);
        // Seen a minute after the attempt: no SLA time used yet, not late yet.
        const qint64 seen = instant("2026-06-17T13:01:00+05:30");
        const QString band = QStringLiteral("SELECT priority FROM exceptions WHERE status = 0");
        qint64 before = 0;
        qint64 after = 0;
        {
            // What ten days past the SLA makes of it, on this store without rules.
            ShipmentIngestor probe(*m_db);
            ingest(probe, {r}, seen);
            before = number(band);
            QString error;
            QVERIFY2(probe.refreshExceptions(test::fixedNowMs() + 10 * MsPerDay, nullptr, &error), qPrintable(error));
            after = number(band);
        }
        QVERIFY2(after < before, "ten days past its SLA the exception's priority must rise for this test");
        newStore();
        ShipmentIngestor fresh(*m_db);
        QByteArray rules = QByteArrayLiteral(R"({"id":"reached","trigger":{"on":"exception_escalated","priority":)")
            + QByteArray::number(after) + R"(},"actions":[{"type":"escalate","to":"lead"}]})";
        if (after > 1)
            rules += R"(,{"id":"beyond","trigger":{"on":"exception_escalated","priority":)" + QByteArray::number(after - 1)
                + R"(},"actions":[{"type":"note","text":"never"}]})";
        saveRules(document(rules));
        ingest(fresh, {r}, seen);
        QCOMPARE(ledgerRows(), 0);
        QString error;
        QVERIFY2(fresh.refreshExceptions(test::fixedNowMs() + 10 * MsPerDay, nullptr, &error), qPrintable(error));
        QVERIFY2(fresh.refreshExceptions(test::fixedNowMs() + 11 * MsPerDay, nullptr, &error), qPrintable(error));
        QCOMPARE(column(QStringLiteral("SELECT rule_id || '|' || transition FROM automation_ledger")),
                 QStringList{QStringLiteral("reached|exception:%1:priority:%2").arg(number(QStringLiteral("SELECT id FROM exceptions"))).arg(after)});
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exceptions WHERE assignee = 'lead'")), 1);
    }

    // One message per customer per day: the second rule's message is rate limited; a
    // customer with no e-mail is skipped, never an error.
    void rateLimitAndMissingContact()
    {
        newStore();
        saveRules(document(
            R"({"id":"ofd","priority":1,"trigger":{"on":"tag","tag":"OutForDelivery"},"actions":[{"type":"notify","template":"ofd","channel":"email"}]},)"
            R"({"id":"ndr","priority":2,"trigger":{"on":"tag","tag":"AttemptFail"},"actions":[{"type":"notify","template":"ndr","channel":"email"}]})",
            R"(,"rate_limit":{"messages":1,"hours":24})"));
        ShipmentIngestor ingestor(*m_db);
        QList<TrackingEvent> events = {test::eventAt("2026-06-17T09:00:00+05:30", Subtag::OutForDelivery)};
        ingest(ingestor, {parcel(QStringLiteral("DL0002"), events), parcel(QStringLiteral("DL0003"), events, "")},
               test::fixedNowMs());
        events << test::eventAt("2026-06-17T13:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable);
        ingest(ingestor, {parcel(QStringLiteral("DL0002"), events)}, test::fixedNowMs() + MsPerHour);
        QCOMPARE(column(QStringLiteral("SELECT rule_id || '|' || notify_state || '|' || customer_key FROM automation_ledger ORDER BY id")),
                 (QStringList{QStringLiteral("ofd|not_sent|email:asha@example.in"),
                              QStringLiteral("ofd|no_contact|phone:+919800000001"),
                              QStringLiteral("ndr|rate_limited|email:asha@example.in")}));
        // A day later the limit has room again.
        events << test::eventAt("2026-06-18T09:00:00+05:30", Subtag::OutForDelivery);
        ingest(ingestor, {parcel(QStringLiteral("DL0002"), events)}, test::fixedNowMs() + 25 * MsPerHour);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM automation_ledger WHERE notify_state = 'not_sent'")), 2);
    }

    // Two days in AttemptFail with no action: found by the sweep at 48 hours, not at
    // 47:59, once; a parcel an agent acted on is left alone.
    void sweepFindsTimeInStateOnce()
    {
        newStore();
        ShipmentIngestor ingestor(*m_db);
        const QList<TrackingEvent> events = {test::eventAt("2026-06-15T10:00:00Z", Subtag::OutForDelivery),
                                             test::eventAt("2026-06-15T14:00:00Z", Subtag::AttemptFailAddresseeUnavailable)};
        ingest(ingestor, {parcel(QStringLiteral("DL0010"), events), parcel(QStringLiteral("DL0011"), events, "b@example.in")},
               instant("2026-06-15T15:00:00Z"));
        // An agent re-attempts DL0011 a day later.
        {
            const qint64 id = number(QStringLiteral("SELECT x.id FROM exceptions x JOIN shipments s ON s.id = x.shipment_id "
                                                    "WHERE s.tracking_number = 'DL0011'"));
            json::Parser parser;
            const QByteArray params = R"({"date":"2026-06-17"})";
            EditApplier applier(*m_db);
            const EditOutcome done = applier.apply(EntityKind::Exception, id, *EditCatalog::find(EntityKind::Exception, u"reattempt"),
                                                   *parser.parse(params.constData(), params.size()), QStringLiteral("dana"),
                                                   instant("2026-06-16T14:00:00Z"), EditApplier::Mode::Authoritative);
            QVERIFY2(done.ok(), qPrintable(done.detail));
        }
        saveRules(document(R"({"id":"stale-ndr","trigger":{"on":"time_in_state","tag":"AttemptFail","hours":48},)"
                           R"("actions":[{"type":"escalate","to":"maria","note":"two days without action"}]})"));
        AutomationRunner runner(*m_db);
        QString error;
        AutomationRunCounts counts;
        QVERIFY2(runner.sweep(instant("2026-06-17T13:59:59Z"), &counts, &error), qPrintable(error));
        QCOMPARE(counts.fired, 0);
        QVERIFY2(runner.sweep(instant("2026-06-17T14:00:00Z"), &counts, &error), qPrintable(error));
        QCOMPARE(counts.fired, 1);
        QCOMPARE(counts.editsApplied, 2);
        // The exception refresh sweeps too: nothing new.
        QVERIFY2(ingestor.refreshExceptions(instant("2026-06-17T18:00:00Z"), nullptr, &error), qPrintable(error));
        QCOMPARE(ingestor.automationCounts().fired, 0);
        QCOMPARE(ingestor.automationCounts().alreadyFired, 1);
        QCOMPARE(ledgerRows(), 1);
        QCOMPARE(column(QStringLiteral("SELECT s.tracking_number || '|' || x.assignee FROM exceptions x JOIN shipments s "
                                       "ON s.id = x.shipment_id ORDER BY s.tracking_number")),
                 (QStringList{QStringLiteral("DL0010|maria"), QStringLiteral("DL0011|")}));
        QCOMPARE(column(QStringLiteral("SELECT transition FROM automation_ledger")),
                 QStringList{QStringLiteral("time:AttemptFail:48h@%1").arg(instant("2026-06-15T14:00:00Z"))});
    }

    // What the rules would have done over the last 7 and 14 days, counted by hand, with
    // nothing written.
    void dryRunCountsPerRule_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("notified");
        QTest::addColumn<int>("stale");
        QTest::addColumn<int>("held");
        // Now is 2026-06-17 14:00 UTC. DL0020 failed on 06-15 at 23:00 IST (17:30 UTC, in the
        // quiet hours), 24 hours later is 06-16 17:30 UTC; DL0021 failed on 06-07 at 12:00 IST
        // (06:30 UTC), 24 hours later is 06-08 06:30 UTC.
        QTest::newRow("1 day: DL0020's day in the state") << 1 << 0 << 1 << 0;
        QTest::newRow("7 days: DL0020") << 7 << 1 << 1 << 1;
        QTest::newRow("14 days: both") << 14 << 2 << 2 << 1;
    }

    void dryRunCountsPerRule()
    {
        QFETCH(int, days);
        QFETCH(int, notified);
        QFETCH(int, stale);
        QFETCH(int, held);
        newStore();
        ShipmentIngestor ingestor(*m_db);
        ingest(ingestor,
               {parcel(QStringLiteral("DL0020"), {test::eventAt("2026-06-15T08:00:00+05:30", Subtag::OutForDelivery),
                                                  test::eventAt("2026-06-15T23:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable)}),
                parcel(QStringLiteral("DL0021"), {test::eventAt("2026-06-07T08:00:00+05:30", Subtag::OutForDelivery),
                                                  test::eventAt("2026-06-07T12:00:00+05:30", Subtag::AttemptFailNoAccess)}, "c@example.in"),
                parcel(QStringLiteral("DL0022"), {test::eventAt("2026-06-16T08:00:00+05:30", Subtag::InTransit)}, "d@example.in")},
               test::fixedNowMs());
        QList<FieldError> errors;
        const auto rules = AutomationRules::fromJson(
            document(R"({"id":"ndr-sms","trigger":{"on":"tag","tag":"AttemptFail"},"actions":[{"type":"notify","template":"ndr","channel":"sms"}]},)"
                     R"({"id":"stale","trigger":{"on":"time_in_state","tag":"AttemptFail","hours":24},"actions":[{"type":"note","text":"still failed"}]})",
                     R"(,"quiet_hours":{"start":"21:00","end":"08:00"})"),
            &errors);
        QVERIFY2(rules, qPrintable(SettingsReader::describe(errors)));
        const qint64 historyBefore = number(QStringLiteral("SELECT count(*) FROM exception_history"));
        AutomationRunner runner(*m_db);
        runner.setRules(*rules);
        AutomationDryRunReport report;
        QString error;
        QVERIFY2(runner.dryRun(days, test::fixedNowMs(), &report, &error), qPrintable(error));
        QCOMPARE(report.rules.size(), 2);
        QCOMPARE(report.rules.at(0).ruleId, QStringLiteral("ndr-sms"));
        QCOMPARE(report.rules.at(0).counts.fired, notified);
        QCOMPARE(report.rules.at(0).counts.decisions, notified);
        QCOMPARE(report.rules.at(0).counts.messagesHeld, held);
        QCOMPARE(report.rules.at(1).counts.fired, stale);
        QCOMPARE(report.rules.at(1).actions.value(QStringLiteral("note")), stale);
        QCOMPARE(ledgerRows(), 0);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM exception_history")), historyBefore);
    }
};

QTEST_GUILESS_MAIN(TestAutomation)
#include "tst_automation.moc"
