// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ct {

// The customer of a storefront order as the storefront knows them at the time of the
// order (a later order may carry newer details).
struct OrderCustomer
{
    QString name;
    QString email;
    QString phone;
    QStringList tags;
    int orderCount = 0; // the storefront's count of this customer's orders; 0 when unknown

    bool operator==(const OrderCustomer &) const = default;
};

} // namespace ct
