// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

namespace ct {

// Shippo's Track object ({"carrier": "usps", "tracking_number": ..., "tracking_status":
// {...}, "tracking_history": [...]}) as returned by GET/POST /tracks, and the track_updated
// webhook that carries one ({"event": "track_updated", "test": false, "data": {Track}}).
// Each tracking_history entry's (status, substatus.code) pair gives the event's
// sub-status; tracking_status is the payload's summary. A Track whose status is UNKNOWN
// with no history is a number the carrier does not know.
class ShippoAdapter final : public TrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

private:
    void parseTrack(const json::Value &track, ParseContext &context) const;
};

} // namespace ct
