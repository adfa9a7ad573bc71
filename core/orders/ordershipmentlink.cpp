// SPDX-License-Identifier: MIT
#include "ordershipmentlink.h"

#include "store/sqlstatement.h"

#include <QTimeZone>

namespace ct {

namespace {

const char Columns[] = "o.id, o.name, o.external_id, o.customer_name, o.customer_email, o.customer_phone, "
                       "o.total_cents, o.currency, o.promised_date, o.ordered_at_ms, o.payment_mode, "
                       "o.ship_city, o.ship_region, o.ship_postal, o.ship_country";

} // namespace

QString OrderShipmentLink::claimsSql()
{
    return QStringLiteral("SELECT %1 FROM order_tracking t JOIN orders o ON o.id = t.order_id "
                          "WHERE t.tracking_number = ? AND (t.carrier = ? OR t.carrier = '') ORDER BY t.id")
        .arg(QLatin1String(Columns));
}

bool OrderShipmentLink::fits(const LinkedOrder &order, std::optional<qint64> firstScanMs)
{
    if (!firstScanMs || !order.info.orderedAt.isValid())
        return true;
    const qint64 orderedAt = order.info.orderedAt.toMSecsSinceEpoch();
    return *firstScanMs >= orderedAt - 24LL * 3600 * 1000 && *firstScanMs - orderedAt <= WindowMs;
}

QString OrderShipmentLink::byRowSql()
{
    return QStringLiteral("SELECT %1 FROM orders o WHERE o.id = ?").arg(QLatin1String(Columns));
}

QString OrderShipmentLink::insertLinkSql()
{
    return QStringLiteral("INSERT INTO order_shipments(shipment_id, order_id, tracking_number, linked_at_ms) "
                          "VALUES(?, ?, ?, ?) ON CONFLICT(shipment_id) DO NOTHING");
}

LinkedOrder OrderShipmentLink::read(const SqlStatement &row)
{
    LinkedOrder order;
    int c = 0;
    order.orderRowId = row.int64(c++);
    const QString name = row.text(c++);
    const QString externalId = row.text(c++);
    order.info.orderId = name.isEmpty() ? externalId : name;
    order.info.customerName = row.text(c++);
    order.info.customerEmail = row.text(c++);
    order.info.customerPhone = row.text(c++);
    order.info.orderValueCents = row.int64(c++);
    order.info.currency = row.text(c++);
    order.info.promisedDate = QDate::fromString(row.text(c++), Qt::ISODate);
    if (const std::optional<qint64> at = row.optionalInt64(c++))
        order.info.orderedAt = QDateTime::fromMSecsSinceEpoch(*at, QTimeZone::utc());
    order.payment.mode = paymentModeFromInt(static_cast<int>(row.int64(c++))).value_or(PaymentMode::Unknown);
    if (order.payment.mode == PaymentMode::CashOnDelivery) {
        order.payment.codAmountCents = order.info.orderValueCents;
        order.payment.codCurrency = order.info.currency;
    }
    order.shipTo.city = row.text(c++);
    order.shipTo.state = row.text(c++);
    order.shipTo.postalCode = row.text(c++);
    order.shipTo.country = row.text(c++);
    return order;
}

} // namespace ct
