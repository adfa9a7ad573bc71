// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QString>

#include <optional>

namespace ct {

class SqlStatement;

// An order as its shipments see it: the row it is stored in and the details a linked
// shipment takes from it (order id, customer, value, currency, promise, ordered-at,
// payment mode and, for COD, the amount to collect), and where the order ships: a linked
// shipment whose feeds named no destination takes it (city, region, postal code, country).
struct LinkedOrder
{
    qint64 orderRowId = 0;
    OrderInfo info;
    PaymentInfo payment;
    Address shipTo;
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
    static constexpr int FirstSchemaVersion = 17;

    // The orders claiming (tracking number, carrier), first claim first; binds those two.
    // The shipment links to the first that fits().
    static QString claimsSql();
    // Carriers reuse tracking numbers: an order fits a shipment whose first scan lies from
    // a day before the order (clocks and time zones) to 60 days after it, the window in
    // which shipments match (docs/STORE.md). Without either time, it fits.
    static bool fits(const LinkedOrder &order, std::optional<qint64> firstScanMs);
    static constexpr qint64 WindowMs = 60LL * 24 * 3600 * 1000;
    // One order by its row id; binds it.
    static QString byRowSql();
    // Links (shipment_id, order row, tracking_number, linked_at_ms); a shipment already
    // linked keeps its link.
    static QString insertLinkSql();
    // A row of claimsSql or byRowSql.
    static LinkedOrder read(const SqlStatement &row);
};

} // namespace ct
