// SPDX-License-Identifier: MIT
#pragma once

#include "domain/timestamp.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace ct::geo {

// Turns a local wall-clock time at a place into an instant. The place's time zone is
// looked up from its country and, for countries spanning several zones, its state or
// province (US, Canada, Australia). Not thread-safe: one resolver per thread; it caches
// time-zone objects because building them reads the system's tz files.
class TimeZoneResolver final
{
public:
    struct Zone
    {
        QByteArray ianaId; // empty when the country is unknown
        bool certain = false;
    };

    struct Resolved
    {
        Timestamp timestamp;
        bool assumed = false; // the zone was a guess, or unknown (then UTC)
    };

    // The zone for a place. `certain` is false when the country spans several zones
    // and the state does not settle it.
    static Zone zoneFor(QStringView countryAlpha2, QStringView state);
    // The state's or province's postal abbreviation when `state` (abbreviation or English
    // name) is one of `countryAlpha2`'s in the table (the US, Canada, Australia); else empty.
    static QString stateCode(QStringView countryAlpha2, QStringView state);

    // Local date and time (milliseconds since local midnight) at a place -> instant.
    // When the place gives no certain zone, `fallbackCountry` (for example the
    // shipment's destination; with the place's state when the place named no country) is
    // tried, and the result is flagged as assumed; with no zone at all the time is read
    // as UTC, also flagged.
    Resolved resolve(QDate date, int msOfDay, QStringView country, QStringView state,
                     QStringView fallbackCountry = {});

    // The UTC offset in force at an instant at a place, in minutes; nullopt unless the
    // place's zone is certain.
    std::optional<int> localOffsetAt(qint64 utcMs, QStringView country, QStringView state);

    // The calendar date at a place at an instant: in the place's zone when it is certain,
    // else at `fallbackOffsetMinutes` (for a parcel, its latest scan's offset). A promised
    // date is over when this date is later than it.
    QDate localDateAt(qint64 utcMs, QStringView country, QStringView state, int fallbackOffsetMinutes);

    // Local time in a known IANA zone -> instant (the zone is taken as certain).
    Timestamp resolveInZone(QDate date, int msOfDay, const QByteArray &ianaId);

private:
    struct CachedZone
    {
        QTimeZone zone;
        // A zone that never keeps daylight time has one offset from its last transition
        // on: instants from `fixedSinceMs` take that offset without asking QTimeZone.
        bool fixedOffset = false;
        qint64 fixedSinceMs = 0;
        int fixedOffsetSeconds = 0;
        bool isFixedAt(qint64 utcMs) const { return fixedOffset && utcMs >= fixedSinceMs; }
    };
    const CachedZone &cached(const QByteArray &ianaId);

    QHash<QByteArray, CachedZone> m_zones;
};

} // namespace ct::geo
