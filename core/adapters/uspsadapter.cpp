// SPDX-License-Identifier: MIT
//
// USPS Tracking API v3 adapter.
//
// Sources:
//  - USPS APIs developer portal, Tracking 3.0: https://developers.usps.com/trackingv3
//    (GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL) and the v3r2 revision
//    (POST /tracking/v3r2/tracking, multi-status array of tracking details or failures).
//    Field descriptions as published in the OpenAPI file: TrackingEvent (eventType "The
//    description of the event", eventCode "Refer to Domestic Scan Event list provided in
//    USPS Pub 199 Appendix G", eventTimestamp, GMTTimestamp "The date and time of the event
//    in Greenwich Mean Time", GMTOffset "The offset of the local time of the event from
//    GMT", eventCity, eventState, eventZIPCode, eventCountry, firm, recipientName), status
//    and statusCategory ("Refer to USPS Pub 199 Appendix G-4"), uniqueTrackingID ("used to
//    reconcile duplicate tracking number scenarios"), mailClass, origin*/destination*.
//  - USPS Publication 199 (Intelligent Mail Package Barcode Implementation Guide),
//    Appendix G-4 "USPS Domestic Tracking Scan Events", https://postalpro.usps.com/pub199,
//    and Publication 97 Appendix I, https://about.usps.com/publications/pub97/pub97_appi.htm
//    (event codes 01 Delivered, 02 Notice Left, 03 Accepted, 04 Refused, 05 Undeliverable
//    as Addressed, 07 Arrival at Unit, 09 Return to Sender, ... and their USPS.com status
//    categories).
//  - Captured v3 responses published in client test suites (the names as the live API
//    sends them: eventZIP, destinationZIP, expectedDeliveryTimeStamp "2024-11-29T00:00:00",
//    mailClass "USPS Ground Advantage<SUP>&#153;</SUP>", uniqueMailPieceID, and the error
//    body {"apiVersion": "/tracking/v3", "error": {"code": "400", "message": "12: A status
//    update is not yet available on your package..."}}).
//
// Readings chosen where the documentation is silent (safe readings):
//  - eventTimestamp is local time at the event's place (it carries no offset). With a
//    valid GMTOffset the time is exact. GMTTimestamp is not used: captured responses show
//    its date not rolled over past midnight UTC (local 23:28 at -06:00 given as
//    "...21T05:28:33Z" instead of the 22nd), so local time plus offset is the consistent
//    pair. Without GMTOffset the time is resolved from the place.
//  - An empty eventCountry means a domestic (US) event when the event has a state or ZIP
//    Code (the legacy schema says "empty for domestic"); with no place at all no country
//    is claimed and the destination's zone is assumed (flagged). Regional plants come as
//    eventCity "DENVER CO DISTRIBUTION CENTER" with eventState null: the state is read
//    from the name.
//  - expectedDeliveryTimeStamp at exactly midnight local time ("...T00:00:00") is a date
//    without a time.
//  - Error bodies with code 400 or 404 are USPS's answer for a number it has no data for
//    ("A status update is not yet available", "tracking number may be incorrect"): not
//    found. Any other code (401, 403 access control, 429, 503) is an error.
//  - Event code 01 covers every delivery, including the return delivered back to the
//    sender ("Delivered, To Original Sender") and counter pickup ("Delivered, Individual
//    Picked Up at Postal Facility"); the text tells them apart.
#include "uspsadapter.h"

#include "domain/carriers.h"
#include "domesticcountry.h"
#include "parsecontext.h"
#include "json/jsonvalue.h"

#include <QHash>
#include <QRegularExpression>

