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
    QByteArray notFoundBody(const QString &trackingNumber) const override;

protected:
    void write(json::Writer &w, const QList<ShipmentRecord> &records) const override;
};

} // namespace ct::sim
