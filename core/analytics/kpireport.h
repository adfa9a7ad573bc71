// SPDX-License-Identifier: MIT
#pragma once

#include "kpi.h"
#include "kpicalendar.h"
#include "kpirequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

// One number of a KPI report: a KPI for one period of one grouping, one cut key and one
// part (docs/KPIS.md, "Cells"). `value` is nullopt for "no data": a share or rate whose
// denominator is 0, a distribution with no values, a count for a period that has not begun.
struct KpiCell
{
    Kpi kpi = Kpi::OnTimeRate;
    int grouping = 0;   // index into KpiRequest::groupings
    KpiPeriod period;
    QString cut;        // the cut key ("" when the grouping has no cut)
    QString part;       // exception type code, agent or currency ("" when the KPI has no parts; the backlog total)
    qint64 numerator = 0;   // a share's numerator; a count
    qint64 denominator = 0; // a share's denominator; a distribution's number of values
    std::optional<double> value; // share 0..1, rate per 1,000, count, or a distribution's mean (in the KPI's unit)
    std::optional<double> p50;   // distributions: nearest-rank percentiles, exact
    std::optional<double> p90;
};

// Names one cell of a report, for a drill-down.
struct KpiCellRef
{
    Kpi kpi = Kpi::OnTimeRate;
    int grouping = 0;
    QDate period; // the cell's period.from
    QString cut;
    QString part;
};

// The shipments and exceptions behind one cell, ids ascending. For a share, the numerator's
// and the denominator's; for a distribution, its values' (in the denominator lists); for a
// count, the counted ones (in the numerator lists). Exception KPIs also list the exceptions'
// shipments (each once). Their sizes equal the cell's numerator and denominator.
struct KpiDrillDown
{
    QList<qint64> numeratorShipments;
    QList<qint64> denominatorShipments;
    QList<qint64> numeratorExceptions;
    QList<qint64> denominatorExceptions;
    // The shares of returns (refund, exchange, store credit, retained revenue) list returns:
    // the numerator's and the denominator's resolved returns. The return rate lists its
    // orders by their first shipments, in the shipment lists.
    QList<qint64> numeratorReturns;
    QList<qint64> denominatorReturns;
};

struct KpiReport
{
    KpiRequest request;
    QList<KpiCell> cells; // by grouping, period, cut key, KPI, part

    const KpiCell *find(Kpi kpi, int grouping, QDate period, const QString &cut = {}, const QString &part = {}) const
    {
        for (const KpiCell &c : cells) {
            if (c.kpi == kpi && c.grouping == grouping && c.period.from == period && c.cut == cut && c.part == part)
                return &c;
        }
        return nullptr;
    }
};

} // namespace ct
