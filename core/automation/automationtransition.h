// SPDX-License-Identifier: MIT
#pragma once

#include "automationrule.h"

#include <QString>

#include <optional>

namespace ct {

// One change a rule may react to (docs/AUTOMATION.md, "Fire once"): what changed, on
// which shipment (and exception or return), and the instants that make it this
// transition and no other, so that seeing it again (the same scans ingested again, a
// second sweep) gives the same idempotency key.
struct AutomationTransition
{
    AutomationTriggerKind kind = AutomationTriggerKind::TagReached;
    qint64 shipmentId = 0;
    std::optional<qint64> exceptionId;
    std::optional<qint64> returnId;

    // TagReached and TimeInState: the status, and since when the shipment has been in its
    // tag and in its subtag (the first event of the latest run of each).
    Tag tag = Tag::Pending;
    Subtag subtag = Subtag::PendingNoInformation;
    bool tagChanged = false; // TagReached: the tag itself changed, not only the subtag
    qint64 tagSinceMs = 0;
    qint64 subtagSinceMs = 0;
    // ExceptionOpened: reopened (at `atMs`) rather than opened.
    bool reopened = false;
    // ExceptionEscalated: the priority band before and after (1 most urgent).
    int priorityBefore = 4;
    int priorityAfter = 4;
    SlaDeadline sla = SlaDeadline::FirstAction;
    ReturnStatus returnStatus = ReturnStatus::Requested;
    qint64 atMs = 0; // when it happened

    // Whether `trigger` fires on this transition.
    bool fires(const AutomationTrigger &trigger) const;
    // The transition's part of the idempotency key as `trigger` sees it:
    // "tag:AttemptFail@1718000000000", "exception:42:opened", "time:AttemptFail:48h@...".
    QString key(const AutomationTrigger &trigger) const;
};

} // namespace ct
