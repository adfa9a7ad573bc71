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
    bool encode(const QList<ShipmentRecord> &records, QByteArray *doc) const override;
    QByteArray notFoundBody(const QString &trackingNumber) const override;
};

} // namespace ct::sim
