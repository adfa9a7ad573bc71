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
    bool encode(const QList<ShipmentRecord> &records, QByteArray *doc) const override;
    QByteArray notFoundBody(const QString &trackingNumber) const override;
};

} // namespace ct::sim
