// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"
#include "domain/paymentmode.h"
#include "domain/returnstatus.h"
#include "domain/subtag.h"
#include "domain/tag.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// What makes a rule look at a shipment (docs/AUTOMATION.md, "Triggers"). Each kind is one
// transition of a shipment, an exception or a return; a rule fires once per transition.
enum class AutomationTriggerKind : quint8 {
    TagReached,         // the shipment's tag (or tag and subtag) became `tag` (`subtag`)
    ExceptionOpened,    // an exception opened or reopened
    ExceptionEscalated, // an open exception's priority rose to `priority` or more urgent
    SlaBreached,        // an open exception passed its first-action or resolve deadline
    ReturnStatus,       // a return reached `returnStatus`
    TimeInState,        // `hours` in `tag` (with no action, when `withoutAction`)
};

enum class SlaDeadline : quint8 { FirstAction, Resolve };

struct AutomationTrigger
{
    AutomationTriggerKind kind = AutomationTriggerKind::TagReached;
    std::optional<Tag> tag;
    std::optional<Subtag> subtag;
    int priority = 1;                  // ExceptionEscalated: the band reached (1 most urgent)
    SlaDeadline sla = SlaDeadline::FirstAction;
    std::optional<ReturnStatus> returnStatus; // none: any change
    int hours = 0;                     // TimeInState
    bool withoutAction = true;         // TimeInState

    bool operator==(const AutomationTrigger &) const = default;
};

// An inclusive range of whole numbers; an absent bound is open.
struct AutomationRange
{
    std::optional<qint64> min;
    std::optional<qint64> max;

    bool contains(qint64 v) const { return (!min || v >= *min) && (!max || v <= *max); }
    bool isAny() const { return !min && !max; }
    bool operator==(const AutomationRange &) const = default;
};

// What a rule needs to hold: every condition given must match; within one list any value
// will do; an absent condition is "any".
struct AutomationCondition
{
    QStringList carriers; // canonical codes
    QStringList services; // compared without case
    QList<ExceptionType> exceptionTypes;
    QList<NdrReason> ndrReasons;
    QList<PaymentMode> paymentModes;
    AutomationRange attempts;
    AutomationRange outForDelivery;
    AutomationRange orderValue; // minor units of `orderCurrency` (any currency when empty)
    QString orderCurrency;
    QStringList destinationCountries; // ISO 3166-1 alpha-2
    QStringList customerTags;         // compared without case

    bool needsException() const { return !exceptionTypes.isEmpty() || !ndrReasons.isEmpty(); }
    bool operator==(const AutomationCondition &) const = default;
};

enum class AutomationActionKind : quint8 {
    Notify,         // a decision for the notification engine: template, channel, not before
    Reattempt,      // the `reattempt` edit, `inDays` after today at the destination
    ReturnToOrigin, // the `return_to_origin` edit, once the attempts reach `afterAttempts`
    Assign,         // the `assign` edit to `to`
    Escalate,       // the `assign` edit to `to` (a manager) with the reason in the history
    Note,           // the `note` edit with `text`
};

struct AutomationAction
{
    AutomationActionKind kind = AutomationActionKind::Note;
    QString templateName; // Notify
    QString channel;      // Notify: "email", "sms", "whatsapp"
    int inDays = 1;       // Reattempt
    int afterAttempts = 0; // ReturnToOrigin
    QString to;           // Assign, Escalate
    QString text;         // Note; Escalate's reason

    bool isEdit() const { return kind != AutomationActionKind::Notify; }
    bool operator==(const AutomationAction &) const = default;
};

// One automation rule (docs/AUTOMATION.md): a stable id (the ledger's rows and the edits'
// author "automation:<id>" name it), a name for people, its priority (lower runs first),
// one trigger, its conditions and its actions in order.
struct AutomationRule
{
    QString id;
    QString name;
    bool enabled = true;
    int priority = 100;
    AutomationTrigger trigger;
    AutomationCondition conditions;
    QList<AutomationAction> actions;

    QString author() const { return QStringLiteral("automation:") + id; }
    bool operator==(const AutomationRule &) const = default;
};

QString automationTriggerCode(AutomationTriggerKind kind); // "tag", "exception_opened", ...
QString automationActionCode(AutomationActionKind kind);   // "notify", "reattempt", ...

} // namespace ct
