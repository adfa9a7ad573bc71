// SPDX-License-Identifier: MIT
#include "teamsettingkind.h"

#include "allocation/allocationsettings.h"
#include "assignment/assignmentrules.h"
#include "automation/automationrules.h"
#include "notify/notificationtemplateset.h"
#include "returns/returnpolicy.h"

#include <QStringList>

namespace ct {

namespace {

std::optional<QByteArray> normalizedAssignment(QByteArrayView document, QList<FieldError> *errors)
{
    const std::optional<AssignmentRules> rules = AssignmentRules::fromJson(document, errors);
    return rules ? std::optional<QByteArray>(rules->toJson()) : std::nullopt;
}

QByteArray defaultAssignment()
{
    return AssignmentRules().toJson();
}

// ReturnPolicy reports "path: why" lines ("the policy: why" and "not JSON ..." for the
// document as a whole).
std::optional<QByteArray> normalizedReturnPolicy(QByteArrayView document, QList<FieldError> *errors)
{
    QString error;
    const std::optional<ReturnPolicy> policy = ReturnPolicy::fromJson(document, &error);
    if (policy)
        return policy->toJson();
    if (errors) {
        errors->clear();
        for (const QString &line : error.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            const QString field = colon < 0 ? QString() : line.left(colon);
            if (colon < 0 || field.startsWith(QLatin1String("not JSON")))
                *errors << FieldError{QString(), line};
            else
                *errors << FieldError{field == QLatin1String("the policy") ? QString() : field, line.mid(colon + 2)};
        }
    }
    return std::nullopt;
}

QByteArray defaultReturnPolicy()
{
    return ReturnPolicy::defaults().toJson();
}

std::optional<QByteArray> normalizedAutomation(QByteArrayView document, QList<FieldError> *errors)
{
    const std::optional<AutomationRules> rules = AutomationRules::fromJson(document, errors);
    return rules ? std::optional<QByteArray>(rules->toJson()) : std::nullopt;
}

QByteArray defaultAutomation()
{
    return AutomationRules().toJson();
}

constexpr RoleSet Managers = roleBit(Role::Manager) | roleBit(Role::Admin);

const TeamSettingKind Kinds[] = {
    {"assignment", "who new exceptions go to: agents, caps, teams and rules (docs/ASSIGNMENT.md)", Managers,
     normalizedAssignment, defaultAssignment},
    {"return_policy", "the return policy returns are judged by (docs/RETURNS.md)", Managers, normalizedReturnPolicy,
     defaultReturnPolicy},
    {AllocationSettings::PolicyName,
     "how carriers are chosen for orders: carriers, rules, weights, splits and caps (docs/ALLOCATION.md)", Managers,
     AllocationSettings::normalizedPolicy, AllocationSettings::defaultPolicy},
    {AllocationSettings::RateCardName, "the carriers' rate card, as imported from CSV (docs/ALLOCATION.md)", Managers,
     AllocationSettings::normalizedRateCard, AllocationSettings::defaultRateCard},
    {NotificationTemplateSet::SettingName,
     "the customer notification templates per channel and language, and their links (docs/NOTIFICATIONS.md)", Managers,
     NotificationTemplateSet::normalized, NotificationTemplateSet::defaultDocument},
    {"automation", "the automation rules: triggers, conditions and actions, quiet hours, rate limit (docs/AUTOMATION.md)",
     Managers, normalizedAutomation, defaultAutomation},
};

} // namespace

std::span<const TeamSettingKind> TeamSettingKinds::all()
{
    return Kinds;
}

const TeamSettingKind *TeamSettingKinds::find(QStringView name)
{
    for (const TeamSettingKind &kind : Kinds)
        if (name == QLatin1String(kind.name))
            return &kind;
    return nullptr;
}

QString TeamSettingKinds::names()
{
    QStringList names;
    for (const TeamSettingKind &kind : Kinds)
        names << QLatin1String(kind.name);
    return names.join(QStringLiteral(", "));
}

} // namespace ct
