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
    QByteArray notFoundBody(const QString &trackingNumber) const override;

protected:
    void write(json::Writer &w, const QList<ShipmentRecord> &records) const override;
};

} // namespace ct::sim
