// SPDX-License-Identifier: MIT
#include "mappingpath.h"

namespace ct::mapping {

std::optional<MappingPath> MappingPath::parse(const QString &text, QString *error)
{
    MappingPath path;
    path.m_text = text;
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("$"))
        return path;
    qsizetype i = t.startsWith(QLatin1String("$.")) ? 2 : 0;
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1 at character %2 of path \"%3\"").arg(why).arg(i + 1).arg(text);
        return std::nullopt;
    };
    bool expectName = true; // at the start or after a dot
    while (i < t.size()) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('[')) {
            const qsizetype close = t.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return fail(QStringLiteral("unclosed '['"));
            bool ok = false;
            const int index = t.mid(i + 1, close - i - 1).toInt(&ok);
            if (!ok || index < 0)
                return fail(QStringLiteral("an array index must be a number 0 or more"));
            path.m_segments.push_back({std::string(), index});
            i = close + 1;
            expectName = false;
            continue;
        }
        if (c == QLatin1Char('.')) {
            if (expectName)
                return fail(QStringLiteral("empty member name"));
            expectName = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char(']'))
            return fail(QStringLiteral("unexpected ']'"));
        if (!expectName)
            return fail(QStringLiteral("expected '.' or '['"));
        qsizetype end = i;
        while (end < t.size() && t.at(end) != QLatin1Char('.') && t.at(end) != QLatin1Char('[')
               && t.at(end) != QLatin1Char(']'))
            ++end;
        path.m_segments.push_back({t.mid(i, end - i).toStdString(), -1});
        i = end;
        expectName = false;
    }
    if (expectName)
        return fail(QStringLiteral("empty member name"));
    return path;
}

json::Value MappingPath::resolve(const json::Value &base) const
{
    json::Value v = base;
    for (const Segment &segment : m_segments) {
        if (segment.index >= 0)
            v = v[segment.index];
        else
            v = v[segment.key.c_str()];
    }
    return v;
}

} // namespace ct::mapping
