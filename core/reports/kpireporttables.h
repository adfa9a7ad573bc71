// SPDX-License-Identifier: MIT
#pragma once

#include "reporttable.h"

#include "analytics/kpireport.h"

#include <QList>

namespace ct {

// A KPI report as tables (docs/KPIS.md, docs/CLI.md "report"):
//  cells: every cell, one row each (the CSV export);
//  one wide table per grouping: a row per period and cut key, a column per KPI value;
//  the open backlog by type, agents and retained revenue per currency, of the first
//  grouping without a cut;
//  the definitions of the KPIs.
class KpiReportTables final
{
public:
    static ReportTable cells(const KpiReport &report);
    static ReportTable definitions();
    // Every table above: the wide ones first, then backlog, agents, retained revenue, the
    // cells and the definitions. Names are unique sheet names (at most 31 characters).
    static QList<ReportTable> all(const KpiReport &report);
    // "Summary", "By week", "By carrier", "By month and lane".
    static QString groupingName(const KpiGrouping &grouping);
};

} // namespace ct
