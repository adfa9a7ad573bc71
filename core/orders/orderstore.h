// SPDX-License-Identifier: MIT
#pragma once

#include "orderdocument.h"
#include "orderimportcounts.h"
#include "rules/rulesconfig.h"

#include <QString>

#include <memory>

namespace ct {

class Database;

// Writes storefront orders and fulfilments into the store and links them to their
// shipments (docs/storefronts/README.md). Idempotent by (storefront, external id): a
// newer updated_at replaces the stored order (lines replaced, fulfilments merged), the
// same one changes nothing, an older one is ignored. Each tracking number an order or
// fulfilment brings reaches the shipments already stored with it (and its carrier, when
// named): an unlinked one links to the number's first claimant and takes its details
// through ShipmentIngestor (version moved on, so the change feed sees it); a shipment
// linked to another order keeps that link and the two claims are recorded as a conflict.
// A fulfilment whose order has not arrived is kept under a placeholder order, flagged
// OnlyFromFulfilment, which the order fills when it comes.
//
// One transaction per call. Use from the thread that opened the Database.
class OrderStore final
{
public:
    explicit OrderStore(const Database &database, RulesConfig rules = {});
    ~OrderStore();

    // Stores the document's orders and fulfilments (its issues are the caller's). All or
    // nothing: on failure nothing is stored and `error` says why.
    bool store(const OrderDocument &document, qint64 nowMs, OrderImportCounts *counts, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
