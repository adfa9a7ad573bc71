// SPDX-License-Identifier: MIT
#pragma once

namespace ct {

// What storing storefront records changed. A record is an order or a stand-alone
// fulfilment: new, updated (a newer version, or a fulfilment that changed its tracking
// numbers), unchanged (the same version again: a re-import changes nothing), older (a
// version older than the stored one: ignored) or failed (not read at all).
struct OrderImportCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int older = 0;
    int failed = 0;
    int shipmentsLinked = 0;  // shipments newly linked to an order
    int shipmentsUpdated = 0; // shipments whose details changed (newly linked or not)
    int conflicts = 0;        // tracking numbers newly found claimed by two orders

    OrderImportCounts &operator+=(const OrderImportCounts &o)
    {
        created += o.created;
        updated += o.updated;
        unchanged += o.unchanged;
        older += o.older;
        failed += o.failed;
        shipmentsLinked += o.shipmentsLinked;
        shipmentsUpdated += o.shipmentsUpdated;
        conflicts += o.conflicts;
        return *this;
    }
};

} // namespace ct
