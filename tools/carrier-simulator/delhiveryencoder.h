// SPDX-License-Identifier: MIT
#pragma once

#include "formatencoder.h"

namespace ct::sim {

// Delhivery packages tracking API responses: ShipmentData[].Shipment with Scans oldest
// first, local (India) times without an offset.
class DelhiveryEncoder final : public FormatEncoder
{
public:
    QString formatId() const override { return QStringLiteral("delhivery"); }
    bool multiShipment() const override { return true; }
    QByteArray notFoundBody(const QString &trackingNumber) const override;

protected:
    void write(json::Writer &w, const QList<ShipmentRecord> &records) const override;
};

} // namespace ct::sim
