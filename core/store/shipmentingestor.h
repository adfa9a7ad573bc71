// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnrecord.h"
#include "domain/shipmentrecord.h"
#include "ingestcounts.h"
#include "rules/rulesconfig.h"
#include "payloadcodec.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace ct {

struct LinkedOrder;
class AutomationRunner;
struct AutomationRunCounts;

class Database;

// Writes normalized shipments into the store and keeps their exceptions current.
//
// One batch is one transaction with prepared statements. A shipment is matched to the
// stored one with the same carrier and tracking number whose scans lie within 60 days of
// the incoming ones (carriers reuse numbers; two entries of one document never match the
// same stored shipment); otherwise it is new. Details merge (a non-empty value wins, an
// empty one never erases), events are deduplicated by (shipment, minute, tag), status
// comes from the latest event by occurrence time, the raw payload is kept compressed
// when it changed, and the exception rules run on the whole timeline. A shipment still on
// its way is re-estimated with the store's latest delivery-date model (edd_models): its
// P50, P90, cell and chance of missing the promise are written beside the carrier's
// estimate, which is never overwritten, and the at-risk rule reads that chance
// (docs/PREDICTION.md, "Stored predictions").
//
// Use from the thread that opened the Database.
class ShipmentIngestor final
{
public:
    ShipmentIngestor(const Database &database, RulesConfig rules = {});
    ~ShipmentIngestor();

    // All or nothing: on failure the batch is rolled back and `error` says why. Keep all
    // shipments of one feed document in the same batch: that is the scope in which two
    // entries with the same tracking number are known to be different shipments.
    bool ingest(const QList<ShipmentRecord> &batch, qint64 nowMs, IngestCounts *counts,
                QString *error);
    // The same with each record's raw payload already compressed and hashed (parallel to
    // `batch`), so that work can happen on another thread.
    bool ingest(const QList<ShipmentRecord> &batch, const QList<PreparedPayload> &payloads,
                qint64 nowMs, IngestCounts *counts, QString *error);

    // False, with the reason, when only sync writes to this store (a team server's
    // replica): every ingest would be refused the same way.
    bool acceptsIngest(QString *reason) const;

    // Inserts returns by RMA, linking each to its outbound shipment. A return already
    // stored is merged with the record (ReturnFeedMerge: the store's decisions stand, the
    // feed only moves the status forward) and written, its version moved on, only when
    // something changed. All or nothing, like `ingest`.
    bool ingestReturns(const QList<ReturnRecord> &batch, qint64 nowMs, QString *error,
                       ReturnIngestCounts *counts = nullptr);

    // Re-runs the rules on every shipment that is not finished or has open exceptions,
    // so time-based conditions (stuck, delayed, never scanned, not collected, at risk)
    // appear as time passes and priorities follow the SLA clock; each such shipment is
    // re-estimated with the store's latest delivery-date model on the way; then the
    // automation rules' sweep (AutomationRunner::sweep: hours in a state, SLA deadlines
    // passed). Commits every `batchSize` shipments; `progress(done, total)` is called after
    // each batch. With `cancelled`, progress(0, total) comes first, and when `cancelled`
    // says so before a batch the refresh stops there (what was committed stays) and returns true.
    bool refreshExceptions(qint64 nowMs, IngestCounts *counts, QString *error,
                           const std::function<void(int, int)> &progress = {},
                           int batchSize = 2000, const std::function<bool()> &cancelled = {});

    // Writes an order's details onto one stored shipment (OrderShipmentLink: order id,
    // customer, value, currency, promise, ordered-at, payment), as a merge (non-empty
    // wins): the shipment's version moves on, its search row, rollups and exceptions follow.
    using ShipmentOrderWriter = std::function<bool(qint64 shipmentId, const LinkedOrder &order, QString *error)>;
    // Runs `work` in one write transaction of this ingestor (a batch, like `ingest`): the
    // order store writes its rows there and hands each linked shipment to the writer.
    // All or nothing: when `work` or the batch fails, everything is rolled back.
    bool writeOrders(const std::function<bool(const ShipmentOrderWriter &writer, QString *error)> &work, qint64 nowMs,
                     IngestCounts *counts, QString *error);

    const RulesConfig &rules() const;

    // The automation rules this ingestor runs on every batch's transitions (a sink for
    // their notify decisions: AutomationRunner::setNotifySink), and what they did so far.
    AutomationRunner &automation();
    const AutomationRunCounts &automationCounts() const;
    // The store's delivery-date model the last batch estimated with (0: none, or none
    // readable), and why a stored one could not be read ('' when it could).
    qint64 predictionModelVersion() const;
    QString predictionProblem() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
