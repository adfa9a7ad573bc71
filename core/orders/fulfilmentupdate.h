// SPDX-License-Identifier: MIT
#pragma once

#include "orderfulfilment.h"

#include <QString>

namespace ct {

// A fulfilment that arrived on its own (Shopify's fulfillments/create and
// fulfillments/update webhooks): it names its order by the storefront's id.
struct FulfilmentUpdate
{
    QString storefront;
    QString orderExternalId;
    OrderFulfilment fulfilment;
};

} // namespace ct
