// SPDX-License-Identifier: MIT
#pragma once

#include "datetimetext.h"
#include "domain/shipmentrecord.h"
#include "feedissue.h"
#include "json/jsonvalue.h"
#include "json/placeholderobserver.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <span>
#include <utility>

namespace ct {

namespace geo {
class TimeZoneResolver;
}

// Everything an adapter needs while reading one record of a feed: located error
// reporting, the shared field readers (timestamps, countries, statuses) that make every
// adapter behave the same, and the place the finished shipments go.
class ParseContext final : private json::PlaceholderObserver
{
public:
    ParseContext(QString source, int record, int line, geo::TimeZoneResolver &timeZones);

    // --- reporting; the field is located by the value's path --------------------------
    void error(const json::Value &at, const QString &message);
    void warning(const json::Value &at, const QString &message);
    // The carrier does not know this tracking number (or returned an error for it).
    // Reported as a notice and counted; nothing is invented for it.
    void notFound(const json::Value &at, const QString &trackingNumber, const QString &carrierMessage);
    // The same, located by a field the caller names (the XML adapters: an element's path,
    // line and column).
    void error(const QString &field, const QString &message);
    void warning(const QString &field, const QString &message);
    void notFound(const QString &field, const QString &trackingNumber, const QString &carrierMessage);

    // An error element the carrier sent for an entry (`errorField`, with its words in
    // `carrierMessage`) beside `data` (the entry's events, status...). With real data
    // (a non-empty array or object) the entry is kept: the error is reported as a warning
    // and true returned, so the caller reads the entry. Without, false: the caller reports
    // the error as before (not found, or an error) and reads nothing. An empty error
    // element is a placeholder: noted, and the entry read.
    bool errorBesideData(const json::Value &errorField, const QString &carrierMessage,
                         std::initializer_list<json::Value> data);
    bool errorBesideData(const json::Value &errorField, const QString &carrierMessage,
                         std::span<const json::Value> data);

    // --- field readers -----------------------------------------------------------------
    // A string member that must be present and non-empty; reports "missing" or a wrong
    // type at the member and returns nullopt.
    std::optional<QString> requiredText(const json::Value &object, const char *key);
    // The same for a value already looked up (a carrier mapping's path).
    std::optional<QString> requiredValue(const json::Value &v);

    struct EventTime
    {
        Timestamp at;
        bool assumed = false;
    };
    // An ISO 8601 timestamp field. With an offset it is exact (a UTC time is re-expressed
    // in the place's offset when the place's zone is certain). Without one it is local
    // time at the place (country alpha-2, state), or at `fallbackCountry` (flagged
    // assumed), or UTC (flagged assumed). Reports a bad or missing value and returns nullopt.
    std::optional<EventTime> eventTime(const json::Value &field, QStringView country,
                                       QStringView state, QStringView fallbackCountry = {});
    // The same for an event of `shipment` whose place may name no country (aggregators
    // often leave it empty on domestic scans): the shipment's destination, else its
    // origin, else the carrier's home market stands in, with the event's state, and a
    // time without offset is then flagged as assumed.
    std::optional<EventTime> eventTime(const json::Value &field, const TrackingEvent &event,
                                       const ShipmentRecord &shipment);
    // The same for a date and time an adapter assembled itself (split fields).
    EventTime eventTime(const DateTimeText &text, QStringView country, QStringView state,
                        QStringView fallbackCountry = {});
    // An optional date or date-time estimate; absent -> null estimate; unparsable ->
    // warning and null estimate (an estimate is never worth rejecting a shipment for).
    DeliveryEstimate deliveryEstimate(const json::Value &field, QStringView country = {},
                                      QStringView state = {});
    // Any country spelling -> ISO alpha-2; unrecognised text -> warning and empty.
    QString country(const json::Value &field);
    // A {city, state, zip, country} location object into `address`; absent or null is no
    // location. Anything else is reported and gives false.
    bool location(const json::Value &field, Address &address);

