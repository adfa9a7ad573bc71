// SPDX-License-Identifier: MIT
#include "automationrules.h"

#include "domain/carriers.h"
#include "geo/countries.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "teamsettings/settingsreader.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ct {

namespace {

const char *const TriggerCodes[] = {"tag", "exception_opened", "exception_escalated", "sla_breached", "return_status",
                                    "time_in_state"};
const char *const ActionCodes[] = {"notify", "reattempt", "return_to_origin", "assign", "escalate", "note"};
const char *const Channels[] = {"email", "sms", "whatsapp"};

const QRegularExpression &ruleIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern;
}

// The team server's user names (server/auth), as the assignment rules take them.
const QRegularExpression &userNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern;
}

QString quoted(const QStringList &codes)
{
    QStringList out;
    for (const QString &code : codes)
        out << QLatin1Char('"') + code + QLatin1Char('"');
    return out.join(QStringLiteral(", "));
}

template <std::size_t N> QStringList codeList(const char *const (&codes)[N])
{
    QStringList out;
    for (const char *code : codes)
        out << QLatin1String(code);
    return out;
}

template <std::size_t N> int indexOf(const char *const (&codes)[N], std::string_view code)
{
    for (std::size_t i = 0; i < N; ++i)
        if (code == codes[i])
            return static_cast<int>(i);
    return -1;
}

bool isKnownCarrier(const QString &code)
{
    const auto carriers = knownCarriers();
    return std::any_of(carriers.begin(), carriers.end(), [&](const CarrierInfo &c) { return code == QLatin1String(c.code); });
}

class RulesReader final
{
public:
    SettingsReader r;
    AutomationRules out;

    void read(const json::Value &root)
    {
        if (!r.object(root, {"version", "enabled", "quiet_hours", "rate_limit", "rules"}, QStringLiteral("the automation rules")))
            return;
        const json::Value version = root["version"];
        if (version.isMissing())
            r.failMissing(root, "version", QStringLiteral("is required: %1").arg(AutomationRules::FormatVersion));
        else if (version.toInt() != AutomationRules::FormatVersion)
            r.fail(version, QStringLiteral("must be %1 (the format this build reads)").arg(AutomationRules::FormatVersion));
        out.enabled = r.boolean(root["enabled"]).value_or(true);
        const json::Value quiet = root["quiet_hours"];
        if (!quiet.isAbsent() && r.object(quiet, {"start", "end"}, QStringLiteral("the quiet hours"))) {
            QuietHours q;
            const std::optional<int> start = minute(quiet, "start");
            const std::optional<int> end = minute(quiet, "end");
            if (start && end) {
                q.startMinute = *start;
                q.endMinute = *end;
                if (*start == *end)
                    r.fail(quiet["end"], QStringLiteral("must differ from start (leave quiet_hours out for none)"));
                out.quietHours = q;
            }
        }
        const json::Value rate = root["rate_limit"];
        if (!rate.isAbsent() && r.object(rate, {"messages", "hours"}, QStringLiteral("the rate limit"))) {
            if (rate["messages"].isMissing())
                r.failMissing(rate, "messages", QStringLiteral("is required (messages per customer in the window)"));
            out.rateLimit.messages = r.integer(rate["messages"], 1, 1000).value_or(0);
            out.rateLimit.hours = r.integer(rate["hours"], 1, 24 * 30).value_or(24);
        }
        const json::Value rules = root["rules"];
        if (rules.isMissing())
            r.failMissing(root, "rules", QStringLiteral("is required (a list of rules, possibly empty)"));
        r.list(rules, QStringLiteral("rules"), [&](const json::Value &e) { rule(e); });
        if (out.rules.size() > AutomationRules::MaxRules)
            r.fail(rules, QStringLiteral("may hold at most %1 rules").arg(AutomationRules::MaxRules));
    }

private:
    QSet<QString> m_ids;

