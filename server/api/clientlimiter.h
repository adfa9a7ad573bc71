// SPDX-License-Identifier: MIT
#pragma once

#include "config/serverconfig.h"

#include "net/tokenbucket.h"

#include <QHash>
#include <QString>

#include <mutex>

namespace ct::server {

// The server's per-client limits, shared by every thread that serves requests: a token
// bucket of requests per token (or per address before log-in), one of log-in attempts
// per address, and log-in lockouts per user name and per address that grow with each
// failure (docs/SERVER.md, "Log-in limits"). Times are the service's clock (UTC ms), so a
// test can move them. Thread-safe.
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
    LoginAdmission admitLogin(const QString &address, const QString &name, qint64 nowMs);
    void loginSucceeded(const QString &address, const QString &name);

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
    void forgetOld(QHash<QString, Failures> &table, qint64 nowMs) const;
    static qint64 take(QHash<QString, TokenBucket> &buckets, const QString &key, double rate, double burst, qint64 nowMs);

    const ServerConfig m_config;
    std::mutex m_mutex;
    QHash<QString, TokenBucket> m_requests;
    QHash<QString, TokenBucket> m_logins;
    QHash<QString, Failures> m_byName;
    QHash<QString, Failures> m_byAddress;
};

} // namespace ct::server
