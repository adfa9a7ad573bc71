// SPDX-License-Identifier: MIT
#include "jsonpathoffset.h"

#include <QList>
#include <QString>

namespace ct::json {

namespace {

struct Segment
{
    QString key; // a member's name, or empty with index >= 0
    int index = -1;
};

std::optional<QList<Segment>> segmentsOf(QStringView path)
{
    QList<Segment> out;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path[i] == u'[') {
            const qsizetype end = path.indexOf(u']', i);
            bool ok = false;
            const int index = end < 0 ? -1 : path.mid(i + 1, end - i - 1).toInt(&ok);
            if (!ok || index < 0)
                return std::nullopt;
            out << Segment{{}, index};
            i = end + 1;
            continue;
        }
        if (path[i] == u'.')
            ++i;
        qsizetype end = i;
        while (end < path.size() && path[end] != u'.' && path[end] != u'[')
            ++end;
        out << Segment{path.mid(i, end - i).toString(), -1};
        i = end;
    }
    return out;
}

class Scanner final
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    void space()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t'))
            ++m_at;
    }
    bool is(char c)
    {
        space();
        return m_at < m_text.size() && m_text[m_at] == c;
    }
    bool take(char c)
    {
        if (!is(c))
            return false;
        ++m_at;
        return true;
    }
    // A string's text (escapes of quotes and backslashes undone; others kept as written).
    std::optional<QByteArray> string()
    {
        if (!take('"'))
            return std::nullopt;
        QByteArray out;
        while (m_at < m_text.size() && m_text[m_at] != '"') {
            if (m_text[m_at] == '\\' && m_at + 1 < m_text.size())
                ++m_at;
            out += m_text[m_at++];
        }
        if (m_at >= m_text.size())
            return std::nullopt;
        ++m_at;
        return out;
    }
    // Past one value of any kind.
    bool skip()
    {
        space();
        if (m_at >= m_text.size())
            return false;
        const char c = m_text[m_at];
        if (c == '"')
            return string().has_value();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_at < m_text.size()) {
                const char d = m_text[m_at];
                if (d == '"') {
                    if (!string())
                        return false;
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0) {
                    ++m_at;
                    return true;
                }
                ++m_at;
            }
            return false;
        }
        while (m_at < m_text.size() && !QByteArrayView(",]} \n\r\t").contains(m_text[m_at]))
            ++m_at;
        return true;
    }
    // Onto the value of `segment` inside the value here.
    bool enter(const Segment &segment)
    {
        if (segment.index >= 0) {
            if (!take('['))
                return false;
            for (int i = 0; i < segment.index; ++i)
                if (!skip() || !take(','))
                    return false;
            space();
            return !is(']');
        }
        if (!take('{'))
            return false;
        const QByteArray key = segment.key.toUtf8();
        while (!is('}')) {
            const std::optional<QByteArray> name = string();
            if (!name || !take(':'))
                return false;
            if (*name == key) {
                space();
                return true;
            }
            if (!skip())
                return false;
            if (!take(','))
                return false;
        }
        return false;
    }
    qsizetype at() const { return m_at; }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<qsizetype> offsetOfPath(QByteArrayView json, QStringView path)
{
    const std::optional<QList<Segment>> segments = segmentsOf(path);
    if (!segments)
        return std::nullopt;
    Scanner scanner(json);
    scanner.space();
    for (const Segment &segment : *segments)
        if (!scanner.enter(segment))
            return std::nullopt;
    return scanner.at();
}

} // namespace ct::json