    // --- placeholder values (PlaceholderValues; docs/ADAPTERS.md) ----------------------
    // True when `field` holds a placeholder ("string", "XXXX", "0" or "0000-00-00" for a
    // date, epoch 0, an empty object or array): the caller reads it as absent. Each one is
    // noted, and addShipment() reports them in one warning for the shipment.
    bool placeholder(const json::Value &field);
    // Absent (missing or null), or a placeholder (noted): for a member whose expected
    // type it does not have, before reporting the wrong type.
    bool absent(const json::Value &field) { return field.isAbsent() || placeholder(field); }
    bool placeholderDate(const json::Value &field);

    // Sets an event's tag and sub-status from the adapter's mapping of the carrier code.
    // A generic AttemptFail/Exception is refined from the description. With no mapping
    // (nullopt: the code is unknown) the description is classified, else the documented
    // fallback is used; either way the event is flagged unmapped and a warning counts it.
    void setStatus(TrackingEvent &event, std::optional<Subtag> mapped, const json::Value &codeField);
    void setStatus(TrackingEvent &event, std::optional<Subtag> mapped, const QString &codeField);

    // The part of the document `shipment` came from, kept as its raw payload. When the
    // document holds only this shipment, the document's own bytes are kept instead (exact,
    // and nothing to re-serialize); see resolveRawPayloads().
    void setRawPayload(ShipmentRecord &shipment, const json::Value &part);

    // --- output ------------------------------------------------------------------------
    // Finishes a shipment and hands it on: reads placeholder text as absent, splits
    // places given as one string (LocationText), infers a domestic carrier's missing
    // countries (DomesticCountry), sorts events oldest first, takes the status from the
    // latest event with terminal states latched (StatusLatch), and when `reported` (the
    // payload's own summary status) disagrees, keeps the events' verdict and records the
    // conflict. A shipment without a tracking number is reported and dropped.
    void addShipment(ShipmentRecord &&shipment, std::optional<Subtag> reported = std::nullopt,
                     const json::Value &reportedField = {});
    void addShipment(ShipmentRecord &&shipment, std::optional<Subtag> reported, const QString &reportedField);

    // Fills each shipment's raw payload: the whole record when it produced one shipment,
    // else the minified part the adapter named. Call while the parsed document is alive.
    void resolveRawPayloads(QByteArrayView recordBytes);
    QList<ShipmentRecord> takeShipments() { return std::exchange(m_shipments, {}); }
    const QList<FeedIssue> &issues() const { return m_issues; }
    int errorCount() const { return m_errors; }
    int notFoundCount() const { return m_notFound; }
    int unmappedCount() const { return m_unmapped; }
    geo::TimeZoneResolver &timeZones() { return m_timeZones; }
    const QString &source() const { return m_source; }

private:
    // json::PlaceholderObserver: a "string" or "XXXX" that json::Value::text() read as empty.
    void placeholderRead(const json::Value &value) override;
    void report(FeedIssue::Severity severity, const QString &field, const QString &message);
    void notePlaceholder(const QString &field, const QString &value);
    // The shipment's placeholder notes as one warning at `at` (the first noted field when
    // empty); nothing when there are none.
    void reportPlaceholders(const QString &trackingNumber, const QString &at);
    // Placeholder text, place strings and domestic countries of a finished shipment.
    void tidyPlaces(ShipmentRecord &shipment);

    QString m_source;
    int m_record;
    int m_line;
    geo::TimeZoneResolver &m_timeZones;
    QList<ShipmentRecord> m_shipments;
    json::Value m_pendingRaw;
    QList<json::Value> m_rawParts; // parallel to m_shipments
    QList<FeedIssue> m_issues;
    int m_errors = 0;
    int m_notFound = 0;
    int m_unmapped = 0;
    // Placeholder values noted since the last shipment: "path \"value\"", and their paths.
    QStringList m_placeholders;
    QStringList m_placeholderPaths;
    // This context hears of the placeholders read on its thread while it lives.
    json::PlaceholderObserver::Scope m_observing{this};
};

} // namespace ct
