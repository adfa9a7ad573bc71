// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace ct {

// What a feed file or response body looks like from its first bytes, so that a file
// which is not JSON at all (an XML response, a CSV export, a proxy's HTML error page, a
// zip, random bytes) gets one clear message naming what it is, instead of one "malformed
// JSON" error per line.
class ContentSniffer final
{
public:
    enum class Kind {
        Json,   // starts like a JSON value (what the adapters read)
        Blank,  // nothing but whitespace
        Xml,
        Html,
        Csv,
        Text,   // readable text of no known kind
        Utf16,  // text in UTF-16 (a byte order mark or NUL-interleaved ASCII)
        Binary, // compressed, an archive, a PDF, or bytes that are not text
    };

    struct Result
    {
        Kind kind = Kind::Json;
        QString sample; // what gave it away: "<soapenv:Envelope>", the first line, "a ZIP archive"
        // "looks like XML (<soapenv:Envelope>): this format is not supported"; empty for Json.
        QString message() const;
    };

    // Enough of a file to tell what it is, and to find an XML document's first element
    // past a long prolog: sniff() looks at no more than this.
    static constexpr qsizetype HeadBytes = 4096;

    static Result sniff(QByteArrayView data) { return sniff(data, data.size()); }
    // The same from the first bytes of a file of `size` bytes (at least HeadBytes of them,
    // or all of a smaller file).
    static Result sniff(QByteArrayView head, qint64 size);
};

} // namespace ct
