// SPDX-License-Identifier: MIT
#include "uspsencoder.h"

#include "encoderkit.h"
#include "geo/countries.h"
#include "json/jsonwriter.h"

namespace ct::sim {

namespace {

// Scan event codes per sub-status (Pub 199 Appendix G-4), from the adapter's table
// (docs/adapters/usps.md). byReason: code 02 "Notice Left", whose reason is in the text.
// `text` overrides the event's own wording where the adapter reads it (code 01).
struct Row
{
    Subtag subtag;
    const char *code;
    const char *text;
    bool byReason;
};

constexpr auto Rows = std::to_array<Row>({
    {Subtag::InfoReceived, "GX", nullptr, false},
    {Subtag::InTransitAccepted, "03", nullptr, false},
    {Subtag::InTransitArrivedAtFacility, "10", nullptr, false},
    {Subtag::InTransitDeparted, "T1", nullptr, false},
    // The table has no plain "in transit", customs or "problem resolved" code: USPS's
    // network scans are arrivals and departures.
    {Subtag::InTransit, "T1", nullptr, false},
    {Subtag::InTransitProblemResolved, "T1", nullptr, false},
    {Subtag::InTransitArrivedInDestinationCountry, "A1", nullptr, false},
    {Subtag::InTransitCustomsClearanceStarted, "A1", nullptr, false},
    {Subtag::InTransitCustomsCleared, "T1", nullptr, false},
    {Subtag::InTransitArrivedAtDeliveryFacility, "07", nullptr, false},
    {Subtag::InTransitForwarded, "06", nullptr, false},
    {Subtag::OutForDelivery, "OF", nullptr, false},
    // Code 01 is every delivery; the adapter tells only returns and counter pickups apart.
    {Subtag::Delivered, "01", "Delivered, In/At Mailbox", false},
    {Subtag::DeliveredPickedUp, "43", nullptr, false},
    {Subtag::AvailableForPickup, "16", nullptr, false},
    {Subtag::AttemptFail, "02", nullptr, true},
    {Subtag::AttemptFailAddresseeUnavailable, "56", nullptr, false},
    {Subtag::AttemptFailBusinessClosed, "51", nullptr, false},
    {Subtag::AttemptFailNoAccess, "53", nullptr, false},
    {Subtag::ExceptionRefused, "04", nullptr, false},
    {Subtag::ExceptionAddressProblem, "05", nullptr, false},
    {Subtag::ExceptionCustomerMoved, "23", nullptr, false},
    {Subtag::ExceptionPickupNotCollected, "27", nullptr, false},
    {Subtag::ExceptionDelayedCarrier, "08", nullptr, false},
    {Subtag::ExceptionReturningToSender, "09", nullptr, false},
    {Subtag::ExceptionReturnedToSender, "01", "Delivered, To Original Sender", false},
    // No code in the adapter's table: USPS's own codes, which the adapter flags as
    // unmapped and classifies from the text.
    {Subtag::ExceptionCustomsHold, "IH", "Held in Customs", false},
    {Subtag::ExceptionHeldForPayment, "IH", "Held in Customs - Duties Owed", false},
    {Subtag::ExceptionDelayedExternal, "WX", "Delayed Due to Weather", false},
    {Subtag::ExceptionDamaged, "DM", "Damaged, Contents Being Reviewed", false},
    {Subtag::ExceptionLost, "LS", "Missing Mail Search Closed - Item Not Located", false},
    {Subtag::Exception, "", nullptr, true},
});

QString text(const Row &row, const TrackingEvent &e)
{
    return row.text ? QString::fromLatin1(row.text) : kit::eventText(e, row.byReason);
}

// The USPS.com status category (Pub 199 Appendix G-4) of a sub-status.
const char *category(Subtag subtag)
{
    switch (tagOf(subtag)) {
    case Tag::Pending:
    case Tag::InfoReceived:
        return "Pre-Shipment";
    case Tag::InTransit:
        return subtag == Subtag::InTransitAccepted ? "Accepted" : "In Transit";
    case Tag::OutForDelivery:
        return "Out for Delivery";
    case Tag::Delivered:
        return "Delivered";
    case Tag::AttemptFail:
        return "Delivery Attempt";
    case Tag::AvailableForPickup:
        return "Available for Pickup";
    case Tag::Exception:
        return subtag == Subtag::ExceptionReturnedToSender ? "Delivered" : "Alert";
    case Tag::Expired:
        break;
    }
    return "Alert";
}

// Domestic places have no country; international ones are named ("GERMANY").
QString countryText(const QString &alpha2)
{
    return alpha2 == QLatin1String("US") ? QString() : geo::countryName(alpha2).toUpper();
}

void writeTracking(json::Writer &w, const ShipmentRecord &r)
{
    w.beginObject();
    w.key("trackingNumber").value(r.trackingNumber);
    w.key("destinationCity").value(r.destination.city.toUpper());
    w.key("destinationState").stringOrNull(r.destination.state);
    w.key("destinationZIP").stringOrNull(r.destination.postalCode);
    if (r.destination.country != QLatin1String("US"))
        w.key("destinationCountryCode").value(r.destination.country);
    w.key("emailEnabled").value("true");
    w.key("mailClass").value(r.service + QStringLiteral("<SUP>&#174;</SUP>"));
    w.key("mailType").value("DM");
    w.key("originCity").value(r.origin.city.toUpper());
    w.key("originState").stringOrNull(r.origin.state);
    w.key("originZIP").stringOrNull(r.origin.postalCode);
    if (const TrackingEvent *latest = kit::latestEvent(r)) {
        const Row &row = kit::entryFor(Rows, latest->subtag);
        w.key("status").value(text(row, *latest));
        w.key("statusCategory").value(category(latest->subtag));
    } else {
        w.key("status").value("Pre-Shipment Info Sent to USPS");
        w.key("statusCategory").value("Pre-Shipment");
    }
    if (!r.estimatedDelivery.isNull())
        w.key("expectedDeliveryTimeStamp")
            .value(r.estimatedDelivery.hasTime
                       ? kit::localIso(r.estimatedDelivery.at)
                       : r.estimatedDelivery.date.toString(Qt::ISODate) + QStringLiteral("T00:00:00"));
    w.key("uniqueMailPieceID").value(kit::stableHex(r.trackingNumber, 9));
    // Newest first.
    w.key("trackingEvents").beginArray();
    for (auto it = r.events.crbegin(); it != r.events.crend(); ++it) {
        const TrackingEvent &e = *it;
        const Row &row = kit::entryFor(Rows, e.subtag);
        w.beginObject();
        w.key("eventType").value(text(row, e));
        w.key("eventTimestamp").value(kit::localIso(e.occurredAt));
        w.key("GMTTimestamp").value(kit::utcIso(e.occurredAt.utcMs));
        w.key("GMTOffset").value(kit::offsetText(e.occurredAt.offsetMinutes));
        w.key("eventCountry").stringOrNull(countryText(e.country));
        w.key("eventCity").value(e.city.toUpper());
        w.key("eventState").stringOrNull(e.state);
        w.key("eventZIP").stringOrNull(e.postalCode);
        w.key("firm").null();
        w.key("name").null();
        w.key("authorizedAgent").value("false");
        w.key("eventCode").value(row.code);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

void UspsEncoder::write(json::Writer &w, const QList<ShipmentRecord> &records) const
{
    if (records.size() == 1) {
        writeTracking(w, records.constFirst());
    } else {
        // The v3r2 multi-status response: an array of tracking objects.
        w.beginArray();
        for (const ShipmentRecord &r : records)
            writeTracking(w, r);
        w.endArray();
    }
}

QByteArray UspsEncoder::notFoundBody(const QString &trackingNumber) const
{
    json::Writer w;
    w.beginObject();
    w.key("apiVersion").value("/tracking/v3");
    w.key("trackingNumber").value(trackingNumber);
    w.key("error").beginObject();
    w.key("code").value("404");
    w.key("message").value("The tracking number may be incorrect or the status update is not yet "
                           "available. Please verify your tracking number and try again later.");
    w.key("errors").beginArray().endArray();
    w.endObject();
    w.endObject();
    return w.take();
}

} // namespace ct::sim
