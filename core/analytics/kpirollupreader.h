// SPDX-License-Identifier: MIT
#pragma once

#include "kpirequest.h"

#include <QString>

namespace ct {

class Database;
class KpiAccumulator;

// Answers the shipment, exception and returns KPIs of a request from the rollups
// (docs/KPIS.md, "Rollups") instead of the events: the weekly rows of the range's whole
// weeks and the daily rows of its other days, an aggregate of the exception rows before it (the backlog's opening balance), and the open
// exceptions (whose SLA breaches depend on "now"). The same cells as the direct passes,
// but for the percentiles of hours (time to resolve), which come from whole-hour bins:
// the midpoint of the bin holding the rank, within 30 minutes of the exact value; the
// mean stays exact. Agents and drill-downs are always direct.
class KpiRollupReader final
{
public:
    // `weeks`: the weekly rows for the whole weeks of the range (KpiRollupSpans); false:
    // the daily rows only (the same cells, for comparisons).
    static bool read(const Database &db, const KpiRequest &request, KpiAccumulator &accumulator, QString *error,
                     bool weeks = true);
};

} // namespace ct
