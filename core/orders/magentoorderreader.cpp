// SPDX-License-Identifier: MIT
#include "magentoorderreader.h"

#include "geo/countries.h"
#include "orderfieldreader.h"
#include "ordercarrier.h"
#include "orderjsontext.h"
#include "ordertext.h"

#include <QHash>

#include <algorithm>

namespace ct {

namespace {

bool isOrder(const json::Value &o)
{
    return o.isObject() && !o["increment_id"].isMissing() && o["items"].isArray()
           && (!o["order_currency_code"].isMissing() || !o["grand_total"].isMissing()
               || !o["customer_email"].isMissing());
}

bool isShipment(const json::Value &s)
{
    return s.isObject() && s["tracks"].isArray(); // an order has no tracks
}

// A search result: its items, and no member of an order or a shipment of its own.
bool isSearchResult(const json::Value &root)
{
    return root.isObject() && root["items"].isArray() && root["increment_id"].isMissing()
           && (!root["search_criteria"].isMissing() || !root["total_count"].isMissing());
}

// Magento writes its times in UTC without a zone, a space between date and time
// ("2026-03-14 10:05:00"): read as UTC (an offset, when one is written, is honoured).
std::optional<Timestamp> utcTime(const json::Value &value)
{
    return orderjson::instant(value);
}

OrderAddress addressOf(const json::Value &a)
{
    OrderAddress out;
    out.name = orderjson::joinedName(a["firstname"].text(), a["lastname"].text());
    const json::Value street = a["street"];
    if (street.isArray()) {
        out.line1 = street[0].text();
        QStringList rest;
        for (int i = 1; i < street.size(); ++i) {
            if (!street[i].text().isEmpty())
                rest.append(street[i].text());
        }
        out.line2 = rest.join(QStringLiteral(", "));
    } else {
        out.line1 = street.text();
    }
    out.city = a["city"].text();
    out.region = a["region_code"].text().isEmpty() ? a["region"].text() : a["region_code"].text();
    out.postalCode = a["postcode"].text();
    out.country = geo::countryAlpha2(a["country_id"].text());
    out.phone = a["telephone"].text();
    return out;
}

// Where the order ships: the first shipping assignment's address (an order of only
// virtual goods has none: the billing address stands in, as for WooCommerce).
json::Value shippingAddressOf(const json::Value &o)
{
    for (const json::Value &assignment : o["extension_attributes"]["shipping_assignments"].elements()) {
        const json::Value address = assignment["shipping"]["address"];
        if (address.isObject())
            return address;
    }
    return {};
}

} // namespace

bool MagentoOrderReader::recognizesRecord(const json::Value &value)
{
    return isOrder(value) || isShipment(value);
}

bool MagentoOrderReader::recognizes(const json::Value &root)
{
    if (isSearchResult(root))
        return root["items"].size() == 0 || recognizesRecord(root["items"][0]);
    return recognizesRecord(root);
}

void MagentoOrderReader::read(const json::Value &root, const QString &source, OrderDocument &out) const
{
    if (!isSearchResult(root)) {
        readRecord(root, source, 1, 0, out);
        return;
    }
    int record = 0;
    for (const json::Value &element : root["items"].elements())
        readRecord(element, source, ++record, 0, out);
}

void MagentoOrderReader::readRecord(const json::Value &value, const QString &source, int record, int line,
                                    OrderDocument &out) const
{
    ++out.records;
    if (isShipment(value)) {
        readShipment(value, source, record, line, out);
    } else if (value.isObject()) {
        readOrder(value, source, record, line, out);
    } else {
        ++out.failedRecords;
        out.error(source, record, line, value.path(),
                  QStringLiteral("expected an order or a shipment object, found %1").arg(value.typeName()));
    }
}

void MagentoOrderReader::readOrder(const json::Value &o, const QString &source, int record, int line,
                                   OrderDocument &out) const
{
    Order order;
    if (!OrderFieldReader::start(order, Storefront, o, out, source, record, line, "entity_id"))
        return;
    OrderFieldReader fields(order, out, source, record, line);
    order.orderNumber = o["increment_id"].text();
    order.name = QStringLiteral("#") + (order.orderNumber.isEmpty() ? order.externalId : order.orderNumber);

    order.orderedAt = utcTime(o["created_at"]);
    if (!order.orderedAt)
        fields.flag(OrderFlag::OrderedAtUnreadable, o["created_at"],
                    QStringLiteral("created_at \"%1\" is not a time").arg(o["created_at"].toString()));
    fields.updatedAt(o["updated_at"], "created_at");

    fields.currency(o["order_currency_code"]);
    if (o["grand_total"].isAbsent())
        fields.flag(OrderFlag::TotalUnreadable, o["grand_total"], QStringLiteral("no grand_total"));
    fields.amount(o["grand_total"], order.totalCents);
    fields.amount(o["subtotal"], order.subtotalCents);

    order.financialStatus = o["status"].text();
    const QString method = o["payment"]["method"].text();
    if (ordertext::namesCashOnDelivery(method))
        order.paymentMode = PaymentMode::CashOnDelivery;
    else if (!method.isEmpty())
        order.paymentMode = PaymentMode::Prepaid;
    else
        fields.flag(OrderFlag::PaymentModeUnknown, o["payment"].isObject() ? o["payment"]["method"] : o["payment"],
                    QStringLiteral("no payment method: neither prepaid nor COD is known"));

    const json::Value billing = o["billing_address"];
    json::Value shipping = shippingAddressOf(o);
    order.shippingAddress = addressOf(shipping);
    if (order.shippingAddress.isEmpty()) {
        shipping = billing;
        order.shippingAddress = addressOf(billing);
    }
    const QString countryText = shipping["country_id"].text();
    if (order.shippingAddress.isEmpty())
        fields.flag(OrderFlag::AddressUnreadable, o["extension_attributes"].pathOf("shipping_assignments"),
                    QStringLiteral("no shipping or billing address"));
    else if (!countryText.isEmpty() && order.shippingAddress.country.isEmpty())
        fields.flag(OrderFlag::AddressUnreadable, shipping["country_id"],
                    QStringLiteral("\"%1\" names no country").arg(countryText));
    else if (order.shippingAddress.city.isEmpty() && order.shippingAddress.postalCode.isEmpty()
             && order.shippingAddress.country.isEmpty())
        fields.flag(OrderFlag::AddressUnreadable, shipping, QStringLiteral("an address without city, postcode or country"));

    order.customer.name = orderjson::joinedName(o["customer_firstname"].text(), o["customer_lastname"].text());
    if (order.customer.name.isEmpty())
        order.customer.name = order.shippingAddress.name;
    if (order.customer.name.isEmpty())
        order.customer.name = orderjson::joinedName(billing["firstname"].text(), billing["lastname"].text());
    order.customer.email = o["customer_email"].text();
    order.customer.phone = order.shippingAddress.phone.isEmpty() ? billing["telephone"].text() : order.shippingAddress.phone;

    // A configurable product is two items: the parent (the child's SKU, the price) and
    // the simple child (parent_item_id, no price). A bundle's children are its parts.
    // The parent is the line; its child names the variant.
    QHash<QString, qsizetype> lineOfItem; // item_id -> its line
    for (const json::Value &item : o["items"].elements()) {
        QString parent = item["parent_item_id"].text();
        if (parent.isEmpty())
            parent = item["parent_item"]["item_id"].text();
        if (!parent.isEmpty() || !item["parent_item"].isAbsent()) {
            const auto it = lineOfItem.constFind(parent);
            if (it != lineOfItem.constEnd() && order.lines[*it].variant.isEmpty()
                && item["name"].text() != order.lines[*it].title)
                order.lines[*it].variant = item["name"].text();
            continue;
        }
        OrderLine l;
        l.sku = item["sku"].text();
        l.title = item["name"].text();
        const std::optional<double> qty = item["qty_ordered"].toDouble();
        l.quantity = qty ? static_cast<int>(*qty + 0.5) : 0;
        fields.amount(item["price"], l.unitPriceCents);
        lineOfItem.insert(item["item_id"].text(), order.lines.size());
        order.lines.append(l);
    }
    out.orders.append(order);
}

void MagentoOrderReader::readShipment(const json::Value &s, const QString &source, int record, int line,
                                      OrderDocument &out) const
{
    const QString orderId = s["order_id"].text();
    const QString shipmentId = s["entity_id"].text();
    if (orderId.isEmpty() || shipmentId.isEmpty()) {
        ++out.failedRecords;
        out.error(source, record, line, s.pathOf(orderId.isEmpty() ? "order_id" : "entity_id"),
                  orderId.isEmpty() ? QStringLiteral("a shipment without its order's id")
                                    : QStringLiteral("a shipment without an id"));
        return;
    }
    // One fulfilment per carrier of the shipment's tracks ("<shipment>:<carrier_code>",
    // "<shipment>:custom/<title>" for Magento's custom carrier), so
    // that a shipment sent with two carriers links each number with its own.
    QList<FulfilmentUpdate> updates;
    for (const json::Value &track : s["tracks"].elements()) {
        const QString number = track["track_number"].text();
        if (number.isEmpty()) {
            out.warning(source, record, line, track.pathOf("track_number"),
                        QStringLiteral("a track without a number: it links no shipment"));
            continue;
        }
        const QString code = track["carrier_code"].text().toLower();
        const QString title = track["title"].text();
        // "custom" is Magento's carrier of its own title ("Blue Dart", "Royal Mail").
        QString carrier = code == QLatin1String("custom") ? QString() : orderCarrierCode(code);
        if (carrier.isEmpty())
            carrier = orderCarrierCode(title);
        // Tracks of Magento's "custom" carrier differ by their title.
        const QString key = code.isEmpty() || code == QLatin1String("custom")
                                ? QStringLiteral("custom/") + title.toLower()
                                : code;
        auto it = std::find_if(updates.begin(), updates.end(), [&](const FulfilmentUpdate &u) {
            return u.fulfilment.externalId == shipmentId + QLatin1Char(':') + key;
        });
        if (it == updates.end()) {
            FulfilmentUpdate update;
            update.storefront = QString::fromLatin1(Storefront);
            update.orderExternalId = orderId;
            update.fulfilment.externalId = shipmentId + QLatin1Char(':') + key;
            update.fulfilment.carrier = carrier;
            update.fulfilment.carrierName = title.isEmpty() ? code : title;
            updates.append(update);
            it = updates.end() - 1;
        }
        if (!it->fulfilment.trackingNumbers.contains(number))
            it->fulfilment.trackingNumbers.append(number);
    }
    if (updates.isEmpty()) {
        out.warning(source, record, line, s.pathOf("tracks"),
                    QStringLiteral("no tracking number: the shipment links no parcel"));
        FulfilmentUpdate update; // still known: the order has a shipment
        update.storefront = QString::fromLatin1(Storefront);
        update.orderExternalId = orderId;
        update.fulfilment.externalId = shipmentId;
        updates.append(update);
    }
    out.fulfilments += updates;
}

} // namespace ct
