// SPDX-License-Identifier: MIT
#include "kpifacts.h"

#include "kpicalendar.h"
#include "kpicutsql.h"
#include "kpipendingrollups.h"
#include "shipmentoutcomescan.h"

#include "store/database.h"
#include "store/kpiweeklyrollups.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ct {

namespace {

// A shipment's facts from its outcome; its cut keys and order from its row (KpiCutSql, so
// a lane is named as everywhere else). An update that changes nothing writes nothing, so
// no trigger runs.
const char *const UpsertFacts = R"(INSERT INTO kpi_shipments(shipment_id, carrier, service, lane, destination,
    cohort_day, tracked, delivered, failed_attempt, recovered, fake, rto, attempt_day, promised, on_time,
    first_attempt_ok, arrival_day, transit_days, transit_business_days, order_days, order_id, order_day)
  SELECT s.id, s.carrier, s.service, {lane}, s.dest_country, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, s.order_id,
    s.ordered_at_ms / 86400000
  FROM shipments s WHERE s.id = ?
  ON CONFLICT(shipment_id) DO UPDATE SET carrier = excluded.carrier, service = excluded.service, lane = excluded.lane,
    destination = excluded.destination, cohort_day = excluded.cohort_day, tracked = excluded.tracked,
    delivered = excluded.delivered, failed_attempt = excluded.failed_attempt, recovered = excluded.recovered,
    fake = excluded.fake, rto = excluded.rto, attempt_day = excluded.attempt_day, promised = excluded.promised,
    on_time = excluded.on_time, first_attempt_ok = excluded.first_attempt_ok, arrival_day = excluded.arrival_day,
    transit_days = excluded.transit_days, transit_business_days = excluded.transit_business_days,
    order_days = excluded.order_days, order_id = excluded.order_id, order_day = excluded.order_day
  WHERE (kpi_shipments.carrier, kpi_shipments.service, kpi_shipments.lane, kpi_shipments.destination,
    kpi_shipments.cohort_day, kpi_shipments.tracked, kpi_shipments.delivered, kpi_shipments.failed_attempt,
    kpi_shipments.recovered, kpi_shipments.fake, kpi_shipments.rto, kpi_shipments.attempt_day,
    kpi_shipments.promised, kpi_shipments.on_time, kpi_shipments.first_attempt_ok, kpi_shipments.arrival_day,
    kpi_shipments.transit_days, kpi_shipments.transit_business_days, kpi_shipments.order_days,
    kpi_shipments.order_id, kpi_shipments.order_day)
    IS NOT (excluded.carrier, excluded.service, excluded.lane, excluded.destination, excluded.cohort_day,
    excluded.tracked, excluded.delivered, excluded.failed_attempt, excluded.recovered, excluded.fake, excluded.rto,
    excluded.attempt_day, excluded.promised, excluded.on_time, excluded.first_attempt_ok, excluded.arrival_day,
    excluded.transit_days, excluded.transit_business_days, excluded.order_days, excluded.order_id,
    excluded.order_day))";

// A new shipment's facts, its order's lead and return flags included (the same as LeadOf
// and ReturnedOf), so that no update follows. Its rollup contributions are KpiPendingRollups'.
const char *const InsertFacts = R"(INSERT INTO kpi_shipments(shipment_id, carrier, service, lane, destination,
    cohort_day, tracked, delivered, failed_attempt, recovered, fake, rto, attempt_day, promised, on_time,
    first_attempt_ok, arrival_day, transit_days, transit_business_days, order_days, order_id, order_day,
    order_lead, order_returned)
  SELECT s.id, s.carrier, s.service, {lane}, s.dest_country, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, s.order_id,
    s.ordered_at_ms / 86400000,
    CASE WHEN s.order_id <> '' AND s.id = (SELECT o.id FROM shipments o WHERE o.order_id = s.order_id AND
      o.ordered_at_ms IS NOT NULL ORDER BY o.ordered_at_ms, o.id LIMIT 1) THEN 1 ELSE 0 END,
    CASE WHEN s.order_id <> '' AND EXISTS (SELECT 1 FROM returns r WHERE r.order_id = s.order_id) THEN 1 ELSE 0 END
  FROM shipments s WHERE s.id = ?)";

