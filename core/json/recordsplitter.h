// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

#include <limits>

namespace ct::json {

// One top-level JSON value in a feed file: an element of a top-level array, one line of
// JSON lines, or the whole file when it holds a single document. Offsets, lines and
// columns are the input's (the file's), however the input was handed to the splitter.
struct RecordSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 1;           // 1-based line where the record starts
    int column = 1;         // 1-based column (in characters) where the record starts
    bool truncated = false; // the file ended (or the next record began) inside this record
    bool structured = false; // starts with '{' or '[' (an object or an array, whole or not)
    bool oversized = false;  // longer than the splitter's record limit: its bytes were not kept
};

// Splits a feed file into records without parsing them, so one malformed or truncated
// record does not take the rest of the file with it. Understands a top-level array, JSON
// lines, and concatenated documents. A line that starts with '{' or '[' in column 1 while
// a record is still open is taken as the start of the next record (the open one was
// truncated); pretty-printed documents indent their nested values, so this only fires on
// real damage.
//
// Resumable: the input may come a window at a time. Each call to next() gets the bytes
// from (at most) keepFrom() on, and the end of the input is said with `atEnd`; a record
// that runs past the window's end is carried on in the next window without being scanned
// again. A record longer than the record limit is still followed to its end (so the next
// one is found), but is given back `oversized`, and the caller need not keep its bytes.
class RecordSplitter final
{
public:
    static constexpr qsizetype NoLimit = std::numeric_limits<qsizetype>::max();

    enum class Step {
        Record,   // `span` is the next record
        NeedMore, // the window is used up: call again with the bytes from keepFrom() on, and more
        End,      // no more records (only with atEnd)
    };

    explicit RecordSplitter(qsizetype maxRecordBytes = NoLimit);

    // `data` holds the input's bytes [dataOffset, dataOffset + size), with dataOffset at or
    // before keepFrom(); `atEnd`: the input ends with them. A Record's span is only valid
    // until the next call.
    Step next(const char *data, qsizetype size, qsizetype dataOffset, bool atEnd, RecordSpan &span);

    // The first byte of the input a later call still needs: the start of the record being
    // scanned (unless it is oversized), else where scanning stands.
    qsizetype keepFrom() const;

    // Every record of an input held whole in memory, with no record limit.
    static QList<RecordSpan> split(const char *data, qsizetype size);

private:
    enum class Phase { Start, Between, InRecord, Done };
    enum class Scan { Finished, NeedMore };

    char at(qsizetype pos) const { return m_data[pos - m_begin]; }
    void advance();
    void skipSpaceAndSeparators();
    bool startsWithLiteral() const;
    int columnAt(qsizetype pos);
    void beginRecord();
    Scan scanRecord();
    void finish(bool truncated);

    qsizetype m_maxRecordBytes;
    // The window of the current call.
    const char *m_data = nullptr;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    bool m_atEnd = false;
    // Where scanning stands in the input.
    Phase m_phase = Phase::Start;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_lineChars = 0;          // characters of the current line before m_charsCountedTo
    qsizetype m_charsCountedTo = 0;
    bool m_inArray = false;
    // The record being scanned.
    RecordSpan m_span;
    bool m_spanReady = false;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_scalar = false;
};

} // namespace ct::json
