// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QByteArray>
#include <QString>

namespace ct {

// One shipment as a line of `controltower-cli normalize` output (docs/CLI.md):
// {"source", "record", "format", "tracking_number", "carrier", "tag", "subtag",
//  "estimated_delivery", "events": [...], then the optional details}, no trailing newline.
QByteArray normalizedShipmentJson(const ShipmentRecord &shipment, const QString &source,
                                  int record);

} // namespace ct
