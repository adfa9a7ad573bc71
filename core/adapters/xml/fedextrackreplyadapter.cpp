// SPDX-License-Identifier: MIT
//
// FedEx Web Services Track Service (TrackReply) adapter.
//
// Sources:
//  - FedEx Web Services Developer Guide, Track Service (WSDL TrackService_v16 and later,
//    namespace http://fedex.com/ws/track/vNN): TrackReply (HighestSeverity, Notifications
//    with Severity SUCCESS/NOTE/WARNING/ERROR/FAILURE, Source, Code, Message,
//    TransactionDetail, Version, CompletedTrackDetails), CompletedTrackDetails
//    (HighestSeverity, Notifications, DuplicateWaybill, MoreData, TrackDetails), TrackDetail
//    (Notifications, TrackingNumber, TrackingNumberUniqueIdentifier, StatusDetail Code/
//    Description/Location, Service Type/Description, PackageCount, ShipperAddress,
//    OriginLocationAddress, DestinationAddress, DatesOrTimes Type/DateOrTimestamp with
//    ESTIMATED_DELIVERY, ACTUAL_DELIVERY, SHIP..., DeliverySignatureName, Events: Timestamp,
//    EventType, EventDescription, StatusExceptionCode, StatusExceptionDescription, Address).
//  - The scan codes are FedEx's own, the same as the Track API's (JSON) eventType: the
//    table of FedExAdapter (docs/adapters/fedex.md) is shared.
//
// Readings chosen where the documentation is silent (safe readings), as in the JSON
// adapter: a Timestamp without an offset is local time at the scan's place; after a "RS"
// (return to shipper) scan, a delivery is the return reaching the shipper and transit
// scans are the return travelling; a delivered scan with a signature name is
// Delivered_003; a TrackDetail whose Notifications say ERROR with code 9040 (or "cannot be
// found") and that has no events is not found; an error beside events keeps the events.
#include "fedextrackreplyadapter.h"

#include "adapters/fedexadapter.h"
#include "domain/carriers.h"
#include "xmlelement.h"
#include "xmlparsecontext.h"

#include <limits>

