// SPDX-License-Identifier: MIT
#include "shipmentlane.h"

namespace ct::predict {

QString ShipmentLane::region(QStringView country, QStringView state)
{
    const QStringView trimmed = state.trimmed();
    if (trimmed.isEmpty())
        return country.toString();
    return country.toString() + QLatin1Char('-') + trimmed.toString().toUpper();
}

ShipmentLane ShipmentLane::of(const QString &carrier, const QString &service, QStringView originCountry,
                              QStringView originState, const QString &destinationCountry,
                              QStringView destinationState)
{
    return {carrier, service, region(originCountry, originState), destinationCountry,
            region(destinationCountry, destinationState)};
}

QString ShipmentLane::text() const
{
    return carrier + QLatin1Char(' ') + service + QLatin1Char(' ') + originRegion + QStringLiteral("→")
           + destinationRegion;
}

} // namespace ct::predict
