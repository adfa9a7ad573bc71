// SPDX-License-Identifier: MIT
#include "notificationcontextquery.h"

#include "domain/returnstatus.h"
#include "orders/orderqueries.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/shipmentdetail.h"

#include <QSqlQuery>

namespace ct {

NotificationContextQuery::NotificationContextQuery(const Database &database) : m_database(database) {}

std::optional<NotificationContext> NotificationContextQuery::load(qint64 shipmentId, QString *error) const
{
    QString why;
    const std::optional<ShipmentDetail> shipment = ShipmentDetailQuery(m_database).load(shipmentId, &why);
    if (!shipment) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    const std::optional<Order> order = OrderQueries(m_database).orderOfShipment(shipmentId, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    NotificationContext context = NotificationContext::of(*shipment, order ? &*order : nullptr);
    // The shipment's latest return, for the templates about a return.
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("SELECT rma, reason, amount_cents, currency, status, resolution, resolution_amount_cents, "
                                   "reverse_carrier, reverse_tracking_number, order_id FROM returns WHERE shipment_id = ? "
                                   "ORDER BY requested_at_ms DESC, id DESC LIMIT 1"), error))
        return std::nullopt;
    bind(q, 0, shipmentId);
    if (!execPrepared(q, error))
        return std::nullopt;
    if (q.next()) {
        ReturnRecord r;
        r.rma = q.value(0).toString();
        r.reason = returnReasonFromInt(q.value(1).toInt()).value_or(ReturnReason::ChangedMind);
        r.amountCents = q.value(2).toLongLong();
        r.currency = q.value(3).toString();
        r.status = returnStatusFromInt(q.value(4).toInt()).value_or(ReturnStatus::Requested);
        r.resolution = returnResolutionFromInt(q.value(5).toInt()).value_or(ReturnResolution::None);
        r.resolutionAmountCents = q.value(6).toLongLong();
        r.reverseCarrier = q.value(7).toString();
        r.reverseTrackingNumber = q.value(8).toString();
        r.orderId = q.value(9).toString();
        context.returnRecord = r;
    }
    return context;
}

} // namespace ct
