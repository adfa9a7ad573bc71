// SPDX-License-Identifier: MIT
//
// EasyPost Tracker adapter, written from EasyPost's public documentation:
//   https://docs.easypost.com/docs/trackers
//       Tracker, TrackingDetail, TrackingLocation and CarrierDetail objects; the status and
//       status_detail values; "When enough location information is present, EasyPost
//       assigns the appropriate local time zone to the event's datetime. When location
//       information is incomplete, timestamps default to UTC."
//   https://docs.easypost.com/docs/events, https://docs.easypost.com/guides/webhooks-guide
//       Event objects ("tracker.created", "tracker.updated") carry the Tracker in "result".
//   https://docs.easypost.com/docs/errors, https://docs.easypost.com/guides/errors-guide
//       Error body {"error": {"code": "PARAMETER.REQUIRED", "message": ..., "errors": [...]}}.
//   EasyPost's official client libraries and example responses (github.com/EasyPost:
//       easypost-go tracker.go, easypost-csharp Models/API/Tracker.cs,
//       examples official/responses/trackers/*.json) for the exact field names, the list
//       response {"trackers": [...], "has_more": ...} and the complete status_detail list.
//
// Where the documentation is silent the choices are marked "Not documented:" below.

#include "easypostadapter.h"

#include "domain/carriers.h"
#include "json/jsonvalue.h"
#include "parsecontext.h"

#include <QHash>

