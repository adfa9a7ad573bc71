// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"
#include "exceptionqueuefilter.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "queuejson.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <optional>

namespace ct::queue {

// The JSON form of queue filters (saved views), shared by the exception and the returns
// queue: reading with every problem located at its JSON path, writing key by key.

// Reads a JSON document's fields into a filter, collecting located errors.
class FilterReader final
{
public:
    explicit FilterReader(QList<FieldError> &errors) : m_errors(errors) {}

    void error(const json::Value &at, const QString &detail) { m_errors << FieldError{queue::location(at), detail}; }

    // Checks that `object` is an object with no member outside `known`.
    bool object(const json::Value &object, std::initializer_list<const char *> known, const char *what)
    {
        if (!object.isObject()) {
            error(object, QStringLiteral("must be an object %1, not %2").arg(QLatin1String(what), object.typeName()));
            return false;
        }
        for (const auto &member : object.members()) {
            const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *name) {
                return member.key == std::string_view(name);
            });
            if (!isKnown)
                m_errors << FieldError{queue::memberLocation(object, member.key),
                                       QStringLiteral("is not a field of %1").arg(QLatin1String(what))};
        }
        return true;
    }

    // A list of strings, each turned into a T by `parse` (nullopt: an error at the element).
    template<typename T>
    QList<T> list(const json::Value &value, const std::function<std::optional<T>(const json::Value &)> &parse)
    {
        QList<T> out;
        if (value.isAbsent())
            return out;
        if (!value.isArray()) {
            error(value, QStringLiteral("must be an array, not %1").arg(value.typeName()));
            return out;
        }
        for (const json::Value &element : value.elements()) {
            if (auto item = parse(element))
                out.append(std::move(*item));
        }
        return out;
    }

    // A list of codes of an enum.
    template<typename E>
    QList<E> codes(const json::Value &value, std::optional<E> (*fromCode)(QStringView), const char *what)
    {
        return list<E>(value, [&](const json::Value &element) -> std::optional<E> {
            const std::optional<E> code = element.isString() ? fromCode(element.toString()) : std::nullopt;
            if (!code)
                error(element, QStringLiteral("\"%1\" is not %2").arg(element.toString(), QLatin1String(what)));
            return code;
        });
    }

    QStringList texts(const json::Value &value, int maxLength)
    {
        return list<QString>(value, [&](const json::Value &element) -> std::optional<QString> {
            const QString text = element.isString() ? element.toString().trimmed() : QString();
            if (!element.isString() || text.isEmpty() || text.size() > maxLength) {
                error(element, QStringLiteral("must be a non-empty string of at most %1 characters").arg(maxLength));
                return std::nullopt;
            }
            return text;
        });
    }

    std::optional<qint64> integer(const json::Value &value, qint64 lo, qint64 hi)
    {
        if (value.isAbsent())
            return std::nullopt;
        const std::optional<qint64> number = value.isNumber() ? value.toInt() : std::nullopt;
        if (!number || *number < lo || *number > hi) {
            error(value, QStringLiteral("must be a whole number from %1 to %2").arg(lo).arg(hi));
            return std::nullopt;
        }
        return number;
    }

    std::optional<qint64> instant(const json::Value &value)
    {
        if (value.isAbsent())
            return std::nullopt;
        const std::optional<qint64> at = value.isString() ? EditCatalog::parseInstant(value.toString()) : std::nullopt;
        if (!at)
            error(value, QStringLiteral("must be an ISO 8601 instant with its offset, such as \"2026-06-01T00:00:00Z\""));
        return at;
    }

    template<typename T>
    QueueRange<T> range(const json::Value &value, const char *minKey, const char *maxKey, qint64 lo, qint64 hi)
    {
        QueueRange<T> out;
        if (value.isAbsent() || !object(value, {minKey, maxKey}, "range"))
            return out;
        if (const auto min = integer(value[minKey], lo, hi))
            out.min = static_cast<T>(*min);
        if (const auto max = integer(value[maxKey], lo, hi))
            out.max = static_cast<T>(*max);
        inverted(value, out);
        return out;
    }

    // An ISO 4217 code ("USD"); empty when absent or wrong (then an error).
    QString currency(const json::Value &value)
    {
        static const QRegularExpression Iso4217(QStringLiteral("^[A-Z]{3}$"));
        if (value.isAbsent())
            return {};
        if (!value.isString() || !Iso4217.match(value.toString()).hasMatch()) {
            error(value, QStringLiteral("must be an ISO 4217 code such as \"USD\""));
            return {};
        }
        return value.toString();
    }

    template<typename T>
    void inverted(const json::Value &value, const QueueRange<T> &out)
    {
        if (out.min && out.max && *out.min > *out.max)
            error(value, QStringLiteral("the range is empty: its minimum is above its maximum"));
    }

private:
    QList<FieldError> &m_errors;
};

template<typename E>
inline void writeCodes(json::Writer &w, const char *key, const QList<E> &values, QString (*code)(E))
{
    if (values.isEmpty())
        return;
    w.key(key).beginArray();
    for (E value : values)
        w.value(code(value));
    w.endArray();
}

inline void writeTexts(json::Writer &w, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    w.key(key).beginArray();
    for (const QString &value : values)
        w.value(value);
    w.endArray();
}

template<typename T>
inline void writeRange(json::Writer &w, const char *key, const QueueRange<T> &range, const char *minKey, const char *maxKey)
{
    if (!range.isSet())
        return;
    w.key(key).beginObject();
    if (range.min)
        w.key(minKey).value(static_cast<qint64>(*range.min));
    if (range.max)
        w.key(maxKey).value(static_cast<qint64>(*range.max));
    w.endObject();
}

// The document of a filter's JSON text; nullopt with the error's line and column when it
// is not JSON.
inline std::optional<json::Value> parseDocument(json::Parser &parser, const QByteArray &text, QList<FieldError> *errors)
{
    json::Parser::Error parseError;
    std::optional<json::Value> root = parser.parse(text.constData(), text.size(), &parseError);
    if (!root) {
        int line = 0, column = 0;
        json::lineAndColumn(text.constData(), text.size(), parseError.offset, line, column);
        if (errors)
            *errors = {FieldError{QString(), QStringLiteral("not valid JSON: %1 (line %2, column %3)")
                                                 .arg(parseError.message).arg(line).arg(column)}};
    }
    return root;
}

} // namespace ct::queue
