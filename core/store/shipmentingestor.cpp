// SPDX-License-Identifier: MIT
#include "shipmentingestor.h"

#include "database.h"
#include "payloadcodec.h"
#include "rules/exceptionrules.h"
#include "rules/shipmenttimeline.h"
#include "sqlstatements.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace ct {

namespace {

// Carriers reuse tracking numbers; scans further apart than this are another shipment.
constexpr qint64 ReuseWindowMs = 60 * MsPerDay;

QVariant nullableMs(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> msOf(const QDateTime &dt)
{
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

std::optional<qint64> optionalMs(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// Phones are searched as digits, with and without a leading country code.
QString phoneSearchText(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() > 10)
        return digits + QLatin1Char(' ') + digits.right(10);
    return digits;
}

// The stored row of a shipment, as far as ingest merges or derives it.
struct StoredShipment
{
    qint64 id = 0;
    QString carrier;
    QString trackingNumber;
    QString carrierReference;
    QString masterTrackingNumber;
    int pieceCount = 1;
    QString service;
    QString sourceFormat;
    QString statusConflict;
    DeliveryEstimate estimated;
    std::optional<qint64> shippedAt;
    std::optional<qint64> firstEventMs;
    std::optional<qint64> lastEventMs;
    Address origin;
    Address destination;
    QString orderId;
    QString customerName;
    QString customerEmail;
    QString customerPhone;
    qint64 orderValueCents = 0;
    QString currency;
    QDate promisedDate;
    std::optional<qint64> orderedAt;
    qint64 createdAt = 0;
    int tag = 0;
    int subtag = 0;
    int version = 1;
};

const QString ShipmentColumns = QStringLiteral(
    "id, carrier, tracking_number, carrier_reference, master_tracking_number, piece_count, "
    "service, source_format, status_conflict, estimated_date, estimated_at_ms, "
    "estimated_offset_min, shipped_at_ms, first_event_at_ms, last_event_at_ms, origin_city, "
    "origin_state, origin_postal, origin_country, dest_city, dest_state, dest_postal, "
    "dest_country, order_id, customer_name, customer_email, customer_phone, "
    "order_value_cents, currency, promised_date, ordered_at_ms, created_at_ms, tag, subtag, "
    "version");

StoredShipment readStored(const QSqlQuery &q)
{
    StoredShipment s;
    int c = 0;
    s.id = q.value(c++).toLongLong();
    s.carrier = q.value(c++).toString();
    s.trackingNumber = q.value(c++).toString();
    s.carrierReference = q.value(c++).toString();
    s.masterTrackingNumber = q.value(c++).toString();
    s.pieceCount = q.value(c++).toInt();
    s.service = q.value(c++).toString();
    s.sourceFormat = q.value(c++).toString();
    s.statusConflict = q.value(c++).toString();
    s.estimated.date = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    const QVariant estimatedAt = q.value(c++);
    const int estimatedOffset = q.value(c++).toInt();
    if (!estimatedAt.isNull()) {
        s.estimated.hasTime = true;
        s.estimated.at = Timestamp{estimatedAt.toLongLong(), static_cast<qint16>(estimatedOffset)};
    }
    s.shippedAt = optionalMs(q.value(c++));
    s.firstEventMs = optionalMs(q.value(c++));
    s.lastEventMs = optionalMs(q.value(c++));
    s.origin.city = q.value(c++).toString();
    s.origin.state = q.value(c++).toString();
    s.origin.postalCode = q.value(c++).toString();
    s.origin.country = q.value(c++).toString();
    s.destination.city = q.value(c++).toString();
    s.destination.state = q.value(c++).toString();
    s.destination.postalCode = q.value(c++).toString();
    s.destination.country = q.value(c++).toString();
    s.orderId = q.value(c++).toString();
    s.customerName = q.value(c++).toString();
    s.customerEmail = q.value(c++).toString();
    s.customerPhone = q.value(c++).toString();
    s.orderValueCents = q.value(c++).toLongLong();
    s.currency = q.value(c++).toString();
    s.promisedDate = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    s.orderedAt = optionalMs(q.value(c++));
    s.createdAt = q.value(c++).toLongLong();
    s.tag = q.value(c++).toInt();
    s.subtag = q.value(c++).toInt();
    s.version = q.value(c++).toInt();
    return s;
}

template<typename T>
bool mergeValue(T &stored, const T &incoming, bool incomingPresent)
{
    if (!incomingPresent || stored == incoming)
        return false;
    stored = incoming;
    return true;
}

bool mergeText(QString &stored, const QString &incoming)
{
    return mergeValue(stored, incoming, !incoming.isEmpty());
}

bool mergeAddress(Address &stored, const Address &incoming)
{
    bool changed = mergeText(stored.city, incoming.city);
    changed |= mergeText(stored.state, incoming.state);
    changed |= mergeText(stored.postalCode, incoming.postalCode);
    changed |= mergeText(stored.country, incoming.country);
    return changed;
}

// Takes every non-empty detail of the record; empty ones never erase what is stored.
bool mergeRecord(StoredShipment &s, const ShipmentRecord &r)
{
    bool changed = mergeText(s.carrierReference, r.carrierReference);
    changed |= mergeText(s.masterTrackingNumber, r.masterTrackingNumber);
    changed |= mergeValue(s.pieceCount, r.pieceCount, r.pieceCount > 1);
    changed |= mergeText(s.service, r.service);
    changed |= mergeText(s.sourceFormat, r.sourceFormat);
    changed |= mergeValue(s.estimated, r.estimatedDelivery, !r.estimatedDelivery.isNull());
    changed |= mergeValue(s.shippedAt, msOf(r.shippedAt), r.shippedAt.isValid());
    changed |= mergeAddress(s.origin, r.origin);
    changed |= mergeAddress(s.destination, r.destination);
    changed |= mergeText(s.orderId, r.order.orderId);
    changed |= mergeText(s.customerName, r.order.customerName);
    changed |= mergeText(s.customerEmail, r.order.customerEmail);
    changed |= mergeText(s.customerPhone, r.order.customerPhone);
    changed |= mergeValue(s.orderValueCents, r.order.orderValueCents, r.order.orderValueCents != 0);
    changed |= mergeText(s.currency, r.order.currency);
    changed |= mergeValue(s.promisedDate, r.order.promisedDate, r.order.promisedDate.isValid());
    changed |= mergeValue(s.orderedAt, msOf(r.order.orderedAt), r.order.orderedAt.isValid());
    // A conflict describes one payload: the latest payload's verdict replaces the last one.
    changed |= mergeValue(s.statusConflict, r.statusConflict, true);
    return changed;
}

StoredShipment storedFromRecord(const ShipmentRecord &r)
{
    StoredShipment s;
    s.carrier = r.carrier;
    s.trackingNumber = r.trackingNumber;
    mergeRecord(s, r);
    return s;
}

ShipmentFacts factsOf(const StoredShipment &s)
{
    ShipmentFacts f;
    f.carrier = s.carrier;
    f.service = s.service;
    f.originCountry = s.origin.country;
    f.destinationCountry = s.destination.country;
    f.orderValueCents = s.orderValueCents;
    f.currency = s.currency;
    f.promisedDate = s.promisedDate;
    f.estimatedDelivery = s.estimated;
    return f;
}

struct EventKey
{
    qint64 minute;
    Tag tag;
    bool operator==(const EventKey &) const = default;
};

size_t qHash(const EventKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.minute, static_cast<int>(k.tag));
}

EventKey keyOf(const TrackingEvent &e)
{
    qint64 minute = e.occurredAt.utcMs / MsPerMinute;
    if (e.occurredAt.utcMs < 0 && e.occurredAt.utcMs % MsPerMinute != 0)
        --minute;
    return EventKey{minute, e.tag};
}

// The record's events, sorted, each scan once.
QList<TrackingEvent> uniqueSortedEvents(const QList<TrackingEvent> &events)
{
    QList<TrackingEvent> sorted = events;
    if (!std::is_sorted(sorted.cbegin(), sorted.cend(), [](const auto &a, const auto &b) {
            return a.occurredAt.utcMs < b.occurredAt.utcMs;
        })) {
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.occurredAt.utcMs < b.occurredAt.utcMs;
        });
    }
    QSet<EventKey> seen;
    seen.reserve(sorted.size());
    QList<TrackingEvent> unique;
    unique.reserve(sorted.size());
    for (TrackingEvent &e : sorted) {
        if (!seen.contains(keyOf(e))) {
            seen.insert(keyOf(e));
            unique.append(std::move(e));
        }
    }
    return unique;
}

