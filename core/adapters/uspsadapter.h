// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

#include "domain/subtag.h"

#include <optional>

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

    // USPS's tables and text rules, shared with the Web Tools XML adapter (the same codes
    // and texts): an event code (with its text, which tells a return delivered back to the
    // sender and a counter pickup from a delivery) -> sub-status, nullopt when unknown; a
    // status category with its status text -> the summary's sub-status; text without its
    // HTML superscripts; the state in a regional plant's name ("DENVER CO DISTRIBUTION
    // CENTER" -> "CO").
    static std::optional<Subtag> eventStatus(const QString &code, const QString &description);
    static std::optional<Subtag> summaryStatus(const QString &category, const QString &status);
    static QString plainText(const QString &text);
    static QString facilityState(const QString &city);

private:
    void parseTracking(const json::Value &tracking, ParseContext &context) const;
    void parseError(const json::Value &document, ParseContext &context) const;
};

} // namespace ct
