// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct {

namespace json {
class Value;
}
class ParseContext;

// Reads one public tracking format (a carrier's API response or an aggregator's object or
// webhook) and turns it into ShipmentRecords in the canonical language. An adapter is
// stateless and thread-safe; everything per-document goes through the ParseContext.
class TrackingAdapter
{
public:
    virtual ~TrackingAdapter() = default;

    // Stable id printed by `controltower-cli normalize` and stored with each shipment:
    // "aftership", "easypost", "shippo", "ups", "fedex", "dhl", "usps", "delhivery".
    virtual QString formatId() const = 0;
    // Human name: "UPS Track API".
    virtual QString formatName() const = 0;
    // True when `document` is this format. Must look at structure that no other
    // supported format has (tests check every fixture is claimed by exactly one adapter).
    virtual bool accepts(const json::Value &document) const = 0;
    // Emits every shipment of the document through context.addShipment() and reports
    // bad fields through context.error()/warning(), continuing past them.
    virtual void parse(const json::Value &document, ParseContext &context) const = 0;
};

} // namespace ct
