// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// How KPI cells are cut in time. Days are UTC calendar days; weeks are ISO weeks (Monday
// to Sunday); months are calendar months; Range is the whole requested range as one period.
enum class KpiGranularity : quint8 { Day, Week, Month, Range };

// One period of a range, clipped to it: a week that the range cuts holds only its days
// inside the range. Both ends inclusive.
struct KpiPeriod
{
    QDate from;
    QDate to;

    friend bool operator==(const KpiPeriod &, const KpiPeriod &) = default;
};

// The calendar arithmetic KPIs share: periods of a range, UTC days of instants, and
// business days (Monday to Friday) between two local dates.
class KpiCalendar final
{
public:
    // The periods of [from, to] in order; empty when the range is empty or invalid.
    static QList<KpiPeriod> periods(QDate from, QDate to, KpiGranularity granularity);
    // The index in periods(from, to, granularity) of the period holding `day`; -1 outside.
    static int periodIndex(QDate from, QDate to, KpiGranularity granularity, QDate day);

    // "2026-06-15" (day), "2026-W25" (ISO week), "2026-06" (month), "2026-06-01/2026-06-30".
    static QString label(const KpiPeriod &period, KpiGranularity granularity);
    static QString granularityCode(KpiGranularity granularity); // "day", "week", "month", "range"
    static std::optional<KpiGranularity> granularityFromCode(QStringView code);

    // The UTC calendar day of an instant.
    static QDate utcDay(qint64 utcMs);
    // UTC milliseconds of the start of a UTC day.
    static qint64 startOfUtcDayMs(QDate day);
    // The local calendar day of an instant at a UTC offset.
    static QDate localDay(qint64 utcMs, int offsetMinutes);

    // Days d with from < d <= to that are Monday to Friday: the business days of a transit
    // that was picked up on `from` and arrived on `to`. 0 when to <= from.
    static int businessDaysAfter(QDate from, QDate to);
};

} // namespace ct
