// SPDX-License-Identifier: MIT
#pragma once

#include "messagetemplate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace ct {

struct ShipmentDetail;

// A placeholder a template may use, and what it stands for.
struct MessagePlaceholder
{
    const char *name;        // "customer_name", written {customer_name}
    const char *description; // "the customer's full name"
};

// Where a template is wrong: "templates[2].body, line 1, column 14: {custmer_name} is
// not a placeholder (...)".
struct TemplateProblem
{
    QString location; // "templates[2].body" or "ndr_missed_sms body"
    int line = 0;     // 1-based; 0 when the problem is not in the text
    int column = 0;
    QString message;

    QString text() const;
};

// A template filled with one shipment's fields.
struct RenderedMessage
{
    QString subject;
    QString body;
    QStringList missing; // placeholders this shipment has no value for, in the order used
};

// The message templates: a handful of defaults per channel, as data (a JSON document
// read with located errors, so a template file of a team's own reads the same way),
// the placeholders they may use, and filling them with a shipment's fields.
// Placeholders are {name}; "{{" and "}}" write a brace.
class MessageTemplates final
{
public:
    static std::span<const MessagePlaceholder> placeholders();

    // The default templates, in the order an agent picks from.
    static const QList<MessageTemplate> &defaults();
    static QList<MessageTemplate> forChannel(MessageChannel channel);
    static std::optional<MessageTemplate> find(QStringView id);

    // Reads {"templates": [{"id", "channel", "name", "subject"?, "body"}]}: nullopt with
    // every problem, located, in `problems` (unknown placeholders, an unclosed brace,
    // a missing field, a duplicate id, a subject on a channel without one).
    static std::optional<QList<MessageTemplate>> fromJson(const QByteArray &json, QList<TemplateProblem> *problems);

    // Problems of one template's text; `location` prefixes each ("ndr_missed_sms").
    static QList<TemplateProblem> check(const MessageTemplate &message, const QString &location);

    // The fields a shipment gives its messages: customer_name, first_name, order_id,
    // tracking_number, carrier (its display name), promised_date and estimated_date
    // ("Wednesday 17 June 2026"), destination_city. A field the shipment lacks is absent.
    static QHash<QString, QString> fieldsOf(const ShipmentDetail &shipment);
    // The template with `fields` put in; a placeholder without a value stays as written
    // and is listed in `missing`.
    static RenderedMessage render(const MessageTemplate &message, const QHash<QString, QString> &fields);
};

} // namespace ct
