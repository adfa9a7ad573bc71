// SPDX-License-Identifier: MIT
#include "exceptionassigner.h"

#include "assignmenthistory.h"

#include "store/database.h"
#include "store/schemamigrator.h"
#include "store/sqlstatement.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QLoggingCategory>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace ct {

Q_LOGGING_CATEGORY(lcAssignment, "ct.assignment")

namespace {

constexpr QStringView SettingName = u"assignment";
constexpr char EveryonePool[] = "*"; // rule ids are [a-z0-9_-]: never "*"

QString countText(int count, std::optional<int> cap)
{
    return cap ? QStringLiteral("%1 of %2 today").arg(count).arg(*cap) : QStringLiteral("%1 today").arg(count);
}

// The schema step that added `team_settings` (core/store/schemamigrator.cpp).
constexpr int FirstSchemaWithTeamSettings = 9;

} // namespace

struct ExceptionAssigner::Private
{
    explicit Private(const Database &store) : database(store) {}

    const Database &database;
    AssignmentRules rules;
    qint64 loadedVersion = -1;
    QByteArray loadedDocument;
    std::optional<bool> storeHasSettings; // false for a store kept at a schema before team settings
    mutable QHash<QString, QTimeZone> zones;

    std::unique_ptr<SqlStatement> readCursor;
    std::unique_ptr<SqlStatement> writeCursor;
    std::unique_ptr<SqlStatement> readCount;
    std::unique_ptr<SqlStatement> countOne;
    std::unique_ptr<SqlStatement> setAssignee;
    std::unique_ptr<SqlStatement> addHistory;

    bool prepared(std::unique_ptr<SqlStatement> &statement, const char *sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(database, QString::fromLatin1(sql), error);
        return statement != nullptr;
    }

    bool prepareAll(QString *error)
    {
        return prepared(readCursor, "SELECT last_agent, last_index FROM assignment_cursors WHERE pool = ?", error)
            && prepared(writeCursor,
                        "INSERT INTO assignment_cursors(pool, last_agent, last_index, updated_at_ms) VALUES(?,?,?,?) "
                        "ON CONFLICT(pool) DO UPDATE SET last_agent = excluded.last_agent, "
                        "last_index = excluded.last_index, updated_at_ms = excluded.updated_at_ms",
                        error)
            && prepared(readCount, "SELECT assigned FROM assignment_daily WHERE agent = ? AND day = ?", error)
            && prepared(countOne,
                        "INSERT INTO assignment_daily(agent, day, assigned) VALUES(?,?,1) ON CONFLICT(agent, day) "
                        "DO UPDATE SET assigned = assignment_daily.assigned + 1",
                        error)
            && prepared(setAssignee, "UPDATE exceptions SET assignee = ? WHERE id = ?", error)
            && prepared(addHistory,
                        "INSERT INTO exception_history(exception_id, at_ms, action, actor, detail) VALUES(?,?,?,?,?)",
                        error);
    }

    std::optional<int> countFor(const QString &agentKey, const QString &day, QString *error)
    {
        readCount->bind(0, agentKey);
        readCount->bind(1, day);
        if (!readCount->exec(error))
            return std::nullopt;
        const int count = readCount->next() ? static_cast<int>(readCount->int64(0)) : 0;
        readCount->finish();
        return count;
    }

    bool history(qint64 exceptionId, qint64 nowMs, const char *action, const QString &detail, QString *error)
    {
        addHistory->bind(0, exceptionId);
        addHistory->bind(1, nowMs);
        addHistory->bind(2, QString::fromLatin1(action));
        addHistory->bind(3, QString::fromLatin1(assignmenthistory::Actor));
        addHistory->bind(4, detail);
        return addHistory->exec(error);
    }
};

ExceptionAssigner::ExceptionAssigner(const Database &database)
    : d(std::make_unique<Private>(database))
{
}

ExceptionAssigner::~ExceptionAssigner() = default;

const AssignmentRules &ExceptionAssigner::rules() const
{
    return d->rules;
}

bool ExceptionAssigner::reload(QString *error)
{
    if (!d->storeHasSettings) {
        // Only tests keep a store at an older schema (Database::openAtVersion); such a store
        // has no rules, so nothing is assigned.
        const int version = SchemaMigrator::currentVersion(d->database.connection(), error);
        if (version < 0)
            return false;
        d->storeHasSettings = version >= FirstSchemaWithTeamSettings;
    }
    if (!*d->storeHasSettings) {
        d->rules = AssignmentRules();
        d->rules.enabled = false;
        return true;
    }
    const std::optional<TeamSetting> setting = TeamSettingsStore(d->database).read(SettingName, error);
    if (!setting)
        return false;
    if (setting->version == d->loadedVersion && setting->document == d->loadedDocument)
        return true;
    d->loadedVersion = setting->version;
    d->loadedDocument = setting->document;
    QList<FieldError> problems;
    if (std::optional<AssignmentRules> rules = AssignmentRules::fromJson(setting->document, &problems)) {
        d->rules = std::move(*rules);
    } else {
        qCWarning(lcAssignment, "the stored assignment rules (version %lld) cannot be read, so nothing is assigned: %s",
                  static_cast<long long>(setting->version), qPrintable(SettingsReader::describe(problems)));
        d->rules = AssignmentRules();
        d->rules.enabled = false;
    }
    return true;
}

