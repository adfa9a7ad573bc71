// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

namespace ct {

// How an SLA deadline reads at an instant: the time left ("2h 14m", "3d 4h", "45m"),
// or the time past it ("−1h 05m"), and how urgent that is. One place, so the queue's
// cells, their tooltips and the detail pane say the same thing in the same colour.
namespace SlaCountdown {

enum class Urgency : quint8 {
    Met,      // the deadline no longer applies (first action taken, exception resolved)
    OnTrack,  // more than the horizon left
    Near,     // due within the horizon
    Breached, // past due
};

Urgency urgency(qint64 dueMs, qint64 nowMs, qint64 nearMs);
// "2h 14m" left, "−1h 05m" past; minutes below an hour, days and hours from a day on.
QString text(qint64 dueMs, qint64 nowMs);
// "Due in 2 h 14 min (17/06/2026 16:14)", "Breached 1 h 5 min ago (…)".
QString toolTip(qint64 dueMs, qint64 nowMs);
// The text colour for an urgency on the application palette (light or dark); invalid for
// Met and OnTrack (the palette's own text).
QColor color(Urgency urgency);
// "3d 4h", "2h 14m", "45m": a span of time, rounded down to the minute.
QString span(qint64 ms);

} // namespace SlaCountdown

} // namespace ct
