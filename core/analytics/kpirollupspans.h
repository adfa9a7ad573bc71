// SPDX-License-Identifier: MIT
#pragma once

#include "kpirequest.h"

#include <QList>

namespace ct {

// A run of rollup rows to read: days first..last of the daily tables, or the weeks whose
// Mondays are first..last (stepping by 7) of the weekly ones. Day numbers are UTC days
// since 1970-01-01.
struct KpiRollupSpan
{
    bool weekly = false;
    qint64 first = 0;
    qint64 last = 0;

    friend bool operator==(const KpiRollupSpan &, const KpiRollupSpan &) = default;
};

// Which rollup rows answer a request over its range (docs/KPIS.md, "Rollups"): the weekly
// row of every ISO week that lies whole in the range, falls in one period of every
// grouping (a month's first and last weeks do not), and is over by the request's "now"
// (the backlog of a day not over counts only the days up to now); the daily rows of every
// other day. The spans cover each day of the range once, in order. Without weeks, one
// daily span.
class KpiRollupSpans final
{
public:
    static QList<KpiRollupSpan> of(const KpiRequest &request, bool weeks = true);
    // The day number of the Monday of the ISO week holding `day`.
    static qint64 mondayOf(qint64 day);
    static qint64 dayNumber(QDate date);
};

} // namespace ct
