// SPDX-License-Identifier: MIT
#include "shopifyorderreader.h"

#include "geo/countries.h"
#include "orderfieldreader.h"
#include "ordercarrier.h"
#include "orderjsontext.h"
#include "ordertext.h"

namespace ct {

namespace {

using orderjson::instant;
using orderjson::joinedName;

// COD when a gateway says so; prepaid when another gateway took the payment or the
// financial status says money moved; else unknown.
PaymentMode paymentModeOf(const json::Value &o)
{
    QStringList gateways;
    for (const json::Value &g : o["payment_gateway_names"].elements()) {
        if (!g.text().isEmpty())
            gateways.append(g.text());
    }
    if (!o["gateway"].text().isEmpty())
        gateways.append(o["gateway"].text());
    for (const QString &g : gateways) {
        if (ordertext::namesCashOnDelivery(g))
            return PaymentMode::CashOnDelivery;
    }
    if (!gateways.isEmpty())
        return PaymentMode::Prepaid;
    if (ordertext::isSettledFinancialStatus(o["financial_status"].text()))
        return PaymentMode::Prepaid;
    return PaymentMode::Unknown;
}

OrderFulfilment fulfilmentOf(const json::Value &f)
{
    OrderFulfilment out;
    out.externalId = f["id"].text();
    out.carrierName = f["tracking_company"].text();
    out.carrier = orderCarrierCode(out.carrierName);
    out.status = f["status"].text();
    auto add = [&out](const QString &number) {
        if (!number.isEmpty() && !out.trackingNumbers.contains(number))
            out.trackingNumbers.append(number);
    };
    for (const json::Value &n : f["tracking_numbers"].elements())
        add(n.text());
    add(f["tracking_number"].text());
    return out;
}

} // namespace

bool ShopifyOrderReader::recognizes(const json::Value &root)
{
    if (root.isArray())
        return root.size() > 0 && recognizes(root[0]);
    if (!root.isObject())
        return false;
    if (root["orders"].isArray() || root["order"].isObject() || root["fulfillments"].isArray()
        || root["fulfillment"].isObject())
        return true;
    return (!root["id"].isAbsent() && !root["order_id"].isAbsent() && !root["tracking_company"].isMissing())
           || (!root["id"].isAbsent() && root["line_items"].isArray());
}

void ShopifyOrderReader::read(const json::Value &root, const QString &source, OrderDocument &out) const
{
    json::Value list;
    Kind kind = Kind::Detect;
    if (root.isArray()) {
        list = root;
    } else if (root["orders"].isArray()) {
        list = root["orders"];
        kind = Kind::Order;
    } else if (root["fulfillments"].isArray() && root["id"].isAbsent()) { // an order has its fulfillments too
        list = root["fulfillments"];
        kind = Kind::Fulfilment;
    }
    if (!list.isMissing()) {
        int record = 0;
        for (const json::Value &element : list.elements())
            readRecord(element, source, ++record, 0, out, kind);
        return;
    }
    if (root["order"].isObject())
        readRecord(root["order"], source, 1, 0, out, Kind::Order);
    else if (root["fulfillment"].isObject())
        readRecord(root["fulfillment"], source, 1, 0, out, Kind::Fulfilment);
    else
        readRecord(root, source, 1, 0, out);
}

void ShopifyOrderReader::readRecord(const json::Value &value, const QString &source, int record, int line,
                                    OrderDocument &out, Kind kind) const
{
    ++out.records;
    if (!value.isObject()) {
        ++out.failedRecords;
        out.error(source, record, line, value.path(),
                  QStringLiteral("expected an order or a fulfillment object, found %1").arg(value.typeName()));
        return;
    }
    if (kind == Kind::Detect)
        kind = !value["order_id"].isMissing() && !value["line_items"].isArray() ? Kind::Fulfilment : Kind::Order;
    if (kind == Kind::Fulfilment)
        readFulfilmentUpdate(value, source, record, line, out);
    else
        readOrder(value, source, record, line, out);
}

void ShopifyOrderReader::readFulfilmentUpdate(const json::Value &f, const QString &source, int record, int line,
                                              OrderDocument &out) const
{
    FulfilmentUpdate update;
    update.storefront = QString::fromLatin1(Storefront);
    update.orderExternalId = f["order_id"].text();
    if (update.orderExternalId.isEmpty()) {
        ++out.failedRecords;
        out.error(source, record, line, f.pathOf("order_id"), QStringLiteral("a fulfillment without its order's id"));
        return;
    }
    update.fulfilment = fulfilmentOf(f);
    if (update.fulfilment.externalId.isEmpty()) {
        ++out.failedRecords;
        out.error(source, record, line, f.pathOf("id"), QStringLiteral("a fulfillment without an id"));
        return;
    }
    if (update.fulfilment.trackingNumbers.isEmpty())
        out.warning(source, record, line, f.pathOf("tracking_numbers"),
                    QStringLiteral("no tracking number: the fulfillment links no shipment"));
    out.fulfilments.append(update);
}

void ShopifyOrderReader::readOrder(const json::Value &o, const QString &source, int record, int line,
                                   OrderDocument &out) const
{
    Order order;
    if (!OrderFieldReader::start(order, Storefront, o, out, source, record, line))
        return;
    OrderFieldReader fields(order, out, source, record, line);
    order.name = o["name"].text();
    order.orderNumber = o["order_number"].text();

    order.orderedAt = instant(o["created_at"]);
    if (!order.orderedAt)
        fields.flag(OrderFlag::OrderedAtUnreadable, o["created_at"],
             QStringLiteral("created_at \"%1\" is not an ISO 8601 time").arg(o["created_at"].toString()));
    fields.updatedAt(o["updated_at"], "created_at");

    fields.currency(o["currency"]);
    fields.amount(o["total_price"], order.totalCents);
    if (o["total_price"].isAbsent())
        fields.flag(OrderFlag::TotalUnreadable, o["total_price"], QStringLiteral("no total_price"));
    fields.amount(o["subtotal_price"], order.subtotalCents);

    order.financialStatus = o["financial_status"].text();
    order.paymentMode = paymentModeOf(o);
    if (order.paymentMode == PaymentMode::Unknown)
        fields.flag(OrderFlag::PaymentModeUnknown, o["payment_gateway_names"],
             QStringLiteral("neither a payment gateway nor the financial status \"%1\" says whether it is prepaid or COD")
                 .arg(order.financialStatus));

    const json::Value customer = o["customer"];
    order.customer.name = joinedName(customer["first_name"].text(), customer["last_name"].text());
    order.customer.email = customer["email"].text();
    if (order.customer.email.isEmpty())
        order.customer.email = o["email"].text();
    if (order.customer.email.isEmpty())
        order.customer.email = o["contact_email"].text();
    order.customer.phone = customer["phone"].text();
    if (order.customer.phone.isEmpty())
        order.customer.phone = o["phone"].text();
    order.customer.tags = ordertext::tags(customer["tags"].text());
    order.customer.orderCount = static_cast<int>(customer["orders_count"].toInt().value_or(0));

    const json::Value ship = o["shipping_address"];
    OrderAddress &a = order.shippingAddress;
    a.name = ship["name"].text();
    if (a.name.isEmpty())
        a.name = joinedName(ship["first_name"].text(), ship["last_name"].text());
    a.line1 = ship["address1"].text();
    a.line2 = ship["address2"].text();
    a.city = ship["city"].text();
    a.region = ship["province_code"].text();
    if (a.region.isEmpty())
        a.region = ship["province"].text();
    a.postalCode = ship["zip"].text();
    const QString countryText = ship["country_code"].text().isEmpty() ? ship["country"].text() : ship["country_code"].text();
    a.country = geo::countryAlpha2(countryText);
    a.phone = ship["phone"].text();
    if (order.customer.name.isEmpty())
        order.customer.name = a.name;
    if (order.customer.phone.isEmpty())
        order.customer.phone = a.phone;
    if (!ship.isObject())
        fields.flag(OrderFlag::AddressUnreadable, ship, QStringLiteral("no shipping address"));
    else if (!countryText.isEmpty() && a.country.isEmpty())
        fields.flag(OrderFlag::AddressUnreadable, ship[ship["country_code"].text().isEmpty() ? "country" : "country_code"],
             QStringLiteral("\"%1\" names no country").arg(countryText));
    else if (a.city.isEmpty() && a.postalCode.isEmpty() && a.country.isEmpty())
        fields.flag(OrderFlag::AddressUnreadable, ship, QStringLiteral("a shipping address without city, zip or country"));

    for (const json::Value &item : o["line_items"].elements()) {
        OrderLine l;
        l.sku = item["sku"].text();
        l.title = item["title"].text();
        l.variant = item["variant_title"].text();
        l.category = item["product_type"].text();
        l.quantity = static_cast<int>(item["quantity"].toInt().value_or(0));
        fields.amount(item["price"], l.unitPriceCents);
        order.lines.append(l);
    }
    for (const json::Value &f : o["fulfillments"].elements()) {
        OrderFulfilment fulfilment = fulfilmentOf(f);
        if (fulfilment.trackingNumbers.isEmpty())
            continue;
        order.fulfilments.append(fulfilment);
    }
    out.orders.append(order);
}

} // namespace ct
