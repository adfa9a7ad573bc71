// SPDX-License-Identifier: MIT
#include "datetimetext.h"

#include <algorithm>

namespace ct {

namespace {

bool digits(std::string_view s, size_t pos, size_t count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool validTime(int h, int m, int s)
{
    // 24:00:00 is ISO's end of day; carriers do not send it, and it is not accepted.
    return h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 61;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::optional<DateTimeText> parseIsoDateTime(std::string_view text)
{
    const std::string_view s = trim(text);
    DateTimeText out;
    int y = 0, mo = 0, d = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d))
        return std::nullopt;
    out.date = QDate(y, mo, d);
    if (!out.date.isValid())
        return std::nullopt;
    size_t pos = 10;
    if (pos == s.size())
        return out;
    if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ')
        return std::nullopt;
    ++pos;
    int h = 0, mi = 0, sec = 0, ms = 0;
    if (!digits(s, pos, 2, h) || pos + 2 >= s.size() || s[pos + 2] != ':'
        || !digits(s, pos + 3, 2, mi))
        return std::nullopt;
    pos += 5;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, sec))
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            int scale = 100;
            const size_t start = pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                ms += (s[pos] - '0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return std::nullopt;
        }
    }
    if (!validTime(h, mi, sec))
        return std::nullopt;
    if (sec == 60)
        sec = 59; // leap second: keep it inside the minute
    out.hasTime = true;
    out.msOfDay = ((h * 60 + mi) * 60 + sec) * 1000 + ms;
    if (pos == s.size())
        return out;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        if (pos + 1 != s.size())
            return std::nullopt;
        out.hasOffset = true;
        out.offsetMinutes = 0;
        return out;
    }
    if (s[pos] != '+' && s[pos] != '-')
        return std::nullopt;
    const int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    int oh = 0, om = 0;
    if (!digits(s, pos, 2, oh))
        return std::nullopt;
    pos += 2;
    if (pos < s.size() && s[pos] == ':')
        ++pos;
    if (pos < s.size()) {
        if (!digits(s, pos, 2, om))
            return std::nullopt;
        pos += 2;
    }
    if (pos != s.size() || oh > 18 || om > 59)
        return std::nullopt;
    out.hasOffset = true;
    out.offsetMinutes = sign * (oh * 60 + om);
    return out;
}

std::optional<int> parseUtcOffset(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s == QLatin1String("Z") || s == QLatin1String("z"))
        return 0;
    if (s.size() < 3 || (s[0] != QLatin1Char('+') && s[0] != QLatin1Char('-')))
        return std::nullopt;
    int digits[4] = {};
    int count = 0;
    for (QChar c : s.mid(1)) {
        if (c == QLatin1Char(':'))
            continue;
        if (!c.isDigit() || count == 4)
            return std::nullopt;
        digits[count++] = c.digitValue();
    }
    if (count != 2 && count != 4)
        return std::nullopt;
    const int hours = digits[0] * 10 + digits[1];
    const int minutes = count == 4 ? digits[2] * 10 + digits[3] : 0;
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    return (s[0] == QLatin1Char('-') ? -1 : 1) * (hours * 60 + minutes);
}

std::optional<QDate> parseCompactDate(std::string_view text)
{
    const std::string_view s = trim(text);
    int y = 0, m = 0, d = 0;
    if (s.size() != 8 || !digits(s, 0, 4, y) || !digits(s, 4, 2, m) || !digits(s, 6, 2, d))
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<int> parseCompactTime(std::string_view text)
{
    const std::string_view s = trim(text);
    int h = 0, m = 0, sec = 0;
    if (s.size() == 6 && digits(s, 0, 2, h) && digits(s, 2, 2, m) && digits(s, 4, 2, sec)) {
    } else if (s.size() == 4 && digits(s, 0, 2, h) && digits(s, 2, 2, m)) {
    } else if (s.size() == 8 && digits(s, 0, 2, h) && s[2] == ':' && digits(s, 3, 2, m)
               && s[5] == ':' && digits(s, 6, 2, sec)) {
    } else if (s.size() == 5 && digits(s, 0, 2, h) && s[2] == ':' && digits(s, 3, 2, m)) {
    } else {
        return std::nullopt;
    }
    if (!validTime(h, m, sec))
        return std::nullopt;
    return ((h * 60 + m) * 60 + std::min(sec, 59)) * 1000;
}

} // namespace ct
