// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace ct {

class Database;

// What was allocated on one day, for the daily caps and the splits: per "carrier/service",
// and per split id and "carrier/service".
struct AllocationDayCounts
{
    QDate day;
    QHash<QString, qint64> perService;
    QHash<QString, QHash<QString, qint64>> perSplit;
};

// One allocation as recorded.
struct AllocationRecord
{
    QDate day; // the policy's local day
    QString carrier;
    QString service;
    QString splitId; // the split that chose it; "" when none did
    QString orderRef;
    QString origin;      // "US 94105"
    QString destination;
    qint64 weightGrams = 0;
    bool cod = false;
    qint64 policyVersion = 0;
    qint64 allocatedAtMs = 0;
};

// The allocations recorded in the store (table allocations): what the daily caps and the
// percentage splits count, by the day passed in, never the wall clock. Use from the
// Database's thread.
class AllocationLedger final
{
public:
    explicit AllocationLedger(const Database &database) : m_database(database) {}

    std::optional<AllocationDayCounts> counts(QDate day, QString *error) const;
    // In a transaction of its own; the new row's id, or nullopt with `error`.
    std::optional<qint64> record(const AllocationRecord &record, QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
