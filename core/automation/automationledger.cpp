// SPDX-License-Identifier: MIT
#include "automationledger.h"

#include "store/sqlstatement.h"

namespace ct {

AutomationLedger::AutomationLedger(const Database &database) : m_database(database) {}

AutomationLedger::~AutomationLedger() = default;

QString AutomationLedger::idempotencyKey(const QString &ruleId, qint64 shipmentId, const QString &transition)
{
    return ruleId + QLatin1Char('|') + QString::number(shipmentId) + QLatin1Char('|') + transition;
}

bool AutomationLedger::prepared(std::unique_ptr<SqlStatement> &statement, const char *sql, QString *error) const
{
    if (!statement)
        statement = SqlStatement::prepare(m_database, QString::fromLatin1(sql), error);
    return statement != nullptr;
}

bool AutomationLedger::record(AutomationLedgerEntry &entry, bool *recorded, QString *error)
{
    if (!prepared(m_record,
                  "INSERT INTO automation_ledger(idempotency_key, rule_id, shipment_id, exception_id, transition, fired_at_ms, "
                  "outcome, notify_template, notify_channel, notify_state, notify_not_before_ms, customer_key) "
                  "VALUES(?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(idempotency_key) DO NOTHING",
                  error))
        return false;
    int i = 0;
    m_record->bind(i++, entry.idempotencyKey);
    m_record->bind(i++, entry.ruleId);
    m_record->bind(i++, entry.shipmentId);
    m_record->bind(i++, entry.exceptionId);
    m_record->bind(i++, entry.transition);
    m_record->bind(i++, entry.firedAtMs);
    m_record->bind(i++, entry.outcome);
    m_record->bind(i++, entry.notifyTemplate);
    m_record->bind(i++, entry.notifyChannel);
    m_record->bind(i++, entry.notifyState);
    m_record->bind(i++, entry.notifyNotBeforeMs);
    m_record->bind(i++, entry.customerKey);
    if (!m_record->exec(error))
        return false;
    *recorded = m_record->changes() > 0;
    if (*recorded)
        entry.id = m_record->lastInsertId();
    return true;
}

std::optional<bool> AutomationLedger::contains(const QString &key, QString *error)
{
    if (!prepared(m_contains, "SELECT 1 FROM automation_ledger WHERE idempotency_key = ?", error))
        return std::nullopt;
    m_contains->bind(0, key);
    if (!m_contains->exec(error))
        return std::nullopt;
    const bool found = m_contains->next();
    m_contains->finish();
    return found;
}

std::optional<int> AutomationLedger::messagesSince(const QString &customerKey, qint64 sinceMs, QString *error)
{
    if (!prepared(m_messages,
                  "SELECT count(*) FROM automation_ledger WHERE customer_key = ? AND fired_at_ms >= ? "
                  "AND notify_state IN ('not_sent', 'handed_off')",
                  error))
        return std::nullopt;
    m_messages->bind(0, customerKey);
    m_messages->bind(1, sinceMs);
    if (!m_messages->exec(error))
        return std::nullopt;
    const int n = m_messages->next() ? static_cast<int>(m_messages->int64(0)) : 0;
    m_messages->finish();
    return n;
}

bool AutomationLedger::markHandedOff(const QStringList &keys, QString *error)
{
    if (!prepared(m_handedOff,
                  "UPDATE automation_ledger SET notify_state = 'handed_off' WHERE idempotency_key = ? AND notify_state = 'not_sent'",
                  error))
        return false;
    for (const QString &key : keys) {
        m_handedOff->bind(0, key);
        if (!m_handedOff->exec(error))
            return false;
    }
    return true;
}

std::optional<QList<AutomationLedgerEntry>> AutomationLedger::notSent(int limit, QString *error) const
{
    return select(QStringLiteral("notify_state = 'not_sent'"), {}, limit, "fired_at_ms, id", error);
}

std::optional<QList<AutomationLedgerEntry>> AutomationLedger::latest(int limit, const QString &ruleId, QString *error) const
{
    return select(QStringLiteral("(? = '' OR rule_id = ?)"), {ruleId, ruleId}, limit, "fired_at_ms DESC, id DESC", error);
}

std::optional<QList<AutomationLedgerEntry>> AutomationLedger::select(const QString &where, const QList<QString> &binds, int limit,
                                                                     const char *order, QString *error) const
{
    std::unique_ptr<SqlStatement> q = SqlStatement::prepare(
        m_database,
        QStringLiteral("SELECT id, idempotency_key, rule_id, shipment_id, exception_id, transition, fired_at_ms, outcome, "
                       "notify_template, notify_channel, notify_state, notify_not_before_ms, customer_key "
                       "FROM automation_ledger WHERE %1 ORDER BY %2 LIMIT ?").arg(where, QLatin1String(order)),
        error);
    if (!q)
        return std::nullopt;
    int b = 0;
    for (const QString &v : binds)
        q->bind(b++, v);
    q->bind(b, limit);
    if (!q->exec(error))
        return std::nullopt;
    QList<AutomationLedgerEntry> out;
    while (q->next()) {
        AutomationLedgerEntry e;
        int c = 0;
        e.id = q->int64(c++);
        e.idempotencyKey = q->text(c++);
        e.ruleId = q->text(c++);
        e.shipmentId = q->int64(c++);
        e.exceptionId = q->optionalInt64(c++);
        e.transition = q->text(c++);
        e.firedAtMs = q->int64(c++);
        e.outcome = q->text(c++);
        e.notifyTemplate = q->text(c++);
        e.notifyChannel = q->text(c++);
        e.notifyState = q->text(c++);
        e.notifyNotBeforeMs = q->optionalInt64(c++);
        e.customerKey = q->text(c++);
        out << e;
    }
    q->finish();
    return out;
}

} // namespace ct
