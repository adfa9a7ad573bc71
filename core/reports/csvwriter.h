// SPDX-License-Identifier: MIT
#pragma once

#include "reporttable.h"

#include <QByteArray>

namespace ct {

// Writes a table as CSV (RFC 4180): UTF-8 without a byte-order mark, a header row of the
// column names, commas between fields, CRLF after every record, and a field quoted (its
// quotes doubled) when it holds a comma, a quote, CR or LF. An empty field is "no data".
//
// Safe to open in a spreadsheet (OWASP, CSV injection): a field that would start with
// '=', '+', '-', '@', a tab or CR is written with a leading apostrophe, and quoted, so a
// spreadsheet shows it as text instead of running it as a formula. Every field gets the
// rule, whatever its column; the numbers reports write are never negative.
class CsvWriter final
{
public:
    static QByteArray write(const ReportTable &table);
    // One field as written: neutralized, then quoted when needed.
    static QString field(const QString &text);
    // Numbers and dates as CSV writes them: whole numbers plainly, decimals with up to 15
    // significant digits and a '.' (never the locale's comma), dates as YYYY-MM-DD.
    static QString text(const ReportValue &value);
};

} // namespace ct
