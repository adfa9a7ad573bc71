// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

namespace ct {

struct ShipmentRecord;

// Delhivery's package tracking API (GET /api/v1/packages/json/?waybill=...): a
// {"ShipmentData": [{"Shipment": {...}}]} response with one entry per waybill, each with its
// summary "Status" and its "Scans" ([{"ScanDetail": {...}}]). Also reads the body Delhivery
// sends for unknown waybills ({"Error": "No such waybill or Order Id found", "Success":
// false, "rmk": ...}, or an empty ShipmentData), and the single {"Shipment": {...}} object
// its push webhook posts (a summary Status without scans). Delhivery writes local Indian
// time without an offset; every event is placed in India (Asia/Kolkata).
class DelhiveryAdapter final : public TrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

private:
    void parseShipment(const json::Value &shipment, ParseContext &context) const;
    void readPayment(const json::Value &shipment, ShipmentRecord &record, ParseContext &context) const;
};

} // namespace ct
