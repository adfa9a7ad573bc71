// SPDX-License-Identifier: MIT
#include "xmlparsecontext.h"

#include "geo/countries.h"
#include "xmlelement.h"

namespace ct::xml {

QString XmlParseContext::locate(const XmlElement &element)
{
    if (element.column() <= 0) // the document's element: only the line is certain
        return QStringLiteral("%1 (line %2)").arg(element.path()).arg(element.line());
    return QStringLiteral("%1 (line %2, column %3)").arg(element.path()).arg(element.line()).arg(element.column());
}

QString XmlParseContext::locateChild(const XmlElement &parent, QStringView localName)
{
    const XmlElement *child = parent.child(localName);
    return locate(child ? *child : parent);
}

void XmlParseContext::error(const XmlElement &at, const QString &message)
{
    m_context.error(locate(at), message);
}

void XmlParseContext::warning(const XmlElement &at, const QString &message)
{
    m_context.warning(locate(at), message);
}

void XmlParseContext::notFound(const XmlElement &at, const QString &trackingNumber,
                               const QString &carrierMessage)
{
    m_context.notFound(locate(at), trackingNumber, carrierMessage);
}

std::optional<QString> XmlParseContext::requiredText(const XmlElement &parent, QStringView localName)
{
    const XmlElement *child = parent.child(localName);
    if (!child) {
        error(parent, QStringLiteral("required element <%1> is missing").arg(localName));
        return std::nullopt;
    }
    QString text = child->text();
    if (text.isEmpty()) {
        error(*child, QStringLiteral("required element is empty"));
        return std::nullopt;
    }
    return text;
}

QString XmlParseContext::country(const XmlElement *field)
{
    if (!field)
        return {};
    const QString text = field->text();
    if (text.isEmpty())
        return {};
    const QString alpha2 = geo::countryAlpha2(text);
    if (alpha2.isEmpty())
        warning(*field, QStringLiteral("unknown country \"%1\" ignored").arg(text));
    return alpha2;
}

ParseContext::EventTime XmlParseContext::eventTime(const DateTimeText &text, QStringView country,
                                                   QStringView state, QStringView fallbackCountry)
{
    return m_context.eventTime(text, country, state, fallbackCountry);
}

void XmlParseContext::setStatus(TrackingEvent &event, std::optional<Subtag> mapped,
                                const XmlElement *codeElement, const XmlElement &eventElement)
{
    // The location is only reported for an unknown code: not worked out for the others.
    m_context.setStatus(event, mapped, mapped ? QString() : locate(codeElement ? *codeElement : eventElement));
}

void XmlParseContext::addShipment(ShipmentRecord &&shipment, const XmlElement &part,
                                  std::optional<Subtag> reported, const XmlElement *reportedElement)
{
    shipment.rawPayload = part.toXml();
    // Located only where a summary status may be reported as contradicted.
    m_context.addShipment(std::move(shipment), reported,
                          reported ? locate(reportedElement ? *reportedElement : part) : QString());
}

} // namespace ct::xml
