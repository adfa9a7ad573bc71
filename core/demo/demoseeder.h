// SPDX-License-Identifier: MIT
#pragma once

#include "demogenerator.h"
#include "demoteamwork.h"
#include "store/ingestcounts.h"

#include <QString>

#include <functional>

namespace ct {

class Database;

// Generates demo data and stores it: shipments in batches through the ShipmentIngestor
// (so the exception rules run exactly as on real feeds), returns after their shipments,
// the demo team's work on the open exceptions when `options.teamWork` is set, and a run in
// the ingest log. Shared by `controltower-cli demo` and the desktop app's
// first run.
class DemoSeeder final
{
public:
    struct Result
    {
        IngestCounts counts;
        qint64 shipments = 0;
        qint64 returns = 0;
        DemoTeamWork::Result team; // with options.teamWork
    };

    static constexpr int BatchSize = 5000;

    // `progress(done, total)` after every batch. Returns false with `error` when the
    // store failed; batches before the failure stay stored.
    static bool seed(const Database &database, const DemoOptions &options, int count,
                     const std::function<void(qint64, qint64)> &progress, Result *result,
                     QString *error);
};

} // namespace ct
