// SPDX-License-Identifier: MIT
#include "kpirollupspans.h"

#include <algorithm>

namespace ct {

namespace {

const QDate Epoch(1970, 1, 1);

} // namespace

qint64 KpiRollupSpans::mondayOf(qint64 day)
{
    // Day 0 (1970-01-01) is a Thursday: day 4 a Monday.
    return day - (((day + 3) % 7) + 7) % 7;
}

qint64 KpiRollupSpans::dayNumber(QDate date)
{
    return Epoch.daysTo(date);
}

QList<KpiRollupSpan> KpiRollupSpans::of(const KpiRequest &request, bool weeks)
{
    QList<KpiRollupSpan> spans;
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return spans;
    const qint64 begin = dayNumber(request.from), end = dayNumber(request.to);
    const qint64 nowDay = dayNumber(KpiCalendar::utcDay(request.nowMs));
    const auto usable = [&](qint64 monday) {
        const qint64 sunday = monday + 6;
        if (monday < begin || sunday > end || sunday > nowDay)
            return false;
        const QDate first = Epoch.addDays(monday), last = Epoch.addDays(sunday);
        return std::all_of(request.groupings.cbegin(), request.groupings.cend(), [&](const KpiGrouping &g) {
            return KpiCalendar::periodIndex(request.from, request.to, g.granularity, first)
                   == KpiCalendar::periodIndex(request.from, request.to, g.granularity, last);
        });
    };
    const auto add = [&](bool weekly, qint64 first, qint64 last) {
        if (!spans.isEmpty() && spans.last().weekly == weekly
            && spans.last().last + (weekly ? 7 : 1) == first)
            spans.last().last = last;
        else
            spans.append({weekly, first, last});
    };
    qint64 day = begin;
    while (day <= end) {
        const qint64 monday = mondayOf(day);
        if (weeks && monday == day && usable(monday)) {
            add(true, monday, monday);
            day += 7;
        } else {
            add(false, day, day);
            ++day;
        }
    }
    return spans;
}

} // namespace ct
