// SPDX-License-Identifier: MIT
#include "strictjson.h"

#include "json/jsonvalue.h"
#include "json/parser.h"

#include <QList>

#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_set>

namespace ct::server {

namespace {

constexpr double IntegerLimit = 9223372036854775808.0; // 2^63

QString outOfRange(QByteArrayView number)
{
    return QStringLiteral("%1 is out of range: numbers here are integers from -9223372036854775808 to "
                          "9223372036854775807").arg(QString::fromLatin1(number.first(std::min<qsizetype>(number.size(), 40))));
}

// Walks a parsed document: duplicate member names, and numbers past the integer range.
std::optional<FieldError> walk(const json::Value &value)
{
    if (value.isObject()) {
        std::unordered_set<std::string_view> names;
        for (const json::Member &member : value.members()) {
            if (names.count(member.key) > 0)
                return FieldError{member.value.path(), QStringLiteral("appears twice in one object; send each member once")};
            names.insert(member.key);
            if (std::optional<FieldError> inner = walk(member.value))
                return inner;
        }
    } else if (value.isArray()) {
        for (const json::Value &element : value.elements())
            if (std::optional<FieldError> inner = walk(element))
                return inner;
    } else if (value.isNumber() && !value.toInt()) {
        const double number = value.toDouble().value_or(0);
        if (std::fabs(number) >= IntegerLimit)
            return FieldError{value.path(), outOfRange(value.toString().toLatin1())};
    }
    return std::nullopt;
}

// A body simdjson refused: when the reason is a number too large for any type (it does not
// say where), find the first such number outside strings and the member it belongs to.
std::optional<FieldError> findOverflow(const QByteArray &body)
{
    struct Level
    {
        bool object;
        QString key;
        int index = 0;
    };
    QList<Level> levels;
    QString lastString;
    const auto path = [&] {
        QString out;
        for (const Level &level : levels) {
            if (level.object) {
                if (!out.isEmpty())
                    out += QLatin1Char('.');
                out += level.key;
            } else {
                out += QStringLiteral("[%1]").arg(level.index);
            }
        }
        return out;
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < body.size() && body.at(i) != '"'; ++i)
                if (body.at(i) == '\\')
                    ++i;
            lastString = QString::fromUtf8(body.mid(start, i - start));
        } else if (c == ':') {
            if (!levels.isEmpty() && levels.last().object)
                levels.last().key = lastString;
        } else if (c == ',') {
            if (!levels.isEmpty() && !levels.last().object)
                ++levels.last().index;
        } else if (c == '{' || c == '[') {
            levels.append(Level{c == '{', {}, 0});
        } else if (c == '}' || c == ']') {
            if (!levels.isEmpty())
                levels.removeLast();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i + 1;
            while (end < body.size() && QByteArrayView("0123456789+-.eE").contains(body.at(end)))
                ++end;
            const QByteArrayView token = QByteArrayView(body).sliced(i, end - i);
            const bool integral = !token.contains('.') && !token.contains('e') && !token.contains('E');
            bool overflows = false;
            if (integral) {
                qint64 v = 0;
                overflows = std::from_chars(token.data(), token.data() + token.size(), v).ec == std::errc::result_out_of_range;
            } else {
                overflows = std::isinf(std::strtod(QByteArray(token.data(), token.size()).constData(), nullptr));
            }
            if (overflows)
                return FieldError{path(), outOfRange(token)};
            i = end - 1;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<FieldError> StrictJson::check(const QByteArray &body)
{
    json::Parser parser;
    const std::optional<json::Value> root = parser.parse(body.constData(), body.size());
    return root ? walk(*root) : findOverflow(body);
}

std::optional<QString> StrictJson::mediaTypeProblem(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().compare("application/json", Qt::CaseInsensitive) != 0)
        return QStringLiteral("send the body as Content-Type: application/json (not \"%1\")")
            .arg(QString::fromLatin1(parts.first().trimmed().left(80)));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.first(equals).trimmed().compare("charset", Qt::CaseInsensitive) != 0)
            continue;
        QByteArray charset = parameter.sliced(equals + 1).trimmed();
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset.compare("utf-8", Qt::CaseInsensitive) != 0)
            return QStringLiteral("JSON bodies are UTF-8; charset=%1 is not accepted").arg(QString::fromLatin1(charset.left(40)));
    }
    return std::nullopt;
}

} // namespace ct::server
