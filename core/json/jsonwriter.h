// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ct::json {

// Writes compact JSON with keys in the order given (QJsonObject would sort them), for
// line-oriented output such as `controltower-cli normalize`. The caller keeps the
// structure balanced; the writer inserts commas.
class Writer final
{
public:
    Writer &beginObject();
    Writer &endObject();
    Writer &beginArray();
    Writer &endArray();
    Writer &key(const char *name);

    Writer &value(const QString &text);      // a JSON string
    Writer &value(const char *text);
    Writer &value(qint64 number);
    Writer &value(int number) { return value(static_cast<qint64>(number)); }
    Writer &value(double number);
    Writer &value(bool flag);
    Writer &null();
    // Already-serialized JSON (a value, not a fragment), inserted as is.
    Writer &raw(const QByteArray &json);
    // A string, or null when empty.
    Writer &stringOrNull(const QString &text);

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::exchange(m_out, {}); }

    static void appendEscaped(QByteArray &out, const QString &text);

private:
    void separate();

    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace ct::json
