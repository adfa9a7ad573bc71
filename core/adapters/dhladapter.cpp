// SPDX-License-Identifier: MIT
//
// DHL Shipment Tracking - Unified API adapter. Written from DHL's public documentation:
//   - DHL API Developer Portal, Shipment Tracking - Unified:
//     https://developer.dhl.com/api-reference/shipment-tracking
//   - Its OpenAPI document (dpdhl_tracking-unified-api; schemas of the shipments
//     response, shipment, status/event, place/address, details, ProblemDetail; enums
//     "service" and "statusCode"):
//     https://developer.dhl.com/sites/default/files/2022-04/dpdhl_tracking-unified-api_1.3.1.yaml
//   - The reference's sample response, which shows event timestamps without an offset
//     ("2018-03-02T07:53:47") next to ones with "Z", and its 404 problem body
//     {"title": "No result found", "status": 404, "detail": "No shipment with given
//     tracking number found.", "instance": ...}
// Where the documentation is silent the safe reading is chosen and marked "Safe reading".
#include "dhladapter.h"

#include "domain/carriers.h"
#include "json/jsonvalue.h"
#include "locationtext.h"
#include "parsecontext.h"
#include "statusphrases.h"

#include <QList>

#include <algorithm>
#include <array>
#include <limits>
#include <span>

