// SPDX-License-Identifier: MIT
#include "orderqueries.h"

#include "store/database.h"
#include "store/sqlstatement.h"

#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <memory>

namespace ct {

namespace {

std::unique_ptr<SqlStatement> run(const Database &database, const QString &sql,
                                  const std::function<void(SqlStatement &)> &bind, QString *error)
{
    std::unique_ptr<SqlStatement> q = SqlStatement::prepare(database, sql, error);
    if (!q)
        return nullptr;
    bind(*q);
    if (!q->exec(error))
        return nullptr;
    return q;
}

} // namespace

OrderQueries::OrderQueries(const Database &database) : m_database(database) {}

std::optional<Order> OrderQueries::order(const QString &storefront, const QString &externalId, QString *error) const
{
    auto q = run(m_database,
                 QStringLiteral("SELECT id, name, order_number, currency, total_cents, subtotal_cents, payment_mode, "
                                "financial_status, customer_name, customer_email, customer_phone, customer_tags, "
                                "customer_order_count, ship_name, ship_line1, ship_line2, ship_city, ship_region, "
                                "ship_postal, ship_country, ship_phone, ordered_at_ms, ordered_offset_min, promised_date, "
                                "source_updated_at_ms, flags, issues FROM orders WHERE storefront = ? AND external_id = ?"),
                 [&](SqlStatement &s) {
                     s.bind(0, storefront);
                     s.bind(1, externalId);
                 },
                 error);
    if (!q || !q->next())
        return std::nullopt;
    Order o;
    int c = 0;
    const qint64 rowId = q->int64(c++);
    o.storefront = storefront;
    o.externalId = externalId;
    o.name = q->text(c++);
    o.orderNumber = q->text(c++);
    o.currency = q->text(c++);
    o.totalCents = q->int64(c++);
    o.subtotalCents = q->int64(c++);
    o.paymentMode = paymentModeFromInt(static_cast<int>(q->int64(c++))).value_or(PaymentMode::Unknown);
    o.financialStatus = q->text(c++);
    o.customer.name = q->text(c++);
    o.customer.email = q->text(c++);
    o.customer.phone = q->text(c++);
    const QString tags = q->text(c++);
    o.customer.tags = tags.isEmpty() ? QStringList() : tags.split(QStringLiteral(", "));
    o.customer.orderCount = static_cast<int>(q->int64(c++));
    OrderAddress &a = o.shippingAddress;
    a.name = q->text(c++);
    a.line1 = q->text(c++);
    a.line2 = q->text(c++);
    a.city = q->text(c++);
    a.region = q->text(c++);
    a.postalCode = q->text(c++);
    a.country = q->text(c++);
    a.phone = q->text(c++);
    const std::optional<qint64> orderedAt = q->optionalInt64(c++);
    const int offset = static_cast<int>(q->int64(c++));
    if (orderedAt)
        o.orderedAt = Timestamp{*orderedAt, static_cast<qint16>(offset)};
    o.promisedDate = QDate::fromString(q->text(c++), Qt::ISODate);
    o.updatedAtMs = q->optionalInt64(c++);
    o.flags = static_cast<quint32>(q->int64(c++));
    const QString issues = q->text(c++);
    o.issues = issues.isEmpty() ? QStringList() : issues.split(QLatin1Char('\n'));
    q->finish();

    auto lines = run(m_database,
                     QStringLiteral("SELECT sku, title, variant, category, quantity, unit_price_cents FROM order_lines "
                                    "WHERE order_id = ? ORDER BY position"),
                     [&](SqlStatement &s) { s.bind(0, rowId); }, error);
    if (!lines)
        return std::nullopt;
    while (lines->next())
        o.lines.append(OrderLine{lines->text(0), lines->text(1), lines->text(2), lines->text(3),
                                 static_cast<int>(lines->int64(4)), lines->int64(5)});
    lines->finish();

    auto tracking = run(m_database,
                        QStringLiteral("SELECT fulfilment_id, carrier, carrier_name, status, tracking_number "
                                       "FROM order_tracking WHERE order_id = ? ORDER BY id"),
                        [&](SqlStatement &s) { s.bind(0, rowId); }, error);
    if (!tracking)
        return std::nullopt;
    while (tracking->next()) {
        const QString id = tracking->text(0);
        auto it = std::find_if(o.fulfilments.begin(), o.fulfilments.end(),
                               [&](const OrderFulfilment &f) { return f.externalId == id; });
        if (it == o.fulfilments.end()) {
            o.fulfilments.append(OrderFulfilment{id, tracking->text(1), tracking->text(2), {}, tracking->text(3)});
            it = o.fulfilments.end() - 1;
        }
        it->trackingNumbers.append(tracking->text(4));
    }
    tracking->finish();
    return o;
}

QString OrderQueries::linkedOrderOf(qint64 shipmentId, QString *error) const
{
    auto q = run(m_database,
                 QStringLiteral("SELECT o.external_id FROM order_shipments l JOIN orders o ON o.id = l.order_id "
                                "WHERE l.shipment_id = ?"),
                 [&](SqlStatement &s) { s.bind(0, shipmentId); }, error);
    if (!q || !q->next())
        return {};
    const QString id = q->text(0);
    q->finish();
    return id;
}

std::optional<Order> OrderQueries::orderOfShipment(qint64 shipmentId, QString *error) const
{
    auto q = run(m_database,
                 QStringLiteral("SELECT o.storefront, o.external_id FROM order_shipments l JOIN orders o ON o.id = l.order_id "
                                "WHERE l.shipment_id = ?"),
                 [&](SqlStatement &s) { s.bind(0, shipmentId); }, error);
    if (!q || !q->next())
        return std::nullopt;
    const QString storefront = q->text(0);
    const QString externalId = q->text(1);
    q->finish();
    return order(storefront, externalId, error);
}

QList<OrderLinkConflict> OrderQueries::linkConflicts(QString *error, bool includeResolved) const
{
    QList<OrderLinkConflict> out;
    auto q = run(m_database,
                 QStringLiteral("SELECT c.id, c.tracking_number, c.carrier, a.storefront, a.external_id, a.name, "
                                "b.storefront, b.external_id, b.name, c.detected_at_ms, c.resolved_at_ms "
                                "FROM order_link_conflicts c JOIN orders a ON a.id = c.first_order_id "
                                "JOIN orders b ON b.id = c.second_order_id %1 ORDER BY c.id")
                     .arg(includeResolved ? QString() : QStringLiteral("WHERE c.resolved_at_ms IS NULL")),
                 [](SqlStatement &) {}, error);
    if (!q)
        return out;
    while (q->next()) {
        OrderLinkConflict c;
        int i = 0;
        c.id = q->int64(i++);
        c.trackingNumber = q->text(i++);
        c.carrier = q->text(i++);
        c.storefront = q->text(i++);
        c.firstOrderId = q->text(i++);
        c.firstOrderName = q->text(i++);
        c.secondStorefront = q->text(i++);
        c.secondOrderId = q->text(i++);
        c.secondOrderName = q->text(i++);
        c.detectedAtMs = q->int64(i++);
        c.resolvedAtMs = q->optionalInt64(i++);
        out.append(c);
    }
    q->finish();
    return out;
}

QList<UnlinkedShipment> OrderQueries::unlinkedShipments(int limit, QString *error) const
{
    return unlinkedWhere(QStringLiteral("ORDER BY s.id DESC LIMIT ?"), limit, error);
}

std::optional<UnlinkedShipment> OrderQueries::unlinked(qint64 shipmentId, QString *error) const
{
    const QList<UnlinkedShipment> found = unlinkedWhere(QStringLiteral("AND s.id = ?"), shipmentId, error);
    return found.isEmpty() ? std::nullopt : std::optional<UnlinkedShipment>(found.constFirst());
}

QList<UnlinkedShipment> OrderQueries::unlinkedWhere(const QString &rest, qint64 value, QString *error) const
{
    QList<UnlinkedShipment> out;
    auto q = run(m_database,
                 QStringLiteral("SELECT s.id, s.carrier, s.tracking_number, s.order_id, "
                                "EXISTS (SELECT 1 FROM order_tracking t WHERE t.tracking_number = s.tracking_number) "
                                "FROM shipments s WHERE NOT EXISTS (SELECT 1 FROM order_shipments l WHERE l.shipment_id = s.id) ")
                     + rest,
                 [&](SqlStatement &s) { s.bind(0, value); }, error);
    if (!q)
        return out;
    while (q->next()) {
        out.append(UnlinkedShipment{q->int64(0), q->text(1), q->text(2), q->text(3),
                                    q->int64(4) != 0 ? UnlinkedShipment::Reason::OtherCarrierClaims
                                                     : UnlinkedShipment::Reason::NoOrderClaims});
    }
    q->finish();
    return out;
}

} // namespace ct
