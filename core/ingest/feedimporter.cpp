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
        : reader(AdapterRegistry::standard()), ingestor(database, std::move(rules)), log(database)
    {
    }

    FeedReader reader;
    ShipmentIngestor ingestor;
    IngestRunLog log;
    int batchSize = 1000;

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

namespace {

// What the reader thread hands to the store thread: whole documents' shipments, and the
// issues met while reading them, in order.
struct Chunk
{
    QList<ShipmentRecord> shipments;
    QList<PreparedPayload> payloads; // compressed on the reader thread, parallel to shipments
    QList<FeedIssue> issues;
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
    if (!log.begin(source, nowMs, &storeError)) {
        if (error)
            *error = storeError;
        return false;
    }

    // Reading (split, parse, normalize) runs on its own thread while this thread, which
    // owns the store connection, writes the previous batch: two cores, both busy.
    ChunkQueue queue;
    std::thread readerThread([&] {
        Chunk chunk;
        auto onShipment = [&](ShipmentRecord &&shipment) {
            // Hand over only between documents: a document's entries share a batch.
            if (chunk.shipments.size() >= batchSize
                && chunk.shipments.constLast().sourceDocument != shipment.sourceDocument)
                queue.push(std::exchange(chunk, Chunk()));
            chunk.payloads.append(PreparedPayload::of(shipment.rawPayload));
            chunk.shipments.append(std::move(shipment));
        };
        auto onReadIssue = [&](const FeedIssue &issue) { chunk.issues.append(issue); };
        local.read = read(onShipment, onReadIssue);
        if (!chunk.shipments.isEmpty() || !chunk.issues.isEmpty())
            queue.push(std::move(chunk));
        queue.close();
    });

    bool storeFailed = false;
    while (std::optional<Chunk> chunk = queue.pop()) {
        if (storeFailed)
            continue; // drain, so the reader never waits on a full queue
        for (const FeedIssue &issue : chunk->issues) {
            if (onIssue)
                onIssue(issue);
            if (!storeFailed && !log.addIssue(issue, &storeError))
                storeFailed = true;
        }
        if (!storeFailed && !chunk->shipments.isEmpty()
            && !ingestor.ingest(chunk->shipments, chunk->payloads, nowMs, &local.stored, &storeError))
            storeFailed = true;
        if (storeFailed)
            reader.stop(); // the FeedReader: no need to read on
    }
    readerThread.join();
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
