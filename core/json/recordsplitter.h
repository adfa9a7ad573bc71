// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

namespace ct::json {

// One top-level JSON value in a feed file: an element of a top-level array, one line of
// JSON lines, or the whole file when it holds a single document.
struct RecordSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 1;           // 1-based line where the record starts
    bool truncated = false; // the file ended (or the next record began) inside this record
};

// Splits a feed file into records without parsing them, so one malformed or truncated
// record does not take the rest of the file with it. Understands a top-level array, JSON
// lines, and concatenated documents. A line that starts with '{' or '[' in column 1 while
// a record is still open is taken as the start of the next record (the open one was
// truncated); pretty-printed documents indent their nested values, so this only fires on
// real damage.
class RecordSplitter final
{
public:
    static QList<RecordSpan> split(const char *data, qsizetype size);
};

} // namespace ct::json
