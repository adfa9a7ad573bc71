// SPDX-License-Identifier: MIT
#pragma once

#include "orderdocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ct {

// Reads a storefront file into orders and fulfilments, detecting its format (Shopify's
// order JSON: docs/storefronts/shopify.md). A file that is not valid JSON as a whole
// keeps its good records: the records of its `orders` (or `fulfillments`) array are read
// one by one, and each damaged one is a located error (file, record, line). A file in no
// format this build knows is one error for the file.
class OrderFileReader final
{
public:
    static OrderDocument readFile(const QString &path);
    // `source` names the bytes in issues ("orders.json").
    static OrderDocument readBytes(const QByteArray &data, const QString &source);

    // How much of a file looksLikeStorefront needs.
    static constexpr qsizetype HeadBytes = 64 * 1024;
    // Whether the first bytes of a file are a storefront's order document rather than a
    // carrier's feed (an import of mixed files routes each by this): JSON whose head names
    // a storefront's own members, `"orders": [`, `"fulfillments": [`, `"fulfillment": {`,
    // `"line_items": [` (Shopify's lists, bodies and webhooks), Shopify's
    // `gid://shopify/Order/` ids, a fulfilment webhook's `"tracking_company"` beside
    // `"order_id"`, or WooCommerce's `"order_key"`. No carrier format this
    // build reads has any of them (not `"order": {`: the normalized shipment JSON has it).
    static bool looksLikeStorefront(QByteArrayView head);
};

} // namespace ct