// An order counts once, under its first shipment (earliest order time, then lowest id),
// and is returned when any return names it: ReturnFigures' definition.
const char *const LeadOf = "CASE WHEN shipment_id = (SELECT s.id FROM shipments s WHERE s.order_id = %1 AND "
                           "s.ordered_at_ms IS NOT NULL ORDER BY s.ordered_at_ms, s.id LIMIT 1) THEN 1 ELSE 0 END";
const char *const ReturnedOf = "CASE WHEN EXISTS (SELECT 1 FROM returns r WHERE r.order_id = %1) THEN 1 ELSE 0 END";

// The same contributions the triggers add, as aggregates over the facts (docs/KPIS.md).
const char *const RebuildSql[] = {
    R"(INSERT INTO kpi_daily(day, carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered,
        fake, rto, with_exceptions, exceptions)
      SELECT cohort_day, carrier, service, lane, destination, count(*), sum(delivered), sum(failed_attempt),
        sum(recovered), sum(fake), sum(rto),
        sum(CASE WHEN EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = f.shipment_id) THEN 1 ELSE 0 END),
        sum((SELECT count(*) FROM exceptions x WHERE x.shipment_id = f.shipment_id))
      FROM kpi_shipments f WHERE cohort_day IS NOT NULL AND tracked = 1
      GROUP BY cohort_day, carrier, service, lane, destination)",
    R"(INSERT INTO kpi_daily(day, carrier, service, lane, destination, attempted, promised, on_time, first_attempt_ok)
      SELECT attempt_day, carrier, service, lane, destination, count(*), sum(promised), sum(on_time),
        sum(first_attempt_ok)
      FROM kpi_shipments WHERE attempt_day IS NOT NULL GROUP BY attempt_day, carrier, service, lane, destination
      ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET attempted = excluded.attempted,
        promised = excluded.promised, on_time = excluded.on_time, first_attempt_ok = excluded.first_attempt_ok)",
    R"(INSERT INTO kpi_daily(day, carrier, service, lane, destination, orders, returned_orders)
      SELECT order_day, carrier, service, lane, destination, count(*), sum(order_returned)
      FROM kpi_shipments WHERE order_day IS NOT NULL AND order_lead = 1
      GROUP BY order_day, carrier, service, lane, destination
      ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET orders = excluded.orders,
        returned_orders = excluded.returned_orders)",
    R"(INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered,
        answered_late, resolved, resolved_late)
      SELECT x.trigger_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, count(*),
        sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END),
        sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END),
        sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END),
        sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
      FROM exceptions x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id
      GROUP BY x.trigger_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type)",
    R"(INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
      SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, count(*),
        sum(x.resolved_at_ms - x.trigger_at_ms)
      FROM exceptions x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id
      WHERE x.status = 1 AND x.resolved_at_ms IS NOT NULL
      GROUP BY x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type
      ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = excluded.closed,
        resolve_ms = excluded.resolve_ms)",
    R"(INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
      SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type,
        (x.resolved_at_ms - x.trigger_at_ms) / 3600000, count(*)
      FROM exceptions x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id
      WHERE x.status = 1 AND x.resolved_at_ms IS NOT NULL
      GROUP BY x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type,
        (x.resolved_at_ms - x.trigger_at_ms) / 3600000)",
    R"(INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds,
        refund_value, exchanges, exchange_value, credits, credit_value)
      SELECT r.requested_at_ms / 86400000, coalesce(f.carrier, ''), coalesce(f.service, ''), coalesce(f.lane, ''),
        coalesce(f.destination, ''), CASE WHEN r.shipment_id IS NULL THEN 1 ELSE 0 END, r.currency, count(*),
        sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END),
        sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END),
        sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
      FROM returns r LEFT JOIN kpi_shipments f ON f.shipment_id = r.shipment_id
      WHERE r.shipment_id IS NULL OR f.shipment_id IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7)",
};

