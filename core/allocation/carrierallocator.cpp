// SPDX-License-Identifier: MIT
#include "carrierallocator.h"

#include "allocationrecommender.h"

#include "analytics/kpicalendar.h"

namespace ct {

std::optional<CarrierAllocator> CarrierAllocator::open(const Database &database, qint64 nowMs, QString *error)
{
    CarrierAllocator allocator(database, nowMs);
    auto settings = std::make_shared<AllocationSettings::InForce>(AllocationSettings::read(database));
    allocator.m_day = AllocationRecommender::policyDay(settings->policy, nowMs);
    QList<CarrierServiceRef> services;
    for (const AllocationCarrier &c : std::as_const(settings->policy.carriers))
        services << CarrierServiceRef{c.carrier, c.service};
    // The scorecard's UTC days: the policy's number of days, ending with today (UTC).
    const QDate to = KpiCalendar::utcDay(nowMs);
    const CarrierScorecard::Window window{to.addDays(1 - settings->policy.scorecardDays), to, nowMs};
    std::optional<CarrierScorecard> card = CarrierScorecard::build(database, services, window, error);
    if (!card)
        return std::nullopt;
    allocator.m_settings = std::move(settings);
    allocator.m_scorecard = std::make_shared<const CarrierScorecard>(std::move(*card));
    return allocator;
}

std::optional<AllocationResult> CarrierAllocator::allocate(const AllocationOrder &order, QString *error) const
{
    const std::optional<AllocationDayCounts> counts = AllocationLedger(*m_database).counts(m_day, error);
    if (!counts)
        return std::nullopt;
    const AllocationRecommender recommender(m_settings->policy, m_settings->rateCard, *m_scorecard);
    AllocationResult result = recommender.recommend(order, *counts);
    result.policyVersion = m_settings->policyVersion;
    result.rateCardVersion = m_settings->rateCardVersion;
    return result;
}

bool CarrierAllocator::record(const AllocationResult &result, const AllocationOrder &order, const QString &orderRef,
                              QString *error) const
{
    const AllocationCandidate *best = result.best();
    if (!best) {
        *error = QStringLiteral("no carrier can take this order, so nothing was recorded");
        return false;
    }
    AllocationRecord r;
    r.day = result.day;
    r.carrier = best->carrier;
    r.service = best->service;
    r.splitId = result.split;
    r.orderRef = orderRef;
    r.origin = order.origin.display();
    r.destination = order.destination.display();
    r.weightGrams = order.weightGrams;
    r.cod = order.cod;
    r.policyVersion = result.policyVersion;
    r.allocatedAtMs = m_nowMs;
    return AllocationLedger(*m_database).record(r, error).has_value();
}

} // namespace ct
