// SPDX-License-Identifier: MIT
#include "returncasequery.h"

#include "returnitems.h"

#include "json/jsonvalue.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace ct {

namespace {

constexpr qint64 MsPerDay = 86'400'000;

QDateTime utc(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()) : QDateTime();
}


struct Order
{
    qint64 orderedAtMs;
    QString orderId;
};

// One entry per order at its earliest date, oldest first.
QHash<QString, QList<Order>> tidied(QHash<QString, QList<Order>> orders)
{
    for (QList<Order> &each : orders) {
        std::sort(each.begin(), each.end(), [](const Order &a, const Order &b) {
            return a.orderId != b.orderId ? a.orderId < b.orderId : a.orderedAtMs < b.orderedAtMs;
        });
        each.erase(std::unique(each.begin(), each.end(), [](const Order &a, const Order &b) { return a.orderId == b.orderId; }),
                   each.end());
        std::sort(each.begin(), each.end(), [](const Order &a, const Order &b) { return a.orderedAtMs < b.orderedAtMs; });
    }
    return orders;
}

const QString Columns = QStringLiteral(
    "SELECT r.id, r.rma, r.order_id, r.reason, r.reason_note, r.items, r.amount_cents, r.currency,"
    " r.requested_at_ms, r.delivered_at_ms, r.window_days, r.status, r.resolution,"
    " r.resolution_amount_cents, r.reverse_carrier, r.reverse_tracking_number, r.inspection_grade,"
    " r.updated_at_ms, s.id, s.carrier, s.tracking_number, s.ordered_at_ms,"
    " coalesce(s.shipped_at_ms, s.first_scan_at_ms), s.delivered_at_ms, lower(s.customer_email)"
    " FROM returns r LEFT JOIN shipments s ON s.id = r.shipment_id ");

// Reads the store for one ReturnCaseQuery call; `why` holds the last store error.
class CaseReader final
{
public:
    explicit CaseReader(const Database &db) : m_db(db) {}

    QString why;

    // Returns matching `where` (after FROM returns r LEFT JOIN shipments s), by id.
    std::optional<QList<ReturnCase>> returns(const QString &where)
    {
        auto q = SqlStatement::prepare(m_db, Columns + where + QStringLiteral(" ORDER BY r.id"), &why);
        if (!q || !q->exec(&why))
            return std::nullopt;
        QList<ReturnCase> cases;
        while (q->next()) {
            ReturnCase c;
            c.returnId = q->int64(0);
            ReturnRecord &r = c.request;
            r.rma = q->text(1);
            r.orderId = q->text(2);
            r.reason = returnReasonFromInt(static_cast<int>(q->int64(3))).value_or(ReturnReason::ChangedMind);
            r.reasonNote = q->text(4);
            r.items = returnItemsFromJson(m_parser, q->blob(5));
            r.amountCents = q->int64(6);
            r.currency = q->text(7);
            r.requestedAt = utc(q->optionalInt64(8));
            r.deliveredAt = utc(q->optionalInt64(9));
            r.windowDays = static_cast<int>(q->int64(10));
            r.status = returnStatusFromInt(static_cast<int>(q->int64(11))).value_or(ReturnStatus::Requested);
            r.resolution = returnResolutionFromInt(static_cast<int>(q->int64(12))).value_or(ReturnResolution::None);
            r.resolutionAmountCents = q->int64(13);
            r.reverseCarrier = q->text(14);
            r.reverseTrackingNumber = q->text(15);
            r.inspectionGrade = q->text(16);
            r.updatedAt = utc(q->optionalInt64(17));
            c.orderKnown = !q->isNull(18);
            r.carrier = q->text(19);
            r.trackingNumber = q->text(20);
            c.orderedAt = utc(q->optionalInt64(21));
            c.fulfilledAt = utc(q->optionalInt64(22));
            // The shipment's delivery, or the one the return was recorded with.
            c.deliveredAt = q->isNull(23) ? r.deliveredAt : utc(q->optionalInt64(23));
            c.customerEmail = q->text(24);
            cases << std::move(c);
        }
        q->finish();
        return cases;
    }

