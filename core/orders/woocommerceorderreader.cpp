// SPDX-License-Identifier: MIT
#include "woocommerceorderreader.h"

#include "geo/countries.h"
#include "orderfieldreader.h"
#include "ordercarrier.h"
#include "orderjsontext.h"

namespace ct {

namespace {

bool isWooOrder(const json::Value &o)
{
    return o.isObject() && !o["id"].isAbsent() && o["billing"].isObject() && o["line_items"].isArray()
           && (!o["date_created_gmt"].isMissing() || !o["payment_method"].isMissing());
}

// COD for WooCommerce's "cod" gateway; prepaid for any other gateway, or when paid.
PaymentMode paymentModeOf(const json::Value &o)
{
    const QString method = o["payment_method"].text().toLower();
    if (method == QLatin1String("cod") || method.contains(QLatin1String("cash_on_delivery")))
        return PaymentMode::CashOnDelivery;
    if (!method.isEmpty() || !o["date_paid_gmt"].isAbsent() || !o["date_paid"].isAbsent())
        return PaymentMode::Prepaid;
    return PaymentMode::Unknown;
}

OrderAddress addressOf(const json::Value &a)
{
    OrderAddress out;
    out.name = orderjson::joinedName(a["first_name"].text(), a["last_name"].text());
    out.line1 = a["address_1"].text();
    out.line2 = a["address_2"].text();
    out.city = a["city"].text();
    out.region = a["state"].text();
    out.postalCode = a["postcode"].text();
    out.country = geo::countryAlpha2(a["country"].text());
    out.phone = a["phone"].text();
    return out;
}

} // namespace

bool WooCommerceOrderReader::recognizes(const json::Value &root)
{
    return root.isArray() ? root.size() > 0 && isWooOrder(root[0]) : isWooOrder(root);
}

void WooCommerceOrderReader::read(const json::Value &root, const QString &source, OrderDocument &out) const
{
    if (!root.isArray()) {
        readRecord(root, source, 1, 0, out);
        return;
    }
    int record = 0;
    for (const json::Value &element : root.elements())
        readRecord(element, source, ++record, 0, out);
}

void WooCommerceOrderReader::readRecord(const json::Value &o, const QString &source, int record, int line,
                                        OrderDocument &out) const
{
    ++out.records;
    if (!o.isObject()) {
        ++out.failedRecords;
        out.error(source, record, line, o.path(), QStringLiteral("expected an order object, found %1").arg(o.typeName()));
        return;
    }
    Order order;
    if (!OrderFieldReader::start(order, Storefront, o, out, source, record, line))
        return;
    OrderFieldReader fields(order, out, source, record, line);
    order.orderNumber = o["number"].text();
    order.name = QStringLiteral("#") + (order.orderNumber.isEmpty() ? order.externalId : order.orderNumber);

    // *_gmt is UTC without an offset; the local time beside it gives the shop's offset.
    if (const std::optional<Timestamp> gmt = orderjson::instant(o["date_created_gmt"])) {
        order.orderedAt = gmt;
        if (const std::optional<Timestamp> local = orderjson::instant(o["date_created"])) {
            const qint64 offset = (local->utcMs - gmt->utcMs) / MsPerMinute;
            if (offset >= -14 * 60 && offset <= 14 * 60)
                order.orderedAt->offsetMinutes = static_cast<qint16>(offset);
        }
    } else {
        fields.flag(OrderFlag::OrderedAtUnreadable, o["date_created_gmt"],
             QStringLiteral("date_created_gmt \"%1\" is not an ISO 8601 time").arg(o["date_created_gmt"].toString()));
    }
    fields.updatedAt(o["date_modified_gmt"], "date_created_gmt");

    fields.currency(o["currency"]);
    if (o["total"].isAbsent())
        fields.flag(OrderFlag::TotalUnreadable, o["total"], QStringLiteral("no total"));
    fields.amount(o["total"], order.totalCents);

    order.financialStatus = o["status"].text();
    order.paymentMode = paymentModeOf(o);
    if (order.paymentMode == PaymentMode::Unknown)
        fields.flag(OrderFlag::PaymentModeUnknown, o["payment_method"],
             QStringLiteral("no payment method and no payment date: neither prepaid nor COD is known"));

    const json::Value billing = o["billing"];
    order.customer.name = orderjson::joinedName(billing["first_name"].text(), billing["last_name"].text());
    order.customer.email = billing["email"].text();
    order.customer.phone = billing["phone"].text();

    // The shipping address; an order of only virtual goods has none, and ships nowhere.
    json::Value shipping = o["shipping"];
    order.shippingAddress = addressOf(shipping);
    if (order.shippingAddress.isEmpty()) {
        order.shippingAddress = addressOf(billing);
        shipping = billing;
    }
    const QString countryText = shipping["country"].text();
    if (order.shippingAddress.isEmpty())
        fields.flag(OrderFlag::AddressUnreadable, o["shipping"], QStringLiteral("no shipping or billing address"));
    else if (!countryText.isEmpty() && order.shippingAddress.country.isEmpty())
        fields.flag(OrderFlag::AddressUnreadable, shipping["country"], QStringLiteral("\"%1\" names no country").arg(countryText));
    if (order.customer.name.isEmpty())
        order.customer.name = order.shippingAddress.name;

    for (const json::Value &item : o["line_items"].elements()) {
        OrderLine l;
        l.sku = item["sku"].text();
        l.title = item["name"].text();
        l.quantity = static_cast<int>(item["quantity"].toInt().value_or(0));
        fields.amount(item["price"], l.unitPriceCents);
        order.lines.append(l);
    }

    // The Shipment Tracking extension's items.
    for (const json::Value &meta : o["meta_data"].elements()) {
        if (meta["key"].text() != QLatin1String("_wc_shipment_tracking_items"))
            continue;
        for (const json::Value &item : meta["value"].elements()) {
            OrderFulfilment f;
            f.externalId = item["tracking_id"].text();
            f.carrierName = item["tracking_provider"].text();
            if (f.carrierName.isEmpty())
                f.carrierName = item["custom_tracking_provider"].text();
            f.carrier = orderCarrierCode(f.carrierName);
            const QString number = item["tracking_number"].text();
            if (number.isEmpty())
                continue;
            f.trackingNumbers.append(number);
            order.fulfilments.append(f);
        }
    }
    out.orders.append(order);
}

} // namespace ct
