// SPDX-License-Identifier: MIT
#include "shippoencoder.h"

#include "encoderkit.h"
#include "json/jsonwriter.h"

namespace ct::sim {

namespace {

// (status, substatus.code) per sub-status, from the adapter's tables
// (docs/adapters/shippo.md). byReason: a coarse substatus; status_details names the reason.
struct Row
{
    Subtag subtag;
    const char *status;
    const char *substatus;
    bool byReason;
};

constexpr auto Rows = std::to_array<Row>({
    {Subtag::InfoReceived, "PRE_TRANSIT", "information_received", false},
    {Subtag::InTransit, "TRANSIT", "package_processing", false},
    {Subtag::InTransitAccepted, "TRANSIT", "package_accepted", false},
    {Subtag::InTransitArrivedAtFacility, "TRANSIT", "package_arrived", false},
    // Shippo has no destination-country, customs, delivery-facility or "resolved" steps.
    {Subtag::InTransitArrivedInDestinationCountry, "TRANSIT", "package_arrived", false},
    {Subtag::InTransitCustomsClearanceStarted, "TRANSIT", "package_processing", false},
    {Subtag::InTransitCustomsCleared, "TRANSIT", "package_processed", false},
    {Subtag::InTransitProblemResolved, "TRANSIT", "package_processing", false},
    {Subtag::InTransitArrivedAtDeliveryFacility, "TRANSIT", "package_arrived", false},
    {Subtag::InTransitDeparted, "TRANSIT", "package_departed", false},
    {Subtag::InTransitForwarded, "TRANSIT", "package_forwarded", false},
    {Subtag::OutForDelivery, "TRANSIT", "out_for_delivery", false},
    // One kind of delivery.
    {Subtag::Delivered, "DELIVERED", "delivered", false},
    {Subtag::AvailableForPickup, "TRANSIT", "pickup_available", false},
    {Subtag::AttemptFail, "TRANSIT", "delivery_attempted", true},
    {Subtag::AttemptFailAddresseeUnavailable, "TRANSIT", "notice_left", false},
    {Subtag::AttemptFailNoAccess, "TRANSIT", "location_inaccessible", false},
    {Subtag::AttemptFailRescheduleRequested, "TRANSIT", "delivery_rescheduled", false},
    {Subtag::Exception, "TRANSIT", "contact_carrier", true},
    {Subtag::ExceptionAddressProblem, "TRANSIT", "address_issue", false},
    {Subtag::ExceptionCustomsHold, "TRANSIT", "package_held", true},
    {Subtag::ExceptionHeldForPayment, "TRANSIT", "package_held", true},
    {Subtag::ExceptionDelayedExternal, "TRANSIT", "delayed", true},
    {Subtag::ExceptionDelayedCarrier, "TRANSIT", "delayed", true},
    {Subtag::ExceptionDamaged, "TRANSIT", "package_damaged", false},
    {Subtag::ExceptionLost, "FAILURE", "package_lost", false},
    {Subtag::ExceptionPickupNotCollected, "RETURNED", "package_unclaimed", false},
    {Subtag::ExceptionReturningToSender, "RETURNED", "return_to_sender", true},
    {Subtag::ExceptionReturnedToSender, "RETURNED", "delivered", false},
});

void writeAddress(json::Writer &w, const Address &a)
{
    w.beginObject();
    w.key("city").value(a.city);
    w.key("state").value(a.state);
    w.key("zip").value(a.postalCode);
    w.key("country").value(a.country);
    w.endObject();
}

void writeStatus(json::Writer &w, const ShipmentRecord &r, const TrackingEvent &e)
{
    const Row &row = kit::entryFor(Rows, e.subtag);
    const QString stamp = kit::utcIso(e.occurredAt.utcMs);
    w.beginObject();
    w.key("object_created").value(stamp);
    w.key("object_updated").value(stamp);
    w.key("object_id").value(kit::stableHex(QString(r.trackingNumber + stamp), 32));
    w.key("status").value(row.status);
    w.key("status_details").value(kit::eventText(e, row.byReason));
    w.key("status_date").value(stamp);
    w.key("substatus").beginObject();
    w.key("code").value(row.substatus);
    w.key("text").value(QString::fromUtf8(subtagInfo(e.subtag).description));
    w.key("action_required").value(tagOf(e.subtag) == Tag::AttemptFail
                                   || tagOf(e.subtag) == Tag::Exception);
    w.endObject();
    w.key("location");
    if (e.city.isEmpty() && e.country.isEmpty())
        w.null();
    else
        writeAddress(w, Address{e.city, e.state, e.postalCode, e.country});
    w.endObject();
}

QString eta(const DeliveryEstimate &estimate)
{
    if (estimate.isNull())
        return {};
    if (estimate.hasTime)
        return kit::utcIso(estimate.at.utcMs);
    return estimate.date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

} // namespace

void ShippoEncoder::write(json::Writer &w, const QList<ShipmentRecord> &records) const
{
    const ShipmentRecord &r = records.constFirst();
    w.beginObject();
    // Shippo's carrier tokens: "usps", "dhl_express", "royal_mail", "deutsche_post".
    w.key("carrier").value(QString(r.carrier).replace(QLatin1Char('-'), QLatin1Char('_')));
    w.key("tracking_number").value(r.trackingNumber);
    w.key("address_from");
    writeAddress(w, r.origin);
    w.key("address_to");
    writeAddress(w, r.destination);
    w.key("transaction").value(kit::stableHex(r.trackingNumber, 32));
    w.key("original_eta").stringOrNull(eta(r.estimatedDelivery));
    w.key("eta").stringOrNull(eta(r.estimatedDelivery));
    w.key("servicelevel").beginObject();
    w.key("token").value(r.service.toLower().replace(QLatin1Char(' '), QLatin1Char('_')));
    w.key("name").value(r.service);
    w.endObject();
    w.key("metadata").stringOrNull(r.order.orderId.isEmpty() ? QString()
                                                             : QStringLiteral("Order ") + r.order.orderId);
    w.key("messages").beginArray().endArray();
    w.key("test").value(false);
    w.key("tracking_status");
    if (const TrackingEvent *latest = kit::latestEvent(r))
        writeStatus(w, r, *latest);
    else
        w.null();
    w.key("tracking_history").beginArray();
    for (const TrackingEvent &e : r.events)
        writeStatus(w, r, e);
    w.endArray();
    w.endObject();
}

QByteArray ShippoEncoder::notFoundBody(const QString &) const
{
    // Shippo's 404 body (docs/adapters/shippo.md: not claimed by the adapter, which is
    // right: it says nothing about tracking).
    return QByteArrayLiteral("{\"detail\":\"Not found.\"}");
}

} // namespace ct::sim
