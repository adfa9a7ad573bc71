// SPDX-License-Identifier: MIT
#include "sharedtokenbuckets.h"

#include "store/database.h"
#include "store/qtsqlsupport.h"

#include <algorithm>
#include <cmath>

namespace ct::server {

namespace {

// PostgreSQL only (servers on SQLite keep their buckets in memory). In SET, `b` is the
// row as it was: the level refilled since its last update, at most the burst.
QString takeStatement()
{
    const QString level = QStringLiteral(
        "LEAST(EXCLUDED.burst, b.tokens + EXCLUDED.rate * GREATEST(0, EXCLUDED.updated_at_ms - b.updated_at_ms) / 1000.0)");
    const QString left = QStringLiteral("(CASE WHEN %1 >= 1 THEN %1 - 1 ELSE %1 END)").arg(level);
    return QStringLiteral(
               "INSERT INTO request_buckets AS b (kind, key, rate, burst, tokens, updated_at_ms, full_at_ms, admitted) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (kind, key) DO UPDATE SET "
               "tokens = %1, admitted = CASE WHEN %2 >= 1 THEN 1 ELSE 0 END, "
               "full_at_ms = GREATEST(b.updated_at_ms, EXCLUDED.updated_at_ms) "
               "+ CAST(CEIL((EXCLUDED.burst - %1) * 1000.0 / EXCLUDED.rate) AS BIGINT), "
               "rate = EXCLUDED.rate, burst = EXCLUDED.burst, "
               "updated_at_ms = GREATEST(b.updated_at_ms, EXCLUDED.updated_at_ms) "
               "RETURNING tokens, admitted")
        .arg(left, level);
}

QString kindText(SharedTokenBuckets::Kind kind)
{
    return kind == SharedTokenBuckets::Kind::Requests ? QStringLiteral("request") : QStringLiteral("login");
}

} // namespace

SharedTokenBuckets::SharedTokenBuckets(const Database &database)
    : m_database(database)
{
}

SharedTokenBuckets::~SharedTokenBuckets() = default;

std::optional<qint64> SharedTokenBuckets::take(Kind kind, const QString &key, double ratePerSecond, double burst,
                                               qint64 nowMs, QString *error)
{
    // As TokenBucket: at least a burst of one, and a rate above zero.
    const double rate = std::max(ratePerSecond, 1e-6);
    burst = std::max(burst, 1.0);
    if (!m_take) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        if (!prepare(*query, takeStatement(), error))
            return std::nullopt;
        m_take = std::move(query);
    }
    // A new row starts full and gives its first token.
    bind(*m_take, 0, kindText(kind));
    bind(*m_take, 1, sqlText(key));
    bind(*m_take, 2, rate);
    bind(*m_take, 3, burst);
    bind(*m_take, 4, burst - 1);
    bind(*m_take, 5, nowMs);
    bind(*m_take, 6, nowMs + static_cast<qint64>(std::ceil(1000.0 / rate)));
    if (!execPrepared(*m_take, error))
        return std::nullopt;
    if (!m_take->next()) {
        if (error)
            *error = QStringLiteral("request_buckets: the admission returned no row");
        return std::nullopt;
    }
    const double tokens = m_take->value(0).toDouble();
    const bool admitted = m_take->value(1).toLongLong() == 1;
    m_take->finish();
    if (admitted)
        return 0;
    return std::max<qint64>(1, static_cast<qint64>(std::ceil((1.0 - tokens) * 1000.0 / rate)));
}

QString SharedTokenBuckets::purgeSql(int batch)
{
    // The condition again outside the subquery: a row taken from meanwhile is kept.
    return QStringLiteral("DELETE FROM request_buckets WHERE full_at_ms <= ? AND (kind, key) IN "
                          "(SELECT kind, key FROM request_buckets WHERE full_at_ms <= ? LIMIT %1)")
        .arg(batch);
}

} // namespace ct::server
