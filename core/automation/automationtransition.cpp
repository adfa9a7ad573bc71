// SPDX-License-Identifier: MIT
#include "automationtransition.h"

namespace ct {

bool AutomationTransition::fires(const AutomationTrigger &t) const
{
    if (t.kind != kind)
        return false;
    switch (kind) {
    case AutomationTriggerKind::TagReached:
        if (t.subtag)
            return subtag == *t.subtag; // a transition is recorded only when the status changed
        return t.tag && tag == *t.tag && tagChanged;
    case AutomationTriggerKind::ExceptionOpened:
        return true;
    case AutomationTriggerKind::ExceptionEscalated:
        return priorityAfter <= t.priority && priorityBefore > t.priority;
    case AutomationTriggerKind::SlaBreached:
        return sla == t.sla;
    case AutomationTriggerKind::ReturnStatus:
        return !t.returnStatus || *t.returnStatus == returnStatus;
    case AutomationTriggerKind::TimeInState:
        return t.tag && tag == *t.tag && atMs - tagSinceMs >= qint64(t.hours) * 3'600'000;
    }
    return false;
}

QString AutomationTransition::key(const AutomationTrigger &t) const
{
    switch (kind) {
    case AutomationTriggerKind::TagReached:
        if (t.subtag)
            return QStringLiteral("subtag:%1@%2").arg(subtagCode(subtag)).arg(subtagSinceMs);
        return QStringLiteral("tag:%1@%2").arg(tagCode(tag)).arg(tagSinceMs);
    case AutomationTriggerKind::ExceptionOpened:
        return reopened ? QStringLiteral("exception:%1:reopened@%2").arg(exceptionId.value_or(0)).arg(atMs)
                        : QStringLiteral("exception:%1:opened").arg(exceptionId.value_or(0));
    case AutomationTriggerKind::ExceptionEscalated:
        return QStringLiteral("exception:%1:priority:%2").arg(exceptionId.value_or(0)).arg(t.priority);
    case AutomationTriggerKind::SlaBreached:
        return QStringLiteral("exception:%1:sla:%2")
            .arg(exceptionId.value_or(0))
            .arg(sla == SlaDeadline::FirstAction ? QStringLiteral("first_action") : QStringLiteral("resolve"));
    case AutomationTriggerKind::ReturnStatus:
        return QStringLiteral("return:%1:%2").arg(returnId.value_or(0)).arg(returnStatusCode(returnStatus));
    case AutomationTriggerKind::TimeInState:
        return QStringLiteral("time:%1:%2h@%3").arg(tagCode(tag)).arg(t.hours).arg(tagSinceMs);
    }
    return QString();
}

} // namespace ct
