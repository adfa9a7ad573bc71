// SPDX-License-Identifier: MIT
#pragma once

#include "xmltrackingadapter.h"

namespace ct::xml {

// USPS Web Tools Track/Confirm Fields API (TrackFieldRequest, Revision 1) responses: a
// <TrackResponse> (also spelled <TrackFieldResponse>) of <TrackInfo ID="..."> entries, each
// with the mail class, origin and destination, Status/StatusCategory, the expected
// delivery date, a TrackSummary (the latest event) and TrackDetail events (older, newest
// first) with EventDate "June 17, 2026", EventTime "11:37 am", EventCode, the place and,
// when given, GMTOffset; or an <Error> for a number USPS does not know. Records: TrackInfo.
class UspsWebToolsAdapter final : public XmlTrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    QList<XmlDocumentRoot> roots() const override;
    bool isRecord(QStringView localName, int depth) const override;
    void parseRecord(const XmlElement &record, XmlParseContext &context) const override;
};

} // namespace ct::xml