    std::optional<int> minute(const json::Value &parent, const char *key)
    {
        const json::Value v = parent[key];
        if (v.isMissing()) {
            r.failMissing(parent, key, QStringLiteral("is required (HH:MM, local time at the destination)"));
            return std::nullopt;
        }
        const std::optional<int> m = v.isString() ? QuietHours::minuteFromText(v.toString()) : std::nullopt;
        if (!m)
            r.fail(v, QStringLiteral("must be a time written HH:MM, such as \"21:00\""));
        return m;
    }

    void rule(const json::Value &v)
    {
        if (!r.object(v, {"id", "name", "enabled", "priority", "trigger", "conditions", "actions"}, QStringLiteral("a rule")))
            return;
        AutomationRule rule;
        const json::Value id = v["id"];
        rule.id = id.isString() ? id.toString() : QString();
        if (id.isMissing())
            r.failMissing(v, "id", QStringLiteral("is required (a stable id such as \"cod-ndr-reattempt\")"));
        else if (!ruleIdPattern().match(rule.id).hasMatch())
            r.fail(id, QStringLiteral("must be 1 to 64 lower-case letters, digits, '-' or '_'"));
        else if (m_ids.contains(rule.id))
            r.fail(id, QStringLiteral("\"%1\" is the id of an earlier rule").arg(rule.id));
        m_ids.insert(rule.id);
        rule.name = r.text(v["name"], 100).value_or(rule.id);
        rule.enabled = r.boolean(v["enabled"]).value_or(true);
        rule.priority = r.integer(v["priority"], 1, 1000).value_or(100);
        if (v["trigger"].isMissing())
            r.failMissing(v, "trigger", QStringLiteral("is required, such as {\"on\": \"tag\", \"tag\": \"AttemptFail\"}"));
        else
            trigger(v["trigger"], rule.trigger);
        if (!v["conditions"].isAbsent())
            conditions(v["conditions"], rule.conditions);
        const json::Value actions = v["actions"];
        if (actions.isMissing())
            r.failMissing(v, "actions", QStringLiteral("is required (at least one action)"));
        r.list(actions, QStringLiteral("actions"), [&](const json::Value &e) { action(e, rule.actions); });
        if (actions.isArray() && actions.size() == 0)
            r.fail(actions, QStringLiteral("must hold at least one action"));
        if (rule.actions.size() > AutomationRules::MaxActions)
            r.fail(actions, QStringLiteral("may hold at most %1 actions").arg(AutomationRules::MaxActions));
        out.rules << rule;
    }

    std::optional<Tag> tag(const json::Value &parent, const char *key, bool required)
    {
        const json::Value v = parent[key];
        if (v.isMissing()) {
            if (required)
                r.failMissing(parent, key, QStringLiteral("is required (a tag such as \"AttemptFail\")"));
            return std::nullopt;
        }
        const std::optional<Tag> t = v.isString() ? tagFromCode(v.toString()) : std::nullopt;
        if (!t) {
            QStringList codes;
            for (Tag each : AllTags)
                codes << tagCode(each);
            r.fail(v, QStringLiteral("unknown tag %1: must be one of %2")
                          .arg(v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : v.typeName(), quoted(codes)));
        }
        return t;
    }

