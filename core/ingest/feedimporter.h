// SPDX-License-Identifier: MIT
#pragma once

#include "feedreader.h"
#include "rules/rulesconfig.h"
#include "store/ingestcounts.h"

#include <QString>

#include <functional>
#include <memory>

namespace ct {

class Database;

// Reads feed files into the store: FeedReader normalizes, ShipmentIngestor stores (the
// shipments of one document always in the same batch), IngestRunLog keeps a record of
// the run and its issues. Data errors are reported and the rest is stored; only a store
// failure, or a cancel between batches, stops an import.
class FeedImporter final
{
public:
    // One file's (or one body's) import: what was read and what was stored.
    struct Result
    {
        FeedReadSummary read; // of the records stored (all of them unless cancelled)
        IngestCounts stored;
        bool cancelled = false; // stopped at a batch boundary: records after recordsStored were not stored
        int recordsStored = 0;  // records 1..recordsStored were read and their shipments stored
        qint64 bytesStored = 0; // where the last stored record ends
        qint64 bytes = 0;       // the input's size
    };
    using IssueSink = std::function<void(const FeedIssue &)>;
    // Asked before each batch is stored; true stops the import there.
    using CancelCheck = std::function<bool()>;
    // Called after each stored batch, on the caller's thread: bytes stored so far, and the
    // input's size.
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    explicit FeedImporter(const Database &database, RulesConfig rules = {});
    ~FeedImporter();

    // Batches hold at least this many shipments before they are written (default 1000).
    void setBatchSize(int shipments);
    // Every later import asks `cancel` before each batch and reports `progress` after it.
    void setCancelCheck(CancelCheck cancel);
    void setProgress(Progress progress);

    // Why this store takes no imports (a team server's replica), or empty when it does.
    // importFile and importData refuse the same way, before anything is written.
    QString refusal() const;

    // Imports one file. Returns false (with `error`) only when the store failed; what was
    // stored before stays stored.
    bool importFile(const QString &path, qint64 nowMs, Result *result, const IssueSink &onIssue,
                    QString *error);
    // Imports bytes received from elsewhere (a webhook body, an HTTP response).
    bool importData(const QString &source, QByteArrayView data, qint64 nowMs, Result *result,
                    const IssueSink &onIssue, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
