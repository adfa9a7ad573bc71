// SPDX-License-Identifier: MIT
#pragma once

#include "assignmentrules.h"

#include <QString>

#include <memory>
#include <optional>

namespace ct {

class Database;

// What the rules did with one new exception.
struct AssignmentDecision
{
    enum class Outcome : quint8 {
        Off,        // the rules are off or name no agents: nothing written
        Assigned,   // `agent` has it
        Unassigned, // nobody could take it; `detail` says why
    };
    Outcome outcome = Outcome::Off;
    QString agent;
    QString ruleId; // empty when no rule matched
    QString detail; // the history line
};

// Applies the team's assignment rules (docs/ASSIGNMENT.md) to exceptions as they open, in
// the transaction that opens them (ShipmentIngestor: the team server's and a standalone
// desktop's ingest and refresh; never a replica). The first enabled rule that matches
// names the pool; its agents take turns (round robin from the one after the last, the
// position kept in the store so batches and restarts go on where they were), skipping
// inactive agents and those at their daily cap for the agent's own day. When nobody can
// take it, the exception stays unassigned and its history says why. Deterministic: the
// same store, rules and instants give the same assignments. Use from the Database's
// thread.
class ExceptionAssigner final
{
public:
    explicit ExceptionAssigner(const Database &database);
    ~ExceptionAssigner();

    // Reads the rules in force (team setting "assignment"); call at the start of each
    // batch, inside its transaction, so a saved change applies from the next batch on.
    // False only when the store fails; a stored document this build cannot read turns
    // the rules off (qWarning says why) rather than stopping ingest.
    bool reload(QString *error);
    const AssignmentRules &rules() const;

    // Decides and records who gets the exception that just opened: its assignee, a
    // history line by "rules", the round robin's new position and the agent's count for
    // their day. In the caller's transaction; nullopt with `error` when the store fails.
    std::optional<AssignmentDecision> assign(qint64 exceptionId, const AssignmentSubject &subject, qint64 nowMs,
                                             QString *error);

    // The agent's day at an instant, "2026-06-17", in their time zone (docs/ASSIGNMENT.md:
    // a cap resets at the agent's own midnight).
    QString dayOf(const AssignmentAgent &agent, qint64 nowMs) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
