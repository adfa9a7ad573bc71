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
    bool encode(const QList<ShipmentRecord> &records, QByteArray *doc) const override;
    QByteArray notFoundBody(const QString &trackingNumber) const override;
};

} // namespace ct::sim
