// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"
#include "returnverdict.h"

#include <QString>

#include <optional>

namespace ct {

// What becomes of returned goods after inspection, by grade (docs/RETURNS.md, "Decisions"):
// as new (A) back on the shelf, good (B) refurbished (cleaned, repackaged) before resale,
// damaged (C) sold off through a liquidation channel, unsellable (D) disposed of.
enum class ReturnDisposition : quint8 { Restock, Refurbish, Liquidate, Dispose };

// The decisions an agent makes on a return, each one op of the edit catalog, and the rules
// around them that the desktop checks before it queues the edit (the server checks the
// same through EditApplier): the lifecycle, the store credit's bonus, the disposition of
// an inspection grade, and when a decision overrides the policy's verdict.
class ReturnDecision final
{
public:
    enum class Kind : quint8 { Approve, Reject, Exchange, Refund, StoreCredit, Inspect };

    static const char *op(Kind kind); // "approve", "store_credit"...
    static std::optional<Kind> fromOp(QStringView op);
    // The status the decision moves a return to (inspect: inspected, from received).
    static ReturnStatus target(Kind kind);
    // Why the decision cannot be made on a return that is `status` (the lifecycle's words,
    // as EditApplier refuses it); empty when it can.
    static QString refusal(Kind kind, ReturnStatus status);

    // Store credit worth the value plus the policy's bonus, rounded to the nearest cent
    // (halves up): 80.00 with 10 % is 88.00; 0.05 with 10 % is 0.06.
    static qint64 storeCreditCents(qint64 valueCents, int bonusPercent);

    // The inspection grade's code (as_new, good, damaged, unsellable) or the store's letter
    // (A..D); nullopt for anything else.
    static std::optional<ReturnDisposition> disposition(QStringView grade);
    static QString dispositionCode(ReturnDisposition disposition);  // "restock"
    static QString dispositionLabel(ReturnDisposition disposition); // "Restock"

    // Whether deciding `kind` goes against the verdict, so the agent must say why:
    // approving (or resolving) an ineligible return, rejecting an eligible one.
    static bool overridesVerdict(Kind kind, std::optional<ReturnEligibility> verdict);
};

} // namespace ct
