// SPDX-License-Identifier: MIT
#include "slacountdown.h"

#include "displaytext.h"
#include "statuspalette.h"

#include <QCoreApplication>

namespace ct::SlaCountdown {

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::SlaCountdown", text);
}

struct Parts
{
    qint64 days, hours, minutes;
};

Parts split(qint64 ms)
{
    return {ms / DayMs, ms % DayMs / HourMs, ms % HourMs / MinuteMs};
}

// "2 h 14 min", for sentences.
QString words(qint64 ms)
{
    const auto [days, hours, minutes] = split(ms);
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min").arg(minutes);
}
} // namespace

Urgency urgency(qint64 dueMs, qint64 nowMs, qint64 nearMs)
{
    if (dueMs <= nowMs)
        return Urgency::Breached;
    return dueMs - nowMs <= nearMs ? Urgency::Near : Urgency::OnTrack;
}

QString span(qint64 ms)
{
    const auto [days, hours, minutes] = split(ms);
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    return tr("%1m").arg(minutes);
}

QString text(qint64 dueMs, qint64 nowMs)
{
    if (dueMs > nowMs)
        return span(dueMs - nowMs);
    // A minus sign, not a hyphen: the column reads as numbers.
    return QString(QChar(0x2212) + span(nowMs - dueMs));
}

QString toolTip(qint64 dueMs, qint64 nowMs)
{
    const QString at = DisplayText::userTime(dueMs);
    if (dueMs > nowMs)
        return tr("Due in %1 (%2)").arg(words(dueMs - nowMs), at);
    return tr("Breached %1 ago (due %2)").arg(words(nowMs - dueMs), at);
}

QColor color(Urgency urgency)
{
    const bool dark = StatusPalette::isDark();
    switch (urgency) {
    case Urgency::Breached: return StatusPalette::errorText();
    case Urgency::Near: return QColor(dark ? 0xffcc80 : 0xa35200); // amber, readable on either palette
    case Urgency::Met:
    case Urgency::OnTrack: return {};
    }
    return {};
}

} // namespace ct::SlaCountdown
