// SPDX-License-Identifier: MIT
#include "searchtext.h"

namespace ct {

QString phoneSearchText(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() > 10)
        return digits + QLatin1Char(' ') + digits.right(10);
    return digits;
}

} // namespace ct
