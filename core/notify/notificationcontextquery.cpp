// SPDX-License-Identifier: MIT
#include "notificationcontextquery.h"

#include "orders/orderqueries.h"
#include "store/shipmentdetail.h"

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
    return NotificationContext::of(*shipment, order ? &*order : nullptr);
}

} // namespace ct
