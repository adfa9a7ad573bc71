// SPDX-License-Identifier: MIT
#include "ordercarrier.h"

#include "domain/carriers.h"

namespace ct {

QString orderCarrierCode(QStringView storefrontName)
{
    const QString code = canonicalCarrierCode(storefrontName);
    if (code.isEmpty())
        return {};
    for (const CarrierInfo &carrier : knownCarriers()) {
        if (code == QLatin1StringView(carrier.code))
            return code;
    }
    return {};
}

} // namespace ct
