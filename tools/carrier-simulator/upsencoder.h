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
    bool encode(const QList<ShipmentRecord> &records, QByteArray *doc) const override;
    QByteArray notFoundBody(const QString &trackingNumber) const override;
};

} // namespace ct::sim
