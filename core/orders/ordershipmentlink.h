// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QString>

namespace ct {

class SqlStatement;

// An order as its shipments see it: the row it is stored in and the details a linked
// shipment takes from it (order id, customer, value, currency, promise, ordered-at,
// payment mode and, for COD, the amount to collect).
struct LinkedOrder
{
    qint64 orderRowId = 0;
    OrderInfo info;
    PaymentInfo payment;
};

// How a shipment finds its order (docs/storefronts/README.md, "Linking"): through a
// fulfilment's tracking number, with the carrier when the storefront named one we know;
// the first order to claim a number wins and keeps it until the conflict is resolved.
// The statements here are shared by ShipmentIngestor (a new shipment picks up its order,
// one indexed lookup) and OrderStore (an order reaches the shipments already stored).
class OrderShipmentLink final
{
public:
    // The first schema version with the order tables (SchemaMigrator's orders step).
    static constexpr int FirstSchemaVersion = 16;

    // The first order claiming (tracking number, carrier); binds those two.
    static QString firstClaimSql();
    // One order by its row id; binds it.
    static QString byRowSql();
    // Links (shipment_id, order row, tracking_number, linked_at_ms); a shipment already
    // linked keeps its link.
    static QString insertLinkSql();
    // A row of firstClaimSql or byRowSql.
    static LinkedOrder read(const SqlStatement &row);
};

} // namespace ct
