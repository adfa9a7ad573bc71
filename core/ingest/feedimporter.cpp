// SPDX-License-Identifier: MIT
#include "feedimporter.h"

#include "adapters/adapterregistry.h"
#include "store/database.h"
#include "store/ingestrunlog.h"
#include "store/shipmentingestor.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace ct {

struct FeedImporter::Private
{
    Private(const Database &database, RulesConfig rules)
        : reader(AdapterRegistry::installed()), ingestor(database, std::move(rules)), log(database)
    {
    }

    FeedReader reader;
    ShipmentIngestor ingestor;
    IngestRunLog log;
    int batchSize = 1000;
    CancelCheck cancel;
    Progress progress;

    bool run(const QString &source, const std::function<FeedReadSummary(const FeedReader::ShipmentSink &,
                                                                        const FeedReader::IssueSink &)> &read,
             qint64 nowMs, Result *result, const IssueSink &onIssue, QString *error);
};

FeedImporter::FeedImporter(const Database &database, RulesConfig rules)
    : d(std::make_unique<Private>(database, std::move(rules)))
{
}

FeedImporter::~FeedImporter() = default;

void FeedImporter::setBatchSize(int shipments)
{
    d->batchSize = std::max(1, shipments);
}

void FeedImporter::setCancelCheck(CancelCheck cancel)
{
    d->cancel = std::move(cancel);
}

void FeedImporter::setProgress(Progress progress)
{
    d->progress = std::move(progress);
}

QString FeedImporter::refusal() const
{
    QString reason;
    return d->ingestor.acceptsIngest(&reason) ? QString() : reason;
}

namespace {

// What the reader thread hands to the store thread: whole documents' shipments, and the
// issues met while reading them, in order; and where in the input the chunk ends.
struct Chunk
{
    QList<ShipmentRecord> shipments;
    QList<PreparedPayload> payloads; // compressed on the reader thread, parallel to shipments
    QList<FeedIssue> issues;
    int throughRecord = 0;           // the last record whose shipments and issues are here
    qint64 throughByte = 0;
    qint64 size = 0;
    FeedReadSummary readSoFar;       // the reader's summary up to throughRecord
};

// A bounded hand-over between the reader thread and the store thread.
class ChunkQueue
{
public:
    static constexpr size_t Capacity = 2;

    void push(Chunk &&chunk)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_chunks.size() < Capacity; });
        m_chunks.push_back(std::move(chunk));
        m_notEmpty.notify_one();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_one();
    }

    // The next chunk; nullopt once the reader is done and everything was taken.
    std::optional<Chunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_chunks.empty() || m_closed; });
        if (m_chunks.empty())
            return std::nullopt;
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_notFull.notify_one();
        return chunk;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Chunk> m_chunks;
    bool m_closed = false;
};

} // namespace

bool FeedImporter::Private::run(
    const QString &source,
    const std::function<FeedReadSummary(const FeedReader::ShipmentSink &, const FeedReader::IssueSink &)> &read,
    qint64 nowMs, Result *result, const IssueSink &onIssue, QString *error)
{
    Result local;
    QString storeError;
    // A replica refuses before anything (even the run log) is written.
    if (!ingestor.acceptsIngest(&storeError) || !log.begin(source, nowMs, &storeError)) {
        if (error)
            *error = storeError;
        if (result)
            *result = local;
        return false;
    }

    // Reading (split, parse, normalize) runs on its own thread while this thread, which
    // owns the store connection, writes the previous batch: two cores, both busy.
    ChunkQueue queue;
    std::thread readerThread([&] {
        Chunk chunk;
        // Hand over only where a record ends: a document's entries share a batch, and a
        // cancel between batches leaves whole records stored.
        reader.setRecordEndHook([&](int record, qint64 endOffset, qint64 size, const FeedReadSummary &soFar) {
            chunk.throughRecord = record;
            chunk.throughByte = endOffset;
            chunk.size = size;
            if (chunk.shipments.size() >= batchSize) {
                chunk.readSoFar = soFar;
                queue.push(std::exchange(chunk, Chunk()));
            }
        });
        auto onShipment = [&](ShipmentRecord &&shipment) {
            chunk.payloads.append(PreparedPayload::of(shipment.rawPayload));
            chunk.shipments.append(std::move(shipment));
        };
        auto onReadIssue = [&](const FeedIssue &issue) { chunk.issues.append(issue); };
        local.read = read(onShipment, onReadIssue);
        reader.setRecordEndHook({});
        chunk.readSoFar = local.read;
        chunk.throughRecord = local.read.records;
        queue.push(std::move(chunk)); // the last one, even empty: it carries the summary
        queue.close();
    });

    bool storeFailed = false;
    bool stopped = false;
    FeedReadSummary stored;
    while (std::optional<Chunk> chunk = queue.pop()) {
        if (storeFailed || stopped)
            continue; // drain, so the reader never waits on a full queue
        // Only a batch of shipments is a stopping point: the last chunk may hold only the
        // summary, and stopping there would call a whole file cancelled.
        if (cancel && !chunk->shipments.isEmpty() && cancel()) {
            stopped = true;
            reader.stop(); // the FeedReader: no need to read on
            continue;
        }
        for (const FeedIssue &issue : chunk->issues) {
            if (onIssue)
                onIssue(issue);
            if (!storeFailed && !log.addIssue(issue, &storeError))
                storeFailed = true;
        }
        if (!storeFailed && !chunk->shipments.isEmpty()
            && !ingestor.ingest(chunk->shipments, chunk->payloads, nowMs, &local.stored, &storeError))
            storeFailed = true;
        if (storeFailed) {
            reader.stop();
            continue;
        }
        stored = chunk->readSoFar;
        local.recordsStored = chunk->throughRecord;
        local.bytesStored = std::max(local.bytesStored, chunk->throughByte);
        local.bytes = std::max(local.bytes, chunk->size);
        if (progress && !chunk->shipments.isEmpty())
            progress(local.bytesStored, local.bytes);
    }
    readerThread.join();
    if (stopped) {
        // What the sheet and the run log say is what was stored, not what was read.
        local.cancelled = true;
        local.read = stored;
    }
    if (!storeFailed)
        storeFailed = !log.finish(local.read, local.stored, nowMs, &storeError);
    if (result)
        *result = local;
    if (storeFailed && error)
        *error = storeError;
    return !storeFailed;
}

bool FeedImporter::importFile(const QString &path, qint64 nowMs, Result *result,
                              const IssueSink &onIssue, QString *error)
{
    return d->run(
        path,
        [&](const FeedReader::ShipmentSink &shipments, const FeedReader::IssueSink &issues) {
            return d->reader.readFile(path, shipments, issues);
        },
        nowMs, result, onIssue, error);
}

bool FeedImporter::importData(const QString &source, QByteArrayView data, qint64 nowMs,
                              Result *result, const IssueSink &onIssue, QString *error)
{
    return d->run(
        source,
        [&](const FeedReader::ShipmentSink &shipments, const FeedReader::IssueSink &issues) {
            return d->reader.readData(source, data, shipments, issues);
        },
        nowMs, result, onIssue, error);
}

} // namespace ct
