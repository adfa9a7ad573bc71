// SPDX-License-Identifier: MIT
#include "shipmentingestor.h"

#include "analytics/kpifacts.h"

#include "searchindexwriter.h"

#include "assignment/exceptionassigner.h"
#include "automation/automationrunner.h"
#include "database.h"
#include "geo/shipmentgeowriter.h"
#include "geo/timezoneresolver.h"
#include "orders/ordershipmentlink.h"
#include "payloadcodec.h"
#include "predict/delayrisk.h"
#include "predict/eddmodelstore.h"
#include "predict/livetransitquery.h"
#include "returns/returnfeedmerge.h"
#include "rules/exceptionrules.h"
#include "rules/shipmenttimeline.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "qtsqlsupport.h"
#include "schemamigrator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace ct {

namespace {

// Carriers reuse tracking numbers; scans further apart than this are another shipment.
constexpr qint64 ReuseWindowMs = 60 * MsPerDay;

// The schema step that added `events.country_inferred` (core/store/schemamigrator.cpp).
constexpr int FirstSchemaWithInferredCountry = 12;
// Returns know who decided them from schema 14 on (a store kept older, as the benchmarks
// keep one, has no decisions of the store's own to protect).
constexpr int FirstSchemaWithDecidedBy = 14;
constexpr int FirstSchemaWithLabelIssuedAt = 16;
constexpr int FirstSchemaWithReturnVerdicts = 7;

std::optional<qint64> msOf(const QDateTime &dt)
{
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
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
    PaymentInfo payment;
    qint64 createdAt = 0;
    int tag = 0;
    int subtag = 0;
    int version = 1;
    // The stored delivery-date estimate (schema 20 on), to write it only when it changed:
    // "p50|p90|level|cell|samples|milestone|late|model".
    QString edd;
};

// What StoredShipment::edd holds, for an estimate (-1: NULL).
QString eddKey(const QString &p50, const QString &p90, qint64 level, const QString &cell, qint64 samples,
               int milestone, qint64 latePermille, qint64 model)
{
    return p50 + QLatin1Char('|') + p90 + QLatin1Char('|') + QString::number(level) + QLatin1Char('|') + cell
           + QLatin1Char('|') + QString::number(samples) + QLatin1Char('|') + QString::number(milestone)
           + QLatin1Char('|') + QString::number(latePermille) + QLatin1Char('|') + QString::number(model);
}

// The prediction columns read after ShipmentColumns where the store has them.
const QString EddColumns = QStringLiteral(
    ", edd_p50_date, edd_p90_date, edd_level, edd_cell, edd_samples, edd_milestone, edd_late_permille, "
    "edd_model_version");

const QString ShipmentColumns = QStringLiteral(
    "id, carrier, tracking_number, carrier_reference, master_tracking_number, piece_count, "
    "service, source_format, status_conflict, estimated_date, estimated_at_ms, "
    "estimated_offset_min, shipped_at_ms, first_event_at_ms, last_event_at_ms, origin_city, "
    "origin_state, origin_postal, origin_country, dest_city, dest_state, dest_postal, "
    "dest_country, order_id, customer_name, customer_email, customer_phone, "
    "order_value_cents, currency, promised_date, ordered_at_ms, created_at_ms, tag, subtag, "
    "version, payment_mode, cod_amount_cents, cod_currency");

StoredShipment readStored(const SqlStatement &q, bool withEdd)
{
    StoredShipment s;
    int c = 0;
    s.id = q.int64(c++);
    s.carrier = q.text(c++);
    s.trackingNumber = q.text(c++);
    s.carrierReference = q.text(c++);
    s.masterTrackingNumber = q.text(c++);
    s.pieceCount = static_cast<int>(q.int64(c++));
    s.service = q.text(c++);
    s.sourceFormat = q.text(c++);
    s.statusConflict = q.text(c++);
    s.estimated.date = QDate::fromString(q.text(c++), Qt::ISODate);
    const std::optional<qint64> estimatedAt = q.optionalInt64(c++);
    const int estimatedOffset = static_cast<int>(q.int64(c++));
    if (estimatedAt) {
        s.estimated.hasTime = true;
        s.estimated.at = Timestamp{*estimatedAt, static_cast<qint16>(estimatedOffset)};
    }
    s.shippedAt = q.optionalInt64(c++);
    s.firstEventMs = q.optionalInt64(c++);
    s.lastEventMs = q.optionalInt64(c++);
    s.origin.city = q.text(c++);
    s.origin.state = q.text(c++);
    s.origin.postalCode = q.text(c++);
    s.origin.country = q.text(c++);
    s.destination.city = q.text(c++);
    s.destination.state = q.text(c++);
    s.destination.postalCode = q.text(c++);
    s.destination.country = q.text(c++);
    s.orderId = q.text(c++);
    s.customerName = q.text(c++);
    s.customerEmail = q.text(c++);
    s.customerPhone = q.text(c++);
    s.orderValueCents = q.int64(c++);
    s.currency = q.text(c++);
    s.promisedDate = QDate::fromString(q.text(c++), Qt::ISODate);
    s.orderedAt = q.optionalInt64(c++);
    s.createdAt = q.int64(c++);
    s.tag = static_cast<int>(q.int64(c++));
    s.subtag = static_cast<int>(q.int64(c++));
    s.version = static_cast<int>(q.int64(c++));
    s.payment.mode = paymentModeFromInt(static_cast<int>(q.int64(c++))).value_or(PaymentMode::Unknown);
    s.payment.codAmountCents = q.int64(c++);
    s.payment.codCurrency = q.text(c++);
    if (withEdd) {
        const QString p50 = q.text(c++);
        const QString p90 = q.text(c++);
        const qint64 level = q.optionalInt64(c++).value_or(-1);
        const QString cell = q.text(c++);
        const qint64 samples = q.int64(c++);
        const int milestone = static_cast<int>(q.int64(c++));
        const qint64 late = q.optionalInt64(c++).value_or(-1);
        s.edd = eddKey(p50, p90, level, cell, samples, milestone, late, q.int64(c++));
    }
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
    changed |= mergeValue(s.payment.mode, r.payment.mode, r.payment.mode != PaymentMode::Unknown);
    changed |= mergeValue(s.payment.codAmountCents, r.payment.codAmountCents, r.payment.codAmountCents != 0);
    changed |= mergeText(s.payment.codCurrency, r.payment.codCurrency);
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

// Takes an order's details (non-empty wins, as from a feed); the shipment's own status
// conflict stays.
// The order's details; its ship-to only where the feeds named no destination at all (a
// carrier's own destination, redirected or more precise, stands).
bool mergeOrder(StoredShipment &s, const LinkedOrder &order)
{
    ShipmentRecord r;
    r.order = order.info;
    r.payment = order.payment;
    r.statusConflict = s.statusConflict;
    const Address &d = s.destination;
    if (d.city.isEmpty() && d.state.isEmpty() && d.postalCode.isEmpty() && d.country.isEmpty())
        r.destination = order.shipTo;
    return mergeRecord(s, r);
}

ShipmentFacts factsOf(const StoredShipment &s)
{
    ShipmentFacts f;
    f.carrier = s.carrier;
    f.service = s.service;
    f.originCountry = s.origin.country;
    f.destinationCountry = s.destination.country;
    f.destinationState = s.destination.state;
    f.orderValueCents = s.orderValueCents;
    f.currency = s.currency;
    f.promisedDate = s.promisedDate;
    f.estimatedDelivery = s.estimated;
    return f;
}

SearchFields searchFieldsOf(const StoredShipment &s)
{
    return {s.trackingNumber, s.orderId, s.customerName, s.customerEmail, s.customerPhone};
}

// What the KPI facts need of a stored shipment (KpiFacts::write).
KpiShipmentState kpiStateOf(const StoredShipment &s, const ShipmentTimeline &timeline, const QString &orderIdBefore,
                            bool existed)
{
    KpiShipmentState state;
    state.status = timeline.tag;
    state.facts = factsOf(s);
    state.lastOffsetMinutes = timeline.lastOffsetMinutes;
    state.orderedAtMs = s.orderedAt;
    state.orderId = s.orderId;
    state.orderIdBefore = orderIdBefore;
    state.fakeMarksPossible = existed;
    state.created = !existed;
    return state;
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
    std::optional<qint64> fakeAttemptAtMs; // an agent found this attempt fake (mark_fake_attempt)
    int band = 4;                          // the stored priority band (1 most urgent)
};

// The occurrence time of an episode's latest delivery attempt (nullopt: none).
std::optional<qint64> latestAttemptMs(const ExceptionEpisode &episode, const QList<TrackingEvent> &events)
{
    std::optional<qint64> latest;
    for (const TrackingEvent &e : events) {
        const qint64 at = e.occurredAt.utcMs;
        if (at < episode.triggerMs || (episode.clearedMs && at > *episode.clearedMs))
            continue;
        if (e.tag == Tag::AttemptFail || e.subtag == Subtag::ExceptionRefused)
            latest = at;
    }
    return latest;
}

} // namespace

struct ShipmentIngestor::Private
{
    explicit Private(const Database &store, RulesConfig config)
        : database(store), db(store.connection()), rules(config), kpiFacts(store, std::move(config)), search(store),
          assigner(store), automation(store), geo(store)
    {
    }

