// SPDX-License-Identifier: MIT
#include "agentscoreboard.h"

#include "assignmenthistory.h"
#include "assignmentrules.h"

#include "edits/editcatalog.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "teamsettings/teamsettingsstore.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <memory>
#include <numeric>

namespace ct {

namespace {

// The ops that act on an exception (they set first_action_at_ms): every exception op but
// the ones that assign, annotate, snooze or change its status.
const QSet<QString> &actionOps()
{
    static const QSet<QString> ops = [] {
        QSet<QString> set;
        for (const EditOp &op : EditCatalog::all()) {
            const QLatin1String name(op.name);
            if (op.entity == EntityKind::Exception && name != QLatin1String("assign") && name != QLatin1String("claim")
                && name != QLatin1String("status") && name != QLatin1String("note") && name != QLatin1String("snooze"))
                set.insert(name);
        }
        return set;
    }();
    return ops;
}

// One exception handed to one agent in the range: when they first got it there.
struct Handed
{
    qint64 exceptionId = 0;
    qint64 atMs = 0;
};

std::unique_ptr<SqlStatement> prepared(const Database &db, const char *sql, QString *error)
{
    return SqlStatement::prepare(db, QString::fromLatin1(sql), error);
}

} // namespace

AgentScoreboardQuery::AgentScoreboardQuery(const Database &database)
    : m_database(database)
{
}

std::optional<AgentScoreboard> AgentScoreboardQuery::run(qint64 fromMs, qint64 toMs, QString *error) const
{
    AgentScoreboard board;
    board.fromMs = fromMs;
    board.toMs = toMs;

    // Who was handed what: by agent (lower case), each exception once, at its first time.
    QMap<QString, QString> names; // lower case -> as first written
    QHash<QString, QList<Handed>> handed;
    QHash<QString, QSet<qint64>> seen;
    {
        auto lines = prepared(m_database,
                              "SELECT exception_id, at_ms, action, actor, detail FROM exception_history "
                              "WHERE action IN ('assign', 'claim') AND at_ms >= ? AND at_ms < ? ORDER BY at_ms, id",
                              error);
        if (!lines)
            return std::nullopt;
        lines->bind(0, fromMs);
        lines->bind(1, toMs);
        if (!lines->exec(error))
            return std::nullopt;
        while (lines->next()) {
            const QString agent = lines->text(2) == QLatin1String(assignmenthistory::ClaimAction)
                ? lines->text(3)
                : assignmenthistory::assigneeOf(lines->text(4));
            if (agent.isEmpty())
                continue;
            const QString key = agent.toLower();
            const qint64 exception = lines->int64(0);
            if (seen[key].contains(exception))
                continue;
            seen[key].insert(exception);
            names.insert(key, names.value(key, agent));
            handed[key] << Handed{exception, lines->int64(1)};
        }
    }
    // Everyone on the roster has a line.
    const std::optional<TeamSetting> setting = TeamSettingsStore(m_database).read(u"assignment", error);
    if (!setting)
        return std::nullopt;
    if (const std::optional<AssignmentRules> rules = AssignmentRules::fromJson(setting->document, nullptr))
        for (const AssignmentAgent &a : rules->agents)
            names.insert(a.name.toLower(), a.name);

    auto state = prepared(m_database, "SELECT status, assignee FROM exceptions WHERE id = ?", error);
    auto after = prepared(m_database,
                          "SELECT at_ms, action, actor FROM exception_history WHERE exception_id = ? AND at_ms >= ? "
                          "ORDER BY at_ms, id",
                          error);
    if (!state || !after)
        return std::nullopt;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        AgentScore score;
        score.agent = it.value();
        QList<qint64> delays;
        for (const Handed &h : handed.value(it.key())) {
            ++score.assigned;
            state->bind(0, h.exceptionId);
            if (!state->exec(error))
                return std::nullopt;
            const bool found = state->next();
            const bool open = found && state->int64(0) == static_cast<int>(ExceptionStatus::Open);
            const bool stillTheirs = found && state->text(1).compare(score.agent, Qt::CaseInsensitive) == 0;
            state->finish();
            if (found && !open)
                ++score.closed;
            // Their first action since they got it.
            after->bind(0, h.exceptionId);
            after->bind(1, h.atMs);
            if (!after->exec(error))
                return std::nullopt;
            std::optional<qint64> firstAction;
            while (!firstAction && after->next())
                if (actionOps().contains(after->text(1)) && after->text(2).compare(score.agent, Qt::CaseInsensitive) == 0)
                    firstAction = after->int64(0);
            after->finish();
            if (firstAction) {
                ++score.actioned;
                delays << *firstAction - h.atMs;
            } else if (open && stillTheirs) {
                ++score.pending;
            }
        }
        if (!delays.isEmpty()) {
            std::sort(delays.begin(), delays.end());
            const qsizetype n = delays.size();
            score.medianFirstActionMs = n % 2 ? delays.at(n / 2) : (delays.at(n / 2 - 1) + delays.at(n / 2)) / 2;
            score.meanFirstActionMs = std::accumulate(delays.cbegin(), delays.cend(), qint64(0)) / n;
        }
        board.agents << score;
    }
    std::sort(board.agents.begin(), board.agents.end(), [](const AgentScore &a, const AgentScore &b) {
        return a.agent.compare(b.agent, Qt::CaseInsensitive) < 0;
    });

    auto unassigned = prepared(m_database,
                               "SELECT count(*), coalesce(sum(CASE WHEN detail LIKE ? THEN 1 ELSE 0 END), 0) "
                               "FROM exception_history WHERE action = ? AND at_ms >= ? AND at_ms < ?",
                               error);
    if (!unassigned)
        return std::nullopt;
    unassigned->bind(0, QStringLiteral("%") + QLatin1String(assignmenthistory::AtCapPhrase) + QLatin1Char('%'));
    unassigned->bind(1, QString::fromLatin1(assignmenthistory::LeftUnassignedAction));
    unassigned->bind(2, fromMs);
    unassigned->bind(3, toMs);
    if (!unassigned->exec(error))
        return std::nullopt;
    if (unassigned->next()) {
        board.leftUnassigned = static_cast<int>(unassigned->int64(0));
        board.leftUnassignedAtCap = static_cast<int>(unassigned->int64(1));
    }
    unassigned->finish();
    return board;
}

} // namespace ct
