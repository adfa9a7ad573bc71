// SPDX-License-Identifier: MIT
#include "feedimporter.h"

#include "adapters/adapterregistry.h"
#include "store/database.h"
#include "store/ingestrunlog.h"
#include "store/shipmentingestor.h"

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

bool FeedImporter::Private::run(
    const QString &source,
    const std::function<FeedReadSummary(const FeedReader::ShipmentSink &, const FeedReader::IssueSink &)> &read,
    qint64 nowMs, Result *result, const IssueSink &onIssue, QString *error)
{
    Result local;
    QString storeError;
    bool storeFailed = !log.begin(source, nowMs, &storeError);
    QList<ShipmentRecord> batch;
    auto flush = [&] {
        if (batch.isEmpty() || storeFailed)
            return;
        if (!ingestor.ingest(batch, nowMs, &local.stored, &storeError)) {
            storeFailed = true;
            reader.stop();
        }
        batch.clear();
    };
    auto onShipment = [&](ShipmentRecord &&shipment) {
        // Flush only between documents: a document's entries must share a batch.
        if (batch.size() >= batchSize && batch.constLast().sourceDocument != shipment.sourceDocument)
            flush();
        batch.append(std::move(shipment));
    };
    auto issueSink = [&](const FeedIssue &issue) {
        if (!storeFailed && !log.addIssue(issue, &storeError)) {
            storeFailed = true;
            reader.stop();
        }
        if (onIssue)
            onIssue(issue);
    };
    if (!storeFailed)
        local.read = read(onShipment, issueSink);
    flush();
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
