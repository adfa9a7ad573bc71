// SPDX-License-Identifier: MIT
#include "kpicalendar.h"

#include "domain/timestamp.h"

#include <algorithm>

namespace ct {

namespace {

QDate periodStart(QDate day, KpiGranularity granularity, QDate rangeFrom)
{
    switch (granularity) {
    case KpiGranularity::Day: return day;
    case KpiGranularity::Week: return day.addDays(1 - day.dayOfWeek());
    case KpiGranularity::Month: return QDate(day.year(), day.month(), 1);
    case KpiGranularity::Range: return rangeFrom;
    }
    return day;
}

QDate periodEnd(QDate start, KpiGranularity granularity, QDate rangeTo)
{
    switch (granularity) {
    case KpiGranularity::Day: return start;
    case KpiGranularity::Week: return start.addDays(6);
    case KpiGranularity::Month: return start.addMonths(1).addDays(-1);
    case KpiGranularity::Range: return rangeTo;
    }
    return start;
}

} // namespace

QList<KpiPeriod> KpiCalendar::periods(QDate from, QDate to, KpiGranularity granularity)
{
    QList<KpiPeriod> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    QDate start = periodStart(from, granularity, from);
    while (start <= to) {
        const QDate end = periodEnd(start, granularity, to);
        out.append({std::max(start, from), std::min(end, to)});
        start = end.addDays(1);
    }
    return out;
}

int KpiCalendar::periodIndex(QDate from, QDate to, KpiGranularity granularity, QDate day)
{
    if (!day.isValid() || day < from || day > to)
        return -1;
    switch (granularity) {
    case KpiGranularity::Day: return static_cast<int>(from.daysTo(day));
    case KpiGranularity::Week:
        return static_cast<int>(periodStart(from, granularity, from).daysTo(periodStart(day, granularity, from)) / 7);
    case KpiGranularity::Month: return (day.year() - from.year()) * 12 + day.month() - from.month();
    case KpiGranularity::Range: return 0;
    }
    return -1;
}

QString KpiCalendar::label(const KpiPeriod &period, KpiGranularity granularity)
{
    switch (granularity) {
    case KpiGranularity::Day: return period.from.toString(Qt::ISODate);
    case KpiGranularity::Week: {
        int year = 0;
        const int week = period.from.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case KpiGranularity::Month: return period.from.toString(QStringLiteral("yyyy-MM"));
    case KpiGranularity::Range: break;
    }
    return period.from.toString(Qt::ISODate) + QLatin1Char('/') + period.to.toString(Qt::ISODate);
}

QString KpiCalendar::granularityCode(KpiGranularity granularity)
{
    switch (granularity) {
    case KpiGranularity::Day: return QStringLiteral("day");
    case KpiGranularity::Week: return QStringLiteral("week");
    case KpiGranularity::Month: return QStringLiteral("month");
    case KpiGranularity::Range: return QStringLiteral("range");
    }
    return {};
}

std::optional<KpiGranularity> KpiCalendar::granularityFromCode(QStringView code)
{
    for (KpiGranularity g : {KpiGranularity::Day, KpiGranularity::Week, KpiGranularity::Month, KpiGranularity::Range}) {
        if (code == granularityCode(g))
            return g;
    }
    return std::nullopt;
}

QDate KpiCalendar::utcDay(qint64 utcMs)
{
    return localDay(utcMs, 0);
}

qint64 KpiCalendar::startOfUtcDayMs(QDate day)
{
    return startOfDayMs(day, 0);
}

QDate KpiCalendar::localDay(qint64 utcMs, int offsetMinutes)
{
    const qint64 local = utcMs + offsetMinutes * MsPerMinute;
    qint64 days = local / MsPerDay;
    if (local % MsPerDay < 0)
        --days;
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    return QDate(y, m, d);
}

int KpiCalendar::businessDaysAfter(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 days = from.daysTo(to);
    // Whole weeks hold five business days each; then walk the remainder (fewer than 7).
    qint64 count = (days / 7) * 5;
    QDate d = from.addDays((days / 7) * 7);
    while (d < to) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            ++count;
    }
    return static_cast<int>(count);
}

} // namespace ct
