// SPDX-License-Identifier: MIT
#include "recordsplitter.h"

#include <cstring>

namespace ct::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Scans values separated by whitespace (and, inside a top-level array, by commas).
class Scanner
{
public:
    Scanner(const char *data, qsizetype size) : m_data(data), m_size(size) {}

    QList<RecordSpan> run()
    {
        skipBom();
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == '[') {
            // A top-level array: its elements are the records.
            ++m_pos;
            m_inArray = true;
        }
        while (true) {
            skipSpaceAndSeparators();
            if (m_pos >= m_size)
                break;
            if (m_inArray && m_data[m_pos] == ']') {
                ++m_pos;
                m_inArray = false;
                continue; // anything after the array is read as further records
            }
            scanValue();
        }
        return m_records;
    }

private:
    void skipBom()
    {
        if (m_size >= 3 && static_cast<unsigned char>(m_data[0]) == 0xEF
            && static_cast<unsigned char>(m_data[1]) == 0xBB
            && static_cast<unsigned char>(m_data[2]) == 0xBF)
            m_pos = 3;
    }

    // The next quote, backslash or newline at or after `from` (the end when none): most of
    // a feed's bytes are inside strings, and memchr scans them many bytes at a time.
    qsizetype nextInString(qsizetype from) const
    {
        const char *p = m_data + from;
        const char *end = m_data + m_size;
        const char *stop = static_cast<const char *>(std::memchr(p, '"', static_cast<size_t>(end - p)));
        if (!stop)
            stop = end;
        if (const auto *b = static_cast<const char *>(std::memchr(p, '\\', static_cast<size_t>(stop - p))))
            stop = b;
        if (const auto *n = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(stop - p))))
            stop = n;
        return from + (stop - p);
    }

    void advance()
    {
        if (m_data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }

    void skipSpace()
    {
        while (m_pos < m_size && isSpace(m_data[m_pos]))
            advance();
    }

    void skipSpaceAndSeparators()
    {
        while (m_pos < m_size && (isSpace(m_data[m_pos]) || (m_inArray && m_data[m_pos] == ',')))
            advance();
    }

    // true, false or null at the current position.
    bool startsWithLiteral() const
    {
        for (const char *literal : {"true", "false", "null"}) {
            const auto length = static_cast<qsizetype>(std::strlen(literal));
            if (m_size - m_pos >= length && std::memcmp(m_data + m_pos, literal, static_cast<size_t>(length)) == 0)
                return true;
        }
        return false;
    }

    void scanValue()
    {
        RecordSpan span;
        span.offset = m_pos;
        span.line = m_line;
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        const char first = m_data[m_pos];
        const bool structured = first == '{' || first == '[';
        const bool scalar = first == '"' || first == '-' || (first >= '0' && first <= '9') || startsWithLiteral();
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                } else if (c == '\n') {
                    // JSON strings never hold a raw newline: the record is damaged here.
                    finish(span, true);
                    return;
                } else {
                    // Ordinary text: jump to the next character that matters.
                    m_pos = nextInString(m_pos);
                    continue;
                }
                advance();
                continue;
            }
            if (c == '\n' && structured && depth > 0 && m_pos + 1 < m_size
                && (m_data[m_pos + 1] == '{' || m_data[m_pos + 1] == '[')) {
                // A new record starts in column 1 while this one is open: this one is cut.
                finish(span, true);
                advance();
                return;
            }
            if (!structured) {
                // A scalar runs to the next separator; text that cannot start a JSON value
                // runs to the end of its line, so a line of prose is one bad record, not
                // one per word.
                if ((scalar ? isSpace(c) : c == '\n') || (m_inArray && (c == ',' || c == ']'))) {
                    finish(span, false);
                    return;
                }
                advance();
                continue;
            }
            switch (c) {
            case '"': inString = true; break;
            case '{':
            case '[': ++depth; break;
            case '}':
            case ']':
                --depth;
                if (depth == 0) {
                    advance();
                    finish(span, false);
                    return;
                }
                break;
            default: break;
            }
            advance();
        }
        finish(span, structured || inString);
    }

    void finish(RecordSpan &span, bool truncated)
    {
        span.length = m_pos - span.offset;
        // Trim trailing whitespace from a cut record so messages point at real text.
        while (span.length > 0 && isSpace(m_data[span.offset + span.length - 1]))
            --span.length;
        span.truncated = truncated;
        if (span.length > 0)
            m_records.append(span);
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_inArray = false;
    QList<RecordSpan> m_records;
};

} // namespace

QList<RecordSpan> RecordSplitter::split(const char *data, qsizetype size)
{
    return Scanner(data, size).run();
}

} // namespace ct::json
