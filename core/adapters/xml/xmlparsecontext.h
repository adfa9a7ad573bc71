// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/datetimetext.h"
#include "adapters/parsecontext.h"

#include <QString>

#include <optional>

namespace ct::xml {

class XmlElement;

// What an XML adapter reports into while reading one record: ParseContext's shared rules
// (status mapping and unknown-code counting, time zones, summary conflicts), located by
// element ("TrackResponse/Shipment[2]/Package/Activity[3]/Date (line 57, column 13)").
class XmlParseContext final
{
public:
    explicit XmlParseContext(ParseContext &context) : m_context(context) {}

    ParseContext &base() { return m_context; }

    // "path (line L, column C)" of an element.
    static QString locate(const XmlElement &element);
    // The location of `parent`'s child `localName`, or of `parent` when the child is
    // absent ("…/Activity[3]: Date is missing").
    static QString locateChild(const XmlElement &parent, QStringView localName);

    void error(const XmlElement &at, const QString &message);
    void warning(const XmlElement &at, const QString &message);
    void notFound(const XmlElement &at, const QString &trackingNumber, const QString &carrierMessage);

    // A child's text that must be there: reports "<Name> is missing" or "is empty" at the
    // parent and returns nullopt.
    std::optional<QString> requiredText(const XmlElement &parent, QStringView localName);
    // A country element's text (code or name) as ISO alpha-2; unknown text is reported
    // at the element and gives empty.
    QString country(const XmlElement *field);
    // A date and time the adapter assembled, read as ParseContext::eventTime does.
    ParseContext::EventTime eventTime(const DateTimeText &text, QStringView country, QStringView state,
                                      QStringView fallbackCountry = {});
    // The event's tag and sub-status from the adapter's mapping; an unknown code is
    // counted and reported at `codeElement` (or at `eventElement` when there is none).
    void setStatus(TrackingEvent &event, std::optional<Subtag> mapped, const XmlElement *codeElement,
                   const XmlElement &eventElement);
    // Finishes a shipment (ParseContext::addShipment) with `part` as its raw payload.
    void addShipment(ShipmentRecord &&shipment, const XmlElement &part, std::optional<Subtag> reported = std::nullopt,
                     const XmlElement *reportedElement = nullptr);

private:
    ParseContext &m_context;
};

} // namespace ct::xml
