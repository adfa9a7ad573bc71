// SPDX-License-Identifier: MIT
#include "messagetemplates.h"

#include "domain/carriers.h"
#include "json/parser.h"
#include "store/shipmentdetail.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace ct {

namespace {

constexpr MessagePlaceholder Placeholders[] = {
    {"customer_name", "the customer's full name"},
    {"first_name", "the customer's first name (the first word of the name)"},
    {"order_id", "the order number"},
    {"tracking_number", "the parcel's tracking number"},
    {"carrier", "the carrier's name"},
    {"promised_date", "the delivery date promised at checkout"},
    {"estimated_date", "the carrier's estimated delivery date"},
    {"destination_city", "the city the parcel goes to"},
};

// The defaults: short, plain, and true whatever happened since (they promise nothing the
// agent has not done). Each channel has the same four cases.
constexpr char DefaultTemplates[] = R"json({"templates": [
  {"id": "ndr_missed_email", "channel": "email", "name": "Missed delivery: another attempt",
   "subject": "We missed you: your order {order_id}",
   "body": "Hello {first_name},\n\n{carrier} tried to deliver your order {order_id} but could not reach you. We have asked for another delivery attempt.\n\nYou can follow the parcel with tracking number {tracking_number}. If the address or the phone number we have is wrong, reply to this e-mail and we will put it right.\n\nThank you for your patience."},
  {"id": "delay_apology_email", "channel": "email", "name": "Delay: an apology and the new date",
   "subject": "Your order {order_id} is running late",
   "body": "Hello {first_name},\n\nWe promised your order {order_id} for {promised_date}, and it is running late with {carrier}. It is now expected on {estimated_date}.\n\nWe are sorry for the wait and are following the parcel closely (tracking number {tracking_number})."},
  {"id": "address_check_email", "channel": "email", "name": "Address: please confirm it",
   "subject": "Please confirm your delivery address",
   "body": "Hello {first_name},\n\n{carrier} could not deliver your order {order_id} to the address we have in {destination_city}. Please reply with your full address, with the flat or building number, so we can send the parcel on."},
  {"id": "return_notice_email", "channel": "email", "name": "Return to sender: refund or reship",
   "subject": "Your order {order_id} is on its way back to us",
   "body": "Hello {first_name},\n\nYour order {order_id} could not be delivered, and {carrier} is returning it to us. Reply to this e-mail to tell us whether you would like it sent again or refunded."},

  {"id": "ndr_missed_sms", "channel": "sms", "name": "Missed delivery: another attempt",
   "body": "{carrier} missed you with order {order_id}. We've asked for another delivery attempt. Tracking: {tracking_number}. Wrong address or phone? Reply to this message."},
  {"id": "delay_apology_sms", "channel": "sms", "name": "Delay: an apology and the new date",
   "body": "Sorry {first_name}, order {order_id} is late. {carrier} now expects to deliver it on {estimated_date}."},
  {"id": "address_check_sms", "channel": "sms", "name": "Address: please confirm it",
   "body": "{carrier} couldn't deliver order {order_id}. Please reply with your full address in {destination_city}."},
  {"id": "return_notice_sms", "channel": "sms", "name": "Return to sender: refund or reship",
   "body": "Order {order_id} couldn't be delivered and is coming back to us. Reply RESEND or REFUND."},

  {"id": "ndr_missed_whatsapp", "channel": "whatsapp", "name": "Missed delivery: another attempt",
   "body": "Hi {first_name}, {carrier} tried to deliver your order {order_id} today but couldn't reach you. We've asked for another attempt (tracking number {tracking_number}). Is the address right? Just reply here."},
  {"id": "delay_apology_whatsapp", "channel": "whatsapp", "name": "Delay: an apology and the new date",
   "body": "Hi {first_name}, we're sorry: your order {order_id} is running late with {carrier}. It's now expected on {estimated_date}. We're keeping an eye on it."},
  {"id": "address_check_whatsapp", "channel": "whatsapp", "name": "Address: please confirm it",
   "body": "Hi {first_name}, {carrier} couldn't deliver your order {order_id} to the address we have in {destination_city}. Could you send us your full address here, with the flat or building number?"},
  {"id": "return_notice_whatsapp", "channel": "whatsapp", "name": "Return to sender: refund or reship",
   "body": "Hi {first_name}, your order {order_id} couldn't be delivered and {carrier} is returning it to us. Would you like us to send it again or refund it? Just reply here."}
]})json";

bool isPlaceholder(QStringView name)
{
    return std::any_of(std::begin(Placeholders), std::end(Placeholders),
                       [&](const MessagePlaceholder &p) { return name == QLatin1String(p.name); });
}

