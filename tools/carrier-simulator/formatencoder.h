// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ct::json {
class Writer;
}

namespace ct::sim {

// Writes canonical ShipmentRecords as one carrier's (or aggregator's) real tracking
// document, the way core's adapter of the same format id reads it: the carrier's own
// status codes (taken from the adapter's code table so they read back as the same
// sub-status where the format can say it), its timestamp style, places and estimates.
// What a format cannot say is listed in docs/SIMULATOR.md and asserted by the round-trip
// test. Encoders are stateless and thread-safe.
class FormatEncoder
{
public:
    virtual ~FormatEncoder() = default;

    // The format id of the adapter that reads the output: "ups", "aftership"...
    virtual QString formatId() const = 0;
    // True when one document can hold several shipments (a list response). Otherwise a
    // document holds exactly one and encode() refuses more.
    virtual bool multiShipment() const = 0;
    // Writes `records` as one document (events in the order given; the carrier's own
    // newest-first or oldest-first listing is applied to that order). False when there
    // is nothing to write or more than a single-shipment format holds.
    bool encode(const QList<ShipmentRecord> &records, QByteArray *doc) const;
    // The body the carrier answers a tracking number it does not know with.
    virtual QByteArray notFoundBody(const QString &trackingNumber) const = 0;

protected:
    // Writes the document of `records`: at least one, and exactly one unless multiShipment().
    virtual void write(json::Writer &w, const QList<ShipmentRecord> &records) const = 0;
};

// One encoder per format the adapters read, in AdapterRegistry::standard() order.
QList<const FormatEncoder *> allEncoders();
// nullptr for an unknown format id.
const FormatEncoder *encoderFor(const QString &formatId);

// The format a carrier's tracking is served in: the carrier's own API where core has an
// adapter for it (ups, fedex, usps, dhl, delhivery), else one of the aggregators
// (aftership, easypost, shippo), the same one every time for the same carrier.
QString formatForCarrier(const QString &carrier);

} // namespace ct::sim
