// SPDX-License-Identifier: MIT
#include "clientlimiter.h"

#include <algorithm>
#include <cmath>

namespace ct::server {

namespace {

// Beyond this many keys a table is pruned: a flood of distinct clients costs a bounded
// amount of memory.
constexpr qsizetype MaxKeys = 100'000;

} // namespace

ClientLimiter::ClientLimiter(const ServerConfig &config)
    : m_config(config)
{
}

qint64 ClientLimiter::take(QHash<QString, TokenBucket> &buckets, const QString &key, double rate, double burst, qint64 nowMs)
{
    if (buckets.size() > MaxKeys)
        buckets.clear(); // start over rather than grow without bound
    auto it = buckets.find(key);
    if (it == buckets.end())
        it = buckets.insert(key, TokenBucket(rate, burst, nowMs));
    return it->tryTake(nowMs);
}

qint64 ClientLimiter::takeRequest(const QString &key, qint64 nowMs)
{
    const std::lock_guard lock(m_mutex);
    return take(m_requests, key, m_config.requestsPerSecond, m_config.requestBurst, nowMs);
}

void ClientLimiter::countFailure(Failures &failures, int freeFailures, qint64 nowMs) const
{
    ++failures.count;
    failures.lastMs = nowMs;
    if (failures.count < freeFailures)
        return;
    const int doublings = std::min(failures.count - freeFailures, 30);
    const double lockMs = std::min(static_cast<double>(m_config.loginLockoutMaxMs),
                                   static_cast<double>(m_config.loginLockoutMs) * std::pow(2.0, doublings));
    failures.lockedUntilMs = nowMs + static_cast<qint64>(lockMs);
}

void ClientLimiter::forgetOld(QHash<QString, Failures> &table, qint64 nowMs) const
{
    if (table.size() <= MaxKeys)
        return;
    // Failures long past and no lock in force are forgotten first; then any unlocked.
    for (bool keepRecent : {true, false}) {
        for (auto it = table.begin(); it != table.end();) {
            const bool expired = it->lockedUntilMs <= nowMs && (!keepRecent || nowMs - it->lastMs > m_config.loginLockoutMaxMs);
            it = expired ? table.erase(it) : std::next(it);
        }
        if (table.size() <= MaxKeys)
            return;
    }
}

ClientLimiter::LoginAdmission ClientLimiter::admitLogin(const QString &address, const QString &name, qint64 nowMs)
{
    const std::lock_guard lock(m_mutex);
    const double perMinute = m_config.loginsPerMinute;
    const qint64 rateWait = take(m_logins, address, perMinute / 60.0, std::max(1.0, std::floor(perMinute / 2)), nowMs);
    if (rateWait > 0)
        return {LoginBlock::AddressRate, rateWait};
    forgetOld(m_byAddress, nowMs);
    forgetOld(m_byName, nowMs);
    Failures &byAddress = m_byAddress[address];
    Failures &byName = m_byName[name];
    // A quiet spell as long as the longest lockout wipes the slate.
    for (Failures *failures : {&byAddress, &byName})
        if (failures->lockedUntilMs <= nowMs && nowMs - failures->lastMs > m_config.loginLockoutMaxMs)
            *failures = Failures();
    if (byAddress.lockedUntilMs > nowMs)
        return {LoginBlock::AddressLockout, byAddress.lockedUntilMs - nowMs};
    if (byName.lockedUntilMs > nowMs)
        return {LoginBlock::NameLockout, byName.lockedUntilMs - nowMs};
    countFailure(byAddress, m_config.loginFailuresPerAddress, nowMs);
    countFailure(byName, m_config.loginFailuresPerName, nowMs);
    return {};
}

void ClientLimiter::loginSucceeded(const QString &address, const QString &name)
{
    const std::lock_guard lock(m_mutex);
    m_byName.remove(name);
    auto it = m_byAddress.find(address);
    if (it != m_byAddress.end()) {
        it->count = std::max(0, it->count - 1);
        if (it->count < m_config.loginFailuresPerAddress)
            it->lockedUntilMs = 0;
    }
}

} // namespace ct::server
