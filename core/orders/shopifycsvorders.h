// SPDX-License-Identifier: MIT
#pragma once

#include "csvordermapping.h"

#include <QStringList>

namespace ct {

// Shopify's admin orders export (Orders > Export, CSV; docs/storefronts/shopify.md#the-orders-csv-export):
// one row per line item, the order's own fields on its first row only, read by
// CsvOrderReader with the mapping this gives for the file's header.
class ShopifyCsvOrders final
{
public:
    // Whether a CSV header is Shopify's export: it has "Name", "Financial Status",
    // "Lineitem name" and "Lineitem quantity".
    static bool recognizes(const QStringList &header);
    // The columns of the export the header has, mapped (storefront "shopify": "Name" groups
    // the rows, "Id" is the order's id as the Admin API has it, so the JSON formats update it).
    static CsvOrderMapping mapping(const QStringList &header);
};

} // namespace ct
