// SPDX-License-Identifier: MIT
#include "customerhistorytext.h"

#include "widgets/displaytext.h"

#include <QStringList>

namespace ct {

QString CustomerHistoryText::summary(const CustomerHistory &history)
{
    QStringList value;
    for (auto it = history.valueByCurrency.cbegin(); it != history.valueByCurrency.cend(); ++it)
        value << DisplayText::money(it.value(), it.key());
    //: The customer's history: "3 orders in the store; 1 returned, 2 returns worth $80.00".
    return tr("%1; %2, %3")
        .arg(tr("%n orders in the store", nullptr, static_cast<int>(history.orders)),
             //: Of the customer's orders in the store, how many were returned.
             tr("%n returned", nullptr, static_cast<int>(history.returnedOrders)),
             tr("%n returns worth %1", nullptr, static_cast<int>(history.returns.size()))
                 .arg(value.isEmpty() ? tr("nothing") : value.join(QStringLiteral(" + "))));
}

QString CustomerHistoryText::reasons(const CustomerHistory &history)
{
    QStringList reasons;
    for (const auto &[reason, count] : history.reasons)
        reasons << QStringLiteral("%1 × %2").arg(count).arg(returnReasonLabel(reason));
    return reasons.isEmpty() ? QString() : tr("Reasons: %1").arg(reasons.join(QStringLiteral(", ")));
}

} // namespace ct
