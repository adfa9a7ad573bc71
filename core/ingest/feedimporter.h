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
// failure stops an import.
class FeedImporter final
{
public:
    struct Result
    {
        FeedReadSummary read;
        IngestCounts stored;
    };
    using IssueSink = std::function<void(const FeedIssue &)>;

    explicit FeedImporter(const Database &database, RulesConfig rules = {});
    ~FeedImporter();

    // Batches hold at least this many shipments before they are written (default 1000).
    void setBatchSize(int shipments);

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