// A histogram of whole days per measure: a value-count JSON object per row.
QString histogramRebuild(const char *measure)
{
    return QStringLiteral(
               "INSERT INTO kpi_daily(day, carrier, service, lane, destination, %1) "
               "SELECT d, c, sv, l, ds, json_group_object(v, n) FROM (SELECT arrival_day d, carrier c, service sv, lane l, "
               "destination ds, %1 v, count(*) n FROM kpi_shipments WHERE arrival_day IS NOT NULL AND %1 IS NOT NULL "
               "GROUP BY 1, 2, 3, 4, 5, 6) WHERE 1 GROUP BY d, c, sv, l, ds "
               "ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET %1 = excluded.%1")
        .arg(QLatin1String(measure));
}

std::optional<qint64> dayOf(std::optional<qint64> ms)
{
    if (!ms)
        return std::nullopt;
    return QDate(1970, 1, 1).daysTo(KpiCalendar::utcDay(*ms));
}

} // namespace

struct KpiFacts::Private
{
    const Database &database;
    ExceptionRules rules;
    std::optional<bool> enabled;
    std::unique_ptr<SqlStatement> upsert, insert, orders, marks, lead, shipment, events;
    KpiPendingRollups pending{database};
    bool batching = false;

    bool prepared(std::unique_ptr<SqlStatement> &statement, const QString &sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(database, sql, error);
        return statement != nullptr;
    }

    // The existing row's update (its triggers move the rollups), or a new row (pending).
    bool upsertOutcome(qint64 id, const ShipmentOutcome &o, QString *error, bool isNew = false)
    {
        std::unique_ptr<SqlStatement> &statement = isNew ? insert : upsert;
        if (!statement
            && !prepared(statement, QString::fromLatin1(isNew ? InsertFacts : UpsertFacts)
                                        .replace(QLatin1String("{lane}"), KpiCutSql::key(KpiCut::Lane, QStringLiteral("s"))),
                         error))
            return false;
        int i = 0;
        SqlStatement &q = *statement;
        const auto flag = [](bool b) { return qint64(b ? 1 : 0); };
        q.bind(i++, dayOf(o.firstEventMs));
        q.bind(i++, flag(o.tracked));
        q.bind(i++, flag(o.delivered));
        q.bind(i++, flag(o.failedAttempt));
        q.bind(i++, flag(o.deliveredAfterFailure));
        q.bind(i++, flag(o.fakeAttempt));
        q.bind(i++, flag(o.returnToSender));
        q.bind(i++, dayOf(o.firstAttemptMs));
        q.bind(i++, flag(o.deadlineMs.has_value()));
        q.bind(i++, flag(o.onTime()));
        q.bind(i++, flag(o.firstAttemptArrived));
        q.bind(i++, dayOf(o.arrivalMs));
        const auto days = [](std::optional<int> v) { return v ? std::optional<qint64>(*v) : std::nullopt; };
        q.bind(i++, days(o.transitDays));
        q.bind(i++, days(o.transitBusinessDays));
        q.bind(i++, days(o.orderToDeliveryDays));
        q.bind(i++, id);
        return q.exec(error);
    }

    // Which of an order's shipments leads it, and whether it came back.
    bool updateOrder(const QString &orderId, QString *error)
    {
        if (orderId.isEmpty())
            return true;
        // Only rows whose flags change are written (no trigger runs for the others).
        const QString leadOf = QString::fromLatin1(LeadOf).arg(QStringLiteral("?"));
        const QString returnedOf = QString::fromLatin1(ReturnedOf).arg(QStringLiteral("?"));
        if (!lead
            && !prepared(lead,
                      QStringLiteral("UPDATE kpi_shipments SET order_lead = %1, order_returned = %2 WHERE order_id = ? "
                                     "AND (order_lead, order_returned) IS NOT (%1, %2)")
                          .arg(leadOf, returnedOf),
                      error))
            return false;
        for (int i = 0; i < 5; ++i)
            lead->bind(i, orderId);
        return lead->exec(error);
    }
};

KpiFacts::KpiFacts(const Database &database, RulesConfig rules)
    : d(new Private{database, ExceptionRules(std::move(rules)), {}, {}, {}, {}, {}, {}, {}, {}})
{
}

KpiFacts::~KpiFacts() = default;

