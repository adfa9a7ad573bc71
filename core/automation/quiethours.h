// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct {

// The hours in which customers get no messages, in the destination's own time zone
// (docs/AUTOMATION.md, "Quiet hours"): from `startMinute` to `endMinute` after local
// midnight, across midnight when the start is later than the end ("21:00" to "08:00").
struct QuietHours
{
    int startMinute = 21 * 60;
    int endMinute = 8 * 60;

    // The first instant at or after `nowMs` outside the quiet hours of the zone `ianaId`
    // (UTC when empty or unknown): `nowMs` itself outside them, else the local end of
    // this quiet spell. A clock change inside the spell is the zone's: the end is the
    // local wall time `endMinute` of that day, moved on by the zone when it falls in a
    // gap.
    qint64 notBefore(qint64 nowMs, const QByteArray &ianaId) const;
    bool contains(int minuteOfDay) const;

    // "21:00" -> 1260; nullopt unless HH:MM with 00-23 and 00-59.
    static std::optional<int> minuteFromText(const QString &text);
    static QString textOf(int minute);

    bool operator==(const QuietHours &) const = default;
};

} // namespace ct
