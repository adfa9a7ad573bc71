// SPDX-License-Identifier: MIT
#include "notificationvariables.h"

#include "domain/carriers.h"
#include "domain/returnstatus.h"
#include "orders/minorunits.h"
#include "orders/order.h"
#include "store/shipmentdetail.h"

#include <QLocale>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace ct {

namespace {

constexpr NotificationVariable Variables[] = {
    {"customer.first_name", "the customer's first name (the first word of the name)"},
    {"customer.name", "the customer's full name"},
    {"customer.email", "the customer's e-mail address"},
    {"customer.phone", "the customer's phone number"},
    {"order.number", "the order's number (\"#1001\")"},
    {"order.total", "the order's total with its currency"},
    {"order.item_count", "how many items the order has"},
    {"order.promised_date", "the delivery date promised at checkout"},
    {"shipment.tracking_number", "the parcel's tracking number"},
    {"shipment.carrier", "the carrier's name"},
    {"shipment.carrier_code", "the carrier's code (\"fedex\"), for links"},
    {"shipment.service", "the carrier's service"},
    {"shipment.status", "the parcel's status (\"Out for delivery\")"},
    {"shipment.attempts", "how many delivery attempts the carrier made"},
    {"shipment.destination_city", "the city the parcel goes to"},
    {"shipment.estimated_date", "the carrier's estimated delivery date"},
    {"shipment.tracking_url", "the team's tracking page for this parcel (links.tracking_url)"},
    {"shipment.fix_address_url", "the page where the customer corrects the address or picks a date (links.fix_address_url)"},
    {"edd.p50", "the predicted delivery date (the model's P50; the carrier's estimate when there is no prediction)"},
    {"edd.p90", "the latest likely delivery date (the model's P90)"},
    {"return.rma", "the return's number", NotificationSubject::Return},
    {"return.status", "the return's status", NotificationSubject::Return},
    {"return.reason", "why the customer returns the items", NotificationSubject::Return},
    {"return.amount", "the value of the returned items", NotificationSubject::Return},
    {"return.refund_amount", "the amount refunded or credited", NotificationSubject::Return},
    {"return.carrier", "the carrier of the return parcel", NotificationSubject::Return},
    {"return.tracking_number", "the return parcel's tracking number", NotificationSubject::Return},
};

QString localMoney(const QLocale &locale, qint64 minor, const QString &currency)
{
    const int exponent = exponentOr2(currency);
    return locale.toString(majorUnits(minor, exponent), 'f', exponent) + QLatin1Char(' ') + currency;
}

void put(QHash<QString, QString> &values, const char *name, const QString &value)
{
    if (!value.trimmed().isEmpty())
        values.insert(QLatin1String(name), value.trimmed());
}

// A link pattern with the shipment's fields put in, each percent-encoded.
QString fillLink(const QString &pattern, const QHash<QString, QString> &values)
{
    QString out = pattern;
    for (const char *name : {"shipment.tracking_number", "shipment.carrier_code", "order.number"}) {
        const QString key = QLatin1String(name);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(values.value(key)));
        out.replace(QStringLiteral("{{") + key + QStringLiteral("}}"), encoded);
    }
    return out;
}

} // namespace

NotificationContext NotificationContext::of(const ShipmentDetail &shipment, const Order *order)
{
    NotificationContext c;
    c.shipmentId = shipment.id;
    c.carrier = shipment.carrier;
    c.trackingNumber = shipment.trackingNumber;
    c.service = shipment.service;
    c.tag = shipment.tag;
    c.attemptCount = shipment.attemptCount;
    c.destination = shipment.destination;
    c.order = shipment.order;
    c.promisedDate = shipment.order.promisedDate;
    c.estimatedDate = shipment.estimatedDelivery.date;
    if (shipment.prediction.enoughHistory()) {
        c.eddP50 = shipment.prediction.p50;
        c.eddP90 = shipment.prediction.p90;
    }
    if (order) {
        c.orderName = order->displayId();
        c.orderTotalCents = order->totalCents;
        c.orderCurrency = order->currency;
        c.orderItemCount = 0;
        for (const OrderLine &line : order->lines)
            c.orderItemCount += line.quantity;
        c.storefrontCustomerName = order->customer.name;
        c.storefrontEmail = order->customer.email;
        c.storefrontPhone = order->customer.phone;
        if (!c.promisedDate.isValid())
            c.promisedDate = order->promisedDate;
    }
    return c;
}