    void trigger(const json::Value &v, AutomationTrigger &t)
    {
        if (!r.object(v, {"on", "tag", "subtag", "priority", "sla", "status", "hours", "without_action"},
                      QStringLiteral("a rule's trigger")))
            return;
        const json::Value on = v["on"];
        const int kind = on.isString() ? indexOf(TriggerCodes, on.stringView()) : -1;
        if (on.isMissing()) {
            r.failMissing(v, "on", QStringLiteral("is required: one of %1").arg(quoted(codeList(TriggerCodes))));
            return;
        }
        if (kind < 0) {
            r.fail(on, QStringLiteral("must be one of %1").arg(quoted(codeList(TriggerCodes))));
            return;
        }
        t.kind = static_cast<AutomationTriggerKind>(kind);
        // Members that belong to other kinds of trigger are errors, not silently ignored.
        const auto only = [&](std::initializer_list<const char *> allowed) {
            for (const char *key : {"tag", "subtag", "priority", "sla", "status", "hours", "without_action"}) {
                const bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const char *a) { return std::string_view(a) == key; });
                if (!ok && !v[key].isMissing())
                    r.fail(v[key], QStringLiteral("is not a setting of a \"%1\" trigger").arg(on.toString()));
            }
        };
        switch (t.kind) {
        case AutomationTriggerKind::TagReached: {
            only({"tag", "subtag"});
            t.tag = tag(v, "tag", true);
            const json::Value sub = v["subtag"];
            if (!sub.isMissing()) {
                t.subtag = sub.isString() ? subtagFromCode(sub.toString()) : std::nullopt;
                if (!t.subtag)
                    r.fail(sub, QStringLiteral("must be a sub-status code such as \"AttemptFail_002\""));
                else if (t.tag && tagOf(*t.subtag) != *t.tag)
                    r.fail(sub, QStringLiteral("\"%1\" is not a sub-status of %2").arg(sub.toString(), tagCode(*t.tag)));
            }
            break;
        }
        case AutomationTriggerKind::ExceptionOpened:
            only({});
            break;
        case AutomationTriggerKind::ExceptionEscalated:
            only({"priority"});
            t.priority = r.integer(v["priority"], 1, 3).value_or(1);
            break;
        case AutomationTriggerKind::SlaBreached:
            only({"sla"});
            if (!v["sla"].isMissing()) {
                const json::Value sla = v["sla"];
                if (sla.isString() && sla.stringView() == "first_action")
                    t.sla = SlaDeadline::FirstAction;
                else if (sla.isString() && sla.stringView() == "resolve")
                    t.sla = SlaDeadline::Resolve;
                else
                    r.fail(sla, QStringLiteral("must be \"first_action\" or \"resolve\""));
            }
            break;
        case AutomationTriggerKind::ReturnStatus:
            only({"status"});
            if (!v["status"].isMissing()) {
                t.returnStatus = v["status"].isString() ? returnStatusFromCode(v["status"].toString()) : std::nullopt;
                if (!t.returnStatus) {
                    QStringList codes;
                    for (int i = 0; i < ReturnStatusCount; ++i)
                        codes << returnStatusCode(static_cast<ReturnStatus>(i));
                    r.fail(v["status"], QStringLiteral("must be a return status: %1").arg(quoted(codes)));
                }
            }
            break;
        case AutomationTriggerKind::TimeInState:
            only({"tag", "hours", "without_action"});
            t.tag = tag(v, "tag", true);
            if (v["hours"].isMissing())
                r.failMissing(v, "hours", QStringLiteral("is required (hours in the state, 1 to %1)").arg(AutomationRules::MaxHours));
            t.hours = r.integer(v["hours"], 1, AutomationRules::MaxHours).value_or(0);
            t.withoutAction = r.boolean(v["without_action"]).value_or(true);
            break;
        }
    }

    // A condition given as one string or a list of them.
    template <typename Each> void strings(const json::Value &v, const QString &what, Each &&each)
    {
        if (v.isMissing())
            return;
        if (v.isString()) {
            each(v);
            return;
        }
        if (!v.isArray() || v.size() == 0) {
            r.fail(v, QStringLiteral("must be %1 or a non-empty list of them").arg(what));
            return;
        }
        for (const json::Value &e : v.elements()) {
            if (e.isString())
                each(e);
            else
                r.fail(e, QStringLiteral("must be %1").arg(what));
        }
    }

    void range(const json::Value &v, AutomationRange &range, qint64 hi, const QString &what)
    {
        if (v.isMissing() || !r.object(v, {"min", "max"}, what))
            return;
        if (v["min"].isMissing() && v["max"].isMissing()) {
            r.fail(v, QStringLiteral("must give min, max or both"));
            return;
        }
        for (const char *key : {"min", "max"}) {
            const json::Value b = v[key];
            if (b.isMissing())
                continue;
            const std::optional<double> d = b.toDouble();
            if (!b.isNumber() || !d || *d != static_cast<double>(static_cast<qint64>(*d)) || *d < 0 || *d > static_cast<double>(hi)) {
                r.fail(b, QStringLiteral("must be a whole number from 0 to %1").arg(hi));
                continue;
            }
            (std::string_view(key) == "min" ? range.min : range.max) = static_cast<qint64>(*d);
        }
        if (range.min && range.max && *range.max < *range.min)
            r.fail(v["max"], QStringLiteral("must not be less than min (%1)").arg(*range.min));
    }

    void conditions(const json::Value &v, AutomationCondition &c)
    {
        if (!r.object(v, {"carrier", "service", "exception_type", "ndr_reason", "payment_mode", "attempts", "out_for_delivery",
                          "order_value", "destination_country", "customer_tag"},
                      QStringLiteral("a rule's conditions")))
            return;
        strings(v["carrier"], QStringLiteral("a carrier code such as \"ups\""), [&](const json::Value &e) {
            const QString code = canonicalCarrierCode(e.toString().trimmed());
            if (!isKnownCarrier(code))
                r.fail(e, QStringLiteral("unknown carrier \"%1\"").arg(e.toString()));
            else if (!c.carriers.contains(code))
                c.carriers << code;
        });
        strings(v["service"], QStringLiteral("a service name"), [&](const json::Value &e) {
            const QString service = e.toString().trimmed();
            if (service.isEmpty() || service.size() > 100)
                r.fail(e, QStringLiteral("must be a service name of 1 to 100 characters"));
            else if (!c.services.contains(service, Qt::CaseInsensitive))
                c.services << service;
        });
        strings(v["exception_type"], QStringLiteral("an exception type"), [&](const json::Value &e) {
            const auto type = exceptionTypeFromCode(e.toString());
            if (!type) {
                QStringList codes;
                for (ExceptionType t : AllExceptionTypes)
                    codes << exceptionTypeCode(t);
                r.fail(e, QStringLiteral("unknown exception type \"%1\": must be one of %2").arg(e.toString(), quoted(codes)));
            } else if (!c.exceptionTypes.contains(*type)) {
                c.exceptionTypes << *type;
            }
        });
        strings(v["ndr_reason"], QStringLiteral("an NDR reason"), [&](const json::Value &e) {
            const auto reason = e.toString().isEmpty() ? std::nullopt : ndrReasonFromCode(e.toString());
            if (!reason) {
                QStringList codes;
                for (int i = 1; i < NdrReasonCount; ++i)
                    codes << ndrReasonCode(static_cast<NdrReason>(i));
                r.fail(e, QStringLiteral("unknown NDR reason \"%1\": must be one of %2").arg(e.toString(), quoted(codes)));
            } else if (!c.ndrReasons.contains(*reason)) {
                c.ndrReasons << *reason;
            }
        });
        strings(v["payment_mode"], QStringLiteral("a payment mode"), [&](const json::Value &e) {
            const auto mode = paymentModeFromCode(e.toString());
            if (!mode)
                r.fail(e, QStringLiteral("unknown payment mode \"%1\": must be \"prepaid\", \"cod\" or \"unknown\"").arg(e.toString()));
            else if (!c.paymentModes.contains(*mode))
                c.paymentModes << *mode;
        });
        range(v["attempts"], c.attempts, AutomationRules::MaxCount, QStringLiteral("a range of attempts"));
        range(v["out_for_delivery"], c.outForDelivery, AutomationRules::MaxCount, QStringLiteral("a range of out-for-delivery scans"));
        const json::Value value = v["order_value"];
        if (!value.isMissing() && r.object(value, {"min", "max", "currency"}, QStringLiteral("an order value range"))) {
            static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
            if (!value["currency"].isMissing()) {
                c.orderCurrency = value["currency"].isString() ? value["currency"].toString() : QString();
                if (!iso4217.match(c.orderCurrency).hasMatch())
                    r.fail(value["currency"], QStringLiteral("must be an ISO 4217 code such as \"USD\""));
            }
            if (value["min"].isMissing() && value["max"].isMissing())
                r.fail(value, QStringLiteral("must give min, max or both (in minor units: cents)"));
            else
                for (const char *key : {"min", "max"}) {
                    const json::Value b = value[key];
                    if (b.isMissing())
                        continue;
                    const std::optional<double> d = b.toDouble();
                    if (!b.isNumber() || !d || *d != static_cast<double>(static_cast<qint64>(*d)) || *d < 0 || *d > 1e12)
                        r.fail(b, QStringLiteral("must be a whole number of minor units (cents) from 0"));
                    else
                        (std::string_view(key) == "min" ? c.orderValue.min : c.orderValue.max) = static_cast<qint64>(*d);
                }
            if (c.orderValue.min && c.orderValue.max && *c.orderValue.max < *c.orderValue.min)
                r.fail(value["max"], QStringLiteral("must not be less than min (%1)").arg(*c.orderValue.min));
        }
        strings(v["destination_country"], QStringLiteral("an ISO 3166-1 alpha-2 country code"), [&](const json::Value &e) {
            const QString code = e.toString().trimmed().toUpper();
            if (code.size() != 2 || geo::countryName(code).isEmpty())
                r.fail(e, QStringLiteral("unknown country \"%1\": must be an ISO 3166-1 alpha-2 code such as \"IN\"").arg(e.toString()));
            else if (!c.destinationCountries.contains(code))
                c.destinationCountries << code;
        });
        strings(v["customer_tag"], QStringLiteral("a customer tag"), [&](const json::Value &e) {
            const QString tag = e.toString().trimmed();
            if (tag.isEmpty() || tag.size() > 100)
                r.fail(e, QStringLiteral("must be a tag of 1 to 100 characters"));
            else if (!c.customerTags.contains(tag, Qt::CaseInsensitive))
                c.customerTags << tag;
        });
    }

    QString userName(const json::Value &parent, const char *key)
    {
        const json::Value v = parent[key];
        const QString name = v.isString() ? v.toString().trimmed() : QString();
        if (v.isMissing())
            r.failMissing(parent, key, QStringLiteral("is required (a user name)"));
        else if (!userNamePattern().match(name).hasMatch())
            r.fail(v, QStringLiteral("must be a user name: 1 to 64 letters, digits, '.', '_', '@' or '-'"));
        return name;
    }

    void action(const json::Value &v, QList<AutomationAction> &actions)
    {
        if (!v.isObject()) {
            r.fail(v, QStringLiteral("must be an object, not %1").arg(v.typeName()));
            return;
        }
        const json::Value type = v["type"];
        const int kind = type.isString() ? indexOf(ActionCodes, type.stringView()) : -1;
        if (type.isMissing()) {
            r.failMissing(v, "type", QStringLiteral("is required: one of %1").arg(quoted(codeList(ActionCodes))));
            return;
        }
        if (kind < 0) {
            r.fail(type, QStringLiteral("must be one of %1").arg(quoted(codeList(ActionCodes))));
            return;
        }
        AutomationAction a;
        a.kind = static_cast<AutomationActionKind>(kind);
        const QString what = QStringLiteral("a \"%1\" action").arg(type.toString());
        switch (a.kind) {
        case AutomationActionKind::Notify: {
            if (!r.object(v, {"type", "template", "channel"}, what))
                return;
            if (v["template"].isMissing())
                r.failMissing(v, "template", QStringLiteral("is required (the template's name)"));
            a.templateName = r.text(v["template"], 100).value_or(QString());
            const json::Value channel = v["channel"];
            if (channel.isMissing())
                r.failMissing(v, "channel", QStringLiteral("is required: one of %1").arg(quoted(codeList(Channels))));
            else if (!channel.isString() || indexOf(Channels, channel.stringView()) < 0)
                r.fail(channel, QStringLiteral("must be one of %1").arg(quoted(codeList(Channels))));
            else
                a.channel = channel.toString();
            break;
        }
        case AutomationActionKind::Reattempt:
            if (!r.object(v, {"type", "in_days"}, what))
                return;
            a.inDays = r.integer(v["in_days"], 0, AutomationRules::MaxDays).value_or(1);
            break;
        case AutomationActionKind::ReturnToOrigin:
            if (!r.object(v, {"type", "after_attempts"}, what))
                return;
            a.afterAttempts = r.integer(v["after_attempts"], 0, AutomationRules::MaxCount).value_or(0);
            break;
        case AutomationActionKind::Assign:
            if (!r.object(v, {"type", "to"}, what))
                return;
            a.to = userName(v, "to");
            break;
        case AutomationActionKind::Escalate:
            if (!r.object(v, {"type", "to", "note"}, what))
                return;
            a.to = userName(v, "to");
            a.text = r.text(v["note"], 500).value_or(QString());
            break;
        case AutomationActionKind::Note:
            if (!r.object(v, {"type", "text"}, what))
                return;
            if (v["text"].isMissing())
                r.failMissing(v, "text", QStringLiteral("is required (the note's text)"));
            a.text = r.text(v["text"], 2000).value_or(QString());
            break;
        }
        actions << a;
    }
};

