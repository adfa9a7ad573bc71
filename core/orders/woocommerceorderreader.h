// SPDX-License-Identifier: MIT
#pragma once

#include "json/jsonvalue.h"
#include "orderdocument.h"

#include <QString>

namespace ct {

// WooCommerce's REST API v3 order JSON (docs/storefronts/woocommerce.md): a list of orders
// (`GET /wp-json/wc/v3/orders` answers a top-level array) or one order (`GET .../orders/<id>`,
// and the order.created / order.updated webhook bodies), with the tracking numbers of the
// Shipment Tracking extension in the order's `meta_data` (`_wc_shipment_tracking_items`)
// as its fulfilments. Each order is one record: one without an id is a located error and
// the others are kept; what could not be read is flagged (OrderFlag).
class WooCommerceOrderReader final
{
public:
    static constexpr const char *Storefront = "woocommerce";

    // True when `root` is a WooCommerce order or a list of them.
    static bool recognizes(const json::Value &root);

    void read(const json::Value &root, const QString &source, OrderDocument &out) const;
    void readRecord(const json::Value &value, const QString &source, int record, int line, OrderDocument &out) const;
};

} // namespace ct
