// SPDX-License-Identifier: MIT
#include "aftershipadapter.h"

#include "domain/carriers.h"
#include "json/jsonvalue.h"
#include "parsecontext.h"

#include <QHash>

namespace ct {

namespace {

// AfterShip sub-status codes whose meaning matches one of ours. Codes AfterShip added
// later and not listed here fall back to the generic sub-status of their tag.
const QHash<QString, Subtag> &subtagTable()
{
    static const QHash<QString, Subtag> table = {
        {QStringLiteral("Pending_001"), Subtag::PendingNoInformation},
        {QStringLiteral("InfoReceived_001"), Subtag::InfoReceived},
        {QStringLiteral("InTransit_001"), Subtag::InTransit},
        {QStringLiteral("InTransit_002"), Subtag::InTransitAccepted},
        {QStringLiteral("InTransit_003"), Subtag::InTransitArrivedAtFacility},
        {QStringLiteral("InTransit_004"), Subtag::InTransitArrivedInDestinationCountry},
        {QStringLiteral("InTransit_005"), Subtag::InTransitCustomsCleared},
        {QStringLiteral("InTransit_006"), Subtag::InTransitCustomsClearanceStarted},
        {QStringLiteral("InTransit_007"), Subtag::InTransitDeparted},
        {QStringLiteral("InTransit_008"), Subtag::InTransitProblemResolved},
        {QStringLiteral("InTransit_009"), Subtag::InTransitForwarded},
        {QStringLiteral("OutForDelivery_001"), Subtag::OutForDelivery},
        {QStringLiteral("OutForDelivery_003"), Subtag::OutForDeliveryCustomerContacted},
        {QStringLiteral("OutForDelivery_004"), Subtag::OutForDeliveryAppointmentScheduled},
        {QStringLiteral("AttemptFail_001"), Subtag::AttemptFail},
        {QStringLiteral("AttemptFail_002"), Subtag::AttemptFailAddresseeUnavailable},
        {QStringLiteral("AttemptFail_003"), Subtag::AttemptFailBusinessClosed},
        {QStringLiteral("Delivered_001"), Subtag::Delivered},
        {QStringLiteral("Delivered_002"), Subtag::DeliveredPickedUp},
        {QStringLiteral("Delivered_003"), Subtag::DeliveredSigned},
        {QStringLiteral("Delivered_004"), Subtag::DeliveredCashCollected},
        {QStringLiteral("Delivered_005"), Subtag::DeliveredToNeighbourOrSafePlace},
        {QStringLiteral("AvailableForPickup_001"), Subtag::AvailableForPickup},
        {QStringLiteral("Exception_001"), Subtag::Exception},
        {QStringLiteral("Exception_002"), Subtag::ExceptionCustomerMoved},
        {QStringLiteral("Exception_003"), Subtag::ExceptionRefused},
        {QStringLiteral("Exception_004"), Subtag::ExceptionCustomsHold},
        {QStringLiteral("Exception_005"), Subtag::ExceptionDelayedExternal},
        {QStringLiteral("Exception_006"), Subtag::ExceptionHeldForPayment},
        {QStringLiteral("Exception_007"), Subtag::ExceptionAddressProblem},
        {QStringLiteral("Exception_008"), Subtag::ExceptionPickupNotCollected},
        {QStringLiteral("Exception_009"), Subtag::ExceptionRejectedByCarrier},
        {QStringLiteral("Exception_010"), Subtag::ExceptionReturningToSender},
        {QStringLiteral("Exception_011"), Subtag::ExceptionReturnedToSender},
        {QStringLiteral("Exception_012"), Subtag::ExceptionDamaged},
        {QStringLiteral("Exception_013"), Subtag::ExceptionLost},
        {QStringLiteral("Exception_016"), Subtag::ExceptionDelayedCarrier},
        {QStringLiteral("Exception_017"), Subtag::ExceptionDelayedExternal},
        {QStringLiteral("Exception_018"), Subtag::ExceptionCustomsHold},
        {QStringLiteral("Expired_001"), Subtag::Expired},
    };
    return table;
}

// The sub-status for an AfterShip (tag, subtag) pair; nullopt when neither is known.
std::optional<Subtag> mapStatus(const QString &tag, const QString &subtag)
{
    if (const auto it = subtagTable().constFind(subtag); it != subtagTable().constEnd())
        return *it;
    if (const auto t = tagFromCode(tag))
        return genericSubtag(*t);
    // "Pending_004" etc. with no tag: the code's prefix still names the stage.
    if (const qsizetype underscore = subtag.indexOf(QLatin1Char('_')); underscore > 0) {
        if (const auto t = tagFromCode(QStringView(subtag).left(underscore)))
            return genericSubtag(*t);
    }
    return std::nullopt;
}

// The first of several alternative members that is present.
json::Value firstPresent(const json::Value &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const json::Value v = object[key];
        if (!v.isAbsent())
            return v;
    }
    return object[*keys.begin()];
}

bool looksLikeTracking(const json::Value &v)
{
    return v.isObject() && !v["tracking_number"].isMissing()
           && (!v["slug"].isMissing() || !v["checkpoints"].isMissing());
}

} // namespace

QString AfterShipAdapter::formatId() const
{
    return QStringLiteral("aftership");
}

QString AfterShipAdapter::formatName() const
{
    return QStringLiteral("AfterShip tracking");
}

bool AfterShipAdapter::accepts(const json::Value &document) const
{
    if (looksLikeTracking(document))
        return true;
    if (document["event"].isString() && looksLikeTracking(document["msg"]))
        return true;
    const json::Value data = document["data"];
    if (looksLikeTracking(data["tracking"]) || data["trackings"].isArray())
        return true;
    // Error envelope for an unknown tracking: {"meta": {"code": 4004, ...}, "data": {}}.
    const json::Value meta = document["meta"];
    return meta.isObject() && meta["code"].isNumber() && !meta["type"].isMissing();
}

