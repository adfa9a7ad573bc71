// SPDX-License-Identifier: MIT
#pragma once

#include "kpireport.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace ct {

// Sums what shipments and exceptions contribute to the cells of one KpiRequest, then
// turns the sums into KpiCells. Every grouping of the request has its own buckets (period
// × cut key); each bucket holds one tally per KPI and part. With a probe, the tally of the
// probed cell also keeps the ids it counted (KpiEngine::drillDown): the same code path
// counts the cell and lists its ids, so the two always agree.
class KpiAccumulator final
{
public:
    struct Ids
    {
        qint64 shipment = 0;
        qint64 exception = 0; // 0: a shipment KPI
    };

    class Bucket;

    KpiAccumulator(const KpiRequest &request, const KpiCellRef *probe = nullptr);
    ~KpiAccumulator();

    // The bucket of grouping `grouping`, period `period` (an index into its periods) and
    // cut key `cut`.
    Bucket &bucket(int grouping, int period, const QString &cut);
    int periodCount(int grouping) const;
    const QList<KpiPeriod> &periods(int grouping) const;

    // Share or rate: one more in the denominator, and in the numerator when `counted`.
    static void share(Bucket &b, Kpi kpi, bool counted, Ids ids, const QString &part = {});
    // Adds whole numbers to a share at once (figures computed elsewhere: ReturnFigures).
    static void shareTotals(Bucket &b, Kpi kpi, qint64 numerator, qint64 denominator, const QString &part = {});
    // Per-thousand rate: `amount` more in the numerator, one more in the denominator; the
    // numerator's ids are `amountIds`.
    static void rate(Bucket &b, Kpi kpi, qint64 amount, Ids ids, const QList<qint64> &amountIds);
    // Distribution: one value (in the KPI's raw unit: days, or milliseconds for hours).
    static void value(Bucket &b, Kpi kpi, qint64 value, Ids ids, const QString &part = {});
    // Count: one more (`distinct`: counted once per exception id).
    static void count(Bucket &b, Kpi kpi, Ids ids, const QString &part = {}, bool distinct = false);

    // Sums kept elsewhere (the rollups): `n` more of a count; `count` values equal to
    // `value` in a distribution; a distribution's exact sum when its values are binned
    // (the mean then comes from the sum, the percentiles from the bins).
    static void countTotals(Bucket &b, Kpi kpi, qint64 n, const QString &part = {});
    static void histogram(Bucket &b, Kpi kpi, qint64 value, qint64 count, const QString &part = {});
    static void exactSum(Bucket &b, Kpi kpi, qint64 sum, const QString &part = {});

    // Makes sure a part shows in every period of a grouping even where nothing was counted.
    void notePart(int grouping, Kpi kpi, const QString &part);
    // Marks a Count KPI's periods that begin after `nowMs` as having no data.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    QList<KpiCell> cells() const;
    KpiDrillDown drillDown() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_nowMs = 0;
};

} // namespace ct
