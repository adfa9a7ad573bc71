// SPDX-License-Identifier: MIT
#include "recordsplitter.h"

#include <algorithm>
#include <cstring>

namespace ct::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The longest lookahead a decision between records needs: "false".
constexpr qsizetype LiteralLookahead = 5;

} // namespace

RecordSplitter::RecordSplitter(qsizetype maxRecordBytes) : m_maxRecordBytes(maxRecordBytes) {}

qsizetype RecordSplitter::keepFrom() const
{
    return m_phase == Phase::InRecord && !m_span.oversized ? m_span.offset : m_pos;
}

void RecordSplitter::advance()
{
    if (at(m_pos) == '\n') {
        ++m_line;
        m_lineChars = 0;
        m_charsCountedTo = m_pos + 1;
    }
    ++m_pos;
}

void RecordSplitter::skipSpaceAndSeparators()
{
    while (m_pos < m_end && (isSpace(at(m_pos)) || (m_inArray && at(m_pos) == ',')))
        advance();
}

// The 1-based column of `pos` on the current line, in characters (UTF-8 lead bytes). The
// characters are counted lazily, once each, from where the last count stopped; that point
// is always in the window, as it never lies before keepFrom().
int RecordSplitter::columnAt(qsizetype pos)
{
    for (qsizetype i = m_charsCountedTo; i < pos; ++i) {
        if ((static_cast<unsigned char>(at(i)) & 0xC0) != 0x80)
            ++m_lineChars;
    }
    m_charsCountedTo = std::max(m_charsCountedTo, pos);
    return m_lineChars + 1;
}

// true, false or null at the current position.
bool RecordSplitter::startsWithLiteral() const
{
    for (const char *literal : {"true", "false", "null"}) {
        const auto length = static_cast<qsizetype>(std::strlen(literal));
        if (m_end - m_pos >= length && std::memcmp(m_data + (m_pos - m_begin), literal, static_cast<size_t>(length)) == 0)
            return true;
    }
    return false;
}

void RecordSplitter::beginRecord()
{
    m_span = RecordSpan();
    m_span.offset = m_pos;
    m_span.line = m_line;
    m_span.column = columnAt(m_pos);
    const char first = at(m_pos);
    m_span.structured = first == '{' || first == '[';
    m_scalar = first == '"' || first == '-' || (first >= '0' && first <= '9') || startsWithLiteral();
    m_depth = 0;
    m_inString = false;
    m_escaped = false;
    m_spanReady = false;
}

RecordSplitter::Scan RecordSplitter::scanRecord()
{
    while (m_pos < m_end) {
        const char c = at(m_pos);
        if (m_inString) {
            if (m_escaped) {
                m_escaped = false;
            } else if (c == '\\') {
                m_escaped = true;
            } else if (c == '"') {
                m_inString = false;
            } else if (c == '\n') {
                // JSON strings never hold a raw newline: the record is damaged here.
                finish(true);
                return Scan::Finished;
            } else {
                // Ordinary text: jump to the next quote, backslash or newline (most of a
                // feed's bytes are inside strings, and memchr scans them many at a time).
                const char *p = m_data + (m_pos - m_begin);
                const char *end = m_data + (m_end - m_begin);
                const char *stop = static_cast<const char *>(std::memchr(p, '"', static_cast<size_t>(end - p)));
                if (!stop)
                    stop = end;
                if (const auto *b = static_cast<const char *>(std::memchr(p, '\\', static_cast<size_t>(stop - p))))
                    stop = b;
                if (const auto *n = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(stop - p))))
                    stop = n;
                m_pos += stop - p;
                continue;
            }
            advance();
            continue;
        }
        if (c == '\n' && m_span.structured && m_depth > 0) {
            if (m_pos + 1 >= m_end && !m_atEnd)
                return Scan::NeedMore; // what follows the newline decides
            if (m_pos + 1 < m_end && (at(m_pos + 1) == '{' || at(m_pos + 1) == '[')) {
                // A new record starts in column 1 while this one is open: this one is cut.
                finish(true);
                advance();
                return Scan::Finished;
            }
        }
        if (!m_span.structured) {
            // A scalar runs to the next separator; text that cannot start a JSON value
            // runs to the end of its line, so a line of prose is one bad record, not
            // one per word.
            if ((m_scalar ? isSpace(c) : c == '\n') || (m_inArray && (c == ',' || c == ']'))) {
                finish(false);
                return Scan::Finished;
            }
            advance();
            continue;
        }
        switch (c) {
        case '"': m_inString = true; break;
        case '{':
        case '[': ++m_depth; break;
        case '}':
        case ']':
            --m_depth;
            if (m_depth == 0) {
                advance();
                finish(false);
                return Scan::Finished;
            }
            break;
        default: break;
        }
        advance();
    }
    if (!m_atEnd)
        return Scan::NeedMore;
    finish(m_span.structured || m_inString);
    return Scan::Finished;
}

