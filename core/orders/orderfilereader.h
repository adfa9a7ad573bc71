// SPDX-License-Identifier: MIT
#pragma once

#include "csvordermapping.h"
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
    // A CSV read by `mapping` (a custom storefront's: docs/storefronts/csv.md), whatever its
    // header; refused, with nothing in the document, when the mapping does not fit it.
    static OrderDocument readFile(const QString &path, const CsvOrderMapping &mapping);
    static OrderDocument readBytes(const QByteArray &data, const QString &source, const CsvOrderMapping &mapping);

    // The header of a CSV file's head (its first record, split by `delimiter`), or nothing
    // when the head is not CSV text (JSON, XML, binary, a single column).
    static QStringList csvHeader(QByteArrayView head, QChar delimiter = QLatin1Char(','));
    // The delimiter a CSV head uses: ';' when its first line has more of them than commas
    // (a spreadsheet in a locale that writes decimal commas), a tab likewise, else ','.
    static QChar csvDelimiter(QByteArrayView head);

    // How much of a file looksLikeStorefront needs.
    static constexpr qsizetype HeadBytes = 64 * 1024;
    // Whether the first bytes of a file are a storefront's order document rather than a
    // carrier's feed (an import of mixed files routes each by this): JSON whose head names
    // a storefront's own members, `"orders": [`, `"fulfillments": [`, `"fulfillment": {`,
    // `"line_items": [` (Shopify's lists, bodies and webhooks), Shopify's
    // `gid://shopify/Order/` ids, a fulfilment webhook's `"tracking_company"` beside
    // `"order_id"`, WooCommerce's `"order_key"`, Magento's `"increment_id"` or `"tracks"`
    // beside `"order_id"`; or a CSV whose header is Shopify's orders export. No carrier
    // format this build reads has any of them (not `"order": {`: the normalized shipment
    // JSON has it).
    static bool looksLikeStorefront(QByteArrayView head);
};

} // namespace ct
