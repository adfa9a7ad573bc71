// SPDX-License-Identifier: MIT
#include "orderjsontext.h"

#include "adapters/datetimetext.h"

namespace ct::orderjson {

std::optional<Timestamp> instant(const json::Value &value)
{
    if (!value.isString())
        return std::nullopt;
    const std::optional<DateTimeText> text = parseIsoDateTime(value.stringView());
    if (!text || !text->hasTime)
        return std::nullopt;
    const int offset = text->hasOffset ? text->offsetMinutes : 0;
    return Timestamp{startOfDayMs(text->date, offset) + text->msOfDay, static_cast<qint16>(offset)};
}

QString joinedName(const QString &first, const QString &last)
{
    if (first.isEmpty())
        return last;
    return last.isEmpty() ? first : first + QLatin1Char(' ') + last;
}

} // namespace ct::orderjson
