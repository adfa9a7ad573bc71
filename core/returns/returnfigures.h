// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <initializer_list>
#include <optional>

namespace ct {

class Database;

// Money figures per ISO 4217 currency, in minor units: returns are never converted.
using AmountsByCurrency = QHash<QString, qint64>;

struct ReturnReasonTally
{
    QString category; // the item's category ("" when unknown)
    ReturnReason reason = ReturnReason::ChangedMind;
    qint64 items = 0; // units returned
};

// Limits the figures to the orders and returns whose outbound shipment satisfies `where`
// (for an order: its first shipment, the one ordered first):
// SQL over the shipments table as `s`, its '?' placeholders bound to `values` in order
// (analytics cuts them by carrier, service, lane or destination this way: KpiCutSql). An
// empty condition keeps everything.
struct ReturnScope
{
    QString where;
    QVariantList values;
};

// The ids behind one key's ReturnFigures (a drill-down from the Analytics view), read in
// the same pass as the figures, so that every list holds exactly as many ids as its figure
// counts. Ids ascending.
struct ReturnFigureIds
{
    // A return requested in the range: its id, resolution, currency, reason and its items'
    // categories ("" for an item without one).
    struct Return
    {
        qint64 id = 0;
        ReturnResolution resolution = ReturnResolution::None;
        QString currency;
        ReturnReason reason = ReturnReason::ChangedMind;
        QStringList categories;
        bool operator==(const Return &) const = default;
    };

    QList<qint64> orderShipments;         // each order counted (`orders`), by its first shipment
    QList<qint64> returnedOrderShipments; // of those, the orders that came back (`returnedOrders`)
    QList<Return> returns;                // the returns requested in the range (`returns`)

    // The returns resolved by one of `resolutions` (refund, exchange, store credit), in
    // `currency` when it is not empty.
    QList<qint64> resolvedReturns(std::initializer_list<ReturnResolution> resolutions, const QString &currency = {}) const;
    // The returns behind a top reason's tally (ReturnReasonTally): for `reason`, with an item
    // in `category`.
    QList<qint64> returnsFor(const QString &category, ReturnReason reason) const;
};

// The returns figures of docs/RETURNS.md ("Figures") for a range of UTC days, each with one
// definition. A share whose denominator is 0 is nullopt ("no data"), never 0 %.
struct ReturnFigures
{
    QDate from;
    QDate to;

    qint64 orders = 0;             // orders placed in the range (distinct order ids of shipments)
    qint64 returnedOrders = 0;     // of those, orders with at least one return, whenever requested
    std::optional<double> returnRate() const; // returnedOrders / orders

    qint64 returns = 0;            // returns requested in the range
    qint64 itemsReturned = 0;      // units in those returns
    AmountsByCurrency returnValue; // their value

    // Returns requested in the range that were resolved: count and value per resolution
    // (refund, exchange, store credit; a rejection is not a resolution of value).
    std::array<qint64, ReturnResolutionCount> resolvedCount{};
    std::array<AmountsByCurrency, ReturnResolutionCount> resolvedValue{};
    qint64 resolvedReturns() const;
    std::optional<double> share(ReturnResolution resolution) const; // of resolved returns, by count

    // Retained revenue (AfterShip): the value resolved by exchange or store credit, per
    // currency, and its share of the value of every resolved return.
    AmountsByCurrency retainedValue;
    std::optional<double> retainedShare(const QString &currency) const;

    QList<ReturnReasonTally> topReasons; // per category, most items first (at most 5 per category)

    // Returns requested in the range that were decided (approved or rejected while
    // requested, `decided_by` recorded), and those of them the return policy approved
    // itself (ReturnAutoApproval::actor()): the share the policy auto-decided.
    qint64 decidedReturns = 0;
    qint64 policyDecidedReturns = 0;
    std::optional<double> policyDecidedShare() const; // policyDecidedReturns / decidedReturns

    // With a scope, a return counts through its outbound shipment (`returns.shipment_id`):
    // returns without one fall outside every scope.
    static std::optional<ReturnFigures> compute(const Database &db, QDate from, QDate to, QString *error,
                                                const ReturnScope &scope = {});
    // The same figures for every value of `key`, an SQL expression over the outbound
    // shipment `s` (a carrier, a lane: KpiCutSql), in one pass: each order and return counts
    // under its shipment's key; keys with no order and no return are absent.
    static std::optional<QHash<QString, ReturnFigures>> computeByKey(const Database &db, QDate from, QDate to,
                                                                     const QString &key, QString *error,
                                                                     const ReturnScope &scope = {});
    // The ids behind the figures computeByKey gives under `keyValue` (compute's when `key`
    // is empty).
    static std::optional<ReturnFigureIds> idsByKey(const Database &db, QDate from, QDate to, const QString &key,
                                                  const QString &keyValue, QString *error, const ReturnScope &scope = {});

private:
    // Where a pass keeps the ids of one key's rows.
    struct Probe
    {
        QString keyValue;
        ReturnFigureIds *ids;
    };
    static std::optional<QHash<QString, ReturnFigures>> pass(const Database &db, QDate from, QDate to, const QString &key,
                                                             QString *error, const ReturnScope &scope, const Probe *probe);
};

} // namespace ct
