// SPDX-License-Identifier: MIT
#pragma once

#include "feedreader.h"

#include <QByteArrayView>
#include <QString>

#include <atomic>

class QIODevice;

namespace ct {

// Reads one XML document (a carrier's XML or SOAP API response) with QXmlStreamReader and
// normalizes it with the XML format whose root element it finds, past any wrapper (a SOAP
// Envelope and Body, a proxy's own element). Streaming: only the record being read (one
// shipment's element, as the format names it) is kept in memory, so a document of any
// size is read in bounded memory; a record larger than the limits is reported and
// skipped. A document type declaration is refused outright (no entity is ever expanded:
// no billion laughs). A truncated or malformed document keeps the records read before the
// damage and reports it once, at its line and column. A SOAP Fault is reported as the
// carrier's error. Records are numbered 1, 2... in the document, like JSON records.
class XmlFeedReader final
{
public:
    // Limits of one record; a larger record is reported and skipped.
    static constexpr int MaxRecordElements = 200'000;
    static constexpr qsizetype MaxRecordTextChars = 16 * 1024 * 1024;

    XmlFeedReader(const AdapterRegistry &registry, geo::TimeZoneResolver &timeZones,
                  const std::atomic<bool> &stopRequested);

    FeedReadSummary read(const QString &source, QByteArrayView data, const FeedReader::ShipmentSink &onShipment,
                         const FeedReader::IssueSink &onIssue, const FeedReader::RecordEndSink &onRecordEnd);
    // The same from a device open for reading (a file, read a block at a time: a document
    // of any size costs only the record being read). `size` is for progress.
    FeedReadSummary read(const QString &source, QIODevice &device, qint64 size,
                         const FeedReader::ShipmentSink &onShipment, const FeedReader::IssueSink &onIssue,
                         const FeedReader::RecordEndSink &onRecordEnd);

    // False when the document is cut off before its end (a response body worth fetching
    // again); any other document, well-formed or not, is complete.
    static bool isComplete(QByteArrayView data);

private:
    const AdapterRegistry &m_registry;
    geo::TimeZoneResolver &m_timeZones;
    const std::atomic<bool> &m_stopRequested;
};

} // namespace ct
