// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ct::server {

// An e-mail as it goes over SMTP (RFC 5322 with MIME, RFC 2045-2047): headers Message-ID,
// Date, From, To, Subject (RFC 2047 encoded-words when not ASCII), MIME-Version, and a
// multipart/alternative body with the plain text first and the HTML second, both UTF-8 in
// quoted-printable. Lines end in CRLF; no line is longer than 76 characters.
struct MimeMessage
{
    QString fromName;
    QString fromAddress;
    QString toAddress;
    QString subject;
    QString text;
    QString html;
    QString messageId; // without the angle brackets: "ct.0a1b...@shop.test"
    qint64 dateMs = 0;

    QByteArray build() const;

    // Header helpers, public for the tests.
    // "=?UTF-8?B?...?=" words of at most 75 characters, folded, or the ASCII as is; the first
    // word leaves `firstLineUsed` characters for the header's name.
    static QByteArray encodedWords(const QString &text, int firstLineUsed = 0);
    static QByteArray quotedPrintable(const QString &text);  // UTF-8, CRLF lines, soft breaks at 76
    static QByteArray rfc5322Date(qint64 ms);                 // "Fri, 04 Dec 2026 19:00:00 +0000"
};

} // namespace ct::server
