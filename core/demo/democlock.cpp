// SPDX-License-Identifier: MIT
#include "democlock.h"

#include "geo/timezoneresolver.h"

#include <QDateTime>

namespace ct {

namespace {

QDate dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + 2440588);
}

} // namespace

DemoClock::DemoClock(geo::TimeZoneResolver &resolver, qint64 firstDay, qint64 lastDay)
    : m_resolver(resolver), m_firstDay(firstDay), m_lastDay(lastDay < firstDay ? firstDay : lastDay)
{}

qint64 DemoClock::floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

int DemoClock::weekday(qint64 day)
{
    return static_cast<int>(((day % 7) + 7 + 3) % 7);
}

int DemoClock::zoneIndex(const QByteArray &ianaId)
{
    for (size_t i = 0; i < m_zones.size(); ++i) {
        if (m_zones[i].ianaId == ianaId)
            return static_cast<int>(i);
    }
    Zone z;
    z.ianaId = ianaId;
    z.zone = QTimeZone(ianaId);
    if (!z.zone.isValid())
        z.zone = QTimeZone::utc();
    const auto days = static_cast<size_t>(m_lastDay - m_firstDay + 1);
    z.byLocalDay.assign(days, Unknown);
    z.byUtcDay.assign(days, Unknown);
    m_zones.push_back(std::move(z));
    return static_cast<int>(m_zones.size()) - 1;
}

qint16 DemoClock::localDayOffset(Zone &z, qint64 day)
{
    const bool cached = day >= m_firstDay && day <= m_lastDay;
    if (cached) {
        const qint16 v = z.byLocalDay[static_cast<size_t>(day - m_firstDay)];
        if (v != Unknown)
            return v;
    }
    const QDate date = dateOfDay(day);
    const Timestamp start = m_resolver.resolveInZone(date, 0, z.ianaId);
    const Timestamp end =
        m_resolver.resolveInZone(date, static_cast<int>(MsPerDay - MsPerMinute), z.ianaId);
    const qint16 v = start.offsetMinutes == end.offsetMinutes ? start.offsetMinutes : Changes;
    if (cached)
        z.byLocalDay[static_cast<size_t>(day - m_firstDay)] = v;
    return v;
}

qint16 DemoClock::offsetAtUtc(Zone &z, qint64 utcMs)
{
    return static_cast<qint16>(
        z.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc())) / 60);
}

qint16 DemoClock::utcDayOffset(Zone &z, qint64 day)
{
    const bool cached = day >= m_firstDay && day <= m_lastDay;
    if (cached) {
        const qint16 v = z.byUtcDay[static_cast<size_t>(day - m_firstDay)];
        if (v != Unknown)
            return v;
    }
    const qint16 start = offsetAtUtc(z, day * MsPerDay);
    const qint16 end = offsetAtUtc(z, day * MsPerDay + MsPerDay - 1);
    const qint16 v = start == end ? start : Changes;
    if (cached)
        z.byUtcDay[static_cast<size_t>(day - m_firstDay)] = v;
    return v;
}

Timestamp DemoClock::at(int zone, qint64 day, int minuteOfDay)
{
    Zone &z = m_zones[static_cast<size_t>(zone)];
    day += floorDiv(minuteOfDay, 1440);
    const int minute = static_cast<int>(minuteOfDay - floorDiv(minuteOfDay, 1440) * 1440);
    const qint16 offset = localDayOffset(z, day);
    if (offset == Changes)
        return m_resolver.resolveInZone(dateOfDay(day), minute * static_cast<int>(MsPerMinute),
                                        z.ianaId);
    return Timestamp{(day * 1440 + minute - offset) * MsPerMinute, offset};
}

Timestamp DemoClock::stamp(int zone, qint64 utcMs)
{
    Zone &z = m_zones[static_cast<size_t>(zone)];
    qint16 offset = utcDayOffset(z, floorDiv(utcMs, MsPerDay));
    if (offset == Changes)
        offset = offsetAtUtc(z, utcMs);
    return Timestamp{utcMs, offset};
}

qint64 DemoClock::localDay(int zone, qint64 utcMs)
{
    const Timestamp t = stamp(zone, utcMs);
    return floorDiv(utcMs + t.offsetMinutes * MsPerMinute, MsPerDay);
}

int DemoClock::localMinute(int zone, qint64 utcMs)
{
    const Timestamp t = stamp(zone, utcMs);
    const qint64 local = utcMs + t.offsetMinutes * MsPerMinute;
    return static_cast<int>((local - floorDiv(local, MsPerDay) * MsPerDay) / MsPerMinute);
}

} // namespace ct