namespace ct::xml {

namespace {

void readAddress(const XmlElement *address, Address &target, XmlParseContext &context)
{
    if (!address)
        return;
    target.city = address->childText(u"City");
    target.state = address->childText(u"StateOrProvinceCode");
    target.postalCode = address->childText(u"PostalCode");
    target.country = context.country(address->child(u"CountryCode"));
}

bool isError(const XmlElement &notification)
{
    const QString severity = notification.childText(u"Severity");
    return severity == QLatin1String("ERROR") || severity == QLatin1String("FAILURE");
}

bool isNotFound(const XmlElement &notification)
{
    return notification.childText(u"Code") == QLatin1String("9040")
           || notification.childText(u"Message").contains(QLatin1String("cannot be found"), Qt::CaseInsensitive);
}

// A notification of the reply or of a CompletedTrackDetails: errors and warnings said.
void reportNotification(const XmlElement &notification, XmlParseContext &context)
{
    const QString severity = notification.childText(u"Severity");
    const QString text = QStringLiteral("FedEx %1 %2: %3")
                             .arg(severity.toLower(), notification.childText(u"Code"), notification.childText(u"Message"));
    if (isError(notification))
        context.error(notification, text);
    else if (severity == QLatin1String("WARNING"))
        context.warning(notification, text);
}

std::optional<ParseContext::EventTime> readTimestamp(const XmlElement *field, QStringView country, QStringView state,
                                                     QStringView fallbackCountry, XmlParseContext &context,
                                                     const XmlElement &owner, bool required)
{
    if (!field || field->text().isEmpty()) {
        if (required)
            context.error(owner, QStringLiteral("required element <Timestamp> is missing"));
        return std::nullopt;
    }
    const QByteArray text = field->text().toUtf8();
    const auto parsed = parseIsoDateTime(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    if (!parsed || !parsed->hasTime) {
        const QString message = QStringLiteral("invalid timestamp \"%1\" (expected ISO 8601 date and time)").arg(field->text());
        if (required)
            context.error(*field, message);
        else
            context.warning(*field, message + QStringLiteral("; ignored"));
        return std::nullopt;
    }
    return context.eventTime(*parsed, country, state, fallbackCountry);
}

DeliveryEstimate estimatedDelivery(const XmlElement &details, const Address &destination, XmlParseContext &context)
{
    for (const XmlElement *entry : details.children(u"DatesOrTimes")) {
        if (entry->childText(u"Type") != QLatin1String("ESTIMATED_DELIVERY"))
            continue;
        const auto at = readTimestamp(entry->child(u"DateOrTimestamp"), destination.country, destination.state, {}, context,
                                      *entry, false);
        if (!at)
            return {};
        DeliveryEstimate estimate;
        estimate.hasTime = true;
        estimate.at = at->at;
        estimate.date = at->at.localDate();
        return estimate;
    }
    return {};
}

// After a return to shipper started, the package travels back under its number.
Subtag returnLeg(Subtag subtag)
{
    if (tagOf(subtag) == Tag::Delivered)
        return Subtag::ExceptionReturnedToSender;
    if (tagOf(subtag) == Tag::InTransit || tagOf(subtag) == Tag::OutForDelivery)
        return Subtag::ExceptionReturningToSender;
    return subtag;
}

} // namespace

QString FedExTrackReplyAdapter::formatId() const
{
    return QStringLiteral("fedex-ws");
}

QString FedExTrackReplyAdapter::formatName() const
{
    return QStringLiteral("FedEx Web Services Track");
}

QList<XmlDocumentRoot> FedExTrackReplyAdapter::roots() const
{
    return {{QStringLiteral("TrackReply"), {QStringLiteral("http://fedex.com/ws/track/v*")}, {}}};
}

bool FedExTrackReplyAdapter::isRecord(QStringView localName, int depth) const
{
    return depth == 1 && (localName == QLatin1String("Notifications") || localName == QLatin1String("CompletedTrackDetails"));
}

void FedExTrackReplyAdapter::parseRecord(const XmlElement &record, XmlParseContext &context) const
{
    if (record.localName() == QLatin1String("Notifications")) {
        reportNotification(record, context);
        return;
    }
    const QList<const XmlElement *> details = record.children(u"TrackDetails");
    for (const XmlElement *n : record.children(u"Notifications")) {
        if (!details.isEmpty() || !isError(*n) || !isNotFound(*n))
            reportNotification(*n, context);
        else
            context.notFound(*n, QString(), n->childText(u"Message"));
    }
    for (const XmlElement *d : details)
        parseTrackDetails(*d, context);
}

void FedExTrackReplyAdapter::parseTrackDetails(const XmlElement &details, XmlParseContext &context) const
{
    const QList<const XmlElement *> scans = details.children(u"Events");
    const QString trackingNumber = details.childText(u"TrackingNumber");
    for (const XmlElement *n : details.children(u"Notifications")) {
        if (isError(*n) && isNotFound(*n) && scans.isEmpty()) {
            context.notFound(*n, trackingNumber, n->childText(u"Message"));
            return;
        }
        if (isError(*n) && !scans.isEmpty()) // an error beside real data: the data is kept
            context.warning(*n, QStringLiteral("FedEx error %1 beside tracking data: %2")
                                    .arg(n->childText(u"Code"), n->childText(u"Message")));
        else
            reportNotification(*n, context);
    }
    if (trackingNumber.isEmpty()) {
        context.error(details, QStringLiteral("required element <TrackingNumber> is missing"));
        return;
    }
    ShipmentRecord shipment;
    shipment.trackingNumber = trackingNumber;
    shipment.carrier = canonicalCarrierCode(QStringLiteral("FedEx"));
    shipment.carrierReference = details.childText(u"TrackingNumberUniqueIdentifier");
    shipment.service = details.textAt(u"Service/Description");
    if (shipment.service.isEmpty())
        shipment.service = details.childText(u"ServiceInfo");
    shipment.pieceCount = std::max(1, details.childText(u"PackageCount").toInt());
    readAddress(details.child(u"ShipperAddress"), shipment.origin, context);
    if (shipment.origin.city.isEmpty() && shipment.origin.country.isEmpty())
        readAddress(details.child(u"OriginLocationAddress"), shipment.origin, context);
    readAddress(details.child(u"DestinationAddress"), shipment.destination, context);
    shipment.estimatedDelivery = estimatedDelivery(details, shipment.destination, context);
    const bool signedFor = !details.childText(u"DeliverySignatureName").isEmpty();

    struct Scan
    {
        TrackingEvent event;
        const XmlElement *element;
        QString exception;
    };
    QList<Scan> read;
    qint64 returnStartedMs = std::numeric_limits<qint64>::max();
    for (const XmlElement *e : scans) {
        Scan scan{{}, e, e->childText(u"StatusExceptionDescription")};
        TrackingEvent &event = scan.event;
        Address place;
        readAddress(e->child(u"Address"), place, context);
        event.city = place.city;
        event.state = place.state;
        event.postalCode = place.postalCode;
        event.country = place.country;
        QString description = e->childText(u"EventDescription");
        if (!scan.exception.isEmpty() && scan.exception.compare(description, Qt::CaseInsensitive) != 0)
            description = description.isEmpty() ? scan.exception : QString(description + QStringLiteral(": ") + scan.exception);
        event.description = description;
        QString fallback = shipment.destination.country;
        if (fallback.isEmpty())
            fallback = carrierHomeCountry(shipment.carrier);
        const auto when = readTimestamp(e->child(u"Timestamp"), event.country, event.state, fallback, context, *e, true);
        if (!when)
            continue; // reported; the other scans still count
        event.occurredAt = when->at;
        event.timeAssumed = when->assumed;
        event.rawCode = e->childText(u"EventType");
        if (event.rawCode == QLatin1String("RS"))
            returnStartedMs = std::min(returnStartedMs, event.occurredAt.utcMs);
        read.append(std::move(scan));
    }
    for (Scan &scan : read) {
        std::optional<Subtag> mapped = FedExAdapter::scanStatus(scan.event.rawCode, QString());
        if (mapped && scan.event.occurredAt.utcMs > returnStartedMs)
            mapped = returnLeg(*mapped);
        else if (mapped == Subtag::Delivered && signedFor)
            mapped = Subtag::DeliveredSigned;
        else if (mapped == Subtag::AttemptFail)
            if (const auto reason = FedExAdapter::deliveryExceptionSubtag(scan.exception))
                mapped = reason;
        context.setStatus(scan.event, mapped, scan.element->child(u"EventType"), *scan.element);
        shipment.events.append(std::move(scan.event));
    }
    const XmlElement *statusCode = details.at(u"StatusDetail/Code");
    std::optional<Subtag> reported = statusCode ? FedExAdapter::scanStatus(statusCode->text(), QString()) : std::nullopt;
    if (reported && returnStartedMs != std::numeric_limits<qint64>::max())
        reported = returnLeg(*reported);
    context.addShipment(std::move(shipment), details, reported, statusCode);
}

} // namespace ct::xml