QString ExceptionAssigner::dayOf(const AssignmentAgent &agent, qint64 nowMs) const
{
    const QString id = d->rules.timeZoneOf(agent);
    auto zone = d->zones.constFind(id);
    if (zone == d->zones.cend())
        zone = d->zones.insert(id, QTimeZone(id.toLatin1()));
    const QTimeZone tz = zone->isValid() ? *zone : QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(nowMs, tz).date().toString(Qt::ISODate);
}

std::optional<AssignmentDecision> ExceptionAssigner::assign(qint64 exceptionId, const AssignmentSubject &subject,
                                                            qint64 nowMs, QString *error)
{
    AssignmentDecision decision;
    const AssignmentRules &rules = d->rules;
    if (!rules.isActive())
        return decision;
    if (!d->prepareAll(error))
        return std::nullopt;

    const AssignmentRule *rule = rules.firstMatch(subject);
    if (!rule && rules.otherwise == UnmatchedPolicy::LeaveUnassigned) {
        decision.outcome = AssignmentDecision::Outcome::Unassigned;
        decision.detail = QStringLiteral("Left unassigned: no assignment rule matched");
        if (!d->history(exceptionId, nowMs, assignmenthistory::LeftUnassignedAction, decision.detail, error))
            return std::nullopt;
        return decision;
    }
    const QStringList pool = rule ? rules.poolOf(*rule) : rules.everyone();
    const QString poolKey = rule ? rule->id : QString::fromLatin1(EveryonePool);
    decision.ruleId = rule ? rule->id : QString();

    // Where the turn is: after the agent who had the last one; when that agent has left
    // the pool, whoever took their place.
    d->readCursor->bind(0, poolKey);
    if (!d->readCursor->exec(error))
        return std::nullopt;
    qsizetype start = 0;
    if (d->readCursor->next()) {
        const QString last = d->readCursor->text(0);
        const auto at = std::find_if(pool.cbegin(), pool.cend(),
                                     [&](const QString &name) { return name.compare(last, Qt::CaseInsensitive) == 0; });
        start = at != pool.cend() ? (at - pool.cbegin()) + 1 : d->readCursor->int64(1);
    }
    d->readCursor->finish();

    // Who was passed over, by their place in the pool (the messages list them in order).
    QMap<qsizetype, QString> inactive;
    QMap<qsizetype, QString> atCap;
    const qsizetype n = pool.size();
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype index = (start + k) % n;
        const AssignmentAgent *agent = rules.agent(pool.at(index));
        if (!agent || !agent->active) {
            inactive.insert(index, pool.at(index));
            continue;
        }
        const QString key = agent->name.toLower();
        const QString day = dayOf(*agent, nowMs);
        const std::optional<int> count = d->countFor(key, day, error);
        if (!count)
            return std::nullopt;
        const std::optional<int> cap = rules.capOf(*agent);
        if (cap && *count >= *cap) {
            atCap.insert(index, QStringLiteral("%1 %2 of %3").arg(agent->name).arg(*count).arg(*cap));
            continue;
        }
        decision.outcome = AssignmentDecision::Outcome::Assigned;
        decision.agent = agent->name;
        const QString today = countText(*count + 1, cap);
        decision.detail = rule ? QStringLiteral("Assigned to %1 by rule \"%2\" (round robin, %3)").arg(agent->name, rule->name, today)
                               : QStringLiteral("Assigned to %1 by round robin among all agents: no rule matched (%2)")
                                     .arg(agent->name, today);
        d->setAssignee->bind(0, agent->name);
        d->setAssignee->bind(1, exceptionId);
        d->writeCursor->bind(0, poolKey);
        d->writeCursor->bind(1, agent->name);
        d->writeCursor->bind(2, static_cast<qint64>(index));
        d->writeCursor->bind(3, nowMs);
        d->countOne->bind(0, key);
        d->countOne->bind(1, day);
        if (!d->setAssignee->exec(error) || !d->writeCursor->exec(error) || !d->countOne->exec(error)
            || !d->history(exceptionId, nowMs, assignmenthistory::AssignAction, decision.detail, error))
            return std::nullopt;
        return decision;
    }

    decision.outcome = AssignmentDecision::Outcome::Unassigned;
    const QString by = rule ? QStringLiteral("by rule \"%1\"").arg(rule->name) : QStringLiteral("by round robin");
    if (atCap.isEmpty())
        decision.detail = QStringLiteral("Left unassigned %1: none of its agents is active (%2)")
                              .arg(by, inactive.values().join(QStringLiteral(", ")));
    else
        decision.detail = QStringLiteral("Left unassigned %1: every active agent is %2 (%3)%4")
                              .arg(by, QLatin1String(assignmenthistory::AtCapPhrase), atCap.values().join(QStringLiteral(", ")),
                                   inactive.isEmpty() ? QString()
                                                      : QStringLiteral("; inactive: %1")
                                                            .arg(inactive.values().join(QStringLiteral(", "))));
    if (!d->history(exceptionId, nowMs, assignmenthistory::LeftUnassignedAction, decision.detail, error))
        return std::nullopt;
    return decision;
}

} // namespace ct