void RecordSplitter::finish(bool truncated)
{
    qsizetype length = m_pos - m_span.offset;
    m_span.oversized = m_span.oversized || length > m_maxRecordBytes;
    // Trim trailing whitespace from a cut record so messages point at real text (as far
    // as the window still holds it: an oversized record's start is gone).
    while (length > 0 && m_span.offset + length - 1 >= m_begin && isSpace(at(m_span.offset + length - 1)))
        --length;
    m_span.length = length;
    m_span.truncated = truncated;
    m_spanReady = length > 0;
}

RecordSplitter::Step RecordSplitter::next(const char *data, qsizetype size, qsizetype dataOffset, bool atEnd,
                                          RecordSpan &span)
{
    Q_ASSERT(dataOffset <= keepFrom() && dataOffset + size >= m_pos);
    m_data = data;
    m_begin = dataOffset;
    m_end = dataOffset + size;
    m_atEnd = atEnd;
    auto needMore = [this] {
        columnAt(m_pos); // count this window's characters while it is here
        if (m_phase == Phase::InRecord && m_pos - m_span.offset > m_maxRecordBytes)
            m_span.oversized = true;
        return Step::NeedMore;
    };
    while (true) {
        switch (m_phase) {
        case Phase::Start:
            if (m_pos == 0) {
                if (m_end < 3 && !m_atEnd)
                    return needMore(); // a byte order mark may be cut
                if (m_end >= 3 && static_cast<unsigned char>(at(0)) == 0xEF
                    && static_cast<unsigned char>(at(1)) == 0xBB && static_cast<unsigned char>(at(2)) == 0xBF)
                    m_pos = 3;
            }
            while (m_pos < m_end && isSpace(at(m_pos)))
                advance();
            if (m_pos >= m_end) {
                if (!m_atEnd)
                    return needMore();
                m_phase = Phase::Done;
                break;
            }
            if (at(m_pos) == '[') {
                // A top-level array: its elements are the records.
                advance();
                m_inArray = true;
            }
            m_phase = Phase::Between;
            break;
        case Phase::Between:
            skipSpaceAndSeparators();
            if (m_pos >= m_end) {
                if (!m_atEnd)
                    return needMore();
                m_phase = Phase::Done;
                break;
            }
            if (m_inArray && at(m_pos) == ']') {
                advance();
                m_inArray = false;
                break; // anything after the array is read as further records
            }
            if (m_end - m_pos < LiteralLookahead && !m_atEnd)
                return needMore(); // "tr" may be the start of true
            beginRecord();
            m_phase = Phase::InRecord;
            break;
        case Phase::InRecord:
            if (scanRecord() == Scan::NeedMore)
                return needMore();
            m_phase = Phase::Between;
            if (m_spanReady) {
                span = m_span;
                return Step::Record;
            }
            break;
        case Phase::Done:
            return Step::End;
        }
    }
}

QList<RecordSpan> RecordSplitter::split(const char *data, qsizetype size)
{
    QList<RecordSpan> records;
    RecordSplitter splitter;
    RecordSpan span;
    while (splitter.next(data, size, 0, true, span) == Step::Record)
        records.append(span);
    return records;
}

} // namespace ct::json