bool KpiFacts::enabled() const
{
    if (!d->enabled) {
        d->enabled = false;
        if (!d->database.dialect().isPostgres()) {
            QSqlQuery q(d->database.connection());
            d->enabled = q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'kpi_shipments'")) && q.next();
        }
    }
    return *d->enabled;
}

bool KpiFacts::write(qint64 shipmentId, const KpiShipmentState &state, const QList<TrackingEvent> &events,
                     QString *error)
{
    if (!enabled())
        return true;
    QList<qint64> marks;
    if (state.fakeMarksPossible) {
        if (!d->prepared(d->marks,
                         QStringLiteral("SELECT fake_attempt_at_ms FROM exceptions WHERE shipment_id = ? AND "
                                        "fake_attempt_at_ms IS NOT NULL"),
                         error))
            return false;
        d->marks->bind(0, shipmentId);
        if (!d->marks->exec(error))
            return false;
        while (d->marks->next())
            marks.append(d->marks->int64(0));
        d->marks->finish();
    }
    // Whether the shipment has a facts row, and the order it named.
    bool existed = false;
    QString orderBefore;
    if (!state.created) {
        if (!d->prepared(d->orders, QStringLiteral("SELECT order_id FROM kpi_shipments WHERE shipment_id = ?"), error))
            return false;
        d->orders->bind(0, shipmentId);
        if (!d->orders->exec(error))
            return false;
        existed = d->orders->next();
        if (existed)
            orderBefore = d->orders->text(0);
        d->orders->finish();
    }
    orderBefore = state.orderIdBefore.value_or(orderBefore);
    // Rows this write or its orders' updates change must have reached the rollups.
    if (d->pending.contains(shipmentId) || d->pending.hasOrder(state.orderId) || d->pending.hasOrder(orderBefore)) {
        if (!d->pending.flush(error))
            return false;
    }
    const ShipmentOutcome outcome = ShipmentOutcome::derive(state.status, state.facts, state.lastOffsetMinutes,
                                                            state.orderedAtMs, events, marks, d->rules);
    if (!d->upsertOutcome(shipmentId, outcome, error, !existed))
        return false;
    if (!existed) {
        d->pending.add(shipmentId, state.orderId);
        if (!d->batching && !d->pending.flush(error))
            return false;
    }
    return d->updateOrder(state.orderId, error) && (orderBefore == state.orderId || d->updateOrder(orderBefore, error));
}

void KpiFacts::beginBatch()
{
    d->pending.discard();
    d->batching = true;
}

bool KpiFacts::endBatch(QString *error)
{
    d->batching = false;
    if (d->pending.flush(error))
        return true;
    d->pending.discard();
    return false;
}

void KpiFacts::discardBatch()
{
    d->batching = false;
    d->pending.discard();
}

bool KpiFacts::settle(qint64 shipmentId, QString *error)
{
    return !d->pending.contains(shipmentId) || d->pending.flush(error);
}

bool KpiFacts::refresh(qint64 shipmentId, QString *error)
{
    if (!enabled())
        return true;
    if (!d->prepared(d->shipment,
                     QStringLiteral("SELECT tag, promised_date, estimated_date, estimated_at_ms, estimated_offset_min, "
                                    "dest_country, dest_state, last_event_offset_min, ordered_at_ms, order_id "
                                    "FROM shipments WHERE id = ?"),
                     error)
        || !d->prepared(d->events,
                        QStringLiteral("SELECT occurred_at_ms, utc_offset_min, tag, subtag FROM events WHERE shipment_id = ? "
                                       "ORDER BY occurred_at_ms, id"),
                        error))
        return false;
    SqlStatement &s = *d->shipment;
    s.bind(0, shipmentId);
    if (!s.exec(error))
        return false;
    if (!s.next()) {
        s.finish();
        return true; // gone: its facts went with it
    }
    KpiShipmentState state;
    state.status = tagFromInt(static_cast<int>(s.int64(0))).value_or(Tag::Pending);
    state.facts.promisedDate = QDate::fromString(s.text(1), Qt::ISODate);
    state.facts.estimatedDelivery.date = QDate::fromString(s.text(2), Qt::ISODate);
    if (!s.isNull(3)) {
        state.facts.estimatedDelivery.hasTime = true;
        state.facts.estimatedDelivery.at = Timestamp{s.int64(3), static_cast<qint16>(s.int64(4))};
    }
    state.facts.destinationCountry = s.text(5);
    state.facts.destinationState = s.text(6);
    state.lastOffsetMinutes = static_cast<int>(s.int64(7));
    state.orderedAtMs = s.optionalInt64(8);
    state.orderId = s.text(9);
    s.finish();
    SqlStatement &e = *d->events;
    e.bind(0, shipmentId);
    if (!e.exec(error))
        return false;
    QList<TrackingEvent> events;
    while (e.next()) {
        TrackingEvent t;
        t.occurredAt = Timestamp{e.int64(0), static_cast<qint16>(e.int64(1))};
        t.tag = tagFromInt(static_cast<int>(e.int64(2))).value_or(Tag::InTransit);
        t.subtag = subtagFromInt(static_cast<int>(e.int64(3))).value_or(genericSubtag(t.tag));
        events.append(t);
    }
    e.finish();
    return write(shipmentId, state, events, error);
}

