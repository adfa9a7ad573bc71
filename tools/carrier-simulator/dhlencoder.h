// SPDX-License-Identifier: MIT
#pragma once

#include "formatencoder.h"

namespace ct::sim {

// DHL Shipment Tracking - Unified API responses (the DHL Express business unit):
// shipments[] with events newest first, local timestamps without an offset and places
// written "CITY, ST - COUNTRY".
class DhlEncoder final : public FormatEncoder
{
public:
    QString formatId() const override { return QStringLiteral("dhl"); }
    bool multiShipment() const override { return true; }
    bool encode(const QList<ShipmentRecord> &records, QByteArray *doc) const override;
    QByteArray notFoundBody(const QString &trackingNumber) const override;
};

} // namespace ct::sim
