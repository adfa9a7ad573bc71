// SPDX-License-Identifier: MIT
#pragma once

#include "config/serverconfig.h"

#include "net/tokenbucket.h"

#include <QHash>
#include <QString>

#include <mutex>

namespace ct {
class Database;
}

namespace ct::server {

// The server's per-client limits, shared by every thread that serves requests: a token
// bucket of requests per token (or per address before log-in), one of log-in attempts
// per address, and log-in lockouts per user name and per address that grow with each
// failure (docs/SERVER.md, "Log-in limits"). The buckets are this process's: servers on
// one PostgreSQL store share theirs through SharedTokenBuckets instead (the log-in
// attempts' bucket stays here too, as the front's first, store-free check). Times are the
// service's clock (UTC ms), so a test can move them. Thread-safe.
class ClientLimiter final
{
public:
    explicit ClientLimiter(const ServerConfig &config);

    // 0 when `key` may make a request at `nowMs`; otherwise the milliseconds to wait.
    qint64 takeRequest(const QString &key, qint64 nowMs);

    enum class LoginBlock { None, AddressRate, AddressLockout, NameLockout };
    struct LoginAdmission
    {
        LoginBlock block = LoginBlock::None;
        qint64 waitMs = 0;
    };
    // Before an attempt to log in as `name` from `address`. Admitted, the attempt is
    // counted as a failure until loginSucceeded() says otherwise, so attempts made at once
    // cannot pass a lockout together.
    // With `shared`, a PostgreSQL store several servers may serve, the failures and
    // lockouts are kept in its login_failures table, one admission at a time across all of
    // them, so they hold whichever server an attempt reaches. The attempt rate per address
    // here is this process's; the one all servers share is a row of request_buckets
    // (SharedTokenBuckets, taken by ApiService first). A store error is `error` (the
    // attempt is then refused).
    // `rateTaken`: admitLoginAtFront() has counted the attempt against its address's rate.
    LoginAdmission admitLogin(const QString &address, const QString &name, qint64 nowMs, const Database *shared = nullptr,
                              QString *error = nullptr, bool rateTaken = false);
    // On the thread that reads requests, before a log-in waits for a serving thread: the
    // attempt rate per address, and a lockout of the address already known to this
    // process. So attempts over the limits are refused at once, never queued behind other
    // log-ins' password hashing. Admitted, the attempt has been counted against the rate.
    LoginAdmission admitLoginAtFront(const QString &address, qint64 nowMs);
    void loginSucceeded(const QString &address, const QString &name, const Database *shared = nullptr);

private:
    struct Failures
    {
        int count = 0;
        qint64 lastMs = 0;
        qint64 lockedUntilMs = 0;
    };
    // Counts one more failure and locks when past `freeFailures`: the lockout doubles
    // with each failure, from login_lockout_s up to login_lockout_max_s.
    void countFailure(Failures &failures, int freeFailures, qint64 nowMs) const;
    // The lockout rules on one attempt's two records: refused, or counted as a failure.
    LoginAdmission judge(Failures &byAddress, Failures &byName, qint64 nowMs) const;
    void succeed(Failures &byAddress) const;
    // `addressLockedUntilMs`: the address's lockout after this attempt (0: none).
    LoginAdmission admitShared(const Database &shared, const QString &address, const QString &name, qint64 nowMs,
                               qint64 *addressLockedUntilMs, QString *error) const;
    bool succeedShared(const Database &shared, const QString &address, const QString &name, QString *error) const;
    // The advisory lock that makes admissions through several servers one at a time.
    static constexpr int SharedLockKey = 7005;
    void forgetOld(QHash<QString, Failures> &table, qint64 nowMs) const;
    static qint64 take(QHash<QString, TokenBucket> &buckets, const QString &key, double rate, double burst, qint64 nowMs);

    const ServerConfig m_config;
    std::mutex m_mutex;
    QHash<QString, TokenBucket> m_requests;
    QHash<QString, TokenBucket> m_logins;
    QHash<QString, Failures> m_byName;
    QHash<QString, Failures> m_byAddress; // with a shared store, only a copy of the lockouts it holds
};

} // namespace ct::server
