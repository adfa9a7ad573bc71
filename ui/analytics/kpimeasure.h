// SPDX-License-Identifier: MIT
#pragma once

#include "analytics/kpi.h"

namespace ct {

// Which number of a KPI cell a tile, a series or a bar shows: the value (a share, a rate,
// a count, a distribution's mean) or a distribution's P50 or P90.
enum class KpiStat : quint8 { Value, P50, P90 };

// One KPI as the Analytics view shows it: the KPI and the number of its cells.
struct KpiMeasure
{
    Kpi kpi = Kpi::OnTimeRate;
    KpiStat stat = KpiStat::Value;

    friend bool operator==(const KpiMeasure &, const KpiMeasure &) = default;
};

} // namespace ct
