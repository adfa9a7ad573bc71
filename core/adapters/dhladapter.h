// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

namespace ct {

// The DHL Shipment Tracking – Unified API response of GET /track/shipments:
// {"shipments": [...]} where each shipment has id, service (express, parcel-de,
// ecommerce, freight...), origin/destination places, status, estimatedTimeOfDelivery,
// details (pieces, product, references) and events[] of the same shape as status. DHL's
// statusCode is a coarse stage (pre-transit, transit, delivered, failure, unknown); the
// sub-status inside that stage is read from the event text. Also reads the RFC 7807
// problem body ({"title", "status": 404, "detail"}) DHL sends for unknown numbers.
class DhlAdapter final : public TrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

private:
    void parseShipment(const json::Value &shipment, ParseContext &context) const;
};

} // namespace ct
