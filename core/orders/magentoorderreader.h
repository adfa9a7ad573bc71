// SPDX-License-Identifier: MIT
#pragma once

#include "json/jsonvalue.h"
#include "orderdocument.h"

#include <QString>

namespace ct {

// Magento 2 / Adobe Commerce REST JSON (docs/storefronts/magento.md): orders
// (`GET /V1/orders` answers a search result, `{"items": [...], "search_criteria": ...,
// "total_count": N}`; `GET /V1/orders/<id>` one order object) and shipments with their
// tracks (`GET /V1/shipments`, the same search result of shipments; `GET /V1/shipment/<id>`
// one), each shipment a fulfilment of its order (`order_id`, the order's `entity_id`).
// Each order or shipment is one record: one without its id is a located error and the
// others are kept; what could not be read is flagged (OrderFlag). A configurable product's
// parent and child lines are one line (the parent's, which carries the price).
class MagentoOrderReader final
{
public:
    static constexpr const char *Storefront = "magento";

    // True when `root` is a Magento order, shipment, or a search result of them.
    static bool recognizes(const json::Value &root);
    // One element of a search result's items: an order or a shipment.
    static bool recognizesRecord(const json::Value &value);

    void read(const json::Value &root, const QString &source, OrderDocument &out) const;
    void readRecord(const json::Value &value, const QString &source, int record, int line, OrderDocument &out) const;

private:
    void readOrder(const json::Value &o, const QString &source, int record, int line, OrderDocument &out) const;
    void readShipment(const json::Value &s, const QString &source, int record, int line, OrderDocument &out) const;
};

} // namespace ct
