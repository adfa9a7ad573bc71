// SPDX-License-Identifier: MIT
#include "upsencoder.h"

#include "encoderkit.h"
#include "json/jsonwriter.h"

namespace ct::sim {

namespace {

// Activity status per sub-status: type letter, two-character code and three-digit status
// code, from the adapter's tables (docs/adapters/ups.md). Where the adapter's table has no
// code for a sub-status the code is left empty and the adapter reads the type letter and
// the description (byReason), which is UPS's documented fallback.
struct Row
{
    Subtag subtag;
    const char *type;
    const char *code;
    const char *statusCode;
    bool byReason;
};

constexpr auto Rows = std::to_array<Row>({
    {Subtag::InfoReceived, "M", "MP", "003", false},
    {Subtag::InTransitAccepted, "P", "PU", "005", false},
    {Subtag::InTransitArrivedAtFacility, "I", "AR", "005", false},
    {Subtag::InTransitDeparted, "I", "DP", "005", false},
    // Customs steps and "problem resolved" have no code: processing at a UPS facility.
    {Subtag::InTransit, "I", "YP", "071", false},
    {Subtag::InTransitArrivedInDestinationCountry, "I", "IP", "005", false},
    {Subtag::InTransitArrivedAtDeliveryFacility, "I", "DS", "005", false},
    {Subtag::InTransitForwarded, "X", "UD", "", false},
    // One out-for-delivery code, and one kind of delivery besides Access Point pickups.
    {Subtag::OutForDelivery, "I", "OT", "021", false},
    {Subtag::Delivered, "D", "FS", "011", false},
    {Subtag::DeliveredPickedUp, "D", "2W", "011", false},
    {Subtag::AvailableForPickup, "I", "ZP", "", false},
    {Subtag::AttemptFail, "X", "", "", true},
    {Subtag::AttemptFailAddresseeUnavailable, "X", "48", "", false},
    {Subtag::AttemptFailBusinessClosed, "X", "55", "", false},
    {Subtag::AttemptFailRescheduleRequested, "X", "ZC", "", false},
    {Subtag::Exception, "X", "", "", true},
    {Subtag::ExceptionRefused, "X", "KR", "", false},
    {Subtag::ExceptionAddressProblem, "X", "AG", "", false},
    {Subtag::ExceptionCustomerMoved, "X", "A7", "", false},
    {Subtag::ExceptionCustomsHold, "X", "", "092", false},
    {Subtag::ExceptionDelayedExternal, "X", "C5", "", false},
    {Subtag::ExceptionDelayedCarrier, "X", "34", "", false},
    // "We've begun an investigation to locate the package": the text says it is lost.
    {Subtag::ExceptionLost, "X", "UP", "", true},
    {Subtag::ExceptionPickupNotCollected, "X", "6C", "", false},
    {Subtag::ExceptionReturningToSender, "X", "UF", "", false},
    {Subtag::ExceptionReturnedToSender, "RS", "", "", true},
});

void writeAddress(json::Writer &w, const QString &city, const QString &state,
                  const QString &postal, const QString &country)
{
    w.beginObject();
    w.key("city").value(city);
    w.key("stateProvince").value(state);
    w.key("postalCode").value(postal);
    w.key("countryCode").value(country);
    w.key("country").value(country);
    w.endObject();
}

void writePackage(json::Writer &w, const ShipmentRecord &r)
{
    w.beginObject();
    w.key("trackingNumber").value(r.trackingNumber);
    w.key("packageCount").value(r.pieceCount);
    w.key("service").beginObject();
    w.key("code").value("");
    w.key("levelCode").value("");
    w.key("description").value(r.service);
    w.endObject();
    w.key("packageAddress").beginArray();
    for (const auto &[type, a] : {std::pair{"ORIGIN", &r.origin}, std::pair{"DESTINATION", &r.destination}}) {
        w.beginObject();
        w.key("type").value(type);
        w.key("name").value("");
        w.key("address");
        writeAddress(w, a->city, a->state, a->postalCode, a->country);
        w.endObject();
    }
    w.endArray();
    w.key("deliveryDate").beginArray();
    if (!r.estimatedDelivery.isNull()) {
        w.beginObject();
        w.key("type").value("SDD");
        w.key("date").value(kit::compactDate(r.estimatedDelivery.date));
        w.endObject();
    }
    w.endArray();
    if (r.estimatedDelivery.hasTime) {
        w.key("deliveryTime").beginObject();
        w.key("startTime").value("");
        w.key("endTime").value(kit::compactTime(r.estimatedDelivery.at));
        w.key("type").value("CMT");
        w.endObject();
    }
    if (const TrackingEvent *latest = kit::latestEvent(r)) {
        const Row &row = kit::entryFor(Rows, latest->subtag);
        w.key("currentStatus").beginObject();
        w.key("type").value(row.type);
        w.key("description").value(kit::eventText(*latest, row.byReason));
        w.key("code").value(*row.statusCode ? row.statusCode : row.code);
        w.endObject();
    }
    // UPS lists activities newest first.
    w.key("activity").beginArray();
    for (auto it = r.events.crbegin(); it != r.events.crend(); ++it) {
        const TrackingEvent &e = *it;
        const Row &row = kit::entryFor(Rows, e.subtag);
        w.beginObject();
        w.key("location").beginObject();
        w.key("address");
        writeAddress(w, e.city, e.state, e.postalCode, e.country);
        w.key("slic").value(e.postalCode.left(4));
        w.endObject();
        w.key("status").beginObject();
        w.key("type").value(row.type);
        w.key("description").value(kit::eventText(e, row.byReason));
        w.key("code").value(row.code);
        w.key("statusCode").value(row.statusCode);
        w.endObject();
        w.key("date").value(kit::compactDate(e.occurredAt));
        w.key("time").value(kit::compactTime(e.occurredAt));
        const Timestamp utc{e.occurredAt.utcMs, 0};
        w.key("gmtDate").value(kit::compactDate(utc));
        w.key("gmtOffset").value(kit::offsetText(e.occurredAt.offsetMinutes));
        w.key("gmtTime").value(kit::clockTime(utc));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

void UpsEncoder::write(json::Writer &w, const QList<ShipmentRecord> &records) const
{
    w.beginObject().key("trackResponse").beginObject().key("shipment").beginArray();
    for (const ShipmentRecord &r : records) {
        w.beginObject();
        // The inquiry number is the lead piece's: the pieces of a multi-piece shipment
        // come back under it.
        w.key("inquiryNumber").value(r.masterTrackingNumber.isEmpty() ? r.trackingNumber
                                                                      : r.masterTrackingNumber);
        w.key("package").beginArray();
        writePackage(w, r);
        w.endArray();
        w.endObject();
    }
    w.endArray().endObject().endObject();
}

QByteArray UpsEncoder::notFoundBody(const QString &trackingNumber) const
{
    json::Writer w;
    w.beginObject().key("trackResponse").beginObject().key("shipment").beginArray();
    w.beginObject();
    w.key("inquiryNumber").value(trackingNumber);
    w.key("warnings").beginArray().beginObject();
    w.key("code").value("TW0001");
    w.key("message").value("Tracking Information Not Found");
    w.endObject().endArray();
    w.endObject();
    w.endArray().endObject().endObject();
    return w.take();
}

} // namespace ct::sim
