// SPDX-License-Identifier: MIT
#include "normalizedjson.h"

#include "json/jsonwriter.h"

namespace ct {

namespace {

void writeAddress(json::Writer &w, const char *name, const Address &a)
{
    if (a.city.isEmpty() && a.state.isEmpty() && a.postalCode.isEmpty() && a.country.isEmpty())
        return;
    w.key(name).beginObject();
    w.key("city").stringOrNull(a.city);
    w.key("state").stringOrNull(a.state);
    w.key("postal").stringOrNull(a.postalCode);
    w.key("country").stringOrNull(a.country);
    if (a.countryInferred)
        w.key("country_inferred").value(true);
    w.endObject();
}

} // namespace

QByteArray normalizedShipmentJson(const ShipmentRecord &s, const QString &source, int record)
{
    json::Writer w;
    w.beginObject();
    w.key("source").value(source);
    w.key("record").value(record);
    w.key("format").value(s.sourceFormat);
    w.key("tracking_number").value(s.trackingNumber);
    w.key("carrier").stringOrNull(s.carrier);
    w.key("tag").value(tagCode(s.tag));
    w.key("subtag").value(subtagCode(s.subtag));
    w.key("estimated_delivery").stringOrNull(s.estimatedDelivery.toIsoString());
    w.key("events").beginArray();
    for (const TrackingEvent &e : s.events) {
        w.beginObject();
        w.key("occurred_at").value(e.occurredAt.toIsoString());
        w.key("tag").value(tagCode(e.tag));
        w.key("subtag").value(subtagCode(e.subtag));
        w.key("description").value(e.description);
        w.key("city").stringOrNull(e.city);
        w.key("state").stringOrNull(e.state);
        w.key("country").stringOrNull(e.country);
        w.key("postal").stringOrNull(e.postalCode);
        w.key("raw_code").stringOrNull(e.rawCode);
        w.key("time_assumed").value(e.timeAssumed);
        if (e.countryInferred)
            w.key("country_inferred").value(true);
        if (e.unmappedCode)
            w.key("unmapped_code").value(true);
        w.endObject();
    }
    w.endArray();
    if (!s.service.isEmpty())
        w.key("service").value(s.service);
    if (!s.carrierReference.isEmpty())
        w.key("carrier_reference").value(s.carrierReference);
    if (!s.masterTrackingNumber.isEmpty())
        w.key("master_tracking_number").value(s.masterTrackingNumber);
    if (s.pieceCount != 1)
        w.key("piece_count").value(s.pieceCount);
    if (s.shippedAt.isValid())
        w.key("shipped_at").value(s.shippedAt.toUTC().toString(Qt::ISODate));
    writeAddress(w, "origin", s.origin);
    writeAddress(w, "destination", s.destination);
    const OrderInfo &o = s.order;
    if (!o.orderId.isEmpty() || !o.customerName.isEmpty() || !o.customerEmail.isEmpty()
        || !o.customerPhone.isEmpty() || o.orderValueCents != 0 || o.promisedDate.isValid()) {
        w.key("order").beginObject();
        w.key("order_id").stringOrNull(o.orderId);
        w.key("customer_name").stringOrNull(o.customerName);
        w.key("customer_email").stringOrNull(o.customerEmail);
        w.key("customer_phone").stringOrNull(o.customerPhone);
        if (o.orderValueCents != 0) {
            w.key("order_value_cents").value(o.orderValueCents);
            w.key("currency").stringOrNull(o.currency);
        }
        w.key("promised_date").stringOrNull(o.promisedDate.isValid()
                                                 ? o.promisedDate.toString(Qt::ISODate)
                                                 : QString());
        w.endObject();
    }
    if (s.payment.isKnown()) {
        w.key("payment").beginObject();
        w.key("mode").value(paymentModeCode(s.payment.mode));
        if (s.payment.codAmountCents != 0)
            w.key("cod_amount_cents").value(s.payment.codAmountCents);
        if (!s.payment.codCurrency.isEmpty())
            w.key("cod_currency").value(s.payment.codCurrency);
        w.endObject();
    }
    if (!s.statusConflict.isEmpty())
        w.key("status_conflict").value(s.statusConflict);
    w.endObject();
    return w.take();
}

} // namespace ct
