// SPDX-License-Identifier: MIT
#include "ordertext.h"

#include <QString>

namespace ct::ordertext {

bool namesCashOnDelivery(QStringView gateway)
{
    const QString folded = gateway.trimmed().toString().toLower();
    return folded.contains(QLatin1String("cash on delivery")) || folded == QLatin1String("cod")
           || folded.contains(QLatin1String("(cod)")) || folded == QLatin1String("cash_on_delivery")
           || folded == QLatin1String("cashondelivery");
}

bool isSettledFinancialStatus(QStringView status)
{
    static const char *const Settled[] = {"paid", "partially_paid", "refunded", "partially_refunded", "authorized"};
    const QString folded = status.trimmed().toString().toLower();
    for (const char *s : Settled) {
        if (folded == QLatin1String(s))
            return true;
    }
    return false;
}

QStringList tags(const QString &text)
{
    QStringList out;
    for (const QString &tag : text.split(QLatin1Char(','))) {
        if (!tag.trimmed().isEmpty())
            out.append(tag.trimmed());
    }
    return out;
}

} // namespace ct::ordertext
