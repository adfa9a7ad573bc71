// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QByteArray>

class QXmlStreamWriter;

// Writes ShipmentRecords as UPS Tracking XML, so the benchmark can feed the same shipments
// through the XML reader as through the JSON one: the document's start, one <Shipment>
// per record (local Date/Time with GMTOffset, UPS status codes for the record's tags), and
// its end.
QByteArray upsXmlStart();
void writeUpsXmlShipment(QXmlStreamWriter &writer, const ct::ShipmentRecord &shipment);
QByteArray upsXmlEnd();
