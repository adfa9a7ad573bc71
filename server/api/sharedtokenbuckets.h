// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace ct {
class Database;
}

namespace ct::server {

// Token buckets that every server on one PostgreSQL store shares: rows of request_buckets
// (server schema 6), one per kind and key (a token's hash, an address). Each admission is
// one atomic statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING): the row is
// refilled from the time it was last taken, a token taken when there is one, and the
// answer returned, so requests through several servers at once are counted one after
// another without a lock of their own. Times are the caller's clock (UTC ms), never the
// database's: a server whose clock is behind the row's last update refills nothing (the
// row keeps the later time), so skew between servers never hands out extra tokens. Rows
// know when they are full again (full_at_ms); purgeSql() deletes those, which are as good
// as new. One per connection (it keeps its prepared statement): use from the Database's
// thread. On SQLite (one server) the process's own buckets (ClientLimiter) do this.
class SharedTokenBuckets final
{
public:
    // What a bucket counts; the kind column.
    enum class Kind { Requests, Logins };

    explicit SharedTokenBuckets(const Database &database);
    ~SharedTokenBuckets();

    // 0 when `key` may go on at `nowMs` (a token is taken); otherwise the milliseconds
    // until a token will be there (at least 1; nothing is taken). nullopt with `error` when
    // the store fails.
    std::optional<qint64> take(Kind kind, const QString &key, double ratePerSecond, double burst, qint64 nowMs,
                               QString *error);

    // The purge's statement: deletes up to `batch` rows full again at the bound time (two
    // '?', both that time).
    static QString purgeSql(int batch);

private:
    const Database &m_database;
    std::unique_ptr<QSqlQuery> m_take; // prepared on first use
};

} // namespace ct::server
