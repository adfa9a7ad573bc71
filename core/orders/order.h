// SPDX-License-Identifier: MIT
#pragma once

#include "domain/paymentmode.h"
#include "domain/timestamp.h"
#include "orderaddress.h"
#include "ordercustomer.h"
#include "orderflag.h"
#include "orderfulfilment.h"
#include "orderline.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// A storefront's order, normalized: what the store keeps of it (docs/storefronts/README.md)
// and what links it to its parcels (its fulfilments' tracking numbers). Money is in minor
// units of `currency` (cents; yen have none). Identity is (storefront, externalId).
struct Order
{
    QString storefront; // "shopify"
    QString externalId; // the storefront's id of the order
    QString name;       // what people call it: "#1001"
    QString orderNumber;

    QList<OrderLine> lines;
    OrderCustomer customer;
    OrderAddress shippingAddress;

    PaymentMode paymentMode = PaymentMode::Unknown;
    QString financialStatus; // the storefront's word: "paid", "pending"...
    QString currency;        // ISO 4217
    qint64 totalCents = 0;
    qint64 subtotalCents = 0;

    std::optional<Timestamp> orderedAt;
    std::optional<qint64> updatedAtMs; // the storefront's last change: a newer one wins
    QDate promisedDate;                 // the delivery promised at checkout, when given

    QList<OrderFulfilment> fulfilments;

    quint32 flags = 0;   // OrderFlag bits
    QStringList issues;  // what could not be read, one located line each

    bool has(OrderFlag flag) const { return (flags & static_cast<quint32>(flag)) != 0; }
    void flag(OrderFlag flag, const QString &issue)
    {
        flags |= static_cast<quint32>(flag);
        issues.append(issue);
    }
    // The name shown on shipments ("#1001"), else the storefront's id.
    QString displayId() const { return name.isEmpty() ? externalId : name; }
};

} // namespace ct
