// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ct {

// What a rule's "notify" action decided (docs/AUTOMATION.md, "Notify"): which rule, for
// which shipment and transition, the template and channel, and the first instant the
// message may go out (the end of the destination's quiet hours, else when it fired).
// The rules engine never renders or sends: the notification engine (a sink given to
// AutomationRunner) does, keyed by `idempotencyKey`; without one (standalone) the
// decision stays in the ledger, marked not sent.
struct NotifyDecision
{
    QString ruleId;
    qint64 shipmentId = 0;
    std::optional<qint64> exceptionId;
    QString transitionKey;
    QString idempotencyKey; // rule|shipment|transition, as in the ledger
    QString templateName;
    QString channel; // "email", "sms", "whatsapp"
    QString recipient; // the customer's e-mail or phone for the channel
    qint64 firedAtMs = 0;
    qint64 notBeforeMs = 0;
};

} // namespace ct
