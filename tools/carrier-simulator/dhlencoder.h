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
    QByteArray notFoundBody(const QString &trackingNumber) const override;

protected:
    void write(json::Writer &w, const QList<ShipmentRecord> &records) const override;
};

} // namespace ct::sim
