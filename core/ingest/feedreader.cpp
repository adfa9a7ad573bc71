// SPDX-License-Identifier: MIT
#include "feedreader.h"

#include "adapters/adapterregistry.h"
#include "adapters/parsecontext.h"
#include "contentsniffer.h"
#include "xmlfeedreader.h"
#include "json/recordsplitter.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>


namespace ct {

FeedReadSummary &FeedReadSummary::operator+=(const FeedReadSummary &other)
{
    records += other.records;
    failedRecords += other.failedRecords;
    shipments += other.shipments;
    errors += other.errors;
    warnings += other.warnings;
    notFound += other.notFound;
    unmappedEvents += other.unmappedEvents;
    for (auto it = other.shipmentsByFormat.cbegin(); it != other.shipmentsByFormat.cend(); ++it)
        shipmentsByFormat[it.key()] += it.value();
    return *this;
}

FeedReader::FeedReader(const AdapterRegistry &registry) : m_registry(registry) {}

namespace {

void emitIssue(FeedReadSummary &summary, const FeedReader::IssueSink &onIssue, FeedIssue issue)
{
    if (issue.severity == FeedIssue::Severity::Error)
        ++summary.errors;
    else if (issue.severity == FeedIssue::Severity::Warning)
        ++summary.warnings;
    if (onIssue)
        onIssue(issue);
}

FeedIssue sourceIssue(FeedIssue::Severity severity, const QString &source, const QString &message)
{
    FeedIssue issue;
    issue.severity = severity;
    issue.source = source;
    issue.message = message;
    return issue;
}

// Why a whole input is not JSON, or empty when it is (or may be in part): an input that
// sniffs as XML, CSV, HTML or text is still read record by record when any record in it
// starts like a JSON object or array, so that damage stays local.
QString notJsonMessage(const ContentSniffer::Result &sniffed, const std::function<json::RecordWindowReader()> &records)
{
    switch (sniffed.kind) {
    case ContentSniffer::Kind::Json:
    case ContentSniffer::Kind::Blank:
        return {};
    case ContentSniffer::Kind::Binary:
    case ContentSniffer::Kind::Utf16:
        return sniffed.message();
    default:
        break;
    }
    json::RecordWindowReader reader = records();
    json::RecordSpan span;
    QByteArrayView bytes;
    while (true) {
        switch (reader.next(span, bytes)) {
        case json::RecordWindowReader::Result::Record:
            if (span.structured)
                return {};
            break;
        case json::RecordWindowReader::Result::ReadError:
            return {}; // the read itself says so
        case json::RecordWindowReader::Result::End:
            return sniffed.message();
        }
    }
}

// "64 MiB", or "100 bytes" for a limit that is no whole number of MiB.
QString sizeText(qsizetype bytes)
{
    constexpr qsizetype MiB = qsizetype(1) << 20;
    return bytes % MiB == 0 ? QStringLiteral("%1 MiB").arg(bytes / MiB) : QStringLiteral("%1 bytes").arg(bytes);
}

// A line that starts a JSON object or array: a file of JSON lines, whatever its first line.
bool holdsJsonLines(QByteArrayView data)
{
    return data.indexOf("\n{") >= 0 || data.indexOf("\n[") >= 0;
}

// The same for a file, read a block at a time; the file is back at its start after.
bool holdsJsonLines(QFile &file)
{
    constexpr qint64 Block = 1 << 20;
    QByteArray carry;
    bool found = false;
    while (!found && !file.atEnd()) {
        const QByteArray block = carry + file.read(Block);
        found = holdsJsonLines(block);
        carry = block.right(1);
    }
    file.seek(0);
    return found;
}

} // namespace

FeedReadSummary FeedReader::readFile(const QString &path, const ShipmentSink &onShipment,
                                     const IssueSink &onIssue)
{
    FeedReadSummary summary;
    // What is not a regular file is refused before it is opened: opening a named pipe
    // waits for a writer, for ever, and a device never ends.
    const QFileInfo info(path);
    QString notAFile;
    if (info.isSymLink() && !info.exists())
        notAFile = QStringLiteral("is a symbolic link to %1, which does not exist").arg(info.symLinkTarget());
    else if (info.isDir())
        notAFile = QStringLiteral("is a folder, not a file");
    else if (info.exists() && !info.isFile())
        notAFile = QStringLiteral("is not a regular file (a named pipe, a socket or a device): carrier files are "
                                  "regular files");
    if (!notAFile.isEmpty()) {
        ++summary.failedRecords;
        emitIssue(summary, onIssue, sourceIssue(FeedIssue::Severity::Error, path, notAFile));
        return summary;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ++summary.failedRecords;
        emitIssue(summary, onIssue,
                  sourceIssue(FeedIssue::Severity::Error, path,
                              QStringLiteral("cannot open file: %1").arg(file.errorString())));
        return summary;
    }
    const qint64 size = file.size();
    if (size == 0) {
        emitIssue(summary, onIssue,
                  sourceIssue(FeedIssue::Severity::Warning, path, QStringLiteral("file is empty")));
        return summary;
    }
    m_stopRequested.store(false);
    const QByteArray head = file.peek(ContentSniffer::HeadBytes);
    const ContentSniffer::Result sniffed = ContentSniffer::sniff(head, size);
    // An XML file is streamed from the file itself, a block at a time (never read whole).
    if (sniffed.kind == ContentSniffer::Kind::Xml && !holdsJsonLines(file))
        return XmlFeedReader(m_registry, m_timeZones, m_stopRequested).read(path, file, size, onShipment, onIssue, m_recordEnd);
    // So is a JSON file, in windows of whole records.
    return readJson(
        path,
        [&] {
            file.seek(0);
            return json::RecordWindowReader(file, m_windowBytes, m_maxRecordBytes);
        },
        head, size, onShipment, onIssue);
}

FeedReadSummary FeedReader::readData(const QString &source, QByteArrayView data,
                                     const ShipmentSink &onShipment, const IssueSink &onIssue)
{
    m_stopRequested.store(false);
    // An XML document goes to the XML formats, streamed (XmlFeedReader); JSON lines after
    // an XML-looking first line stay JSON, read record by record.
    if (ContentSniffer::sniff(data).kind == ContentSniffer::Kind::Xml && !holdsJsonLines(data))
        return XmlFeedReader(m_registry, m_timeZones, m_stopRequested).read(source, data, onShipment, onIssue, m_recordEnd);
    return readJson(
        source, [&] { return json::RecordWindowReader(data, m_maxRecordBytes); }, data, data.size(), onShipment,
        onIssue);
}

FeedReadSummary FeedReader::readJson(const QString &source, const RecordsFactory &records, QByteArrayView head,
                                     qint64 size, const ShipmentSink &onShipment, const IssueSink &onIssue)
{
    FeedReadSummary summary;
    if (const QString notJson = notJsonMessage(ContentSniffer::sniff(head, size), records); !notJson.isEmpty()) {
        // One located line for the whole input, not one "malformed JSON" per line of it.
        summary.records = 1;
        summary.failedRecords = 1;
        emitIssue(summary, onIssue, sourceIssue(FeedIssue::Severity::Error, source, notJson));
        return summary;
    }
    json::RecordWindowReader reader = records();
    json::RecordSpan span;
    QByteArrayView bytes;
    int record = 0;
    while (!m_stopRequested.load()) {
        const json::RecordWindowReader::Result next = reader.next(span, bytes);
        if (next == json::RecordWindowReader::Result::End)
            break;
        if (next == json::RecordWindowReader::Result::ReadError) {
            // What was read before stays read; the rest of the file cannot be.
            ++summary.failedRecords;
            emitIssue(summary, onIssue,
                      sourceIssue(FeedIssue::Severity::Error, source,
                                  QStringLiteral("cannot read file at byte %1: %2")
                                      .arg(reader.errorOffset())
                                      .arg(reader.errorString())));
            return summary;
        }
        ++record;
        readRecord(source, bytes, span, record, summary, onShipment, onIssue);
        if (m_recordEnd)
            m_recordEnd(record, span.offset + span.length, size, summary);
    }
    if (record == 0 && !m_stopRequested.load())
        emitIssue(summary, onIssue,
                  sourceIssue(FeedIssue::Severity::Warning, source, QStringLiteral("no JSON records found")));
    return summary;
}

void FeedReader::readRecord(const QString &source, QByteArrayView data, const json::RecordSpan &span,
                            int record, FeedReadSummary &summary, const ShipmentSink &onShipment,
                            const IssueSink &onIssue)
{
    const int line = span.line;
    ++summary.records;
    auto recordError = [&](const QString &message) {
        FeedIssue issue;
        issue.severity = FeedIssue::Severity::Error;
        issue.source = source;
        issue.record = record;
        issue.line = line;
        issue.message = message;
        ++summary.failedRecords;
        emitIssue(summary, onIssue, std::move(issue));
    };

    if (span.oversized) {
        recordError(QStringLiteral("record at line %1 is larger than %2 (%3 bytes): not read")
                        .arg(line)
                        .arg(sizeText(m_maxRecordBytes))
                        .arg(span.length));
        return;
    }
    json::Parser::Error parseError;
    const auto root = m_parser.parse(data.data(), data.size(), &parseError);
    if (!root) {
        // Positions are given in the file, not in the record, so an editor finds them.
        const qsizetype at = parseError.offset >= 0 ? parseError.offset : data.size();
        int relativeLine = 0, column = 0;
        json::lineAndColumn(data.data(), data.size(), at, relativeLine, column);
        const int fileLine = line + relativeLine - 1;
        if (relativeLine == 1)
            column += span.column - 1;
        recordError(span.truncated
                        ? QStringLiteral("record is truncated (cut off at line %1, column %2): %3")
                              .arg(fileLine)
                              .arg(column)
                              .arg(parseError.message)
                        : QStringLiteral("malformed JSON at line %1, column %2: %3")
                              .arg(fileLine)
                              .arg(column)
                              .arg(parseError.message));
        return;
    }
    if (!root->isObject()) {
        recordError(QStringLiteral("expected a JSON object, found %1").arg(root->typeName()));
        return;
    }
    const TrackingAdapter *adapter = m_registry.detect(*root);
    if (!adapter) {
        QStringList keys;
        for (const json::Member &m : root->members()) {
            keys.append(QString::fromUtf8(m.key.data(), static_cast<qsizetype>(m.key.size())));
            if (keys.size() == 6) {
                keys.append(QStringLiteral("…"));
                break;
            }
        }
        recordError(QStringLiteral("format not recognised (top-level fields: %1)")
                        .arg(keys.isEmpty() ? QStringLiteral("none") : keys.join(QStringLiteral(", "))));
        return;
    }

    ParseContext context(source, record, line, m_timeZones);
    adapter->parse(*root, context);
    context.resolveRawPayloads(data);
    for (const FeedIssue &issue : context.issues())
        emitIssue(summary, onIssue, issue);
    if (context.errorCount() > 0)
        ++summary.failedRecords;
    summary.notFound += context.notFoundCount();
    summary.unmappedEvents += context.unmappedCount();

    QList<ShipmentRecord> shipments = context.takeShipments();
    const QString document = source + QLatin1Char('#') + QString::number(record);
    for (ShipmentRecord &shipment : shipments) {
        shipment.sourceFormat = adapter->formatId();
        shipment.sourceDocument = document;
        ++summary.shipments;
        ++summary.shipmentsByFormat[adapter->formatId()];
        if (onShipment)
            onShipment(std::move(shipment));
    }
}

} // namespace ct
