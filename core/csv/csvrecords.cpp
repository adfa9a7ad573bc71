// SPDX-License-Identifier: MIT
#include "csvrecords.h"

namespace ct {

QList<CsvRecord> CsvRecords::read(QByteArrayView text, QString *error, QChar separator)
{
    QString all = QString::fromUtf8(text);
    if (all.startsWith(QChar(0xFEFF)))
        all.remove(0, 1);
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;   // inside a quoted field
    bool hadAny = false;   // the record has a character or a separator
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    const auto endRecord = [&] {
        record.fields << field;
        field.clear();
        if (hadAny || record.fields.size() > 1 || !record.fields.constFirst().isEmpty())
            records << record;
        record = CsvRecord{};
        hadAny = false;
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QChar ch = all[i];
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < all.size() && all[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == u'\n')
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == u'"' && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
            hadAny = true;
        } else if (ch == separator) {
            record.fields << field;
            field.clear();
            hadAny = true;
        } else if (ch == u'\r' && i + 1 < all.size() && all[i + 1] == u'\n') {
            continue;
        } else if (ch == u'\n') {
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += ch;
            hadAny = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QStringLiteral("line %1: a quoted field is never closed").arg(quoteLine);
        return records;
    }
    if (hadAny || !field.isEmpty())
        endRecord();
    return records;
}

} // namespace ct
