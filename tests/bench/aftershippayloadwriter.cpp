// SPDX-License-Identifier: MIT
#include "aftershippayloadwriter.h"

#include "geo/countries.h"
#include "json/jsonwriter.h"

#include <QHash>

using namespace ct;

namespace {

QString alpha3(const QString &alpha2)
{
    // Enough for the demo's markets; others are written as alpha-2, which AfterShip
    // readers accept as well.
    static const QHash<QString, QString> map = {
        {QStringLiteral("US"), QStringLiteral("USA")}, {QStringLiteral("IN"), QStringLiteral("IND")},
        {QStringLiteral("DE"), QStringLiteral("DEU")}, {QStringLiteral("FR"), QStringLiteral("FRA")},
        {QStringLiteral("GB"), QStringLiteral("GBR")}, {QStringLiteral("NL"), QStringLiteral("NLD")},
        {QStringLiteral("ES"), QStringLiteral("ESP")}, {QStringLiteral("IT"), QStringLiteral("ITA")},
        {QStringLiteral("BE"), QStringLiteral("BEL")}, {QStringLiteral("AT"), QStringLiteral("AUT")},
        {QStringLiteral("PL"), QStringLiteral("POL")}, {QStringLiteral("CA"), QStringLiteral("CAN")},
    };
    return map.value(alpha2, alpha2);
}

} // namespace

QByteArray afterShipWebhook(const ShipmentRecord &s)
{
    json::Writer w;
    w.beginObject();
    w.key("event").value("tracking_update");
    w.key("msg").beginObject();
    w.key("id").value(s.trackingNumber + QStringLiteral("-id"));
    w.key("tracking_number").value(s.trackingNumber);
    w.key("slug").value(s.carrier);
    w.key("tag").value(tagCode(s.tag));
    w.key("subtag").value(subtagCode(s.subtag));
    w.key("shipment_type").value(s.service);
    w.key("order_id").value(s.order.orderId);
    w.key("order_promised_delivery_date").stringOrNull(s.order.promisedDate.isValid() ? s.order.promisedDate.toString(Qt::ISODate) : QString());
    w.key("customer_name").value(s.order.customerName);
    w.key("emails").beginArray().value(s.order.customerEmail).endArray();
    w.key("smses").beginArray().value(s.order.customerPhone).endArray();
    w.key("origin_country_iso3").value(alpha3(s.origin.country));
    w.key("destination_country_iso3").value(alpha3(s.destination.country));
    w.key("destination_city").value(s.destination.city);
    w.key("destination_state").value(s.destination.state);
    w.key("destination_postal_code").value(s.destination.postalCode);
    w.key("expected_delivery").stringOrNull(s.estimatedDelivery.toIsoString());
    w.key("checkpoints").beginArray();
    for (const TrackingEvent &e : s.events) {
        w.beginObject();
        w.key("slug").value(s.carrier);
        w.key("checkpoint_time").value(e.occurredAt.toIsoString());
        w.key("city").value(e.city);
        w.key("state").value(e.state);
        w.key("zip").value(e.postalCode);
        w.key("country_iso3").value(alpha3(e.country));
        w.key("message").value(e.description);
        w.key("tag").value(tagCode(e.tag));
        w.key("subtag").value(subtagCode(e.subtag));
        w.key("raw_tag").value(e.rawCode);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.endObject();
    return w.take();
}
