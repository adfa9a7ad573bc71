// SPDX-License-Identifier: MIT
#include "settingsreader.h"

#include "json/parser.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ct {

namespace {

// The root's path is "(document)"; a field error names it by the empty field.
QString fieldOf(const json::Value &at)
{
    const QString path = at.path();
    return path.startsWith(QLatin1Char('(')) ? QString() : path;
}

} // namespace

std::optional<json::Value> SettingsReader::parseObject(json::Parser &parser, QByteArrayView document)
{
    json::Parser::Error error;
    const std::optional<json::Value> root = parser.parse(document.data(), document.size(), &error);
    if (!root) {
        int line = 0, column = 0;
        json::lineAndColumn(document.data(), document.size(), error.offset, line, column);
        m_errors << FieldError{QString(), error.offset < 0 ? QStringLiteral("is not JSON: %1").arg(error.message)
                                                           : QStringLiteral("is not JSON at line %1, column %2: %3")
                                                                 .arg(line).arg(column).arg(error.message)};
        return std::nullopt;
    }
    if (!root->isObject()) {
        m_errors << FieldError{QString(), QStringLiteral("must be a JSON object, not %1").arg(root->typeName())};
        return std::nullopt;
    }
    return root;
}

void SettingsReader::fail(const json::Value &at, const QString &why)
{
    m_errors << FieldError{fieldOf(at), why};
}

void SettingsReader::failMissing(const json::Value &parent, const char *key, const QString &why)
{
    m_errors << FieldError{fieldOf(parent[key]), why};
}

bool SettingsReader::object(const json::Value &v, std::initializer_list<const char *> known, const QString &what)
{
    if (!v.isObject()) {
        fail(v, QStringLiteral("must be an object, not %1").arg(v.typeName()));
        return false;
    }
    for (const auto &member : v.members()) {
        const bool isKnown = std::any_of(known.begin(), known.end(),
                                         [&](const char *name) { return member.key == std::string_view(name); });
        if (!isKnown)
            fail(member.value, QStringLiteral("is not a setting of %1").arg(what));
    }
    return true;
}

std::optional<int> SettingsReader::integer(const json::Value &v, int lo, int hi)
{
    if (v.isMissing())
        return std::nullopt;
    const std::optional<double> d = v.isNumber() ? v.toDouble() : std::nullopt;
    if (!d || *d != std::floor(*d) || *d < lo || *d > hi) {
        fail(v, QStringLiteral("must be a whole number from %1 to %2").arg(lo).arg(hi));
        return std::nullopt;
    }
    return static_cast<int>(*d);
}

std::optional<bool> SettingsReader::boolean(const json::Value &v)
{
    if (v.isMissing())
        return std::nullopt;
    if (!v.isBool()) {
        fail(v, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QString> SettingsReader::text(const json::Value &v, int maxLength)
{
    if (v.isMissing())
        return std::nullopt;
    const QString value = v.isString() ? v.toString().trimmed() : QString();
    if (!v.isString() || value.isEmpty() || value.size() > maxLength) {
        fail(v, QStringLiteral("must be a text of 1 to %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return value;
}

QString SettingsReader::describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << (e.field.isEmpty() ? QString(QStringLiteral("the document ") + e.detail) : QString(e.field + QStringLiteral(": ") + e.detail));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ct
