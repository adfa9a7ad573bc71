// SPDX-License-Identifier: MIT
#include "fedexencoder.h"

#include "encoderkit.h"
#include "json/jsonwriter.h"

namespace ct::sim {

namespace {

// Scan event types per sub-status, from the adapter's table (docs/adapters/fedex.md).
// byReason: a coarse type (DE delivery exception, SE shipment exception, DY delay) whose
// reason goes in exceptionDescription.
struct Row
{
    Subtag subtag;
    const char *eventType;
    const char *derivedCode;
    const char *derivedStatus;
    bool byReason;
};

constexpr auto Rows = std::to_array<Row>({
    {Subtag::InfoReceived, "OC", "IN", "Label created", false},
    {Subtag::InTransitAccepted, "PU", "PU", "Picked up", false},
    {Subtag::InTransitArrivedAtFacility, "AR", "IT", "In transit", false},
    // No "arrived in the destination country": an arrival like any other.
    {Subtag::InTransitArrivedInDestinationCountry, "AR", "IT", "In transit", false},
    {Subtag::InTransitDeparted, "DP", "IT", "In transit", false},
    // No "problem resolved": in transit.
    {Subtag::InTransit, "IT", "IT", "In transit", false},
    {Subtag::InTransitCustomsClearanceStarted, "CP", "IT", "In transit", false},
    {Subtag::InTransitCustomsCleared, "CC", "IT", "In transit", false},
    {Subtag::InTransitArrivedAtDeliveryFacility, "FD", "IT", "In transit", false},
    {Subtag::InTransitForwarded, "CH", "IT", "In transit", false},
    // One out-for-delivery type; deliveries are DL, signed when signedByName is set.
    {Subtag::OutForDelivery, "OD", "OD", "Out for delivery", false},
    {Subtag::Delivered, "DL", "DL", "Delivered", false},
    {Subtag::AvailableForPickup, "HP", "HP", "Ready for pickup", false},
    {Subtag::AttemptFail, "DE", "DE", "Delivery exception", true},
    {Subtag::Exception, "SE", "SE", "Shipment exception", true},
    {Subtag::ExceptionCustomsHold, "CD", "CD", "Clearance delay", false},
    {Subtag::ExceptionDelayedExternal, "DY", "DY", "Delay", true},
    {Subtag::ExceptionDelayedCarrier, "DY", "DY", "Delay", true},
    {Subtag::ExceptionReturningToSender, "RS", "RS", "Return to shipper", false},
    // A delivery scan after "return to shipper" is the return reaching the shipper.
    {Subtag::ExceptionReturnedToSender, "DL", "DL", "Delivered", false},
});

void writeAddress(json::Writer &w, const QString &city, const QString &state,
                  const QString &postal, const QString &country)
{
    w.beginObject();
    w.key("city").value(city);
    w.key("stateOrProvinceCode").value(state);
    w.key("postalCode").value(postal);
    w.key("countryCode").value(country);
    w.key("residential").value(false);
    w.endObject();
}

QString estimateText(const DeliveryEstimate &estimate)
{
    // FedEx writes a date-only estimate as local midnight without an offset.
    return estimate.hasTime ? estimate.at.toIsoString()
                            : estimate.date.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}

void writeDateAndTime(json::Writer &w, const char *type, const QString &when)
{
    w.beginObject().key("type").value(type).key("dateTime").value(when).endObject();
}

void writeResult(json::Writer &w, const ShipmentRecord &r)
{
    bool signedFor = false;
    const TrackingEvent *delivered = nullptr;
    for (const TrackingEvent &e : r.events) {
        signedFor = signedFor || e.subtag == Subtag::DeliveredSigned;
        if (e.tag == Tag::Delivered)
            delivered = &e;
    }
    w.beginObject();
    w.key("trackingNumberInfo").beginObject();
    w.key("trackingNumber").value(r.trackingNumber);
    w.key("trackingNumberUniqueId").value(QStringLiteral("2461034000~") + r.trackingNumber
                                          + QStringLiteral("~FX"));
    w.key("carrierCode").value("FDXE");
    w.endObject();
    w.key("additionalTrackingInfo").beginObject();
    w.key("nickname").value("");
    w.key("hasAssociatedShipments").value(r.pieceCount > 1);
    if (!r.masterTrackingNumber.isEmpty()) {
        w.key("packageIdentifiers").beginArray().beginObject();
        w.key("type").value("STANDARD_MPS");
        w.key("values").beginArray().value(r.masterTrackingNumber).endArray();
        w.endObject().endArray();
    }
    w.endObject();
    w.key("shipperInformation").beginObject().key("contact").beginObject().endObject();
    w.key("address");
    writeAddress(w, r.origin.city.toUpper(), r.origin.state, r.origin.postalCode, r.origin.country);
    w.endObject();
    w.key("recipientInformation").beginObject().key("contact").beginObject().endObject();
    w.key("address");
    writeAddress(w, r.destination.city.toUpper(), r.destination.state, r.destination.postalCode,
                 r.destination.country);
    w.endObject();
    if (const TrackingEvent *latest = kit::latestEvent(r)) {
        const Row &row = kit::entryFor(Rows, latest->subtag);
        w.key("latestStatusDetail").beginObject();
        w.key("code").value(row.eventType);
        w.key("derivedCode").value(row.derivedCode);
        w.key("statusByLocale").value(row.derivedStatus);
        w.key("description").value(latest->description);
        w.endObject();
    }
    w.key("dateAndTimes").beginArray();
    if (delivered)
        writeDateAndTime(w, "ACTUAL_DELIVERY", delivered->occurredAt.toIsoString());
    if (r.shippedAt.isValid())
        writeDateAndTime(w, "ACTUAL_PICKUP", kit::utcIso(r.shippedAt.toMSecsSinceEpoch()));
    if (!r.estimatedDelivery.isNull())
        writeDateAndTime(w, "ESTIMATED_DELIVERY", estimateText(r.estimatedDelivery));
    w.endArray();
    w.key("packageDetails").beginObject();
    w.key("packagingDescription").beginObject();
    w.key("type").value("YOUR_PACKAGING").key("description").value("Your Packaging");
    w.endObject();
    w.key("sequenceNumber").value("1");
    w.key("count").value(QString::number(r.pieceCount));
    w.endObject();
    w.key("serviceDetail").beginObject();
    w.key("description").value(r.service);
    w.key("type").value(r.service.toUpper().replace(QLatin1Char(' '), QLatin1Char('_')));
    w.endObject();
    if (signedFor) {
        w.key("deliveryDetails").beginObject();
        w.key("signedByName").value(r.order.customerName.section(QLatin1Char(' '), -1).toUpper());
        w.endObject();
    }
    // FedEx lists scans newest first.
    w.key("scanEvents").beginArray();
    for (auto it = r.events.crbegin(); it != r.events.crend(); ++it) {
        const TrackingEvent &e = *it;
        const Row &row = kit::entryFor(Rows, e.subtag);
        w.beginObject();
        w.key("date").value(e.occurredAt.toIsoString());
        w.key("eventType").value(row.eventType);
        w.key("eventDescription").value(row.byReason ? QString::fromLatin1(row.derivedStatus)
                                                     : kit::eventText(e, false));
        w.key("exceptionCode").value("");
        w.key("exceptionDescription").value(row.byReason ? kit::reasonText(e.subtag) : QString());
        w.key("scanLocation");
        writeAddress(w, e.city.toUpper(), e.state, e.postalCode, e.country);
        w.key("derivedStatusCode").value(row.derivedCode);
        w.key("derivedStatus").value(row.derivedStatus);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeEnvelopeStart(json::Writer &w, const QString &seed)
{
    w.beginObject();
    w.key("transactionId").value(kit::stableHex(seed, 32));
    w.key("customerTransactionId").value("controltower-sim");
    w.key("output").beginObject().key("completeTrackResults").beginArray();
}

void writeEnvelopeEnd(json::Writer &w)
{
    w.endArray().endObject().endObject();
}

} // namespace

void FedExEncoder::write(json::Writer &w, const QList<ShipmentRecord> &records) const
{
    writeEnvelopeStart(w, records.constFirst().trackingNumber);
    for (const ShipmentRecord &r : records) {
        w.beginObject();
        w.key("trackingNumber").value(r.trackingNumber);
        w.key("trackResults").beginArray();
        writeResult(w, r);
        w.endArray();
        w.endObject();
    }
    writeEnvelopeEnd(w);
}

QByteArray FedExEncoder::notFoundBody(const QString &trackingNumber) const
{
    json::Writer w;
    writeEnvelopeStart(w, trackingNumber);
    w.beginObject();
    w.key("trackingNumber").value(trackingNumber);
    w.key("trackResults").beginArray().beginObject();
    w.key("trackingNumberInfo").beginObject();
    w.key("trackingNumber").value(trackingNumber);
    w.key("trackingNumberUniqueId").value("");
    w.key("carrierCode").value("");
    w.endObject();
    w.key("error").beginObject();
    w.key("code").value("TRACKING.TRACKINGNUMBER.NOTFOUND");
    w.key("message").value(
        "Tracking number cannot be found. Please correct the tracking number and try again.");
    w.endObject();
    w.endObject().endArray();
    w.endObject();
    writeEnvelopeEnd(w);
    return w.take();
}

} // namespace ct::sim