QString NotificationContext::customerName() const
{
    return (storefrontCustomerName.trimmed().isEmpty() ? order.customerName : storefrontCustomerName).trimmed();
}

QString NotificationContext::email() const
{
    return (storefrontEmail.trimmed().isEmpty() ? order.customerEmail : storefrontEmail).trimmed();
}

QString NotificationContext::phone() const
{
    return (storefrontPhone.trimmed().isEmpty() ? order.customerPhone : storefrontPhone).trimmed();
}

std::span<const NotificationVariable> NotificationVariables::all()
{
    return Variables;
}

const NotificationVariable *NotificationVariables::find(QStringView name)
{
    const auto it = std::find_if(std::begin(Variables), std::end(Variables),
                                 [&](const NotificationVariable &v) { return name == QLatin1String(v.name); });
    return it == std::end(Variables) ? nullptr : it;
}

QString NotificationVariables::names()
{
    QStringList names;
    for (const NotificationVariable &v : Variables)
        names << QStringLiteral("{{%1}}").arg(QLatin1String(v.name));
    return names.join(QStringLiteral(", "));
}

QHash<QString, QString> NotificationVariables::values(const NotificationContext &c, const QString &language,
                                                      const QString &trackingUrl, const QString &fixAddressUrl)
{
    const QLocale locale(language);
    const auto date = [&](const QDate &d) { return d.isValid() ? locale.toString(d, QLocale::LongFormat) : QString(); };
    QHash<QString, QString> v;
    const QString name = c.customerName();
    put(v, "customer.name", name);
    put(v, "customer.first_name", name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty));
    put(v, "customer.email", c.email());
    put(v, "customer.phone", c.phone());
    put(v, "order.number", c.orderName.isEmpty() ? c.order.orderId : c.orderName);
    if (c.orderTotalCents >= 0 && !c.orderCurrency.isEmpty())
        put(v, "order.total", localMoney(locale, c.orderTotalCents, c.orderCurrency));
    else if (c.order.orderValueCents > 0 && !c.order.currency.isEmpty())
        put(v, "order.total", localMoney(locale, c.order.orderValueCents, c.order.currency));
    if (c.orderItemCount > 0)
        put(v, "order.item_count", locale.toString(c.orderItemCount));
    put(v, "order.promised_date", date(c.promisedDate));
    put(v, "shipment.tracking_number", c.trackingNumber);
    put(v, "shipment.carrier", c.carrier.isEmpty() ? QString() : carrierDisplayName(c.carrier));
    put(v, "shipment.carrier_code", c.carrier);
    put(v, "shipment.service", c.service);
    put(v, "shipment.status", tagLabel(c.tag));
    put(v, "shipment.attempts", locale.toString(c.attemptCount));
    put(v, "shipment.destination_city", c.destination.city);
    put(v, "shipment.estimated_date", date(c.estimatedDate));
    put(v, "edd.p50", date(c.eddP50.isValid() ? c.eddP50 : c.estimatedDate));
    put(v, "edd.p90", date(c.eddP90));
    if (!trackingUrl.isEmpty() && !c.trackingNumber.isEmpty())
        put(v, "shipment.tracking_url", fillLink(trackingUrl, v));
    if (!fixAddressUrl.isEmpty() && !c.trackingNumber.isEmpty())
        put(v, "shipment.fix_address_url", fillLink(fixAddressUrl, v));
    if (c.returnRecord) {
        const ReturnRecord &r = *c.returnRecord;
        put(v, "return.rma", r.rma);
        put(v, "return.status", returnStatusLabel(r.status));
        put(v, "return.reason", returnReasonLabel(r.reason));
        if (!r.currency.isEmpty()) {
            put(v, "return.amount", localMoney(locale, r.amountCents, r.currency));
            if (r.resolutionAmountCents > 0)
                put(v, "return.refund_amount", localMoney(locale, r.resolutionAmountCents, r.currency));
        }
        put(v, "return.carrier", r.reverseCarrier.isEmpty() ? QString() : carrierDisplayName(r.reverseCarrier));
        put(v, "return.tracking_number", r.reverseTrackingNumber);
    }
    return v;
}

} // namespace ct
