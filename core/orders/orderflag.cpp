// SPDX-License-Identifier: MIT
#include "orderflag.h"

namespace ct {

QStringList orderFlagNames(quint32 flags)
{
    static const char *const Names[OrderFlagCount] = {"currency", "payment_mode", "address", "total",
                                                      "ordered_at", "updated_at", "fulfilment_only", "line"};
    QStringList names;
    for (int i = 0; i < OrderFlagCount; ++i) {
        if (flags & (1u << i))
            names.append(QString::fromLatin1(Names[i]));
    }
    return names;
}

} // namespace ct
