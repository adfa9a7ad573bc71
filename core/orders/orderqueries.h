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
    // The order a shipment is linked to, whole; nullopt when none.
    std::optional<Order> orderOfShipment(qint64 shipmentId, QString *error) const;
    // Why a shipment has no order (what unlinkedShipments says of it); nullopt when it has
    // one, or is not in the store.
    std::optional<UnlinkedShipment> unlinked(qint64 shipmentId, QString *error) const;
    // Tracking numbers two orders claim, oldest first; resolved ones only when asked.
    QList<OrderLinkConflict> linkConflicts(QString *error, bool includeResolved = false) const;
    // Shipments no order is linked to, newest first, at most `limit`.
    QList<UnlinkedShipment> unlinkedShipments(int limit, QString *error) const;

private:
    // The unlinked shipments' query, ended by `rest` (its one '?' bound to `value`).
    QList<UnlinkedShipment> unlinkedWhere(const QString &rest, qint64 value, QString *error) const;

    const Database &m_database;
};

} // namespace ct
