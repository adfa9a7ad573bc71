// SPDX-License-Identifier: MIT
#include "orderstore.h"

#include "orderqueries.h"
#include "ordershipmentlink.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace ct {

namespace {

// The order's columns as OrderStore writes them, in this order (after storefront and
// external_id on insert).
const char OrderColumns[] = "name, order_number, currency, total_cents, subtotal_cents, payment_mode, "
                            "financial_status, customer_name, customer_email, customer_phone, customer_tags, "
                            "customer_order_count, ship_name, ship_line1, ship_line2, ship_city, ship_region, "
                            "ship_postal, ship_country, ship_phone, ordered_at_ms, ordered_offset_min, "
                            "promised_date, source_updated_at_ms, flags, issues, updated_at_ms";
constexpr int OrderColumnCount = 27;

// Whether `incoming` says nothing `stored` does not: every field and line alike, and each of
// its fulfilments stored with the same numbers (stored ones it does not list are kept anyway).
bool sameContent(const Order &stored, const Order &incoming)
{
    const bool fields = stored.name == incoming.name && stored.orderNumber == incoming.orderNumber
                        && stored.lines == incoming.lines && stored.customer == incoming.customer
                        && stored.shippingAddress == incoming.shippingAddress
                        && stored.paymentMode == incoming.paymentMode
                        && stored.financialStatus == incoming.financialStatus && stored.currency == incoming.currency
                        && stored.totalCents == incoming.totalCents && stored.subtotalCents == incoming.subtotalCents
                        && stored.orderedAt == incoming.orderedAt && stored.promisedDate == incoming.promisedDate
                        && stored.flags == incoming.flags && stored.issues == incoming.issues;
    if (!fields)
        return false;
    for (const OrderFulfilment &f : incoming.fulfilments) {
        const bool found = std::any_of(stored.fulfilments.cbegin(), stored.fulfilments.cend(),
                                       [&](const OrderFulfilment &s) { return s == f; });
        if (!found)
            return false;
    }
    return true;
}

struct StoredOrderRow
{
    qint64 id = 0;
    std::optional<qint64> sourceUpdatedAtMs;
    quint32 flags = 0;
};

} // namespace

struct OrderStore::Private
{
    Private(const Database &store, RulesConfig rules) : database(store), ingestor(store, std::move(rules)) {}

    const Database &database;
    ShipmentIngestor ingestor;
    bool prepared = false;

    std::unique_ptr<SqlStatement> findOrder;
    std::unique_ptr<SqlStatement> insertOrder;
    std::unique_ptr<SqlStatement> updateOrder;
    std::unique_ptr<SqlStatement> insertPlaceholder;
    std::unique_ptr<SqlStatement> deleteLines;
    std::unique_ptr<SqlStatement> insertLine;
    std::unique_ptr<SqlStatement> fulfilmentTracking;
    std::unique_ptr<SqlStatement> upsertTracking;
    std::unique_ptr<SqlStatement> deleteTracking;
    std::unique_ptr<SqlStatement> orderTracking;
    std::unique_ptr<SqlStatement> otherClaims;
    std::unique_ptr<SqlStatement> insertConflict;
    std::unique_ptr<SqlStatement> shipmentsByNumber;
    std::unique_ptr<SqlStatement> firstClaim;
    std::unique_ptr<SqlStatement> insertLink;
    std::unique_ptr<SqlStatement> orderByRow;

    bool prepare(std::unique_ptr<SqlStatement> &statement, const QString &sql, QString *error)
    {
        statement = SqlStatement::prepare(database, sql, error);
        return statement != nullptr;
    }
    bool prepareAll(QString *error);

    bool find(const QString &storefront, const QString &externalId, std::optional<StoredOrderRow> &row, QString *error);
    bool writeOrder(const Order &order, const std::optional<StoredOrderRow> &stored, qint64 nowMs, qint64 &rowId,
                    QString *error);
    bool writeLines(qint64 rowId, const QList<OrderLine> &lines, QString *error);
    // Makes the fulfilment's tracking rows those of `f` (none when cancelled); true in
    // `changed` when a row came or went.
    bool syncFulfilment(qint64 rowId, const OrderFulfilment &f, bool &changed, QString *error);
    // The order's tracking numbers reach their conflicts and shipments.
    bool link(qint64 rowId, qint64 nowMs, const ShipmentIngestor::ShipmentOrderWriter &writer,
              OrderImportCounts &counts, QString *error);

