// SPDX-License-Identifier: MIT
#pragma once

#include "formatencoder.h"

namespace ct::sim {

// AfterShip tracking objects: GET /trackings/{id} for one shipment, the list response
// {"data": {"trackings": [...]}} for several; checkpoints oldest first with AfterShip's
// tag and subtag, checkpoint times with the place's offset.
class AfterShipEncoder final : public FormatEncoder
{
public:
    QString formatId() const override { return QStringLiteral("aftership"); }
    bool multiShipment() const override { return true; }
    QByteArray notFoundBody(const QString &trackingNumber) const override;

protected:
    void write(json::Writer &w, const QList<ShipmentRecord> &records) const override;
};

} // namespace ct::sim
