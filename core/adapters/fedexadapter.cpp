// SPDX-License-Identifier: MIT
//
// FedEx Track API adapter. Written from FedEx's public documentation:
//   - FedEx Developer Portal, Track API ("Basic Integrated Visibility", formerly Track API):
//     https://developer.fedex.com/api/en-us/catalog/track.html
//     including the change log of 15 Oct 2021 (new scanEvents eventType codes AE
//     "arriving early" and AO "arriving on-time")
//   - The Track API OpenAPI document published there (schemas TrackingNumbersResponse,
//     CompleteTrackResult, TrackResult, TrackingNumberInfo, ScanEvent, StatusDetail,
//     TrackingDateAndTime, TimeWindow, PackageDetail, PackageIdentifier, DeliveryDetails,
//     CXSError, ErrorResponseVO); read in the copy kept at
//     https://github.com/karrioapi/karrio/blob/main/modules/connectors/fedex/vendor/track.json
//   - The portal's "Tracking Status Codes" reference table (linked from ScanEvent as
//     "Track Service Scan Codes"); copy at
//     https://github.com/karrioapi/karrio/blob/main/modules/connectors/fedex/vendor/Tracking-Status-Codes.html
// Where the documentation is silent the safe reading is chosen and marked "Safe reading".
#include "fedexadapter.h"

#include "datetimetext.h"
#include "domain/carriers.h"
#include "json/jsonvalue.h"
#include "parsecontext.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace ct {