namespace ct {

namespace {

// DHL's statusCode enum. It names only the stage; everything finer is in the text.
//   pre-transit -> InfoReceived_001   transit -> InTransit_001 (refined from the text)
//   delivered   -> Delivered_001 (refined; returnFlag -> Exception_011)
//   failure     -> Exception_001 (refined; failed attempts -> AttemptFail_*)
//   unknown     -> no stage: nullopt, ParseContext classifies the text and flags the event
enum class Stage { PreTransit, Transit, Delivered, Failure, Unknown };

std::optional<Stage> stageFromCode(QStringView code)
{
    if (code == u"pre-transit")
        return Stage::PreTransit;
    if (code == u"transit")
        return Stage::Transit;
    if (code == u"delivered")
        return Stage::Delivered;
    if (code == u"failure")
        return Stage::Failure;
    if (code == u"unknown")
        return Stage::Unknown;
    return std::nullopt;
}

// English wordings DHL's business units use inside the "transit" stage. First match wins.
constexpr auto TransitPhrases = std::to_array<Phrase>({
    {"returned to sender", Subtag::ExceptionReturningToSender},
    {"return to sender", Subtag::ExceptionReturningToSender},
    {"returning to sender", Subtag::ExceptionReturningToSender},
    {"being returned", Subtag::ExceptionReturningToSender},
    {"back to the sender", Subtag::ExceptionReturningToSender},
    {"loaded onto the delivery vehicle", Subtag::OutForDelivery},
    {"out for delivery", Subtag::OutForDelivery},
    {"with delivery courier", Subtag::OutForDelivery},
    {"ready for pick-up", Subtag::AvailableForPickup},
    {"ready for pickup", Subtag::AvailableForPickup},
    {"ready for collection", Subtag::AvailableForPickup},
    {"awaiting collection", Subtag::AvailableForPickup},
    {"clearance processing complete", Subtag::InTransitCustomsCleared},
    {"cleared customs", Subtag::InTransitCustomsCleared},
    {"released by customs", Subtag::InTransitCustomsCleared},
    {"customs clearance", Subtag::InTransitCustomsClearanceStarted},
    {"clearance event", Subtag::InTransitCustomsClearanceStarted},
    {"clearance processing", Subtag::InTransitCustomsClearanceStarted},
    {"arrived in the destination country", Subtag::InTransitArrivedInDestinationCountry},
    {"arrived at delivery facility", Subtag::InTransitArrivedAtDeliveryFacility},
    {"delivery base", Subtag::InTransitArrivedAtDeliveryFacility},
    {"picked up", Subtag::InTransitAccepted},
    {"posted", Subtag::InTransitAccepted},
    {"dropped off", Subtag::InTransitAccepted},
    {"departed", Subtag::InTransitDeparted},
    {"arrived", Subtag::InTransitArrivedAtFacility},
    {"processed at", Subtag::InTransitArrivedAtFacility},
    {"processed in", Subtag::InTransitArrivedAtFacility},
    {"sorted", Subtag::InTransitArrivedAtFacility},
    {"forwarded", Subtag::InTransitForwarded},
    {"handed over to", Subtag::InTransitForwarded},
});

constexpr auto DeliveredPhrases = std::to_array<Phrase>({
    {"returned to sender", Subtag::ExceptionReturnedToSender},
    {"delivered back to the sender", Subtag::ExceptionReturnedToSender},
    {"delivered to the sender", Subtag::ExceptionReturnedToSender},
    {"neighbour", Subtag::DeliveredToNeighbourOrSafePlace},
    {"neighbor", Subtag::DeliveredToNeighbourOrSafePlace},
    {"safe place", Subtag::DeliveredToNeighbourOrSafePlace},
    {"drop-off location", Subtag::DeliveredToNeighbourOrSafePlace},
    {"preferred location", Subtag::DeliveredToNeighbourOrSafePlace},
    {"mailbox", Subtag::DeliveredToNeighbourOrSafePlace},
    {"letterbox", Subtag::DeliveredToNeighbourOrSafePlace},
    {"picked up from", Subtag::DeliveredPickedUp},
    {"picked up by", Subtag::DeliveredPickedUp},
    {"collected by", Subtag::DeliveredPickedUp},
    {"collected from", Subtag::DeliveredPickedUp},
    {"signed for by", Subtag::DeliveredSigned},
});

// Failed delivery attempts inside the "failure" stage; the generic AttemptFail is refined
// further by ParseContext from the event text.
constexpr auto FailurePhrases = std::to_array<Phrase>({
    {"not at home", Subtag::AttemptFailAddresseeUnavailable},
    {"delivery attempt", Subtag::AttemptFail},
    {"attempted delivery", Subtag::AttemptFail},
    {"could not be delivered", Subtag::AttemptFail},
    {"unsuccessful delivery", Subtag::AttemptFail},
});

// The sub-status of a DHL status or event: the stage its statusCode names, made precise by
// the text where the text says something that belongs to that stage. Text never moves an
// event out of its stage, except a return (which DHL reports as transit or delivered).
std::optional<Subtag> mapStatus(const QString &statusCode, const QString &text, bool returnFlag)
{
    const auto stage = stageFromCode(statusCode);
    if (!stage || *stage == Stage::Unknown)
        return std::nullopt;
    const QString lower = text.toLower();
    switch (*stage) {
    case Stage::PreTransit:
        return Subtag::InfoReceived;
    case Stage::Transit: {
        if (const auto s = matchPhrase(TransitPhrases, lower))
            return s;
        const auto c = classifyDescription(text);
        if (c && (tagOf(*c) == Tag::InTransit || tagOf(*c) == Tag::OutForDelivery
                  || tagOf(*c) == Tag::AvailableForPickup))
            return c;
        return Subtag::InTransit;
    }
    case Stage::Delivered: {
        // returnFlag: "the delivery is returned back to consignor" - the delivery was the
        // return reaching the shipper.
        if (returnFlag)
            return Subtag::ExceptionReturnedToSender;
        if (const auto s = matchPhrase(DeliveredPhrases, lower))
            return s;
        return Subtag::Delivered;
    }
    case Stage::Failure: {
        if (const auto s = matchPhrase(FailurePhrases, lower))
            return s;
        const auto c = classifyDescription(text);
        if (c && (tagOf(*c) == Tag::AttemptFail || tagOf(*c) == Tag::Exception))
            return c;
        return Subtag::Exception;
    }
    case Stage::Unknown:
        break;
    }
    return std::nullopt;
}

// Carrier code of the DHL business unit that answered (shipment "service").
QString carrierForService(const QString &service)
{
    // Safe reading: a shipment without service is a DHL shipment of unknown unit.
    if (service.isEmpty() || service == QLatin1StringView("express"))
        return QStringLiteral("dhl");
    if (service == QLatin1StringView("parcel-de") || service == QLatin1StringView("post-de")
        || service == QLatin1StringView("post-international"))
        return QStringLiteral("deutsche-post");
    if (service == QLatin1StringView("ecommerce")
        || service.startsWith(QLatin1StringView("ecommerce-")))
        return QStringLiteral("dhl-ecommerce");
    // freight, dgf, dsc, parcel-nl, parcel-pl, parcel-uk, sameday, svb...: "dhl-freight",
    // "dhl-parcel-nl" (no canonical code of their own yet).
    return canonicalCarrierCode(QString(QStringLiteral("DHL ") + service));
}

struct Place
{
    QString city;
    QString state;
    QString postalCode;
    QString country;
};

// A DHL place ({"address": {countryCode, postalCode, addressLocality}}). Safe reading:
// DHL Express sends no countryCode and writes the place as "LEIPZIG - GERMANY",
// "CINCINNATI HUB, OH - USA" or "ES, Spain"; without a countryCode the locality is split by
// LocationText (the country, a US-style state, a postal code) where it is certain, and
// kept as it is otherwise. It is split here, before the event's time is read in its zone.
Place readPlace(const json::Value &place, ParseContext &context)
{
    Place p;
    const json::Value address = place["address"];
    p.city = address["addressLocality"].text();
    p.postalCode = address["postalCode"].text();
    p.country = context.country(address["countryCode"]);
    if (!p.country.isEmpty() || !address["countryCode"].text().isEmpty())
        return p;
    if (const auto parts = LocationText::split(p.city)) {
        if (!p.postalCode.isEmpty() && !parts->postalCode.isEmpty() && p.postalCode != parts->postalCode)
            return p; // two postal codes: not certain
        p.city = parts->city;
        p.state = parts->state;
        p.country = parts->country;
        if (p.postalCode.isEmpty())
            p.postalCode = parts->postalCode;
    }
    return p;
}

// Event text: the detailed description (or the short status title), with the remark
// that often carries the reason ("The recipient was not at home").
QString eventText(const json::Value &status)
{
    QString text = status["description"].text();
    if (text.isEmpty())
        text = status["status"].text();
    const QString remark = status["remark"].text();
    if (!remark.isEmpty() && !text.contains(remark, Qt::CaseInsensitive))
        text = text.isEmpty() ? remark
                              : QString(text + QStringLiteral(" (") + remark + QLatin1Char(')'));
    return text;
}

// Everything the status says, title included, for classification.
QString classificationText(const json::Value &status, const QString &text)
{
    const QString title = status["status"].text();
    if (title.isEmpty() || text.contains(title, Qt::CaseInsensitive))
        return text;
    return title + QStringLiteral(". ") + text;
}

// The tracking number a problem body names in its instance URI, if any
// ("/shipments?trackingNumber=123" or "/shipment/123").
QString numberFromInstance(const QString &instance)
{
    const QLatin1StringView key("trackingNumber=");
    if (const qsizetype at = instance.indexOf(key); at >= 0) {
        const qsizetype from = at + key.size();
        const qsizetype end = instance.indexOf(QLatin1Char('&'), from);
        return instance.mid(from, end < 0 ? -1 : end - from).trimmed();
    }
    const qsizetype slash = instance.lastIndexOf(QLatin1Char('/'));
    if (slash > 0 && (instance.left(slash).endsWith(QLatin1StringView("/shipment"))
                      || instance.left(slash).endsWith(QLatin1StringView("/shipments"))))
        return instance.mid(slash + 1).trimmed();
    return {};
}

} // namespace

QString DhlAdapter::formatId() const
{
    return QStringLiteral("dhl");
}

QString DhlAdapter::formatName() const
{
    return QStringLiteral("DHL Shipment Tracking - Unified API");
}

bool DhlAdapter::accepts(const json::Value &document) const
{
    if (document["shipments"].isArray())
        return true;
    // RFC 7807 problem body: {"title", "status": <HTTP status>, "detail", "instance"}.
    return document["title"].isString() && document["status"].isNumber()
           && (document["detail"].isString() || document["instance"].isString());
}

void DhlAdapter::parse(const json::Value &document, ParseContext &context) const
{
    const json::Value shipments = document["shipments"];
    if (shipments.isArray()) {
        if (shipments.size() == 0)
            context.warning(shipments, QStringLiteral("the response lists no shipments"));
        for (const json::Value &shipment : shipments.elements())
            parseShipment(shipment, context);
        return;
    }
    const json::Value status = document["status"];
    const QString title = document["title"].text();
    const QString detail = document["detail"].text();
    if (status.toInt() == 404) {
        context.notFound(status, numberFromInstance(document["instance"].text()),
                         detail.isEmpty() ? title : detail);
        return;
    }
    context.error(status, QStringLiteral("DHL returned %1 %2: %3")
                              .arg(status.toString(), title, detail));
}

void DhlAdapter::parseShipment(const json::Value &shipment, ParseContext &context) const
{
    if (!shipment.isObject()) {
        context.error(shipment, QStringLiteral("expected a shipment object, found %1")
                                    .arg(shipment.typeName()));
        return;
    }
    const auto trackingNumber = context.requiredText(shipment, "id");
    if (!trackingNumber)
        return;

    ShipmentRecord record;
    record.trackingNumber = *trackingNumber;
    const QString service = shipment["service"].text();
    record.carrier = carrierForService(service);
    const json::Value details = shipment["details"];
    record.service = details["product"]["productName"].text();
    if (record.service.isEmpty())
        record.service = service;

    const Place origin = readPlace(shipment["origin"], context);
    record.origin = Address{origin.city, origin.state, origin.postalCode, origin.country};
    const Place destination = readPlace(shipment["destination"], context);
    record.destination =
        Address{destination.city, destination.state, destination.postalCode, destination.country};

    json::Value estimate = shipment["estimatedTimeOfDelivery"];
    if (estimate.isAbsent())
        estimate = shipment["estimatedDeliveryTimeFrame"]["estimatedThrough"];
    record.estimatedDelivery =
        context.deliveryEstimate(estimate, record.destination.country, record.destination.state);

    // A multi-piece shipment is tracked by its waybill (id) with the pieces listed in
    // details.pieceIds: the record is the master.
    const json::Value pieceCount = details["totalNumberOfPieces"];
    if (const auto pieces = pieceCount.toInt(); pieces && *pieces > 1) {
        record.pieceCount = static_cast<int>(*pieces);
        record.masterTrackingNumber = record.trackingNumber;
    } else if (!pieces && !pieceCount.text().isEmpty()) {
        context.warning(pieceCount, QStringLiteral("unreadable number of pieces \"%1\" ignored")
                                        .arg(pieceCount.text()));
    }

    const bool returnFlag = shipment["returnFlag"].toBool().value_or(false);

    // First pass: read the events. Second pass: set their status, knowing when a return
    // started, so the return travelling back is not mistaken for the outbound trip.
    struct Pending
    {
        TrackingEvent event;
        std::optional<Subtag> mapped;
        json::Value codeField;
    };
    QList<Pending> pending;
    qint64 returnStartedMs = std::numeric_limits<qint64>::max();
    const json::Value events = shipment["events"];
    if (!events.isArray() && !context.absent(events))
        context.error(events, QStringLiteral("expected an array of events, found %1")
                                  .arg(events.typeName()));
    for (const json::Value &item : events.elements()) {
        if (!item.isObject()) {
            context.error(item, QStringLiteral("expected an event object, found %1")
                                    .arg(item.typeName()));
            continue;
        }
        TrackingEvent event;
        const Place place = readPlace(item["location"], context);
        event.city = place.city;
        event.state = place.state;
        event.postalCode = place.postalCode;
        event.country = place.country;
        event.description = eventText(item);
        // Timestamps come with or without an offset depending on the business unit;
        // without one they are local time at the event's place, else at the destination.
        const auto when = context.eventTime(item["timestamp"], event.country, event.state,
                                            record.destination.country);
        if (!when)
            continue; // reported; the other events still count
        event.occurredAt = when->at;
        event.timeAssumed = when->assumed;
        // Not text(): "unknown" is one of DHL's codes, not a placeholder.
        event.rawCode = item["statusCode"].toString().trimmed();
        const auto mapped =
            mapStatus(event.rawCode, classificationText(item, event.description), returnFlag);
        if (mapped == Subtag::ExceptionReturningToSender)
            returnStartedMs = std::min(returnStartedMs, event.occurredAt.utcMs);
        pending.append({std::move(event), mapped, item["statusCode"]});
    }
    for (Pending &p : pending) {
        // Safe reading: once the shipment is on its way back, later transit events are the
        // return travelling and a later delivery is the return reaching the sender.
        if (p.mapped && p.event.occurredAt.utcMs > returnStartedMs) {
            if (tagOf(*p.mapped) == Tag::Delivered)
                p.mapped = Subtag::ExceptionReturnedToSender;
            else if (tagOf(*p.mapped) == Tag::InTransit || tagOf(*p.mapped) == Tag::OutForDelivery)
                p.mapped = Subtag::ExceptionReturningToSender;
        }
        context.setStatus(p.event, p.mapped, p.codeField);
        record.events.append(std::move(p.event));
    }
    const bool returned = returnStartedMs != std::numeric_limits<qint64>::max();

    const json::Value status = shipment["status"];
    std::optional<Subtag> reported;
    if (status.isObject())
        reported = mapStatus(status["statusCode"].toString().trimmed(),
                             classificationText(status, eventText(status)), returnFlag);
    if (reported && returned) {
        if (tagOf(*reported) == Tag::Delivered)
            reported = Subtag::ExceptionReturnedToSender;
        else if (tagOf(*reported) == Tag::InTransit || tagOf(*reported) == Tag::OutForDelivery)
            reported = Subtag::ExceptionReturningToSender;
    }
    context.setRawPayload(record, shipment);
    context.addShipment(std::move(record), reported, status["statusCode"]);
}

} // namespace ct