    const Database &database;
    QSqlDatabase db; // transactions
    ExceptionRules rules;
    KpiFacts kpiFacts; // the KPI rollups' input, in the batch's transaction
    SearchIndexWriter search; // the batch's full-text rows, written last
    // The team's assignment rules, read again at the start of every batch: a new
    // exception goes to an agent in the transaction that opens it (docs/ASSIGNMENT.md).
    ExceptionAssigner assigner;
    // The team's automation rules, read again at the start of every batch: the batch's
    // transitions are noted as they are written and the rules run before it commits
    // (docs/AUTOMATION.md).
    AutomationRunner automation;
    AutomationRunCounts automationCounts;
    geo::ShipmentGeoWriter geo; // the shipment's places as coordinates (docs/MAP.md)
    bool prepared = false;
    bool eventsFlagInferredCountry = true; // the store's events have country_inferred
    // The delivery-date model ingest estimates with: the store's latest (edd_models), looked
    // for again at every batch so a refit elsewhere takes over (docs/PREDICTION.md).
    bool eddColumns = false; // the store has the prediction columns (schema 20 on)
    std::shared_ptr<const predict::EddModel> edd;
    qint64 eddVersion = 0;
    QString eddProblem;
    geo::TimeZoneResolver zones; // the estimates' local dates
    std::unique_ptr<SqlStatement> writeEdd;

    std::unique_ptr<SqlStatement> findCandidates;
    std::unique_ptr<SqlStatement> loadShipment;
    std::unique_ptr<SqlStatement> insertShipment;
    std::unique_ptr<SqlStatement> updateShipment;
    std::unique_ptr<SqlStatement> insertEvent;
    std::unique_ptr<SqlStatement> loadEvents;
    std::unique_ptr<SqlStatement> findPayload;
    std::unique_ptr<SqlStatement> insertPayload;
    std::unique_ptr<SqlStatement> loadExceptions;
    std::unique_ptr<SqlStatement> insertException;
    std::unique_ptr<SqlStatement> updateException;
    std::unique_ptr<SqlStatement> insertHistory;
    std::unique_ptr<SqlStatement> upsertUnmapped;
    // The orders' link (schema 16 on): a new shipment's order by tracking number, and its link.
    std::unique_ptr<SqlStatement> findOrder;
    std::unique_ptr<SqlStatement> insertOrderLink;

    // Shipments the current document already matched in this batch: its other entries
    // with the same tracking number are different shipments. Cleared with every batch, so
    // a document read again later finds its shipments again.
    QString currentDocument;
    QSet<qint64> claimedByDocument;

    bool prepareAll(QString *error);
    bool refuseReplica(QString *error);
    bool begin(QString *error)
    {
        // BEGIN IMMEDIATE on SQLite: a deferred transaction that reads first could not
        // take the write lock once another connection (a team server's edit) has written.
        if (execSql(db, SqlDialect::of(db).beginWrite(), nullptr))
            return true;
        if (error)
            *error = describeSqlError(db.lastError(), QStringLiteral("BEGIN"));
        return false;
    }
    // Commits; on failure rolls back and says why.
    bool commit(QString *error)
    {
        if (db.commit())
            return true;
        if (error)
            *error = describeSqlError(db.lastError(), QStringLiteral("COMMIT"));
        db.rollback();
        return false;
    }
    bool prepareStatement(std::unique_ptr<SqlStatement> &statement, const QString &sql, QString *error)
    {
        statement = SqlStatement::prepare(database, sql, error);
        return statement != nullptr;
    }
    bool ingestOne(const ShipmentRecord &record, const PreparedPayload *payload, qint64 nowMs,
                   IngestCounts &counts, QString *error);
    std::optional<StoredShipment> match(const ShipmentRecord &record,
                                        const QList<TrackingEvent> &events, qint64 nowMs,
                                        QString *error, bool *failed);
    bool writeShipment(StoredShipment &s, const ShipmentTimeline &t, bool isNew, qint64 nowMs,
                       QString *error);
    // Queued for the end of the batch (SearchIndexWriter).
    void writeSearch(const StoredShipment &s, const StoredShipment *before);
    bool insertEvents(qint64 shipmentId, const QList<TrackingEvent> &events,
                      const ShipmentRecord &record, qint64 nowMs, IngestCounts &counts,
                      QString *error);
    bool readEvents(qint64 shipmentId, QList<TrackingEvent> &out, QString *error);
    bool storePayload(qint64 shipmentId, const ShipmentRecord &record, const PreparedPayload *ready,
                      bool isNew, qint64 nowMs, IngestCounts &counts, QString *error);
    bool syncExceptions(const StoredShipment &s, const ShipmentFacts &facts, const QList<TrackingEvent> &events,
                        bool isNew, qint64 nowMs, IngestCounts &counts, QString *error);
    // The store's latest delivery-date model, when it is not the one held already.
    bool reloadEddModel(QString *error);
    // Re-estimates a shipment still on its way with the model (P50, P90, cell, the chance of
    // missing the promise), writes it beside the carrier's estimate and puts the delay risk
    // into `facts`. A delivered shipment keeps its last estimate; without a model nothing changes.
    bool estimate(const StoredShipment &s, const QList<TrackingEvent> &events, const ShipmentTimeline &timeline,
                  qint64 nowMs, ShipmentFacts &facts, QString *error);
    bool history(qint64 exceptionId, qint64 atMs, const char *action, const QString &detail,
                 QString *error);
    bool evaluateStored(qint64 shipmentId, qint64 nowMs, IngestCounts &counts, QString *error);
    // The details changed: the shipment's row, search row, rollups, exceptions and places follow.
    bool rewrite(StoredShipment &s, const StoredShipment &before, qint64 nowMs, IngestCounts &counts,
                 QString *error);
    bool applyOrder(qint64 shipmentId, const LinkedOrder &order, qint64 nowMs,
                    IngestCounts &counts, QString *error);
    // The order a new shipment's tracking number (and carrier) links it to, if any.
    bool findLinkedOrder(const ShipmentRecord &record, std::optional<qint64> firstScanMs,
                         std::optional<LinkedOrder> &order, QString *error);
    // Begins a batch: the write transaction, the team's assignment rules read again, the
    // document scope and the rollups' batch.
    bool beginBatch(QString *error)
    {
        if (!prepareAll(error) || !begin(error))
            return false;
        if (!assigner.reload(error) || !automation.reload(error)
            || !reloadEddModel(error)) {
            db.rollback();
            return false;
        }
        currentDocument.clear();
        claimedByDocument.clear();
        kpiFacts.beginBatch();
        return true;
    }
    // Ends a batch begun with beginBatch(): rollups, search rows, commit; rolls back on failure.
    bool endBatch(int batchSize, QString *error);
    // The automation rules on the batch's transitions, in its transaction (before endBatch).
    bool runAutomation(qint64 nowMs, QString *error)
    {
        AutomationRunCounts counts;
        if (!automation.run(nowMs, &counts, error))
            return false;
        automationCounts += counts;
        return true;
    }
    void abandonBatch()
    {
        automation.discard();
        search.discard();
        kpiFacts.discardBatch();
        db.rollback();
    }
};

bool ShipmentIngestor::Private::refuseReplica(QString *error)
{
    // A replica of a team server holds the server's ids and is written by sync alone:
    // rows made here would collide with the server's (docs/SYNC.md).
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'sync.server_url'")) && query.next()) {
        *error = QStringLiteral("this store is a replica of the team server at %1 and only sync writes to it; "
                                "ingest, demo data and exception refresh run on the server")
                     .arg(query.value(0).toString());
        return false;
    }
    return true;
}

