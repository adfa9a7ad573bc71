// SPDX-License-Identifier: MIT
#pragma once

#include "xmltrackingadapter.h"

namespace ct::xml {

// UPS Tracking XML (the legacy XML API, <TrackResponse> in no namespace) and UPS Track Web
// Service (SOAP, <trk:TrackResponse> in "http://www.ups.com/XMLSchema/XOLTWS/Track/v2.0"):
// a Response with its status and errors, then one Shipment per shipment, each with one or
// more Packages and their Activity scans (Status/StatusType/Code and Status/StatusCode/Code
// in the XML API; Status/Type and Status/Code in the web service), local Date and Time.
// Records: Response and each Shipment. SOAP Faults with UPS's error detail are read too.
class UpsTrackXmlAdapter final : public XmlTrackingAdapter
{
public:
    QString formatId() const override;
    QString formatName() const override;
    QList<XmlDocumentRoot> roots() const override;
    bool isRecord(QStringView localName, int depth) const override;
    void parseRecord(const XmlElement &record, XmlParseContext &context) const override;
    bool parseFault(const XmlElement &fault, XmlParseContext &context) const override;

private:
    void parseResponse(const XmlElement &response, XmlParseContext &context) const;
    void parseShipment(const XmlElement &shipment, XmlParseContext &context) const;
};

} // namespace ct::xml
