// SPDX-License-Identifier: MIT
#include "returncasequery.h"

#include "json/jsonvalue.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace ct {

namespace {

constexpr qint64 MsPerDay = 86'400'000;

QDateTime utc(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()) : QDateTime();
}

QList<ReturnItem> itemsOf(json::Parser &parser, const QByteArray &text)
{
    QList<ReturnItem> items;
    const auto root = parser.parse(text.constData(), text.size());
    if (!root)
        return items;
    for (const json::Value &e : root->elements()) {
        ReturnItem i;
        i.sku = e["sku"].toString();
        i.name = e["name"].toString();
        i.quantity = static_cast<int>(e["quantity"].toInt().value_or(1));
        i.unitPriceCents = e["unit_price_cents"].toInt().value_or(0);
        i.finalSale = e["final_sale"].toBool().value_or(false);
        i.category = e["category"].toString();
        i.variant = e["variant"].toString();
        i.worn = e["worn"].toBool().value_or(false);
        i.opened = e["opened"].toBool().value_or(false);
        i.tagsRemoved = e["tags_removed"].toBool().value_or(false);
        items << i;
    }
    return items;
}

struct Order
{
    qint64 orderedAtMs;
    QString orderId;
};

} // namespace

std::optional<QList<ReturnCase>> ReturnCaseQuery::all(int historyDays, QString *error) const
{
    auto fail = [&](const char *what, const QString &why) -> std::optional<QList<ReturnCase>> {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(QLatin1String(what), why);
        return std::nullopt;
    };
    QString why;
    auto q = SqlStatement::prepare(
        m_db,
        QStringLiteral("SELECT r.id, r.rma, r.order_id, r.reason, r.reason_note, r.items, r.amount_cents, r.currency,"
                       " r.requested_at_ms, r.delivered_at_ms, r.window_days, r.status, r.resolution,"
                       " r.resolution_amount_cents, r.reverse_carrier, r.reverse_tracking_number, r.inspection_grade,"
                       " r.updated_at_ms, s.id, s.carrier, s.tracking_number, s.ordered_at_ms,"
                       " coalesce(s.shipped_at_ms, s.first_scan_at_ms), s.delivered_at_ms, lower(s.customer_email)"
                       " FROM returns r LEFT JOIN shipments s ON s.id = r.shipment_id ORDER BY r.id"),
        &why);
    if (!q || !q->exec(&why))
        return fail("the returns", why);
    QList<ReturnCase> cases;
    json::Parser parser;
    while (q->next()) {
        ReturnCase c;
        c.returnId = q->int64(0);
        ReturnRecord &r = c.request;
        r.rma = q->text(1);
        r.orderId = q->text(2);
        r.reason = returnReasonFromInt(static_cast<int>(q->int64(3))).value_or(ReturnReason::ChangedMind);
        r.reasonNote = q->text(4);
        r.items = itemsOf(parser, q->blob(5));
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

    // Orders of the customers who returned something, oldest first: their e-mails go into
    // a temporary table that one scan of the shipments joins (no index on e-mails needed).
    QHash<QString, QList<Order>> orders;
    for (const ReturnCase &c : std::as_const(cases))
        if (!c.customerEmail.isEmpty())
            orders.insert(c.customerEmail, {});
    if (!orders.isEmpty()) {
        Transaction transaction(m_db.connection());
        if (!transaction.begin(&why))
            return fail("the returning customers", why);
        for (const char *sql : {"CREATE TEMP TABLE IF NOT EXISTS ct_returning_customers (email TEXT PRIMARY KEY)",
                                "DELETE FROM ct_returning_customers"}) {
            auto statement = SqlStatement::prepare(m_db, QLatin1String(sql), &why);
            if (!statement || !statement->exec(&why))
                return fail("the returning customers", why);
        }
        auto insert = SqlStatement::prepare(m_db, QStringLiteral("INSERT INTO ct_returning_customers (email) VALUES (?)"), &why);
        if (!insert)
            return fail("the returning customers", why);
        for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
            insert->bind(0, it.key());
            if (!insert->exec(&why))
                return fail("the returning customers", why);
        }
        insert.reset();
        if (!transaction.commit(&why))
            return fail("the returning customers", why);
        auto scan = SqlStatement::prepare(m_db,
                                          QStringLiteral("SELECT c.email, s.order_id, s.ordered_at_ms FROM shipments s"
                                                         " JOIN ct_returning_customers c ON c.email = lower(s.customer_email)"
                                                         " WHERE s.order_id <> '' AND s.ordered_at_ms IS NOT NULL"),
                                          &why);
        if (!scan || !scan->exec(&why))
            return fail("the customers' orders", why);
        QString email;
        QList<Order> *list = nullptr;
        while (scan->next()) {
            const QString e = scan->text(0);
            if (!list || e != email) {
                email = e;
                list = &orders[email];
            }
            list->append(Order{scan->int64(2), scan->text(1)});
        }
        scan->finish();
        if (auto clear = SqlStatement::prepare(m_db, QStringLiteral("DELETE FROM ct_returning_customers"), &why))
            clear->exec(&why);
        // One entry per order (its parcels share the id), at its earliest date.
        for (QList<Order> &each : orders) {
            std::sort(each.begin(), each.end(), [](const Order &a, const Order &b) {
                return a.orderId != b.orderId ? a.orderId < b.orderId : a.orderedAtMs < b.orderedAtMs;
            });
            each.erase(std::unique(each.begin(), each.end(), [](const Order &a, const Order &b) { return a.orderId == b.orderId; }),
                       each.end());
            std::sort(each.begin(), each.end(), [](const Order &a, const Order &b) { return a.orderedAtMs < b.orderedAtMs; });
        }
    }

    // The customer's returns, and each order's returns, by index into `cases`.
    QHash<QString, QList<int>> byCustomer;
    QHash<QString, QList<int>> byOrder;
    for (int i = 0; i < cases.size(); ++i) {
        if (!cases.at(i).customerEmail.isEmpty())
            byCustomer[cases.at(i).customerEmail] << i;
        if (!cases.at(i).request.orderId.isEmpty())
            byOrder[cases.at(i).request.orderId] << i;
    }
    const qint64 window = qint64(historyDays) * MsPerDay;
    for (int i = 0; i < cases.size(); ++i) {
        ReturnCase &c = cases[i];
        const qint64 at = c.request.requestedAt.toMSecsSinceEpoch();
        const qint64 from = at - window;
        if (!c.customerEmail.isEmpty()) {
            QSet<QString> returnedOrders;
            for (int j : std::as_const(byCustomer[c.customerEmail])) {
                if (j == i)
                    continue;
                const ReturnRecord &other = cases.at(j).request;
                const qint64 when = other.requestedAt.toMSecsSinceEpoch();
                if (when < from || when >= at)
                    continue;
                ++c.customerReturns;
                if (other.orderId != c.request.orderId)
                    returnedOrders.insert(other.orderId);
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
        // Items of this order in an earlier return that was not rejected.
        for (int j : std::as_const(byOrder[c.request.orderId])) {
            if (j >= i)
                break;
            const ReturnRecord &earlier = cases.at(j).request;
            if (earlier.status == ReturnStatus::Rejected || earlier.resolution == ReturnResolution::Rejected)
                continue;
            for (const ReturnItem &item : earlier.items)
                c.alreadyReturned.insert(item.sku, earlier.rma);
        }
    }
    return cases;
}

} // namespace ct