void writeList(json::Writer &writer, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    writer.key(key).beginArray();
    for (const QString &v : values)
        writer.value(v);
    writer.endArray();
}

template <typename T, typename Code> QStringList codesOf(const QList<T> &values, Code code)
{
    QStringList codes;
    for (const T &v : values)
        codes << code(v);
    return codes;
}

void writeRange(json::Writer &writer, const char *key, const AutomationRange &range, const QString &currency = {})
{
    if (range.isAny())
        return;
    writer.key(key).beginObject();
    if (range.min)
        writer.key("min").value(*range.min);
    if (range.max)
        writer.key("max").value(*range.max);
    if (!currency.isEmpty())
        writer.key("currency").value(currency);
    writer.endObject();
}

bool anyTagIn(const QStringList &wanted, const QStringList &have)
{
    return std::any_of(wanted.begin(), wanted.end(), [&](const QString &t) { return have.contains(t, Qt::CaseInsensitive); });
}

} // namespace

QString automationTriggerCode(AutomationTriggerKind kind)
{
    return QLatin1String(TriggerCodes[static_cast<int>(kind)]);
}

QString automationActionCode(AutomationActionKind kind)
{
    return QLatin1String(ActionCodes[static_cast<int>(kind)]);
}

bool automationConditionMatches(const AutomationCondition &c, const AutomationSubject &s)
{
    if (c.needsException() && !s.exception)
        return false;
    if (!c.exceptionTypes.isEmpty() && !c.exceptionTypes.contains(s.exception->type))
        return false;
    if (!c.ndrReasons.isEmpty() && !c.ndrReasons.contains(s.exception->reason))
        return false;
    return (c.carriers.isEmpty() || c.carriers.contains(s.carrier))
        && (c.services.isEmpty() || c.services.contains(s.service, Qt::CaseInsensitive))
        && (c.paymentModes.isEmpty() || c.paymentModes.contains(s.paymentMode)) && c.attempts.contains(s.attempts)
        && c.outForDelivery.contains(s.outForDelivery)
        && (c.orderValue.isAny() || ((c.orderCurrency.isEmpty() || c.orderCurrency == s.currency) && c.orderValue.contains(s.orderValueCents)))
        && (c.destinationCountries.isEmpty() || c.destinationCountries.contains(s.destinationCountry.toUpper()))
        && (c.customerTags.isEmpty() || anyTagIn(c.customerTags, s.customerTags));
}