    bool storeOrder(const Order &order, qint64 nowMs, const ShipmentIngestor::ShipmentOrderWriter &writer,
                    OrderImportCounts &counts, QString *error);
    bool storeFulfilment(const FulfilmentUpdate &update, qint64 nowMs,
                         const ShipmentIngestor::ShipmentOrderWriter &writer, OrderImportCounts &counts,
                         QString *error);
};

bool OrderStore::Private::prepareAll(QString *error)
{
    if (prepared)
        return true;
    const QString returning = database.dialect().returningId();
    QStringList assignments;
    for (const QString &column : QString::fromLatin1(OrderColumns).split(QStringLiteral(", ")))
        assignments.append(column + QStringLiteral(" = ?"));
    prepared =
        prepare(findOrder,
                QStringLiteral("SELECT id, source_updated_at_ms, flags FROM orders WHERE storefront = ? AND external_id = ?"),
                error)
        && prepare(insertOrder,
                   QStringLiteral("INSERT INTO orders(storefront, external_id, %1) VALUES(?, ?, %2)")
                           .arg(QLatin1String(OrderColumns), QStringList(OrderColumnCount, QStringLiteral("?")).join(QLatin1Char(',')))
                       + returning,
                   error)
        && prepare(updateOrder,
                   QStringLiteral("UPDATE orders SET %1, version = version + 1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
                   error)
        && prepare(insertPlaceholder,
                   QStringLiteral("INSERT INTO orders(storefront, external_id, flags, updated_at_ms) VALUES(?, ?, ?, ?)") + returning,
                   error)
        && prepare(deleteLines, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"), error)
        && prepare(insertLine,
                   QStringLiteral("INSERT INTO order_lines(order_id, position, sku, title, variant, category, quantity, "
                                  "unit_price_cents) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                   error)
        && prepare(fulfilmentTracking,
                   QStringLiteral("SELECT id, tracking_number FROM order_tracking WHERE order_id = ? AND fulfilment_id = ?"),
                   error)
        && prepare(upsertTracking,
                   QStringLiteral("INSERT INTO order_tracking(order_id, fulfilment_id, tracking_number, carrier, carrier_name, "
                                  "status) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(order_id, fulfilment_id, tracking_number) "
                                  "DO UPDATE SET carrier = excluded.carrier, carrier_name = excluded.carrier_name, "
                                  "status = excluded.status"),
                   error)
        && prepare(deleteTracking, QStringLiteral("DELETE FROM order_tracking WHERE id = ?"), error)
        && prepare(orderTracking,
                   QStringLiteral("SELECT DISTINCT tracking_number, carrier FROM order_tracking WHERE order_id = ?"), error)
        && prepare(otherClaims,
                   QStringLiteral("SELECT o.id, o.order_id, o.carrier, m.id FROM order_tracking o "
                                  "JOIN order_tracking m ON m.order_id = ? AND m.tracking_number = o.tracking_number "
                                  "WHERE o.tracking_number = ? AND o.order_id <> ? "
                                  "AND (o.carrier = m.carrier OR o.carrier = '' OR m.carrier = '') AND m.carrier = ?"),
                   error)
        && prepare(insertConflict,
                   QStringLiteral("INSERT INTO order_link_conflicts(tracking_number, carrier, first_order_id, second_order_id, "
                                  "detected_at_ms) VALUES(?, ?, ?, ?, ?) "
                                  "ON CONFLICT(tracking_number, carrier, first_order_id, second_order_id) DO NOTHING"),
                   error)
        && prepare(shipmentsByNumber,
                   QStringLiteral("SELECT s.id, s.carrier, l.order_id, s.first_event_at_ms FROM shipments s "
                                  "LEFT JOIN order_shipments l ON l.shipment_id = s.id "
                                  "WHERE s.tracking_number = ? AND (? = '' OR s.carrier = ?)"),
                   error)
        && prepare(firstClaim, OrderShipmentLink::claimsSql(), error)
        && prepare(insertLink, OrderShipmentLink::insertLinkSql(), error)
        && prepare(orderByRow, OrderShipmentLink::byRowSql(), error);
    return prepared;
}

bool OrderStore::Private::find(const QString &storefront, const QString &externalId,
                               std::optional<StoredOrderRow> &row, QString *error)
{
    row.reset();
    findOrder->bind(0, storefront);
    findOrder->bind(1, externalId);
    if (!findOrder->exec(error))
        return false;
    if (findOrder->next())
        row = StoredOrderRow{findOrder->int64(0), findOrder->optionalInt64(1), static_cast<quint32>(findOrder->int64(2))};
    findOrder->finish();
    return true;
}

bool OrderStore::Private::writeOrder(const Order &o, const std::optional<StoredOrderRow> &stored, qint64 nowMs,
                                     qint64 &rowId, QString *error)
{
    SqlStatement *q = stored ? updateOrder.get() : insertOrder.get();
    int i = 0;
    if (!stored) {
        q->bind(i++, o.storefront);
        q->bind(i++, o.externalId);
    }
    q->bind(i++, o.name);
    q->bind(i++, o.orderNumber);
    q->bind(i++, o.currency);
    q->bind(i++, o.totalCents);
    q->bind(i++, o.subtotalCents);
    q->bind(i++, static_cast<int>(o.paymentMode));
    q->bind(i++, o.financialStatus);
    q->bind(i++, o.customer.name);
    q->bind(i++, o.customer.email);
    q->bind(i++, o.customer.phone);
    q->bind(i++, o.customer.tags.join(QStringLiteral(", ")));
    q->bind(i++, o.customer.orderCount);
    const OrderAddress &a = o.shippingAddress;
    q->bind(i++, a.name);
    q->bind(i++, a.line1);
    q->bind(i++, a.line2);
    q->bind(i++, a.city);
    q->bind(i++, a.region);
    q->bind(i++, a.postalCode);
    q->bind(i++, a.country);
    q->bind(i++, a.phone);
    q->bind(i++, o.orderedAt ? std::optional<qint64>(o.orderedAt->utcMs) : std::nullopt);
    q->bind(i++, o.orderedAt ? static_cast<int>(o.orderedAt->offsetMinutes) : 0);
    q->bind(i++, o.promisedDate.isValid() ? o.promisedDate.toString(Qt::ISODate) : QString());
    q->bind(i++, o.updatedAtMs);
    q->bind(i++, static_cast<qint64>(o.flags));
    q->bind(i++, o.issues.join(QLatin1Char('\n')));
    q->bind(i++, nowMs);
    if (stored)
        q->bind(i++, stored->id);
    if (!q->exec(error))
        return false;
    rowId = stored ? stored->id : q->lastInsertId();
    return true;
}

bool OrderStore::Private::writeLines(qint64 rowId, const QList<OrderLine> &lines, QString *error)
{
    deleteLines->bind(0, rowId);
    if (!deleteLines->exec(error))
        return false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLine &l = lines.at(i);
        int c = 0;
        insertLine->bind(c++, rowId);
        insertLine->bind(c++, static_cast<qint64>(i + 1));
        insertLine->bind(c++, l.sku);
        insertLine->bind(c++, l.title);
        insertLine->bind(c++, l.variant);
        insertLine->bind(c++, l.category);
        insertLine->bind(c++, l.quantity);
        insertLine->bind(c++, l.unitPriceCents);
        if (!insertLine->exec(error))
            return false;
    }
    return true;
}

bool OrderStore::Private::syncFulfilment(qint64 rowId, const OrderFulfilment &f, bool &changed, QString *error)
{
    const bool cancelled = f.status == QLatin1String("cancelled") || f.status == QLatin1String("failure")
                           || f.status == QLatin1String("error");
    const QStringList numbers = cancelled ? QStringList() : f.trackingNumbers;
    fulfilmentTracking->bind(0, rowId);
    fulfilmentTracking->bind(1, f.externalId);
    if (!fulfilmentTracking->exec(error))
        return false;
    QSet<QString> present;
    QList<qint64> gone;
    while (fulfilmentTracking->next()) {
        const QString number = fulfilmentTracking->text(1);
        if (numbers.contains(number))
            present.insert(number);
        else
            gone.append(fulfilmentTracking->int64(0));
    }
    fulfilmentTracking->finish();
    for (qint64 id : gone) {
        deleteTracking->bind(0, id);
        if (!deleteTracking->exec(error))
            return false;
        changed = true;
    }
    for (const QString &number : numbers) {
        upsertTracking->bind(0, rowId);
        upsertTracking->bind(1, f.externalId);
        upsertTracking->bind(2, number);
        upsertTracking->bind(3, f.carrier);
        upsertTracking->bind(4, f.carrierName);
        upsertTracking->bind(5, f.status);
        if (!upsertTracking->exec(error))
            return false;
        changed = changed || !present.contains(number);
    }
    return true;
}

bool OrderStore::Private::link(qint64 rowId, qint64 nowMs, const ShipmentIngestor::ShipmentOrderWriter &writer,
                               OrderImportCounts &counts, QString *error)
{
    orderByRow->bind(0, rowId);
    if (!orderByRow->exec(error))
        return false;
    if (!orderByRow->next()) {
        orderByRow->finish();
        return true;
    }
    const LinkedOrder self = OrderShipmentLink::read(*orderByRow);
    orderByRow->finish();

    struct Claim
    {
        QString number;
        QString carrier;
    };
    QList<Claim> claims;
    orderTracking->bind(0, rowId);
    if (!orderTracking->exec(error))
        return false;
    while (orderTracking->next())
        claims.append(Claim{orderTracking->text(0), orderTracking->text(1)});
    orderTracking->finish();

    for (const Claim &claim : claims) {
        // Another order claiming the same parcel: both kept, the pair recorded, the
        // earlier claim first.
        struct Other
        {
            qint64 claimId;
            qint64 orderId;
            QString carrier;
            qint64 ownClaimId;
        };
        QList<Other> others;
        otherClaims->bind(0, rowId);
        otherClaims->bind(1, claim.number);
        otherClaims->bind(2, rowId);
        otherClaims->bind(3, claim.carrier);
        if (!otherClaims->exec(error))
            return false;
        while (otherClaims->next())
            others.append(Other{otherClaims->int64(0), otherClaims->int64(1), otherClaims->text(2), otherClaims->int64(3)});
        otherClaims->finish();
        for (const Other &other : others) {
            const bool otherFirst = other.claimId < other.ownClaimId;
            insertConflict->bind(0, claim.number);
            insertConflict->bind(1, claim.carrier.isEmpty() ? other.carrier : claim.carrier);
            insertConflict->bind(2, otherFirst ? other.orderId : rowId);
            insertConflict->bind(3, otherFirst ? rowId : other.orderId);
            insertConflict->bind(4, nowMs);
            if (!insertConflict->exec(error))
                return false;
            counts.conflicts += insertConflict->changes();
        }

        struct Candidate
        {
            qint64 shipmentId;
            QString carrier;
            std::optional<qint64> linkedTo;
            std::optional<qint64> firstScanMs;
        };
        QList<Candidate> candidates;
        shipmentsByNumber->bind(0, claim.number);
        shipmentsByNumber->bind(1, claim.carrier);
        shipmentsByNumber->bind(2, claim.carrier);
        if (!shipmentsByNumber->exec(error))
            return false;
        while (shipmentsByNumber->next())
            candidates.append(Candidate{shipmentsByNumber->int64(0), shipmentsByNumber->text(1),
                                        shipmentsByNumber->optionalInt64(2), shipmentsByNumber->optionalInt64(3)});
        shipmentsByNumber->finish();
        for (const Candidate &c : candidates) {
            if (c.linkedTo && *c.linkedTo != rowId)
                continue; // the first link stands
            LinkedOrder target = self;
            if (!c.linkedTo) {
                firstClaim->bind(0, claim.number);
                firstClaim->bind(1, c.carrier);
                if (!firstClaim->exec(error))
                    return false;
                bool found = false;
                while (!found && firstClaim->next()) {
                    const LinkedOrder claimant = OrderShipmentLink::read(*firstClaim);
                    found = OrderShipmentLink::fits(claimant, c.firstScanMs);
                    if (found)
                        target = claimant;
                }
                firstClaim->finish();
                if (!found)
                    continue;
                insertLink->bind(0, c.shipmentId);
                insertLink->bind(1, target.orderRowId);
                insertLink->bind(2, claim.number);
                insertLink->bind(3, nowMs);
                if (!insertLink->exec(error))
                    return false;
                counts.shipmentsLinked += insertLink->changes();
            }
            if (!writer(c.shipmentId, target, error))
                return false;
        }
    }
    return true;
}

bool OrderStore::Private::storeOrder(const Order &order, qint64 nowMs,
                                     const ShipmentIngestor::ShipmentOrderWriter &writer, OrderImportCounts &counts,
                                     QString *error)
{
    std::optional<StoredOrderRow> stored;
    if (!find(order.storefront, order.externalId, stored, error))
        return false;
    const bool placeholder = stored && (stored->flags & static_cast<quint32>(OrderFlag::OnlyFromFulfilment));
    if (stored && !placeholder) {
        const std::optional<qint64> was = stored->sourceUpdatedAtMs;
        const std::optional<qint64> now = order.updatedAtMs;
        if (was && now && *now == *was) {
            ++counts.unchanged;
            return true;
        }
        if (was && (!now || *now < *was)) {
            ++counts.older;
            return true;
        }
        // Neither has a version (a CSV export has no updated_at): the same content again
        // changes nothing; different content replaces it.
        if (!was && !now) {
            QString readError;
            const std::optional<Order> before = OrderQueries(database).order(order.storefront, order.externalId, &readError);
            if (!readError.isEmpty()) {
                if (error)
                    *error = readError;
                return false;
            }
            if (before && sameContent(*before, order)) {
                ++counts.unchanged;
                return true;
            }
        }
    }
    qint64 rowId = 0;
    if (!writeOrder(order, stored, nowMs, rowId, error) || !writeLines(rowId, order.lines, error))
        return false;
    bool changed = false;
    for (const OrderFulfilment &f : order.fulfilments) {
        if (!syncFulfilment(rowId, f, changed, error))
            return false;
    }
    if (!stored || placeholder)
        ++counts.created;
    else
        ++counts.updated;
    return link(rowId, nowMs, writer, counts, error);
}

bool OrderStore::Private::storeFulfilment(const FulfilmentUpdate &update, qint64 nowMs,
                                          const ShipmentIngestor::ShipmentOrderWriter &writer,
                                          OrderImportCounts &counts, QString *error)
{
    std::optional<StoredOrderRow> stored;
    if (!find(update.storefront, update.orderExternalId, stored, error))
        return false;
    qint64 rowId = 0;
    if (stored) {
        rowId = stored->id;
    } else {
        insertPlaceholder->bind(0, update.storefront);
        insertPlaceholder->bind(1, update.orderExternalId);
        insertPlaceholder->bind(2, static_cast<qint64>(OrderFlag::OnlyFromFulfilment));
        insertPlaceholder->bind(3, nowMs);
        if (!insertPlaceholder->exec(error))
            return false;
        rowId = insertPlaceholder->lastInsertId();
    }
    bool changed = false;
    if (!syncFulfilment(rowId, update.fulfilment, changed, error))
        return false;
    if (!changed) {
        ++counts.unchanged;
        return true;
    }
    ++counts.updated;
    return link(rowId, nowMs, writer, counts, error);
}

OrderStore::OrderStore(const Database &database, RulesConfig rules)
    : d(std::make_unique<Private>(database, std::move(rules)))
{
}

OrderStore::~OrderStore() = default;

bool OrderStore::store(const OrderDocument &document, qint64 nowMs, OrderImportCounts *counts, QString *error)
{
    if (!d->prepareAll(error))
        return false;
    OrderImportCounts batch;
    IngestCounts shipments;
    const bool ok = d->ingestor.writeOrders(
        [&](const ShipmentIngestor::ShipmentOrderWriter &writer, QString *workError) {
            for (const Order &order : document.orders) {
                if (!d->storeOrder(order, nowMs, writer, batch, workError)) {
                    if (workError)
                        *workError = QStringLiteral("storing %1 order %2 failed: %3")
                                         .arg(order.storefront, order.externalId, *workError);
                    return false;
                }
            }
            for (const FulfilmentUpdate &update : document.fulfilments) {
                if (!d->storeFulfilment(update, nowMs, writer, batch, workError)) {
                    if (workError)
                        *workError = QStringLiteral("storing fulfilment %1 of %2 order %3 failed: %4")
                                         .arg(update.fulfilment.externalId, update.storefront, update.orderExternalId,
                                              *workError);
                    return false;
                }
            }
            return true;
        },
        nowMs, &shipments, error);
    if (!ok)
        return false;
    batch.failed = document.failedRecords;
    batch.shipmentsUpdated = shipments.shipmentsUpdated;
    if (counts)
        *counts += batch;
    return true;
}

} // namespace ct
