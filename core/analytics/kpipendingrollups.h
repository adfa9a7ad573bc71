// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

namespace ct {

class Database;

// What new kpi_shipments rows add to the daily rollups (kpi_daily: the cohort, attempt,
// arrival and order rows), kept as the rows' ids and written together by flush(): one
// aggregate statement per rollup part over all of them, and each arrival row's histograms
// read, merged and written once. The sums are those of the facts rows as they stand at
// flush(), so a pending row must not change, nor its shipment's exceptions, before then
// (KpiFacts settles first). Use from the Database's thread, inside the caller's transaction.
class KpiPendingRollups final
{
public:
    explicit KpiPendingRollups(const Database &database);
    ~KpiPendingRollups();

    // A facts row just inserted; `orderId` is its order ("" for none).
    void add(qint64 shipmentId, const QString &orderId);
    bool isEmpty() const;
    bool contains(qint64 shipmentId) const;
    bool hasOrder(const QString &orderId) const;

    // Writes what the pending rows add and forgets them. False with `error` (located).
    bool flush(QString *error);
    // Forgets the pending rows (the caller rolled back).
    void discard();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
