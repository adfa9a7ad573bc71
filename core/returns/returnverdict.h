// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"

#include <QList>
#include <QString>

namespace ct {

enum class ReturnEligibility : quint8 { Eligible, NeedsReview, Ineligible };

QString returnEligibilityCode(ReturnEligibility eligibility);  // "eligible", "needs_review", "ineligible"
QString returnEligibilityLabel(ReturnEligibility eligibility); // "Eligible", "Needs review", "Ineligible"

// One rule's finding: which rule, what it made of the return (or of one item), and the
// figures it went by ("delivered 34 days ago; footwear window 30 days + 3 grace").
struct ReturnRuleResult
{
    QString rule; // "window", "final_sale", "non_returnable", "condition", "already_returned",
                  // "no_window", "blocklist", "allowlist", "unknown_order", "partial",
                  // "serial_returner", "review_value", "auto_approve", "manual_approval"
    ReturnEligibility effect = ReturnEligibility::Eligible;
    QString detail;
    int item = -1; // index into the request's items; -1 for the return as a whole
};

struct ReturnItemVerdict
{
    ReturnEligibility eligibility = ReturnEligibility::Eligible;
    QString rule;   // the rule that decided this item
    QString detail;
};

// What the policy says of a return (ReturnPolicyEngine::evaluate).
struct ReturnVerdict
{
    ReturnEligibility eligibility = ReturnEligibility::Eligible;
    QString rule;   // the rule that decided
    QString detail; // its figures
    QList<ReturnItemVerdict> items;
    QList<ReturnRuleResult> trace; // every rule that found something, in the order applied
    bool autoApprove = false;      // eligible, and the policy approves it without an agent
    qint64 eligibleValueCents = 0; // the value of the eligible items

    ReturnResolution recommended = ReturnResolution::None;
    int storeCreditBonusPercent = 0; // with an exchange-first recommendation: the credit alternative's bonus
    QString recommendation;          // "Exchange for another variant of Trail Runner (Black / 42)"

    QList<ReturnStatus> allowedNext; // from the return's current status (ReturnLifecycle)
};

} // namespace ct
