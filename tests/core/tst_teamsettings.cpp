// SPDX-License-Identifier: MIT
// Team settings (docs/ASSIGNMENT.md, docs/API.md): the assignment rules' JSON form and
// every located error it can give, and the store's side: defaults at version 0, saves
// against a version, a refused document leaving the one in force, the return policy
// through the same mechanism, and a replica keeping the newest version it was sent.
#include "assignment/assignmentrules.h"
#include "json/parser.h"
#include "returns/returnpolicy.h"
#include "returns/returnpolicyinforce.h"
#include "store/database.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingkind.h"
#include "teamsettings/teamsettingsstore.h"

#include "support/testclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace Qt::StringLiterals;

namespace {

// Two agents (Sam inactive, on Indian time with a cap of 10), a team of both, and two
// rules: COD failed attempts with one to three attempts go to the team, UPS to Dana.
const char Valid[] = R"({"time_zone":"UTC","default_daily_cap":40,"otherwise":"leave_unassigned",
 "agents":[{"name":"dana"},{"name":"sam","active":false,"daily_cap":10,"time_zone":"Asia/Kolkata"}],
 "teams":[{"name":"NDR desk","agents":["dana","Sam"]}],
 "rules":[{"id":"cod-ndr","name":"COD failed attempts","when":{"types":["failed_attempt"],"payment_modes":["cod"],
            "attempts":{"min":1,"max":3}},"assign_to":{"team":"ndr desk"}},
          {"id":"ups","when":{"carriers":["UPS"]},"assign_to":{"agents":["Dana","dana"]}}]})";

// The same document in normal form: defaults written out, names as the roster spells
// them, carriers as codes, each agent once.
const char ValidNormal[] = R"({"enabled":true,"time_zone":"UTC","default_daily_cap":40,"otherwise":"leave_unassigned",)"
                           R"("agents":[{"name":"dana","active":true},{"name":"sam","active":false,"daily_cap":10,)"
                           R"("time_zone":"Asia/Kolkata"}],"teams":[{"name":"NDR desk","agents":["dana","sam"]}],)"
                           R"("rules":[{"id":"cod-ndr","name":"COD failed attempts","enabled":true,"when":{"types":)"
                           R"(["failed_attempt"],"payment_modes":["cod"],"attempts":{"min":1,"max":3}},"assign_to":)"
                           R"({"team":"NDR desk"}},{"id":"ups","name":"ups","enabled":true,"when":{"carriers":["ups"]},)"
                           R"("assign_to":{"agents":["dana"]}}]})";

// One agent, for the error rows that need someone to refer to.
QByteArray withDana(const char *rest)
{
    return QByteArrayLiteral(R"({"agents":[{"name":"dana"}],)") + rest + '}';
}

QByteArray ruleDoc(const char *rule)
{
    return withDana(QByteArray(QByteArrayLiteral(R"("rules":[)") + rule + ']').constData());
}

} // namespace

class TestTeamSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Database> newStore()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("store%1.db").arg(++m_stores)), &error);
        if (!db)
            qFatal("cannot open a store: %s", qPrintable(error));
        return db;
    }

