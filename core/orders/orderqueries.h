// SPDX-License-Identifier: MIT
#pragma once

#include "order.h"
#include "orderlinkconflict.h"
#include "unlinkedshipment.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// What the store knows of storefront orders and their links (docs/storefronts/README.md).
// Use from the thread that opened the Database. When the store cannot be read, a call
// sets `error` and returns nothing; a caller tells "none" from "failed" by `error`.
class OrderQueries final
{
public:
    explicit OrderQueries(const Database &database);

    // One order as stored, with its lines and fulfilments; nullopt when there is none.
    std::optional<Order> order(const QString &storefront, const QString &externalId, QString *error) const;
    // The storefront's id of the order a shipment is linked to; empty when none.
    QString linkedOrderOf(qint64 shipmentId, QString *error) const;
    // Tracking numbers two orders claim, oldest first; resolved ones only when asked.
    QList<OrderLinkConflict> linkConflicts(QString *error, bool includeResolved = false) const;
    // Shipments no order is linked to, newest first, at most `limit`.
    QList<UnlinkedShipment> unlinkedShipments(int limit, QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
