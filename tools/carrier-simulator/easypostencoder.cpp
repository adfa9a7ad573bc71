// SPDX-License-Identifier: MIT
#include "easypostencoder.h"

#include "domain/carriers.h"
#include "encoderkit.h"
#include "json/jsonwriter.h"

namespace ct::sim {

namespace {

// (status, status_detail) per sub-status, from the adapter's tables
// (docs/adapters/easypost.md). Rows marked byReason use a coarse detail whose reason the
// adapter reads from the message.
struct Row
{
    Subtag subtag;
    const char *status;
    const char *detail;
    bool byReason;
};

constexpr auto Rows = std::to_array<Row>({
    {Subtag::InfoReceived, "pre_transit", "label_created", false},
    {Subtag::InTransit, "in_transit", "in_transit", false},
    {Subtag::InTransitAccepted, "in_transit", "received_at_origin_facility", false},
    {Subtag::InTransitArrivedAtFacility, "in_transit", "arrived_at_facility", false},
    // No detail for the destination country: an arrival at a facility.
    {Subtag::InTransitArrivedInDestinationCountry, "in_transit", "arrived_at_facility", false},
    // No customs steps and no "problem resolved": a plain status update.
    {Subtag::InTransitCustomsClearanceStarted, "in_transit", "status_update", false},
    {Subtag::InTransitCustomsCleared, "in_transit", "status_update", false},
    {Subtag::InTransitProblemResolved, "in_transit", "status_update", false},
    {Subtag::InTransitDeparted, "in_transit", "departed_facility", false},
    {Subtag::InTransitForwarded, "in_transit", "transferred_to_destination_carrier", false},
    {Subtag::InTransitArrivedAtDeliveryFacility, "in_transit", "arrived_at_destination", false},
    {Subtag::OutForDelivery, "out_for_delivery", "out_for_delivery", false},
    // Delivered_003 comes from the Tracker's signed_by; the other kinds of delivery have
    // no detail.
    {Subtag::Delivered, "delivered", "arrived_at_destination", false},
    {Subtag::AvailableForPickup, "available_for_pickup", "arrived_at_pickup_location", false},
    {Subtag::AttemptFail, "in_transit", "delivery_exception", true},
    {Subtag::Exception, "in_transit", "transit_exception", true},
    {Subtag::ExceptionRefused, "in_transit", "refused", false},
    {Subtag::ExceptionCustomsHold, "in_transit", "held", true},
    {Subtag::ExceptionHeldForPayment, "in_transit", "held", true},
    {Subtag::ExceptionPickupNotCollected, "in_transit", "held", true},
    {Subtag::ExceptionDelayedExternal, "in_transit", "weather_delay", false},
    {Subtag::ExceptionDelayedCarrier, "in_transit", "delayed", true},
    {Subtag::ExceptionAddressProblem, "in_transit", "address_correction", false},
    {Subtag::ExceptionDamaged, "in_transit", "damaged", false},
    {Subtag::ExceptionLost, "in_transit", "lost", false},
    {Subtag::ExceptionReturningToSender, "return_to_sender", "return", true},
    {Subtag::ExceptionReturnedToSender, "delivered", "return", false},
    {Subtag::Expired, "failure", "expired", false},
});

// EasyPost's carrier names: "UPS", "FedEx", "DHLExpress", "RoyalMail", "OnTrac".
QString carrierName(const QString &carrier)
{
    return carrierDisplayName(carrier).remove(QLatin1Char(' '));
}

void writeLocation(json::Writer &w, const QString &city, const QString &state,
                   const QString &country, const QString &zip)
{
    w.beginObject();
    w.key("object").value("TrackingLocation");
    w.key("city").stringOrNull(city);
    w.key("state").stringOrNull(state);
    w.key("country").stringOrNull(country);
    w.key("zip").stringOrNull(zip);
    w.endObject();
}

void writeTracker(json::Writer &w, const ShipmentRecord &r)
{
    const TrackingEvent *latest = kit::latestEvent(r);
    bool signedFor = false;
    for (const TrackingEvent &e : r.events)
        signedFor = signedFor || e.subtag == Subtag::DeliveredSigned;
    const QString id = kit::stableHex(r.trackingNumber, 32);
    w.beginObject();
    w.key("id").value(QStringLiteral("trk_") + id);
    w.key("object").value("Tracker");
    w.key("mode").value("production");
    w.key("tracking_code").value(r.trackingNumber);
    if (latest) {
        const Row &row = kit::entryFor(Rows, latest->subtag);
        w.key("status").value(row.status);
        w.key("status_detail").value(row.detail);
        w.key("created_at").value(kit::utcIso(r.events.constFirst().occurredAt.utcMs));
        w.key("updated_at").value(kit::utcIso(latest->occurredAt.utcMs));
    } else {
        w.key("status").value("pre_transit");
        w.key("status_detail").value("status_update");
    }
    w.key("signed_by").stringOrNull(signedFor ? r.order.customerName : QString());
    w.key("est_delivery_date");
    if (r.estimatedDelivery.isNull())
        w.null();
    else if (r.estimatedDelivery.hasTime)
        w.value(kit::utcIso(r.estimatedDelivery.at.utcMs));
    else
        w.value(r.estimatedDelivery.date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
    w.key("shipment_id").value(QStringLiteral("shp_") + kit::stableHex(id, 32));
    w.key("carrier").value(carrierName(r.carrier));
    w.key("tracking_details").beginArray();
    for (const TrackingEvent &e : r.events) {
        const Row &row = kit::entryFor(Rows, e.subtag);
        w.beginObject();
        w.key("object").value("TrackingDetail");
        w.key("message").value(kit::eventText(e, row.byReason));
        w.key("description").value("");
        w.key("status").value(row.status);
        w.key("status_detail").value(row.detail);
        w.key("datetime").value(kit::utcIso(e.occurredAt.utcMs));
        w.key("source").value(carrierName(r.carrier));
        w.key("carrier_code").stringOrNull(e.rawCode);
        w.key("tracking_location");
        writeLocation(w, e.city, e.state, e.country, e.postalCode);
        w.endObject();
    }
    w.endArray();
    w.key("carrier_detail").beginObject();
    w.key("object").value("CarrierDetail");
    w.key("service").stringOrNull(r.service);
    w.key("container_type").null();
    const DeliveryEstimate &est = r.estimatedDelivery;
    w.key("est_delivery_date_local").stringOrNull(est.hasTime ? est.date.toString(Qt::ISODate) : QString());
    w.key("est_delivery_time_local").stringOrNull(est.hasTime ? kit::clockTime(est.at) : QString());
    w.key("origin_tracking_location");
    writeLocation(w, r.origin.city, r.origin.state, r.origin.country, r.origin.postalCode);
    w.key("destination_tracking_location");
    writeLocation(w, r.destination.city, r.destination.state, r.destination.country,
                  r.destination.postalCode);
    w.endObject();
    w.key("finalized").value(isTerminal(r.tag));
    w.key("is_return").value(false);
    w.key("public_url").value(QStringLiteral("https://track.easypost.com/") + id);
    w.endObject();
}

} // namespace

void EasyPostEncoder::write(json::Writer &w, const QList<ShipmentRecord> &records) const
{
    if (records.size() == 1) {
        writeTracker(w, records.constFirst());
    } else {
        w.beginObject();
        w.key("trackers").beginArray();
        for (const ShipmentRecord &r : records)
            writeTracker(w, r);
        w.endArray();
        w.endObject();
    }
}

QByteArray EasyPostEncoder::notFoundBody(const QString &) const
{
    json::Writer w;
    w.beginObject().key("error").beginObject();
    w.key("code").value("NOT_FOUND");
    w.key("message").value("The requested resource could not be found.");
    w.key("errors").beginArray().endArray();
    w.endObject().endObject();
    return w.take();
}

} // namespace ct::sim