    // Fills the temporary table `name` (one text column `v`) with `values`.
    bool fill(const char *name, const QStringList &values)
    {
        Transaction transaction(m_db.connection());
        if (!transaction.begin(&why))
            return false;
        const QString table = QLatin1String(name);
        // Not a prepared statement: PostgreSQL prepares no DDL (a team server judges too:
        // ReturnAutoApproval::judgedCandidates).
        if (!execSql(m_db.connection(), QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (v TEXT PRIMARY KEY)").arg(table), &why))
            return false;
        auto empty = SqlStatement::prepare(m_db, QStringLiteral("DELETE FROM %1").arg(table), &why);
        if (!empty || !empty->exec(&why))
            return false;
        empty.reset();
        auto insert = SqlStatement::prepare(m_db, QStringLiteral("INSERT INTO %1 (v) VALUES (?) ON CONFLICT DO NOTHING").arg(table), &why);
        if (!insert)
            return false;
        for (const QString &v : values) {
            insert->bind(0, v);
            if (!insert->exec(&why))
                return false;
        }
        insert.reset();
        return transaction.commit(&why);
    }

    void clear(const char *name)
    {
        QString ignored;
        if (auto statement = SqlStatement::prepare(m_db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(name)), &ignored))
            statement->exec(&ignored);
    }

    // The orders of every customer in ct_return_customers, one entry per order (its
    // parcels share the id) at its earliest date, oldest first: one scan of the shipments.
    std::optional<QHash<QString, QList<Order>>> ordersOfAll()
    {
        auto scan = SqlStatement::prepare(m_db,
                                          QStringLiteral("SELECT c.v, s.order_id, s.ordered_at_ms FROM ct_return_customers c"
                                                         " JOIN shipments s ON lower(s.customer_email) = c.v"
                                                         " WHERE s.order_id <> '' AND s.ordered_at_ms IS NOT NULL"),
                                          &why);
        if (!scan || !scan->exec(&why))
            return std::nullopt;
        QHash<QString, QList<Order>> orders;
        while (scan->next())
            orders[scan->text(0)].append(Order{scan->int64(2), scan->text(1)});
        scan->finish();
        return tidied(std::move(orders));
    }

    // The same for a few customers, one look-up each in the e-mail index (SQLite does not
    // use an expression index for a join), and the ids of their shipments.
    std::optional<QHash<QString, QList<Order>>> ordersOf(const QStringList &emails, QStringList *shipmentIds)
    {
        auto lookup = SqlStatement::prepare(m_db,
                                            QStringLiteral("SELECT id, order_id, ordered_at_ms FROM shipments"
                                                           " WHERE lower(customer_email) = ?"),
                                            &why);
        if (!lookup)
            return std::nullopt;
        QHash<QString, QList<Order>> orders;
        for (const QString &email : emails) {
            lookup->bind(0, email);
            if (!lookup->exec(&why))
                return std::nullopt;
            QList<Order> &list = orders[email];
            while (lookup->next()) {
                *shipmentIds << QString::number(lookup->int64(0));
                if (!lookup->text(1).isEmpty() && !lookup->isNull(2))
                    list.append(Order{lookup->int64(2), lookup->text(1)});
            }
            lookup->finish();
        }
        return tidied(std::move(orders));
    }

private:
    const Database &m_db;
    json::Parser m_parser;
};

QStringList emailsOf(const QList<ReturnCase> &cases)
{
    QSet<QString> emails;
    for (const ReturnCase &c : cases)
        if (!c.customerEmail.isEmpty())
            emails.insert(c.customerEmail);
    return QStringList(emails.begin(), emails.end());
}

// The history of each target from `context` (every return the targets' customers and
// orders have, the targets among them) and the customers' orders.
void fillHistory(QList<ReturnCase> &targets, const QList<ReturnCase> &context, QHash<QString, QList<Order>> &orders,
                 int historyDays)
{
    QHash<QString, QList<int>> byCustomer;
    QHash<QString, QList<int>> byOrder;
    for (int i = 0; i < context.size(); ++i) {
        if (!context.at(i).customerEmail.isEmpty())
            byCustomer[context.at(i).customerEmail] << i;
        if (!context.at(i).request.orderId.isEmpty())
            byOrder[context.at(i).request.orderId] << i;
    }
    const qint64 window = qint64(historyDays) * MsPerDay;
    for (ReturnCase &c : targets) {
        const qint64 at = c.request.requestedAt.toMSecsSinceEpoch();
        const qint64 from = at - window;
        if (!c.customerEmail.isEmpty()) {
            QSet<QString> returnedOrders;
            for (int j : std::as_const(byCustomer[c.customerEmail])) {
                const ReturnCase &other = context.at(j);
                if (other.returnId == c.returnId)
                    continue;
                const qint64 when = other.request.requestedAt.toMSecsSinceEpoch();
                if (when < from || when >= at)
                    continue;
                ++c.customerReturns;
                if (other.request.orderId != c.request.orderId)
                    returnedOrders.insert(other.request.orderId);
            }
            c.customerReturnedOrders = static_cast<int>(returnedOrders.size());
            bool thisOrder = false;
            for (const Order &o : std::as_const(orders[c.customerEmail])) {
                if (o.orderedAtMs > at)
                    break;
                if (o.orderId == c.request.orderId)
                    thisOrder = true;
                if (o.orderedAtMs >= from || o.orderId == c.request.orderId)
                    ++c.customerOrders;
            }
            if (!thisOrder)
                ++c.customerOrders; // the order returned from counts, whatever its date
        }
        // Items of this order in an earlier return (a lower id) that was not rejected.
        for (int j : std::as_const(byOrder[c.request.orderId])) {
            const ReturnCase &earlier = context.at(j);
            if (earlier.returnId >= c.returnId)
                break;
            if (earlier.request.status == ReturnStatus::Rejected || earlier.request.resolution == ReturnResolution::Rejected)
                continue;
            for (const ReturnItem &item : earlier.request.items)
                c.alreadyReturned.insert(item.sku, earlier.request.rma);
        }
    }
}

std::optional<QList<ReturnCase>> failed(const CaseReader &reader, QString *error)
{
    if (error)
        *error = QStringLiteral("cannot read the returns: %1").arg(reader.why);
    return std::nullopt;
}

} // namespace

