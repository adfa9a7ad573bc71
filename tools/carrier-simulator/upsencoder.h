// SPDX-License-Identifier: MIT
#pragma once

#include "formatencoder.h"

namespace ct::sim {

// UPS Track API responses: trackResponse.shipment[] (one per inquiry number), each
// with its package and activities newest first, local date/time with gmtOffset.
class UpsEncoder final : public FormatEncoder
{
public:
    QString formatId() const override { return QStringLiteral("ups"); }
    bool multiShipment() const override { return true; }
    QByteArray notFoundBody(const QString &trackingNumber) const override;

protected:
    void write(json::Writer &w, const QList<ShipmentRecord> &records) const override;
};

} // namespace ct::sim