private slots:
    void readsAValidDocument()
    {
        QList<FieldError> errors;
        const std::optional<AssignmentRules> rules = AssignmentRules::fromJson(Valid, &errors);
        QVERIFY2(rules, qPrintable(SettingsReader::describe(errors)));
        QCOMPARE(rules->defaultDailyCap, std::optional<int>(40));
        QCOMPARE(rules->otherwise, UnmatchedPolicy::LeaveUnassigned);
        QCOMPARE(rules->agents.size(), 2);
        QCOMPARE(rules->agents[1].active, false);
        QCOMPARE(rules->capOf(rules->agents[0]), std::optional<int>(40)); // the team's
        QCOMPARE(rules->capOf(rules->agents[1]), std::optional<int>(10)); // her own
        QCOMPARE(rules->timeZoneOf(rules->agents[0]), QStringLiteral("UTC"));
        QCOMPARE(rules->timeZoneOf(rules->agents[1]), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(rules->poolOf(rules->rules[0]), QStringList({QStringLiteral("dana"), QStringLiteral("sam")}));
        QCOMPARE(rules->poolOf(rules->rules[1]), QStringList{QStringLiteral("dana")});
        QCOMPARE(rules->rules[1].name, QStringLiteral("ups")); // the id when no name
        QCOMPARE(rules->rules[1].when.carriers, QStringList{QStringLiteral("ups")});
        QCOMPARE(QString::fromUtf8(rules->toJson()), QString::fromUtf8(ValidNormal));
        // The normal form reads back as the same rules.
        QCOMPARE(AssignmentRules::fromJson(rules->toJson(), &errors), rules);
    }

    void defaultsAreOff()
    {
        // No agents: nothing is assigned until a manager names some.
        const AssignmentRules rules;
        QVERIFY(!rules.isActive());
        QCOMPARE(QString::fromUtf8(rules.toJson()),
                 QStringLiteral(R"({"enabled":true,"time_zone":"UTC","otherwise":"round_robin","agents":[],"teams":[],"rules":[]})"));
        QList<FieldError> errors;
        QCOMPARE(AssignmentRules::fromJson("{}", &errors), rules);
    }

    void locatedErrors_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not an object") << QByteArray("[]") << u""_s << u"must be a JSON object, not array"_s;
        QTest::newRow("not JSON") << QByteArray("{\"agents\": [") << u""_s << u"is not JSON at line 1"_s;
        QTest::newRow("unknown member") << QByteArray(R"({"colour":1})") << u"colour"_s
                                        << u"is not a setting of the assignment rules"_s;
        QTest::newRow("enabled not a boolean") << QByteArray(R"({"enabled":"yes"})") << u"enabled"_s << u"must be true or false"_s;
        QTest::newRow("unknown time zone") << QByteArray(R"({"time_zone":"Mars/Olympus"})") << u"time_zone"_s
                                           << u"must be an IANA time zone"_s;
        QTest::newRow("cap 0") << QByteArray(R"({"default_daily_cap":0})") << u"default_daily_cap"_s
                               << u"must be a whole number from 1 to 10000"_s;
        QTest::newRow("cap 10001") << QByteArray(R"({"default_daily_cap":10001})") << u"default_daily_cap"_s
                                   << u"must be a whole number from 1 to 10000"_s;
        QTest::newRow("otherwise unknown") << QByteArray(R"({"otherwise":"random"})") << u"otherwise"_s
                                           << R"(must be "round_robin" or "leave_unassigned")";
        QTest::newRow("agent without a name") << QByteArray(R"({"agents":[{"active":true}]})") << u"agents[0].name"_s
                                              << u"is required"_s;
        QTest::newRow("agent name with a space") << QByteArray(R"({"agents":[{"name":"dana lee"}]})") << u"agents[0].name"_s
                                                 << u"must be a user name"_s;
        QTest::newRow("agent named rules") << QByteArray(R"({"agents":[{"name":"Rules"}]})") << u"agents[0].name"_s
                                           << u"rules engine's own name"_s;
        QTest::newRow("agent twice") << QByteArray(R"({"agents":[{"name":"dana"},{"name":"DANA"}]})") << u"agents[1].name"_s
                                     << u"\"DANA\" is listed twice"_s;
        QTest::newRow("agent cap 2.5") << QByteArray(R"({"agents":[{"name":"dana","daily_cap":2.5}]})")
                                       << u"agents[0].daily_cap"_s << u"must be a whole number"_s;
        QTest::newRow("agent time zone") << QByteArray(R"({"agents":[{"name":"dana","time_zone":"Nowhere/City"}]})")
                                         << u"agents[0].time_zone"_s << u"must be an IANA time zone"_s;
        QTest::newRow("agent unknown member") << QByteArray(R"({"agents":[{"name":"dana","shift":"early"}]})")
                                              << u"agents[0].shift"_s << u"is not a setting of an agent"_s;
        QTest::newRow("team member not an agent") << withDana(R"("teams":[{"name":"a","agents":["zoe"]}])")
                                                  << u"teams[0].agents[0]"_s << u"\"zoe\" is not one of the agents"_s;
        QTest::newRow("team without members") << withDana(R"("teams":[{"name":"a","agents":[]}])") << u"teams[0].agents"_s
                                              << u"must name at least one agent"_s;
        QTest::newRow("team twice") << withDana(R"("teams":[{"name":"a","agents":["dana"]},{"name":"A","agents":["dana"]}])")
                                    << u"teams[1].name"_s << u"listed twice"_s;
        QTest::newRow("rule without an id") << ruleDoc(R"({"assign_to":{"agents":["dana"]}})") << u"rules[0].id"_s
                                            << u"is required"_s;
        QTest::newRow("rule id with capitals") << ruleDoc(R"({"id":"COD NDR","assign_to":{"agents":["dana"]}})")
                                               << u"rules[0].id"_s << u"lower-case letters"_s;
        QTest::newRow("rule id twice") << ruleDoc(R"({"id":"a","assign_to":{"agents":["dana"]}},{"id":"a","assign_to":{"agents":["dana"]}})")
                                       << u"rules[1].id"_s << u"\"a\" is the id of an earlier rule"_s;
        QTest::newRow("rule without assign_to") << ruleDoc(R"({"id":"a"})") << u"rules[0].assign_to"_s << u"is required"_s;
        QTest::newRow("assign_to both") << ruleDoc(R"({"id":"a","assign_to":{"agents":["dana"],"team":"x"}})")
                                        << u"rules[0].assign_to"_s << u"must name either"_s;
        QTest::newRow("assign_to unknown team") << ruleDoc(R"({"id":"a","assign_to":{"team":"nope"}})")
                                                << u"rules[0].assign_to.team"_s << u"\"nope\" is not one of the teams"_s;
        QTest::newRow("assign_to unknown agent") << ruleDoc(R"({"id":"a","assign_to":{"agents":["dana","zoe"]}})")
                                                 << u"rules[0].assign_to.agents[1]"_s << u"\"zoe\" is not one of the agents"_s;
        QTest::newRow("unknown type") << ruleDoc(R"({"id":"a","when":{"types":["late"]},"assign_to":{"agents":["dana"]}})")
                                      << u"rules[0].when.types[0]"_s << u"must be an exception type: \"failed_attempt\""_s;
        QTest::newRow("empty NDR reason") << ruleDoc(R"({"id":"a","when":{"ndr_reasons":[""]},"assign_to":{"agents":["dana"]}})")
                                          << u"rules[0].when.ndr_reasons[0]"_s << u"must be an NDR reason"_s;
        QTest::newRow("empty carrier") << ruleDoc(R"({"id":"a","when":{"carriers":["  "]},"assign_to":{"agents":["dana"]}})")
                                       << u"rules[0].when.carriers[0]"_s << u"must be a carrier code"_s;
        QTest::newRow("unknown payment mode") << ruleDoc(R"({"id":"a","when":{"payment_modes":["card"]},"assign_to":{"agents":["dana"]}})")
                                              << u"rules[0].when.payment_modes[0]"_s << R"(must be "prepaid", "cod" or "unknown")";
        QTest::newRow("attempts max below min") << ruleDoc(R"({"id":"a","when":{"attempts":{"min":3,"max":2}},"assign_to":{"agents":["dana"]}})")
                                                << u"rules[0].when.attempts.max"_s << u"must not be less than min (3)"_s;
        QTest::newRow("attempts min 100") << ruleDoc(R"({"id":"a","when":{"attempts":{"min":100}},"assign_to":{"agents":["dana"]}})")
                                          << u"rules[0].when.attempts.min"_s << u"must be a whole number from 0 to 99"_s;
        QTest::newRow("attempts empty") << ruleDoc(R"({"id":"a","when":{"attempts":{}},"assign_to":{"agents":["dana"]}})")
                                        << u"rules[0].when.attempts"_s << u"must give min, max or both"_s;
        QTest::newRow("unknown condition") << ruleDoc(R"({"id":"a","when":{"weekday":"mon"},"assign_to":{"agents":["dana"]}})")
                                           << u"rules[0].when.weekday"_s << u"is not a setting of a rule's condition"_s;
        QTest::newRow("rules not an array") << withDana(R"("rules":{})") << u"rules"_s << u"must be an array of rules"_s;
    }

    void locatedErrors()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        QList<FieldError> errors;
        QVERIFY(!AssignmentRules::fromJson(document, &errors));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().detail.contains(detail), qPrintable(errors.first().detail));
        // The same through the setting's kind, which the server and the store use.
        QList<FieldError> viaKind;
        QVERIFY(!TeamSettingKinds::find(u"assignment")->normalize(document, &viaKind));
        QCOMPARE(viaKind.first().field, field);
    }

    // Every error is reported, in document order, not just the first.
    void everyErrorIsReported()
    {
        QList<FieldError> errors;
        QVERIFY(!AssignmentRules::fromJson(R"({"enabled":1,"agents":[{"name":"a b"},{"name":"c","daily_cap":0}]})", &errors));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors[0].field, QStringLiteral("enabled"));
        QCOMPARE(errors[1].field, QStringLiteral("agents[0].name"));
        QCOMPARE(errors[2].field, QStringLiteral("agents[1].daily_cap"));
        QCOMPARE(SettingsReader::describe(errors).count(QLatin1Char('\n')), 2);
    }

    void conditionMatches_data()
    {
        QTest::addColumn<QByteArray>("when");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<int>("payment");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("matches");
        const int fa = int(ExceptionType::FailedAttempt), delayed = int(ExceptionType::Delayed);
        const int cod = int(PaymentMode::CashOnDelivery), prepaid = int(PaymentMode::Prepaid);
        const int unknown = int(PaymentMode::Unknown);
        const int none = int(NdrReason::None), codNotReady = int(NdrReason::CodNotReady);
        const int refused = int(NdrReason::Refused);
        const QString dl = QStringLiteral("delhivery");
        QTest::newRow("empty: anything") << QByteArray("{}") << delayed << none << dl << unknown << 0 << true;
        QTest::newRow("type in list") << QByteArray(R"({"types":["delayed","failed_attempt"]})") << fa << codNotReady << dl << cod << 1 << true;
        QTest::newRow("type not in list") << QByteArray(R"({"types":["failed_attempt"]})") << delayed << none << dl << cod << 1 << false;
        QTest::newRow("reason in list") << QByteArray(R"({"ndr_reasons":["cod_not_ready"]})") << fa << codNotReady << dl << cod << 1 << true;
        QTest::newRow("reason not in list") << QByteArray(R"({"ndr_reasons":["cod_not_ready"]})") << fa << refused << dl << cod << 1 << false;
        QTest::newRow("reason of a delay") << QByteArray(R"({"ndr_reasons":["cod_not_ready"]})") << delayed << none << dl << cod << 0 << false;
        QTest::newRow("carrier as written") << QByteArray(R"({"carriers":["Blue Dart"]})") << delayed << none << u"bluedart"_s << cod << 0 << true;
        QTest::newRow("carrier other") << QByteArray(R"({"carriers":["bluedart"]})") << delayed << none << dl << cod << 0 << false;
        QTest::newRow("cod") << QByteArray(R"({"payment_modes":["cod"]})") << fa << none << dl << cod << 1 << true;
        QTest::newRow("prepaid is not cod") << QByteArray(R"({"payment_modes":["cod"]})") << fa << none << dl << prepaid << 1 << false;
        QTest::newRow("unknown payment") << QByteArray(R"({"payment_modes":["unknown"]})") << fa << none << dl << unknown << 1 << true;
        QTest::newRow("min 2, 1 attempt") << QByteArray(R"({"attempts":{"min":2}})") << fa << none << dl << cod << 1 << false;
        QTest::newRow("min 2, 2 attempts") << QByteArray(R"({"attempts":{"min":2}})") << fa << none << dl << cod << 2 << true;
        QTest::newRow("min 2, 3 attempts") << QByteArray(R"({"attempts":{"min":2}})") << fa << none << dl << cod << 3 << true;
        QTest::newRow("max 3, 3 attempts") << QByteArray(R"({"attempts":{"max":3}})") << fa << none << dl << cod << 3 << true;
        QTest::newRow("max 3, 4 attempts") << QByteArray(R"({"attempts":{"max":3}})") << fa << none << dl << cod << 4 << false;
        QTest::newRow("all hold") << QByteArray(R"({"types":["failed_attempt"],"ndr_reasons":["cod_not_ready"],"carriers":["delhivery"],"payment_modes":["cod"],"attempts":{"min":1,"max":1}})")
                                  << fa << codNotReady << dl << cod << 1 << true;
        QTest::newRow("all but one") << QByteArray(R"({"types":["failed_attempt"],"ndr_reasons":["cod_not_ready"],"carriers":["delhivery"],"payment_modes":["cod"],"attempts":{"min":1,"max":1}})")
                                     << fa << codNotReady << dl << cod << 2 << false;
    }

    void conditionMatches()
    {
        QFETCH(QByteArray, when);
        QFETCH(int, type);
        QFETCH(int, reason);
        QFETCH(QString, carrier);
        QFETCH(int, payment);
        QFETCH(int, attempts);
        QFETCH(bool, matches);
        QList<FieldError> errors;
        const auto rules = AssignmentRules::fromJson(
            ruleDoc(QByteArray(QByteArrayLiteral(R"({"id":"r","when":)") + when + R"(,"assign_to":{"agents":["dana"]}})").constData()), &errors);
        QVERIFY2(rules, qPrintable(SettingsReader::describe(errors)));
        const AssignmentSubject subject{static_cast<ExceptionType>(type), static_cast<NdrReason>(reason), carrier,
                                        static_cast<PaymentMode>(payment), attempts};
        QCOMPARE(rules->rules.first().when.matches(subject), matches);
        QCOMPARE(rules->firstMatch(subject) != nullptr, matches);
    }

    // --- the store ---------------------------------------------------------------------

    void defaultsAtVersionZero()
    {
        const auto db = newStore();
        QString error;
        const auto assignment = TeamSettingsStore(*db).read(u"assignment", &error);
        QVERIFY2(assignment, qPrintable(error));
        QCOMPARE(assignment->version, qint64(0));
        QCOMPARE(assignment->id, qint64(0));
        QVERIFY(assignment->isDefault());
        QCOMPARE(assignment->document, AssignmentRules().toJson());
        const auto policy = TeamSettingsStore(*db).read(u"return_policy", &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(policy->document, ReturnPolicy::defaults().toJson());
    }

    void unknownSetting()
    {
        const auto db = newStore();
        QString error;
        QVERIFY(!TeamSettingsStore(*db).read(u"colours", &error));
        QCOMPARE(error, QStringLiteral("there is no team setting \"colours\"; the settings are assignment, return_policy, allocation_policy, rate_card, notification_templates, automation"));
        const auto outcome = TeamSettingsStore(*db).save(u"colours", "{}", 0, QStringLiteral("meg"), test::fixedNowMs());
        QCOMPARE(outcome.status, TeamSettingsStore::PutOutcome::Status::UnknownSetting);
    }

    void savesVersionAfterVersion()
    {
        const auto db = newStore();
        TeamSettingsStore store(*db);
        const qint64 now = test::fixedNowMs();
        auto first = store.save(u"assignment", Valid, 0, QStringLiteral("meg"), now);
        QVERIFY2(first.ok(), qPrintable(first.detail + SettingsReader::describe(first.errors)));
        QCOMPARE(first.setting.version, qint64(1));
        QVERIFY(first.setting.id > 0);
        QCOMPARE(first.before.version, qint64(0));
        auto second = store.save(u"assignment", "{}", 1, QStringLiteral("root"), now + 60'000);
        QVERIFY(second.ok());
        QCOMPARE(second.setting.version, qint64(2));
        QCOMPARE(second.setting.id, first.setting.id);
        QCOMPARE(second.before.document, QByteArray(ValidNormal));
        QString error;
        const auto stored = store.read(u"assignment", &error);
        QCOMPARE(stored->version, qint64(2));
        QCOMPARE(stored->updatedBy, QStringLiteral("root"));
        QCOMPARE(stored->updatedAtMs, now + 60'000);
        QCOMPARE(stored->document, AssignmentRules().toJson()); // stored in normal form
    }

    void staleVersionIsRefused_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::newRow("never saved (0), now at 2") << qint64(0);
        QTest::newRow("1, now at 2") << qint64(1);
        QTest::newRow("3, now at 2") << qint64(3);
    }

    void staleVersionIsRefused()
    {
        QFETCH(qint64, base);
        const auto db = newStore();
        TeamSettingsStore store(*db);
        QVERIFY(store.save(u"assignment", "{}", 0, QStringLiteral("meg"), test::fixedNowMs()).ok());
        QVERIFY(store.save(u"assignment", Valid, 1, QStringLiteral("meg"), test::fixedNowMs()).ok());
        const auto outcome = store.save(u"assignment", "{}", base, QStringLiteral("root"), test::fixedNowMs());
        QCOMPARE(outcome.status, TeamSettingsStore::PutOutcome::Status::VersionMismatch);
        QCOMPARE(outcome.setting.version, qint64(2));
        QCOMPARE(outcome.setting.updatedBy, QStringLiteral("meg"));
        QVERIFY2(outcome.detail.contains(QLatin1String("meg saved them since")), qPrintable(outcome.detail));
        QString error;
        QCOMPARE(store.read(u"assignment", &error)->document, QByteArray(ValidNormal));
    }

    // A document with an error is refused whole: the version in force stays, untouched.
    void invalidDocumentKeepsTheOneInForce()
    {
        const auto db = newStore();
        TeamSettingsStore store(*db);
        QVERIFY(store.save(u"assignment", Valid, 0, QStringLiteral("meg"), test::fixedNowMs()).ok());
        const auto outcome = store.save(u"assignment", ruleDoc(R"({"id":"x","assign_to":{"agents":["zoe"]}})"), 1,
                                        QStringLiteral("meg"), test::fixedNowMs() + 1);
        QCOMPARE(outcome.status, TeamSettingsStore::PutOutcome::Status::Invalid);
        QCOMPARE(outcome.errors.size(), 1);
        QCOMPARE(outcome.errors.first().field, QStringLiteral("rules[0].assign_to.agents[0]"));
        QCOMPARE(outcome.setting.version, qint64(1));
        QString error;
        const auto stored = store.read(u"assignment", &error);
        QCOMPARE(stored->version, qint64(1));
        QCOMPARE(stored->document, QByteArray(ValidNormal));
        QCOMPARE(stored->updatedAtMs, test::fixedNowMs());
    }

    // The return policy is a team setting too: its errors come back by field.
    void returnPolicyThroughTheSameMechanism()
    {
        const auto db = newStore();
        TeamSettingsStore store(*db);
        const auto refused = store.save(u"return_policy", R"({"version":1,"windows":[{"categories":["*"],"days":0}]})", 0,
                                        QStringLiteral("meg"), test::fixedNowMs());
        QCOMPARE(refused.status, TeamSettingsStore::PutOutcome::Status::Invalid);
        QCOMPARE(refused.errors.first().field, QStringLiteral("windows[0].days"));
        QCOMPARE(refused.errors.first().detail, QStringLiteral("must be a whole number from 1 to 3650"));
        const auto notJson = store.save(u"return_policy", "{", 0, QStringLiteral("meg"), test::fixedNowMs());
        QCOMPARE(notJson.errors.first().field, QString());
        const auto saved = store.save(u"return_policy", R"({"version":2,"grace_days":5})", 0, QStringLiteral("meg"),
                                      test::fixedNowMs());
        QVERIFY2(saved.ok(), qPrintable(SettingsReader::describe(saved.errors)));
        QString error;
        const auto policy = ReturnPolicy::fromJson(store.read(u"return_policy", &error)->document, &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(policy->graceDays, 5);
    }

    // What the Returns view judges by: the defaults until someone saves, then the saved
    // policy; a stored document this build cannot read leaves the defaults in force, said.
    void returnPolicyInForce()
    {
        const auto db = newStore();
        QString problem;
        const ReturnPolicy defaults = ReturnPolicy::defaults();
        QCOMPARE(ReturnPolicyInForce::read(*db, &problem).toJson(), defaults.toJson());
        QVERIFY(problem.isEmpty());

        const auto saved = TeamSettingsStore(*db).save(
            u"return_policy", R"({"version":9,"grace_days":7,"windows":[{"categories":["*"],"days":14,"from":"order"}]})", 0,
            QStringLiteral("meg"), test::fixedNowMs());
        QVERIFY2(saved.ok(), qPrintable(SettingsReader::describe(saved.errors)));
        const ReturnPolicy policy = ReturnPolicyInForce::read(*db, &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(policy.version, 9);
        QCOMPARE(policy.graceDays, 7);
        QCOMPARE(policy.windows.size(), qsizetype(1));
        QCOMPARE(policy.windows.first().days, 14);

        // A newer build's document (an unknown basis) in the replica: not half-read.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral(
            R"(UPDATE team_settings SET version = 2, document = '{"version":10,"windows":[{"categories":["*"],"days":14,"from":"return_label"}]}' WHERE name = 'return_policy')")));
        const ReturnPolicy fallback = ReturnPolicyInForce::read(*db, &problem);
        QCOMPARE(fallback.toJson(), defaults.toJson());
        QVERIFY2(problem.startsWith(QStringLiteral("the team's return policy (version 2) does not read here (windows[0].from: ")),
                 qPrintable(problem));
        QVERIFY2(problem.endsWith(QStringLiteral("); the default policy applies")), qPrintable(problem));
    }

    // A replica keeps the newest version the server sent it, under the server's id.
    void replicaKeepsTheNewest()
    {
        const auto db = newStore();
        TeamSettingsStore store(*db);
        json::Parser parser;
        QString error;
        const auto apply = [&](const QByteArray &representation) {
            const auto data = parser.parse(representation.constData(), representation.size());
            return data && store.applyReplica(*data, &error);
        };
        const QByteArray v3 = R"({"id":7,"name":"assignment","version":3,"updated_at_ms":5,"updated_by":"meg","document":{"agents":[{"name":"dana"}]}})";
        QVERIFY2(apply(v3), qPrintable(error));
        auto stored = store.read(u"assignment", &error);
        QCOMPARE(stored->id, qint64(7));
        QCOMPARE(stored->version, qint64(3));
        QCOMPARE(stored->document, QByteArray(R"({"agents":[{"name":"dana"}]})"));
        // An older page read again changes nothing.
        QVERIFY(apply(R"({"id":7,"name":"assignment","version":2,"updated_at_ms":4,"updated_by":"meg","document":{}})"));
        QCOMPARE(store.read(u"assignment", &error)->version, qint64(3));
        // A newer one replaces it.
        QVERIFY(apply(R"({"id":7,"name":"assignment","version":4,"updated_at_ms":6,"updated_by":"root","document":{}})"));
        stored = store.read(u"assignment", &error);
        QCOMPARE(stored->version, qint64(4));
        QCOMPARE(stored->updatedBy, QStringLiteral("root"));
        // Version 0 is the server's default: the local row goes.
        QVERIFY(apply(R"({"id":0,"name":"assignment","version":0,"updated_at_ms":0,"updated_by":"","document":{}})"));
        QVERIFY(store.read(u"assignment", &error)->isDefault());
        // A malformed representation names its field.
        QVERIFY(!apply(R"({"id":7,"name":"assignment","version":5})"));
        QVERIFY2(error.startsWith(QLatin1String("document: expected the setting's document")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTeamSettings)

#include "tst_teamsettings.moc"
