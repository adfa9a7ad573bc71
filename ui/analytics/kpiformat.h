// SPDX-License-Identifier: MIT
#pragma once

#include "kpimeasure.h"

#include "analytics/kpicalendar.h"
#include "analytics/kpireport.h"

#include <QString>

#include <optional>

namespace ct {

// How KPI numbers read in the Analytics view and its PDF report, in the user's locale:
// "92.1 %", "3 days", "4.5 hours", "no data" (never 0 % or NaN where a KPI has none), the
// change against the previous period, the counts behind a number, and each KPI's
// definition as a tooltip, taken from KpiDefinition (docs/KPIS.md), never re-typed.
namespace KpiFormat {

// The number `stat` of a cell in the unit it is shown in (shares as percentages, 0 to
// 100); nullopt for no data (a missing cell too).
std::optional<double> number(const KpiCell *cell, KpiStat stat);
// "92.1 %", "3 days", "3.4 days" (a mean), "4.5 hours", "87.2 per 1,000 shipments", "12
// exceptions"; "no data".
QString value(const KpiCell *cell, KpiStat stat = KpiStat::Value);
// The number alone, without its unit ("92.1", "3"); "no data".
QString bareValue(const KpiCell *cell, KpiStat stat = KpiStat::Value);
// The unit a chart's axis names: "%", "days", "hours", "per 1,000 shipments".
QString axisUnit(Kpi kpi);
QString noData();

// The change of `stat` from `before` to `now`.
struct Change
{
    bool known = false;  // both periods have data
    int sign = 0;        // -1, 0, +1
    bool better = false; // the change is an improvement (see higherIsBetter)
    QString text;        // "▲ 1.2 pts", "▼ 0.5 days", "no change", "no data before"
};
Change change(const KpiCell *now, const KpiCell *before, KpiStat stat);
// Whether a higher value of the KPI is the better one (on-time rate: yes; NDR rate: no).
bool higherIsBetter(Kpi kpi);

// The counts behind a cell: "1,234 of 1,340 shipments", "1,340 shipments" (a distribution),
// "87 exceptions in 1,000 shipments"; "" for a count.
QString counts(const KpiCell &cell);
// What a KPI's numerator and denominator count: "shipments", "exceptions", "orders",
// "returns" (a money share: "").
QString numeratorNoun(Kpi kpi);
QString denominatorNoun(Kpi kpi);
// Whether the KPI's drill-down lists exceptions (and their shipments) rather than shipments.
bool countsExceptions(Kpi kpi);

// The KPI's label ("On-time delivery rate"); with a distribution's percentile
// ("Transit time (calendar days), P50").
QString label(Kpi kpi);
QString label(const KpiMeasure &measure);
// Rich text: the label and the definition of docs/KPIS.md (numerator, denominator, which
// date places it, exclusions, partial data).
QString definitionToolTip(Kpi kpi);

// "1 Jun 2026 – 30 Jun 2026".
QString rangeLabel(const KpiPeriod &period);
// A period of a series: "15 Jun" (day), "W25 · 15 Jun" (week), "Jun 2026" (month).
QString periodLabel(const KpiPeriod &period, KpiGranularity granularity);
// "day", "week", "month".
QString granularityNoun(KpiGranularity granularity);
// A cut key for people: "UPS" for "ups", "UPS · UPS Ground" for "ups/UPS Ground", a lane as
// it is, "Unknown" for the destination "".
QString cutLabel(KpiCut cut, const QString &key);

} // namespace KpiFormat

} // namespace ct
