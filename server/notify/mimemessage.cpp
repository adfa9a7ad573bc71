// SPDX-License-Identifier: MIT
#include "mimemessage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace ct::server {

namespace {

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}

// A header's value without CR or LF: a value can never start a header of its own.
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

} // namespace

QByteArray MimeMessage::encodedWords(const QString &raw, int firstLineUsed)
{
    const QString text = oneLine(raw);
    if (isPlainAscii(text) && text.size() <= 900)
        return text.toLatin1();
    // Each encoded word at most 75 characters (RFC 2047, 2): "=?UTF-8?B?" + base64 + "?="
    // leaves 63 for base64, so 45 bytes of UTF-8, never splitting a character.
    constexpr int MaxBytes = 45;
    // The first word shares its line with the header's name ("Subject: "): fewer bytes.
    int budget = std::max(3, (75 - firstLineUsed - 12) / 4 * 3);
    QByteArrayList words;
    QByteArray chunk;
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size();) {
        qsizetype length = 1;
        const uchar lead = static_cast<uchar>(utf8.at(i));
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        if (chunk.size() + length > budget) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
            budget = MaxBytes;
        }
        chunk += utf8.mid(i, length);
        i += length;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    // Folded: words on lines of their own, joined by CRLF and a space (RFC 5322, 2.2.3).
    return words.join("\r\n ");
}

QByteArray MimeMessage::quotedPrintable(const QString &text)
{
    QString normal = text;
    normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QByteArray utf8 = normal.toUtf8();
    QByteArray out;
    QByteArray line;
    const auto hex = [](uchar c) {
        static const char digits[] = "0123456789ABCDEF";
        QByteArray encoded(3, '=');
        encoded[1] = digits[c >> 4];
        encoded[2] = digits[c & 0xF];
        return encoded;
    };
    const auto put = [&](const QByteArray &token) {
        // A soft line break keeps every line within 76 characters, "=" included.
        if (line.size() + token.size() > 75) {
            out += line + "=\r\n";
            line.clear();
        }
        line += token;
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = static_cast<uchar>(utf8.at(i));
        if (c == '\n') {
            // Spaces before a line break are encoded, so no transport can strip them.
            if (!line.isEmpty() && (line.endsWith(' ') || line.endsWith('\t'))) {
                const uchar last = static_cast<uchar>(line.back());
                line.chop(1);
                put(hex(last));
            }
            out += line + "\r\n";
            line.clear();
            continue;
        }
        const bool literal = (c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t';
        // A dot at the start of a line is encoded too (SMTP's end of data is a lone dot).
        if (!literal || (c == '.' && line.isEmpty()))
            put(hex(c));
        else
            put(QByteArray(1, static_cast<char>(c)));
    }
    if (!line.isEmpty() && (line.endsWith(' ') || line.endsWith('\t'))) {
        const uchar last = static_cast<uchar>(line.back());
        line.chop(1);
        put(hex(last));
    }
    out += line;
    return out;
}

QByteArray MimeMessage::rfc5322Date(qint64 ms)
{
    static const char *Days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QDate d = at.date();
    return QStringLiteral("%1, %2 %3 %4 %5 +0000")
        .arg(QLatin1String(Days[d.dayOfWeek() - 1]))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(Months[d.month() - 1]))
        .arg(d.year())
        .arg(at.time().toString(QStringLiteral("HH:mm:ss")))
        .toLatin1();
}

QByteArray MimeMessage::build() const
{
    const QByteArray boundary = "ct-alt-" + QCryptographicHash::hash(messageId.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    QByteArray from = oneLine(fromAddress).toUtf8();
    if (!fromName.trimmed().isEmpty()) {
        const QString name = oneLine(fromName).trimmed();
        // An ASCII display name is quoted (it may hold commas); any other is encoded.
        const QByteArray shown = isPlainAscii(name)
            ? '"' + QString(name).replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\"")).toLatin1() + '"'
            : encodedWords(name, 6);
        // The address on a line of its own when the name's last line leaves no room.
        const qsizetype lastLine = shown.size() - (shown.lastIndexOf('\n') + 1) + (shown.contains('\n') ? 0 : 6);
        from = shown + (lastLine + from.size() + 3 > 76 ? "\r\n <" : " <") + from + '>';
    }
    QByteArray out;
    out += "Message-ID: <" + oneLine(messageId).toUtf8() + ">\r\n";
    out += "Date: " + rfc5322Date(dateMs) + "\r\n";
    out += "From: " + from + "\r\n";
    out += "To: " + oneLine(toAddress).toUtf8() + "\r\n";
    out += "Subject: " + encodedWords(subject, 9) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    out += quotedPrintable(text) + "\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/html; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    out += quotedPrintable(html) + "\r\n";
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace ct::server
