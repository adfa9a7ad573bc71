// SPDX-License-Identifier: MIT
#include "mappingtimeformat.h"

#include <array>
#include <cctype>

namespace ct::mapping {

std::optional<MappingTimeFormat> MappingTimeFormat::parse(const QString &text, QString *error)
{
    MappingTimeFormat format;
    format.m_text = text;
    if (text.isEmpty() || text == QLatin1String("iso8601"))
        return format;
    if (text == QLatin1String("compact")) {
        format.m_kind = Kind::Compact;
        return format;
    }
    format.m_kind = Kind::Pattern;
    format.m_hasDate = false;
    format.m_hasTime = false;
    const QByteArray bytes = text.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '%') {
            format.m_pieces.push_back({Field::Literal, c});
            continue;
        }
        if (i + 1 >= bytes.size()) {
            if (error)
                *error = QStringLiteral("a lone % at the end of \"%1\" (write %% for a percent sign)").arg(text);
            return std::nullopt;
        }
        const char d = bytes.at(++i);
        auto add = [&](std::initializer_list<Field> fields) {
            for (Field f : fields) {
                if (f == Field::Literal)
                    continue;
                format.m_pieces.push_back({f, 0});
            }
        };
        switch (d) {
        case 'Y': add({Field::Year4}); format.m_hasDate = true; break;
        case 'y': add({Field::Year2}); format.m_hasDate = true; break;
        case 'm': add({Field::Month}); format.m_hasDate = true; break;
        case 'd': add({Field::Day}); format.m_hasDate = true; break;
        case 'b':
        case 'B': add({Field::MonthName}); format.m_hasDate = true; break;
        case 'H': add({Field::Hour24}); format.m_hasTime = true; break;
        case 'I': add({Field::Hour12}); format.m_hasTime = true; break;
        case 'M': add({Field::Minute}); format.m_hasTime = true; break;
        case 'S': add({Field::Second}); format.m_hasTime = true; break;
        case 'f': add({Field::Fraction}); break;
        case 'p': add({Field::AmPm}); break;
        case 'z': add({Field::Offset}); break;
        case '%': format.m_pieces.push_back({Field::Literal, '%'}); break;
        case 'F':
            format.m_pieces.push_back({Field::Year4, 0});
            format.m_pieces.push_back({Field::Literal, '-'});
            format.m_pieces.push_back({Field::Month, 0});
            format.m_pieces.push_back({Field::Literal, '-'});
            format.m_pieces.push_back({Field::Day, 0});
            format.m_hasDate = true;
            break;
        case 'T':
            format.m_pieces.push_back({Field::Hour24, 0});
            format.m_pieces.push_back({Field::Literal, ':'});
            format.m_pieces.push_back({Field::Minute, 0});
            format.m_pieces.push_back({Field::Literal, ':'});
            format.m_pieces.push_back({Field::Second, 0});
            format.m_hasTime = true;
            break;
        default:
            if (error)
                *error = QStringLiteral("unknown directive %%1 in \"%2\" (known: %Y %y %m %d %b %B %H %I %M %S %f %p %z %F %T %%)")
                             .arg(QChar::fromLatin1(d), text);
            return std::nullopt;
        }
    }
    bool hour12 = false;
    bool ampm = false;
    for (const Piece &p : format.m_pieces) {
        hour12 = hour12 || p.field == Field::Hour12;
        ampm = ampm || p.field == Field::AmPm;
    }
    if (hour12 != ampm) {
        if (error)
            *error = QStringLiteral("%I and %p go together (a 12-hour clock needs AM/PM) in \"%1\"").arg(text);
        return std::nullopt;
    }
    if (!format.m_hasDate && !format.m_hasTime) {
        if (error)
            *error = QStringLiteral("\"%1\" names neither a date nor a time").arg(text);
        return std::nullopt;
    }
    return format;
}