void AfterShipAdapter::parse(const json::Value &document, ParseContext &context) const
{
    if (looksLikeTracking(document)) {
        parseTracking(document, context);
        return;
    }
    if (document["event"].isString()) {
        parseTracking(document["msg"], context);
        return;
    }
    const json::Value meta = document["meta"];
    const json::Value single = document["data"]["tracking"];
    if (const auto code = meta["code"].toInt(); code && *code != 200 && *code != 201
        && !context.errorBesideData(meta, meta["message"].text(), {single["checkpoints"]})) {
        // 4004 is AfterShip's "Tracking does not exist"; any other code is an error
        // envelope without tracking data.
        if (*code == 4004)
            context.notFound(meta, document["data"]["tracking"]["tracking_number"].text(),
                             meta["message"].text());
        else
            context.error(meta, QStringLiteral("AfterShip returned error %1: %2")
                                    .arg(*code)
                                    .arg(meta["message"].text()));
        return;
    }
    const json::Value data = document["data"];
    if (data["trackings"].isArray()) {
        for (const json::Value &tracking : data["trackings"].elements())
            parseTracking(tracking, context);
        return;
    }
    parseTracking(data["tracking"], context);
}

void AfterShipAdapter::parseTracking(const json::Value &tracking, ParseContext &context) const
{
    if (!tracking.isObject()) {
        context.error(tracking, QStringLiteral("expected a tracking object, found %1")
                                    .arg(tracking.typeName()));
        return;
    }
    const auto trackingNumber = context.requiredText(tracking, "tracking_number");
    if (!trackingNumber)
        return;

    ShipmentRecord shipment;
    shipment.trackingNumber = *trackingNumber;
    shipment.carrier = canonicalCarrierCode(tracking["slug"].text());
    shipment.carrierReference = tracking["id"].text();
    shipment.service = tracking["shipment_type"].text();
    shipment.pieceCount = static_cast<int>(tracking["shipment_package_count"].toInt().value_or(1));
    shipment.origin.country =
        context.country(firstPresent(tracking, {"origin_country_region", "origin_country_iso3"}));
    shipment.destination.country = context.country(
        firstPresent(tracking, {"destination_country_region", "destination_country_iso3"}));
    shipment.destination.state = tracking["destination_state"].text();
    shipment.destination.city = tracking["destination_city"].text();
    shipment.destination.postalCode = tracking["destination_postal_code"].text();

    const json::Value courierEstimate = tracking["courier_estimated_delivery_date"];
    shipment.estimatedDelivery = context.deliveryEstimate(
        courierEstimate.isObject() ? courierEstimate["estimated_delivery_date"]
                                   : tracking["expected_delivery"],
        shipment.destination.country, shipment.destination.state);

    OrderInfo &order = shipment.order;
    order.orderId = tracking["order_id"].text();
    const json::Value customer = tracking["customers"][0];
    order.customerName = customer["name"].text();
    if (order.customerName.isEmpty())
        order.customerName = tracking["customer_name"].text();
    order.customerEmail = customer["email"].text();
    if (order.customerEmail.isEmpty())
        order.customerEmail = tracking["emails"][0].text();
    order.customerPhone = customer["phone_number"].text();
    if (order.customerPhone.isEmpty())
        order.customerPhone = tracking["smses"][0].text();
    const DeliveryEstimate promised =
        context.deliveryEstimate(tracking["order_promised_delivery_date"]);
    order.promisedDate = promised.date;

    const json::Value checkpoints = tracking["checkpoints"];
    if (!checkpoints.isArray() && !context.absent(checkpoints))
        context.error(checkpoints, QStringLiteral("expected an array of checkpoints, found %1")
                                       .arg(checkpoints.typeName()));
    for (const json::Value &checkpoint : checkpoints.elements()) {
        if (!checkpoint.isObject()) {
            context.error(checkpoint, QStringLiteral("expected a checkpoint object, found %1")
                                          .arg(checkpoint.typeName()));
            continue;
        }
        TrackingEvent event;
        event.description = checkpoint["message"].text();
        event.city = checkpoint["city"].text();
        if (event.city.isEmpty())
            event.city = checkpoint["location"].text();
        event.state = checkpoint["state"].text();
        event.postalCode = firstPresent(checkpoint, {"postal_code", "zip"}).text();
        event.country = context.country(firstPresent(checkpoint, {"country_region", "country_iso3"}));
        if (event.country.isEmpty())
            event.country = context.country(
                firstPresent(checkpoint, {"country_region_name", "country_name"}));
        const auto when = context.eventTime(checkpoint["checkpoint_time"], event.country,
                                            event.state, shipment.destination.country);
        if (!when)
            continue; // reported; the other checkpoints still count
        event.occurredAt = when->at;
        event.timeAssumed = when->assumed;
        const QString subtag = checkpoint["subtag"].text();
        event.rawCode = checkpoint["raw_tag"].text();
        if (event.rawCode.isEmpty())
            event.rawCode = subtag;
        context.setStatus(event, mapStatus(checkpoint["tag"].text(), subtag), checkpoint["subtag"]);
        shipment.events.append(std::move(event));
    }

    context.setRawPayload(shipment, tracking);
    const json::Value reportedField = tracking["subtag"].isAbsent() ? tracking["tag"] : tracking["subtag"];
    context.addShipment(std::move(shipment),
                        mapStatus(tracking["tag"].text(), tracking["subtag"].text()),
                        reportedField);
}

} // namespace ct
