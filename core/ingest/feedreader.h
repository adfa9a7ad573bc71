// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/feedissue.h"
#include "domain/shipmentrecord.h"
#include "geo/timezoneresolver.h"
#include "json/parser.h"
#include "json/recordwindowreader.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace ct {

class AdapterRegistry;

struct FeedReadSummary
{
    int records = 0;         // top-level records (documents) read
    int failedRecords = 0;   // records with at least one error (some or all of it rejected)
    int shipments = 0;       // shipments produced
    int errors = 0;
    int warnings = 0;
    int notFound = 0;        // tracking numbers the carrier did not know
    int unmappedEvents = 0;  // events whose carrier code is not in the adapter's table
    QMap<QString, int> shipmentsByFormat;

    FeedReadSummary &operator+=(const FeedReadSummary &other);
};

// Reads feed files (a JSON document, a JSON array of documents, or JSON lines; or an XML
// document, streamed by XmlFeedReader), detects each document's format and normalizes it
// with the matching adapter. Damage stays local:
// a malformed or truncated record, or a bad field, is reported with its location and the
// rest is read. A JSON file is read in windows of whole records (json::RecordWindowReader),
// so its memory is bounded by the window and the largest record, whatever the file's size;
// a record over the record limit is one located error, and the records after it are read.
// Not thread-safe: one reader per thread.
class FeedReader final
{
public:
    using ShipmentSink = std::function<void(ShipmentRecord &&)>;
    using IssueSink = std::function<void(const FeedIssue &)>;
    // Called on the reading thread after each record: its 1-based number, the byte where
    // it ends, the size of the whole input and the summary so far. A caller that batches
    // records hands a batch over here, so batches end where records end.
    using RecordEndSink = std::function<void(int record, qint64 endOffset, qint64 size,
                                             const FeedReadSummary &soFar)>;

    explicit FeedReader(const AdapterRegistry &registry);

    // Every later read reports each record's end to `hook` (empty: none).
    void setRecordEndHook(RecordEndSink hook) { m_recordEnd = std::move(hook); }
    // How much of a JSON file is read at a time (default 16 MiB; tests use a few bytes).
    void setWindowBytes(qsizetype bytes) { m_windowBytes = bytes; }
    // A JSON record longer than this is reported and not read (default 64 MiB).
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }

    FeedReadSummary readFile(const QString &path, const ShipmentSink &onShipment,
                             const IssueSink &onIssue);
    // `source` names the data in messages (a file name, "webhook", a URL).
    FeedReadSummary readData(const QString &source, QByteArrayView data,
                             const ShipmentSink &onShipment, const IssueSink &onIssue);

    // Asks a running read to stop after the current record (for example after the store
    // failed); the next read starts afresh.
    // Thread-safe: a store thread may stop a reader thread.
    void stop() { m_stopRequested.store(true); }

private:
    // A JSON input's records, from its start (a file is read again for each).
    using RecordsFactory = std::function<json::RecordWindowReader()>;

    FeedReadSummary readJson(const QString &source, const RecordsFactory &records, QByteArrayView head, qint64 size,
                             const ShipmentSink &onShipment, const IssueSink &onIssue);
    void readRecord(const QString &source, QByteArrayView data, const json::RecordSpan &span, int record,
                    FeedReadSummary &summary, const ShipmentSink &onShipment, const IssueSink &onIssue);

    const AdapterRegistry &m_registry;
    json::Parser m_parser;
    geo::TimeZoneResolver m_timeZones;
    RecordEndSink m_recordEnd;
    qsizetype m_windowBytes = json::RecordWindowReader::DefaultWindowBytes;
    qsizetype m_maxRecordBytes = json::RecordWindowReader::DefaultMaxRecordBytes;
    std::atomic<bool> m_stopRequested{false};
};

} // namespace ct
