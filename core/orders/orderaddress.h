// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct {

// Where an order ships to, as the storefront wrote it.
struct OrderAddress
{
    QString name;
    QString line1;
    QString line2;
    QString city;
    QString region;     // state or province code when given, else its name
    QString postalCode;
    QString country;    // ISO 3166-1 alpha-2
    QString phone;

    bool isEmpty() const { return line1.isEmpty() && city.isEmpty() && postalCode.isEmpty() && country.isEmpty(); }
    bool operator==(const OrderAddress &) const = default;
};

} // namespace ct
