// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct {

// One line of a storefront order: what was bought, how many, at what unit price (minor
// units of the order's currency).
struct OrderLine
{
    QString sku;
    QString title;
    QString variant;  // "M / Blue"
    QString category; // product type, when the storefront says
    int quantity = 0;
    qint64 unitPriceCents = 0;

    bool operator==(const OrderLine &) const = default;
};

} // namespace ct
