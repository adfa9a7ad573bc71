// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

namespace ct {

// EasyPost's Tracker object ({"object": "Tracker", "tracking_code": ..., "tracking_details":
// [...]}) as returned by the Trackers API, a list of them ({"trackers": [...], "has_more":
// ...}), the webhook Event that carries one ({"object": "Event", "description":
// "tracker.updated", "result": {Tracker}}) and EasyPost's error body ({"error": {"code":
// ..., "message": ...}}). Each TrackingDetail's (status, status_detail) pair gives the
// event's sub-status; datetimes with "Z" or an offset are exact, the local times some
// carriers leak through without an offset are read at the scan's place.
class EasyPostAdapter final : public TrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

private:
    void parseTracker(const json::Value &tracker, ParseContext &context) const;
};

} // namespace ct
