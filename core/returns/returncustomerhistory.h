// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ct {

class Database;

// One earlier (or later) return of the same customer.
struct CustomerReturn
{
    qint64 returnId = 0;
    QString rma;
    QString orderId;
    qint64 requestedAtMs = 0;
    ReturnStatus status = ReturnStatus::Requested;
    ReturnReason reason = ReturnReason::ChangedMind;
    qint64 amountCents = 0;
    QString currency;
};

// A customer's orders and returns as the store knows them, for the returns detail pane
// ("12 orders, 3 returned: 2 × wrong size, 1 × damaged; 240.00 USD"). Found by the
// customer's e-mail (lower case) through the shipments' customer index; a return counts
// through its outbound shipment, so returns of orders not in the store are not found.
struct CustomerHistory
{
    qint64 orders = 0;                 // distinct orders shipped to the customer
    qint64 returnedOrders = 0;         // of those, orders with a return
    QList<CustomerReturn> returns;     // newest first
    QMap<QString, qint64> valueByCurrency;      // the returns' value
    QList<QPair<ReturnReason, int>> reasons;    // most frequent first

    // Reads the history of `email` (any case); an empty e-mail has none.
    static std::optional<CustomerHistory> read(const Database &database, const QString &email, QString *error);
};

} // namespace ct