namespace {

// FedEx scan event codes (ScanEvent.eventType; the same codes appear as
// StatusDetail.code and, coarser, as derivedStatusCode / derivedCode) -> our sub-status.
// Generic AttemptFail/Exception entries are refined from the event text by ParseContext.
const QHash<QString, Subtag> &codeTable()
{
    static const QHash<QString, Subtag> table = {
        // Movement
        {QStringLiteral("AA"), Subtag::InTransitArrivedAtFacility},  // At airport
        {QStringLiteral("AC"), Subtag::InTransitForwarded},          // At Canada Post facility
        {QStringLiteral("AD"), Subtag::OutForDelivery},              // At delivery
        {QStringLiteral("AE"), Subtag::InTransit},                   // Shipment arriving early
        {QStringLiteral("AF"), Subtag::InTransitArrivedAtFacility},  // At local FedEx facility
        {QStringLiteral("AO"), Subtag::InTransit},                   // Shipment arriving on-time
        {QStringLiteral("AP"), Subtag::InfoReceived},                // At pickup
        {QStringLiteral("AR"), Subtag::InTransitArrivedAtFacility},  // Arrived at FedEx location
        {QStringLiteral("AX"), Subtag::InTransitForwarded},          // At USPS facility
        {QStringLiteral("CA"), Subtag::Exception},                   // Shipment cancelled
        {QStringLiteral("CH"), Subtag::InTransitForwarded},          // Location changed
        {QStringLiteral("DD"), Subtag::Exception},                   // Delivery delay
        {QStringLiteral("DE"), Subtag::AttemptFail},                 // Delivery exception
        {QStringLiteral("DL"), Subtag::Delivered},                   // Delivered
        {QStringLiteral("DP"), Subtag::InTransitDeparted},           // Departed
        {QStringLiteral("DR"), Subtag::InTransit},                   // Vehicle furnished, not used
        {QStringLiteral("DS"), Subtag::InTransit},                   // Vehicle dispatched
        {QStringLiteral("DY"), Subtag::Exception},                   // Delay
        {QStringLiteral("EA"), Subtag::InTransit},                   // To airport / export approved
        {QStringLiteral("ED"), Subtag::OutForDelivery},              // Enroute to delivery
        {QStringLiteral("EO"), Subtag::InTransit},                   // Enroute to origin airport
        {QStringLiteral("EP"), Subtag::InfoReceived},                // Enroute to pickup
        {QStringLiteral("FD"), Subtag::InTransitArrivedAtDeliveryFacility}, // At FedEx destination
        {QStringLiteral("HL"), Subtag::AvailableForPickup},          // Hold at location
        {QStringLiteral("HP"), Subtag::AvailableForPickup},          // Ready for recipient pickup
        {QStringLiteral("IT"), Subtag::InTransit},                   // In transit
        {QStringLiteral("IX"), Subtag::InTransit},                   // In transit (see details)
        {QStringLiteral("LO"), Subtag::InTransitDeparted},           // Left origin
        {QStringLiteral("OC"), Subtag::InfoReceived},                // Order created
        {QStringLiteral("OD"), Subtag::OutForDelivery},              // Out for delivery
        {QStringLiteral("OF"), Subtag::InTransitArrivedAtFacility},  // At FedEx origin facility
        {QStringLiteral("OW"), Subtag::InTransit},                   // On the way
        {QStringLiteral("OX"), Subtag::InTransitForwarded},          // Shipment info sent to USPS
        {QStringLiteral("PD"), Subtag::Exception},                   // Pickup delay
        {QStringLiteral("PF"), Subtag::InTransit},                   // Plane in flight
        {QStringLiteral("PL"), Subtag::InTransit},                   // Plane landed
        {QStringLiteral("PM"), Subtag::InTransit},                   // In progress
        {QStringLiteral("PU"), Subtag::InTransitAccepted},           // Picked up
        {QStringLiteral("PX"), Subtag::InTransitAccepted},           // Picked up (see details)
        {QStringLiteral("RR"), Subtag::InTransit},                   // CDO requested
        {QStringLiteral("RM"), Subtag::InTransit},                   // CDO modified
        {QStringLiteral("RC"), Subtag::InTransit},                   // CDO cancelled
        {QStringLiteral("RS"), Subtag::ExceptionReturningToSender},  // Return to shipper
        {QStringLiteral("RP"), Subtag::InfoReceived},                // Return label link emailed
        {QStringLiteral("RG"), Subtag::InfoReceived},                // Return label link expiring
        {QStringLiteral("LP"), Subtag::Exception},                   // Return label link cancelled
        {QStringLiteral("RD"), Subtag::Exception},                   // Return label link expired
        {QStringLiteral("SE"), Subtag::Exception},                   // Shipment exception
        {QStringLiteral("SF"), Subtag::InTransitArrivedAtFacility},  // At sort facility
        {QStringLiteral("SP"), Subtag::InTransit},                   // Split status
        {QStringLiteral("TR"), Subtag::InTransit},                   // Transfer
        // Regulatory
        {QStringLiteral("CC"), Subtag::InTransitCustomsCleared},     // Cleared customs
        {QStringLiteral("CD"), Subtag::ExceptionCustomsHold},        // Clearance delay
        {QStringLiteral("CP"), Subtag::InTransitCustomsClearanceStarted}, // Clearance in progress
        // Derived status code only (derivedStatusCode "IN", derivedStatus "Label created").
        {QStringLiteral("IN"), Subtag::InfoReceived},
    };
    return table;
}

// The sub-status of a scan: its eventType from the table; an eventType the table does not
// know falls back to the stage its derivedStatusCode names (generic sub-status of that
// tag); with neither, nullopt (ParseContext classifies the text and flags the event).
std::optional<Subtag> mapStatus(const QString &eventType, const QString &derivedCode)
{
    const auto &table = codeTable();
    if (const auto it = table.constFind(eventType); it != table.constEnd())
        return *it;
    if (const auto it = table.constFind(derivedCode); it != table.constEnd())
        return eventType.isEmpty() ? *it : genericSubtag(tagOf(*it));
    return std::nullopt;
}

bool hasAddressText(const json::Value &address)
{
    return address.isObject()
           && (!address["city"].text().isEmpty() || !address["countryCode"].text().isEmpty()
               || !address["postalCode"].text().isEmpty());
}

// The first of several candidate address objects that says anything.
json::Value firstAddress(std::initializer_list<json::Value> candidates)
{
    for (const json::Value &candidate : candidates) {
        if (hasAddressText(candidate))
            return candidate;
    }
    return {};
}

// FedEx AddressVO: city, stateOrProvinceCode, postalCode, countryCode (alpha-2) and
// sometimes only countryName.
Address readAddress(const json::Value &address, ParseContext &context)
{
    Address a;
    if (!address.isObject())
        return a;
    a.city = address["city"].text();
    a.state = address["stateOrProvinceCode"].text();
    a.postalCode = address["postalCode"].text();
    a.country = context.country(address["countryCode"]);
    if (a.country.isEmpty() && address["countryCode"].text().isEmpty())
        a.country = context.country(address["countryName"]);
    return a;
}

// A delivery estimate. Safe reading: FedEx writes date-only values as local midnight
// without an offset ("2026-11-20T00:00:00", see TrackingDateAndTime.dateTime); such a value
// is the date, not a deadline at midnight.
DeliveryEstimate readEstimate(const json::Value &field, const Address &destination,
                              ParseContext &context)
{
    if (field.isString()) {
        const auto text = parseIsoDateTime(field.stringView());
        if (text && text->hasTime && !text->hasOffset && text->msOfDay == 0) {
            DeliveryEstimate estimate;
            estimate.date = text->date;
            return estimate;
        }
    }
    return context.deliveryEstimate(field, destination.country, destination.state);
}

// "NOTFOUND" errors are the carrier not knowing the number; anything else is an error.
void reportCarrierError(const json::Value &error, const QString &trackingNumber,
                        ParseContext &context)
{
    const QString code = error["code"].text();
    const QString message = error["message"].text();
    if (code.endsWith(QLatin1StringView(".NOTFOUND"))) {
        context.notFound(error, trackingNumber, message);
        return;
    }
    context.error(error, QStringLiteral("FedEx returned error %1: %2")
                             .arg(code.isEmpty() ? QStringLiteral("(no code)") : code, message));
}

// The master tracking number of a multi-piece shipment: the STANDARD_MPS (or GROUP_MPS)
// package identifier. The OpenAPI document shows "value"; responses seen in the wild
// send "values": [...]. Both are read.
QString masterFromIdentifiers(const json::Value &identifiers)
{
    for (const json::Value &id : identifiers.elements()) {
        const QString type = id["type"].text();
        if (type != QLatin1StringView("STANDARD_MPS") && type != QLatin1StringView("GROUP_MPS"))
            continue;
        QString value = id["value"].text();
        if (value.isEmpty())
            value = id["values"][0].text();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// Reasons FedEx gives for a delivery exception (DE) that the generic text reading gets
// wrong: "Incorrect address - apartment number missing" is an address problem, not a
// lost package. Matched at the start of exceptionDescription, lowercased.
struct Reason
{
    const char *prefix;
    Subtag subtag;
};
constexpr Reason DeliveryExceptionReasons[] = {
    {"incorrect address", Subtag::AttemptFailAddressIssue},
};

std::optional<Subtag> deliveryExceptionReason(const QString &exceptionDescription)
{
    const QString lower = exceptionDescription.toLower();
    for (const Reason &r : DeliveryExceptionReasons) {
        if (lower.startsWith(QLatin1StringView(r.prefix)))
            return r.subtag;
    }
    return std::nullopt;
}

// A scan kept until all scans of the result are read (returns are recognised across them).
struct Scan
{
    TrackingEvent event;
    json::Value codeField;
    QString eventType;
    QString derivedCode;
    QString exceptionDescription;
};

} // namespace

QString FedExAdapter::formatId() const
{
    return QStringLiteral("fedex");
}

QString FedExAdapter::formatName() const
{
    return QStringLiteral("FedEx Track API");
}

bool FedExAdapter::accepts(const json::Value &document) const
{
    const json::Value output = document["output"];
    if (output.isObject() && output["completeTrackResults"].isArray())
        return true;
    // Request-level error body (ErrorResponseVO): {"transactionId": ..., "errors": [...]}.
    return document["transactionId"].isString() && document["errors"].isArray();
}

void FedExAdapter::parse(const json::Value &document, ParseContext &context) const
{
    const json::Value output = document["output"];
    const json::Value errors = document["errors"];
    if (!output.isObject() && errors.isArray()) {
        if (errors.size() == 0)
            context.error(errors, QStringLiteral("FedEx returned an empty error list"));
        for (const json::Value &error : errors.elements())
            reportCarrierError(error, {}, context);
        return;
    }
    const json::Value results = output["completeTrackResults"];
    if (!results.isArray()) {
        context.error(results, QStringLiteral("expected an array of completeTrackResults, found %1")
                                   .arg(results.typeName()));
        return;
    }
    for (const json::Value &complete : results.elements()) {
        if (!complete.isObject()) {
            context.error(complete,
                          QStringLiteral("expected a completeTrackResult object, found %1")
                              .arg(complete.typeName()));
            continue;
        }
        const json::Value trackResults = complete["trackResults"];
        if (!trackResults.isArray()) {
            context.error(trackResults,
                          QStringLiteral("expected an array of trackResults, found %1")
                              .arg(trackResults.typeName()));
            continue;
        }
        // Several trackResults under one number are different shipments (FedEx reuses
        // numbers): each is emitted on its own.
        for (const json::Value &result : trackResults.elements())
            parseTrackResult(result, complete, context);
    }
}

void FedExAdapter::parseTrackResult(const json::Value &result, const json::Value &complete,
                                    ParseContext &context) const
{
    if (!result.isObject()) {
        context.error(result, QStringLiteral("expected a trackResult object, found %1")
                                  .arg(result.typeName()));
        return;
    }
    const json::Value info = result["trackingNumberInfo"];
    const QString requestedNumber = complete["trackingNumber"].text();

    // An error inside a trackResult replaces the tracking data for that number, unless
    // the result carries scans or a status beside it: then the data is read.
    const json::Value error = result["error"];
    if (error.isObject()
        && !context.errorBesideData(error, error["message"].text(),
                                    {result["scanEvents"], result["latestStatusDetail"]})) {
        QString number = info["trackingNumber"].text();
        if (number.isEmpty())
            number = requestedNumber;
        reportCarrierError(error, number, context);
        return;
    }

    std::optional<QString> trackingNumber;
    if (info["trackingNumber"].isAbsent() && !requestedNumber.isEmpty())
        trackingNumber = requestedNumber; // the number the result was requested under
    else
        trackingNumber = context.requiredText(info, "trackingNumber");
    if (!trackingNumber)
        return;

    ShipmentRecord shipment;
    shipment.trackingNumber = *trackingNumber;
    shipment.carrier = canonicalCarrierCode(u"FedEx");
    shipment.carrierReference = info["trackingNumberUniqueId"].text();
    const json::Value serviceDetail = result["serviceDetail"];
    shipment.service = serviceDetail["description"].text();
    if (shipment.service.isEmpty())
        shipment.service = serviceDetail["type"].text();

    shipment.origin = readAddress(
        firstAddress({result["originLocation"]["locationContactAndAddress"]["address"],
                      result["shipperInformation"]["address"]}),
        context);
    // The recipient's address is the destination; the last updated delivery address (a
    // redirect, or the shipper's address once the package is returned) only when it is
    // all there is.
    shipment.destination = readAddress(
        firstAddress({result["recipientInformation"]["address"],
                      result["destinationLocation"]["locationContactAndAddress"]["address"],
                      result["lastUpdatedDestinationAddress"]}),
        context);

    const json::Value packageDetails = result["packageDetails"];
    const json::Value count = packageDetails["count"];
    if (const auto pieces = count.toInt(); pieces && *pieces > 1) {
        shipment.pieceCount = static_cast<int>(*pieces);
    } else if (!pieces && !count.text().isEmpty()) {
        context.warning(count, QStringLiteral("unreadable number of pieces \"%1\" ignored")
                                   .arg(count.text()));
    }
    shipment.masterTrackingNumber =
        masterFromIdentifiers(result["additionalTrackingInfo"]["packageIdentifiers"]);
    // A special handling of type COD marks a collect-on-delivery package; the Track API
    // gives no amount. FedEx says nothing of prepaid packages.
    for (const json::Value &handling : result["specialHandlings"].elements()) {
        if (handling["type"].text().toUpper() == QLatin1StringView("COD"))
            shipment.payment.mode = PaymentMode::CashOnDelivery;
    }

    const json::Value dateAndTimes = result["dateAndTimes"];
    for (const json::Value &entry : dateAndTimes.elements()) {
        const QString type = entry["type"].text();
        if (type == QLatin1StringView("ESTIMATED_DELIVERY")
            && shipment.estimatedDelivery.isNull()) {
            shipment.estimatedDelivery =
                readEstimate(entry["dateTime"], shipment.destination, context);
        } else if (type == QLatin1StringView("ACTUAL_PICKUP") && !shipment.shippedAt.isValid()) {
            const json::Value field = entry["dateTime"];
            const auto text =
                field.isString() ? parseIsoDateTime(field.stringView()) : std::nullopt;
            if (text && text->hasTime) {
                const auto at =
                    context.eventTime(*text, shipment.origin.country, shipment.origin.state);
                shipment.shippedAt = QDateTime::fromMSecsSinceEpoch(at.at.utcMs, QTimeZone::utc());
            } else if (!field.text().isEmpty()) {
                context.warning(field, QStringLiteral("unreadable pickup time \"%1\" ignored")
                                           .arg(field.text()));
            }
        }
    }
    if (shipment.estimatedDelivery.isNull()) {
        shipment.estimatedDelivery = readEstimate(
            result["estimatedDeliveryTimeWindow"]["window"]["ends"], shipment.destination, context);
    }

    // A signature on record (deliveryDetails.signedByName) makes the delivery "signed for".
    const bool signedFor = !result["deliveryDetails"]["signedByName"].text().isEmpty();

    // First pass: read every scan. Second pass: map the codes, knowing whether and when
    // the package was sent back (RS), so a later DL is the return reaching the shipper.
    QList<Scan> scans;
    const json::Value scanEvents = result["scanEvents"];
    if (!scanEvents.isArray() && !context.absent(scanEvents))
        context.error(scanEvents, QStringLiteral("expected an array of scanEvents, found %1")
                                      .arg(scanEvents.typeName()));
    qint64 returnStartedMs = std::numeric_limits<qint64>::max();
    for (const json::Value &scanEvent : scanEvents.elements()) {
        if (!scanEvent.isObject()) {
            context.error(scanEvent, QStringLiteral("expected a scan event object, found %1")
                                         .arg(scanEvent.typeName()));
            continue;
        }
        Scan scan;
        TrackingEvent &event = scan.event;
        const json::Value location = scanEvent["scanLocation"];
        event.city = location["city"].text();
        event.state = location["stateOrProvinceCode"].text();
        event.postalCode = location["postalCode"].text();
        event.country = context.country(location["countryCode"]);
        // The reason of an exception is in exceptionDescription ("Customer not available
        // or business closed"); it is kept with the event text so it can be classified.
        QString description = scanEvent["eventDescription"].text();
        const QString exception = scanEvent["exceptionDescription"].text();
        if (description.isEmpty())
            description = scanEvent["derivedStatus"].text();
        if (!exception.isEmpty() && exception.compare(description, Qt::CaseInsensitive) != 0)
            description = description.isEmpty()
                              ? exception
                              : QString(description + QStringLiteral(": ") + exception);
        event.description = description;
        // Dates carry an offset; some scans come without one and are local time at the
        // scan location (the destination country when the scan has no place).
        const auto when = context.eventTime(scanEvent["date"], event.country, event.state,
                                            shipment.destination.country);
        if (!when)
            continue; // reported; the other scans still count
        event.occurredAt = when->at;
        event.timeAssumed = when->assumed;
        scan.eventType = scanEvent["eventType"].text();
        scan.derivedCode = scanEvent["derivedStatusCode"].text();
        scan.exceptionDescription = exception;
        event.rawCode = scan.eventType.isEmpty() ? scan.derivedCode : scan.eventType;
        scan.codeField = scanEvent["eventType"].isAbsent() ? scanEvent["derivedStatusCode"]
                                                           : scanEvent["eventType"];
        if (scan.eventType == QLatin1StringView("RS"))
            returnStartedMs = std::min(returnStartedMs, event.occurredAt.utcMs);
        scans.append(std::move(scan));
    }
    const bool returned = returnStartedMs != std::numeric_limits<qint64>::max();

    for (Scan &scan : scans) {
        std::optional<Subtag> mapped = mapStatus(scan.eventType, scan.derivedCode);
        if (mapped && scan.event.occurredAt.utcMs > returnStartedMs) {
            // Safe reading: after "Return to shipper" the package keeps its number on the way
            // back; a later delivery scan is the package reaching the shipper, and the
            // transit scans in between are the return travelling.
            if (tagOf(*mapped) == Tag::Delivered)
                mapped = Subtag::ExceptionReturnedToSender;
            else if (tagOf(*mapped) == Tag::InTransit || tagOf(*mapped) == Tag::OutForDelivery)
                mapped = Subtag::ExceptionReturningToSender;
        } else if (mapped == Subtag::Delivered && signedFor) {
            mapped = Subtag::DeliveredSigned;
        } else if (mapped == Subtag::AttemptFail) {
            if (const auto reason = deliveryExceptionReason(scan.exceptionDescription))
                mapped = reason;
        }
        context.setStatus(scan.event, mapped, scan.codeField);
        shipment.events.append(std::move(scan.event));
    }

    const json::Value latest = result["latestStatusDetail"];
    std::optional<Subtag> reported = mapStatus(latest["code"].text(), latest["derivedCode"].text());
    if (reported && returned) {
        if (tagOf(*reported) == Tag::Delivered)
            reported = Subtag::ExceptionReturnedToSender;
        else if (tagOf(*reported) == Tag::InTransit || tagOf(*reported) == Tag::OutForDelivery)
            reported = Subtag::ExceptionReturningToSender;
    }
    context.setRawPayload(shipment, result);
    context.addShipment(std::move(shipment), reported,
                        latest["code"].isAbsent() ? latest["derivedCode"] : latest["code"]);
}

std::optional<Subtag> FedExAdapter::scanStatus(const QString &eventType, const QString &derivedCode)
{
    return mapStatus(eventType, derivedCode);
}

std::optional<Subtag> FedExAdapter::deliveryExceptionSubtag(const QString &exceptionDescription)
{
    return deliveryExceptionReason(exceptionDescription);
}

} // namespace ct