namespace {

// Up to `max` digits (at least `min`) at `i`; advances it.
std::optional<int> digits(std::string_view s, std::size_t &i, int min, int max)
{
    int value = 0;
    int n = 0;
    while (i < s.size() && n < max && std::isdigit(static_cast<unsigned char>(s[i]))) {
        value = value * 10 + (s[i] - '0');
        ++i;
        ++n;
    }
    if (n < min)
        return std::nullopt;
    return value;
}

constexpr std::array<const char *, 12> MonthNames = {"january", "february", "march",     "april",   "may",      "june",
                                                     "july",    "august",   "september", "october", "november", "december"};

std::optional<int> monthName(std::string_view s, std::size_t &i)
{
    std::size_t end = i;
    while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end])))
        ++end;
    std::string word(s.substr(i, end - i));
    for (char &c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (word.size() < 3)
        return std::nullopt;
    for (std::size_t m = 0; m < MonthNames.size(); ++m) {
        const std::string_view name = MonthNames[m];
        if (word == name || (word.size() == 3 && name.substr(0, 3) == word)
            || (word == "sept" && m == 8)) {
            i = end;
            return static_cast<int>(m) + 1;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<DateTimeText> MappingTimeFormat::read(std::string_view text) const
{
    if (m_kind == Kind::Iso8601)
        return parseIsoDateTime(text);
    if (m_kind == Kind::Compact) {
        if (const auto date = parseCompactDate(text)) {
            DateTimeText t;
            t.date = *date;
            return t;
        }
        if (const auto ms = parseCompactTime(text)) {
            DateTimeText t;
            t.msOfDay = *ms;
            t.hasTime = true;
            return t;
        }
        return std::nullopt;
    }
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0;
    bool pm = false;
    bool hour12 = false;
    std::size_t i = 0;
    DateTimeText result;
    for (const Piece &p : m_pieces) {
        std::optional<int> v;
        switch (p.field) {
        case Field::Literal:
            if (i >= text.size() || text[i] != p.literal)
                return std::nullopt;
            ++i;
            continue;
        case Field::Year4: v = digits(text, i, 4, 4); if (v) year = *v; break;
        case Field::Year2: v = digits(text, i, 2, 2); if (v) year = 2000 + *v; break;
        case Field::Month: v = digits(text, i, 1, 2); if (v) month = *v; break;
        case Field::Day: v = digits(text, i, 1, 2); if (v) day = *v; break;
        case Field::Hour24: v = digits(text, i, 1, 2); if (v) hour = *v; break;
        case Field::Hour12: v = digits(text, i, 1, 2); if (v) hour = *v; hour12 = true; break;
        case Field::Minute: v = digits(text, i, 2, 2); if (v) minute = *v; break;
        case Field::Second: v = digits(text, i, 2, 2); if (v) second = *v; break;
        case Field::MonthName: v = monthName(text, i); if (v) month = *v; break;
        case Field::Fraction: {
            const std::size_t start = i;
            v = digits(text, i, 1, 9);
            if (v) {
                const std::size_t n = i - start;
                int scaled = *v;
                for (std::size_t k = n; k > 3; --k)
                    scaled /= 10;
                for (std::size_t k = n; k < 3; ++k)
                    scaled *= 10;
                ms = scaled;
            }
            break;
        }
        case Field::AmPm: {
            if (i + 2 > text.size())
                return std::nullopt;
            const char a = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
            const char m = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i + 1])));
            if (m != 'M' || (a != 'A' && a != 'P'))
                return std::nullopt;
            pm = a == 'P';
            i += 2;
            v = 0;
            break;
        }
        case Field::Offset: {
            std::size_t end = i;
            while (end < text.size() && (text[end] == 'Z' || text[end] == '+' || text[end] == '-' || text[end] == ':'
                                         || std::isdigit(static_cast<unsigned char>(text[end]))))
                ++end;
            const auto offset = parseUtcOffset(QString::fromLatin1(text.substr(i, end - i)));
            if (!offset)
                return std::nullopt;
            result.hasOffset = true;
            result.offsetMinutes = *offset;
            i = end;
            v = 0;
            break;
        }
        }
        if (!v)
            return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    if (hour12) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    if (m_hasDate) {
        if (!QDate::isValid(year, month, day))
            return std::nullopt;
        result.date = QDate(year, month, day);
    }
    if (m_hasTime) {
        result.hasTime = true;
        result.msOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    }
    return result;
}

} // namespace ct::mapping
