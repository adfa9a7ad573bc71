// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

namespace ct::xml {

class XmlElement;
class XmlParseContext;

// An element that starts a document of an XML format: its local name and the namespaces
// it may be in ("" for none; an entry ending in '*' matches every namespace it starts
// with, for versioned ones such as FedEx's "http://fedex.com/ws/track/v*").
struct XmlDocumentRoot
{
    QString localName;
    QStringList namespaceUris;
    // When not empty, the root is this format's only when its first child element has one
    // of these local names (UPS and USPS both answer with a <TrackResponse> in no namespace).
    QStringList firstChildren;

    bool acceptsNamespace(QStringView namespaceUri) const;
    // "none or \"http://...\"", for messages.
    QString expectedNamespaces() const;
};

// Reads one public XML tracking format (a carrier's XML or SOAP API response). The
// XmlFeedReader streams the document: it finds the format's root (past any wrapper, such
// as a SOAP Envelope and Body), then hands each record element, read whole, to
// parseRecord(); nothing else of the document is kept, so memory is bounded by the
// largest record. Stateless and thread-safe, like TrackingAdapter.
class XmlTrackingAdapter
{
public:
    virtual ~XmlTrackingAdapter() = default;

    // Stable id stored with each shipment ("ups-xml", "usps-webtools"...).
    virtual QString formatId() const = 0;
    virtual QString formatName() const = 0;
    // The elements a document of this format starts with.
    virtual QList<XmlDocumentRoot> roots() const = 0;
    // Whether the element named `localName`, `depth` levels under the root (0: the root
    // itself), is a record: read whole and given to parseRecord().
    virtual bool isRecord(QStringView localName, int depth) const = 0;
    // Emits the record's shipments (XmlParseContext::addShipment) and reports bad fields,
    // not-found entries and carrier errors, continuing past them.
    virtual void parseRecord(const XmlElement &record, XmlParseContext &context) const = 0;
    // A SOAP Fault met before any root of a format (a carrier answering with a fault
    // instead of its response): when its detail is this format's, reports it (a not-found
    // code as not found) and returns true. The reader reports other faults as errors.
    virtual bool parseFault(const XmlElement &fault, XmlParseContext &context) const
    {
        Q_UNUSED(fault);
        Q_UNUSED(context);
        return false;
    }
};

} // namespace ct::xml