struct StoredException
{
    qint64 id = 0;
    ExceptionType type = ExceptionType::Stuck;
    qint64 triggerMs = 0;
    ExceptionStatus status = ExceptionStatus::Open;
    ExceptionResolution resolution = ExceptionResolution::None;
    bool firstActionTaken = false;
    NdrReason reason = NdrReason::None;
    int attemptCount = 0;
    QString detail;
    int score = 0;
    qint64 lateByMs = 0;
};

} // namespace

struct ShipmentIngestor::Private
{
    explicit Private(const Database &database, RulesConfig config)
        : db(database.connection()), rules(std::move(config))
    {
    }

    QSqlDatabase db;
    ExceptionRules rules;
    bool prepared = false;

    QSqlQuery findCandidates{db};
    QSqlQuery loadShipment{db};
    QSqlQuery insertShipment{db};
    QSqlQuery updateShipment{db};
    QSqlQuery insertEvent{db};
    QSqlQuery loadEvents{db};
    QSqlQuery findPayload{db};
    QSqlQuery insertPayload{db};
    QSqlQuery ftsInsert{db};
    QSqlQuery ftsDelete{db};
    QSqlQuery loadExceptions{db};
    QSqlQuery insertException{db};
    QSqlQuery updateException{db};
    QSqlQuery insertHistory{db};
    QSqlQuery upsertUnmapped{db};

    // Shipments the current document already matched in this batch: its other entries
    // with the same tracking number are different shipments. Cleared with every batch, so
    // a document read again later finds its shipments again.
    QString currentDocument;
    QSet<qint64> claimedByDocument;

    bool prepareAll(QString *error);
    bool ingestOne(const ShipmentRecord &record, qint64 nowMs, IngestCounts &counts, QString *error);
    std::optional<StoredShipment> match(const ShipmentRecord &record,
                                        const QList<TrackingEvent> &events, qint64 nowMs,
                                        QString *error, bool *failed);
    bool writeShipment(StoredShipment &s, const ShipmentTimeline &t, bool isNew, qint64 nowMs,
                       QString *error);
    bool writeSearch(const StoredShipment &s, const StoredShipment *before, QString *error);
    bool insertEvents(qint64 shipmentId, const QList<TrackingEvent> &events,
                      const ShipmentRecord &record, qint64 nowMs, IngestCounts &counts,
                      QString *error);
    bool readEvents(qint64 shipmentId, QList<TrackingEvent> &out, QString *error);
    bool storePayload(qint64 shipmentId, const ShipmentRecord &record, bool isNew, qint64 nowMs,
                      IngestCounts &counts, QString *error);
    bool syncExceptions(const StoredShipment &s, const QList<TrackingEvent> &events, bool isNew,
                        qint64 nowMs, IngestCounts &counts, QString *error);
    bool history(qint64 exceptionId, qint64 atMs, const char *action, const QString &detail,
                 QString *error);
    bool evaluateStored(qint64 shipmentId, qint64 nowMs, IngestCounts &counts, QString *error);
};