namespace ct {

namespace {

// Elements of an array; nothing for any other value. (json::Value::elements() is only
// meant for arrays: on an object it would walk past the members it counts.)
json::Value::ElementRange arrayElements(const json::Value &v)
{
    return v.isArray() ? v.elements() : json::Value().elements();
}

// USPS scan event codes (Pub 199 Appendix G-4 / Pub 97 Appendix I).
const QHash<QString, Subtag> &eventCodeTable()
{
    static const QHash<QString, Subtag> table = {
        {QStringLiteral("GX"), Subtag::InfoReceived}, // Shipping Label Created, USPS Awaiting Item
        {QStringLiteral("MA"), Subtag::InfoReceived}, // Pre-Shipment Info Sent to USPS
        {QStringLiteral("80"), Subtag::InTransitAccepted}, // Picked Up by Shipping Partner
        {QStringLiteral("81"),
         Subtag::InTransitArrivedAtFacility},              // Arrived Shipping Partner Facility
        {QStringLiteral("82"), Subtag::InTransitDeparted}, // Departed Shipping Partner Facility
        {QStringLiteral("03"), Subtag::InTransitAccepted}, // Accepted / USPS in possession of item
        {QStringLiteral("OA"), Subtag::InTransitAccepted}, // Accepted at USPS Origin Facility
        {QStringLiteral("SF"), Subtag::InTransitDeparted}, // Departed Post Office
        {QStringLiteral("10"),
         Subtag::InTransitArrivedAtFacility}, // Processed / Arrived at USPS Regional Facility
        {QStringLiteral("A1"), Subtag::InTransitArrivedAtFacility}, // Arrived at USPS Facility
        {QStringLiteral("T1"), Subtag::InTransitDeparted}, // Departed USPS (Regional) Facility
        // Accepted at USPS Regional Destination Facility
        {QStringLiteral("AD"), Subtag::InTransitArrivedAtFacility},
        {QStringLiteral("07"),
         Subtag::InTransitArrivedAtDeliveryFacility}, // Arrival at Unit / Arrived at Post Office
        {QStringLiteral("06"), Subtag::InTransitForwarded}, // Forwarded
        {QStringLiteral("OF"), Subtag::OutForDelivery},     // Out for Delivery
        {QStringLiteral("01"), Subtag::Delivered},          // Delivered (see deliveredSubtag)
        {QStringLiteral("43"), Subtag::DeliveredPickedUp},  // Picked Up (at Post Office)
        {QStringLiteral("14"), Subtag::AvailableForPickup}, // Arrival at Pickup Point
        {QStringLiteral("16"), Subtag::AvailableForPickup}, // Available for Pickup
        {QStringLiteral("02"), Subtag::AttemptFail},        // Notice Left (refined from the text)
        {QStringLiteral("51"), Subtag::AttemptFailBusinessClosed}, // Business Closed
        {QStringLiteral("52"), Subtag::AttemptFail}, // Notice Left (Receptacle Full/Item Oversized)
        {QStringLiteral("53"), Subtag::AttemptFailNoAccess}, // Notice Left (Receptacle Blocked)
        {QStringLiteral("56"),
         Subtag::AttemptFailAddresseeUnavailable},        // No Authorized Recipient Available
        {QStringLiteral("04"), Subtag::ExceptionRefused}, // Refused
        {QStringLiteral("05"), Subtag::ExceptionAddressProblem},     // Undeliverable as Addressed
        {QStringLiteral("21"), Subtag::ExceptionAddressProblem},     // No Such Number
        {QStringLiteral("22"), Subtag::ExceptionAddressProblem},     // Insufficient Address
        {QStringLiteral("25"), Subtag::ExceptionAddressProblem},     // Addressee Unknown
        {QStringLiteral("26"), Subtag::ExceptionAddressProblem},     // Vacant
        {QStringLiteral("23"), Subtag::ExceptionCustomerMoved},      // Moved, Left No Address
        {QStringLiteral("24"), Subtag::ExceptionCustomerMoved},      // Forward Expired
        {QStringLiteral("27"), Subtag::ExceptionPickupNotCollected}, // Unclaimed
        {QStringLiteral("28"), Subtag::Exception},                   // Deceased
        {QStringLiteral("08"), Subtag::ExceptionDelayedCarrier},     // Missent
        {QStringLiteral("15"), Subtag::ExceptionDelayedCarrier},     // Mis-shipped
        {QStringLiteral("09"), Subtag::ExceptionReturningToSender},  // Return to Sender
        {QStringLiteral("29"),
         Subtag::ExceptionReturningToSender}, // Return to Sender - Not Picked Up
        {QStringLiteral("44"), Subtag::ExceptionReturningToSender}, // Customer Recall
    };
    return table;
}

// statusCategory (the USPS.com status category of Pub 199 Appendix G-4) -> the stage.
std::optional<Subtag> categorySubtag(const QString &category)
{
    struct Entry
    {
        const char *category;
        Subtag subtag;
    };
    static const Entry entries[] = {
        {"pre-shipment", Subtag::InfoReceived},
        {"accepted", Subtag::InTransitAccepted},
        {"in transit", Subtag::InTransit},
        {"moving through network", Subtag::InTransit},
        {"out for delivery", Subtag::OutForDelivery},
        {"delivered", Subtag::Delivered},
        {"delivery attempt", Subtag::AttemptFail}, // also "Delivery Attempt: Action Needed"
        {"available for pickup", Subtag::AvailableForPickup},
        {"alert", Subtag::Exception},
    };
    const QString lower = category.toLower();
    for (const Entry &e : entries) {
        const QString name = QLatin1String(e.category);
        if (lower == name || lower.startsWith(QString(name + QLatin1Char(':'))))
            return e.subtag;
    }
    return std::nullopt;
}

// Code 01 covers every delivery; the text tells a return delivered back to the sender and a
// counter pickup apart from a delivery to the addressee.
Subtag refineDelivered(const QString &text)
{
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("original sender")))
        return Subtag::ExceptionReturnedToSender;
    if (lower.contains(QLatin1String("picked up at")))
        return Subtag::DeliveredPickedUp;
    return Subtag::Delivered;
}

