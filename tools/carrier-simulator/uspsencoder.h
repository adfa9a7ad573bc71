// SPDX-License-Identifier: MIT
#pragma once

#include "formatencoder.h"

namespace ct::sim {

// USPS Tracking API v3 responses (one tracking object), or the v3r2 multi-status
// array for several; trackingEvents newest first, local eventTimestamp with GMTOffset.
class UspsEncoder final : public FormatEncoder
{
public:
    QString formatId() const override { return QStringLiteral("usps"); }
    bool multiShipment() const override { return true; }
    QByteArray notFoundBody(const QString &trackingNumber) const override;

protected:
    void write(json::Writer &w, const QList<ShipmentRecord> &records) const override;
};

} // namespace ct::sim
