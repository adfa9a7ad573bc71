// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QByteArray>

// Writes a ShipmentRecord as an AfterShip tracking_update webhook (one JSON line), so the
// benchmark can feed realistic carrier payloads through the whole pipeline.
QByteArray afterShipWebhook(const ct::ShipmentRecord &shipment);
