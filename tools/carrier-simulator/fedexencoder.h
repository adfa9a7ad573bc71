// SPDX-License-Identifier: MIT
#pragma once

#include "formatencoder.h"

namespace ct::sim {

// FedEx Track API responses: output.completeTrackResults[] with one trackResult each,
// scanEvents newest first, dates with the local offset.
class FedExEncoder final : public FormatEncoder
{
public:
    QString formatId() const override { return QStringLiteral("fedex"); }
    bool multiShipment() const override { return true; }
    QByteArray notFoundBody(const QString &trackingNumber) const override;

protected:
    void write(json::Writer &w, const QList<ShipmentRecord> &records) const override;
};

} // namespace ct::sim
