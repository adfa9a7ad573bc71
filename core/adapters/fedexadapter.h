// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

#include "domain/subtag.h"

#include <optional>

namespace ct {

// The FedEx Track API (REST, "Basic Integrated Visibility") response of
// POST /track/v1/trackingnumbers and its siblings: output.completeTrackResults[], each with
// trackResults[] — one per shipment, so a tracking number FedEx reused for several
// shipments gives several trackResults, kept apart and told by trackingNumberUniqueId.
// Reads trackingNumberInfo, latestStatusDetail, scanEvents[] (eventType, derivedStatusCode,
// exception texts, scanLocation), dateAndTimes[], estimatedDeliveryTimeWindow,
// packageDetails and the MPS package identifiers, serviceDetail, the shipper/recipient
// addresses, an error object inside a trackResult (TRACKING.TRACKINGNUMBER.NOTFOUND) and
// the request-level error body {"transactionId", "errors": [...]}.
class FedExAdapter final : public TrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

    // FedEx's scan codes, shared with the Web Services TrackReply adapter (the same codes
    // in XML): an event type (else the derived status code) -> sub-status, nullopt when
    // unknown; the reason a "delivery exception" names in its exception description.
    static std::optional<Subtag> scanStatus(const QString &eventType, const QString &derivedCode);
    static std::optional<Subtag> deliveryExceptionSubtag(const QString &exceptionDescription);

private:
    void parseTrackResult(const json::Value &result, const json::Value &complete,
                          ParseContext &context) const;
};

} // namespace ct
