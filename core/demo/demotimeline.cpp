// SPDX-License-Identifier: MIT
#include "demotimeline.h"

#include "democlock.h"
#include "demorandom.h"

#include <limits>

namespace ct {

DemoTimeline::DemoTimeline(DemoClock &clock, const std::vector<int> &placeZones)
    : m_clock(clock), m_zones(placeZones)
{
    m_events.reserve(64);
}

void DemoTimeline::reset(DemoRandom &rng)
{
    m_rng = &rng;
    m_events.clear();
}

qint64 DemoTimeline::lastDay(int place) const
{
    if (m_events.empty())
        return 0;
    return m_clock.localDay(m_zones[static_cast<size_t>(place)], m_events.back().at.utcMs);
}

qint64 DemoTimeline::addLocal(DemoScan scan, int place, qint64 day, int fromMinute, int toMinute,
                              int minGapMinutes, bool atAddress)
{
    const int zone = m_zones[static_cast<size_t>(place)];
    if (toMinute < fromMinute)
        toMinute = fromMinute;
    if (minGapMinutes < 1)
        minGapMinutes = 1;
    const qint64 earliest = m_events.empty() ? std::numeric_limits<qint64>::min() / 2
                                             : lastUtc() + qint64(minGapMinutes) * MsPerMinute;
    for (int guard = 0; guard < 400; ++guard, ++day) {
        const Timestamp end = m_clock.at(zone, day, toMinute);
        if (end.utcMs < earliest)
            continue;
        const Timestamp start = m_clock.at(zone, day, fromMinute);
        int lo = fromMinute;
        if (start.utcMs < earliest) {
            const qint64 behind = earliest - start.utcMs;
            lo = fromMinute + static_cast<int>((behind + MsPerMinute - 1) / MsPerMinute);
            if (lo > toMinute)
                lo = toMinute;
        }
        const int minute = m_rng->uniformInt(lo, toMinute);
        Timestamp at = m_clock.at(zone, day, minute);
        if (at.utcMs < earliest) // only around a change of offset
            at = m_clock.stamp(zone, earliest - earliest % MsPerMinute + MsPerMinute);
        m_events.push_back({at, scan, static_cast<quint16>(place), atAddress});
        return day + DemoClock::floorDiv(minute, 1440);
    }
    addAt(scan, place, earliest, atAddress);
    return lastDay(place);
}

void DemoTimeline::addAt(DemoScan scan, int place, qint64 utcMs, bool atAddress)
{
    utcMs = DemoClock::floorDiv(utcMs, MsPerMinute) * MsPerMinute;
    if (!m_events.empty() && utcMs < lastUtc() + MsPerMinute)
        utcMs = lastUtc() + MsPerMinute;
    const Timestamp at = m_clock.stamp(m_zones[static_cast<size_t>(place)], utcMs);
    m_events.push_back({at, scan, static_cast<quint16>(place), atAddress});
}

} // namespace ct