std::optional<QList<ReturnCase>> ReturnCaseQuery::all(int historyDays, QString *error) const
{
    CaseReader reader(m_db);
    auto cases = reader.returns({});
    if (!cases || !reader.fill("ct_return_customers", emailsOf(*cases)))
        return failed(reader, error);
    auto orders = reader.ordersOfAll();
    reader.clear("ct_return_customers");
    if (!orders)
        return failed(reader, error);
    const QList<ReturnCase> context = *cases;
    fillHistory(*cases, context, *orders, historyDays);
    return cases;
}

std::optional<QList<ReturnCase>> ReturnCaseQuery::some(const QList<qint64> &ids, int historyDays, QString *error) const
{
    CaseReader reader(m_db);
    QStringList idTexts;
    for (qint64 id : ids)
        idTexts << QString::number(id);
    if (!reader.fill("ct_return_ids", idTexts))
        return failed(reader, error);
    auto targets = reader.returns(QStringLiteral("WHERE r.id IN (SELECT CAST(v AS INTEGER) FROM ct_return_ids)"));
    reader.clear("ct_return_ids");
    if (!targets)
        return failed(reader, error);
    QStringList orderIds;
    for (const ReturnCase &c : std::as_const(*targets))
        if (!c.request.orderId.isEmpty())
            orderIds << c.request.orderId;
    // Every return of those customers or of those orders: the targets' history.
    QStringList shipmentIds;
    auto orders = reader.ordersOf(emailsOf(*targets), &shipmentIds);
    if (!orders || !reader.fill("ct_return_shipments", shipmentIds) || !reader.fill("ct_return_orders", orderIds))
        return failed(reader, error);
    auto byCustomer = reader.returns(QStringLiteral("WHERE r.shipment_id IN (SELECT CAST(v AS INTEGER) FROM ct_return_shipments)"));
    auto byOrder = byCustomer ? reader.returns(QStringLiteral("WHERE r.order_id IN (SELECT v FROM ct_return_orders)"))
                              : std::nullopt;
    reader.clear("ct_return_shipments");
    reader.clear("ct_return_orders");
    if (!byOrder)
        return failed(reader, error);
    QHash<qint64, ReturnCase> merged;
    for (const QList<ReturnCase> *list : {&*byCustomer, &*byOrder, &*targets})
        for (const ReturnCase &c : *list)
            merged.insert(c.returnId, c);
    QList<ReturnCase> context = merged.values();
    std::sort(context.begin(), context.end(), [](const ReturnCase &a, const ReturnCase &b) { return a.returnId < b.returnId; });
    fillHistory(*targets, context, *orders, historyDays);
    return targets;
}

} // namespace ct
