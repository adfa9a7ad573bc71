// SPDX-License-Identifier: MIT
#pragma once

#include "allocationledger.h"
#include "allocationorder.h"
#include "allocationpolicy.h"
#include "allocationtrace.h"
#include "carrierscorecard.h"
#include "ratecard.h"

namespace ct {

// Chooses carriers for an order under the allocation policy (docs/ALLOCATION.md,
// "Recommending"): eligibility (serviceability, blocklist, COD, weight and value), the
// rules by priority, the weighted score over the scorecard and the rate card, the daily
// caps and the percentage split, with the whole trace. In memory: the scorecard is built
// and the day's counts are read by the caller, so one allocation takes microseconds.
class AllocationRecommender final
{
public:
    AllocationRecommender(const AllocationPolicy &policy, const RateCard &rateCard, const CarrierScorecard &scorecard)
        : m_policy(policy), m_rateCard(rateCard), m_scorecard(scorecard)
    {
    }

    AllocationResult recommend(const AllocationOrder &order, const AllocationDayCounts &today) const;

    // The day (in the policy's time zone) an instant falls on: what caps and splits count by.
    static QDate policyDay(const AllocationPolicy &policy, qint64 nowMs);

private:
    const AllocationPolicy &m_policy;
    const RateCard &m_rateCard;
    const CarrierScorecard &m_scorecard;
};

} // namespace ct
