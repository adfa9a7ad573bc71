// SPDX-License-Identifier: MIT
#include "recordwindowreader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace ct::json {

RecordWindowReader::RecordWindowReader(QIODevice &device, qsizetype windowBytes, qsizetype maxRecordBytes)
    : m_device(&device), m_windowBytes(std::max<qsizetype>(1, windowBytes)), m_splitter(maxRecordBytes)
{
}

RecordWindowReader::RecordWindowReader(QByteArrayView data, qsizetype maxRecordBytes)
    : m_memory(data), m_atEnd(true), m_splitter(maxRecordBytes)
{
}

RecordWindowReader::Result RecordWindowReader::next(RecordSpan &span, QByteArrayView &bytes)
{
    while (true) {
        const QByteArrayView window = m_device ? QByteArrayView(m_buffer.constData(), m_filled) : m_memory;
        switch (m_splitter.next(window.data(), window.size(), m_bufferOffset, m_atEnd, span)) {
        case RecordSplitter::Step::Record:
            bytes = span.oversized ? QByteArrayView() : window.sliced(span.offset - m_bufferOffset, span.length);
            return Result::Record;
        case RecordSplitter::Step::End:
            return Result::End;
        case RecordSplitter::Step::NeedMore:
            if (!refill())
                return Result::ReadError;
            break;
        }
    }
}

// Drops what the splitter no longer needs, moves the rest (a record begun, or a few bytes
// of lookahead) to the front and reads the next window after it.
bool RecordWindowReader::refill()
{
    const qsizetype drop = m_splitter.keepFrom() - m_bufferOffset;
    const qsizetype carry = m_filled - drop;
    if (carry > 0 && drop > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + drop, static_cast<size_t>(carry));
    m_bufferOffset += drop;
    m_filled = carry;
    if (m_buffer.size() < carry + m_windowBytes)
        m_buffer.resize(carry + m_windowBytes);
    const qint64 read = m_device->read(m_buffer.data() + carry, m_windowBytes);
    if (read < 0) {
        m_error = m_device->errorString();
        m_errorOffset = m_bufferOffset + carry;
        return false;
    }
    m_filled += static_cast<qsizetype>(read);
    if (read == 0)
        m_atEnd = true;
    return true;
}

} // namespace ct::json