namespace ct {

namespace {

// --- status mapping ---------------------------------------------------------------------
//
// EasyPost gives every TrackingDetail (and the Tracker itself) a coarse "status" (the
// stage) and a finer "status_detail". The pair decides the sub-status:
//   1. delivered, return_to_sender and available_for_pickup are stages EasyPost states
//      outright; the detail does not override them.
//   2. A detail that reports a problem (weather_delay, damaged, delivery_exception...)
//      wins over the other statuses: EasyPost reports delays and holds under in_transit.
//   3. pre_transit, out_for_delivery, failure and cancelled keep their stage.
//   4. in_transit (and unknown/error, which name no stage) take the step the detail
//      names (arrived_at_facility...), else the stage's generic sub-status.
// A status not in the table with a detail not in the tables maps to nothing: the context
// classifies the message and flags the event as unmapped.

// "status" -> the stage's sub-status. "unknown" and "error" name no stage.
const QHash<QString, Subtag> &statusTable()
{
    static const QHash<QString, Subtag> table = {
        {QStringLiteral("pre_transit"), Subtag::InfoReceived},
        {QStringLiteral("in_transit"), Subtag::InTransit},
        {QStringLiteral("out_for_delivery"), Subtag::OutForDelivery},
        {QStringLiteral("delivered"), Subtag::Delivered},
        {QStringLiteral("available_for_pickup"), Subtag::AvailableForPickup},
        {QStringLiteral("return_to_sender"), Subtag::ExceptionReturningToSender},
        // Not documented: what "failure" covers. Carriers use it for undeliverable
        // parcels; the generic exception is refined from the message.
        {QStringLiteral("failure"), Subtag::Exception},
        // Not documented: a cancelled shipment will not arrive; our taxonomy has no
        // "cancelled", so it is an exception (refined from the message).
        {QStringLiteral("cancelled"), Subtag::Exception},
    };
    return table;
}

// "status_detail" values that report a problem (rule 2).
const QHash<QString, Subtag> &problemDetailTable()
{
    static const QHash<QString, Subtag> table = {
        {QStringLiteral("address_correction"), Subtag::ExceptionAddressProblem},
        {QStringLiteral("cancelled"), Subtag::Exception},
        {QStringLiteral("damaged"), Subtag::ExceptionDamaged},
        // A delay without a cause: generic, refined from the message ("weather"...).
        {QStringLiteral("delayed"), Subtag::Exception},
        // A problem at the door: a failed attempt, refined from the message.
        {QStringLiteral("delivery_exception"), Subtag::AttemptFail},
        {QStringLiteral("expired"), Subtag::Expired},
        {QStringLiteral("failure"), Subtag::Exception},
        // Held where? (customs, for payment, at the carrier): refined from the message.
        {QStringLiteral("held"), Subtag::Exception},
        {QStringLiteral("lost"), Subtag::ExceptionLost},
        {QStringLiteral("missorted"), Subtag::ExceptionDelayedCarrier},
        {QStringLiteral("refused"), Subtag::ExceptionRefused},
        {QStringLiteral("return"), Subtag::ExceptionReturningToSender},
        {QStringLiteral("transit_exception"), Subtag::Exception},
        {QStringLiteral("weather_delay"), Subtag::ExceptionDelayedExternal},
    };
    return table;
}

// "status_detail" values that name a step of the journey (rule 4).
const QHash<QString, Subtag> &stepDetailTable()
{
    static const QHash<QString, Subtag> table = {
        {QStringLiteral("arrived_at_destination"), Subtag::InTransitArrivedAtDeliveryFacility},
        {QStringLiteral("arrived_at_facility"), Subtag::InTransitArrivedAtFacility},
        {QStringLiteral("arrived_at_pickup_location"), Subtag::AvailableForPickup},
        {QStringLiteral("departed_facility"), Subtag::InTransitDeparted},
        {QStringLiteral("departed_origin_facility"), Subtag::InTransitDeparted},
        {QStringLiteral("in_transit"), Subtag::InTransit},
        {QStringLiteral("label_created"), Subtag::InfoReceived},
        {QStringLiteral("out_for_delivery"), Subtag::OutForDelivery},
        {QStringLiteral("received_at_destination_facility"),
         Subtag::InTransitArrivedAtDeliveryFacility},
        {QStringLiteral("received_at_origin_facility"), Subtag::InTransitAccepted},
        {QStringLiteral("transferred_to_destination_carrier"), Subtag::InTransitForwarded},
        // "status_update", "unknown" and "awaiting_information" add nothing to the status.
        // Not documented: whether "awaiting_information" means the carrier awaits the
        // shipper's data (pre-transit) or customs awaits documents, so the status decides.
    };
    return table;
}

// One status covers the way back and the arrival at the sender; the carrier's message
// tells them apart ("Delivered, To Original Sender"). "Being returned to sender" is still
// on its way, which the shared phrase table (statusphrases.cpp) does not tell apart.
bool returnArrived(QStringView message)
{
    const QString lower = message.toString().toLower();
    if (lower.contains(QLatin1String("being returned"))
        || lower.contains(QLatin1String("returning")))
        return false;
    static constexpr const char *Arrived[] = {"returned to sender",  "returned to shipper",
                                              "delivered to sender", "delivered to shipper",
                                              "to original sender",  "delivered to origin"};
    for (const char *phrase : Arrived) {
        if (lower.contains(QLatin1StringView(phrase)))
            return true;
    }
    return false;
}

// The sub-status of an EasyPost (status, status_detail) pair; nullopt when neither is
// known. `message` only tells a return on its way from a return that arrived.
std::optional<Subtag> mapStatus(const QString &status, const QString &detail, QStringView message)
{
    const auto stageIt = statusTable().constFind(status);
    const std::optional<Subtag> stage =
        stageIt != statusTable().constEnd() ? std::optional<Subtag>(*stageIt) : std::nullopt;

    if (status == QLatin1String("delivered")) {
        // Not documented: "delivered" with the detail "return" is read as the return
        // delivered back to the sender.
        return detail == QLatin1String("return") ? Subtag::ExceptionReturnedToSender
                                                 : Subtag::Delivered;
    }
    if (status == QLatin1String("return_to_sender")) {
        return returnArrived(message) ? Subtag::ExceptionReturnedToSender
                                      : Subtag::ExceptionReturningToSender;
    }
    if (status == QLatin1String("available_for_pickup"))
        return Subtag::AvailableForPickup;

    if (const auto it = problemDetailTable().constFind(detail);
        it != problemDetailTable().constEnd())
        return *it;
    if (stage && status != QLatin1String("in_transit"))
        return stage;
    if (const auto it = stepDetailTable().constFind(detail); it != stepDetailTable().constEnd())
        return *it;
    return stage;
}

// --- shape recognition ------------------------------------------------------------------

bool isTracker(const json::Value &v)
{
    return v.isObject() && v["object"].toString() == QLatin1String("Tracker");
}

// EasyPost error codes are dotted upper-case words ("PARAMETER.REQUIRED", "NOT_FOUND").
bool looksLikeErrorCode(QStringView code)
{
    if (code.isEmpty() || !code.front().isLetter())
        return false;
    for (QChar ch : code) {
        if (!(ch.isUpper() || ch.isDigit() || ch == QLatin1Char('_') || ch == QLatin1Char('.')))
            return false;
    }
    return true;
}

// {"error": {"code": "...", "message": "..."}} and nothing else: other formats' error
// bodies carry more members (an API version, a transaction id) or numeric codes.
bool isErrorBody(const json::Value &document)
{
    const json::Value error = document["error"];
    return document.size() == 1 && error.isObject() && error["code"].isString()
           && looksLikeErrorCode(error["code"].toString()) && !error["message"].isMissing();
}

// --- field readers ----------------------------------------------------------------------

// The carrier's estimate: CarrierDetail's local date (and time) when given, else the
// Tracker's est_delivery_date.
DeliveryEstimate readEstimate(const json::Value &tracker, const json::Value &carrierDetail,
                              const Address &destination, ParseContext &context)
{
    const json::Value localDate = carrierDetail["est_delivery_date_local"];
    if (!localDate.text().isEmpty()) {
        const auto date =
            localDate.isString() ? parseIsoDateTime(localDate.stringView()) : std::nullopt;
        if (!date) {
            context.warning(localDate, QStringLiteral("unreadable delivery estimate \"%1\" ignored")
                                           .arg(localDate.toString()));
        } else {
            DeliveryEstimate estimate;
            estimate.date = date->date;
            const json::Value localTime = carrierDetail["est_delivery_time_local"];
            if (!localTime.text().isEmpty()) {
                const auto ms =
                    localTime.isString() ? parseCompactTime(localTime.stringView()) : std::nullopt;
                if (ms) {
                    DateTimeText text;
                    text.date = estimate.date;
                    text.msOfDay = *ms;
                    text.hasTime = true;
                    const auto at = context.eventTime(text, destination.country, destination.state);
                    estimate.hasTime = true;
                    estimate.at = at.at;
                    estimate.date = at.at.localDate();
                } else {
                    context.warning(localTime,
                                    QStringLiteral("unreadable delivery time \"%1\" ignored")
                                        .arg(localTime.toString()));
                }
            }
            return estimate;
        }
    }
    const json::Value est = tracker["est_delivery_date"];
    // Not documented: EasyPost writes a date-only estimate as midnight UTC
    // ("2026-11-20T00:00:00Z"); read that as the date, not as an instant that would fall
    // on the previous evening in the Americas.
    if (est.isString()) {
        const auto text = parseIsoDateTime(est.stringView());
        if (text && text->hasTime && text->hasOffset && text->offsetMinutes == 0
            && text->msOfDay == 0) {
            DeliveryEstimate estimate;
            estimate.date = text->date;
            return estimate;
        }
    }
    return context.deliveryEstimate(est, destination.country, destination.state);
}

// A status or status_detail member: absent, or a string. Reports anything else.
bool codeFieldOk(const json::Value &field, ParseContext &context)
{
    if (field.isAbsent() || field.isString())
        return true;
    context.error(field,
                  QStringLiteral("expected a status string, found %1").arg(field.typeName()));
    return false;
}

// Status codes are read raw: json::Value::text() blanks "unknown", which is a code here.
QString code(const json::Value &field)
{
    return field.isString() ? field.toString().trimmed() : QString();
}

QString rawCode(const QString &status, const QString &detail)
{
    return detail.isEmpty() ? status : status + QLatin1Char('/') + detail;
}

} // namespace

QString EasyPostAdapter::formatId() const
{
    return QStringLiteral("easypost");
}

QString EasyPostAdapter::formatName() const
{
    return QStringLiteral("EasyPost Tracker");
}

bool EasyPostAdapter::accepts(const json::Value &document) const
{
    if (isTracker(document))
        return true;
    if (document["object"].toString() == QLatin1String("Event")) {
        return document["description"].toString().startsWith(QLatin1String("tracker."))
               || isTracker(document["result"]);
    }
    const json::Value trackers = document["trackers"];
    if (trackers.isArray() && (!document["has_more"].isMissing() || isTracker(trackers[0])))
        return true;
    return isErrorBody(document);
}

void EasyPostAdapter::parse(const json::Value &document, ParseContext &context) const
{
    if (isTracker(document)) {
        parseTracker(document, context);
        return;
    }
    if (document["object"].toString() == QLatin1String("Event")) {
        parseTracker(document["result"], context);
        return;
    }
    if (document["trackers"].isArray()) {
        for (const json::Value &tracker : document["trackers"].elements())
            parseTracker(tracker, context);
        return;
    }
    const json::Value error = document["error"];
    if (!error.isObject()) {
        context.error(document, QStringLiteral("not an EasyPost Tracker, tracker list, Event or "
                                               "error body"));
        return;
    }
    const QString errorCode = error["code"].toString();
    const QString message = error["message"].text();
    if (errorCode.contains(QLatin1String("NOT_FOUND"))) {
        context.notFound(error, {}, message);
        return;
    }
    context.error(error, QStringLiteral("EasyPost returned error %1: %2").arg(errorCode, message));
}

void EasyPostAdapter::parseTracker(const json::Value &tracker, ParseContext &context) const
{
    if (!tracker.isObject()) {
        context.error(
            tracker, QStringLiteral("expected a Tracker object, found %1").arg(tracker.typeName()));
        return;
    }
    const auto trackingNumber = context.requiredText(tracker, "tracking_code");
    if (!trackingNumber)
        return;

    const json::Value statusField = tracker["status"];
    const json::Value detailField = tracker["status_detail"];
    const QString status = code(statusField);
    const QString statusDetail = code(detailField);
    const json::Value details = tracker["tracking_details"];
    const bool noDetails = details.isAbsent() || (details.isArray() && details.size() == 0);
    if (noDetails && status == QLatin1String("unknown")) {
        // The carrier has nothing for this number: EasyPost keeps such trackers "unknown"
        // with no tracking details.
        context.notFound(statusField, *trackingNumber, {});
        return;
    }
    if (noDetails && status == QLatin1String("error")) {
        context.error(
            statusField,
            QStringLiteral("EasyPost could not retrieve tracking for %1 (status \"error\")")
                .arg(*trackingNumber));
        return;
    }

    ShipmentRecord shipment;
    shipment.trackingNumber = *trackingNumber;
    shipment.carrier = canonicalCarrierCode(tracker["carrier"].text());
    shipment.carrierReference = tracker["id"].text();
    const json::Value carrierDetail = tracker["carrier_detail"];
    shipment.service = carrierDetail["service"].text();
    context.location(carrierDetail["origin_tracking_location"], shipment.origin);
    context.location(carrierDetail["destination_tracking_location"], shipment.destination);
    shipment.estimatedDelivery =
        readEstimate(tracker, carrierDetail, shipment.destination, context);
    const QString signedBy = tracker["signed_by"].text();

    if (!details.isArray() && !context.absent(details))
        context.error(details, QStringLiteral("expected an array of tracking details, found %1")
                                   .arg(details.typeName()));
    for (const json::Value &detail : details.elements()) {
        if (!detail.isObject()) {
            context.error(detail, QStringLiteral("expected a TrackingDetail object, found %1")
                                      .arg(detail.typeName()));
            continue;
        }
        TrackingEvent event;
        event.description = detail["message"].text();
        if (event.description.isEmpty())
            event.description = detail["description"].text();
        Address place;
        if (!context.location(detail["tracking_location"], place))
            continue;
        event.city = place.city;
        event.state = place.state;
        event.postalCode = place.postalCode;
        event.country = place.country;
        const json::Value eventStatus = detail["status"];
        const json::Value eventDetail = detail["status_detail"];
        if (!codeFieldOk(eventStatus, context) || !codeFieldOk(eventDetail, context))
            continue;
        const auto when = context.eventTime(detail["datetime"], event, shipment);
        if (!when)
            continue; // reported; the other details still count
        event.occurredAt = when->at;
        event.timeAssumed = when->assumed;
        const QString s = code(eventStatus);
        const QString d = code(eventDetail);
        event.rawCode = rawCode(s, d);
        auto mapped = mapStatus(s, d, event.description);
        if (mapped == Subtag::Delivered && !signedBy.isEmpty())
            mapped = Subtag::DeliveredSigned;
        context.setStatus(event, mapped, eventStatus);
        shipment.events.append(std::move(event));
    }

    context.setRawPayload(shipment, tracker);
    auto reported = mapStatus(status, statusDetail, {});
    if (reported == Subtag::Delivered && !signedBy.isEmpty())
        reported = Subtag::DeliveredSigned;
    context.addShipment(std::move(shipment), reported, statusField);
}

} // namespace ct
