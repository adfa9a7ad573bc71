// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QStringView>

#include <optional>
#include <string_view>

namespace ct {

// A date and time as written in a payload, before any time-zone decision.
struct DateTimeText
{
    QDate date;
    int msOfDay = 0;        // local time of day; 0 when there is no time
    bool hasTime = false;
    bool hasOffset = false; // "Z" or "+05:30" was given
    int offsetMinutes = 0;  // meaningful when hasOffset
};

// ISO 8601 as carriers write it: "2026-11-20", "2026-11-20T14:30", "2026-11-20T14:30:00",
// ".123" or ".123456" fractions, a space instead of 'T', and "Z", "+05:30", "+0530" or
// "+05" offsets. Rejects impossible dates and times ("2026-02-30", "25:00").
std::optional<DateTimeText> parseIsoDateTime(std::string_view text);
// A UTC offset on its own: "+05:30", "-06:00", "-0600", "+05" or "Z" -> minutes east of
// UTC (UPS's gmtOffset, USPS's GMTOffset).
std::optional<int> parseUtcOffset(QStringView text);
// "20261120" (UPS and others).
std::optional<QDate> parseCompactDate(std::string_view text);
// "143000", "1430" or "14:30:00" -> milliseconds since midnight.
std::optional<int> parseCompactTime(std::string_view text);

} // namespace ct
