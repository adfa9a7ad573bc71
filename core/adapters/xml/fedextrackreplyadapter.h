// SPDX-License-Identifier: MIT
#pragma once

#include "xmltrackingadapter.h"

namespace ct::xml {

// FedEx Web Services Track Service replies (SOAP or plain XML): <TrackReply> in
// "http://fedex.com/ws/track/vNN" with HighestSeverity, Notifications and one
// CompletedTrackDetails per tracking number asked, each holding TrackDetails (one per
// shipment FedEx has under that number: a reused number gives several) with their own
// Notifications (9040: not found), StatusDetail, Service, addresses, DatesOrTimes and
// Events (Timestamp with offset, EventType, EventDescription, StatusException*, Address).
// Records: the reply's Notifications and each CompletedTrackDetails.
class FedExTrackReplyAdapter final : public XmlTrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    QList<XmlDocumentRoot> roots() const override;
    bool isRecord(QStringView localName, int depth) const override;
    void parseRecord(const XmlElement &record, XmlParseContext &context) const override;

private:
    void parseTrackDetails(const XmlElement &details, XmlParseContext &context) const;
};

} // namespace ct::xml
