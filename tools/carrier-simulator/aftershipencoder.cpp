// SPDX-License-Identifier: MIT
#include "aftershipencoder.h"

#include "encoderkit.h"
#include "json/jsonwriter.h"

namespace ct::sim {

namespace {

// AfterShip sub-statuses are ours (docs/adapters/aftership.md) except where AfterShip
// has no code of its own: those rows say what AfterShip sends instead.
struct Row
{
    Subtag subtag;
    const char *code; // AfterShip subtag
    bool byReason;    // a coarse code: the message names the reason
};

constexpr auto Rows = std::to_array<Row>({
    // AfterShip has no "arrived at the delivery facility": an arrival at a facility.
    {Subtag::InTransitArrivedAtDeliveryFacility, "InTransit_003", false},
    // AttemptFail_004..008 do not exist at AfterShip: the generic code and the reason.
    {Subtag::AttemptFailAddressIssue, "AttemptFail_001", true},
    {Subtag::AttemptFailRefused, "AttemptFail_001", true},
    {Subtag::AttemptFailNoAccess, "AttemptFail_001", true},
    {Subtag::AttemptFailRescheduleRequested, "AttemptFail_001", true},
    {Subtag::AttemptFailCodNotReady, "AttemptFail_001", true},
    // AfterShip's processing delay.
    {Subtag::ExceptionDelayedCarrier, "Exception_016", false},
});

struct Status
{
    QString tag;
    QString subtag;
    bool byReason = false;
};

Status statusFor(Subtag subtag)
{
    QString code = subtagCode(subtag);
    bool byReason = false;
    for (const Row &row : Rows) {
        if (row.subtag == subtag) {
            code = QString::fromLatin1(row.code);
            byReason = row.byReason;
        }
    }
    return {code.section(QLatin1Char('_'), 0, 0), code, byReason};
}

void writeTracking(json::Writer &w, const ShipmentRecord &r)
{
    const TrackingEvent *latest = kit::latestEvent(r);
    const Status summary = statusFor(latest ? latest->subtag : Subtag::PendingNoInformation);
    w.beginObject();
    w.key("id").value(kit::stableHex(r.trackingNumber, 32));
    if (!r.events.isEmpty()) {
        w.key("created_at").value(Timestamp{r.events.constFirst().occurredAt.utcMs, 0}.toIsoString());
        w.key("updated_at").value(Timestamp{latest->occurredAt.utcMs, 0}.toIsoString());
    }
    w.key("tracking_number").value(r.trackingNumber);
    w.key("slug").value(r.carrier);
    w.key("active").value(!isTerminal(r.tag));
    w.key("tag").value(summary.tag);
    w.key("subtag").value(summary.subtag);
    w.key("subtag_message").value(latest ? latest->description : QStringLiteral("Pending"));
    w.key("title").value(r.order.orderId);
    w.key("order_id").value(r.order.orderId);
    w.key("order_promised_delivery_date").stringOrNull(r.order.promisedDate.toString(Qt::ISODate));
    w.key("customers").beginArray().beginObject();
    w.key("role").value("buyer");
    w.key("name").value(r.order.customerName);
    w.key("phone_number").stringOrNull(r.order.customerPhone);
    w.key("email").stringOrNull(r.order.customerEmail);
    w.key("language").value("en");
    w.endObject().endArray();
    w.key("origin_country_region").stringOrNull(kit::alpha3(r.origin.country));
    w.key("origin_state").stringOrNull(r.origin.state);
    w.key("origin_city").stringOrNull(r.origin.city);
    w.key("origin_postal_code").stringOrNull(r.origin.postalCode);
    w.key("destination_country_region").stringOrNull(kit::alpha3(r.destination.country));
    w.key("destination_state").stringOrNull(r.destination.state);
    w.key("destination_city").stringOrNull(r.destination.city);
    w.key("destination_postal_code").stringOrNull(r.destination.postalCode);
    w.key("shipment_type").stringOrNull(r.service);
    w.key("shipment_package_count").value(r.pieceCount);
    w.key("shipment_pickup_date").stringOrNull(
        r.shippedAt.isValid() ? Timestamp{r.shippedAt.toMSecsSinceEpoch(), 0}.toIsoString() : QString());
    w.key("courier_estimated_delivery_date");
    if (r.estimatedDelivery.isNull()) {
        w.null();
    } else {
        w.beginObject();
        w.key("estimated_delivery_date").value(r.estimatedDelivery.toIsoString());
        w.key("estimated_delivery_date_min").null();
        w.key("estimated_delivery_date_max").null();
        w.endObject();
    }
    w.key("checkpoints").beginArray();
    for (const TrackingEvent &e : r.events) {
        const Status status = statusFor(e.subtag);
        w.beginObject();
        w.key("slug").value(r.carrier);
        w.key("checkpoint_time").value(e.occurredAt.toIsoString());
        w.key("city").stringOrNull(e.city);
        w.key("state").stringOrNull(e.state);
        w.key("zip").stringOrNull(e.postalCode);
        w.key("country_region").stringOrNull(kit::alpha3(e.country));
        w.key("location").null();
        w.key("message").value(kit::eventText(e, status.byReason));
        w.key("tag").value(status.tag);
        w.key("subtag").value(status.subtag);
        w.key("raw_tag").stringOrNull(e.rawCode);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

void AfterShipEncoder::write(json::Writer &w, const QList<ShipmentRecord> &records) const
{
    w.beginObject();
    w.key("meta").beginObject().key("code").value(200).endObject();
    w.key("data").beginObject();
    if (records.size() == 1) {
        w.key("tracking");
        writeTracking(w, records.constFirst());
    } else {
        w.key("page").value(1);
        w.key("limit").value(static_cast<int>(records.size()));
        w.key("count").value(static_cast<int>(records.size()));
        w.key("trackings").beginArray();
        for (const ShipmentRecord &r : records)
            writeTracking(w, r);
        w.endArray();
    }
    w.endObject().endObject();
}

QByteArray AfterShipEncoder::notFoundBody(const QString &trackingNumber) const
{
    json::Writer w;
    w.beginObject();
    w.key("meta").beginObject();
    w.key("code").value(4004).key("message").value("Tracking does not exist.");
    w.key("type").value("NotFound");
    w.endObject();
    w.key("data").beginObject().key("tracking").beginObject();
    w.key("tracking_number").value(trackingNumber);
    w.endObject().endObject().endObject();
    return w.take();
}

} // namespace ct::sim
