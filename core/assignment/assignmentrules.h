// SPDX-License-Identifier: MIT
#pragma once

#include "assignmentrule.h"
#include "edits/editcatalog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// A member of the team the rules hand exceptions to. Inactive agents are skipped (away,
// on leave); an agent at their daily cap is skipped until their next midnight.
struct AssignmentAgent
{
    QString name;                // the user's name on the team server
    bool active = true;
    std::optional<int> dailyCap; // none: the team's default cap
    QString timeZone;            // IANA id of the agent's day; empty: the team's

    bool operator==(const AssignmentAgent &) const = default;
};

struct AssignmentTeam
{
    QString name;
    QStringList agents;

    bool operator==(const AssignmentTeam &) const = default;
};

// What happens to an exception that no rule matches.
enum class UnmatchedPolicy : quint8 {
    RoundRobin,      // round robin among every active agent
    LeaveUnassigned, // nobody: it waits in the Unassigned queue
};

// The team's assignment rules as data (docs/ASSIGNMENT.md), kept in the team settings
// under "assignment": the agents (active or not, daily caps, whose midnight), teams,
// rules in priority order (the first enabled rule that matches decides), and what
// happens when none matches. JSON in, JSON out; a document with any error is refused
// whole, each error named by its path.
struct AssignmentRules
{
    bool enabled = true;
    QString timeZone = QStringLiteral("UTC"); // the team's day, for agents without their own
    std::optional<int> defaultDailyCap;       // none: no cap
    QList<AssignmentAgent> agents;
    QList<AssignmentTeam> teams;
    QList<AssignmentRule> rules;
    UnmatchedPolicy otherwise = UnmatchedPolicy::RoundRobin;

    static constexpr int MaxCap = 10'000;
    static constexpr int MaxAttempts = 99;
    static constexpr int MaxAgents = 500;
    static constexpr int MaxRules = 200;

    // Whether the rules assign anything at all: enabled, with at least one agent.
    bool isActive() const { return enabled && !agents.isEmpty(); }

    const AssignmentAgent *agent(QStringView name) const; // case-insensitive
    const AssignmentTeam *team(QStringView name) const;
    // The agents a rule hands exceptions to, in round-robin order, each once.
    QStringList poolOf(const AssignmentRule &rule) const;
    // Every agent, in the document's order (the pool when no rule matches).
    QStringList everyone() const;
    std::optional<int> capOf(const AssignmentAgent &agent) const;
    QString timeZoneOf(const AssignmentAgent &agent) const;
    // The first enabled rule that matches, or null.
    const AssignmentRule *firstMatch(const AssignmentSubject &subject) const;

    QByteArray toJson() const;
    // Reads a whole document; nullopt with every error (by path) when there is one.
    static std::optional<AssignmentRules> fromJson(QByteArrayView json, QList<FieldError> *errors);

    bool operator==(const AssignmentRules &) const = default;
};

QString unmatchedPolicyCode(UnmatchedPolicy policy); // "round_robin", "leave_unassigned"

} // namespace ct
