// SPDX-License-Identifier: MIT
#include "exceptionqueuefilter.h"

#include "domain/codetable.h"
#include "geo/countries.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "queuejson.h"

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

// Reads a JSON document's fields into a filter, collecting located errors.
class FilterReader final
{
public:
    explicit FilterReader(QList<FieldError> &errors) : m_errors(errors) {}

    void error(const json::Value &at, const QString &detail) { m_errors << FieldError{queue::location(at), detail}; }

    // Checks that `object` is an object with no member outside `known`.
    bool object(const json::Value &object, std::initializer_list<const char *> known, const char *what)
    {
        if (!object.isObject()) {
            error(object, QStringLiteral("must be an object %1, not %2").arg(QLatin1String(what), object.typeName()));
            return false;
        }
        for (const auto &member : object.members()) {
            const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *name) {
                return member.key == std::string_view(name);
            });
            if (!isKnown)
                m_errors << FieldError{queue::memberLocation(object, member.key),
                                       QStringLiteral("is not a field of %1").arg(QLatin1String(what))};
        }
        return true;
    }

    // A list of strings, each turned into a T by `parse` (nullopt: an error at the element).
    template<typename T>
    QList<T> list(const json::Value &value, const std::function<std::optional<T>(const json::Value &)> &parse)
    {
        QList<T> out;
        if (value.isAbsent())
            return out;
        if (!value.isArray()) {
            error(value, QStringLiteral("must be an array, not %1").arg(value.typeName()));
            return out;
        }
        for (const json::Value &element : value.elements()) {
            if (auto item = parse(element))
                out.append(std::move(*item));
        }
        return out;
    }

    // A list of codes of an enum.
    template<typename E>
    QList<E> codes(const json::Value &value, std::optional<E> (*fromCode)(QStringView), const char *what)
    {
        return list<E>(value, [&](const json::Value &element) -> std::optional<E> {
            const std::optional<E> code = element.isString() ? fromCode(element.toString()) : std::nullopt;
            if (!code)
                error(element, QStringLiteral("\"%1\" is not %2").arg(element.toString(), QLatin1String(what)));
            return code;
        });
    }

    QStringList texts(const json::Value &value, int maxLength)
    {
        return list<QString>(value, [&](const json::Value &element) -> std::optional<QString> {
            const QString text = element.isString() ? element.toString().trimmed() : QString();
            if (!element.isString() || text.isEmpty() || text.size() > maxLength) {
                error(element, QStringLiteral("must be a non-empty string of at most %1 characters").arg(maxLength));
                return std::nullopt;
            }
            return text;
        });
    }

    std::optional<qint64> integer(const json::Value &value, qint64 lo, qint64 hi)
    {
        if (value.isAbsent())
            return std::nullopt;
        const std::optional<qint64> number = value.isNumber() ? value.toInt() : std::nullopt;
        if (!number || *number < lo || *number > hi) {
            error(value, QStringLiteral("must be a whole number from %1 to %2").arg(lo).arg(hi));
            return std::nullopt;
        }
        return number;
    }

    std::optional<qint64> instant(const json::Value &value)
    {
        if (value.isAbsent())
            return std::nullopt;
        const std::optional<qint64> at = value.isString() ? EditCatalog::parseInstant(value.toString()) : std::nullopt;
        if (!at)
            error(value, QStringLiteral("must be an ISO 8601 instant with its offset, such as \"2026-06-01T00:00:00Z\""));
        return at;
    }

    template<typename T>
    QueueRange<T> range(const json::Value &value, const char *minKey, const char *maxKey, qint64 lo, qint64 hi)
    {
        QueueRange<T> out;
        if (value.isAbsent() || !object(value, {minKey, maxKey}, "range"))
            return out;
        if (const auto min = integer(value[minKey], lo, hi))
            out.min = static_cast<T>(*min);
        if (const auto max = integer(value[maxKey], lo, hi))
            out.max = static_cast<T>(*max);
        inverted(value, out);
        return out;
    }

    template<typename T>
    void inverted(const json::Value &value, const QueueRange<T> &out)
    {
        if (out.min && out.max && *out.min > *out.max)
            error(value, QStringLiteral("the range is empty: its minimum is above its maximum"));
    }

private:
    QList<FieldError> &m_errors;
};

template<typename E>
void writeCodes(json::Writer &w, const char *key, const QList<E> &values, QString (*code)(E))
{
    if (values.isEmpty())
        return;
    w.key(key).beginArray();
    for (E value : values)
        w.value(code(value));
    w.endArray();
}

void writeTexts(json::Writer &w, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    w.key(key).beginArray();
    for (const QString &value : values)
        w.value(value);
    w.endArray();
}

template<typename T>
void writeRange(json::Writer &w, const char *key, const QueueRange<T> &range, const char *minKey, const char *maxKey)
{
    if (!range.isSet())
        return;
    w.key(key).beginObject();
    if (range.min)
        w.key(minKey).value(static_cast<qint64>(*range.min));
    if (range.max)
        w.key(maxKey).value(static_cast<qint64>(*range.max));
    w.endObject();
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
    writeCodes(w, "types", types, exceptionTypeCode);
    writeCodes(w, "ndr_reasons", ndrReasons, ndrReasonCode);
    writeCodes(w, "parties", parties, responsiblePartyCode);
    writeTexts(w, "carriers", carriers);
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
        writeTexts(w, "agents", agents);
        w.endObject();
    }
    if (!slaStates.isEmpty() || dueWithinHours != defaults.dueWithinHours) {
        w.key("sla").beginObject();
        writeCodes(w, "states", slaStates, slaStateCode);
        w.key("due_within_hours").value(dueWithinHours);
        w.endObject();
    }
    writeRange(w, "priority", priorityBand, "min", "max");
    if (openedAtMs.isSet()) {
        w.key("opened").beginObject();
        if (openedAtMs.min)
            w.key("from").value(instantText(*openedAtMs.min));
        if (openedAtMs.max)
            w.key("to").value(instantText(*openedAtMs.max));
        w.endObject();
    }
    writeCodes(w, "payment_modes", paymentModes, paymentModeCode);
    writeRange(w, "attempts", attempts, "min", "max");
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
    writeTexts(w, "destination_countries", destinationCountries);
    if (!search.isEmpty())
        w.key("search").value(search);
    w.endObject();
    return w.take();
}

std::optional<ExceptionQueueFilter> ExceptionQueueFilter::fromJson(const json::Value &value, QList<FieldError> *errors)
{
    QList<FieldError> found;
    FilterReader read(found);
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
        static const QRegularExpression Iso4217(QStringLiteral("^[A-Z]{3}$"));
        if (const json::Value currency = orderValue["currency"]; !currency.isAbsent()) {
            if (!currency.isString() || !Iso4217.match(currency.toString()).hasMatch())
                read.error(currency, QStringLiteral("must be an ISO 4217 code such as \"INR\""));
            else
                f.orderValueCurrency = currency.toString();
        }
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
    json::Parser::Error parseError;
    const std::optional<json::Value> root = parser.parse(text.constData(), text.size(), &parseError);
    if (!root) {
        int line = 0, column = 0;
        json::lineAndColumn(text.constData(), text.size(), parseError.offset, line, column);
        if (errors)
            *errors = {FieldError{QString(), QStringLiteral("not valid JSON: %1 (line %2, column %3)")
                                                 .arg(parseError.message).arg(line).arg(column)}};
        return std::nullopt;
    }
    return fromJson(*root, errors);
}

} // namespace ct
