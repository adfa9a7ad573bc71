// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"
#include "domain/timestamp.h"

#include <vector>

namespace ct {

class DemoClock;
class DemoRandom;

// One simulated scan before it becomes a TrackingEvent.
struct DemoEventDraft
{
    Timestamp at;
    DemoScan scan;
    quint16 place;  // index into demoPlaces()
    bool atAddress; // at the customer's door: carries the address's postal code
};

// The scans of one parcel's simulated life, kept strictly in time order: each new scan
// lands after the previous one (at least a minute later), at whole minutes, in the local
// time of its place.
class DemoTimeline final
{
public:
    DemoTimeline(DemoClock &clock, const std::vector<int> &placeZones);

    void reset(DemoRandom &rng);

    // A scan at a random minute of the local window [fromMinute, toMinute] of `day` at
    // `place` (minutes past 1439 reach into the next day), at least `minGapMinutes` after
    // the previous scan. When the window has already passed, the same window of the next
    // day is used. Returns the local day the scan landed on.
    qint64 addLocal(DemoScan scan, int place, qint64 day, int fromMinute, int toMinute,
                    int minGapMinutes = 1, bool atAddress = false);
    // A scan at an instant (rounded down to the minute, moved after the previous scan).
    void addAt(DemoScan scan, int place, qint64 utcMs, bool atAddress = false);

    bool isEmpty() const { return m_events.empty(); }
    qint64 lastUtc() const { return m_events.empty() ? 0 : m_events.back().at.utcMs; }
    int lastPlace() const { return m_events.empty() ? 0 : m_events.back().place; }
    // The local day of the latest scan, in the time zone of `place`.
    qint64 lastDay(int place) const;
    const std::vector<DemoEventDraft> &events() const { return m_events; }

private:
    DemoClock &m_clock;
    const std::vector<int> &m_zones;
    DemoRandom *m_rng = nullptr;
    std::vector<DemoEventDraft> m_events;
};

} // namespace ct