bool ShipmentIngestor::acceptsIngest(QString *reason) const
{
    QString refusal;
    const bool accepts = d->refuseReplica(&refusal);
    if (reason)
        *reason = refusal;
    return accepts;
}

bool ShipmentIngestor::Private::prepareAll(QString *error)
{
    if (prepared)
        return true;
    if (!refuseReplica(error))
        return false;
    const QString shipmentValues = QStringLiteral(
        "carrier, tracking_number, carrier_reference, master_tracking_number, piece_count, "
        "service, source_format, tag, subtag, status_conflict, estimated_date, estimated_at_ms, "
        "estimated_offset_min, shipped_at_ms, first_event_at_ms, last_event_at_ms, "
        "last_event_offset_min, first_scan_at_ms, delivered_at_ms, attempt_count, "
        "last_location, origin_city, origin_state, origin_postal, origin_country, dest_city, "
        "dest_state, dest_postal, dest_country, order_id, customer_name, customer_email, "
        "customer_phone, order_value_cents, currency, promised_date, ordered_at_ms, version, "
        "created_at_ms, updated_at_ms, payment_mode, cod_amount_cents, cod_currency");
    const SqlDialect &dialect = database.dialect();
    // Only tests keep a store at an older schema (Database::openAtVersion), as the geo writer
    // checks too; before schema 12 events have no inferred-country flag and are written
    // without it.
    const int schemaVersion = SchemaMigrator::currentVersion(database.connection(), error);
    if (schemaVersion < 0)
        return false;
    eventsFlagInferredCountry = schemaVersion >= FirstSchemaWithInferredCountry;
    eddColumns = schemaVersion >= predict::EddModelStore::FirstSchemaVersion;
    const QString storedColumns = ShipmentColumns + (eddColumns ? EddColumns : QString());
    QStringList assignments;
    for (const QString &column : shipmentValues.split(QStringLiteral(", ")))
        assignments.append(column + QStringLiteral(" = ?"));
    const bool ok =
        prepareStatement(findCandidates, QStringLiteral("SELECT %1 FROM shipments WHERE tracking_number = ? AND carrier = ?")
                    .arg(storedColumns),
                error)
        && prepareStatement(loadShipment, QStringLiteral("SELECT %1 FROM shipments WHERE id = ?").arg(storedColumns), error)
        && prepareStatement(insertShipment, QStringLiteral("INSERT INTO shipments(%1) VALUES(%2)")
                       .arg(shipmentValues, QStringList(43, QStringLiteral("?")).join(QLatin1Char(',')))
                       + dialect.returningId(),
                   error)
        && prepareStatement(updateShipment, QStringLiteral("UPDATE shipments SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
                   error)
        && prepareStatement(insertEvent, QStringLiteral("INSERT INTO events(shipment_id, occurred_at_ms, scan_minute, "
                                  "utc_offset_min, time_assumed, tag, subtag, unmapped, raw_code, "
                                  "description, city, state, country, postal, source_format, "
                                  "received_at_ms%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?%2) "
                                  "ON CONFLICT(shipment_id, scan_minute, tag) DO NOTHING")
                                  .arg(eventsFlagInferredCountry ? QStringLiteral(", country_inferred") : QString(),
                                       eventsFlagInferredCountry ? QStringLiteral(",?") : QString()),
                   error)
        && prepareStatement(loadEvents, QStringLiteral("SELECT occurred_at_ms, utc_offset_min, time_assumed, tag, subtag, "
                                  "unmapped, raw_code, description, city, state, country, postal "
                                  "FROM events WHERE shipment_id = ? ORDER BY occurred_at_ms, id"),
                   error)
        && prepareStatement(findPayload, QStringLiteral("SELECT 1 FROM raw_payloads WHERE shipment_id = ? AND content_hash = ? LIMIT 1"),
                   error)
        && prepareStatement(insertPayload, QStringLiteral("INSERT INTO raw_payloads(shipment_id, received_at_ms, source_format, "
                                  "source_document, content_hash, body) VALUES(?,?,?,?,?,?)"),
                   error)
        && prepareStatement(loadExceptions, QStringLiteral("SELECT id, type, trigger_at_ms, status, resolution, "
                                  "first_action_at_ms IS NOT NULL, reason, attempt_count, detail, "
                                  "priority_score, late_by_ms, fake_attempt_at_ms, priority FROM exceptions WHERE shipment_id = ?"),
                   error)
        && prepareStatement(insertException, QStringLiteral("INSERT INTO exceptions(shipment_id, type, reason, party, status, "
                                  "resolution, trigger_at_ms, detected_at_ms, resolved_at_ms, "
                                  "first_action_due_ms, resolve_due_ms, priority_score, priority, "
                                  "attempt_count, late_by_ms, detail, updated_at_ms) "
                                  "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                       + dialect.returningId(),
                   error)
        && prepareStatement(updateException, QStringLiteral("UPDATE exceptions SET reason = ?, party = ?, status = ?, "
                                  "resolution = ?, resolved_at_ms = ?, priority_score = ?, "
                                  "priority = ?, attempt_count = ?, late_by_ms = ?, detail = ?, "
                                  "version = version + 1, updated_at_ms = ? WHERE id = ?"),
                   error)
        && prepareStatement(insertHistory, QStringLiteral("INSERT INTO exception_history(exception_id, at_ms, action, actor, "
                                  "detail) VALUES(?,?,?,'rules',?)"),
                   error)
        && prepareStatement(upsertUnmapped, QStringLiteral("INSERT INTO unmapped_codes(source_format, carrier, raw_code, "
                                  "sample_description, occurrences, first_seen_ms, last_seen_ms) "
                                  "VALUES(?,?,?,?,1,?,?) ON CONFLICT(source_format, carrier, raw_code) "
                                  "DO UPDATE SET occurrences = unmapped_codes.occurrences + 1, "
                                  "last_seen_ms = excluded.last_seen_ms"),
                   error);
    if (ok && eddColumns
        && !prepareStatement(writeEdd,
                             QStringLiteral("UPDATE shipments SET edd_p50_date = ?, edd_p90_date = ?, edd_level = ?, "
                                            "edd_cell = ?, edd_samples = ?, edd_milestone = ?, edd_late_permille = ?, "
                                            "edd_model_version = ?, edd_estimated_at_ms = ? WHERE id = ?"),
                             error))
        return false;
    const bool orders = ok && schemaVersion >= OrderShipmentLink::FirstSchemaVersion;
    prepared = ok
               && (!orders
                   || (prepareStatement(findOrder, OrderShipmentLink::claimsSql(), error)
                       && prepareStatement(insertOrderLink, OrderShipmentLink::insertLinkSql(), error)));
    return prepared;
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
    findCandidates->bind(0, record.trackingNumber);
    findCandidates->bind(1, record.carrier);
    if (!findCandidates->exec(error)) {
        *failed = true;
        return std::nullopt;
    }
    const qint64 inFirst = events.isEmpty() ? nowMs : events.constFirst().occurredAt.utcMs;
    const qint64 inLast = events.isEmpty() ? nowMs : events.constLast().occurredAt.utcMs;
    std::optional<StoredShipment> best;
    qint64 bestGap = std::numeric_limits<qint64>::max();
    while (findCandidates->next()) {
        StoredShipment c = readStored(*findCandidates, eddColumns);
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
    findCandidates->finish();
    if (best)
        claimedByDocument.insert(best->id);
    return best;
}

bool ShipmentIngestor::Private::writeShipment(StoredShipment &s, const ShipmentTimeline &t,
                                              bool isNew, qint64 nowMs, QString *error)
{
    SqlStatement *q = isNew ? insertShipment.get() : updateShipment.get();
    int i = 0;
    q->bind(i++, s.carrier);
    q->bind(i++, s.trackingNumber);
    q->bind(i++, s.carrierReference);
    q->bind(i++, s.masterTrackingNumber);
    q->bind(i++, s.pieceCount);
    q->bind(i++, s.service);
    q->bind(i++, s.sourceFormat);
    q->bind(i++, static_cast<int>(t.tag));
    q->bind(i++, static_cast<int>(t.subtag));
    q->bind(i++, s.statusConflict);
    q->bind(i++, s.estimated.date.isValid() ? s.estimated.date.toString(Qt::ISODate) : QString());
    q->bind(i++, std::optional<qint64>(s.estimated.hasTime ? std::optional<qint64>(s.estimated.at.utcMs) : std::nullopt));
    q->bind(i++, static_cast<int>(s.estimated.at.offsetMinutes));
    q->bind(i++, std::optional<qint64>(s.shippedAt));
    q->bind(i++, std::optional<qint64>(t.firstEventMs));
    q->bind(i++, std::optional<qint64>(t.lastEventMs));
    q->bind(i++, t.lastOffsetMinutes);
    q->bind(i++, std::optional<qint64>(t.firstScanMs));
    q->bind(i++, std::optional<qint64>(t.deliveredMs));
    q->bind(i++, t.attemptCount);
    q->bind(i++, t.lastLocation);
    q->bind(i++, s.origin.city);
    q->bind(i++, s.origin.state);
    q->bind(i++, s.origin.postalCode);
    q->bind(i++, s.origin.country);
    q->bind(i++, s.destination.city);
    q->bind(i++, s.destination.state);
    q->bind(i++, s.destination.postalCode);
    q->bind(i++, s.destination.country);
    q->bind(i++, s.orderId);
    q->bind(i++, s.customerName);
    q->bind(i++, s.customerEmail);
    q->bind(i++, s.customerPhone);
    q->bind(i++, s.orderValueCents);
    q->bind(i++, s.currency);
    q->bind(i++, s.promisedDate.isValid() ? s.promisedDate.toString(Qt::ISODate) : QString());
    q->bind(i++, std::optional<qint64>(s.orderedAt));
    q->bind(i++, s.version);
    q->bind(i++, isNew ? nowMs : s.createdAt);
    q->bind(i++, nowMs);
    q->bind(i++, static_cast<int>(s.payment.mode));
    q->bind(i++, s.payment.codAmountCents);
    q->bind(i++, s.payment.codCurrency);
    if (!isNew)
        q->bind(i++, s.id);
    if (!q->exec(error))
        return false;
    if (isNew) {
        s.id = q->lastInsertId();
        s.createdAt = nowMs;
    }
    s.firstEventMs = t.firstEventMs;
    s.lastEventMs = t.lastEventMs;
    return true;
}

void ShipmentIngestor::Private::writeSearch(const StoredShipment &s, const StoredShipment *before)
{
    if (before)
        search.replace(s.id, searchFieldsOf(*before), searchFieldsOf(s));
    else
        search.add(s.id, searchFieldsOf(s));
}

bool ShipmentIngestor::Private::insertEvents(qint64 shipmentId, const QList<TrackingEvent> &events,
                                             const ShipmentRecord &record, qint64 nowMs,
                                             IngestCounts &counts, QString *error)
{
    SqlStatement *q = insertEvent.get();
    for (const TrackingEvent &e : events) {
        int i = 0;
        q->bind(i++, shipmentId);
        q->bind(i++, e.occurredAt.utcMs);
        q->bind(i++, keyOf(e).minute);
        q->bind(i++, static_cast<int>(e.occurredAt.offsetMinutes));
        q->bind(i++, e.timeAssumed ? 1 : 0);
        q->bind(i++, static_cast<int>(e.tag));
        q->bind(i++, static_cast<int>(e.subtag));
        q->bind(i++, e.unmappedCode ? 1 : 0);
        q->bind(i++, e.rawCode);
        q->bind(i++, e.description);
        q->bind(i++, e.city);
        q->bind(i++, e.state);
        q->bind(i++, e.country);
        q->bind(i++, e.postalCode);
        q->bind(i++, record.sourceFormat);
        q->bind(i++, nowMs);
        if (eventsFlagInferredCountry)
            q->bind(i++, e.countryInferred ? 1 : 0);
        if (!q->exec(error))
            return false;
        if (q->changes() > 0) {
            ++counts.eventsNew;
            if (e.unmappedCode) {
                ++counts.unmappedEvents;
                upsertUnmapped->bind(0, record.sourceFormat);
                upsertUnmapped->bind(1, record.carrier);
                upsertUnmapped->bind(2, e.rawCode);
                upsertUnmapped->bind(3, e.description);
                upsertUnmapped->bind(4, nowMs);
                upsertUnmapped->bind(5, nowMs);
                if (!upsertUnmapped->exec(error))
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
    loadEvents->bind(0, shipmentId);
    if (!loadEvents->exec(error))
        return false;
    out.clear();
    while (loadEvents->next()) {
        TrackingEvent e;
        e.occurredAt.utcMs = loadEvents->int64(0);
        e.occurredAt.offsetMinutes = static_cast<qint16>(static_cast<int>(loadEvents->int64(1)));
        e.timeAssumed = static_cast<int>(loadEvents->int64(2)) != 0;
        e.tag = tagFromInt(static_cast<int>(loadEvents->int64(3))).value_or(Tag::InTransit);
        e.subtag = subtagFromInt(static_cast<int>(loadEvents->int64(4))).value_or(genericSubtag(e.tag));
        e.unmappedCode = static_cast<int>(loadEvents->int64(5)) != 0;
        e.rawCode = loadEvents->text(6);
        e.description = loadEvents->text(7);
        e.city = loadEvents->text(8);
        e.state = loadEvents->text(9);
        e.country = loadEvents->text(10);
        e.postalCode = loadEvents->text(11);
        out.append(std::move(e));
    }
    loadEvents->finish();
    return true;
}

bool ShipmentIngestor::Private::storePayload(qint64 shipmentId, const ShipmentRecord &record,
                                             const PreparedPayload *ready, bool isNew, qint64 nowMs,
                                             IngestCounts &counts, QString *error)
{
    if (record.rawPayload.isEmpty())
        return true;
    const PreparedPayload payload = ready && !ready->isEmpty() ? *ready : PreparedPayload::of(record.rawPayload);
    if (!isNew) {
        findPayload->bind(0, shipmentId);
        findPayload->bind(1, payload.hash);
        if (!findPayload->exec(error))
            return false;
        const bool known = findPayload->next();
        findPayload->finish();
        if (known)
            return true;
    }
    insertPayload->bind(0, shipmentId);
    insertPayload->bind(1, nowMs);
    insertPayload->bind(2, record.sourceFormat);
    insertPayload->bind(3, record.sourceDocument);
    insertPayload->bind(4, payload.hash);
    insertPayload->bindBlob(5, payload.compressed);
    if (!insertPayload->exec(error))
        return false;
    ++counts.rawPayloadsStored;
    return true;
}

bool ShipmentIngestor::Private::history(qint64 exceptionId, qint64 atMs, const char *action,
                                        const QString &detail, QString *error)
{
    insertHistory->bind(0, exceptionId);
    insertHistory->bind(1, atMs);
    insertHistory->bind(2, QString::fromLatin1(action));
    insertHistory->bind(3, detail);
    return insertHistory->exec(error);
}

bool ShipmentIngestor::Private::reloadEddModel(QString *error)
{
    if (!eddColumns)
        return true;
    const std::optional<qint64> latest = predict::EddModelStore::latestVersion(database, error);
    if (!latest)
        return false;
    if (*latest == eddVersion)
        return true;
    // A stored model that cannot be read (damaged, or of a layout this build does not
    // know) stops the estimates, never the ingest: the shipments and their events are
    // stored without a new estimate, and predictionProblem() says why until a refit.
    eddVersion = *latest;
    eddProblem.clear();
    std::optional<predict::StoredEddModel> stored = predict::EddModelStore::latest(database, &eddProblem);
    edd = stored ? stored->model : nullptr;
    return true;
}

bool ShipmentIngestor::Private::estimate(const StoredShipment &s, const QList<TrackingEvent> &events,
                                         const ShipmentTimeline &timeline, qint64 nowMs, ShipmentFacts &facts,
                                         QString *error)
{
    if (!edd || !writeEdd || timeline.deliveredMs)
        return true;
    predict::LiveShipment live;
    live.carrier = s.carrier;
    live.service = s.service;
    live.originCountry = s.origin.country;
    live.originState = s.origin.state;
    live.destinationCountry = s.destination.country;
    live.destinationState = s.destination.state;
    live.shippedMs = s.shippedAt;
    live.firstScanMs = timeline.firstScanMs;
    live.fallbackOffsetMinutes = timeline.lastOffsetMinutes;
    for (const TrackingEvent &e : events) {
        if (!live.atDeliveryFacilityMs && e.subtag == Subtag::InTransitArrivedAtDeliveryFacility)
            live.atDeliveryFacilityMs = e.occurredAt.utcMs;
        if (!live.outForDeliveryMs && e.tag == Tag::OutForDelivery)
            live.outForDeliveryMs = e.occurredAt.utcMs;
    }
    const std::optional<predict::LiveTransitQuery> asked = predict::LiveTransitQuery::of(live, nowMs, zones);
    if (!asked)
        return true; // no ship time and no carrier scan: nothing to start from
    const predict::EddEstimate e = edd->estimate(asked->query);
    const QDate promised = s.promisedDate.isValid() ? s.promisedDate : s.estimated.date;
    const predict::DelayRisk risk =
        predict::DelayRiskAssessor::assess(*edd, asked->query, promised, rules.config().delayRiskPercent / 100.0);
    if (risk.atRisk) {
        DelayRiskSignal signal;
        signal.sinceMs = std::max(asked->milestoneMs, startOfDayMs(risk.since, timeline.lastOffsetMinutes));
        signal.permille = qRound(risk.probability * 1000.0);
        signal.detail = risk.detail(asked->query);
        facts.delayRisk = signal;
    }
    const QString p50 = e.enoughHistory ? e.p50Date.toString(Qt::ISODate) : QString();
    const QString p90 = e.enoughHistory ? e.p90Date.toString(Qt::ISODate) : QString();
    const QString cell = e.enoughHistory ? predict::EddModel::cellText(asked->query.lane, e.level) : QString();
    const qint64 late = risk.basis.enoughHistory ? qRound(risk.probability * 1000.0) : -1;
    // Written only when it changed: the refresh re-estimates every unfinished shipment every
    // few minutes, and most estimates stay the same from one to the next.
    if (s.edd == eddKey(p50, p90, static_cast<int>(e.level), cell, e.sampleSize, static_cast<int>(e.milestone), late,
                        eddVersion))
        return true;
    int i = 0;
    writeEdd->bind(i++, p50);
    writeEdd->bind(i++, p90);
    writeEdd->bind(i++, static_cast<int>(e.level));
    writeEdd->bind(i++, cell);
    writeEdd->bind(i++, e.sampleSize);
    writeEdd->bind(i++, static_cast<int>(e.milestone));
    if (late >= 0)
        writeEdd->bind(i++, late);
    else
        writeEdd->bindNull(i++);
    writeEdd->bind(i++, eddVersion);
    writeEdd->bind(i++, nowMs);
    writeEdd->bind(i++, s.id);
    return writeEdd->exec(error);
}

bool ShipmentIngestor::Private::syncExceptions(const StoredShipment &s, const ShipmentFacts &facts,
                                               const QList<TrackingEvent> &events, bool isNew,
                                               qint64 nowMs, IngestCounts &counts, QString *error)
{
    const QList<ExceptionEpisode> episodes = rules.detect(facts, events, nowMs);

    QList<StoredException> stored;
    if (!isNew) {
        loadExceptions->bind(0, s.id);
        if (!loadExceptions->exec(error))
            return false;
        while (loadExceptions->next()) {
            StoredException x;
            x.id = loadExceptions->int64(0);
            x.type = exceptionTypeFromInt(static_cast<int>(loadExceptions->int64(1))).value_or(ExceptionType::Stuck);
            x.triggerMs = loadExceptions->int64(2);
            x.status = static_cast<ExceptionStatus>(static_cast<int>(loadExceptions->int64(3)));
            x.resolution = static_cast<ExceptionResolution>(static_cast<int>(loadExceptions->int64(4)));
            x.firstActionTaken = (loadExceptions->int64(5) != 0);
            x.reason = ndrReasonFromInt(static_cast<int>(loadExceptions->int64(6))).value_or(NdrReason::None);
            x.attemptCount = static_cast<int>(loadExceptions->int64(7));
            x.detail = loadExceptions->text(8);
            x.score = static_cast<int>(loadExceptions->int64(9));
            x.lateByMs = loadExceptions->int64(10);
            x.fakeAttemptAtMs = loadExceptions->optionalInt64(11);
            x.band = static_cast<int>(loadExceptions->int64(12));
            stored.append(x);
        }
        loadExceptions->finish();
    }
    if (episodes.isEmpty() && stored.isEmpty())
        return true;

    QSet<qint64> matched;
    for (ExceptionEpisode ep : episodes) {
        const auto existing = std::find_if(stored.begin(), stored.end(), [&](const StoredException &x) {
            return x.type == ep.type && x.triggerMs == ep.triggerMs;
        });
        // An attempt an agent found fake stays fake until the carrier reports another one.
        if (existing != stored.end() && existing->fakeAttemptAtMs && ep.type == ExceptionType::FailedAttempt
            && latestAttemptMs(ep, events) == existing->fakeAttemptAtMs) {
            ep.reason = NdrReason::FakeAttempt;
            ep.party = ResponsibleParty::Carrier;
        }
        const bool firstActionTaken = existing != stored.end() && existing->firstActionTaken;
        const ExceptionPriority prio =
            rules.priority(ep, facts, ep.clearedMs.value_or(nowMs), firstActionTaken);
        const SlaPolicy &sla = rules.config().slaFor(ep.type);
        if (existing == stored.end()) {
            int i = 0;
            SqlStatement *q = insertException.get();
            q->bind(i++, s.id);
            q->bind(i++, static_cast<int>(ep.type));
            q->bind(i++, static_cast<int>(ep.reason));
            q->bind(i++, static_cast<int>(ep.party));
            q->bind(i++, static_cast<int>(ep.isOpen() ? ExceptionStatus::Open : ExceptionStatus::Resolved));
            q->bind(i++, static_cast<int>(ep.isOpen() ? ExceptionResolution::None : ExceptionResolution::ConditionCleared));
            q->bind(i++, ep.triggerMs);
            q->bind(i++, nowMs);
            q->bind(i++, std::optional<qint64>(ep.clearedMs));
            q->bind(i++, ep.triggerMs + sla.firstActionHours * MsPerHour);
            q->bind(i++, ep.triggerMs + sla.resolveHours * MsPerHour);
            q->bind(i++, prio.score);
            q->bind(i++, prio.band);
            q->bind(i++, ep.attemptCount);
            q->bind(i++, ep.lateByMs);
            q->bind(i++, ep.detail);
            q->bind(i++, nowMs);
            if (!q->exec(error))
                return false;
            const qint64 id = q->lastInsertId();
            if (!history(id, ep.triggerMs, "opened", ep.detail, error))
                return false;
            if (ep.isOpen()) {
                ++counts.exceptionsOpened;
                const AssignmentSubject subject{ep.type, ep.reason, s.carrier, s.payment.mode, ep.attemptCount};
                if (!assigner.assign(id, subject, nowMs, error))
                    return false;
                automation.exceptionOpened(s.id, id, false, nowMs);
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
        SqlStatement *q = updateException.get();
        q->bind(i++, static_cast<int>(ep.reason));
        q->bind(i++, static_cast<int>(ep.party));
        q->bind(i++, static_cast<int>(ep.isOpen() ? ExceptionStatus::Open : ExceptionStatus::Resolved));
        q->bind(i++, static_cast<int>(ep.isOpen() ? ExceptionResolution::None : ExceptionResolution::ConditionCleared));
        q->bind(i++, std::optional<qint64>(ep.clearedMs));
        q->bind(i++, prio.score);
        q->bind(i++, prio.band);
        q->bind(i++, ep.attemptCount);
        q->bind(i++, ep.lateByMs);
        q->bind(i++, ep.detail);
        q->bind(i++, nowMs);
        q->bind(i++, existing->id);
        if (!q->exec(error))
            return false;
        if (ep.isOpen())
            automation.exceptionPriorityChanged(s.id, existing->id, reopening ? 4 : existing->band, prio.band, nowMs);
        if (reopening) {
            automation.exceptionOpened(s.id, existing->id, true, nowMs);
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
        SqlStatement *q = updateException.get();
        q->bind(i++, static_cast<int>(x.reason));
        q->bind(i++, static_cast<int>(ExceptionRules::partyFor(x.type, x.reason, Subtag::Exception)));
        q->bind(i++, static_cast<int>(ExceptionStatus::Resolved));
        q->bind(i++, static_cast<int>(ExceptionResolution::ConditionCleared));
        q->bind(i++, nowMs);
        q->bind(i++, x.score);
        q->bind(i++, 4);
        q->bind(i++, x.attemptCount);
        q->bind(i++, x.lateByMs);
        q->bind(i++, x.detail);
        q->bind(i++, nowMs);
        q->bind(i++, x.id);
        if (!q->exec(error))
            return false;
        ++counts.exceptionsResolved;
        if (!history(x.id, nowMs, "condition_cleared",
                     QStringLiteral("the timeline no longer shows this condition"), error))
            return false;
    }
    return true;
}

bool ShipmentIngestor::Private::ingestOne(const ShipmentRecord &record, const PreparedPayload *payload,
                                          qint64 nowMs, IngestCounts &counts, QString *error)
{
    QList<TrackingEvent> events = uniqueSortedEvents(record.events);
    bool failed = false;
    std::optional<StoredShipment> existing = match(record, events, nowMs, error, &failed);
    if (failed)
        return false;

    if (!existing) {
        StoredShipment s = storedFromRecord(record);
        std::optional<LinkedOrder> order;
        if (!findLinkedOrder(record, events.isEmpty() ? std::nullopt : std::optional<qint64>(events.constFirst().occurredAt.utcMs),
                             order, error))
            return false;
        if (order)
            mergeOrder(s, *order);
        const ShipmentTimeline timeline = ShipmentTimeline::of(events);
        if (!writeShipment(s, timeline, true, nowMs, error))
            return false;
        if (order) {
            insertOrderLink->bind(0, s.id);
            insertOrderLink->bind(1, order->orderRowId);
            insertOrderLink->bind(2, s.trackingNumber);
            insertOrderLink->bind(3, nowMs);
            if (!insertOrderLink->exec(error))
                return false;
        }
        claimedByDocument.insert(s.id);
        ++counts.shipmentsNew;
        writeSearch(s, nullptr);
        // Its first status, for the automation rules (run before the batch commits).
        automation.shipmentWritten(s.id, std::nullopt, timeline.tag, timeline.subtag, events);
        ShipmentFacts facts = factsOf(s);
        return insertEvents(s.id, events, record, nowMs, counts, error)
               && storePayload(s.id, record, payload, true, nowMs, counts, error)
               && estimate(s, events, timeline, nowMs, facts, error)
               && syncExceptions(s, facts, events, true, nowMs, counts, error)
               && kpiFacts.write(s.id, kpiStateOf(s, timeline, QString(), false), events, error)
               && geo.write(s.id, s.version, timeline.lastPlace, s.origin, s.destination, error);
    }

    StoredShipment s = *existing;
    const StoredShipment before = s;
    const bool detailsChanged = mergeRecord(s, record);
    const int newBefore = counts.eventsNew;
    if (!insertEvents(s.id, events, record, nowMs, counts, error))
        return false;
    const bool eventsAdded = counts.eventsNew > newBefore;
    if (!storePayload(s.id, record, payload, false, nowMs, counts, error))
        return false;
    if (!detailsChanged && !eventsAdded) {
        ++counts.shipmentsUnchanged;
        return true;
    }
    return rewrite(s, before, nowMs, counts, error);
}

bool ShipmentIngestor::Private::rewrite(StoredShipment &s, const StoredShipment &before, qint64 nowMs,
                                        IngestCounts &counts, QString *error)
{
    QList<TrackingEvent> all;
    if (!readEvents(s.id, all, error))
        return false;
    ++s.version;
    const ShipmentTimeline timeline = ShipmentTimeline::of(all);
    if (!writeShipment(s, timeline, false, nowMs, error))
        return false;
    ++counts.shipmentsUpdated;
    writeSearch(s, &before);
    automation.shipmentWritten(s.id, AutomationRunner::StoredStatus{static_cast<Tag>(before.tag), static_cast<Subtag>(before.subtag),
                                                                    before.lastEventMs},
                               timeline.tag, timeline.subtag, all);
    // A shipment created earlier in this batch: its rollups are written before its exceptions change.
    ShipmentFacts facts = factsOf(s);
    return kpiFacts.settle(s.id, error) && estimate(s, all, timeline, nowMs, facts, error)
           && syncExceptions(s, facts, all, false, nowMs, counts, error)
           && kpiFacts.write(s.id, kpiStateOf(s, timeline, before.orderId, true), all, error)
           && geo.write(s.id, s.version, timeline.lastPlace, s.origin, s.destination, error);
}

bool ShipmentIngestor::Private::findLinkedOrder(const ShipmentRecord &record, std::optional<qint64> firstScanMs,
                                                std::optional<LinkedOrder> &order, QString *error)
{
    order.reset();
    if (!findOrder)
        return true; // a store before the order tables
    findOrder->bind(0, record.trackingNumber);
    findOrder->bind(1, record.carrier);
    if (!findOrder->exec(error))
        return false;
    while (!order && findOrder->next()) {
        const LinkedOrder claim = OrderShipmentLink::read(*findOrder);
        if (OrderShipmentLink::fits(claim, firstScanMs))
            order = claim;
    }
    findOrder->finish();
    return true;
}

bool ShipmentIngestor::Private::applyOrder(qint64 shipmentId, const LinkedOrder &order, qint64 nowMs,
                                           IngestCounts &counts, QString *error)
{
    loadShipment->bind(0, shipmentId);
    if (!loadShipment->exec(error))
        return false;
    if (!loadShipment->next()) {
        loadShipment->finish();
        if (error)
            *error = QStringLiteral("shipment %1 is not in the store").arg(shipmentId);
        return false;
    }
    StoredShipment s = readStored(*loadShipment, eddColumns);
    loadShipment->finish();
    const StoredShipment before = s;
    if (!mergeOrder(s, order)) {
        ++counts.shipmentsUnchanged;
        return true;
    }
    return rewrite(s, before, nowMs, counts, error);
}

bool ShipmentIngestor::Private::endBatch(int batchSize, QString *error)
{
    if (!kpiFacts.endBatch(error)) {
        if (error)
            *error = QStringLiteral("batch of %1 rolled back: %2").arg(batchSize).arg(*error);
        search.discard();
        db.rollback();
        return false;
    }
    // The search rows last: no statement after them makes FTS5 write a segment early.
    if (!search.flush(error)) {
        if (error)
            *error = QStringLiteral("writing the full-text index of a batch of %1 failed, batch rolled back: %2")
                         .arg(batchSize)
                         .arg(*error);
        search.discard();
        db.rollback();
        return false;
    }
    return commit(error);
}

bool ShipmentIngestor::Private::evaluateStored(qint64 shipmentId, qint64 nowMs,
                                               IngestCounts &counts, QString *error)
{
    loadShipment->bind(0, shipmentId);
    if (!loadShipment->exec(error))
        return false;
    if (!loadShipment->next()) {
        loadShipment->finish();
        return true; // deleted meanwhile
    }
    const StoredShipment s = readStored(*loadShipment, eddColumns);
    loadShipment->finish();
    QList<TrackingEvent> events;
    if (!readEvents(s.id, events, error))
        return false;
    ShipmentFacts facts = factsOf(s);
    return estimate(s, events, ShipmentTimeline::of(events), nowMs, facts, error)
           && syncExceptions(s, facts, events, false, nowMs, counts, error);
}

// --- public ----------------------------------------------------------------------------

ShipmentIngestor::ShipmentIngestor(const Database &database, RulesConfig rules)
    : d(std::make_unique<Private>(database, std::move(rules)))
{
}

ShipmentIngestor::~ShipmentIngestor() = default;

qint64 ShipmentIngestor::predictionModelVersion() const
{
    return d->edd ? d->eddVersion : 0;
}

QString ShipmentIngestor::predictionProblem() const
{
    return d->eddProblem;
}

const RulesConfig &ShipmentIngestor::rules() const
{
    return d->rules.config();
}

AutomationRunner &ShipmentIngestor::automation()
{
    return d->automation;
}

const AutomationRunCounts &ShipmentIngestor::automationCounts() const
{
    return d->automationCounts;
}

bool ShipmentIngestor::ingest(const QList<ShipmentRecord> &batch, qint64 nowMs,
                              IngestCounts *counts, QString *error)
{
    return ingest(batch, {}, nowMs, counts, error);
}

bool ShipmentIngestor::ingest(const QList<ShipmentRecord> &batch, const QList<PreparedPayload> &payloads,
                              qint64 nowMs, IngestCounts *counts, QString *error)
{
    if (!d->beginBatch(error))
        return false;
    IngestCounts batchCounts;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ShipmentRecord &record = batch.at(i);
        const PreparedPayload *payload = i < payloads.size() ? &payloads.at(i) : nullptr;
        if (!d->ingestOne(record, payload, nowMs, batchCounts, error)) {
            if (error)
                *error = QStringLiteral("storing %1 %2 failed, batch of %3 rolled back: %4")
                             .arg(record.carrier, record.trackingNumber)
                             .arg(batch.size())
                             .arg(*error);
            d->abandonBatch();
            return false;
        }
    }
    if (!d->runAutomation(nowMs, error)) {
        d->abandonBatch();
        return false;
    }
    if (!d->endBatch(static_cast<int>(batch.size()), error)) {
        d->automation.discard();
        return false;
    }
    d->automation.deliver();
    if (counts)
        *counts += batchCounts;
    return true;
}

bool ShipmentIngestor::writeOrders(const std::function<bool(const ShipmentOrderWriter &, QString *)> &work,
                                   qint64 nowMs, IngestCounts *counts, QString *error)
{
    if (!d->beginBatch(error))
        return false;
    IngestCounts batchCounts;
    int written = 0;
    const ShipmentOrderWriter writer = [&](qint64 shipmentId, const LinkedOrder &order, QString *writeError) {
        ++written;
        return d->applyOrder(shipmentId, order, nowMs, batchCounts, writeError);
    };
    if (!work(writer, error) || !d->runAutomation(nowMs, error)) {
        d->abandonBatch();
        return false;
    }
    if (!d->endBatch(written, error)) {
        d->automation.discard();
        return false;
    }
    d->automation.deliver();
    if (counts)
        *counts += batchCounts;
    return true;
}

namespace {

QString returnItemsJson(const QList<ReturnItem> &items)
{
    QJsonArray array;
    for (const ReturnItem &item : items) {
        array.append(QJsonObject{{QStringLiteral("sku"), item.sku},
                                 {QStringLiteral("name"), item.name},
                                 {QStringLiteral("quantity"), item.quantity},
                                 {QStringLiteral("unit_price_cents"), item.unitPriceCents},
                                 {QStringLiteral("final_sale"), item.finalSale},
                                 {QStringLiteral("category"), item.category},
                                 {QStringLiteral("variant"), item.variant},
                                 {QStringLiteral("worn"), item.worn},
                                 {QStringLiteral("opened"), item.opened},
                                 {QStringLiteral("tags_removed"), item.tagsRemoved}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The returns' columns a feed record writes, in this order, after `rma` on insert and
// before `id` on update.
const char ReturnFeedColumns[] = "shipment_id, order_id, reason, reason_note, items, amount_cents, currency, "
                                 "requested_at_ms, delivered_at_ms, window_days, status, resolution, "
                                 "resolution_amount_cents, reverse_carrier, reverse_tracking_number, "
                                 "inspection_grade, updated_at_ms";
constexpr int ReturnFeedColumnCount = 17;

void bindReturnFields(SqlStatement &statement, int first, const ReturnFeedFields &f, qint64 nowMs)
{
    int i = first;
    statement.bind(i++, f.shipmentId);
    statement.bind(i++, f.orderId);
    statement.bind(i++, static_cast<int>(f.reason));
    statement.bind(i++, f.reasonNote);
    statement.bind(i++, f.items);
    statement.bind(i++, f.amountCents);
    statement.bind(i++, f.currency);
    statement.bind(i++, f.requestedAtMs.value_or(nowMs));
    statement.bind(i++, f.deliveredAtMs);
    statement.bind(i++, f.windowDays);
    statement.bind(i++, static_cast<int>(f.status));
    statement.bind(i++, static_cast<int>(f.resolution));
    statement.bind(i++, f.resolutionAmountCents);
    statement.bind(i++, f.reverseCarrier);
    statement.bind(i++, f.reverseTrackingNumber);
    statement.bind(i++, f.inspectionGrade);
    statement.bind(i++, f.updatedAtMs);
}

// A stored return's fields, read by `SELECT id, <ReturnFeedColumns>, decided_by`.
ReturnFeedFields storedReturnFields(const SqlStatement &q)
{
    ReturnFeedFields f;
    int i = 1;
    f.shipmentId = q.optionalInt64(i++);
    f.orderId = q.text(i++);
    f.reason = returnReasonFromInt(static_cast<int>(q.int64(i++))).value_or(ReturnReason::ChangedMind);
    f.reasonNote = q.text(i++);
    f.items = q.text(i++);
    f.amountCents = q.int64(i++);
    f.currency = q.text(i++);
    f.requestedAtMs = q.int64(i++);
    f.deliveredAtMs = q.optionalInt64(i++);
    f.windowDays = static_cast<int>(q.int64(i++));
    f.status = returnStatusFromInt(static_cast<int>(q.int64(i++))).value_or(ReturnStatus::Requested);
    f.resolution = returnResolutionFromInt(static_cast<int>(q.int64(i++))).value_or(ReturnResolution::None);
    f.resolutionAmountCents = q.int64(i++);
    f.reverseCarrier = q.text(i++);
    f.reverseTrackingNumber = q.text(i++);
    f.inspectionGrade = q.text(i++);
    f.updatedAtMs = q.int64(i++);
    return f;
}

} // namespace

bool ShipmentIngestor::ingestReturns(const QList<ReturnRecord> &batch, qint64 nowMs, QString *error,
                                     ReturnIngestCounts *counts)
{
    if (!d->refuseReplica(error))
        return false;
    const QString columns = QString::fromLatin1(ReturnFeedColumns);
    QString placeholders = QStringLiteral("?");
    QString assignments;
    for (const QString &column : columns.split(QStringLiteral(", "))) {
        placeholders += QStringLiteral(",?");
        assignments += QStringLiteral("%1 = ?, ").arg(column);
    }
    const int schemaVersion = SchemaMigrator::currentVersion(d->database.connection(), error);
    if (schemaVersion < 0)
        return false;
    // Kept verdicts are SQLite's alone (docs/RETURNS.md, "Kept verdicts").
    const bool keepsVerdicts = !d->database.dialect().isPostgres() && schemaVersion >= FirstSchemaWithReturnVerdicts;
    const QString decidedBy = schemaVersion >= FirstSchemaWithDecidedBy ? QStringLiteral("decided_by") : QStringLiteral("''");
    // The record's own label time where the store has the column (else the store's
    // trigger records the instant of the write: docs/RETURNS.md, "Label expiry").
    const bool labelTimes = schemaVersion >= FirstSchemaWithLabelIssuedAt;
    const QString labelRead = labelTimes ? QStringLiteral("label_issued_at_ms") : QStringLiteral("NULL");
    const QString labelColumn = labelTimes ? QStringLiteral(", label_issued_at_ms") : QString();
    const QString labelPlaceholder = labelTimes ? QStringLiteral(",?") : QString();
    const QString labelAssignment = labelTimes ? QStringLiteral("label_issued_at_ms = ?, ") : QString();
    std::unique_ptr<SqlStatement> findShipment, findReturn, insert, update, dropVerdict;
    if (!d->prepareStatement(findShipment,
                 QStringLiteral("SELECT id FROM shipments WHERE tracking_number = ? AND carrier = ? "
                                "ORDER BY last_event_at_ms DESC LIMIT 1"),
                 error)
        || !d->prepareStatement(findReturn,
                                QStringLiteral("SELECT id, %1, %2, %3 FROM returns WHERE rma = ?").arg(columns, decidedBy, labelRead),
                                error)
        || !d->prepareStatement(insert,
                                QStringLiteral("INSERT INTO returns(rma, %1%3) VALUES(%2%4)")
                                    .arg(columns, placeholders, labelColumn, labelPlaceholder),
                                error)
        || !d->prepareStatement(update,
                                QStringLiteral("UPDATE returns SET %1%2version = version + 1 WHERE id = ?")
                                    .arg(assignments, labelAssignment),
                                error)
        || (keepsVerdicts
            && !d->prepareStatement(dropVerdict, QStringLiteral("DELETE FROM return_verdicts WHERE return_id = ?"), error)))
        return false;
    if (!d->begin(error))
        return false;
    if (!d->automation.reload(error)) {
        d->db.rollback();
        return false;
    }
    ReturnIngestCounts batchCounts;
    const auto fail = [&](const ReturnRecord &r) {
        if (error)
            *error = QStringLiteral("storing return %1 failed, batch of %2 rolled back: %3").arg(r.rma).arg(batch.size()).arg(*error);
        d->automation.discard();
        d->db.rollback();
        return false;
    };
    for (const ReturnRecord &r : batch) {
        ReturnFeedFields feed;
        findShipment->bind(0, r.trackingNumber);
        findShipment->bind(1, r.carrier);
        if (!findShipment->exec(error))
            return fail(r);
        if (findShipment->next())
            feed.shipmentId = findShipment->int64(0);
        findShipment->finish();
        feed.orderId = r.orderId;
        feed.reason = r.reason;
        feed.reasonNote = r.reasonNote;
        feed.items = returnItemsJson(r.items);
        feed.amountCents = r.amountCents;
        feed.currency = r.currency;
        feed.requestedAtMs = msOf(r.requestedAt);
        feed.deliveredAtMs = msOf(r.deliveredAt);
        feed.windowDays = r.windowDays;
        feed.status = r.status;
        feed.resolution = r.resolution;
        feed.resolutionAmountCents = r.resolutionAmountCents;
        feed.reverseCarrier = r.reverseCarrier;
        feed.reverseTrackingNumber = r.reverseTrackingNumber;
        feed.inspectionGrade = r.inspectionGrade;
        feed.labelIssuedAtMs = msOf(r.labelIssuedAt);
        feed.updatedAtMs = msOf(r.updatedAt).value_or(nowMs);

        findReturn->bind(0, r.rma);
        if (!findReturn->exec(error))
            return fail(r);
        if (!findReturn->next()) {
            findReturn->finish();
            insert->bind(0, r.rma);
            bindReturnFields(*insert, 1, feed, nowMs);
            if (labelTimes)
                insert->bind(1 + ReturnFeedColumnCount, feed.labelIssuedAtMs);
            if (!insert->exec(error))
                return fail(r);
            if (feed.shipmentId)
                d->automation.returnStatusChanged(*feed.shipmentId, insert->lastInsertId(), feed.status, nowMs);
            ++batchCounts.returnsNew;
            continue;
        }
        // Stored already (this import again, or a newer record of it): merged, so that the
        // store's decisions stand (ReturnFeedMerge).
        const qint64 id = findReturn->int64(0);
        ReturnFeedFields stored = storedReturnFields(*findReturn);
        const QString storedDecidedBy = findReturn->text(ReturnFeedColumnCount + 1);
        stored.labelIssuedAtMs = findReturn->optionalInt64(ReturnFeedColumnCount + 2);
        findReturn->finish();
        const ReturnFeedMerge::Result merged = ReturnFeedMerge::merge(stored, storedDecidedBy, feed);
        if (merged.statusKept)
            ++batchCounts.statusesKept;
        if (!merged.changed) {
            ++batchCounts.returnsUnchanged;
            continue;
        }
        bindReturnFields(*update, 0, merged.fields, nowMs);
        int next = ReturnFeedColumnCount;
        if (labelTimes)
            update->bind(next++, merged.fields.labelIssuedAtMs);
        update->bind(next, id);
        if (!update->exec(error))
            return fail(r);
        if (merged.fields.status != stored.status && merged.fields.shipmentId)
            d->automation.returnStatusChanged(*merged.fields.shipmentId, id, merged.fields.status, nowMs);
        if (merged.requestChanged && dropVerdict) {
            // Judged on another request: judged again when the returns are next judged.
            dropVerdict->bind(0, id);
            if (!dropVerdict->exec(error))
                return fail(r);
        }
        ++batchCounts.returnsUpdated;
    }
    if (!d->runAutomation(nowMs, error)) {
        d->automation.discard();
        d->db.rollback();
        return false;
    }
    if (!d->commit(error)) {
        d->automation.discard();
        return false;
    }
    d->automation.deliver();
    if (counts) {
        counts->returnsNew += batchCounts.returnsNew;
        counts->returnsUpdated += batchCounts.returnsUpdated;
        counts->returnsUnchanged += batchCounts.returnsUnchanged;
        counts->statusesKept += batchCounts.statusesKept;
    }
    return true;
}

bool ShipmentIngestor::refreshExceptions(qint64 nowMs, IngestCounts *counts, QString *error,
                                         const std::function<void(int, int)> &progress,
                                         int batchSize, const std::function<bool()> &cancelled)
{
    if (!d->prepareAll(error))
        return false;
    QList<qint64> ids;
    {
        std::unique_ptr<SqlStatement> unfinished;
        if (!d->prepareStatement(unfinished,
                                 QStringLiteral("SELECT id FROM shipments WHERE tag <> ? "
                                                "UNION SELECT shipment_id FROM exceptions WHERE status = ?"),
                                 error))
            return false;
        unfinished->bind(0, static_cast<int>(Tag::Delivered));
        unfinished->bind(1, static_cast<int>(ExceptionStatus::Open));
        if (!unfinished->exec(error))
            return false;
        while (unfinished->next())
            ids.append(unfinished->int64(0));
    }
    IngestCounts total;
    // A caller that may cancel learns the total before the first batch.
    if (progress && cancelled && !ids.isEmpty())
        progress(0, static_cast<int>(ids.size()));
    for (qsizetype start = 0; start < ids.size(); start += batchSize) {
        if (cancelled && cancelled())
            break;
        if (!d->begin(error))
            return false;
        if (!d->assigner.reload(error) || !d->automation.reload(error)
            || !d->reloadEddModel(error)) {
            d->db.rollback();
            return false;
        }
        IngestCounts batchCounts;
        const qsizetype end = std::min<qsizetype>(ids.size(), start + batchSize);
        for (qsizetype i = start; i < end; ++i) {
            if (!d->evaluateStored(ids.at(i), nowMs, batchCounts, error)) {
                d->automation.discard();
                d->db.rollback();
                return false;
            }
        }
        if (!d->runAutomation(nowMs, error)) {
            d->automation.discard();
            d->db.rollback();
            return false;
        }
        if (!d->commit(error)) {
            d->automation.discard();
            return false;
        }
        d->automation.deliver();
        total += batchCounts;
        if (progress)
            progress(static_cast<int>(end), static_cast<int>(ids.size()));
    }
    // What time alone brings the automation rules (hours in a state, SLA deadlines), found
    // as time is: on every refresh (docs/AUTOMATION.md, "Where the rules run").
    AutomationRunCounts swept;
    if (!d->automation.sweep(nowMs, &swept, error))
        return false;
    d->automationCounts += swept;
    if (counts)
        *counts += total;
    return true;
}

} // namespace ct