QString placeholderList()
{
    QStringList names;
    for (const MessagePlaceholder &p : Placeholders)
        names << QLatin1Char('{') + QLatin1String(p.name) + QLatin1Char('}');
    return names.join(QStringLiteral(", "));
}

// One pass over a template's text: literal runs and placeholders, with where each starts.
struct Token
{
    bool placeholder = false;
    QString text; // the literal, or the placeholder's name
    int line = 1;
    int column = 1;
};

// Splits `text`; a problem (an unclosed "{", a stray "}", an unknown name) goes to `problems`.
QList<Token> tokenize(const QString &text, const QString &location, QList<TemplateProblem> *problems)
{
    QList<Token> tokens;
    int line = 1;
    int column = 1;
    Token literal;
    const auto advance = [&](QChar ch) {
        if (ch == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    };
    const auto flush = [&] {
        if (!literal.text.isEmpty())
            tokens << literal;
        literal = Token{false, QString(), line, column};
    };
    literal.line = line;
    literal.column = column;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if ((ch == u'{' && next == u'{') || (ch == u'}' && next == u'}')) {
            literal.text += ch;
            advance(ch);
            advance(next);
            ++i;
            continue;
        }
        if (ch == u'}') {
            if (problems)
                *problems << TemplateProblem{location, line, column,
                                             QStringLiteral("a \"}\" without its \"{\" (write \"}}\" for a brace)")};
            literal.text += ch;
            advance(ch);
            continue;
        }
        if (ch != u'{') {
            if (literal.text.isEmpty()) {
                literal.line = line;
                literal.column = column;
            }
            literal.text += ch;
            advance(ch);
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        const qsizetype open = text.indexOf(u'{', i + 1);
        if (close < 0 || (open >= 0 && open < close)) {
            if (problems)
                *problems << TemplateProblem{location, line, column,
                                             QStringLiteral("a \"{\" that is not closed (write \"{{\" for a brace)")};
            literal.text += ch;
            advance(ch);
            continue;
        }
        flush();
        const QString name = text.mid(i + 1, close - i - 1);
        if (!isPlaceholder(name) && problems)
            *problems << TemplateProblem{location, line, column,
                                         QStringLiteral("{%1} is not a placeholder (these are: %2)").arg(name, placeholderList())};
        tokens << Token{true, name, line, column};
        for (qsizetype k = i; k <= close; ++k)
            advance(text.at(k));
        i = close;
        literal = Token{false, QString(), line, column};
    }
    flush();
    return tokens;
}

QString fillText(const QString &text, const QHash<QString, QString> &fields, QStringList &missing)
{
    QString out;
    for (const Token &token : tokenize(text, QString(), nullptr)) {
        if (!token.placeholder) {
            out += token.text;
            continue;
        }
        const QString value = fields.value(token.text);
        if (value.isEmpty()) {
            if (!missing.contains(token.text))
                missing << token.text;
            out += QLatin1Char('{') + token.text + QLatin1Char('}');
        } else {
            out += value;
        }
    }
    return out;
}

QString longDate(QDate date)
{
    return QLocale::c().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

} // namespace

QString messageChannelCode(MessageChannel channel)
{
    switch (channel) {
    case MessageChannel::Email:
        return QStringLiteral("email");
    case MessageChannel::Sms:
        return QStringLiteral("sms");
    case MessageChannel::WhatsApp:
        return QStringLiteral("whatsapp");
    }
    return {};
}

QString messageChannelLabel(MessageChannel channel)
{
    switch (channel) {
    case MessageChannel::Email:
        return QStringLiteral("E-mail");
    case MessageChannel::Sms:
        return QStringLiteral("SMS");
    case MessageChannel::WhatsApp:
        return QStringLiteral("WhatsApp");
    }
    return {};
}

std::optional<MessageChannel> messageChannelFromCode(QStringView code)
{
    for (MessageChannel channel : AllMessageChannels) {
        if (code == messageChannelCode(channel))
            return channel;
    }
    return std::nullopt;
}

QString TemplateProblem::text() const
{
    if (line == 0)
        return QStringLiteral("%1: %2").arg(location, message);
    return QStringLiteral("%1, line %2, column %3: %4").arg(location).arg(line).arg(column).arg(message);
}

std::span<const MessagePlaceholder> MessageTemplates::placeholders()
{
    return Placeholders;
}

const QList<MessageTemplate> &MessageTemplates::defaults()
{
    static const QList<MessageTemplate> templates = [] {
        QList<TemplateProblem> problems;
        auto read = fromJson(QByteArray::fromRawData(DefaultTemplates, sizeof(DefaultTemplates) - 1), &problems);
        if (!read)
            qFatal("the default message templates do not read: %s", qPrintable(problems.value(0).text()));
        return *read;
    }();
    return templates;
}

QList<MessageTemplate> MessageTemplates::forChannel(MessageChannel channel)
{
    QList<MessageTemplate> matching;
    for (const MessageTemplate &t : defaults()) {
        if (t.channel == channel)
            matching << t;
    }
    return matching;
}

std::optional<MessageTemplate> MessageTemplates::find(QStringView id)
{
    for (const MessageTemplate &t : defaults()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QList<TemplateProblem> MessageTemplates::check(const MessageTemplate &message, const QString &location)
{
    QList<TemplateProblem> problems;
    tokenize(message.subject, location + QStringLiteral(".subject"), &problems);
    tokenize(message.body, location + QStringLiteral(".body"), &problems);
    return problems;
}

std::optional<QList<MessageTemplate>> MessageTemplates::fromJson(const QByteArray &json, QList<TemplateProblem> *problems)
{
    QList<TemplateProblem> found;
    json::Parser parser;
    json::Parser::Error error;
    const auto root = parser.parse(json.constData(), json.size(), &error);
    if (!root) {
        int line = 0;
        int column = 0;
        if (error.offset >= 0)
            json::lineAndColumn(json.constData(), json.size(), error.offset, line, column);
        found << TemplateProblem{QStringLiteral("templates"), line, column, QStringLiteral("not JSON: %1").arg(error.message)};
    } else if (!(*root)["templates"].isArray()) {
        found << TemplateProblem{QStringLiteral("templates"), 0, 0,
                                 QStringLiteral("expected an array of templates, found %1").arg((*root)["templates"].typeName())};
    }
    QList<MessageTemplate> templates;
    QSet<QString> ids;
    if (found.isEmpty()) {
        for (const json::Value &entry : (*root)["templates"].elements()) {
            const QString at = entry.path();
            const auto text = [&](const char *key, bool required) -> std::optional<QString> {
                const json::Value value = entry[key];
                if (value.isAbsent()) {
                    if (required)
                        found << TemplateProblem{entry.pathOf(key), 0, 0, QStringLiteral("is required")};
                    return std::nullopt;
                }
                if (!value.isString() || value.toString().trimmed().isEmpty()) {
                    found << TemplateProblem{value.path(), 0, 0, QStringLiteral("must be a text that is not empty")};
                    return std::nullopt;
                }
                return value.toString();
            };
            MessageTemplate t;
            t.id = text("id", true).value_or(QString());
            const QString channel = text("channel", true).value_or(QString());
            t.name = text("name", true).value_or(QString());
            t.subject = text("subject", false).value_or(QString());
            t.body = text("body", true).value_or(QString());
            const auto kind = messageChannelFromCode(channel);
            if (!channel.isEmpty() && !kind)
                found << TemplateProblem{entry.pathOf("channel"), 0, 0,
                                         QStringLiteral("\"%1\" is not a channel (email, sms, whatsapp)").arg(channel)};
            t.channel = kind.value_or(MessageChannel::Email);
            if (kind && *kind != MessageChannel::Email && !t.subject.isEmpty())
                found << TemplateProblem{entry.pathOf("subject"), 0, 0, QStringLiteral("only e-mails have a subject")};
            if (kind == MessageChannel::Email && !entry["subject"].isString())
                found << TemplateProblem{entry.pathOf("subject"), 0, 0, QStringLiteral("an e-mail needs a subject")};
            if (!t.id.isEmpty() && ids.contains(t.id))
                found << TemplateProblem{entry.pathOf("id"), 0, 0, QStringLiteral("\"%1\" is the id of an earlier template").arg(t.id)};
            ids.insert(t.id);
            found << check(t, at);
            templates << t;
        }
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return std::nullopt;
    return templates;
}

QHash<QString, QString> MessageTemplates::fieldsOf(const ShipmentDetail &shipment)
{
    QHash<QString, QString> fields;
    const auto put = [&](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.insert(QString::fromLatin1(name), value.trimmed());
    };
    put("customer_name", shipment.order.customerName);
    put("first_name", shipment.order.customerName.trimmed().section(QLatin1Char(' '), 0, 0));
    put("order_id", shipment.order.orderId);
    put("tracking_number", shipment.trackingNumber);
    put("carrier", shipment.carrier.isEmpty() ? QString() : carrierDisplayName(shipment.carrier));
    if (shipment.order.promisedDate.isValid())
        put("promised_date", longDate(shipment.order.promisedDate));
    if (shipment.estimatedDelivery.date.isValid())
        put("estimated_date", longDate(shipment.estimatedDelivery.date));
    put("destination_city", shipment.destination.city);
    return fields;
}

RenderedMessage MessageTemplates::render(const MessageTemplate &message, const QHash<QString, QString> &fields)
{
    RenderedMessage out;
    out.subject = fillText(message.subject, fields, out.missing);
    out.body = fillText(message.body, fields, out.missing);
    return out;
}

} // namespace ct
