// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnrecord.h"
#include "domain/shipmentrecord.h"
#include "domain/tag.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <span>

namespace ct {

struct Order;
struct ShipmentDetail;

// What a notification template is about: a shipment (with its order), or a return of one.
enum class NotificationSubject : quint8 { Shipment, Return };

// A variable a notification template may use: {{customer.first_name}} and the like.
struct NotificationVariable
{
    const char *name;        // "customer.first_name"
    const char *description; // "the customer's first name"
    NotificationSubject needs = NotificationSubject::Shipment; // Return: only in templates about a return
};

// Everything a notification is filled from: the shipment as the store has it, its
// storefront order when one is linked, the return when the template is about one, the
// delivery-date prediction when there is one, and the team's link patterns.
struct NotificationContext
{
    qint64 shipmentId = 0;
    QString carrier; // canonical code
    QString trackingNumber;
    QString service;
    Tag tag = Tag::Pending;
    int attemptCount = 0;
    Address destination;
    QDate promisedDate;
    QDate estimatedDate; // the carrier's estimate
    OrderInfo order;     // from the shipment's own feed
    // The storefront order's own view, when linked: a name ("#1001"), the total in minor
    // units, the line count, the customer.
    QString orderName;
    qint64 orderTotalCents = -1; // -1: unknown
    QString orderCurrency;
    int orderItemCount = 0;
    QString storefrontCustomerName;
    QString storefrontEmail;
    QString storefrontPhone;
    // The delivery-date model's P50 and P90 dates; invalid when no prediction (the carrier's
    // estimate stands in for P50 then, see docs/NOTIFICATIONS.md).
    QDate eddP50;
    QDate eddP90;
    std::optional<ReturnRecord> returnRecord;

    // Fills the shipment's and the order's fields (the order may be null).
    static NotificationContext of(const ShipmentDetail &shipment, const Order *order);

    // The customer's details as the message uses them: the storefront's first, else the feed's.
    QString customerName() const;
    QString email() const;
    QString phone() const;
};

class NotificationVariables final
{
public:
    static std::span<const NotificationVariable> all();
    static const NotificationVariable *find(QStringView name);
    // "{{customer.first_name}}, {{customer.name}}, ..." for messages.
    static QString names();

    // The value of every variable `context` has, in `language` (dates and money in its
    // locale). `trackingUrl` and `fixAddressUrl` are the team's link patterns, filled with
    // the shipment's fields first. A variable without a value is absent.
    static QHash<QString, QString> values(const NotificationContext &context, const QString &language,
                                          const QString &trackingUrl, const QString &fixAddressUrl);
};

} // namespace ct
