// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// One record of a CSV file: its fields and the line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Splits UTF-8 CSV text (RFC 4180: comma-separated, or by `separator`, fields in double quotes may hold
// commas, quotes written twice and line breaks; CRLF or LF; a leading BOM ignored) into
// records. Blank lines are skipped. A quote that is never closed is reported with the
// line it opened on; the records before it are kept.
class CsvRecords final
{
public:
    static QList<CsvRecord> read(QByteArrayView text, QString *error, QChar separator = QLatin1Char(','));
};

} // namespace ct
