// SPDX-License-Identifier: MIT
#include "parsecontext.h"

#include "domain/carriers.h"
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

std::optional<QString> ParseContext::requiredText(const json::Value &object, const char *key)
{
    const json::Value v = object[key];
    if (v.isAbsent()) {
        error(v, QStringLiteral("required field is missing"));
        return std::nullopt;
    }
    if (!v.isString() && !v.isNumber()) {
        error(v, QStringLiteral("expected a string, found %1").arg(v.typeName()));
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
    if (raw.isEmpty())
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
        const QString alpha2 = geo::countryAlpha2(field.stringView());
        if (!alpha2.isEmpty())
            return alpha2;
    }
    const QString text = field.text();
    if (text.isEmpty())
        return {};
    const QString alpha2 = geo::countryAlpha2(text);
    if (alpha2.isEmpty())
        warning(field, QStringLiteral("unknown country \"%1\" ignored").arg(text));
    return alpha2;
}

void ParseContext::setStatus(TrackingEvent &event, std::optional<Subtag> mapped,
                             const json::Value &codeField)
{
    setStatus(event, mapped, codeField.path());
}

void ParseContext::setStatus(TrackingEvent &event, std::optional<Subtag> mapped,
                             const QString &codeField)
{
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
        return;
    }
    std::stable_sort(shipment.events.begin(), shipment.events.end(),
                     [](const TrackingEvent &a, const TrackingEvent &b) {
                         return a.occurredAt.utcMs < b.occurredAt.utcMs;
                     });
    if (!shipment.events.isEmpty()) {
        const TrackingEvent &latest = shipment.events.constLast();
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
    m_shipments.append(std::move(shipment));
    m_rawParts.append(raw);
}

} // namespace ct
