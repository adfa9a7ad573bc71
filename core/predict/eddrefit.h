// SPDX-License-Identifier: MIT
#pragma once

#include "eddmodel.h"
#include "rules/rulesconfig.h"
#include "store/ingestcounts.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace ct {
class Database;
}

namespace ct::predict {

// Fits the delivery-date model on the store's whole delivered history as of an instant,
// stores it as the next edd_models version and re-estimates every shipment still on its
// way with it (ShipmentIngestor::refreshExceptions, which also opens and closes the
// at-risk exceptions that follow). Runs on the calling thread with the caller's
// connection: the desktop runs it as a store job on its worker, the CLI in
// `predict refit` (docs/PREDICTION.md, "Refit").
class EddRefit final
{
public:
    enum class Phase : unsigned char { Fitting, Reestimating };

    struct Options
    {
        qint64 nowMs = 0;          // learns from deliveries before this; estimates as of it
        EddModelOptions model;
        QByteArray calendarJson;   // a DeliveryCalendar file's text ('' = the built-in table)
        RulesConfig rules;         // the rules the re-estimated shipments' exceptions follow
    };

    struct Result
    {
        qint64 version = 0;        // the stored model's version; 0 when cancelled before it was stored
        qint64 delivered = 0;      // deliveries learnt
        qint64 reestimated = 0;    // shipments re-estimated (and their exceptions re-evaluated)
        qint64 toReestimate = 0;   // of how many
        bool cancelled = false;
        IngestCounts exceptions;   // what re-evaluating them opened and closed
    };

    // `progress(phase, done, total)`: deliveries read while fitting (total: those before
    // `nowMs`), then shipments re-estimated. `cancelled()` is asked between chunks: before
    // the model is stored nothing changes; after, the shipments re-estimated so far keep
    // the new version's estimate and the rest keep theirs (each row names its model
    // version) until the next refresh or ingest re-estimates them.
    using Progress = std::function<void(Phase phase, qint64 done, qint64 total)>;
    static std::optional<Result> run(const Database &database, const Options &options, const Progress &progress,
                                     const std::function<bool()> &cancelled, QString *error);
};

} // namespace ct::predict
