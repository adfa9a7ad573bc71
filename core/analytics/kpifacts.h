// SPDX-License-Identifier: MIT
#pragma once

#include "domain/tag.h"
#include "domain/trackingevent.h"
#include "rules/exceptionrules.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ct {

class Database;

// What KpiFacts::write needs to know about a shipment besides its events.
struct KpiShipmentState
{
    Tag status = Tag::Pending;
    ShipmentFacts facts;              // the promise and the destination
    int lastOffsetMinutes = 0;        // of the latest event: the promise's fallback zone
    std::optional<qint64> orderedAtMs;
    QString orderId;
    // The order the shipment's facts named before this write ("" for none); nullopt: read it.
    std::optional<QString> orderIdBefore;
    // False for a shipment created in this transaction: no agent can have marked its attempts.
    bool fakeMarksPossible = true;
    // True for a shipment created in this transaction: it has no facts row yet (else one is looked up).
    bool created = false;
};

// Keeps the KPI rollups' input current: one kpi_shipments row per shipment (what it
// contributes to the KPIs: ShipmentOutcome with its cut keys, docs/KPIS.md "Rollups"),
// and the daily rollups from it in the same transaction: a new row's contributions are
// written here, changes and deletions of rows by the store's triggers. Whoever changes a
// shipment's events, details or fake-attempt marks calls write() or refresh() inside its
// own transaction: ShipmentIngestor, ReplicaWriter, EditApplier.
//
// In a batch (beginBatch() to endBatch()) the new rows' contributions are summed and
// written once when the batch ends, one aggregate statement per rollup part, instead of
// once per shipment. Until then they are pending: before anything else changes a pending
// shipment's rollup inputs (its exceptions; write() and its order see to the rest),
// settle() writes them.
//
// A store on PostgreSQL, or opened below schema 8, has no rollups: every call is a no-op.
// Use from the thread that opened the Database.
class KpiFacts final
{
public:
    explicit KpiFacts(const Database &database, RulesConfig rules = {});
    ~KpiFacts();

    bool enabled() const;

    // The facts of a shipment the caller holds (its events sorted oldest first), with the
    // agents' fake-attempt marks read from the store.
    bool write(qint64 shipmentId, const KpiShipmentState &state, const QList<TrackingEvent> &events, QString *error);
    // The same, reading the shipment and its events from the store.
    bool refresh(qint64 shipmentId, QString *error);

    // From here to endBatch(), new facts rows reach the rollups when the batch ends.
    void beginBatch();
    // Writes the batch's pending contributions and ends the batch. False with `error`.
    bool endBatch(QString *error);
    // Forgets the batch's pending contributions (the caller rolled its transaction back).
    void discardBatch();
    // Writes the pending contributions if `shipmentId` has any: call before changing its
    // exceptions inside a batch.
    bool settle(qint64 shipmentId, QString *error);

    // Recomputes every shipment's facts and the rollups from them (aggregate queries, not
    // the triggers), in one transaction of its own; then the rollups are "current".
    // `progress(done, total)` after every 10,000 shipments.
    bool rebuild(QString *error, const std::function<void(qint64, qint64)> &progress = {});

    // "current", "stale" (a store upgraded to schema 8 with shipments in it, until a
    // rebuild), or "" when the store has no rollups.
    static QString state(const Database &database, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