bool KpiFacts::rebuild(QString *error, const std::function<void(qint64, qint64)> &progress)
{
    if (!enabled()) {
        if (error)
            *error = QStringLiteral("this store keeps no KPI rollups (PostgreSQL, or a schema before version 8)");
        return false;
    }
    const QSqlDatabase &db = d->database.connection();
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    // The triggers stand still while the facts are replaced and the rollups recomputed.
    for (const char *sql : {"INSERT INTO kpi_rebuilding(since_ms) VALUES(0)", "DELETE FROM kpi_shipments",
                            "DELETE FROM kpi_daily", "DELETE FROM kpi_exceptions_daily", "DELETE FROM kpi_exception_hours",
                            "DELETE FROM kpi_returns_daily"}) {
        if (!execSql(db, QString::fromLatin1(sql), error))
            return false;
    }
    for (const char *table : KpiWeeklyRollups::Tables) {
        if (!execSql(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), error))
            return false;
    }
    qint64 total = 0;
    {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM shipments")) || !count.next()) {
            if (error)
                *error = describeSqlError(count.lastError());
            return false;
        }
        total = count.value(0).toLongLong();
    }
    qint64 done = 0;
    bool ok = true;
    QString writeError;
    const auto visit = [&](const SqlStatement &, qint64 id, const ShipmentOutcome &o) {
        if (!ok)
            return;
        ok = d->upsertOutcome(id, o, &writeError);
        if (++done % 10000 == 0 && progress)
            progress(done, total);
    };
    if (!ShipmentOutcomeScan::run(d->database, d->rules, QStringLiteral("1 = 1"), {}, {}, visit, error))
        return false;
    if (!ok) {
        if (error)
            *error = writeError;
        return false;
    }
    const QString orders = QStringLiteral("UPDATE kpi_shipments SET order_lead = %1, order_returned = %2 WHERE order_id <> ''")
                               .arg(QString::fromLatin1(LeadOf).arg(QStringLiteral("kpi_shipments.order_id")),
                                    QString::fromLatin1(ReturnedOf).arg(QStringLiteral("kpi_shipments.order_id")));
    QStringList statements{orders};
    for (const char *sql : RebuildSql)
        statements << QString::fromLatin1(sql);
    for (const char *measure : {"transit_days", "transit_business_days", "order_days"})
        statements << histogramRebuild(measure);
    for (const char *sql : KpiWeeklyRollups::FillSql)
        statements << QString::fromLatin1(sql); // the weeks from the days
    statements << QStringLiteral("DELETE FROM kpi_rebuilding")
               << QStringLiteral("INSERT INTO meta(key, value) VALUES('kpi_rollups', 'current') "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    for (const QString &sql : std::as_const(statements)) {
        if (!execSql(db, sql, error))
            return false;
    }
    if (progress)
        progress(total, total);
    return transaction.commit(error);
}

QString KpiFacts::state(const Database &database, QString *error)
{
    if (database.dialect().isPostgres())
        return {};
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'kpi_rollups'"))) {
        if (error)
            *error = describeSqlError(q.lastError());
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace ct
