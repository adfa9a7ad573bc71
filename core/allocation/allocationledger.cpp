// SPDX-License-Identifier: MIT
#include "allocationledger.h"

#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"
#include "store/transaction.h"

namespace ct {

std::optional<AllocationDayCounts> AllocationLedger::counts(QDate day, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!prepare(query, QStringLiteral("SELECT carrier, service, split_id, count(*) FROM allocations WHERE day = ? "
                                       "GROUP BY carrier, service, split_id"),
                 error))
        return std::nullopt;
    bind(query, 0, day.toString(Qt::ISODate));
    if (!execPrepared(query, error))
        return std::nullopt;
    AllocationDayCounts counts;
    counts.day = day;
    while (query.next()) {
        const QString service = query.value(0).toString() + QLatin1Char('/') + query.value(1).toString();
        const qint64 n = query.value(3).toLongLong();
        counts.perService[service] += n;
        const QString split = query.value(2).toString();
        if (!split.isEmpty())
            counts.perSplit[split][service] += n;
    }
    return counts;
}

std::optional<qint64> AllocationLedger::record(const AllocationRecord &r, QString *error) const
{
    Transaction transaction(m_database.connection());
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    if (!prepare(query,
                 QStringLiteral("INSERT INTO allocations(day, carrier, service, split_id, order_ref, origin, destination, "
                                "weight_grams, cod, policy_version, allocated_at_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?)")
                     + m_database.dialect().returningId(),
                 error))
        return std::nullopt;
    bind(query, 0, r.day.toString(Qt::ISODate));
    bind(query, 1, r.carrier);
    bind(query, 2, r.service);
    bind(query, 3, sqlText(r.splitId));
    bind(query, 4, sqlText(r.orderRef));
    bind(query, 5, sqlText(r.origin));
    bind(query, 6, sqlText(r.destination));
    bind(query, 7, r.weightGrams);
    bind(query, 8, r.cod ? 1 : 0);
    bind(query, 9, r.policyVersion);
    bind(query, 10, r.allocatedAtMs);
    if (!execPrepared(query, error))
        return std::nullopt;
    const qint64 id = insertedId(query);
    if (!transaction.commit(error))
        return std::nullopt;
    return id;
}

} // namespace ct