bool ShipmentIngestor::Private::prepareAll(QString *error)
{
    if (prepared)
        return true;
    const QString shipmentValues = QStringLiteral(
        "carrier, tracking_number, carrier_reference, master_tracking_number, piece_count, "
        "service, source_format, tag, subtag, status_conflict, estimated_date, estimated_at_ms, "
        "estimated_offset_min, shipped_at_ms, first_event_at_ms, last_event_at_ms, "
        "last_event_offset_min, first_scan_at_ms, delivered_at_ms, attempt_count, "
        "last_location, origin_city, origin_state, origin_postal, origin_country, dest_city, "
        "dest_state, dest_postal, dest_country, order_id, customer_name, customer_email, "
        "customer_phone, order_value_cents, currency, promised_date, ordered_at_ms, version, "
        "created_at_ms, updated_at_ms");
    QStringList assignments;
    for (const QString &column : shipmentValues.split(QStringLiteral(", ")))
        assignments.append(column + QStringLiteral(" = ?"));
    const bool ok =
        prepare(findCandidates,
                QStringLiteral("SELECT %1 FROM shipments WHERE tracking_number = ? AND carrier = ?")
                    .arg(ShipmentColumns),
                error)
        && prepare(loadShipment, QStringLiteral("SELECT %1 FROM shipments WHERE id = ?").arg(ShipmentColumns), error)
        && prepare(insertShipment,
                   QStringLiteral("INSERT INTO shipments(%1) VALUES(%2)")
                       .arg(shipmentValues, QStringList(40, QStringLiteral("?")).join(QLatin1Char(','))),
                   error)
        && prepare(updateShipment,
                   QStringLiteral("UPDATE shipments SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
                   error)
        && prepare(insertEvent,
                   QStringLiteral("INSERT INTO events(shipment_id, occurred_at_ms, scan_minute, "
                                  "utc_offset_min, time_assumed, tag, subtag, unmapped, raw_code, "
                                  "description, city, state, country, postal, source_format, "
                                  "received_at_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                  "ON CONFLICT(shipment_id, scan_minute, tag) DO NOTHING"),
                   error)
        && prepare(loadEvents,
                   QStringLiteral("SELECT occurred_at_ms, utc_offset_min, time_assumed, tag, subtag, "
                                  "unmapped, raw_code, description, city, state, country, postal "
                                  "FROM events WHERE shipment_id = ? ORDER BY occurred_at_ms, id"),
                   error)
        && prepare(findPayload,
                   QStringLiteral("SELECT 1 FROM raw_payloads WHERE shipment_id = ? AND content_hash = ? LIMIT 1"),
                   error)
        && prepare(insertPayload,
                   QStringLiteral("INSERT INTO raw_payloads(shipment_id, received_at_ms, source_format, "
                                  "source_document, content_hash, body) VALUES(?,?,?,?,?,?)"),
                   error)
        && prepare(ftsInsert,
                   QStringLiteral("INSERT INTO shipment_search(rowid, tracking_number, order_id, "
                                  "customer_name, customer_email, customer_phone) VALUES(?,?,?,?,?,?)"),
                   error)
        && prepare(ftsDelete,
                   QStringLiteral("INSERT INTO shipment_search(shipment_search, rowid, tracking_number, "
                                  "order_id, customer_name, customer_email, customer_phone) "
                                  "VALUES('delete',?,?,?,?,?,?)"),
                   error)
        && prepare(loadExceptions,
                   QStringLiteral("SELECT id, type, trigger_at_ms, status, resolution, "
                                  "first_action_at_ms IS NOT NULL, reason, attempt_count, detail, "
                                  "priority_score, late_by_ms FROM exceptions WHERE shipment_id = ?"),
                   error)
        && prepare(insertException,
                   QStringLiteral("INSERT INTO exceptions(shipment_id, type, reason, party, status, "
                                  "resolution, trigger_at_ms, detected_at_ms, resolved_at_ms, "
                                  "first_action_due_ms, resolve_due_ms, priority_score, priority, "
                                  "attempt_count, late_by_ms, detail, updated_at_ms) "
                                  "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                   error)
        && prepare(updateException,
                   QStringLiteral("UPDATE exceptions SET reason = ?, party = ?, status = ?, "
                                  "resolution = ?, resolved_at_ms = ?, priority_score = ?, "
                                  "priority = ?, attempt_count = ?, late_by_ms = ?, detail = ?, "
                                  "version = version + 1, updated_at_ms = ? WHERE id = ?"),
                   error)
        && prepare(insertHistory,
                   QStringLiteral("INSERT INTO exception_history(exception_id, at_ms, action, actor, "
                                  "detail) VALUES(?,?,?,'rules',?)"),
                   error)
        && prepare(upsertUnmapped,
                   QStringLiteral("INSERT INTO unmapped_codes(source_format, carrier, raw_code, "
                                  "sample_description, occurrences, first_seen_ms, last_seen_ms) "
                                  "VALUES(?,?,?,?,1,?,?) ON CONFLICT(source_format, carrier, raw_code) "
                                  "DO UPDATE SET occurrences = occurrences + 1, "
                                  "last_seen_ms = excluded.last_seen_ms"),
                   error);
    prepared = ok;
    return ok;
}

std::optional<StoredShipment> ShipmentIngestor::Private::match(const ShipmentRecord &record,
                                                               const QList<TrackingEvent> &events,
                                                               qint64 nowMs, QString *error,
                                                               bool *failed)
{
    *failed = false;
    if (record.sourceDocument != currentDocument || record.sourceDocument.isEmpty()) {
        currentDocument = record.sourceDocument;
        claimedByDocument.clear();
    }
    findCandidates.bindValue(0, sqlText(record.trackingNumber));
    findCandidates.bindValue(1, sqlText(record.carrier));
    if (!execPrepared(findCandidates, error)) {
        *failed = true;
        return std::nullopt;
    }
    const qint64 inFirst = events.isEmpty() ? nowMs : events.constFirst().occurredAt.utcMs;
    const qint64 inLast = events.isEmpty() ? nowMs : events.constLast().occurredAt.utcMs;
    std::optional<StoredShipment> best;
    qint64 bestGap = std::numeric_limits<qint64>::max();
    while (findCandidates.next()) {
        StoredShipment c = readStored(findCandidates);
        if (claimedByDocument.contains(c.id))
            continue;
        if (!record.carrierReference.isEmpty() && !c.carrierReference.isEmpty()
            && record.sourceFormat == c.sourceFormat) {
            if (record.carrierReference == c.carrierReference) {
                best = std::move(c);
                break;
            }
            continue; // the feed itself says it is another shipment
        }
        const qint64 cFirst = c.firstEventMs.value_or(c.createdAt);
        const qint64 cLast = c.lastEventMs.value_or(c.createdAt);
        const qint64 gap = std::max<qint64>(0, std::max(inFirst, cFirst) - std::min(inLast, cLast));
        if (gap <= ReuseWindowMs && gap < bestGap) {
            bestGap = gap;
            best = std::move(c);
        }
    }
    findCandidates.finish();
    if (best)
        claimedByDocument.insert(best->id);
    return best;
}

bool ShipmentIngestor::Private::writeShipment(StoredShipment &s, const ShipmentTimeline &t,
                                              bool isNew, qint64 nowMs, QString *error)
{
    QSqlQuery &q = isNew ? insertShipment : updateShipment;
    int i = 0;
    q.bindValue(i++, sqlText(s.carrier));
    q.bindValue(i++, sqlText(s.trackingNumber));
    q.bindValue(i++, sqlText(s.carrierReference));
    q.bindValue(i++, sqlText(s.masterTrackingNumber));
    q.bindValue(i++, s.pieceCount);
    q.bindValue(i++, sqlText(s.service));
    q.bindValue(i++, sqlText(s.sourceFormat));
    q.bindValue(i++, static_cast<int>(t.tag));
    q.bindValue(i++, static_cast<int>(t.subtag));
    q.bindValue(i++, sqlText(s.statusConflict));
    q.bindValue(i++, sqlText(s.estimated.date.isValid() ? s.estimated.date.toString(Qt::ISODate) : QString()));
    q.bindValue(i++, nullableMs(s.estimated.hasTime ? std::optional<qint64>(s.estimated.at.utcMs) : std::nullopt));
    q.bindValue(i++, static_cast<int>(s.estimated.at.offsetMinutes));
    q.bindValue(i++, nullableMs(s.shippedAt));
    q.bindValue(i++, nullableMs(t.firstEventMs));
    q.bindValue(i++, nullableMs(t.lastEventMs));
    q.bindValue(i++, t.lastOffsetMinutes);
    q.bindValue(i++, nullableMs(t.firstScanMs));
    q.bindValue(i++, nullableMs(t.deliveredMs));
    q.bindValue(i++, t.attemptCount);
    q.bindValue(i++, sqlText(t.lastLocation));
    q.bindValue(i++, sqlText(s.origin.city));
    q.bindValue(i++, sqlText(s.origin.state));
    q.bindValue(i++, sqlText(s.origin.postalCode));
    q.bindValue(i++, sqlText(s.origin.country));
    q.bindValue(i++, sqlText(s.destination.city));
    q.bindValue(i++, sqlText(s.destination.state));
    q.bindValue(i++, sqlText(s.destination.postalCode));
    q.bindValue(i++, sqlText(s.destination.country));
    q.bindValue(i++, sqlText(s.orderId));
    q.bindValue(i++, sqlText(s.customerName));
    q.bindValue(i++, sqlText(s.customerEmail));
    q.bindValue(i++, sqlText(s.customerPhone));
    q.bindValue(i++, s.orderValueCents);
    q.bindValue(i++, sqlText(s.currency));
    q.bindValue(i++, sqlText(s.promisedDate.isValid() ? s.promisedDate.toString(Qt::ISODate) : QString()));
    q.bindValue(i++, nullableMs(s.orderedAt));
    q.bindValue(i++, s.version);
    q.bindValue(i++, isNew ? nowMs : s.createdAt);
    q.bindValue(i++, nowMs);
    if (!isNew)
        q.bindValue(i++, s.id);
    if (!execPrepared(q, error))
        return false;
    if (isNew) {
        s.id = q.lastInsertId().toLongLong();
        s.createdAt = nowMs;
    }
    s.firstEventMs = t.firstEventMs;
    s.lastEventMs = t.lastEventMs;
    return true;
}

bool ShipmentIngestor::Private::writeSearch(const StoredShipment &s, const StoredShipment *before,
                                            QString *error)
{
    if (before) {
        if (before->orderId == s.orderId && before->customerName == s.customerName
            && before->customerEmail == s.customerEmail && before->customerPhone == s.customerPhone)
            return true;
        ftsDelete.bindValue(0, s.id);
        ftsDelete.bindValue(1, sqlText(before->trackingNumber));
        ftsDelete.bindValue(2, sqlText(before->orderId));
        ftsDelete.bindValue(3, sqlText(before->customerName));
        ftsDelete.bindValue(4, sqlText(before->customerEmail));
        ftsDelete.bindValue(5, phoneSearchText(before->customerPhone));
        if (!execPrepared(ftsDelete, error))
            return false;
    }
    ftsInsert.bindValue(0, s.id);
    ftsInsert.bindValue(1, sqlText(s.trackingNumber));
    ftsInsert.bindValue(2, sqlText(s.orderId));
    ftsInsert.bindValue(3, sqlText(s.customerName));
    ftsInsert.bindValue(4, sqlText(s.customerEmail));
    ftsInsert.bindValue(5, phoneSearchText(s.customerPhone));
    return execPrepared(ftsInsert, error);
}

bool ShipmentIngestor::Private::insertEvents(qint64 shipmentId, const QList<TrackingEvent> &events,
                                             const ShipmentRecord &record, qint64 nowMs,
                                             IngestCounts &counts, QString *error)
{
    QSqlQuery &q = insertEvent;
    for (const TrackingEvent &e : events) {
        int i = 0;
        q.bindValue(i++, shipmentId);
        q.bindValue(i++, e.occurredAt.utcMs);
        q.bindValue(i++, keyOf(e).minute);
        q.bindValue(i++, static_cast<int>(e.occurredAt.offsetMinutes));
        q.bindValue(i++, e.timeAssumed ? 1 : 0);
        q.bindValue(i++, static_cast<int>(e.tag));
        q.bindValue(i++, static_cast<int>(e.subtag));
        q.bindValue(i++, e.unmappedCode ? 1 : 0);
        q.bindValue(i++, sqlText(e.rawCode));
        q.bindValue(i++, sqlText(e.description));
        q.bindValue(i++, sqlText(e.city));
        q.bindValue(i++, sqlText(e.state));
        q.bindValue(i++, sqlText(e.country));
        q.bindValue(i++, sqlText(e.postalCode));
        q.bindValue(i++, sqlText(record.sourceFormat));
        q.bindValue(i++, nowMs);
        if (!execPrepared(q, error))
            return false;
        if (q.numRowsAffected() > 0) {
            ++counts.eventsNew;
            if (e.unmappedCode) {
                ++counts.unmappedEvents;
                upsertUnmapped.bindValue(0, sqlText(record.sourceFormat));
                upsertUnmapped.bindValue(1, sqlText(record.carrier));
                upsertUnmapped.bindValue(2, sqlText(e.rawCode));
                upsertUnmapped.bindValue(3, sqlText(e.description));
                upsertUnmapped.bindValue(4, nowMs);
                upsertUnmapped.bindValue(5, nowMs);
                if (!execPrepared(upsertUnmapped, error))
                    return false;
            }
        } else {
            ++counts.eventsDuplicate;
        }
    }
    return true;
}

bool ShipmentIngestor::Private::readEvents(qint64 shipmentId, QList<TrackingEvent> &out, QString *error)
{
    loadEvents.bindValue(0, shipmentId);
    if (!execPrepared(loadEvents, error))
        return false;
    out.clear();
    while (loadEvents.next()) {
        TrackingEvent e;
        e.occurredAt.utcMs = loadEvents.value(0).toLongLong();
        e.occurredAt.offsetMinutes = static_cast<qint16>(loadEvents.value(1).toInt());
        e.timeAssumed = loadEvents.value(2).toInt() != 0;
        e.tag = tagFromInt(loadEvents.value(3).toInt()).value_or(Tag::InTransit);
        e.subtag = subtagFromInt(loadEvents.value(4).toInt()).value_or(genericSubtag(e.tag));
        e.unmappedCode = loadEvents.value(5).toInt() != 0;
        e.rawCode = loadEvents.value(6).toString();
        e.description = loadEvents.value(7).toString();
        e.city = loadEvents.value(8).toString();
        e.state = loadEvents.value(9).toString();
        e.country = loadEvents.value(10).toString();
        e.postalCode = loadEvents.value(11).toString();
        out.append(std::move(e));
    }
    loadEvents.finish();
    return true;
}

bool ShipmentIngestor::Private::storePayload(qint64 shipmentId, const ShipmentRecord &record,
                                             bool isNew, qint64 nowMs, IngestCounts &counts,
                                             QString *error)
{
    if (record.rawPayload.isEmpty())
        return true;
    const qint64 hash = PayloadCodec::contentHash(record.rawPayload);
    if (!isNew) {
        findPayload.bindValue(0, shipmentId);
        findPayload.bindValue(1, hash);
        if (!execPrepared(findPayload, error))
            return false;
        const bool known = findPayload.next();
        findPayload.finish();
        if (known)
            return true;
    }
    insertPayload.bindValue(0, shipmentId);
    insertPayload.bindValue(1, nowMs);
    insertPayload.bindValue(2, sqlText(record.sourceFormat));
    insertPayload.bindValue(3, sqlText(record.sourceDocument));
    insertPayload.bindValue(4, hash);
    insertPayload.bindValue(5, PayloadCodec::compress(record.rawPayload));
    if (!execPrepared(insertPayload, error))
        return false;
    ++counts.rawPayloadsStored;
    return true;
}

bool ShipmentIngestor::Private::history(qint64 exceptionId, qint64 atMs, const char *action,
                                        const QString &detail, QString *error)
{
    insertHistory.bindValue(0, exceptionId);
    insertHistory.bindValue(1, atMs);
    insertHistory.bindValue(2, QString::fromLatin1(action));
    insertHistory.bindValue(3, sqlText(detail));
    return execPrepared(insertHistory, error);
}

bool ShipmentIngestor::Private::syncExceptions(const StoredShipment &s,
                                               const QList<TrackingEvent> &events, bool isNew,
                                               qint64 nowMs, IngestCounts &counts, QString *error)
{
    const ShipmentFacts facts = factsOf(s);
    const QList<ExceptionEpisode> episodes = rules.detect(facts, events, nowMs);

    QList<StoredException> stored;
    if (!isNew) {
        loadExceptions.bindValue(0, s.id);
        if (!execPrepared(loadExceptions, error))
            return false;
        while (loadExceptions.next()) {
            StoredException x;
            x.id = loadExceptions.value(0).toLongLong();
            x.type = exceptionTypeFromInt(loadExceptions.value(1).toInt()).value_or(ExceptionType::Stuck);
            x.triggerMs = loadExceptions.value(2).toLongLong();
            x.status = static_cast<ExceptionStatus>(loadExceptions.value(3).toInt());
            x.resolution = static_cast<ExceptionResolution>(loadExceptions.value(4).toInt());
            x.firstActionTaken = loadExceptions.value(5).toBool();
            x.reason = ndrReasonFromInt(loadExceptions.value(6).toInt()).value_or(NdrReason::None);
            x.attemptCount = loadExceptions.value(7).toInt();
            x.detail = loadExceptions.value(8).toString();
            x.score = loadExceptions.value(9).toInt();
            x.lateByMs = loadExceptions.value(10).toLongLong();
            stored.append(x);
        }
        loadExceptions.finish();
    }
    if (episodes.isEmpty() && stored.isEmpty())
        return true;

    QSet<qint64> matched;
    for (const ExceptionEpisode &ep : episodes) {
        const auto existing = std::find_if(stored.begin(), stored.end(), [&](const StoredException &x) {
            return x.type == ep.type && x.triggerMs == ep.triggerMs;
        });
        const bool firstActionTaken = existing != stored.end() && existing->firstActionTaken;
        const ExceptionPriority prio =
            rules.priority(ep, facts, ep.clearedMs.value_or(nowMs), firstActionTaken);
        const SlaPolicy &sla = rules.config().slaFor(ep.type);
        if (existing == stored.end()) {
            int i = 0;
            QSqlQuery &q = insertException;
            q.bindValue(i++, s.id);
            q.bindValue(i++, static_cast<int>(ep.type));
            q.bindValue(i++, static_cast<int>(ep.reason));
            q.bindValue(i++, static_cast<int>(ep.party));
            q.bindValue(i++, static_cast<int>(ep.isOpen() ? ExceptionStatus::Open : ExceptionStatus::Resolved));
            q.bindValue(i++, static_cast<int>(ep.isOpen() ? ExceptionResolution::None : ExceptionResolution::ConditionCleared));
            q.bindValue(i++, ep.triggerMs);
            q.bindValue(i++, nowMs);
            q.bindValue(i++, nullableMs(ep.clearedMs));
            q.bindValue(i++, ep.triggerMs + sla.firstActionHours * MsPerHour);
            q.bindValue(i++, ep.triggerMs + sla.resolveHours * MsPerHour);
            q.bindValue(i++, prio.score);
            q.bindValue(i++, prio.band);
            q.bindValue(i++, ep.attemptCount);
            q.bindValue(i++, ep.lateByMs);
            q.bindValue(i++, sqlText(ep.detail));
            q.bindValue(i++, nowMs);
            if (!execPrepared(q, error))
                return false;
            const qint64 id = q.lastInsertId().toLongLong();
            if (!history(id, ep.triggerMs, "opened", ep.detail, error))
                return false;
            if (ep.isOpen()) {
                ++counts.exceptionsOpened;
            } else {
                ++counts.exceptionsPast;
                if (!history(id, *ep.clearedMs, "condition_cleared", QString(), error))
                    return false;
            }
            continue;
        }
        matched.insert(existing->id);
        const bool wasOpen = existing->status == ExceptionStatus::Open;
        if (!wasOpen && (existing->resolution == ExceptionResolution::ByAgent || !ep.isOpen()))
            continue; // an agent's decision stands; a cleared occurrence stays cleared
        const bool reopening = !wasOpen && ep.isOpen();
        const bool clearing = wasOpen && !ep.isOpen();
        const bool substantive = existing->reason != ep.reason || existing->attemptCount != ep.attemptCount
                                 || existing->detail != ep.detail;
        if (!reopening && !clearing && !substantive && existing->score == prio.score
            && existing->lateByMs == ep.lateByMs)
            continue;
        int i = 0;
        QSqlQuery &q = updateException;
        q.bindValue(i++, static_cast<int>(ep.reason));
        q.bindValue(i++, static_cast<int>(ep.party));
        q.bindValue(i++, static_cast<int>(ep.isOpen() ? ExceptionStatus::Open : ExceptionStatus::Resolved));
        q.bindValue(i++, static_cast<int>(ep.isOpen() ? ExceptionResolution::None : ExceptionResolution::ConditionCleared));
        q.bindValue(i++, nullableMs(ep.clearedMs));
        q.bindValue(i++, prio.score);
        q.bindValue(i++, prio.band);
        q.bindValue(i++, ep.attemptCount);
        q.bindValue(i++, ep.lateByMs);
        q.bindValue(i++, sqlText(ep.detail));
        q.bindValue(i++, nowMs);
        q.bindValue(i++, existing->id);
        if (!execPrepared(q, error))
            return false;
        if (reopening) {
            ++counts.exceptionsOpened;
            if (!history(existing->id, nowMs, "reopened", ep.detail, error))
                return false;
        } else if (clearing) {
            ++counts.exceptionsResolved;
            if (!history(existing->id, *ep.clearedMs, "condition_cleared", ep.detail, error))
                return false;
        } else {
            ++counts.exceptionsUpdated;
            if (substantive && !history(existing->id, nowMs, "updated", ep.detail, error))
                return false;
        }
    }
    // Open exceptions the timeline no longer supports (a promise moved, an event arrived
    // that rewrote the story) are closed, never left dangling.
    for (const StoredException &x : stored) {
        if (x.status != ExceptionStatus::Open || matched.contains(x.id))
            continue;
        int i = 0;
        QSqlQuery &q = updateException;
        q.bindValue(i++, static_cast<int>(x.reason));
        q.bindValue(i++, static_cast<int>(ExceptionRules::partyFor(x.type, x.reason, Subtag::Exception)));
        q.bindValue(i++, static_cast<int>(ExceptionStatus::Resolved));
        q.bindValue(i++, static_cast<int>(ExceptionResolution::ConditionCleared));
        q.bindValue(i++, nowMs);
        q.bindValue(i++, x.score);
        q.bindValue(i++, 4);
        q.bindValue(i++, x.attemptCount);
        q.bindValue(i++, x.lateByMs);
        q.bindValue(i++, sqlText(x.detail));
        q.bindValue(i++, nowMs);
        q.bindValue(i++, x.id);
        if (!execPrepared(q, error))
            return false;
        ++counts.exceptionsResolved;
        if (!history(x.id, nowMs, "condition_cleared",
                     QStringLiteral("the timeline no longer shows this condition"), error))
            return false;
    }
    return true;
}

bool ShipmentIngestor::Private::ingestOne(const ShipmentRecord &record, qint64 nowMs,
                                          IngestCounts &counts, QString *error)
{
    QList<TrackingEvent> events = uniqueSortedEvents(record.events);
    bool failed = false;
    std::optional<StoredShipment> existing = match(record, events, nowMs, error, &failed);
    if (failed)
        return false;

    if (!existing) {
        StoredShipment s = storedFromRecord(record);
        const ShipmentTimeline timeline = ShipmentTimeline::of(events);
        if (!writeShipment(s, timeline, true, nowMs, error))
            return false;
        claimedByDocument.insert(s.id);
        ++counts.shipmentsNew;
        return insertEvents(s.id, events, record, nowMs, counts, error)
               && writeSearch(s, nullptr, error)
               && storePayload(s.id, record, true, nowMs, counts, error)
               && syncExceptions(s, events, true, nowMs, counts, error);
    }

    StoredShipment s = *existing;
    const StoredShipment before = s;
    const bool detailsChanged = mergeRecord(s, record);
    const int newBefore = counts.eventsNew;
    if (!insertEvents(s.id, events, record, nowMs, counts, error))
        return false;
    const bool eventsAdded = counts.eventsNew > newBefore;
    if (!storePayload(s.id, record, false, nowMs, counts, error))
        return false;
    if (!detailsChanged && !eventsAdded) {
        ++counts.shipmentsUnchanged;
        return true;
    }
    QList<TrackingEvent> all;
    if (!readEvents(s.id, all, error))
        return false;
    ++s.version;
    if (!writeShipment(s, ShipmentTimeline::of(all), false, nowMs, error))
        return false;
    ++counts.shipmentsUpdated;
    return writeSearch(s, &before, error) && syncExceptions(s, all, false, nowMs, counts, error);
}

bool ShipmentIngestor::Private::evaluateStored(qint64 shipmentId, qint64 nowMs,
                                               IngestCounts &counts, QString *error)
{
    loadShipment.bindValue(0, shipmentId);
    if (!execPrepared(loadShipment, error))
        return false;
    if (!loadShipment.next()) {
        loadShipment.finish();
        return true; // deleted meanwhile
    }
    const StoredShipment s = readStored(loadShipment);
    loadShipment.finish();
    QList<TrackingEvent> events;
    return readEvents(s.id, events, error) && syncExceptions(s, events, false, nowMs, counts, error);
}

// --- public ----------------------------------------------------------------------------

ShipmentIngestor::ShipmentIngestor(const Database &database, RulesConfig rules)
    : d(std::make_unique<Private>(database, std::move(rules)))
{
}

ShipmentIngestor::~ShipmentIngestor() = default;

const RulesConfig &ShipmentIngestor::rules() const
{
    return d->rules.config();
}

bool ShipmentIngestor::ingest(const QList<ShipmentRecord> &batch, qint64 nowMs,
                              IngestCounts *counts, QString *error)
{
    if (!d->prepareAll(error))
        return false;
    if (!d->db.transaction()) {
        if (error)
            *error = describeSqlError(d->db.lastError(), QStringLiteral("BEGIN"));
        return false;
    }
    IngestCounts batchCounts;
    d->currentDocument.clear();
    d->claimedByDocument.clear();
    for (const ShipmentRecord &record : batch) {
        if (!d->ingestOne(record, nowMs, batchCounts, error)) {
            if (error)
                *error = QStringLiteral("storing %1 %2 failed, batch of %3 rolled back: %4")
                             .arg(record.carrier, record.trackingNumber)
                             .arg(batch.size())
                             .arg(*error);
            d->db.rollback();
            return false;
        }
    }
    if (!d->db.commit()) {
        if (error)
            *error = describeSqlError(d->db.lastError(), QStringLiteral("COMMIT"));
        d->db.rollback();
        return false;
    }
    if (counts)
        *counts += batchCounts;
    return true;
}

bool ShipmentIngestor::ingestReturns(const QList<ReturnRecord> &batch, qint64 nowMs, QString *error)
{
    QSqlQuery findShipment(d->db);
    QSqlQuery upsert(d->db);
    if (!prepare(findShipment,
                 QStringLiteral("SELECT id FROM shipments WHERE tracking_number = ? AND carrier = ? "
                                "ORDER BY last_event_at_ms DESC LIMIT 1"),
                 error)
        || !prepare(upsert,
                    QStringLiteral(
                        "INSERT INTO returns(rma, shipment_id, order_id, reason, reason_note, items, "
                        "amount_cents, currency, requested_at_ms, delivered_at_ms, window_days, status, "
                        "resolution, resolution_amount_cents, reverse_carrier, reverse_tracking_number, "
                        "inspection_grade, updated_at_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                        "ON CONFLICT(rma) DO UPDATE SET shipment_id = excluded.shipment_id, "
                        "order_id = excluded.order_id, reason = excluded.reason, "
                        "reason_note = excluded.reason_note, items = excluded.items, "
                        "amount_cents = excluded.amount_cents, currency = excluded.currency, "
                        "requested_at_ms = excluded.requested_at_ms, "
                        "delivered_at_ms = excluded.delivered_at_ms, window_days = excluded.window_days, "
                        "status = excluded.status, resolution = excluded.resolution, "
                        "resolution_amount_cents = excluded.resolution_amount_cents, "
                        "reverse_carrier = excluded.reverse_carrier, "
                        "reverse_tracking_number = excluded.reverse_tracking_number, "
                        "inspection_grade = excluded.inspection_grade, version = version + 1, "
                        "updated_at_ms = excluded.updated_at_ms"),
                    error))
        return false;
    if (!d->db.transaction()) {
        if (error)
            *error = describeSqlError(d->db.lastError(), QStringLiteral("BEGIN"));
        return false;
    }
    for (const ReturnRecord &r : batch) {
        QVariant shipmentId(QMetaType::fromType<qint64>());
        findShipment.bindValue(0, sqlText(r.trackingNumber));
        findShipment.bindValue(1, sqlText(r.carrier));
        if (!execPrepared(findShipment, error)) {
            d->db.rollback();
            return false;
        }
        if (findShipment.next())
            shipmentId = findShipment.value(0);
        findShipment.finish();
        QJsonArray items;
        for (const ReturnItem &item : r.items) {
            items.append(QJsonObject{{QStringLiteral("sku"), item.sku},
                                     {QStringLiteral("name"), item.name},
                                     {QStringLiteral("quantity"), item.quantity},
                                     {QStringLiteral("unit_price_cents"), item.unitPriceCents},
                                     {QStringLiteral("final_sale"), item.finalSale}});
        }
        int i = 0;
        upsert.bindValue(i++, sqlText(r.rma));
        upsert.bindValue(i++, shipmentId);
        upsert.bindValue(i++, sqlText(r.orderId));
        upsert.bindValue(i++, static_cast<int>(r.reason));
        upsert.bindValue(i++, sqlText(r.reasonNote));
        upsert.bindValue(i++, QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
        upsert.bindValue(i++, r.amountCents);
        upsert.bindValue(i++, sqlText(r.currency));
        upsert.bindValue(i++, msOf(r.requestedAt).value_or(nowMs));
        upsert.bindValue(i++, nullableMs(msOf(r.deliveredAt)));
        upsert.bindValue(i++, r.windowDays);
        upsert.bindValue(i++, static_cast<int>(r.status));
        upsert.bindValue(i++, static_cast<int>(r.resolution));
        upsert.bindValue(i++, r.resolutionAmountCents);
        upsert.bindValue(i++, sqlText(r.reverseCarrier));
        upsert.bindValue(i++, sqlText(r.reverseTrackingNumber));
        upsert.bindValue(i++, sqlText(r.inspectionGrade));
        upsert.bindValue(i++, msOf(r.updatedAt).value_or(nowMs));
        if (!execPrepared(upsert, error)) {
            if (error)
                *error = QStringLiteral("storing return %1 failed, batch rolled back: %2").arg(r.rma, *error);
            d->db.rollback();
            return false;
        }
    }
    if (!d->db.commit()) {
        if (error)
            *error = describeSqlError(d->db.lastError(), QStringLiteral("COMMIT"));
        d->db.rollback();
        return false;
    }
    return true;
}

bool ShipmentIngestor::refreshExceptions(qint64 nowMs, IngestCounts *counts, QString *error,
                                         const std::function<void(int, int)> &progress,
                                         int batchSize)
{
    if (!d->prepareAll(error))
        return false;
    QList<qint64> ids;
    {
        QSqlQuery q(d->db);
        if (!q.exec(QStringLiteral("SELECT id FROM shipments WHERE tag <> %1 "
                                   "UNION SELECT shipment_id FROM exceptions WHERE status = %2")
                        .arg(static_cast<int>(Tag::Delivered))
                        .arg(static_cast<int>(ExceptionStatus::Open)))) {
            if (error)
                *error = describeSqlError(q.lastError(), q.lastQuery());
            return false;
        }
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    IngestCounts total;
    for (qsizetype start = 0; start < ids.size(); start += batchSize) {
        if (!d->db.transaction()) {
            if (error)
                *error = describeSqlError(d->db.lastError(), QStringLiteral("BEGIN"));
            return false;
        }
        IngestCounts batchCounts;
        const qsizetype end = std::min<qsizetype>(ids.size(), start + batchSize);
        for (qsizetype i = start; i < end; ++i) {
            if (!d->evaluateStored(ids.at(i), nowMs, batchCounts, error)) {
                d->db.rollback();
                return false;
            }
        }
        if (!d->db.commit()) {
            if (error)
                *error = describeSqlError(d->db.lastError(), QStringLiteral("COMMIT"));
            d->db.rollback();
            return false;
        }
        total += batchCounts;
        if (progress)
            progress(static_cast<int>(end), static_cast<int>(ids.size()));
    }
    if (counts)
        *counts += total;
    return true;
}

} // namespace ct
