// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QString>

#include <memory>
#include <optional>

namespace ct {

class Database;
class SqlStatement;

// One rule firing on one transition, as the ledger keeps it.
struct AutomationLedgerEntry
{
    qint64 id = 0;
    QString idempotencyKey; // "<rule>|<shipment>|<transition>"
    QString ruleId;
    qint64 shipmentId = 0;
    std::optional<qint64> exceptionId;
    QString transition;
    qint64 firedAtMs = 0;
    QString outcome; // one line per action: "reattempt: applied (2026-06-19)"
    QString notifyTemplate;
    QString notifyChannel;
    // "" (no notify action), "not_sent" (decided; no notification engine has it yet:
    // standalone, or before the sink took it), "handed_off" (the notification engine took
    // it), "rate_limited", "no_contact".
    QString notifyState;
    std::optional<qint64> notifyNotBeforeMs;
    QString customerKey;
};

// The automation ledger (table automation_ledger, docs/AUTOMATION.md, "Fire once"): a
// row per (rule, shipment, transition), unique by its idempotency key, written in the
// transaction that applies the rule's actions, so a rule fires once per transition
// whatever is ingested, refreshed or swept again, and a batch rolled back leaves no row
// and no action. Use from the Database's thread; the caller owns the transaction.
class AutomationLedger final
{
public:
    explicit AutomationLedger(const Database &database);
    ~AutomationLedger();

    static QString idempotencyKey(const QString &ruleId, qint64 shipmentId, const QString &transition);

    // Inserts the whole entry unless its key is in the ledger; `*recorded` says which. The
    // new row's id goes into `entry.id`.
    bool record(AutomationLedgerEntry &entry, bool *recorded, QString *error);
    // Whether the key is in the ledger.
    std::optional<bool> contains(const QString &idempotencyKey, QString *error);
    // Messages decided for the customer at or after `sinceMs` (not sent or handed off).
    std::optional<int> messagesSince(const QString &customerKey, qint64 sinceMs, QString *error);
    // The notification engine took these decisions (by idempotency key). In the caller's
    // transaction.
    bool markHandedOff(const QStringList &keys, QString *error);
    // Decisions no notification engine has taken yet, oldest first, up to `limit`: what a
    // sender picks up after a restart (a sink that was not called, a crash after the
    // commit). Their recipient is the customer key's value ("email:..." or "phone:...").
    std::optional<QList<AutomationLedgerEntry>> notSent(int limit, QString *error) const;
    // The latest entries, newest first (all rules when `ruleId` is empty).
    std::optional<QList<AutomationLedgerEntry>> latest(int limit, const QString &ruleId, QString *error) const;

private:
    bool prepared(std::unique_ptr<SqlStatement> &statement, const char *sql, QString *error) const;

    const Database &m_database;
    std::optional<QList<AutomationLedgerEntry>> select(const QString &where, const QList<QString> &binds, int limit,
                                                       const char *order, QString *error) const;

    mutable std::unique_ptr<SqlStatement> m_record, m_contains, m_messages, m_handedOff;
};

} // namespace ct
