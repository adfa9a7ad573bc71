// SPDX-License-Identifier: MIT
#include "dhlencoder.h"

#include "encoderkit.h"
#include "geo/countries.h"
#include "json/jsonwriter.h"

namespace ct::sim {

namespace {

// DHL's statusCode names only the stage; the wording says the rest, and the adapter
// reads it with its phrase tables (docs/adapters/dhl.md). These are DHL Express's
// wordings for each sub-status. byReason: a failure whose reason is the whole text.
struct Row
{
    Subtag subtag;
    const char *statusCode;
    const char *text;
    bool byReason;
};

constexpr auto Rows = std::to_array<Row>({
    {Subtag::InfoReceived, "pre-transit", "Shipment information received", false},
    {Subtag::InTransitAccepted, "transit", "Shipment picked up", false},
    {Subtag::InTransitArrivedAtFacility, "transit", "Arrived at DHL Sort Facility", false},
    {Subtag::InTransitArrivedInDestinationCountry, "transit",
     "Shipment has arrived in the destination country", false},
    {Subtag::InTransitDeparted, "transit", "Departed Facility", false},
    // No wording for "problem resolved": in transit.
    {Subtag::InTransit, "transit", "Shipment is in transit", false},
    {Subtag::InTransitCustomsClearanceStarted, "transit", "Customs clearance status updated", false},
    {Subtag::InTransitCustomsCleared, "transit", "Clearance processing complete", false},
    {Subtag::InTransitArrivedAtDeliveryFacility, "transit", "Arrived at Delivery Facility", false},
    {Subtag::InTransitForwarded, "transit", "Forwarded to new delivery address", false},
    // The courier calling ahead or an agreed appointment have no wording of their own.
    {Subtag::OutForDelivery, "transit", "With delivery courier", false},
    {Subtag::Delivered, "delivered", "Delivered", false},
    {Subtag::DeliveredSigned, "delivered", "Delivered - Signed for by receiver", false},
    {Subtag::DeliveredToNeighbourOrSafePlace, "delivered", "Delivered to neighbour", false},
    {Subtag::DeliveredPickedUp, "delivered", "Collected by receiver at DHL ServicePoint", false},
    {Subtag::AvailableForPickup, "transit", "Awaiting collection by receiver at DHL ServicePoint",
     false},
    {Subtag::AttemptFail, "failure", "", true},
    {Subtag::Exception, "failure", "", true},
    {Subtag::ExceptionReturningToSender, "transit", "Being returned to shipper", false},
    {Subtag::ExceptionReturnedToSender, "delivered", "Returned to sender", false},
});

QString text(const Row &row, const TrackingEvent &event)
{
    return row.byReason ? kit::reasonText(event.subtag) : QString::fromLatin1(row.text);
}

// DHL Express writes places as "LEIPZIG - GERMANY" and "CINCINNATI HUB, OH - UNITED STATES".
QString locality(const QString &city, const QString &state, const QString &country)
{
    QString place = city.toUpper();
    if (state.size() == 2 || state.size() == 3)
        place += QStringLiteral(", ") + state.toUpper();
    const QString name = geo::countryName(country).toUpper();
    if (!name.isEmpty())
        place += QStringLiteral(" - ") + name;
    return place;
}

void writePlace(json::Writer &w, const QString &city, const QString &state, const QString &country)
{
    w.beginObject().key("address").beginObject();
    w.key("addressLocality").value(locality(city, state, country));
    w.endObject().endObject();
}

void writeStatus(json::Writer &w, const TrackingEvent &e)
{
    const Row &row = kit::entryFor(Rows, e.subtag);
    w.beginObject();
    // DHL Express gives local time without an offset.
    w.key("timestamp").value(kit::localIso(e.occurredAt));
    w.key("location");
    writePlace(w, e.city, e.state, e.country);
    w.key("statusCode").value(row.statusCode);
    w.key("description").value(text(row, e));
    w.endObject();
}

void writeShipment(json::Writer &w, const ShipmentRecord &r)
{
    w.beginObject();
    w.key("id").value(r.trackingNumber);
    w.key("service").value("express");
    w.key("origin");
    writePlace(w, r.origin.city, r.origin.state, r.origin.country);
    w.key("destination");
    writePlace(w, r.destination.city, r.destination.state, r.destination.country);
    if (const TrackingEvent *latest = kit::latestEvent(r)) {
        w.key("status");
        writeStatus(w, *latest);
    }
    if (!r.estimatedDelivery.isNull())
        w.key("estimatedTimeOfDelivery")
            .value(r.estimatedDelivery.hasTime ? kit::localIso(r.estimatedDelivery.at)
                                               : r.estimatedDelivery.date.toString(Qt::ISODate));
    w.key("details").beginObject();
    w.key("totalNumberOfPieces").value(r.pieceCount);
    w.key("product").beginObject().key("productName").value(r.service).endObject();
    w.endObject();
    // Newest first.
    w.key("events").beginArray();
    for (auto it = r.events.crbegin(); it != r.events.crend(); ++it)
        writeStatus(w, *it);
    w.endArray();
    w.key("serviceUrl").value(
        QStringLiteral("https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=")
        + r.trackingNumber);
    w.endObject();
}

} // namespace

void DhlEncoder::write(json::Writer &w, const QList<ShipmentRecord> &records) const
{
    w.beginObject();
    w.key("url").value(QStringLiteral("/track/shipments?trackingNumber=")
                       + records.constFirst().trackingNumber);
    w.key("shipments").beginArray();
    for (const ShipmentRecord &r : records)
        writeShipment(w, r);
    w.endArray();
    w.endObject();
}

QByteArray DhlEncoder::notFoundBody(const QString &trackingNumber) const
{
    json::Writer w;
    w.beginObject();
    w.key("title").value("No result found");
    w.key("status").value(404);
    w.key("detail").value("No shipment with given tracking number found.");
    w.key("instance").value(QStringLiteral("/track/shipments?trackingNumber=") + trackingNumber);
    w.endObject();
    return w.take();
}

} // namespace ct::sim