std::optional<Subtag> mapEvent(const QString &code, const QString &description)
{
    const auto it = eventCodeTable().constFind(code);
    if (it == eventCodeTable().constEnd())
        return std::nullopt;
    return *it == Subtag::Delivered ? refineDelivered(description) : *it;
}

// The payload's own summary: statusCategory, read with the status text the same way as the
// event it summarises ("Delivered" / "Delivered, To Original Sender" is a return).
std::optional<Subtag> summarySubtag(const QString &category, const QString &status)
{
    const auto subtag = categorySubtag(category);
    return subtag == Subtag::Delivered ? refineDelivered(status) : subtag;
}

// USPS text carries HTML: "USPS Ground Advantage<SUP>&#153;</SUP>", "Informed
// Delivery<SUP>reg;</SUP>". Superscripts (trademark signs) are dropped with their content.
QString plainText(const QString &text)
{
    static const QRegularExpression superscript(QStringLiteral("<sup>.*?</sup>"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&#?\\w+;"));
    QString s = text;
    s.remove(superscript);
    s.remove(tag);
    s.remove(entity);
    s = s.simplified();
    while (s.endsWith(QLatin1Char('-')))
        s = s.chopped(1).trimmed();
    return s;
}

// The first of several alternative members with a non-empty value.
json::Value firstWithText(const json::Value &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const json::Value v = object[key];
        if (!v.text().isEmpty())
            return v;
    }
    return object[*keys.begin()];
}

// An address's country: the named one, else the US for a domestic address (one with a
// US state or ZIP Code and no country: DomesticCountry, flagged inferred), else unknown.
QString countryOf(const json::Value &countryField, const QString &state, const QString &zip,
                  ParseContext &context, bool &inferred)
{
    inferred = false;
    if (!countryField.text().isEmpty())
        return context.country(countryField);
    QString country = DomesticCountry::infer(u"usps", state, zip);
    inferred = !country.isEmpty();
    return country;
}

void readAddress(const json::Value &t, Address &target, const char *city, const char *state,
                 std::initializer_list<const char *> zip,
                 std::initializer_list<const char *> country, ParseContext &context)
{
    target.city = t[city].text();
    target.state = t[state].text();
    target.postalCode = firstWithText(t, zip).text();
    target.country = countryOf(firstWithText(t, country), target.state, target.postalCode, context,
                               target.countryInferred);
}

DeliveryEstimate estimatedDelivery(const json::Value &t, const Address &destination,
                                   ParseContext &context)
{
    const json::Value field = firstWithText(
        t, {"expectedDeliveryTimeStamp", "expectedDeliveryTimestamp", "expectedDeliveryDate",
            "predictedDeliveryTimeStamp", "predictedDeliveryDate", "guaranteedDeliveryTimeStamp",
            "guaranteedDeliveryDate"});
    if (field.isString()) {
        if (const auto text = parseIsoDateTime(field.stringView());
            text && text->hasTime && !text->hasOffset && text->msOfDay == 0) {
            DeliveryEstimate estimate;
            estimate.date = text->date; // midnight: a date without a time
            return estimate;
        }
    }
    return context.deliveryEstimate(field, destination.country, destination.state);
}

// USPS names its regional plants "<CITY> <ST> DISTRIBUTION CENTER" (or "NETWORK
// DISTRIBUTION CENTER") and sends eventState and eventZIP null for them: the state is the
// two letters before the suffix.
QString facilityState(const QString &city)
{
    static const QRegularExpression facility(
        QStringLiteral("^.+ ([A-Z]{2}) (?:NETWORK )?DISTRIBUTION CENTER$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = facility.match(city);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

bool looksLikeTracking(const json::Value &v)
{
    return v.isObject() && (v["trackingEvents"].isArray() ||
                            (v["trackingNumber"].isString() &&
                             (!v["statusCategory"].isMissing() || !v["mailClass"].isMissing())));
}

bool looksLikeError(const json::Value &v)
{
    if (!v.isObject() || !v["error"].isObject())
        return false;
    // apiVersion "/tracking/v3" (every USPS API names itself); v3r2 failures name the number.
    return v["apiVersion"].text().contains(QLatin1String("tracking"), Qt::CaseInsensitive) ||
           v["trackingNumber"].isString();
}

} // namespace

QString UspsAdapter::formatId() const
{
    return QStringLiteral("usps");
}

QString UspsAdapter::formatName() const
{
    return QStringLiteral("USPS Tracking API v3");
}

bool UspsAdapter::accepts(const json::Value &document) const
{
    return looksLikeTracking(document) || looksLikeError(document);
}

void UspsAdapter::parse(const json::Value &document, ParseContext &context) const
{
    if (!looksLikeTracking(document) && document["error"].isObject()) {
        parseError(document, context);
        return;
    }
    const json::Value error = document["error"];
    if (error.isObject()) // tracking data with an error beside it: the data is read
        context.errorBesideData(error, plainText(error["message"].text()), {document["trackingEvents"]});
    parseTracking(document, context);
}

void UspsAdapter::parseError(const json::Value &document, ParseContext &context) const
{
    const json::Value error = document["error"];
    QString code = error["code"].text();
    if (code.isEmpty())
        code = document["statusCode"].text();
    QString message = plainText(error["message"].text());
    if (message.isEmpty())
        message = plainText(error["errors"][0]["title"].text());
    if (message.isEmpty())
        message = plainText(error["errors"][0]["detail"].text());
    if (code == QLatin1String("400") || code == QLatin1String("404"))
        context.notFound(error, document["trackingNumber"].text(), message);
    else
        context.error(error, QStringLiteral("USPS returned error %1: %2").arg(code, message));
}

void UspsAdapter::parseTracking(const json::Value &tracking, ParseContext &context) const
{
    const auto trackingNumber = context.requiredText(tracking, "trackingNumber");
    if (!trackingNumber)
        return;

    ShipmentRecord shipment;
    shipment.trackingNumber = *trackingNumber;
    shipment.carrier = canonicalCarrierCode(QStringLiteral("USPS"));
    shipment.service = plainText(tracking["mailClass"].text());
    shipment.carrierReference =
        firstWithText(tracking, {"uniqueTrackingID", "uniqueMailPieceID"}).text();
    readAddress(tracking, shipment.origin, "originCity", "originState",
                {"originZIP", "originZIPCode"}, {"originCountry", "originCountryCode"}, context);
    readAddress(tracking, shipment.destination, "destinationCity", "destinationState",
                {"destinationZIP", "destinationZIPCode"},
                {"destinationCountryCode", "destinationCountry"}, context);
    shipment.estimatedDelivery = estimatedDelivery(tracking, shipment.destination, context);

    const json::Value events = tracking["trackingEvents"];
    if (!events.isArray() && !context.absent(events))
        context.error(events, QStringLiteral("expected an array of tracking events, found %1")
                                  .arg(events.typeName()));
    for (const json::Value &e : arrayElements(events)) {
        if (!e.isObject()) {
            context.error(
                e, QStringLiteral("expected a tracking event object, found %1").arg(e.typeName()));
            continue;
        }
        TrackingEvent event;
        event.description = plainText(e["eventType"].text());
        event.city = e["eventCity"].text();
        event.state = e["eventState"].text();
        event.postalCode = firstWithText(e, {"eventZIP", "eventZIPCode"}).text();
        if (event.state.isEmpty())
            event.state = facilityState(event.city);
        event.country = countryOf(e["eventCountry"], event.state, event.postalCode, context,
                                  event.countryInferred);

        const json::Value timestamp = e["eventTimestamp"];
        auto when =
            context.eventTime(timestamp, event.country, event.state, shipment.destination.country);
        if (!when)
            continue; // reported; the other events still count
        const json::Value offsetField = e["GMTOffset"];
        if (!offsetField.text().isEmpty()) {
            const auto offset =
                offsetField.isString() ? parseUtcOffset(offsetField.text()) : std::nullopt;
            if (!offset) {
                context.warning(offsetField,
                                QStringLiteral("unreadable UTC offset \"%1\" ignored; "
                                               "the time is read in the place's time zone")
                                    .arg(offsetField.toString()));
            } else if (auto text = parseIsoDateTime(timestamp.stringView());
                       text && !text->hasOffset) {
                text->hasOffset = true;
                text->offsetMinutes = *offset;
                when = context.eventTime(*text, event.country, event.state);
            }
        }
        event.occurredAt = when->at;
        event.timeAssumed = when->assumed;
        event.rawCode = e["eventCode"].text();
        context.setStatus(event, mapEvent(event.rawCode, event.description), e["eventCode"]);
        shipment.events.append(std::move(event));
    }

    context.setRawPayload(shipment, tracking);
    const json::Value category = tracking["statusCategory"];
    context.addShipment(std::move(shipment),
                        summarySubtag(category.text(), plainText(tracking["status"].text())),
                        category);
}

std::optional<Subtag> UspsAdapter::eventStatus(const QString &code, const QString &description)
{
    return mapEvent(code, description);
}

std::optional<Subtag> UspsAdapter::summaryStatus(const QString &category, const QString &status)
{
    return summarySubtag(category, status);
}

QString UspsAdapter::plainText(const QString &text)
{
    return ct::plainText(text);
}

QString UspsAdapter::facilityState(const QString &city)
{
    return ct::facilityState(city);
}

} // namespace ct
