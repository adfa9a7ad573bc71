// SPDX-License-Identifier: MIT
#pragma once

#include "domain/timestamp.h"

#include <QByteArray>
#include <QTimeZone>

#include <vector>

namespace ct {

namespace geo {
class TimeZoneResolver;
}

// Local wall-clock time <-> instants for the demo generator, fast: the UTC offset of each
// zone is looked up once per day (through TimeZoneResolver, so the generator's offsets are
// the ones ingest would compute) and cached for the days the generator works on. Days on
// which a zone changes its offset take the exact, slow path.
class DemoClock final
{
public:
    // Caches days [firstDay, lastDay] (days since 1970-01-01).
    DemoClock(geo::TimeZoneResolver &resolver, qint64 firstDay, qint64 lastDay);

    // Registers a zone (IANA id) and returns its index; the same id gives the same index.
    int zoneIndex(const QByteArray &ianaId);

    // Local day and minute of that day -> instant with the offset in force. The minute may
    // lie outside 0..1439 (it then counts into the neighbouring days).
    Timestamp at(int zone, qint64 day, int minuteOfDay);
    // The offset in force at an instant.
    Timestamp stamp(int zone, qint64 utcMs);
    qint64 localDay(int zone, qint64 utcMs);
    int localMinute(int zone, qint64 utcMs);

    static qint64 floorDiv(qint64 a, qint64 b);
    // 0 = Monday .. 6 = Sunday.
    static int weekday(qint64 day);

private:
    static constexpr qint16 Unknown = -32768;
    static constexpr qint16 Changes = -32767; // the offset changes during that day

    struct Zone
    {
        QByteArray ianaId;
        QTimeZone zone;
        std::vector<qint16> byLocalDay; // offset through the local day, or Changes
        std::vector<qint16> byUtcDay;   // offset through the UTC day, or Changes
    };

    qint16 localDayOffset(Zone &z, qint64 day);
    qint16 utcDayOffset(Zone &z, qint64 day);
    qint16 offsetAtUtc(Zone &z, qint64 utcMs);

    geo::TimeZoneResolver &m_resolver;
    qint64 m_firstDay;
    qint64 m_lastDay;
    std::vector<Zone> m_zones;
};

} // namespace ct
