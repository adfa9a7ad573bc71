// SPDX-License-Identifier: MIT
#pragma once

#include "allocationledger.h"
#include "allocationorder.h"
#include "allocationsettings.h"
#include "allocationtrace.h"
#include "carrierscorecard.h"

#include <QString>

#include <memory>
#include <optional>

namespace ct {

class Database;

// Allocates carriers for orders from a store (docs/ALLOCATION.md): the policy and the rate
// card in force, the scorecard over the policy's window ending on the day of `nowMs`, the
// day's allocations from the store, then AllocationRecommender. The scorecard is built
// once when the allocator is made; `record` writes a recommendation to the store, where
// the caps and splits count it. `nowMs` is always passed in, never read from the clock.
// Use from the Database's thread.
class CarrierAllocator final
{
public:
    static std::optional<CarrierAllocator> open(const Database &database, qint64 nowMs, QString *error);

    // The recommendation for `order` with today's counts from the store; nullopt with
    // `error` when the store fails.
    std::optional<AllocationResult> allocate(const AllocationOrder &order, QString *error) const;
    // Records the result's best carrier for `order`; false with `error` when there is none
    // or the store fails.
    bool record(const AllocationResult &result, const AllocationOrder &order, const QString &orderRef,
                QString *error) const;

    const AllocationSettings::InForce &settings() const { return *m_settings; }
    const CarrierScorecard &scorecard() const { return *m_scorecard; }
    QDate day() const { return m_day; }

private:
    CarrierAllocator(const Database &database, qint64 nowMs) : m_database(&database), m_nowMs(nowMs) {}

    const Database *m_database;
    qint64 m_nowMs;
    QDate m_day;
    std::shared_ptr<const AllocationSettings::InForce> m_settings;
    std::shared_ptr<const CarrierScorecard> m_scorecard;
};

} // namespace ct
