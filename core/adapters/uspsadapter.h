// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

namespace ct {

// USPS Tracking API v3 (apis.usps.com/tracking/v3/tracking/{trackingNumber}?expand=DETAIL)
// responses: one tracking object per document with trackingNumber, statusCategory,
// status, mailClass, origin*/destination* fields, expectedDeliveryTimeStamp (or the
// predicted/guaranteed variants) and trackingEvents[] (eventType, eventCode,
// eventTimestamp in local time, GMTOffset, eventCity/eventState/eventZIP/eventCountry).
// Also reads the v3r2 spellings (eventZIPCode, destinationZIPCode, uniqueTrackingID), the
// elements of a v3r2 multi-status array (each element is its own record), and the USPS
// error body {"apiVersion": ..., "error": {"code", "message", "errors": [...]}} with or
// without the v3r2 trackingNumber/statusCode members.
class UspsAdapter final : public TrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

private:
    void parseTracking(const json::Value &tracking, ParseContext &context) const;
    void parseError(const json::Value &document, ParseContext &context) const;
};

} // namespace ct
