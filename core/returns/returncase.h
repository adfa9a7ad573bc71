// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnrecord.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace ct {

// Everything the return policy looks at for one return: the request, its order's dates,
// and the customer's history. ReturnCaseQuery builds these from the store; tests build them
// by hand.
struct ReturnCase
{
    qint64 returnId = 0;
    ReturnRecord request;
    bool orderKnown = true;  // the order (its outbound shipment) is in the store
    QDateTime orderedAt;     // UTC; invalid when unknown
    QDateTime fulfilledAt;   // UTC: the outbound parcel was handed over
    QDateTime deliveredAt;   // UTC: the outbound parcel was delivered
    QString customerEmail;   // lower case; empty when unknown

    // The customer's history within the serial-returner rule's days before the request
    // (this return not counted).
    int customerReturns = 0;
    int customerOrders = 0;         // orders placed in those days, this one included
    int customerReturnedOrders = 0; // of those, orders with a return (this one not counted)

    // SKUs of this order already in another return that was not rejected -> its RMA.
    QHash<QString, QString> alreadyReturned;
};

} // namespace ct
