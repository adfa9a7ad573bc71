// SPDX-License-Identifier: MIT
//
// Shippo Track adapter, written from Shippo's public documentation:
//   https://docs.goshippo.com/docs/tracking/tracking/
//       The Tracking API, the status values (PRE_TRANSIT, TRANSIT, DELIVERED, RETURNED,
//       FAILURE, UNKNOWN) and the substatus codes ("Event definitions").
//   https://docs.goshippo.com/api-reference/tracking-status/register-a-tracking-webhook
//       The Track object returned by the tracks endpoint: carrier, tracking_number,
//       address_from/address_to {city, state, zip, country}, eta, original_eta, servicelevel
//       {token, name}, metadata, transaction, tracking_status, tracking_history ("following the
//       same structure as tracking_status ... starting with the earlier tracking event first");
//       status_date "is displayed in UTC".
//   https://docs.goshippo.com/docs/tracking/webhooks, https://docs.goshippo.com/api-reference/track
//       track_updated webhook body {"event": "track_updated", "test": ..., "data": {Track}}.
//   https://docs.goshippo.com/docs/carriers/integration_guides/royalmail-tracked/track
//       a complete Track response (empty address strings, "location": null).
//   Shippo's official SDKs (github.com/goshippo/shippo-python-sdk models Track,
//       TrackingStatus, TrackingStatusSubstatus {code, text, action_required}) for the
//       exact field names and types.
//
// Where the documentation is silent the choices are marked "Not documented:" below.

#include "shippoadapter.h"

#include "domain/carriers.h"
#include "json/jsonvalue.h"
#include "parsecontext.h"

#include <QHash>

