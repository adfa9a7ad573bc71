// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace ct::predict {

// What a parcel's transit time depends on in the delivery-date model: who carries it,
// with which service, from where to where. A region is the country and the state or
// province as the feed gave it, upper case ("US-TX", "IN-MAHARASHTRA"); only the country
// ("DE") when the feed gave no state (docs/PREDICTION.md, "Cells").
struct ShipmentLane
{
    QString carrier;
    QString service;
    QString originRegion;
    QString destinationCountry;
    QString destinationRegion;

    static QString region(QStringView country, QStringView state);
    static ShipmentLane of(const QString &carrier, const QString &service, QStringView originCountry,
                           QStringView originState, const QString &destinationCountry, QStringView destinationState);

    // "ups UPS Ground US-TX→US-CA", for reports.
    QString text() const;
};

} // namespace ct::predict
