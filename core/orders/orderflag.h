// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ct {

// What could not be read from a storefront order. The order is stored with what could be
// read and these bits set (orders.flags): append only, never renumber.
enum class OrderFlag : quint32 {
    CurrencyUnreadable = 1u << 0,     // no ISO 4217 code: totals kept as read, in hundredths
    PaymentModeUnknown = 1u << 1,     // neither the gateway nor the financial status says
    AddressUnreadable = 1u << 2,      // no shipping address, or one without city, postal code and country
    TotalUnreadable = 1u << 3,        // a total or a line price is not a decimal amount
    OrderedAtUnreadable = 1u << 4,    // created_at missing or not ISO 8601
    UpdatedAtUnreadable = 1u << 5,    // updated_at missing or not ISO 8601: created_at stands in
    OnlyFromFulfilment = 1u << 6,     // known only from a fulfilment so far; the order itself has not arrived
    LineUnreadable = 1u << 7,         // a line's quantity is not a whole number (a CSV's cell): read as 0
};
inline constexpr int OrderFlagCount = 8;

// "currency", "payment_mode", "address", "total", "ordered_at", "updated_at", "fulfilment_only", "line"
QStringList orderFlagNames(quint32 flags);

} // namespace ct