namespace ct {

namespace {

// --- status mapping ---------------------------------------------------------------------

// substatus.code -> sub-status. Each Shippo substatus belongs to one status; the codes
// listed under TRANSIT in Shippo's event definitions include the failed attempts and the
// transit problems, which is why most of them land outside InTransit.
const QHash<QString, Subtag> &substatusTable()
{
    static const QHash<QString, Subtag> table = {
        // PRE_TRANSIT
        {QStringLiteral("information_received"), Subtag::InfoReceived},
        // TRANSIT
        {QStringLiteral("package_accepted"), Subtag::InTransitAccepted},
        {QStringLiteral("package_arrived"), Subtag::InTransitArrivedAtFacility},
        {QStringLiteral("package_departed"), Subtag::InTransitDeparted},
        {QStringLiteral("package_processing"), Subtag::InTransit},
        {QStringLiteral("package_processed"), Subtag::InTransit},
        {QStringLiteral("package_forwarded"), Subtag::InTransitForwarded},
        // Not documented: what "scheduled" means in time; a delivery date being set is
        // still transit, not the delivery run.
        {QStringLiteral("delivery_scheduled"), Subtag::InTransit},
        {QStringLiteral("out_for_delivery"), Subtag::OutForDelivery},
        {QStringLiteral("pickup_available"), Subtag::AvailableForPickup},
        // A failed attempt; the reason is read from status_details.
        {QStringLiteral("delivery_attempted"), Subtag::AttemptFail},
        // Not documented: who rescheduled. Carriers report it when the recipient asked for
        // another day, the one rescheduling our taxonomy knows.
        {QStringLiteral("delivery_rescheduled"), Subtag::AttemptFailRescheduleRequested},
        // Action required: the recipient must arrange a new delivery after a failed
        // attempt; the reason is read from status_details.
        {QStringLiteral("reschedule_delivery"), Subtag::AttemptFail},
        // A notice is left when nobody could take the parcel.
        {QStringLiteral("notice_left"), Subtag::AttemptFailAddresseeUnavailable},
        {QStringLiteral("location_inaccessible"), Subtag::AttemptFailNoAccess},
        {QStringLiteral("address_issue"), Subtag::ExceptionAddressProblem},
        // "Contact carrier", "delayed", "held": a problem without a stated cause; the
        // generic exception is refined from status_details (weather, customs, duties...).
        {QStringLiteral("contact_carrier"), Subtag::Exception},
        {QStringLiteral("delayed"), Subtag::Exception},
        {QStringLiteral("package_held"), Subtag::Exception},
        {QStringLiteral("package_damaged"), Subtag::ExceptionDamaged},
        // DELIVERED
        {QStringLiteral("delivered"), Subtag::Delivered},
        // RETURNED
        {QStringLiteral("return_to_sender"), Subtag::ExceptionReturningToSender},
        // Nobody collected the parcel; Shippo files it under RETURNED because it goes back.
        {QStringLiteral("package_unclaimed"), Subtag::ExceptionPickupNotCollected},
        // FAILURE
        {QStringLiteral("package_undeliverable"), Subtag::Exception},
        // Not documented: disposed of by the carrier; the parcel is gone, as if lost.
        {QStringLiteral("package_disposed"), Subtag::ExceptionLost},
        {QStringLiteral("package_lost"), Subtag::ExceptionLost},
        // "other" (any status) adds nothing to the status.
    };
    return table;
}

// status -> the stage's sub-status. UNKNOWN names no stage.
const QHash<QString, Subtag> &statusTable()
{
    static const QHash<QString, Subtag> table = {
        {QStringLiteral("PRE_TRANSIT"), Subtag::InfoReceived},
        {QStringLiteral("TRANSIT"), Subtag::InTransit},
        {QStringLiteral("DELIVERED"), Subtag::Delivered},
        {QStringLiteral("RETURNED"), Subtag::ExceptionReturningToSender},
        // Undeliverable, lost, disposed: refined from status_details.
        {QStringLiteral("FAILURE"), Subtag::Exception},
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

// The sub-status of a Shippo (status, substatus.code) pair; nullopt when neither is known.
// `details` only tells a return on its way from a return that arrived.
std::optional<Subtag> mapStatus(const QString &status, const QString &substatus,
                                QStringView details)
{
    // DELIVERED is final whatever the substatus says.
    if (status == QLatin1String("DELIVERED"))
        return Subtag::Delivered;
    if (status == QLatin1String("RETURNED")) {
        if (substatus == QLatin1String("package_unclaimed"))
            return Subtag::ExceptionPickupNotCollected;
        // Not documented: RETURNED with "delivered" is read as delivered back to the sender.
        if (substatus == QLatin1String("delivered") || returnArrived(details))
            return Subtag::ExceptionReturnedToSender;
        return Subtag::ExceptionReturningToSender;
    }
    if (const auto it = substatusTable().constFind(substatus); it != substatusTable().constEnd())
        return *it;
    if (const auto it = statusTable().constFind(status); it != statusTable().constEnd())
        return *it;
    return std::nullopt;
}

// --- shape recognition ------------------------------------------------------------------

bool looksLikeTrack(const json::Value &v)
{
    return v.isObject() && !v["tracking_number"].isMissing() && !v["carrier"].isMissing()
           && (!v["tracking_status"].isMissing() || !v["tracking_history"].isMissing());
}

bool isWebhook(const json::Value &document)
{
    const json::Value event = document["event"];
    if (!event.isString())
        return false;
    return (event.toString() == QLatin1String("track_updated") && document["data"].isObject())
           || looksLikeTrack(document["data"]);
}

// --- field readers ----------------------------------------------------------------------

// The carrier's estimate. Not documented: a date-only ETA comes as midnight UTC
// ("2021-07-23T00:00:00Z" in Shippo's own example); that is read as the date, not as an
// instant that would fall on the previous evening in the Americas.
DeliveryEstimate readEstimate(const json::Value &eta, const Address &destination,
                              ParseContext &context)
{
    if (eta.isString()) {
        const auto text = parseIsoDateTime(eta.stringView());
        if (text && text->hasTime && text->hasOffset && text->offsetMinutes == 0
            && text->msOfDay == 0) {
            DeliveryEstimate estimate;
            estimate.date = text->date;
            return estimate;
        }
    }
    return context.deliveryEstimate(eta, destination.country, destination.state);
}

// Status codes are read raw: json::Value::text() blanks "UNKNOWN", which is a code here.
QString code(const json::Value &field)
{
    return field.isString() ? field.toString().trimmed() : QString();
}

bool stringFieldOk(const json::Value &field, ParseContext &context)
{
    if (field.isAbsent() || field.isString())
        return true;
    context.error(field, QStringLiteral("expected a string, found %1").arg(field.typeName()));
    return false;
}

// One tracking_status / tracking_history entry -> an event; false when it is unusable
// (reported).
bool readEvent(const json::Value &entry, const ShipmentRecord &shipment, ParseContext &context,
               TrackingEvent &event)
{
    if (!entry.isObject()) {
        context.error(
            entry,
            QStringLiteral("expected a tracking status object, found %1").arg(entry.typeName()));
        return false;
    }
    const json::Value status = entry["status"];
    const json::Value substatus = entry["substatus"];
    if (!stringFieldOk(status, context))
        return false;
    if (!substatus.isObject() && !context.absent(substatus)) {
        context.error(
            substatus,
            QStringLiteral("expected a substatus object, found %1").arg(substatus.typeName()));
        return false;
    }
    if (!stringFieldOk(substatus["code"], context))
        return false;
    Address place;
    if (!context.location(entry["location"], place))
        return false;
    event.city = place.city;
    event.state = place.state;
    event.postalCode = place.postalCode;
    event.country = place.country;
    event.description = entry["status_details"].text();
    if (event.description.isEmpty())
        event.description = substatus["text"].text();
    const auto when = context.eventTime(entry["status_date"], event, shipment);
    if (!when)
        return false;
    event.occurredAt = when->at;
    event.timeAssumed = when->assumed;
    const QString s = code(status);
    const QString sub = code(substatus["code"]);
    event.rawCode = sub.isEmpty() ? s : s + QLatin1Char('/') + sub;
    context.setStatus(event, mapStatus(s, sub, event.description), status);
    return true;
}

} // namespace

QString ShippoAdapter::formatId() const
{
    return QStringLiteral("shippo");
}

QString ShippoAdapter::formatName() const
{
    return QStringLiteral("Shippo Track");
}

bool ShippoAdapter::accepts(const json::Value &document) const
{
    return looksLikeTrack(document) || isWebhook(document);
}

void ShippoAdapter::parse(const json::Value &document, ParseContext &context) const
{
    if (looksLikeTrack(document)) {
        parseTrack(document, context);
        return;
    }
    parseTrack(document["data"], context);
}

void ShippoAdapter::parseTrack(const json::Value &track, ParseContext &context) const
{
    if (!track.isObject()) {
        context.error(track,
                      QStringLiteral("expected a Track object, found %1").arg(track.typeName()));
        return;
    }
    const auto trackingNumber = context.requiredText(track, "tracking_number");
    if (!trackingNumber)
        return;

    const json::Value summary = track["tracking_status"];
    const json::Value history = track["tracking_history"];
    const QString summaryStatus = code(summary["status"]);
    const bool noHistory = history.isAbsent() || (history.isArray() && history.size() == 0);
    if (noHistory && (summary.isAbsent() || summaryStatus == QLatin1String("UNKNOWN"))) {
        // The carrier does not know the number (or has not reported it yet): Shippo answers
        // UNKNOWN, or no tracking_status at all, with an empty history.
        QString message = summary["status_details"].text();
        if (message.isEmpty())
            message = track["messages"][0].text();
        context.notFound(summary.isAbsent() ? summary : summary["status"], *trackingNumber,
                         message);
        return;
    }

    ShipmentRecord shipment;
    shipment.trackingNumber = *trackingNumber;
    shipment.carrier = canonicalCarrierCode(track["carrier"].text());
    shipment.carrierReference = track["transaction"].text();
    const json::Value serviceLevel = track["servicelevel"];
    shipment.service = serviceLevel["name"].text();
    if (shipment.service.isEmpty())
        shipment.service = serviceLevel["token"].text();
    context.location(track["address_from"], shipment.origin);
    context.location(track["address_to"], shipment.destination);
    // eta is the carrier's current estimate; original_eta the first one.
    const json::Value eta = track["eta"].isAbsent() ? track["original_eta"] : track["eta"];
    shipment.estimatedDelivery = readEstimate(eta, shipment.destination, context);

    if (!history.isArray() && !context.absent(history))
        context.error(history, QStringLiteral("expected an array of tracking statuses, found %1")
                                   .arg(history.typeName()));
    for (const json::Value &entry : history.elements()) {
        TrackingEvent event;
        if (readEvent(entry, shipment, context, event))
            shipment.events.append(std::move(event));
    }
    // tracking_status repeats the latest history entry. Only when there is no history is
    // it the one event known.
    if (noHistory && summary.isObject()) {
        TrackingEvent event;
        if (readEvent(summary, shipment, context, event))
            shipment.events.append(std::move(event));
    }

    context.setRawPayload(shipment, track);
    const auto reported = summary.isObject()
                              ? mapStatus(summaryStatus, code(summary["substatus"]["code"]),
                                          summary["status_details"].text())
                              : std::nullopt;
    context.addShipment(std::move(shipment), reported, summary["status"]);
}

} // namespace ct
