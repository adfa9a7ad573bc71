// SPDX-License-Identifier: MIT
#pragma once

#include "formatencoder.h"

namespace ct::sim {

// Shippo Track objects (GET /tracks/{carrier}/{number}); one shipment per document,
// tracking_history oldest first, status_date in UTC.
class ShippoEncoder final : public FormatEncoder
{
public:
    QString formatId() const override { return QStringLiteral("shippo"); }
    bool multiShipment() const override { return false; }
    bool encode(const QList<ShipmentRecord> &records, QByteArray *doc) const override;
    QByteArray notFoundBody(const QString &trackingNumber) const override;
};

} // namespace ct::sim
