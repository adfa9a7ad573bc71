// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// One agent's line of the scoreboard (docs/ASSIGNMENT.md, "The agent scoreboard").
struct AgentScore
{
    QString agent;
    int assigned = 0; // exceptions handed to them in the range (rules, a colleague, a claim)
    int pending = 0;  // of those: still open, still theirs, no action of theirs since
    int actioned = 0; // of those: they took an action on since they got it
    int closed = 0;   // of those: resolved now
    // From getting an exception to their first action on it, over the actioned ones.
    std::optional<qint64> medianFirstActionMs;
    std::optional<qint64> meanFirstActionMs;

    bool operator==(const AgentScore &) const = default;
};

struct AgentScoreboard
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<AgentScore> agents; // by name, case-insensitively
    int leftUnassigned = 0;   // exceptions the rules could give nobody in the range
    int leftUnassignedAtCap = 0; // of those: everyone was at their daily cap
};

// The agent scoreboard for a range of time [fromMs, toMs), read from the exceptions and
// their history as the store stands now (a replica's too): who was handed what, what is
// still waiting for them, what they acted on and closed, and how soon they acted. Every
// agent of the team's roster has a line, with zeros when nothing came their way; anyone
// else who was handed something has one too. Use from the Database's thread.
class AgentScoreboardQuery final
{
public:
    explicit AgentScoreboardQuery(const Database &database);

    std::optional<AgentScoreboard> run(qint64 fromMs, qint64 toMs, QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
