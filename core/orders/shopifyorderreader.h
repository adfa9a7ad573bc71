// SPDX-License-Identifier: MIT
#pragma once

#include "json/jsonvalue.h"
#include "orderdocument.h"

#include <QString>

namespace ct {

// Shopify's Admin REST order JSON (docs/storefronts/shopify.md): a list
// (`{"orders": [...]}`), one order (`{"order": {...}}`, or an orders/create, orders/updated
// or orders/fulfilled webhook body, which is the order object itself), and fulfilments
// (`{"fulfillments": [...]}`, `{"fulfillment": {...}}`, or a fulfillments/create or
// fulfillments/update webhook body). Each order or fulfilment is one record: one without
// an id is a located error and the others are kept; an order whose currency, payment mode,
// total or address cannot be read is kept with what could be read, flagged (OrderFlag).
class ShopifyOrderReader final
{
public:
    static constexpr const char *Storefront = "shopify";

    // True when `root` is one of the shapes above.
    static bool recognizes(const json::Value &root);

    // Every record of a parsed document, numbered from 1.
    void read(const json::Value &root, const QString &source, OrderDocument &out) const;
    // What a record is: told by the list it is in, or by its members.
    enum class Kind { Detect, Order, Fulfilment };
    // One order or fulfilment object, as record `record` (starting on `line`, 0 unknown).
    void readRecord(const json::Value &value, const QString &source, int record, int line,
                    OrderDocument &out, Kind kind = Kind::Detect) const;

private:
    void readOrder(const json::Value &o, const QString &source, int record, int line, OrderDocument &out) const;
    void readFulfilmentUpdate(const json::Value &f, const QString &source, int record, int line,
                              OrderDocument &out) const;
};

} // namespace ct
