// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"
#include "postalplace.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ct {

// An order to allocate a carrier for (docs/ALLOCATION.md): where it ships from and to,
// its weight, whether the customer pays on delivery (COD) or has prepaid, its declared
// value and the delivery date promised at checkout.
struct AllocationOrder
{
    PostalPlace origin;
    PostalPlace destination;
    qint64 weightGrams = 0;
    bool cod = false;
    std::optional<Money> value;
    std::optional<QDate> promised;
};

} // namespace ct
