// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

namespace ct {

// AfterShip's tracking object, as returned by the Tracking API (single tracking under
// data.tracking, lists under data.trackings, a bare tracking object) and as pushed by its
// tracking webhook ({"event": "tracking_update", "msg": {...}}). Reads both the v4 field
// names (origin_country_iso3, customer_name, expected_delivery) and the dated-version
// ones (origin_country_region, customers[], courier_estimated_delivery_date).
class AfterShipAdapter final : public TrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

private:
    void parseTracking(const json::Value &tracking, ParseContext &context) const;
};

} // namespace ct
