// SPDX-License-Identifier: MIT
#include "snoozewakequery.h"

#include "store/database.h"
#include "store/sqlstatement.h"

namespace ct {

SnoozeWakeQuery::SnoozeWakeQuery(const Database &database) : m_database(database) {}

std::optional<qint64> SnoozeWakeQuery::nextWake(qint64 nowMs, QString *error) const
{
    error->clear();
    std::unique_ptr<SqlStatement> statement = SqlStatement::prepare(
        m_database,
        QStringLiteral("SELECT snoozed_until_ms FROM exception_queue WHERE status = 0 AND snoozed_until_ms > ? "
                       "ORDER BY status, snoozed_until_ms LIMIT 1"),
        error);
    if (!statement)
        return std::nullopt;
    statement->bind(0, nowMs);
    if (!statement->exec(error) || !statement->next())
        return std::nullopt;
    return statement->int64(0);
}

std::optional<QList<qint64>> SnoozeWakeQuery::woken(qint64 afterMs, qint64 untilMs, QString *error) const
{
    std::unique_ptr<SqlStatement> statement = SqlStatement::prepare(
        m_database,
        QStringLiteral("SELECT exception_id FROM exception_queue WHERE status = 0 AND snoozed_until_ms > ? "
                       "AND snoozed_until_ms <= ? ORDER BY status, snoozed_until_ms, exception_id"),
        error);
    if (!statement)
        return std::nullopt;
    statement->bind(0, afterMs);
    statement->bind(1, untilMs);
    if (!statement->exec(error))
        return std::nullopt;
    QList<qint64> ids;
    while (statement->next())
        ids.append(statement->int64(0));
    return ids;
}

} // namespace ct