bool AutomationRules::isActive() const
{
    return enabled && std::any_of(rules.begin(), rules.end(), [](const AutomationRule &r) { return r.enabled; });
}

QList<const AutomationRule *> AutomationRules::runOrder() const
{
    QList<const AutomationRule *> order;
    if (!enabled)
        return order;
    for (const AutomationRule &rule : rules)
        if (rule.enabled)
            order << &rule;
    std::stable_sort(order.begin(), order.end(), [](const AutomationRule *a, const AutomationRule *b) { return a->priority < b->priority; });
    return order;
}

const AutomationRule *AutomationRules::rule(QStringView id) const
{
    for (const AutomationRule &r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

QByteArray AutomationRules::toJson() const
{
    json::Writer out;
    out.beginObject();
    out.key("version").value(FormatVersion);
    out.key("enabled").value(enabled);
    if (quietHours)
        out.key("quiet_hours").beginObject().key("start").value(QuietHours::textOf(quietHours->startMinute))
            .key("end").value(QuietHours::textOf(quietHours->endMinute)).endObject();
    if (rateLimit.messages > 0)
        out.key("rate_limit").beginObject().key("messages").value(rateLimit.messages).key("hours").value(rateLimit.hours).endObject();
    out.key("rules").beginArray();
    for (const AutomationRule &rule : rules) {
        out.beginObject().key("id").value(rule.id).key("name").value(rule.name).key("enabled").value(rule.enabled)
            .key("priority").value(rule.priority);
        const AutomationTrigger &t = rule.trigger;
        out.key("trigger").beginObject().key("on").value(automationTriggerCode(t.kind));
        switch (t.kind) {
        case AutomationTriggerKind::TagReached:
            if (t.tag)
                out.key("tag").value(tagCode(*t.tag));
            if (t.subtag)
                out.key("subtag").value(subtagCode(*t.subtag));
            break;
        case AutomationTriggerKind::ExceptionOpened:
            break;
        case AutomationTriggerKind::ExceptionEscalated:
            out.key("priority").value(t.priority);
            break;
        case AutomationTriggerKind::SlaBreached:
            out.key("sla").value(t.sla == SlaDeadline::FirstAction ? "first_action" : "resolve");
            break;
        case AutomationTriggerKind::ReturnStatus:
            if (t.returnStatus)
                out.key("status").value(returnStatusCode(*t.returnStatus));
            break;
        case AutomationTriggerKind::TimeInState:
            if (t.tag)
                out.key("tag").value(tagCode(*t.tag));
            out.key("hours").value(t.hours).key("without_action").value(t.withoutAction);
            break;
        }
        out.endObject();
        const AutomationCondition &c = rule.conditions;
        out.key("conditions").beginObject();
        writeList(out, "carrier", c.carriers);
        writeList(out, "service", c.services);
        writeList(out, "exception_type", codesOf(c.exceptionTypes, exceptionTypeCode));
        writeList(out, "ndr_reason", codesOf(c.ndrReasons, ndrReasonCode));
        writeList(out, "payment_mode", codesOf(c.paymentModes, paymentModeCode));
        writeRange(out, "attempts", c.attempts);
        writeRange(out, "out_for_delivery", c.outForDelivery);
        writeRange(out, "order_value", c.orderValue, c.orderCurrency);
        writeList(out, "destination_country", c.destinationCountries);
        writeList(out, "customer_tag", c.customerTags);
        out.endObject();
        out.key("actions").beginArray();
        for (const AutomationAction &a : rule.actions) {
            out.beginObject().key("type").value(automationActionCode(a.kind));
            switch (a.kind) {
            case AutomationActionKind::Notify:
                out.key("template").value(a.templateName).key("channel").value(a.channel);
                break;
            case AutomationActionKind::Reattempt:
                out.key("in_days").value(a.inDays);
                break;
            case AutomationActionKind::ReturnToOrigin:
                out.key("after_attempts").value(a.afterAttempts);
                break;
            case AutomationActionKind::Assign:
                out.key("to").value(a.to);
                break;
            case AutomationActionKind::Escalate:
                out.key("to").value(a.to);
                if (!a.text.isEmpty())
                    out.key("note").value(a.text);
                break;
            case AutomationActionKind::Note:
                out.key("text").value(a.text);
                break;
            }
            out.endObject();
        }
        out.endArray().endObject();
    }
    out.endArray();
    out.endObject();
    return out.take();
}

std::optional<AutomationRules> AutomationRules::fromJson(QByteArrayView json, QList<FieldError> *errors)
{
    return SettingsReader::readDocument<RulesReader, json::Parser>(json, errors);
}

} // namespace ct
