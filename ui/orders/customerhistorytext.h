// SPDX-License-Identifier: MIT
#pragma once

#include "returns/returncustomerhistory.h"

#include <QCoreApplication>
#include <QString>

namespace ct {

// A customer's history in this store in words, the same in every pane that shows it (the
// returns detail's Customer tab, the shipment detail's Order tab).
class CustomerHistoryText final
{
    Q_DECLARE_TR_FUNCTIONS(ct::CustomerHistoryText)

public:
    // "3 orders in the store; 1 returned, 2 returns worth 80.00 USD" (plain text).
    static QString summary(const CustomerHistory &history);
    // "Reasons: 2 × Wrong size or fit, 1 × Arrived damaged", or empty (plain text).
    static QString reasons(const CustomerHistory &history);
};

} // namespace ct
