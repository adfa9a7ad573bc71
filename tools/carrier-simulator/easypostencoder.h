// SPDX-License-Identifier: MIT
#pragma once

#include "formatencoder.h"

namespace ct::sim {

// EasyPost Trackers: one Tracker (GET /trackers/{id}), or the list response
// {"trackers": [...]} for several; tracking_details oldest first with status and
// status_detail, datetimes in UTC.
class EasyPostEncoder final : public FormatEncoder
{
public:
    QString formatId() const override { return QStringLiteral("easypost"); }
    bool multiShipment() const override { return true; }
    bool encode(const QList<ShipmentRecord> &records, QByteArray *doc) const override;
    QByteArray notFoundBody(const QString &trackingNumber) const override;
};

} // namespace ct::sim
