// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace ct {

// How the assignment rules write into an exception's history, and how the scoreboard
// reads assignments back from it (docs/ASSIGNMENT.md). The rules write as the actor
// "rules": action "assign" with "Assigned to <agent> by ..." (the same start as an
// agent's assign edit, "Assigned to <agent>"), or "left_unassigned" saying why.
namespace assignmenthistory {

inline constexpr char Actor[] = "rules";
inline constexpr char AssignAction[] = "assign";
inline constexpr char ClaimAction[] = "claim";
inline constexpr char LeftUnassignedAction[] = "left_unassigned";
// In a left_unassigned line when the agents were all at their caps.
inline constexpr char AtCapPhrase[] = "at their daily cap";

// "Assigned to dana by rule ..." -> "dana" (agent names have no spaces: they are user
// names); empty when the text is not an assignment.
inline QString assigneeOf(QStringView detail)
{
    constexpr QStringView Prefix = u"Assigned to ";
    if (!detail.startsWith(Prefix))
        return {};
    const QStringView rest = detail.mid(Prefix.size());
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    return (space < 0 ? rest : rest.left(space)).toString();
}

} // namespace assignmenthistory

} // namespace ct
