// SPDX-License-Identifier: MIT
#include "placeholdervalues.h"

#include "json/jsonvalue.h"

namespace ct {

namespace {

bool allOf(QStringView text, QChar a, QChar b = QChar())
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c != a && (b.isNull() || c != b))
            return false;
    }
    return true;
}

// Zeros with date and time separators only: "0000-00-00", "00000000", "0000-00-00T00:00:00".
bool zerosOnly(QStringView text)
{
    bool zero = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('0'))
            zero = true;
        else if (c != QLatin1Char('-') && c != QLatin1Char(':') && c != QLatin1Char('T')
                 && c != QLatin1Char(' ') && c != QLatin1Char('/') && c != QLatin1Char('.')
                 && c != QLatin1Char('Z') && c != QLatin1Char('+'))
            return false;
    }
    return zero;
}

bool isEpochZero(QStringView text)
{
    // 1970-01-01, with or without midnight and a zero offset.
    if (!text.startsWith(QLatin1String("1970-01-01")))
        return false;
    const QStringView rest = text.mid(10);
    return rest.isEmpty() || zerosOnly(rest);
}

// "string", or its lower-case start where the schema's maximum length cut the example
// short ("st" for a two-letter code, "str"): generated documentation examples.
bool isStringExample(QStringView t)
{
    if (t.compare(QLatin1String("string"), Qt::CaseInsensitive) == 0)
        return true;
    return t.size() >= 2 && QStringView(u"string").startsWith(t);
}

} // namespace

bool PlaceholderValues::isPlaceholderText(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false; // empty is absent already, not a placeholder to report
    return isStringExample(t) || (t.size() >= 2 && allOf(t, QLatin1Char('X'), QLatin1Char('x')))
           || zerosOnly(t);
}

bool PlaceholderValues::isPlaceholderCode(QStringView code)
{
    const QStringView t = code.trimmed();
    return isStringExample(t) || (t.size() >= 2 && allOf(t, QLatin1Char('X'), QLatin1Char('x')));
}

bool PlaceholderValues::isEmptyContainer(const json::Value &field)
{
    return (field.isObject() || field.isArray()) && field.size() == 0;
}

bool PlaceholderValues::isPlaceholderDate(const json::Value &field)
{
    if (isEmptyContainer(field))
        return true;
    if (field.isNumber())
        return field.toDouble().value_or(1) == 0;
    if (!field.isString())
        return false;
    const QString text = field.toString().trimmed();
    // field.text() is empty for "N/A", "null", "-" as well.
    return text.isEmpty() || field.text().isEmpty() || isPlaceholderText(text) || isEpochZero(text);
}

} // namespace ct
