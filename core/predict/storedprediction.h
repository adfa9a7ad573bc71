// SPDX-License-Identifier: MIT
#pragma once

#include "milestone.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ct::predict {

// A shipment's delivery-date estimate as the store keeps it (the shipments.edd_* columns,
// written by ShipmentIngestor with the store's latest model; docs/PREDICTION.md, "Stored
// predictions"), for the views to show beside the carrier's own estimate.
struct StoredPrediction
{
    bool estimated = false;      // a model has estimated the shipment (edd_level is set)
    QDate p50;                   // invalid: not enough history
    QDate p90;
    BackoffLevel level = BackoffLevel::All; // the level used; the coarsest tried without enough history
    QString cell;                // "dhl Paket DE→DE"; '' without enough history
    qint64 sampleSize = 0;       // deliveries behind it (the largest count seen without enough history)
    Milestone milestone = Milestone::Shipped;
    std::optional<int> latePermille; // the chance of delivery after the promise, ‰
    qint64 modelVersion = 0;
    std::optional<qint64> estimatedAtMs;

    bool enoughHistory() const { return p50.isValid(); }
};

} // namespace ct::predict
