// SPDX-License-Identifier: MIT
#pragma once

#include "orderdocument.h"

#include <QByteArray>
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
};

} // namespace ct
