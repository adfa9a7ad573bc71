// SPDX-License-Identifier: MIT
#pragma once

#include "automationrule.h"
#include "automationsubject.h"
#include "quiethours.h"

#include "edits/editcatalog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace ct {

// How many messages one customer may get from the rules in a sliding window.
struct AutomationRateLimit
{
    int messages = 0; // 0: no limit
    int hours = 24;

    bool operator==(const AutomationRateLimit &) const = default;
};

// The team's automation rules as data (docs/AUTOMATION.md), kept in the team settings
// under "automation": {"version": 1, "enabled", "quiet_hours", "rate_limit", "rules"}.
// Rules run in priority order (lower first, then in the document's order); every rule
// whose trigger and conditions match fires, once per transition. JSON in, JSON out; a
// document with any error is refused whole, each error named by its path
// (`rules[2].conditions.carrier: unknown carrier "xx"`).
struct AutomationRules
{
    static constexpr int FormatVersion = 1;
    static constexpr int MaxRules = 200;
    static constexpr int MaxActions = 10;
    static constexpr int MaxHours = 24 * 60; // time in state: up to 60 days
    static constexpr int MaxDays = 14;       // a re-attempt at most two weeks ahead
    static constexpr int MaxCount = 99;      // attempts, out-for-delivery scans

    bool enabled = true;
    std::optional<QuietHours> quietHours; // none: messages at any hour
    AutomationRateLimit rateLimit;
    QList<AutomationRule> rules;

    // Enabled, with at least one enabled rule.
    bool isActive() const;
    // The enabled rules in the order they run.
    QList<const AutomationRule *> runOrder() const;
    const AutomationRule *rule(QStringView id) const;

    QByteArray toJson() const;
    // Reads a whole document; nullopt with every error (by path) when there is one.
    static std::optional<AutomationRules> fromJson(QByteArrayView json, QList<FieldError> *errors);

    bool operator==(const AutomationRules &) const = default;
};

// Whether `subject` meets every condition of `c` (an exception condition needs an
// exception to look at).
bool automationConditionMatches(const AutomationCondition &c, const AutomationSubject &subject);

} // namespace ct
