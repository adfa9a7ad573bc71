// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QLocale>

#include <cmath>
#include <utility>

namespace ct::json {

void Writer::separate()
{
    if (m_needComma)
        m_out += ',';
    m_needComma = true;
}

Writer &Writer::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
    return *this;
}

Writer &Writer::endObject()
{
    m_out += '}';
    m_needComma = true;
    return *this;
}

Writer &Writer::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
    return *this;
}

Writer &Writer::endArray()
{
    m_out += ']';
    m_needComma = true;
    return *this;
}

Writer &Writer::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_needComma = false;
    return *this;
}

void Writer::appendEscaped(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

Writer &Writer::value(const QString &text)
{
    separate();
    appendEscaped(m_out, text);
    return *this;
}

Writer &Writer::value(const char *text)
{
    return value(QString::fromUtf8(text));
}

Writer &Writer::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

Writer &Writer::value(double number)
{
    separate();
    if (!std::isfinite(number))
        m_out += "null";
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

Writer &Writer::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

Writer &Writer::null()
{
    separate();
    m_out += "null";
    return *this;
}

Writer &Writer::raw(const QByteArray &json)
{
    separate();
    m_out += json;
    return *this;
}

Writer &Writer::stringOrNull(const QString &text)
{
    return text.isEmpty() ? null() : value(text);
}

} // namespace ct::json
