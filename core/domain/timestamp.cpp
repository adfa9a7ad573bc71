// SPDX-License-Identifier: MIT
#include "timestamp.h"

#include <cstdio>
#include <cstdlib>

namespace ct {

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = static_cast<qint64>(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 mp = (month + 9) % 12;
    const qint64 doy = (153 * mp + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

qint64 startOfDayMs(QDate date, int offsetMinutes)
{
    return daysFromCivil(date.year(), date.month(), date.day()) * MsPerDay
           - offsetMinutes * MsPerMinute;
}

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

QDate Timestamp::localDate() const
{
    const qint64 localMs = utcMs + offsetMinutes * MsPerMinute;
    int y = 0, m = 0, d = 0;
    civilFromDays(floorDiv(localMs, MsPerDay), y, m, d);
    return QDate(y, m, d);
}

QString Timestamp::toIsoString() const
{
    const qint64 localMs = utcMs + offsetMinutes * MsPerMinute;
    const qint64 days = floorDiv(localMs, MsPerDay);
    qint64 msOfDay = localMs - days * MsPerDay;
    int y = 0, mo = 0, d = 0;
    civilFromDays(days, y, mo, d);
    const int hh = static_cast<int>(msOfDay / MsPerHour);
    msOfDay -= hh * MsPerHour;
    const int mi = static_cast<int>(msOfDay / MsPerMinute);
    msOfDay -= mi * MsPerMinute;
    const int ss = static_cast<int>(msOfDay / 1000);
    const int ms = static_cast<int>(msOfDay % 1000);
    const int off = std::abs(offsetMinutes);
    char buf[48];
    int n = 0;
    if (ms != 0)
        n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d:%02d", y, mo,
                          d, hh, mi, ss, ms, offsetMinutes < 0 ? '-' : '+', off / 60, off % 60);
    else
        n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, mo, d,
                          hh, mi, ss, offsetMinutes < 0 ? '-' : '+', off / 60, off % 60);
    return QString::fromLatin1(buf, n);
}

QString DeliveryEstimate::toIsoString() const
{
    if (!date.isValid())
        return {};
    if (hasTime)
        return at.toIsoString();
    return date.toString(Qt::ISODate);
}

qint64 DeliveryEstimate::deadlineMs(int offsetMinutes) const
{
    if (hasTime)
        return at.utcMs;
    return startOfDayMs(date.addDays(1), offsetMinutes) - 1;
}

} // namespace ct
