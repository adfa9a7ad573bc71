// SPDX-License-Identifier: MIT
#include "parsecontext.h"

#include "domain/carriers.h"
#include "domain/statuslatch.h"
#include "domesticcountry.h"
#include "locationtext.h"
#include "placeholdervalues.h"
#include "geo/countries.h"
#include "geo/timezoneresolver.h"
#include "statusphrases.h"

#include <algorithm>

namespace ct {

ParseContext::ParseContext(QString source, int record, int line, geo::TimeZoneResolver &timeZones)
    : m_source(std::move(source)), m_record(record), m_line(line), m_timeZones(timeZones)
{
}

void ParseContext::report(FeedIssue::Severity severity, const QString &field, const QString &message)
{
    FeedIssue issue;
    issue.severity = severity;
    issue.source = m_source;
    issue.record = m_record;
    issue.line = m_line;
    issue.field = field;
    issue.message = message;
    m_issues.append(std::move(issue));
    if (severity == FeedIssue::Severity::Error)
        ++m_errors;
}

void ParseContext::error(const json::Value &at, const QString &message)
{
    report(FeedIssue::Severity::Error, at.path(), message);
}

void ParseContext::warning(const json::Value &at, const QString &message)
{
    report(FeedIssue::Severity::Warning, at.path(), message);
}

void ParseContext::notFound(const json::Value &at, const QString &trackingNumber,
                            const QString &carrierMessage)
{
    notFound(at.path(), trackingNumber, carrierMessage);
}

void ParseContext::error(const QString &field, const QString &message)
{
    report(FeedIssue::Severity::Error, field, message);
}

void ParseContext::warning(const QString &field, const QString &message)
{
    report(FeedIssue::Severity::Warning, field, message);
}

void ParseContext::notFound(const QString &field, const QString &trackingNumber,
                            const QString &carrierMessage)
{
    ++m_notFound;
    QString message = trackingNumber.isEmpty()
                          ? QStringLiteral("tracking number not found")
                          : QStringLiteral("tracking number %1 not found").arg(trackingNumber);
    if (!carrierMessage.isEmpty())
        message += QStringLiteral(" (carrier says: \"%1\")").arg(carrierMessage);
    report(FeedIssue::Severity::Notice, field, message);
}

bool ParseContext::errorBesideData(const json::Value &errorField, const QString &carrierMessage,
                                   std::initializer_list<json::Value> data)
{
    return errorBesideData(errorField, carrierMessage, std::span<const json::Value>(data.begin(), data.size()));
}

bool ParseContext::errorBesideData(const json::Value &errorField, const QString &carrierMessage,
                                   std::span<const json::Value> data)
{
    if (PlaceholderValues::isEmptyContainer(errorField)) {
        placeholder(errorField); // "error": {} in a documentation example is no error
        return true;
    }
    const bool hasData = std::any_of(data.begin(), data.end(), [](const json::Value &v) {
        return (v.isArray() || v.isObject()) && v.size() > 0;
    });
    if (!hasData)
        return false;
    warning(errorField, QStringLiteral("the carrier reported an error beside tracking data; the data is kept "
                                       "(carrier says: \"%1\")")
                            .arg(carrierMessage));
    return true;
}

std::optional<QString> ParseContext::requiredText(const json::Value &object, const char *key)
{
    return requiredValue(object[key]);
}

std::optional<QString> ParseContext::requiredValue(const json::Value &v)
{
    if (v.isAbsent()) {
        error(v, QStringLiteral("required field is missing"));
        return std::nullopt;
    }
    if (!v.isString() && !v.isNumber()) {
        error(v, QStringLiteral("expected a string, found %1").arg(v.typeName()));
        return std::nullopt;
    }
    // "string" or X's; zeros are a number ("000000000000" is a test number some carriers know).
    if (v.isString() && PlaceholderValues::isPlaceholderCode(v.toString())) {
        error(v, QStringLiteral("required field holds the placeholder \"%1\"").arg(v.toString().trimmed()));
        return std::nullopt;
    }
    QString text = v.text();
    if (text.isEmpty()) {
        error(v, QStringLiteral("required field is empty"));
        return std::nullopt;
    }
    return text;
}

ParseContext::EventTime ParseContext::eventTime(const DateTimeText &text, QStringView country,
                                                QStringView state, QStringView fallbackCountry)
{
    if (text.hasOffset) {
        const qint64 localMs =
            daysFromCivil(text.date.year(), text.date.month(), text.date.day()) * MsPerDay
            + text.msOfDay;
        const qint64 utcMs = localMs - text.offsetMinutes * MsPerMinute;
        int offset = text.offsetMinutes;
        // A time given in UTC happened somewhere: keep the place's own offset when its
        // zone is certain, so the timeline reads in local time.
        if (offset == 0) {
            // A place naming a state but no country is read in the fallback country.
            const QStringView placeCountry = country.isEmpty() && !state.isEmpty() ? fallbackCountry : country;
            if (const auto local = m_timeZones.localOffsetAt(utcMs, placeCountry, state))
                offset = *local;
        }
        return {Timestamp{utcMs, static_cast<qint16>(offset)}, false};
    }
    const auto resolved =
        m_timeZones.resolve(text.date, text.msOfDay, country, state, fallbackCountry);
    return {resolved.timestamp, resolved.assumed};
}

std::optional<ParseContext::EventTime> ParseContext::eventTime(const json::Value &field,
                                                               QStringView country,
                                                               QStringView state,
                                                               QStringView fallbackCountry)
{
    if (field.isAbsent()) {
        error(field, QStringLiteral("required timestamp is missing"));
        return std::nullopt;
    }
    if (placeholderDate(field))
        return std::nullopt; // noted; the event has no time to stand at
    if (!field.isString()) {
        error(field, QStringLiteral("expected an ISO 8601 timestamp string, found %1")
                         .arg(field.typeName()));
        return std::nullopt;
    }
    const auto text = parseIsoDateTime(field.stringView());
    if (!text || !text->hasTime) {
        error(field, QStringLiteral("invalid timestamp \"%1\" (expected ISO 8601 date and time)")
                         .arg(field.toString()));
        return std::nullopt;
    }
    return eventTime(*text, country, state, fallbackCountry);
}

std::optional<ParseContext::EventTime> ParseContext::eventTime(const json::Value &field,
                                                               const TrackingEvent &event,
                                                               const ShipmentRecord &shipment)
{
    QString fallback = shipment.destination.country;
    if (fallback.isEmpty())
        fallback = shipment.origin.country;
    if (fallback.isEmpty())
        fallback = carrierHomeCountry(shipment.carrier);
    return eventTime(field, event.country, event.state, fallback);
}

bool ParseContext::location(const json::Value &field, Address &address)
{
    if (field.isAbsent())
        return true;
    if (!field.isObject()) {
        error(field, QStringLiteral("expected a location object, found %1").arg(field.typeName()));
        return false;
    }
    address.city = field["city"].text();
    address.state = field["state"].text();
    address.postalCode = field["zip"].text();
    address.country = country(field["country"]);
    return true;
}

DeliveryEstimate ParseContext::deliveryEstimate(const json::Value &field, QStringView country,
                                                QStringView state)
{
    if (field.isAbsent())
        return {};
    const QString raw = field.text();
    if (raw.isEmpty() || placeholderDate(field))
        return {};
    const auto text = field.isString() ? parseIsoDateTime(field.stringView()) : std::nullopt;
    if (!text) {
        warning(field, QStringLiteral("unreadable delivery estimate \"%1\" ignored").arg(raw));
        return {};
    }
    DeliveryEstimate estimate;
    estimate.date = text->date;
    if (text->hasTime) {
        const EventTime t = eventTime(*text, country, state);
        estimate.hasTime = true;
        estimate.at = t.at;
        estimate.date = t.at.localDate();
    }
    return estimate;
}

QString ParseContext::country(const json::Value &field)
{
    if (field.isString()) {
        // The usual case, an ISO code, is answered straight from the bytes.
        // "st" is São Tomé's code in lower case, and a schema's "string" cut to two letters.
        const QString alpha2 = geo::countryAlpha2(field.stringView());
        if (!alpha2.isEmpty() && field.stringView() != "st")
            return alpha2;
    }
    const QString text = field.text();
    if (text.isEmpty() || placeholder(field))
        return {};
    const QString alpha2 = geo::countryAlpha2(text);
    if (alpha2.isEmpty())
        warning(field, QStringLiteral("unknown country \"%1\" ignored").arg(text));
    return alpha2;
}

void ParseContext::notePlaceholder(const QString &field, const QString &value)
{
    if (m_placeholderPaths.contains(field))
        return; // read twice (alternative members), noted once
    m_placeholderPaths.append(field);
    m_placeholders.append(QStringLiteral("%1 %2").arg(field, value));
}

void ParseContext::placeholderRead(const json::Value &value)
{
    notePlaceholder(value.path(), QString::fromUtf8(value.minified()));
}

bool ParseContext::placeholder(const json::Value &field)
{
    if (PlaceholderValues::isEmptyContainer(field)) {
        notePlaceholder(field.path(), QString::fromUtf8(field.minified()));
        return true;
    }
    if (field.isString() && PlaceholderValues::isPlaceholderText(field.toString())) {
        notePlaceholder(field.path(), QString::fromUtf8(field.minified()));
        return true;
    }
    return false;
}

bool ParseContext::placeholderDate(const json::Value &field)
{
    if (!PlaceholderValues::isPlaceholderDate(field))
        return false;
    notePlaceholder(field.path(), QString::fromUtf8(field.minified()));
    return true;
}

void ParseContext::reportPlaceholders(const QString &trackingNumber, const QString &at)
{
    if (m_placeholders.isEmpty())
        return;
    constexpr qsizetype Listed = 8;
    QStringList listed = m_placeholders.mid(0, Listed);
    if (m_placeholders.size() > Listed)
        listed.append(QStringLiteral("and %1 more").arg(m_placeholders.size() - Listed));
    QString message = QStringLiteral("%1 placeholder value%2 read as absent: %3")
                          .arg(m_placeholders.size())
                          .arg(m_placeholders.size() == 1 ? QString() : QStringLiteral("s"),
                               listed.join(QStringLiteral(", ")));
    if (!trackingNumber.isEmpty())
        message = QStringLiteral("shipment %1: ").arg(trackingNumber) + message;
    report(FeedIssue::Severity::Warning, at.isEmpty() ? m_placeholderPaths.constFirst() : at, message);
    m_placeholders.clear();
    m_placeholderPaths.clear();
}

namespace {

// The event's wall-clock time read again at a place learnt after it was read (a split
// place string, an inferred country), when the first reading was a guess.
void rereadAssumedTime(TrackingEvent &event, geo::TimeZoneResolver &zones)
{
    if (!event.timeAssumed || event.country.isEmpty())
        return;
    const qint64 localMs = event.occurredAt.utcMs + event.occurredAt.offsetMinutes * MsPerMinute;
    const qint64 day = localMs >= 0 ? localMs / MsPerDay : (localMs - MsPerDay + 1) / MsPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    const auto resolved = zones.resolve(date, static_cast<int>(localMs - day * MsPerDay), event.country, event.state);
    if (resolved.assumed)
        return; // no better than before
    event.occurredAt = resolved.timestamp;
    event.timeAssumed = false;
}

// `city` split by LocationText into the empty fields beside it; nothing when a part it
// finds contradicts a field the feed filled.
bool splitPlace(QString &city, QString &state, QString &postalCode, QString &country, QStringView hint)
{
    if (city.isEmpty())
        return false;
    const bool alone = state.isEmpty() && postalCode.isEmpty() && country.isEmpty();
    if (!alone && !city.contains(QLatin1Char(',')) && !city.contains(QLatin1String(" - ")))
        return false;
    const auto parts = LocationText::split(city, country.isEmpty() ? hint : QStringView(country));
    if (!parts)
        return false;
    auto fits = [](const QString &given, const QString &found) {
        return given.isEmpty() || found.isEmpty() || given.compare(found, Qt::CaseInsensitive) == 0;
    };
    if (!fits(country, parts->country) || !fits(state, parts->state) || !fits(postalCode, parts->postalCode))
        return false;
    city = parts->city;
    if (state.isEmpty())
        state = parts->state;
    if (postalCode.isEmpty())
        postalCode = parts->postalCode;
    if (country.isEmpty())
        country = parts->country;
    return true;
}

} // namespace

void ParseContext::tidyPlaces(ShipmentRecord &shipment)
{
    // Named by the record's field: the warning is located at the shipment's part.
    auto clean = [&](QString &value, const QString &name) {
        if (!value.isEmpty() && PlaceholderValues::isPlaceholderText(value)) {
            notePlaceholder(name, QLatin1Char('"') + value + QLatin1Char('"'));
            value.clear();
        }
    };
    clean(shipment.service, QStringLiteral("service"));
    clean(shipment.carrierReference, QStringLiteral("carrier reference"));
    clean(shipment.masterTrackingNumber, QStringLiteral("master tracking number"));
    clean(shipment.order.orderId, QStringLiteral("order id"));
    clean(shipment.order.customerName, QStringLiteral("customer name"));
    clean(shipment.order.customerEmail, QStringLiteral("customer e-mail"));
    clean(shipment.order.customerPhone, QStringLiteral("customer phone"));
    const QString home = carrierHomeCountry(shipment.carrier);
    for (auto [address, name] : {std::pair{&shipment.origin, "origin"}, std::pair{&shipment.destination, "destination"}}) {
        clean(address->city, QLatin1String(name) + QLatin1String(" city"));
        clean(address->state, QLatin1String(name) + QLatin1String(" state"));
        clean(address->postalCode, QLatin1String(name) + QLatin1String(" postal code"));
        splitPlace(address->city, address->state, address->postalCode, address->country, home);
        if (address->country.isEmpty()) {
            address->country = DomesticCountry::infer(shipment.carrier, address->state, address->postalCode);
            address->countryInferred = !address->country.isEmpty();
        }
    }
    QString hint = shipment.destination.country;
    if (hint.isEmpty())
        hint = shipment.origin.country;
    if (hint.isEmpty())
        hint = home;
    for (qsizetype i = 0; i < shipment.events.size(); ++i) {
        TrackingEvent &e = shipment.events[i];
        const QString name = QStringLiteral("events[%1] ").arg(i);
        clean(e.description, name + QLatin1String("description"));
        clean(e.city, name + QLatin1String("city"));
        clean(e.state, name + QLatin1String("state"));
        clean(e.postalCode, name + QLatin1String("postal code"));
        bool placed = splitPlace(e.city, e.state, e.postalCode, e.country, hint);
        if (e.country.isEmpty() && !e.countryInferred) {
            e.country = DomesticCountry::infer(shipment.carrier, e.state, e.postalCode);
            e.countryInferred = !e.country.isEmpty();
            placed = placed || e.countryInferred;
        }
        if (placed)
            rereadAssumedTime(e, m_timeZones);
    }
}

void ParseContext::setStatus(TrackingEvent &event, std::optional<Subtag> mapped,
                             const json::Value &codeField)
{
    setStatus(event, mapped, codeField.path());
}

void ParseContext::setStatus(TrackingEvent &event, std::optional<Subtag> mapped,
                             const QString &codeField)
{
    if (PlaceholderValues::isPlaceholderCode(event.rawCode)) {
        notePlaceholder(codeField, QLatin1Char('"') + event.rawCode + QLatin1Char('"'));
        event.rawCode.clear();
        mapped.reset();
    }
    if (mapped) {
        Subtag subtag = *mapped;
        if (subtag == Subtag::AttemptFail || subtag == Subtag::Exception) {
            if (const auto refined = refineByDescription(tagOf(subtag), event.description))
                subtag = *refined;
        }
        event.subtag = subtag;
        event.tag = tagOf(subtag);
        event.unmappedCode = false;
        return;
    }
    const Subtag subtag = classifyDescription(event.description).value_or(UnmappedCodeFallback);
    event.subtag = subtag;
    event.tag = tagOf(subtag);
    event.unmappedCode = true;
    ++m_unmapped;
    const QString message = event.rawCode.isEmpty()
                                ? QStringLiteral("missing status code (\"%1\") mapped to %2")
                                      .arg(event.description, subtagCode(subtag))
                                : QStringLiteral("unknown status code \"%1\" (\"%2\") mapped to %3")
                                      .arg(event.rawCode, event.description, subtagCode(subtag));
    report(FeedIssue::Severity::Warning, codeField, message);
}

void ParseContext::setRawPayload(ShipmentRecord &shipment, const json::Value &part)
{
    Q_UNUSED(shipment);
    m_pendingRaw = part;
}

void ParseContext::resolveRawPayloads(QByteArrayView recordBytes)
{
    reportPlaceholders(QString(), QString()); // those outside every shipment
    if (m_shipments.size() == 1 && !m_rawParts.constFirst().isMissing()) {
        m_shipments.first().rawPayload = recordBytes.toByteArray();
        return;
    }
    for (qsizetype i = 0; i < m_shipments.size(); ++i)
        m_shipments[i].rawPayload = m_rawParts.at(i).minified();
}

void ParseContext::addShipment(ShipmentRecord &&shipment, std::optional<Subtag> reported,
                               const json::Value &reportedField)
{
    addShipment(std::move(shipment), reported, reportedField.path());
}

void ParseContext::addShipment(ShipmentRecord &&shipment, std::optional<Subtag> reported,
                               const QString &reportedField)
{
    const json::Value raw = std::exchange(m_pendingRaw, json::Value());
    if (shipment.trackingNumber.isEmpty()) {
        error(reportedField, QStringLiteral("shipment without a tracking number skipped"));
        reportPlaceholders(QString(), QString());
        return;
    }
    tidyPlaces(shipment);
    std::stable_sort(shipment.events.begin(), shipment.events.end(),
                     [](const TrackingEvent &a, const TrackingEvent &b) {
                         return a.occurredAt.utcMs < b.occurredAt.utcMs;
                     });
    if (!shipment.events.isEmpty()) {
        // The status is the latest event's, unless a terminal state latched before it.
        const StatusLatch::Verdict verdict = StatusLatch::of(shipment.events);
        const TrackingEvent &latest = shipment.events.at(verdict.statusIndex);
        if (!verdict.conflict.isEmpty())
            report(FeedIssue::Severity::Warning, raw.isMissing() ? reportedField : raw.path(),
                   QStringLiteral("shipment %1: %2").arg(shipment.trackingNumber, verdict.conflict));
        shipment.tag = latest.tag;
        shipment.subtag = latest.subtag;
        if (reported && tagOf(*reported) != latest.tag) {
            shipment.statusConflict =
                QStringLiteral("summary status %1 contradicts the latest event (%2 at %3); "
                               "the events decide")
                    .arg(subtagCode(*reported), subtagCode(latest.subtag),
                         latest.occurredAt.toIsoString());
            warning(reportedField, shipment.statusConflict);
        }
    } else if (reported) {
        shipment.tag = tagOf(*reported);
        shipment.subtag = *reported;
    } else {
        shipment.tag = Tag::Pending;
        shipment.subtag = Subtag::PendingNoInformation;
    }
    reportPlaceholders(shipment.trackingNumber, raw.path());
    m_shipments.append(std::move(shipment));
    m_rawParts.append(raw);
}

} // namespace ct
