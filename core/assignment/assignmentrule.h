// SPDX-License-Identifier: MIT
#pragma once

#include "assignmentsubject.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// When a rule applies: every condition given must hold (an empty list or an absent bound
// is "any"); within one list any value will do.
struct AssignmentCondition
{
    QList<ExceptionType> types;
    QList<NdrReason> ndrReasons;
    QStringList carriers; // canonical codes
    QList<PaymentMode> paymentModes;
    std::optional<int> minAttempts; // inclusive
    std::optional<int> maxAttempts; // inclusive

    bool matches(const AssignmentSubject &subject) const;
    bool operator==(const AssignmentCondition &) const = default;
};

// One assignment rule (docs/ASSIGNMENT.md): a stable id (the round robin's position is
// kept under it), a name for people, whether it is on, the condition, and whom it hands
// the exception to: the named agents, or the members of a team, in round robin.
struct AssignmentRule
{
    QString id;   // [a-z0-9_-], 1..64, unique in the document
    QString name; // for people; the id when not given
    bool enabled = true;
    AssignmentCondition when;
    QStringList agents; // either these...
    QString team;       // ...or this team's members

    bool operator==(const AssignmentRule &) const = default;
};

} // namespace ct
