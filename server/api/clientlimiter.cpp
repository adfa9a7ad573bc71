// SPDX-License-Identifier: MIT
#include "clientlimiter.h"

#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/transaction.h"

#include <QSqlQuery>

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

ClientLimiter::LoginAdmission ClientLimiter::judge(Failures &byAddress, Failures &byName, qint64 nowMs) const
{
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

void ClientLimiter::succeed(Failures &byAddress) const
{
    byAddress.count = std::max(0, byAddress.count - 1);
    if (byAddress.count < m_config.loginFailuresPerAddress)
        byAddress.lockedUntilMs = 0;
}

ClientLimiter::LoginAdmission ClientLimiter::admitLoginAtFront(const QString &address, qint64 nowMs)
{
    const std::lock_guard lock(m_mutex);
    const auto known = m_byAddress.constFind(address);
    if (known != m_byAddress.constEnd() && known->lockedUntilMs > nowMs)
        return {LoginBlock::AddressLockout, known->lockedUntilMs - nowMs};
    const qint64 rateWait = take(m_logins, address, m_config.loginRatePerSecond(), m_config.loginBurst(), nowMs);
    if (rateWait > 0)
        return {LoginBlock::AddressRate, rateWait};
    return {};
}

ClientLimiter::LoginAdmission ClientLimiter::admitLogin(const QString &address, const QString &name, qint64 nowMs,
                                                        const Database *shared, QString *error, bool rateTaken)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!rateTaken) {
            const qint64 rateWait = take(m_logins, address, m_config.loginRatePerSecond(), m_config.loginBurst(), nowMs);
            if (rateWait > 0)
                return {LoginBlock::AddressRate, rateWait};
        }
        if (!shared) {
            forgetOld(m_byAddress, nowMs);
            forgetOld(m_byName, nowMs);
            return judge(m_byAddress[address], m_byName[name], nowMs);
        }
    }
    // Not under the mutex: the store's lock orders admissions across servers, and other
    // threads' requests must not wait for it.
    qint64 lockedUntilMs = 0;
    const LoginAdmission admission = admitShared(*shared, address, name, nowMs, &lockedUntilMs, error);
    if (lockedUntilMs > nowMs) { // remembered, so that the front refuses the address at once
        const std::lock_guard lock(m_mutex);
        forgetOld(m_byAddress, nowMs);
        m_byAddress[address].lockedUntilMs = lockedUntilMs;
    }
    return admission;
}

void ClientLimiter::loginSucceeded(const QString &address, const QString &name, const Database *shared)
{
    if (shared) {
        QString error; // a failure to clear them only leaves the failures counted
        succeedShared(*shared, address, name, &error);
        return;
    }
    const std::lock_guard lock(m_mutex);
    m_byName.remove(name);
    auto it = m_byAddress.find(address);
    if (it != m_byAddress.end())
        succeed(*it);
}

namespace {

const QString AddressScope = QStringLiteral("address");
const QString NameScope = QStringLiteral("name");

// One record of login_failures (zeros when there is none).
bool loadFailures(const Database &db, const QString &scope, const QString &key, int *count, qint64 *lastMs,
                         qint64 *lockedUntilMs, QString *error)
{
    QSqlQuery query(db.connection());
    if (!prepare(query, QStringLiteral("SELECT failures, last_ms, locked_until_ms FROM login_failures WHERE scope = ? AND key = ?"), error))
        return false;
    bind(query, 0, scope);
    bind(query, 1, key);
    if (!execPrepared(query, error))
        return false;
    const bool found = query.next();
    *count = found ? query.value(0).toInt() : 0;
    *lastMs = found ? query.value(1).toLongLong() : 0;
    *lockedUntilMs = found ? query.value(2).toLongLong() : 0;
    return true;
}

bool storeFailures(const Database &db, const QString &scope, const QString &key, int count, qint64 lastMs,
                          qint64 lockedUntilMs, qint64 forgetAtMs, QString *error)
{
    QSqlQuery query(db.connection());
    if (!prepare(query, QStringLiteral("INSERT INTO login_failures(scope, key, failures, last_ms, locked_until_ms, forget_at_ms) "
                                       "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(scope, key) DO UPDATE SET failures = excluded.failures, "
                                       "last_ms = excluded.last_ms, locked_until_ms = excluded.locked_until_ms, "
                                       "forget_at_ms = excluded.forget_at_ms"),
                 error))
        return false;
    bind(query, 0, scope);
    bind(query, 1, key);
    bind(query, 2, count);
    bind(query, 3, lastMs);
    bind(query, 4, lockedUntilMs);
    bind(query, 5, forgetAtMs);
    return execPrepared(query, error);
}

} // namespace

ClientLimiter::LoginAdmission ClientLimiter::admitShared(const Database &shared, const QString &address, const QString &name,
                                                         qint64 nowMs, qint64 *addressLockedUntilMs, QString *error) const
{
    QString failure;
    Transaction transaction(shared.connection());
    Failures byAddress, byName;
    LoginAdmission admission;
    const auto forgetAt = [this](const Failures &f) { return std::max(f.lastMs + m_config.loginLockoutMaxMs, f.lockedUntilMs); };
    const bool ok = transaction.begin(&failure)
        && execSql(shared.connection(), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SharedLockKey), &failure)
        && loadFailures(shared, AddressScope, address, &byAddress.count, &byAddress.lastMs, &byAddress.lockedUntilMs, &failure)
        && loadFailures(shared, NameScope, name, &byName.count, &byName.lastMs, &byName.lockedUntilMs, &failure)
        && ((admission = judge(byAddress, byName, nowMs)).block != LoginBlock::None
            || (storeFailures(shared, AddressScope, address, byAddress.count, byAddress.lastMs, byAddress.lockedUntilMs,
                              forgetAt(byAddress), &failure)
                && storeFailures(shared, NameScope, name, byName.count, byName.lastMs, byName.lockedUntilMs, forgetAt(byName),
                                 &failure)))
        && transaction.commit(&failure);
    if (!ok) {
        if (error)
            *error = QStringLiteral("log-in limits: %1").arg(failure);
        return {LoginBlock::AddressLockout, 1000};
    }
    *addressLockedUntilMs = byAddress.lockedUntilMs;
    return admission;
}

bool ClientLimiter::succeedShared(const Database &shared, const QString &address, const QString &name, QString *error) const
{
    Transaction transaction(shared.connection());
    Failures byAddress;
    QSqlQuery forget(shared.connection());
    if (!transaction.begin(error)
        || !execSql(shared.connection(), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SharedLockKey), error)
        || !prepare(forget, QStringLiteral("DELETE FROM login_failures WHERE scope = ? AND key = ?"), error))
        return false;
    bind(forget, 0, NameScope);
    bind(forget, 1, name);
    const bool ok = execPrepared(forget, error)
        && loadFailures(shared, AddressScope, address, &byAddress.count, &byAddress.lastMs, &byAddress.lockedUntilMs, error);
    if (!ok)
        return false;
    succeed(byAddress);
    return storeFailures(shared, AddressScope, address, byAddress.count, byAddress.lastMs, byAddress.lockedUntilMs,
                         std::max(byAddress.lastMs + m_config.loginLockoutMaxMs, byAddress.lockedUntilMs), error)
        && transaction.commit(error);
}

} // namespace ct::server
