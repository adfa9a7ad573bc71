// SPDX-License-Identifier: MIT
#include "demoseeder.h"

#include "ingest/feedreader.h"
#include "store/database.h"
#include "store/ingestrunlog.h"
#include "store/shipmentingestor.h"

namespace ct {

bool DemoSeeder::seed(const Database &database, const DemoOptions &options, int count,
                      const std::function<void(qint64, qint64)> &progress, Result *result,
                      QString *error)
{
    ShipmentIngestor ingestor(database);
    IngestRunLog log(database);
    const qint64 nowMs = options.now.toMSecsSinceEpoch();
    if (!log.begin(QStringLiteral("demo (seed %1, %2 shipments)").arg(options.seed).arg(count), nowMs, error))
        return false;

    Result local;
    QList<ShipmentRecord> shipments;
    QList<ReturnRecord> returns;
    shipments.reserve(BatchSize);
    bool failed = false;
    auto flush = [&] {
        if (failed || (shipments.isEmpty() && returns.isEmpty()))
            return;
        // Returns go after their shipments so they can be linked to them.
        if ((!shipments.isEmpty() && !ingestor.ingest(shipments, nowMs, &local.counts, error))
            || (!returns.isEmpty() && !ingestor.ingestReturns(returns, nowMs, error)))
            failed = true;
        shipments.clear();
        returns.clear();
        if (progress && !failed)
            progress(local.shipments, count);
    };
    DemoGenerator generator(options);
    generator.generate(
        count,
        [&](ShipmentRecord &&s) {
            shipments.append(std::move(s));
            ++local.shipments;
            if (shipments.size() >= BatchSize)
                flush();
        },
        [&](ReturnRecord &&r) {
            returns.append(std::move(r));
            ++local.returns;
        });
    flush();
    if (!failed && options.teamWork && !DemoTeamWork::run(database, options, {}, &local.team, error))
        failed = true;
    if (result)
        *result = local;
    if (failed)
        return false;
    FeedReadSummary read;
    read.records = static_cast<int>(local.shipments);
    read.shipments = static_cast<int>(local.shipments);
    return log.finish(read, local.counts, nowMs, error);
}

} // namespace ct
