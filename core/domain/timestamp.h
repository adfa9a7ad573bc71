// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

namespace ct {

// An instant in UTC together with the local UTC offset of the place where it happened.
// A plain value (no heap, no time-zone object): millions of these pass through ingest.
struct Timestamp
{
    qint64 utcMs = 0;
    qint16 offsetMinutes = 0;

    // ISO 8601 in the local offset: "2026-11-20T14:30:00+05:30" (".123" when there are
    // milliseconds, "Z" never: UTC is written "+00:00" so the offset is always explicit).
    QString toIsoString() const;
    QDate localDate() const;

    friend bool operator==(const Timestamp &, const Timestamp &) = default;
};

// Proleptic Gregorian calendar arithmetic on day numbers relative to 1970-01-01.
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int &year, int &month, int &day);

inline constexpr qint64 MsPerMinute = 60 * 1000;
inline constexpr qint64 MsPerHour = 60 * MsPerMinute;
inline constexpr qint64 MsPerDay = 24 * MsPerHour;

// UTC milliseconds of local midnight at the start of `date`, for a given offset.
qint64 startOfDayMs(QDate date, int offsetMinutes);

// A carrier's or merchant's estimate of delivery: a date, or a date and time.
struct DeliveryEstimate
{
    QDate date;
    bool hasTime = false;
    Timestamp at; // meaningful when hasTime

    bool isNull() const { return !date.isValid(); }
    // "2026-11-21" or "2026-11-21T18:00:00-05:00".
    QString toIsoString() const;
    // The latest instant the estimate still holds: the given time, or the end of the
    // date in `offsetMinutes` (the destination's offset when known).
    qint64 deadlineMs(int offsetMinutes) const;

    friend bool operator==(const DeliveryEstimate &, const DeliveryEstimate &) = default;
};

} // namespace ct
