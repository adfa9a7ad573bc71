// SPDX-License-Identifier: MIT
#pragma once

#include "returncase.h"
#include "returnpolicy.h"
#include "returnverdict.h"

namespace ct {

// Applies a ReturnPolicy to a return (docs/RETURNS.md, "How a return is judged"): item by
// item the final-sale and non-returnable categories, the longest window that applies (with
// its grace), one return per item and the conditions; then for the return the blocklist,
// the order, partial eligibility, the serial-returner rule and the value thresholds, and a
// recommended resolution (exchange first for size and colour). Reads no clock and no
// store: the same case and policy always give the same verdict.
class ReturnPolicyEngine final
{
public:
    explicit ReturnPolicyEngine(ReturnPolicy policy);

    const ReturnPolicy &policy() const { return m_policy; }
    ReturnVerdict evaluate(const ReturnCase &c) const;

private:
    ReturnItemVerdict judgeItem(const ReturnCase &c, int index, QList<ReturnRuleResult> &trace) const;

    ReturnPolicy m_policy;
};

} // namespace ct
