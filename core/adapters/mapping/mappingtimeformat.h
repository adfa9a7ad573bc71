// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/datetimetext.h"

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace ct::mapping {

// How a carrier mapping reads a date or a time (docs/MAPPING-FORMAT.md, "Dates and
// times"): "iso8601" (parseIsoDateTime: the default), "compact" ("20261120", "143000"),
// or a pattern of strftime directives (%Y %y %m %d %H %I %M %S %f %p %b %B %z %F %T %%)
// and literal characters, read strictly (the whole text, no more).
class MappingTimeFormat final
{
public:
    enum class Kind : quint8 { Iso8601, Compact, Pattern };

    // nullopt with `error` ("unknown directive %Q") for a bad pattern.
    static std::optional<MappingTimeFormat> parse(const QString &text, QString *error);

    Kind kind() const { return m_kind; }
    const QString &text() const { return m_text; }
    // The pattern names a date (%Y, %d...) / a time of day (%H...) / a UTC offset (%z).
    bool hasDate() const { return m_hasDate; }
    bool hasTime() const { return m_hasTime; }

    // A date, a date and time, or a time alone (date invalid) as written; nullopt when
    // `text` does not follow the format or names an impossible date or time.
    std::optional<DateTimeText> read(std::string_view text) const;

private:
    enum class Field : quint8 { Literal, Year4, Year2, Month, Day, Hour24, Hour12, Minute, Second, Fraction, AmPm, MonthName, Offset };
    struct Piece
    {
        Field field = Field::Literal;
        char literal = 0;
    };
    Kind m_kind = Kind::Iso8601;
    QString m_text;
    std::vector<Piece> m_pieces;
    bool m_hasDate = true;
    bool m_hasTime = true;
};

} // namespace ct::mapping
