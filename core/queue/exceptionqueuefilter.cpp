// SPDX-License-Identifier: MIT
#include "exceptionqueuefilter.h"

#include "domain/codetable.h"
#include "geo/countries.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "queuefilterjson.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace ct {

namespace {

constexpr std::array<detail::CodeLabel, QueueStatusCount> StatusTexts = {{
    {"open", "Open"},
    {"snoozed", "Snoozed"},
    {"resolved", "Resolved"},
}};

constexpr std::array<detail::CodeLabel, SlaStateCount> SlaTexts = {{
    {"breached", "Breached"},
    {"due_soon", "Due soon"},
    {"on_track", "On track"},
}};

constexpr int MaxDueWithinHours = 24 * 30;


QString instantText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace

QString queueStatusCode(QueueStatus status)
{
    return QString::fromLatin1(detail::entry(StatusTexts, status).code);
}

std::optional<QueueStatus> queueStatusFromCode(QStringView code)
{
    return detail::enumFromCode<QueueStatus>(StatusTexts, code);
}

QString slaStateCode(SlaState state)
{
    return QString::fromLatin1(detail::entry(SlaTexts, state).code);
}

std::optional<SlaState> slaStateFromCode(QStringView code)
{
    return detail::enumFromCode<SlaState>(SlaTexts, code);
}

QByteArray ExceptionQueueFilter::toJson() const
{
    const ExceptionQueueFilter defaults;
    json::Writer w;
    w.beginObject();
    queue::writeCodes(w, "types", types, exceptionTypeCode);
    queue::writeCodes(w, "ndr_reasons", ndrReasons, ndrReasonCode);
    queue::writeCodes(w, "parties", parties, responsiblePartyCode);
    queue::writeTexts(w, "carriers", carriers);
    if (!services.isEmpty()) {
        w.key("services").beginArray();
        for (const CarrierService &s : services)
            w.beginObject().key("carrier").value(s.carrier).key("service").value(s.service).endObject();
        w.endArray();
    }
    if (statuses != defaults.statuses) {
        w.key("statuses").beginArray();
        for (QueueStatus status : statuses)
            w.value(queueStatusCode(status));
        w.endArray();
    }
    if (assignedToMe || unassigned || !agents.isEmpty()) {
        w.key("assignee").beginObject();
        if (assignedToMe)
            w.key("mine").value(true);
        if (unassigned)
            w.key("unassigned").value(true);
        queue::writeTexts(w, "agents", agents);
        w.endObject();
    }
    if (!slaStates.isEmpty() || dueWithinHours != defaults.dueWithinHours) {
        w.key("sla").beginObject();
        queue::writeCodes(w, "states", slaStates, slaStateCode);
        w.key("due_within_hours").value(dueWithinHours);
        w.endObject();
    }
    queue::writeRange(w, "priority", priorityBand, "min", "max");
    if (openedAtMs.isSet()) {
        w.key("opened").beginObject();
        if (openedAtMs.min)
            w.key("from").value(instantText(*openedAtMs.min));
        if (openedAtMs.max)
            w.key("to").value(instantText(*openedAtMs.max));
        w.endObject();
    }
    queue::writeCodes(w, "payment_modes", paymentModes, paymentModeCode);
    queue::writeRange(w, "attempts", attempts, "min", "max");
    if (orderValueCents.isSet() || !orderValueCurrency.isEmpty()) {
        w.key("order_value").beginObject();
        if (orderValueCents.min)
            w.key("min_cents").value(*orderValueCents.min);
        if (orderValueCents.max)
            w.key("max_cents").value(*orderValueCents.max);
        if (!orderValueCurrency.isEmpty())
            w.key("currency").value(orderValueCurrency);
        w.endObject();
    }
    queue::writeTexts(w, "destination_countries", destinationCountries);
    if (!search.isEmpty())
        w.key("search").value(search);
    w.endObject();
    return w.take();
}

std::optional<ExceptionQueueFilter> ExceptionQueueFilter::fromJson(const json::Value &value, QList<FieldError> *errors)
{
    QList<FieldError> found;
    queue::FilterReader read(found);
    ExceptionQueueFilter f;
    if (!read.object(value, {"types", "ndr_reasons", "parties", "carriers", "services", "statuses", "assignee", "sla",
                             "priority", "opened", "payment_modes", "attempts", "order_value",
                             "destination_countries", "search"},
                     "a queue filter")) {
        if (errors)
            *errors = found;
        return std::nullopt;
    }
    f.types = read.codes<ExceptionType>(value["types"], exceptionTypeFromCode, "an exception type");
    f.ndrReasons = read.codes<NdrReason>(value["ndr_reasons"], ndrReasonFromCode, "an NDR reason");
    f.parties = read.codes<ResponsibleParty>(value["parties"], responsiblePartyFromCode, "a responsible party");
    f.carriers = read.texts(value["carriers"], 64);
    f.services = read.list<CarrierService>(value["services"], [&](const json::Value &element) -> std::optional<CarrierService> {
        if (!read.object(element, {"carrier", "service"}, "a service"))
            return std::nullopt;
        const QString carrier = element["carrier"].toString().trimmed();
        const QString service = element["service"].toString().trimmed();
        if (!element["carrier"].isString() || carrier.isEmpty())
            read.error(element["carrier"], QStringLiteral("must be a carrier code"));
        if (!element["service"].isString() || service.isEmpty())
            read.error(element["service"], QStringLiteral("must be the service's name"));
        if (carrier.isEmpty() || service.isEmpty())
            return std::nullopt;
        return CarrierService{carrier, service};
    });
    if (!value["statuses"].isMissing())
        f.statuses = read.codes<QueueStatus>(value["statuses"], queueStatusFromCode, "a queue status (open, snoozed, resolved)");
    if (const json::Value assignee = value["assignee"]; !assignee.isAbsent()
        && read.object(assignee, {"mine", "unassigned", "agents"}, "an assignee filter")) {
        for (auto [key, flag] : {std::pair{"mine", &f.assignedToMe}, std::pair{"unassigned", &f.unassigned}}) {
            const json::Value field = assignee[key];
            if (field.isAbsent())
                continue;
            if (!field.isBool())
                read.error(field, QStringLiteral("must be true or false"));
            else
                *flag = field.toBool().value_or(false);
        }
        f.agents = read.texts(assignee["agents"], 64);
    }
    if (const json::Value sla = value["sla"]; !sla.isAbsent() && read.object(sla, {"states", "due_within_hours"}, "an SLA filter")) {
        f.slaStates = read.codes<SlaState>(sla["states"], slaStateFromCode, "an SLA state (breached, due_soon, on_track)");
        if (const auto hours = read.integer(sla["due_within_hours"], 1, MaxDueWithinHours))
            f.dueWithinHours = static_cast<int>(*hours);
    }
    f.priorityBand = read.range<int>(value["priority"], "min", "max", 1, 4);
    if (const json::Value opened = value["opened"]; !opened.isAbsent() && read.object(opened, {"from", "to"}, "a date range")) {
        f.openedAtMs.min = read.instant(opened["from"]);
        f.openedAtMs.max = read.instant(opened["to"]);
        read.inverted(opened, f.openedAtMs);
    }
    f.paymentModes = read.codes<PaymentMode>(value["payment_modes"], paymentModeFromCode, "a payment mode (unknown, prepaid, cod)");
    f.attempts = read.range<int>(value["attempts"], "min", "max", 0, 99);
    if (const json::Value orderValue = value["order_value"];
        !orderValue.isAbsent() && read.object(orderValue, {"min_cents", "max_cents", "currency"}, "an order value range")) {
        f.orderValueCents.min = read.integer(orderValue["min_cents"], 0, 1'000'000'000'000);
        f.orderValueCents.max = read.integer(orderValue["max_cents"], 0, 1'000'000'000'000);
        read.inverted(orderValue, f.orderValueCents);
        f.orderValueCurrency = read.currency(orderValue["currency"]);
    }
    f.destinationCountries = read.list<QString>(value["destination_countries"], [&](const json::Value &element) -> std::optional<QString> {
        const QString code = element.isString() ? element.toString() : QString();
        if (code.size() != 2 || code != code.toUpper() || geo::countryName(code).isEmpty()) {
            read.error(element, QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(element.toString()));
            return std::nullopt;
        }
        return code;
    });
    if (const json::Value search = value["search"]; !search.isAbsent()) {
        if (!search.isString() || search.toString().size() > 200)
            read.error(search, QStringLiteral("must be a string of at most 200 characters"));
        else
            f.search = search.toString().trimmed();
    }
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return f;
}

std::optional<ExceptionQueueFilter> ExceptionQueueFilter::fromJson(const QByteArray &text, QList<FieldError> *errors)
{
    json::Parser parser;
    const std::optional<json::Value> root = queue::parseDocument(parser, text, errors);
    if (!root)
        return std::nullopt;
    return fromJson(*root, errors);
}

} // namespace ct
