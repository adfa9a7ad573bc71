// SPDX-License-Identifier: MIT
#include "quiethours.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ct {

bool QuietHours::contains(int minuteOfDay) const
{
    if (startMinute == endMinute)
        return false; // an empty spell
    if (startMinute < endMinute)
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    return minuteOfDay >= startMinute || minuteOfDay < endMinute;
}

qint64 QuietHours::notBefore(qint64 nowMs, const QByteArray &ianaId) const
{
    QTimeZone zone = ianaId.isEmpty() ? QTimeZone::utc() : QTimeZone(ianaId);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const QTime time = local.time();
    const int minute = time.hour() * 60 + time.minute();
    if (!contains(minute))
        return nowMs;
    // The spell ends today when we are before its end (the early hours of a spell across
    // midnight, or a spell within one day); otherwise tomorrow.
    QDate endDate = local.date();
    if (minute >= endMinute)
        endDate = endDate.addDays(1);
    const QDateTime end(endDate, QTime(endMinute / 60, endMinute % 60), zone);
    return std::max(nowMs, end.toMSecsSinceEpoch());
}

std::optional<int> QuietHours::minuteFromText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt() * 60 + m.captured(2).toInt();
}

QString QuietHours::textOf(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace ct
