// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

#include "domain/subtag.h"

#include <optional>

namespace ct {

// UPS Track API (REST, /api/track/v1/details) responses: {"trackResponse": {"shipment":
// [...]}} where every shipment holds one or more packages (a multi-piece shipment lists
// each piece with its own tracking number), each with activity[] scans whose status has a
// type letter (I, D, X, P, M, MV, RS, O, DO, DD, W, NA), a two-character code and a
// three-digit statusCode. Reads the local date/time fields ("YYYYMMDD", "HHMMSS") with the
// newer gmtOffset when present (gmtDate/gmtTime only when the local fields are absent),
// deliveryDate[]/deliveryTime estimates, packageAddress[] origin and destination,
// shipment warnings (TW0001 "Tracking Information Not Found") and the
// {"response": {"errors": [...]}} error body.
class UpsAdapter final : public TrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

    // UPS's status codes, shared with the Track XML adapter (the same codes in XML): the
    // two-character activity code, else the three-digit status code, else the status type
    // letter; nullopt when none is known.
    static std::optional<Subtag> activityStatus(const QString &type, const QString &code,
                                                const QString &statusCode, const QString &description);
    // Error and warning codes that mean "UPS has no tracking data for this number".
    static bool isNotFoundCode(const QString &code);

private:
    void parseShipment(const json::Value &shipment, ParseContext &context) const;
    void parsePackage(const json::Value &package, const QString &inquiryNumber, int pieceCount,
                      ParseContext &context) const;
};

} // namespace ct
