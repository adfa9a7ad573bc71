// SPDX-License-Identifier: MIT
#pragma once

#include "recordsplitter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace ct::json {

// The records of a JSON input (RecordSplitter's), read from a device a window at a time,
// so that memory is bounded by the window and the largest record, not by the input: the
// bytes of a record that runs past a window's end are carried into the next window, and a
// record longer than the record limit is followed to its end without being kept. Spans,
// lines and columns are the input's. Bytes held in memory are read the same way, as one
// window.
class RecordWindowReader final
{
public:
    static constexpr qsizetype DefaultWindowBytes = qsizetype(16) << 20; // 16 MiB
    static constexpr qsizetype DefaultMaxRecordBytes = qsizetype(64) << 20; // 64 MiB

    enum class Result {
        Record,    // the next record
        End,       // the input is over
        ReadError, // the device failed: errorString(), at errorOffset()
    };

    // The records of `device` (open for reading, at the input's start), read `windowBytes`
    // at a time.
    explicit RecordWindowReader(QIODevice &device, qsizetype windowBytes = DefaultWindowBytes,
                                qsizetype maxRecordBytes = DefaultMaxRecordBytes);
    // The records of bytes in memory.
    explicit RecordWindowReader(QByteArrayView data, qsizetype maxRecordBytes = DefaultMaxRecordBytes);

    // The next record: its span and its bytes (none for an oversized record), valid until
    // the next call.
    Result next(RecordSpan &span, QByteArrayView &bytes);

    QString errorString() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    // The most the window buffer has held (the window plus what was carried into it).
    qsizetype peakBufferBytes() const { return m_buffer.size(); }

private:
    bool refill();

    QIODevice *m_device = nullptr;
    QByteArrayView m_memory;
    QByteArray m_buffer;            // the window: input bytes [m_bufferOffset, + m_filled)
    qsizetype m_filled = 0;
    qsizetype m_bufferOffset = 0;
    qsizetype m_windowBytes = DefaultWindowBytes;
    bool m_atEnd = false;
    RecordSplitter m_splitter;
    QString m_error;
    qint64 m_errorOffset = -1;
};

} // namespace ct::json
