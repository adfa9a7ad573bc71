// SPDX-License-Identifier: MIT
#include "schemamigrator.h"

#include "kpiweeklyrollups.h"
#include "qtsqlsupport.h"
#include "sqldialect.h"

#include <QSqlQuery>
#include <QStringList>

#include <span>

namespace ct {

namespace {

// 'CTWR' in PRAGMA application_id (PostgreSQL: meta.application_id) marks a Control
// Tower store.
constexpr int ApplicationId = 0x43545752;

// Each entry moves the schema from version (index) to version (index + 1). Never edit a
// released step: add a new one. Times are UTC milliseconds since the epoch (*_ms),
// enums are the integer values of the core enums (never renumbered).
const SchemaStatement Version1[] = {
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID)",

    R"(CREATE TABLE shipments (
        id INTEGER PRIMARY KEY,
        carrier TEXT NOT NULL,
        tracking_number TEXT NOT NULL,
        carrier_reference TEXT NOT NULL DEFAULT '',
        master_tracking_number TEXT NOT NULL DEFAULT '',
        piece_count INTEGER NOT NULL DEFAULT 1,
        service TEXT NOT NULL DEFAULT '',
        source_format TEXT NOT NULL DEFAULT '',
        tag INTEGER NOT NULL,
        subtag INTEGER NOT NULL,
        status_conflict TEXT NOT NULL DEFAULT '',
        estimated_date TEXT NOT NULL DEFAULT '',
        estimated_at_ms INTEGER,
        estimated_offset_min INTEGER NOT NULL DEFAULT 0,
        shipped_at_ms INTEGER,
        first_event_at_ms INTEGER,
        last_event_at_ms INTEGER,
        last_event_offset_min INTEGER NOT NULL DEFAULT 0,
        first_scan_at_ms INTEGER,
        delivered_at_ms INTEGER,
        attempt_count INTEGER NOT NULL DEFAULT 0,
        last_location TEXT NOT NULL DEFAULT '',
        origin_city TEXT NOT NULL DEFAULT '',
        origin_state TEXT NOT NULL DEFAULT '',
        origin_postal TEXT NOT NULL DEFAULT '',
        origin_country TEXT NOT NULL DEFAULT '',
        dest_city TEXT NOT NULL DEFAULT '',
        dest_state TEXT NOT NULL DEFAULT '',
        dest_postal TEXT NOT NULL DEFAULT '',
        dest_country TEXT NOT NULL DEFAULT '',
        order_id TEXT NOT NULL DEFAULT '',
        customer_name TEXT NOT NULL DEFAULT '',
        customer_email TEXT NOT NULL DEFAULT '',
        customer_phone TEXT NOT NULL DEFAULT '',
        order_value_cents INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL DEFAULT '',
        promised_date TEXT NOT NULL DEFAULT '',
        ordered_at_ms INTEGER,
        version INTEGER NOT NULL DEFAULT 1,
        created_at_ms INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL
    ))",
    "CREATE INDEX shipments_by_tracking ON shipments(tracking_number, carrier)",
    "CREATE INDEX shipments_by_status ON shipments(tag, last_event_at_ms)",
    "CREATE INDEX shipments_by_carrier ON shipments(carrier, tag)",
    "CREATE INDEX shipments_by_order ON shipments(order_id)",
    "CREATE INDEX shipments_by_last_event ON shipments(last_event_at_ms)",

    // A scan is the same scan when it belongs to the same shipment, happened in the same
    // minute and has the same tag, whichever feed or poll delivered it.
    R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
        occurred_at_ms INTEGER NOT NULL,
        scan_minute INTEGER NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        time_assumed INTEGER NOT NULL DEFAULT 0,
        tag INTEGER NOT NULL,
        subtag INTEGER NOT NULL,
        unmapped INTEGER NOT NULL DEFAULT 0,
        raw_code TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        postal TEXT NOT NULL DEFAULT '',
        source_format TEXT NOT NULL DEFAULT '',
        received_at_ms INTEGER NOT NULL
    ))",
    "CREATE UNIQUE INDEX events_by_scan ON events(shipment_id, scan_minute, tag)",

    R"(CREATE TABLE raw_payloads (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
        received_at_ms INTEGER NOT NULL,
        source_format TEXT NOT NULL,
        source_document TEXT NOT NULL,
        content_hash INTEGER NOT NULL,
        body BLOB NOT NULL
    ))",
    "CREATE INDEX raw_payloads_by_shipment ON raw_payloads(shipment_id, content_hash)",

    // Contentless full-text index; rowid = shipments.id. Phones are indexed as digits,
    // also without the country code, so "5125550147" finds "+1 512 555 0147".
    // SQLite only: the server on PostgreSQL has no full-text search.
    SchemaStatement::sqliteOnly(R"(CREATE VIRTUAL TABLE shipment_search USING fts5(
        tracking_number, order_id, customer_name, customer_email, customer_phone,
        content='', tokenize='unicode61 remove_diacritics 2', prefix='3'
    ))"),

    R"(CREATE TABLE exceptions (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
        type INTEGER NOT NULL,
        reason INTEGER NOT NULL DEFAULT 0,
        party INTEGER NOT NULL,
        status INTEGER NOT NULL,
        resolution INTEGER NOT NULL DEFAULT 0,
        trigger_at_ms INTEGER NOT NULL,
        detected_at_ms INTEGER NOT NULL,
        resolved_at_ms INTEGER,
        first_action_due_ms INTEGER NOT NULL,
        resolve_due_ms INTEGER NOT NULL,
        first_action_at_ms INTEGER,
        priority_score INTEGER NOT NULL,
        priority INTEGER NOT NULL,
        attempt_count INTEGER NOT NULL DEFAULT 0,
        late_by_ms INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT '',
        assignee TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at_ms INTEGER NOT NULL,
        UNIQUE (shipment_id, type, trigger_at_ms)
    ))",
    "CREATE INDEX exceptions_queue ON exceptions(status, priority_score DESC, resolve_due_ms)",
    "CREATE INDEX exceptions_by_due ON exceptions(status, resolve_due_ms)",
    "CREATE INDEX exceptions_by_type ON exceptions(status, type, priority_score DESC)",
    "CREATE INDEX exceptions_by_assignee ON exceptions(status, assignee, priority_score DESC)",

    R"(CREATE TABLE exception_history (
        id INTEGER PRIMARY KEY,
        exception_id INTEGER NOT NULL REFERENCES exceptions(id) ON DELETE CASCADE,
        at_ms INTEGER NOT NULL,
        action TEXT NOT NULL,
        actor TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX exception_history_by_exception ON exception_history(exception_id, at_ms)",

    R"(CREATE TABLE returns (
        id INTEGER PRIMARY KEY,
        rma TEXT NOT NULL UNIQUE,
        shipment_id INTEGER REFERENCES shipments(id) ON DELETE SET NULL,
        order_id TEXT NOT NULL DEFAULT '',
        reason INTEGER NOT NULL,
        reason_note TEXT NOT NULL DEFAULT '',
        items TEXT NOT NULL DEFAULT '[]',
        amount_cents INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL DEFAULT '',
        requested_at_ms INTEGER NOT NULL,
        delivered_at_ms INTEGER,
        window_days INTEGER NOT NULL,
        status INTEGER NOT NULL,
        resolution INTEGER NOT NULL DEFAULT 0,
        resolution_amount_cents INTEGER NOT NULL DEFAULT 0,
        reverse_carrier TEXT NOT NULL DEFAULT '',
        reverse_tracking_number TEXT NOT NULL DEFAULT '',
        inspection_grade TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at_ms INTEGER NOT NULL
    ))",
    "CREATE INDEX returns_by_status ON returns(status, requested_at_ms)",
    "CREATE INDEX returns_by_order ON returns(order_id)",
    "CREATE INDEX returns_by_shipment ON returns(shipment_id)",
};

// Version 2: make what ingest rejected or could not map visible and countable.
const SchemaStatement Version2[] = {
    R"(CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY,
        started_at_ms INTEGER NOT NULL,
        finished_at_ms INTEGER,
        source TEXT NOT NULL,
        records INTEGER NOT NULL DEFAULT 0,
        failed_records INTEGER NOT NULL DEFAULT 0,
        shipments_new INTEGER NOT NULL DEFAULT 0,
        shipments_updated INTEGER NOT NULL DEFAULT 0,
        events_new INTEGER NOT NULL DEFAULT 0,
        events_duplicate INTEGER NOT NULL DEFAULT 0,
        errors INTEGER NOT NULL DEFAULT 0,
        warnings INTEGER NOT NULL DEFAULT 0,
        not_found INTEGER NOT NULL DEFAULT 0,
        unmapped_events INTEGER NOT NULL DEFAULT 0
    ))",
    R"(CREATE TABLE ingest_issues (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES ingest_runs(id) ON DELETE CASCADE,
        severity INTEGER NOT NULL,
        source TEXT NOT NULL,
        record INTEGER NOT NULL,
        line INTEGER NOT NULL,
        field TEXT NOT NULL,
        message TEXT NOT NULL
    ))",
    "CREATE INDEX ingest_issues_by_run ON ingest_issues(run_id)",
    R"(CREATE TABLE unmapped_codes (
        source_format TEXT NOT NULL,
        carrier TEXT NOT NULL,
        raw_code TEXT NOT NULL,
        sample_description TEXT NOT NULL,
        occurrences INTEGER NOT NULL,
        first_seen_ms INTEGER NOT NULL,
        last_seen_ms INTEGER NOT NULL,
        PRIMARY KEY (source_format, carrier, raw_code)
    ) WITHOUT ROWID)",
};

// Version 3: sync with a team server (docs/SYNC.md). Edits wait in the outbox until the
// server accepts them; an edit the server refused as stale becomes a conflict holding
// both versions. A rejected return keeps the agent's reason.
const SchemaStatement Version3[] = {
    "ALTER TABLE returns ADD COLUMN decision_note TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        op TEXT NOT NULL,
        params TEXT NOT NULL,
        base_version INTEGER NOT NULL,
        actor TEXT NOT NULL,
        state INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        result_version INTEGER,
        created_at_ms INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL
    ))",
    "CREATE INDEX outbox_by_state ON outbox(state, id)",
    "CREATE INDEX outbox_by_entity ON outbox(entity, entity_id, state)",
    R"(CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        outbox_id INTEGER NOT NULL REFERENCES outbox(id),
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        local_version INTEGER NOT NULL,
        server_version INTEGER NOT NULL,
        local TEXT NOT NULL,
        server TEXT NOT NULL,
        detected_at_ms INTEGER NOT NULL,
        resolved_at_ms INTEGER,
        resolution TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at_ms, id)",
};

// Version 4: how the customer pays (PaymentMode: 0 unknown, 1 prepaid, 2 cash on delivery)
// and, for COD, the amount the courier collects (0: not known) in `cod_currency` (empty:
// the order's currency).
const SchemaStatement Version4[] = {
    "ALTER TABLE shipments ADD COLUMN payment_mode INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE shipments ADD COLUMN cod_amount_cents INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE shipments ADD COLUMN cod_currency TEXT NOT NULL DEFAULT ''",
};

// Version 5: the exception queue (docs/QUEUE.md). An agent may snooze an open exception
// until an instant. `exception_queue` is a derived copy of each exception with the shipment
// fields the queue filters and sorts on, kept by triggers whoever writes (ingest, edits,
// sync), so a page of the queue reads one narrow table through an index in its sort order
// and costs what the page costs, not what the store holds. SQLite only, like the
// full-text index: the team server on PostgreSQL serves no queue.
const SchemaStatement Version5[] = {
    "ALTER TABLE exceptions ADD COLUMN snoozed_until_ms INTEGER",
    SchemaStatement::sqliteOnly(R"(CREATE TABLE exception_queue (
        exception_id INTEGER PRIMARY KEY REFERENCES exceptions(id) ON DELETE CASCADE,
        shipment_id INTEGER NOT NULL,
        status INTEGER NOT NULL,
        snoozed_until_ms INTEGER,
        type INTEGER NOT NULL,
        reason INTEGER NOT NULL,
        party INTEGER NOT NULL,
        priority_score INTEGER NOT NULL,
        priority INTEGER NOT NULL,
        first_action_due_ms INTEGER NOT NULL,
        resolve_due_ms INTEGER NOT NULL,
        sla_due_ms INTEGER NOT NULL,
        opened_at_ms INTEGER NOT NULL,
        assignee TEXT NOT NULL COLLATE NOCASE,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        tracking_number TEXT NOT NULL,
        customer_name TEXT NOT NULL COLLATE NOCASE,
        customer_email TEXT NOT NULL COLLATE NOCASE,
        dest_city TEXT NOT NULL COLLATE NOCASE,
        dest_country TEXT NOT NULL,
        order_value_cents INTEGER NOT NULL,
        currency TEXT NOT NULL,
        payment_mode INTEGER NOT NULL,
        attempt_count INTEGER NOT NULL
    ))"),
    // One index per sort column, led by the stored status (open or resolved) and ending
    // with the id, the tie-breaker: a page is a range scan in sort order.
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_status ON exception_queue(status, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_priority ON exception_queue(status, priority_score, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_sla ON exception_queue(status, sla_due_ms, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_first_action ON exception_queue(status, first_action_due_ms, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_resolve ON exception_queue(status, resolve_due_ms, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_type ON exception_queue(status, type, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_carrier ON exception_queue(status, carrier, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_tracking ON exception_queue(status, tracking_number, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_customer ON exception_queue(status, customer_name, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_destination ON exception_queue(status, dest_country, dest_city, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_value ON exception_queue(status, order_value_cents, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_payment ON exception_queue(status, payment_mode, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_attempts ON exception_queue(status, attempt_count, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_opened ON exception_queue(status, opened_at_ms, exception_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_assignee ON exception_queue(status, assignee, exception_id)"),
    // The triggers' and the search's way from a shipment to its exceptions, the detail
    // pane's from a customer to theirs, and the stale-value check's for a service.
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_shipment ON exception_queue(shipment_id)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_customer_email ON exception_queue(customer_email, status)"),
    SchemaStatement::sqliteOnly("CREATE INDEX queue_by_service ON exception_queue(carrier, service)"),
    // Facet counts read every row of the filter's statuses: from this index alone, which
    // holds every column a filter or a facet looks at (a quarter of the table's bytes).
    SchemaStatement::sqliteOnly("CREATE INDEX queue_facets ON exception_queue(status, snoozed_until_ms, type, reason, "
                                "party, priority, payment_mode, sla_due_ms, carrier, service, assignee, dest_country, "
                                "opened_at_ms, attempt_count, order_value_cents, currency, shipment_id)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER exception_queue_insert AFTER INSERT ON exceptions BEGIN
        INSERT INTO exception_queue(exception_id, shipment_id, status, snoozed_until_ms, type, reason, party,
            priority_score, priority, first_action_due_ms, resolve_due_ms, sla_due_ms, opened_at_ms, assignee,
            carrier, service, tracking_number, customer_name, customer_email, dest_city, dest_country,
            order_value_cents, currency, payment_mode, attempt_count)
        SELECT NEW.id, NEW.shipment_id, NEW.status, NEW.snoozed_until_ms, NEW.type, NEW.reason, NEW.party,
            NEW.priority_score, NEW.priority, NEW.first_action_due_ms, NEW.resolve_due_ms,
            CASE WHEN NEW.first_action_at_ms IS NULL THEN NEW.first_action_due_ms ELSE NEW.resolve_due_ms END,
            NEW.trigger_at_ms, NEW.assignee, s.carrier, s.service, s.tracking_number, s.customer_name,
            s.customer_email, s.dest_city, s.dest_country, s.order_value_cents, s.currency, s.payment_mode,
            s.attempt_count
        FROM shipments s WHERE s.id = NEW.shipment_id;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER exception_queue_update AFTER UPDATE ON exceptions BEGIN
        UPDATE exception_queue SET shipment_id = NEW.shipment_id, status = NEW.status,
            snoozed_until_ms = NEW.snoozed_until_ms, type = NEW.type, reason = NEW.reason, party = NEW.party,
            priority_score = NEW.priority_score, priority = NEW.priority,
            first_action_due_ms = NEW.first_action_due_ms, resolve_due_ms = NEW.resolve_due_ms,
            sla_due_ms = CASE WHEN NEW.first_action_at_ms IS NULL THEN NEW.first_action_due_ms
                              ELSE NEW.resolve_due_ms END,
            opened_at_ms = NEW.trigger_at_ms, assignee = NEW.assignee
        WHERE exception_id = NEW.id;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER exception_queue_shipment AFTER UPDATE ON shipments
        WHEN NEW.carrier IS NOT OLD.carrier OR NEW.service IS NOT OLD.service
            OR NEW.tracking_number IS NOT OLD.tracking_number OR NEW.customer_name IS NOT OLD.customer_name
            OR NEW.customer_email IS NOT OLD.customer_email OR NEW.dest_city IS NOT OLD.dest_city
            OR NEW.dest_country IS NOT OLD.dest_country OR NEW.order_value_cents IS NOT OLD.order_value_cents
            OR NEW.currency IS NOT OLD.currency OR NEW.payment_mode IS NOT OLD.payment_mode
            OR NEW.attempt_count IS NOT OLD.attempt_count BEGIN
        UPDATE exception_queue SET carrier = NEW.carrier, service = NEW.service,
            tracking_number = NEW.tracking_number, customer_name = NEW.customer_name,
            customer_email = NEW.customer_email, dest_city = NEW.dest_city, dest_country = NEW.dest_country,
            order_value_cents = NEW.order_value_cents, currency = NEW.currency, payment_mode = NEW.payment_mode,
            attempt_count = NEW.attempt_count
        WHERE shipment_id = NEW.id;
    END)"),
    SchemaStatement::sqliteOnly(R"(INSERT INTO exception_queue(exception_id, shipment_id, status, snoozed_until_ms,
            type, reason, party, priority_score, priority, first_action_due_ms, resolve_due_ms, sla_due_ms,
            opened_at_ms, assignee, carrier, service, tracking_number, customer_name, customer_email, dest_city,
            dest_country, order_value_cents, currency, payment_mode, attempt_count)
        SELECT x.id, x.shipment_id, x.status, x.snoozed_until_ms, x.type, x.reason, x.party, x.priority_score,
            x.priority, x.first_action_due_ms, x.resolve_due_ms,
            CASE WHEN x.first_action_at_ms IS NULL THEN x.first_action_due_ms ELSE x.resolve_due_ms END,
            x.trigger_at_ms, x.assignee, s.carrier, s.service, s.tracking_number, s.customer_name,
            s.customer_email, s.dest_city, s.dest_country, s.order_value_cents, s.currency, s.payment_mode,
            s.attempt_count
        FROM exceptions x JOIN shipments s ON s.id = x.shipment_id)"),
};

// Version 6: what agents decide about exceptions (docs/EXCEPTIONS.md, "Agent actions"): why
// one was resolved (ResolutionReason, with a note), and the delivery attempt an agent
// found fake (`fake_attempt_at_ms` = that attempt event's occurred_at_ms): it is re-attempted
// and kept out of the carrier's first-attempt credit.
const SchemaStatement Version6[] = {
    "ALTER TABLE exceptions ADD COLUMN resolution_reason INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE exceptions ADD COLUMN resolution_note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE exceptions ADD COLUMN fake_attempt_at_ms INTEGER",
};

// Version 7: returns judged by the return policy (docs/RETURNS.md). A customer's orders are
// found by e-mail, in any case. Each return's verdict is kept beside it: derived data that
// each store computes from its returns and the team's policy (SQLite only, never synced,
// like the full-text index); `categories` lists its items' categories as "|a|b|".
const SchemaStatement Version7[] = {
    "CREATE INDEX shipments_by_customer ON shipments(lower(customer_email))",
    SchemaStatement::sqliteOnly(R"(CREATE TABLE return_verdicts (
        return_id INTEGER PRIMARY KEY REFERENCES returns(id) ON DELETE CASCADE,
        policy_version INTEGER NOT NULL,
        eligibility INTEGER NOT NULL,
        rule TEXT NOT NULL,
        detail TEXT NOT NULL,
        auto_approve INTEGER NOT NULL,
        recommended INTEGER NOT NULL,
        recommendation TEXT NOT NULL,
        eligible_value_cents INTEGER NOT NULL,
        categories TEXT NOT NULL,
        judged_at_ms INTEGER NOT NULL
    ))"),
    SchemaStatement::sqliteOnly("CREATE INDEX return_verdicts_by_eligibility ON return_verdicts(eligibility, return_id)"),
};


// Version 8: KPI rollups (docs/KPIS.md, "Rollups"), SQLite only like the queue: what each
// shipment contributes to the KPIs (kpi_shipments, written by whoever changes a shipment:
// ingest, sync, an agent's fake-attempt mark), and per UTC day × carrier × service × lane ×
// destination the sums the analytics page reads (kpi_daily; kpi_exceptions_daily and
// kpi_exception_hours; kpi_returns_daily), kept by triggers in the same transaction as the
// change. Day numbers are UTC days since 1970-01-01. Histograms of whole days are JSON
// objects {"value": count}. While kpi_rebuilding holds a row the triggers stand still
// (a rebuild recomputes everything from the facts). `meta.kpi_rollups` says whether the
// rollups cover the store: "current", or "stale" for a store that had shipments before
// this version (controltower-cli rollups --rebuild).
const SchemaStatement Version8[] = {
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_shipments (
        shipment_id INTEGER PRIMARY KEY REFERENCES shipments(id) ON DELETE CASCADE,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        cohort_day INTEGER,
        tracked INTEGER NOT NULL,
        delivered INTEGER NOT NULL,
        failed_attempt INTEGER NOT NULL,
        recovered INTEGER NOT NULL,
        fake INTEGER NOT NULL,
        rto INTEGER NOT NULL,
        attempt_day INTEGER,
        promised INTEGER NOT NULL,
        on_time INTEGER NOT NULL,
        first_attempt_ok INTEGER NOT NULL,
        arrival_day INTEGER,
        transit_days INTEGER,
        transit_business_days INTEGER,
        order_days INTEGER,
        order_id TEXT NOT NULL,
        order_day INTEGER,
        order_lead INTEGER NOT NULL DEFAULT 0,
        order_returned INTEGER NOT NULL DEFAULT 0
    ))"),
    SchemaStatement::sqliteOnly("CREATE INDEX kpi_shipments_by_order ON kpi_shipments(order_id)"),
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_daily (
        day INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        tracked INTEGER NOT NULL DEFAULT 0,
        delivered INTEGER NOT NULL DEFAULT 0,
        failed_attempt INTEGER NOT NULL DEFAULT 0,
        recovered INTEGER NOT NULL DEFAULT 0,
        fake INTEGER NOT NULL DEFAULT 0,
        rto INTEGER NOT NULL DEFAULT 0,
        with_exceptions INTEGER NOT NULL DEFAULT 0,
        exceptions INTEGER NOT NULL DEFAULT 0,
        attempted INTEGER NOT NULL DEFAULT 0,
        promised INTEGER NOT NULL DEFAULT 0,
        on_time INTEGER NOT NULL DEFAULT 0,
        first_attempt_ok INTEGER NOT NULL DEFAULT 0,
        transit_days TEXT NOT NULL DEFAULT '{}',
        transit_business_days TEXT NOT NULL DEFAULT '{}',
        order_days TEXT NOT NULL DEFAULT '{}',
        orders INTEGER NOT NULL DEFAULT 0,
        returned_orders INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, carrier, service, lane, destination)
    ) WITHOUT ROWID)"),
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_exceptions_daily (
        day INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        type INTEGER NOT NULL,
        opened INTEGER NOT NULL DEFAULT 0,
        answered INTEGER NOT NULL DEFAULT 0,
        answered_late INTEGER NOT NULL DEFAULT 0,
        resolved INTEGER NOT NULL DEFAULT 0,
        resolved_late INTEGER NOT NULL DEFAULT 0,
        closed INTEGER NOT NULL DEFAULT 0,
        resolve_ms INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, carrier, service, lane, destination, type)
    ) WITHOUT ROWID)"),
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_exception_hours (
        day INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        type INTEGER NOT NULL,
        hour INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, carrier, service, lane, destination, type, hour)
    ) WITHOUT ROWID)"),
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_returns_daily (
        day INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        orphan INTEGER NOT NULL,
        currency TEXT NOT NULL,
        returns INTEGER NOT NULL DEFAULT 0,
        refunds INTEGER NOT NULL DEFAULT 0,
        refund_value INTEGER NOT NULL DEFAULT 0,
        exchanges INTEGER NOT NULL DEFAULT 0,
        exchange_value INTEGER NOT NULL DEFAULT 0,
        credits INTEGER NOT NULL DEFAULT 0,
        credit_value INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, carrier, service, lane, destination, orphan, currency)
    ) WITHOUT ROWID)"),
    SchemaStatement::sqliteOnly("CREATE TABLE kpi_rebuilding (since_ms INTEGER NOT NULL)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_insert AFTER INSERT ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_daily(day, carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered, fake, rto, with_exceptions, exceptions)
            SELECT NEW.cohort_day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, 1, NEW.delivered, NEW.failed_attempt, NEW.recovered, NEW.fake, NEW.rto, EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = NEW.shipment_id), (SELECT count(*) FROM exceptions x WHERE x.shipment_id = NEW.shipment_id)
            WHERE NEW.cohort_day IS NOT NULL AND NEW.tracked = 1
            ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET tracked = kpi_daily.tracked + excluded.tracked, delivered = kpi_daily.delivered + excluded.delivered, failed_attempt = kpi_daily.failed_attempt + excluded.failed_attempt, recovered = kpi_daily.recovered + excluded.recovered, fake = kpi_daily.fake + excluded.fake, rto = kpi_daily.rto + excluded.rto, with_exceptions = kpi_daily.with_exceptions + excluded.with_exceptions, exceptions = kpi_daily.exceptions + excluded.exceptions;
        INSERT INTO kpi_daily(day, carrier, service, lane, destination, attempted, promised, on_time, first_attempt_ok)
            SELECT NEW.attempt_day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, 1, NEW.promised, NEW.on_time, NEW.first_attempt_ok WHERE NEW.attempt_day IS NOT NULL
            ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET attempted = kpi_daily.attempted + excluded.attempted, promised = kpi_daily.promised + excluded.promised, on_time = kpi_daily.on_time + excluded.on_time, first_attempt_ok = kpi_daily.first_attempt_ok + excluded.first_attempt_ok;
        INSERT INTO kpi_daily(day, carrier, service, lane, destination, transit_days, transit_business_days, order_days)
            SELECT NEW.arrival_day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, CASE WHEN NEW.transit_days IS NULL THEN '{}' ELSE json_object(CAST(NEW.transit_days AS TEXT), 1) END, CASE WHEN NEW.transit_business_days IS NULL THEN '{}' ELSE json_object(CAST(NEW.transit_business_days AS TEXT), 1) END, CASE WHEN NEW.order_days IS NULL THEN '{}' ELSE json_object(CAST(NEW.order_days AS TEXT), 1) END WHERE NEW.arrival_day IS NOT NULL
            ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET transit_days = CASE WHEN NEW.transit_days IS NULL THEN kpi_daily.transit_days ELSE json_set(kpi_daily.transit_days, '$."' || NEW.transit_days || '"', coalesce(json_extract(kpi_daily.transit_days, '$."' || NEW.transit_days || '"'), 0) + 1) END,
                transit_business_days = CASE WHEN NEW.transit_business_days IS NULL THEN kpi_daily.transit_business_days ELSE json_set(kpi_daily.transit_business_days, '$."' || NEW.transit_business_days || '"', coalesce(json_extract(kpi_daily.transit_business_days, '$."' || NEW.transit_business_days || '"'), 0) + 1) END,
                order_days = CASE WHEN NEW.order_days IS NULL THEN kpi_daily.order_days ELSE json_set(kpi_daily.order_days, '$."' || NEW.order_days || '"', coalesce(json_extract(kpi_daily.order_days, '$."' || NEW.order_days || '"'), 0) + 1) END;
        INSERT INTO kpi_daily(day, carrier, service, lane, destination, orders, returned_orders)
            SELECT NEW.order_day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, 1, NEW.order_returned WHERE NEW.order_day IS NOT NULL AND NEW.order_lead = 1
            ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET orders = kpi_daily.orders + excluded.orders, returned_orders = kpi_daily.returned_orders + excluded.returned_orders;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_insert_links AFTER INSERT ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = NEW.shipment_id) OR EXISTS (SELECT 1 FROM returns r WHERE r.shipment_id = NEW.shipment_id)) BEGIN
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late)
            SELECT x.trigger_at_ms / 86400000, NEW.carrier, NEW.service, NEW.lane, NEW.destination, x.type, count(*), sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END), sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END), sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END), sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
            FROM exceptions x WHERE x.shipment_id = NEW.shipment_id GROUP BY x.trigger_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_daily.opened + excluded.opened, answered = kpi_exceptions_daily.answered + excluded.answered, answered_late = kpi_exceptions_daily.answered_late + excluded.answered_late, resolved = kpi_exceptions_daily.resolved + excluded.resolved, resolved_late = kpi_exceptions_daily.resolved_late + excluded.resolved_late;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
            SELECT x.resolved_at_ms / 86400000, NEW.carrier, NEW.service, NEW.lane, NEW.destination, x.type, count(*), sum(x.resolved_at_ms - x.trigger_at_ms)
            FROM exceptions x WHERE x.shipment_id = NEW.shipment_id AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = kpi_exceptions_daily.closed + excluded.closed, resolve_ms = kpi_exceptions_daily.resolve_ms + excluded.resolve_ms;
        INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
            SELECT x.resolved_at_ms / 86400000, NEW.carrier, NEW.service, NEW.lane, NEW.destination, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000, count(*)
            FROM exceptions x WHERE x.shipment_id = NEW.shipment_id AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000
            ON CONFLICT(day, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours.count + excluded.count;
        INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value)
            SELECT r.requested_at_ms / 86400000, NEW.carrier, NEW.service, NEW.lane, NEW.destination, 0, r.currency, count(*), sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
            FROM returns r WHERE r.shipment_id = NEW.shipment_id GROUP BY r.requested_at_ms / 86400000, r.currency
            ON CONFLICT(day, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_daily.returns + excluded.returns, refunds = kpi_returns_daily.refunds + excluded.refunds, refund_value = kpi_returns_daily.refund_value + excluded.refund_value, exchanges = kpi_returns_daily.exchanges + excluded.exchanges, exchange_value = kpi_returns_daily.exchange_value + excluded.exchange_value, credits = kpi_returns_daily.credits + excluded.credits, credit_value = kpi_returns_daily.credit_value + excluded.credit_value;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_delete AFTER DELETE ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        UPDATE kpi_daily SET tracked = tracked - 1, delivered = delivered - OLD.delivered, failed_attempt = failed_attempt - OLD.failed_attempt, recovered = recovered - OLD.recovered, fake = fake - OLD.fake, rto = rto - OLD.rto, with_exceptions = with_exceptions - EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = OLD.shipment_id), exceptions = exceptions - (SELECT count(*) FROM exceptions x WHERE x.shipment_id = OLD.shipment_id)
            WHERE OLD.tracked = 1 AND day = OLD.cohort_day AND carrier = OLD.carrier AND service = OLD.service AND lane = OLD.lane AND destination = OLD.destination;
        UPDATE kpi_daily SET attempted = attempted - 1, promised = promised - OLD.promised, on_time = on_time - OLD.on_time, first_attempt_ok = first_attempt_ok - OLD.first_attempt_ok
            WHERE day = OLD.attempt_day AND carrier = OLD.carrier AND service = OLD.service AND lane = OLD.lane AND destination = OLD.destination;
        UPDATE kpi_daily SET transit_days = CASE WHEN OLD.transit_days IS NULL THEN transit_days WHEN json_extract(transit_days, '$."' || OLD.transit_days || '"') = 1 THEN json_remove(transit_days, '$."' || OLD.transit_days || '"') ELSE json_set(transit_days, '$."' || OLD.transit_days || '"', json_extract(transit_days, '$."' || OLD.transit_days || '"') - 1) END,
                transit_business_days = CASE WHEN OLD.transit_business_days IS NULL THEN transit_business_days WHEN json_extract(transit_business_days, '$."' || OLD.transit_business_days || '"') = 1 THEN json_remove(transit_business_days, '$."' || OLD.transit_business_days || '"') ELSE json_set(transit_business_days, '$."' || OLD.transit_business_days || '"', json_extract(transit_business_days, '$."' || OLD.transit_business_days || '"') - 1) END,
                order_days = CASE WHEN OLD.order_days IS NULL THEN order_days WHEN json_extract(order_days, '$."' || OLD.order_days || '"') = 1 THEN json_remove(order_days, '$."' || OLD.order_days || '"') ELSE json_set(order_days, '$."' || OLD.order_days || '"', json_extract(order_days, '$."' || OLD.order_days || '"') - 1) END
            WHERE day = OLD.arrival_day AND carrier = OLD.carrier AND service = OLD.service AND lane = OLD.lane AND destination = OLD.destination;
        UPDATE kpi_daily SET orders = orders - 1, returned_orders = returned_orders - OLD.order_returned
            WHERE OLD.order_lead = 1 AND day = OLD.order_day AND carrier = OLD.carrier AND service = OLD.service AND lane = OLD.lane AND destination = OLD.destination;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_delete_links AFTER DELETE ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = OLD.shipment_id) OR EXISTS (SELECT 1 FROM returns r WHERE r.shipment_id = OLD.shipment_id)) BEGIN
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late)
            SELECT x.trigger_at_ms / 86400000, OLD.carrier, OLD.service, OLD.lane, OLD.destination, x.type, -count(*), -sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END), -sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END), -sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END), -sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
            FROM exceptions x WHERE x.shipment_id = OLD.shipment_id GROUP BY x.trigger_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_daily.opened + excluded.opened, answered = kpi_exceptions_daily.answered + excluded.answered, answered_late = kpi_exceptions_daily.answered_late + excluded.answered_late, resolved = kpi_exceptions_daily.resolved + excluded.resolved, resolved_late = kpi_exceptions_daily.resolved_late + excluded.resolved_late;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
            SELECT x.resolved_at_ms / 86400000, OLD.carrier, OLD.service, OLD.lane, OLD.destination, x.type, -count(*), -sum(x.resolved_at_ms - x.trigger_at_ms)
            FROM exceptions x WHERE x.shipment_id = OLD.shipment_id AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = kpi_exceptions_daily.closed + excluded.closed, resolve_ms = kpi_exceptions_daily.resolve_ms + excluded.resolve_ms;
        INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
            SELECT x.resolved_at_ms / 86400000, OLD.carrier, OLD.service, OLD.lane, OLD.destination, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000, -count(*)
            FROM exceptions x WHERE x.shipment_id = OLD.shipment_id AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000
            ON CONFLICT(day, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours.count + excluded.count;
        INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value)
            SELECT r.requested_at_ms / 86400000, OLD.carrier, OLD.service, OLD.lane, OLD.destination, 0, r.currency, -count(*), -sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END), -sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END), -sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
            FROM returns r WHERE r.shipment_id = OLD.shipment_id GROUP BY r.requested_at_ms / 86400000, r.currency
            ON CONFLICT(day, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_daily.returns + excluded.returns, refunds = kpi_returns_daily.refunds + excluded.refunds, refund_value = kpi_returns_daily.refund_value + excluded.refund_value, exchanges = kpi_returns_daily.exchanges + excluded.exchanges, exchange_value = kpi_returns_daily.exchange_value + excluded.exchange_value, credits = kpi_returns_daily.credits + excluded.credits, credit_value = kpi_returns_daily.credit_value + excluded.credit_value;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_cohort AFTER UPDATE ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (OLD.carrier IS NOT NEW.carrier OR OLD.service IS NOT NEW.service OR OLD.lane IS NOT NEW.lane OR OLD.destination IS NOT NEW.destination OR OLD.cohort_day IS NOT NEW.cohort_day OR OLD.tracked IS NOT NEW.tracked OR OLD.delivered IS NOT NEW.delivered OR OLD.failed_attempt IS NOT NEW.failed_attempt OR OLD.recovered IS NOT NEW.recovered OR OLD.fake IS NOT NEW.fake OR OLD.rto IS NOT NEW.rto) BEGIN
        UPDATE kpi_daily SET tracked = tracked - 1, delivered = delivered - OLD.delivered, failed_attempt = failed_attempt - OLD.failed_attempt, recovered = recovered - OLD.recovered, fake = fake - OLD.fake, rto = rto - OLD.rto, with_exceptions = with_exceptions - EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = OLD.shipment_id), exceptions = exceptions - (SELECT count(*) FROM exceptions x WHERE x.shipment_id = OLD.shipment_id)
            WHERE OLD.tracked = 1 AND day = OLD.cohort_day AND carrier = OLD.carrier AND service = OLD.service AND lane = OLD.lane AND destination = OLD.destination;
        INSERT INTO kpi_daily(day, carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered, fake, rto, with_exceptions, exceptions)
            SELECT NEW.cohort_day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, 1, NEW.delivered, NEW.failed_attempt, NEW.recovered, NEW.fake, NEW.rto, EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = NEW.shipment_id), (SELECT count(*) FROM exceptions x WHERE x.shipment_id = NEW.shipment_id)
            WHERE NEW.cohort_day IS NOT NULL AND NEW.tracked = 1
            ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET tracked = kpi_daily.tracked + excluded.tracked, delivered = kpi_daily.delivered + excluded.delivered, failed_attempt = kpi_daily.failed_attempt + excluded.failed_attempt, recovered = kpi_daily.recovered + excluded.recovered, fake = kpi_daily.fake + excluded.fake, rto = kpi_daily.rto + excluded.rto, with_exceptions = kpi_daily.with_exceptions + excluded.with_exceptions, exceptions = kpi_daily.exceptions + excluded.exceptions;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_attempt AFTER UPDATE ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (OLD.carrier IS NOT NEW.carrier OR OLD.service IS NOT NEW.service OR OLD.lane IS NOT NEW.lane OR OLD.destination IS NOT NEW.destination OR OLD.attempt_day IS NOT NEW.attempt_day OR OLD.promised IS NOT NEW.promised OR OLD.on_time IS NOT NEW.on_time OR OLD.first_attempt_ok IS NOT NEW.first_attempt_ok) BEGIN
        UPDATE kpi_daily SET attempted = attempted - 1, promised = promised - OLD.promised, on_time = on_time - OLD.on_time, first_attempt_ok = first_attempt_ok - OLD.first_attempt_ok
            WHERE day = OLD.attempt_day AND carrier = OLD.carrier AND service = OLD.service AND lane = OLD.lane AND destination = OLD.destination;
        INSERT INTO kpi_daily(day, carrier, service, lane, destination, attempted, promised, on_time, first_attempt_ok)
            SELECT NEW.attempt_day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, 1, NEW.promised, NEW.on_time, NEW.first_attempt_ok WHERE NEW.attempt_day IS NOT NULL
            ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET attempted = kpi_daily.attempted + excluded.attempted, promised = kpi_daily.promised + excluded.promised, on_time = kpi_daily.on_time + excluded.on_time, first_attempt_ok = kpi_daily.first_attempt_ok + excluded.first_attempt_ok;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_arrival AFTER UPDATE ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (OLD.carrier IS NOT NEW.carrier OR OLD.service IS NOT NEW.service OR OLD.lane IS NOT NEW.lane OR OLD.destination IS NOT NEW.destination OR OLD.arrival_day IS NOT NEW.arrival_day OR OLD.transit_days IS NOT NEW.transit_days OR OLD.transit_business_days IS NOT NEW.transit_business_days OR OLD.order_days IS NOT NEW.order_days) BEGIN
        UPDATE kpi_daily SET transit_days = CASE WHEN OLD.transit_days IS NULL THEN transit_days WHEN json_extract(transit_days, '$."' || OLD.transit_days || '"') = 1 THEN json_remove(transit_days, '$."' || OLD.transit_days || '"') ELSE json_set(transit_days, '$."' || OLD.transit_days || '"', json_extract(transit_days, '$."' || OLD.transit_days || '"') - 1) END,
                transit_business_days = CASE WHEN OLD.transit_business_days IS NULL THEN transit_business_days WHEN json_extract(transit_business_days, '$."' || OLD.transit_business_days || '"') = 1 THEN json_remove(transit_business_days, '$."' || OLD.transit_business_days || '"') ELSE json_set(transit_business_days, '$."' || OLD.transit_business_days || '"', json_extract(transit_business_days, '$."' || OLD.transit_business_days || '"') - 1) END,
                order_days = CASE WHEN OLD.order_days IS NULL THEN order_days WHEN json_extract(order_days, '$."' || OLD.order_days || '"') = 1 THEN json_remove(order_days, '$."' || OLD.order_days || '"') ELSE json_set(order_days, '$."' || OLD.order_days || '"', json_extract(order_days, '$."' || OLD.order_days || '"') - 1) END
            WHERE day = OLD.arrival_day AND carrier = OLD.carrier AND service = OLD.service AND lane = OLD.lane AND destination = OLD.destination;
        INSERT INTO kpi_daily(day, carrier, service, lane, destination, transit_days, transit_business_days, order_days)
            SELECT NEW.arrival_day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, CASE WHEN NEW.transit_days IS NULL THEN '{}' ELSE json_object(CAST(NEW.transit_days AS TEXT), 1) END, CASE WHEN NEW.transit_business_days IS NULL THEN '{}' ELSE json_object(CAST(NEW.transit_business_days AS TEXT), 1) END, CASE WHEN NEW.order_days IS NULL THEN '{}' ELSE json_object(CAST(NEW.order_days AS TEXT), 1) END WHERE NEW.arrival_day IS NOT NULL
            ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET transit_days = CASE WHEN NEW.transit_days IS NULL THEN kpi_daily.transit_days ELSE json_set(kpi_daily.transit_days, '$."' || NEW.transit_days || '"', coalesce(json_extract(kpi_daily.transit_days, '$."' || NEW.transit_days || '"'), 0) + 1) END,
                transit_business_days = CASE WHEN NEW.transit_business_days IS NULL THEN kpi_daily.transit_business_days ELSE json_set(kpi_daily.transit_business_days, '$."' || NEW.transit_business_days || '"', coalesce(json_extract(kpi_daily.transit_business_days, '$."' || NEW.transit_business_days || '"'), 0) + 1) END,
                order_days = CASE WHEN NEW.order_days IS NULL THEN kpi_daily.order_days ELSE json_set(kpi_daily.order_days, '$."' || NEW.order_days || '"', coalesce(json_extract(kpi_daily.order_days, '$."' || NEW.order_days || '"'), 0) + 1) END;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_order AFTER UPDATE ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (OLD.carrier IS NOT NEW.carrier OR OLD.service IS NOT NEW.service OR OLD.lane IS NOT NEW.lane OR OLD.destination IS NOT NEW.destination OR OLD.order_day IS NOT NEW.order_day OR OLD.order_lead IS NOT NEW.order_lead OR OLD.order_returned IS NOT NEW.order_returned) BEGIN
        UPDATE kpi_daily SET orders = orders - 1, returned_orders = returned_orders - OLD.order_returned
            WHERE OLD.order_lead = 1 AND day = OLD.order_day AND carrier = OLD.carrier AND service = OLD.service AND lane = OLD.lane AND destination = OLD.destination;
        INSERT INTO kpi_daily(day, carrier, service, lane, destination, orders, returned_orders)
            SELECT NEW.order_day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, 1, NEW.order_returned WHERE NEW.order_day IS NOT NULL AND NEW.order_lead = 1
            ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET orders = kpi_daily.orders + excluded.orders, returned_orders = kpi_daily.returned_orders + excluded.returned_orders;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_shipments_dims AFTER UPDATE ON kpi_shipments WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (OLD.carrier IS NOT NEW.carrier OR OLD.service IS NOT NEW.service OR OLD.lane IS NOT NEW.lane OR OLD.destination IS NOT NEW.destination) BEGIN
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late)
            SELECT x.trigger_at_ms / 86400000, OLD.carrier, OLD.service, OLD.lane, OLD.destination, x.type, -count(*), -sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END), -sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END), -sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END), -sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
            FROM exceptions x WHERE x.shipment_id = OLD.shipment_id GROUP BY x.trigger_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_daily.opened + excluded.opened, answered = kpi_exceptions_daily.answered + excluded.answered, answered_late = kpi_exceptions_daily.answered_late + excluded.answered_late, resolved = kpi_exceptions_daily.resolved + excluded.resolved, resolved_late = kpi_exceptions_daily.resolved_late + excluded.resolved_late;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
            SELECT x.resolved_at_ms / 86400000, OLD.carrier, OLD.service, OLD.lane, OLD.destination, x.type, -count(*), -sum(x.resolved_at_ms - x.trigger_at_ms)
            FROM exceptions x WHERE x.shipment_id = OLD.shipment_id AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = kpi_exceptions_daily.closed + excluded.closed, resolve_ms = kpi_exceptions_daily.resolve_ms + excluded.resolve_ms;
        INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
            SELECT x.resolved_at_ms / 86400000, OLD.carrier, OLD.service, OLD.lane, OLD.destination, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000, -count(*)
            FROM exceptions x WHERE x.shipment_id = OLD.shipment_id AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000
            ON CONFLICT(day, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours.count + excluded.count;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late)
            SELECT x.trigger_at_ms / 86400000, NEW.carrier, NEW.service, NEW.lane, NEW.destination, x.type, count(*), sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END), sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END), sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END), sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
            FROM exceptions x WHERE x.shipment_id = NEW.shipment_id GROUP BY x.trigger_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_daily.opened + excluded.opened, answered = kpi_exceptions_daily.answered + excluded.answered, answered_late = kpi_exceptions_daily.answered_late + excluded.answered_late, resolved = kpi_exceptions_daily.resolved + excluded.resolved, resolved_late = kpi_exceptions_daily.resolved_late + excluded.resolved_late;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
            SELECT x.resolved_at_ms / 86400000, NEW.carrier, NEW.service, NEW.lane, NEW.destination, x.type, count(*), sum(x.resolved_at_ms - x.trigger_at_ms)
            FROM exceptions x WHERE x.shipment_id = NEW.shipment_id AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = kpi_exceptions_daily.closed + excluded.closed, resolve_ms = kpi_exceptions_daily.resolve_ms + excluded.resolve_ms;
        INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
            SELECT x.resolved_at_ms / 86400000, NEW.carrier, NEW.service, NEW.lane, NEW.destination, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000, count(*)
            FROM exceptions x WHERE x.shipment_id = NEW.shipment_id AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000
            ON CONFLICT(day, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours.count + excluded.count;
        INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value)
            SELECT r.requested_at_ms / 86400000, OLD.carrier, OLD.service, OLD.lane, OLD.destination, 0, r.currency, -count(*), -sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END), -sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END), -sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
            FROM returns r WHERE r.shipment_id = OLD.shipment_id GROUP BY r.requested_at_ms / 86400000, r.currency
            ON CONFLICT(day, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_daily.returns + excluded.returns, refunds = kpi_returns_daily.refunds + excluded.refunds, refund_value = kpi_returns_daily.refund_value + excluded.refund_value, exchanges = kpi_returns_daily.exchanges + excluded.exchanges, exchange_value = kpi_returns_daily.exchange_value + excluded.exchange_value, credits = kpi_returns_daily.credits + excluded.credits, credit_value = kpi_returns_daily.credit_value + excluded.credit_value;
        INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value)
            SELECT r.requested_at_ms / 86400000, NEW.carrier, NEW.service, NEW.lane, NEW.destination, 0, r.currency, count(*), sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
            FROM returns r WHERE r.shipment_id = NEW.shipment_id GROUP BY r.requested_at_ms / 86400000, r.currency
            ON CONFLICT(day, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_daily.returns + excluded.returns, refunds = kpi_returns_daily.refunds + excluded.refunds, refund_value = kpi_returns_daily.refund_value + excluded.refund_value, exchanges = kpi_returns_daily.exchanges + excluded.exchanges, exchange_value = kpi_returns_daily.exchange_value + excluded.exchange_value, credits = kpi_returns_daily.credits + excluded.credits, credit_value = kpi_returns_daily.credit_value + excluded.credit_value;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exceptions_insert AFTER INSERT ON exceptions WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late)
            SELECT x.trigger_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, count(*), sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END), sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END), sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END), sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
            FROM (SELECT NEW.id AS id, NEW.shipment_id AS shipment_id, NEW.type AS type, NEW.status AS status, NEW.trigger_at_ms AS trigger_at_ms, NEW.resolved_at_ms AS resolved_at_ms, NEW.first_action_at_ms AS first_action_at_ms, NEW.first_action_due_ms AS first_action_due_ms, NEW.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 GROUP BY x.trigger_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_daily.opened + excluded.opened, answered = kpi_exceptions_daily.answered + excluded.answered, answered_late = kpi_exceptions_daily.answered_late + excluded.answered_late, resolved = kpi_exceptions_daily.resolved + excluded.resolved, resolved_late = kpi_exceptions_daily.resolved_late + excluded.resolved_late;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
            SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, count(*), sum(x.resolved_at_ms - x.trigger_at_ms)
            FROM (SELECT NEW.id AS id, NEW.shipment_id AS shipment_id, NEW.type AS type, NEW.status AS status, NEW.trigger_at_ms AS trigger_at_ms, NEW.resolved_at_ms AS resolved_at_ms, NEW.first_action_at_ms AS first_action_at_ms, NEW.first_action_due_ms AS first_action_due_ms, NEW.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = kpi_exceptions_daily.closed + excluded.closed, resolve_ms = kpi_exceptions_daily.resolve_ms + excluded.resolve_ms;
        INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
            SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000, count(*)
            FROM (SELECT NEW.id AS id, NEW.shipment_id AS shipment_id, NEW.type AS type, NEW.status AS status, NEW.trigger_at_ms AS trigger_at_ms, NEW.resolved_at_ms AS resolved_at_ms, NEW.first_action_at_ms AS first_action_at_ms, NEW.first_action_due_ms AS first_action_due_ms, NEW.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000
            ON CONFLICT(day, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours.count + excluded.count;
        UPDATE kpi_daily SET exceptions = exceptions + 1,
            with_exceptions = with_exceptions + CASE WHEN (SELECT count(*) FROM exceptions x WHERE x.shipment_id = NEW.shipment_id) = 1 THEN 1 ELSE 0 END
            WHERE (day, carrier, service, lane, destination) = (SELECT f.cohort_day, f.carrier, f.service, f.lane, f.destination
                FROM kpi_shipments f WHERE f.shipment_id = NEW.shipment_id AND f.tracked = 1);
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exceptions_delete AFTER DELETE ON exceptions WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late)
            SELECT x.trigger_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, -count(*), -sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END), -sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END), -sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END), -sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
            FROM (SELECT OLD.id AS id, OLD.shipment_id AS shipment_id, OLD.type AS type, OLD.status AS status, OLD.trigger_at_ms AS trigger_at_ms, OLD.resolved_at_ms AS resolved_at_ms, OLD.first_action_at_ms AS first_action_at_ms, OLD.first_action_due_ms AS first_action_due_ms, OLD.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 GROUP BY x.trigger_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_daily.opened + excluded.opened, answered = kpi_exceptions_daily.answered + excluded.answered, answered_late = kpi_exceptions_daily.answered_late + excluded.answered_late, resolved = kpi_exceptions_daily.resolved + excluded.resolved, resolved_late = kpi_exceptions_daily.resolved_late + excluded.resolved_late;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
            SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, -count(*), -sum(x.resolved_at_ms - x.trigger_at_ms)
            FROM (SELECT OLD.id AS id, OLD.shipment_id AS shipment_id, OLD.type AS type, OLD.status AS status, OLD.trigger_at_ms AS trigger_at_ms, OLD.resolved_at_ms AS resolved_at_ms, OLD.first_action_at_ms AS first_action_at_ms, OLD.first_action_due_ms AS first_action_due_ms, OLD.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = kpi_exceptions_daily.closed + excluded.closed, resolve_ms = kpi_exceptions_daily.resolve_ms + excluded.resolve_ms;
        INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
            SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000, -count(*)
            FROM (SELECT OLD.id AS id, OLD.shipment_id AS shipment_id, OLD.type AS type, OLD.status AS status, OLD.trigger_at_ms AS trigger_at_ms, OLD.resolved_at_ms AS resolved_at_ms, OLD.first_action_at_ms AS first_action_at_ms, OLD.first_action_due_ms AS first_action_due_ms, OLD.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000
            ON CONFLICT(day, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours.count + excluded.count;
        UPDATE kpi_daily SET exceptions = exceptions - 1,
            with_exceptions = with_exceptions - CASE WHEN (SELECT count(*) FROM exceptions x WHERE x.shipment_id = OLD.shipment_id) = 0 THEN 1 ELSE 0 END
            WHERE (day, carrier, service, lane, destination) = (SELECT f.cohort_day, f.carrier, f.service, f.lane, f.destination
                FROM kpi_shipments f WHERE f.shipment_id = OLD.shipment_id AND f.tracked = 1);
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exceptions_update AFTER UPDATE ON exceptions WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (OLD.shipment_id IS NOT NEW.shipment_id OR OLD.type IS NOT NEW.type OR OLD.status IS NOT NEW.status OR OLD.trigger_at_ms IS NOT NEW.trigger_at_ms OR OLD.resolved_at_ms IS NOT NEW.resolved_at_ms OR OLD.first_action_at_ms IS NOT NEW.first_action_at_ms OR OLD.first_action_due_ms IS NOT NEW.first_action_due_ms OR OLD.resolve_due_ms IS NOT NEW.resolve_due_ms) BEGIN
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late)
            SELECT x.trigger_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, -count(*), -sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END), -sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END), -sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END), -sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
            FROM (SELECT OLD.id AS id, OLD.shipment_id AS shipment_id, OLD.type AS type, OLD.status AS status, OLD.trigger_at_ms AS trigger_at_ms, OLD.resolved_at_ms AS resolved_at_ms, OLD.first_action_at_ms AS first_action_at_ms, OLD.first_action_due_ms AS first_action_due_ms, OLD.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 GROUP BY x.trigger_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_daily.opened + excluded.opened, answered = kpi_exceptions_daily.answered + excluded.answered, answered_late = kpi_exceptions_daily.answered_late + excluded.answered_late, resolved = kpi_exceptions_daily.resolved + excluded.resolved, resolved_late = kpi_exceptions_daily.resolved_late + excluded.resolved_late;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
            SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, -count(*), -sum(x.resolved_at_ms - x.trigger_at_ms)
            FROM (SELECT OLD.id AS id, OLD.shipment_id AS shipment_id, OLD.type AS type, OLD.status AS status, OLD.trigger_at_ms AS trigger_at_ms, OLD.resolved_at_ms AS resolved_at_ms, OLD.first_action_at_ms AS first_action_at_ms, OLD.first_action_due_ms AS first_action_due_ms, OLD.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = kpi_exceptions_daily.closed + excluded.closed, resolve_ms = kpi_exceptions_daily.resolve_ms + excluded.resolve_ms;
        INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
            SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000, -count(*)
            FROM (SELECT OLD.id AS id, OLD.shipment_id AS shipment_id, OLD.type AS type, OLD.status AS status, OLD.trigger_at_ms AS trigger_at_ms, OLD.resolved_at_ms AS resolved_at_ms, OLD.first_action_at_ms AS first_action_at_ms, OLD.first_action_due_ms AS first_action_due_ms, OLD.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000
            ON CONFLICT(day, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours.count + excluded.count;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late)
            SELECT x.trigger_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, count(*), sum(CASE WHEN x.first_action_at_ms IS NOT NULL OR (x.status = 1 AND x.resolved_at_ms IS NOT NULL) THEN 1 ELSE 0 END), sum(CASE WHEN coalesce(x.first_action_at_ms, CASE WHEN x.status = 1 THEN x.resolved_at_ms END) > x.first_action_due_ms THEN 1 ELSE 0 END), sum(CASE WHEN x.status = 1 AND x.resolved_at_ms IS NOT NULL THEN 1 ELSE 0 END), sum(CASE WHEN x.status = 1 AND x.resolved_at_ms > x.resolve_due_ms THEN 1 ELSE 0 END)
            FROM (SELECT NEW.id AS id, NEW.shipment_id AS shipment_id, NEW.type AS type, NEW.status AS status, NEW.trigger_at_ms AS trigger_at_ms, NEW.resolved_at_ms AS resolved_at_ms, NEW.first_action_at_ms AS first_action_at_ms, NEW.first_action_due_ms AS first_action_due_ms, NEW.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 GROUP BY x.trigger_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_daily.opened + excluded.opened, answered = kpi_exceptions_daily.answered + excluded.answered, answered_late = kpi_exceptions_daily.answered_late + excluded.answered_late, resolved = kpi_exceptions_daily.resolved + excluded.resolved, resolved_late = kpi_exceptions_daily.resolved_late + excluded.resolved_late;
        INSERT INTO kpi_exceptions_daily(day, carrier, service, lane, destination, type, closed, resolve_ms)
            SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, count(*), sum(x.resolved_at_ms - x.trigger_at_ms)
            FROM (SELECT NEW.id AS id, NEW.shipment_id AS shipment_id, NEW.type AS type, NEW.status AS status, NEW.trigger_at_ms AS trigger_at_ms, NEW.resolved_at_ms AS resolved_at_ms, NEW.first_action_at_ms AS first_action_at_ms, NEW.first_action_due_ms AS first_action_due_ms, NEW.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type
            ON CONFLICT(day, carrier, service, lane, destination, type) DO UPDATE SET closed = kpi_exceptions_daily.closed + excluded.closed, resolve_ms = kpi_exceptions_daily.resolve_ms + excluded.resolve_ms;
        INSERT INTO kpi_exception_hours(day, carrier, service, lane, destination, type, hour, count)
            SELECT x.resolved_at_ms / 86400000, f.carrier, f.service, f.lane, f.destination, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000, count(*)
            FROM (SELECT NEW.id AS id, NEW.shipment_id AS shipment_id, NEW.type AS type, NEW.status AS status, NEW.trigger_at_ms AS trigger_at_ms, NEW.resolved_at_ms AS resolved_at_ms, NEW.first_action_at_ms AS first_action_at_ms, NEW.first_action_due_ms AS first_action_due_ms, NEW.resolve_due_ms AS resolve_due_ms) x JOIN kpi_shipments f ON f.shipment_id = x.shipment_id WHERE 1 = 1 AND +x.status = 1 AND x.resolved_at_ms IS NOT NULL
            GROUP BY x.resolved_at_ms / 86400000, x.type, (x.resolved_at_ms - x.trigger_at_ms) / 3600000
            ON CONFLICT(day, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours.count + excluded.count;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_returns_insert AFTER INSERT ON returns WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value)
            SELECT r.requested_at_ms / 86400000, coalesce(f.carrier, ''), coalesce(f.service, ''), coalesce(f.lane, ''), coalesce(f.destination, ''), CASE WHEN r.shipment_id IS NULL THEN 1 ELSE 0 END, r.currency, count(*), sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
            FROM (SELECT NEW.shipment_id AS shipment_id, NEW.requested_at_ms AS requested_at_ms, NEW.currency AS currency, NEW.resolution AS resolution, NEW.amount_cents AS amount_cents) r LEFT JOIN kpi_shipments f ON f.shipment_id = r.shipment_id WHERE r.shipment_id IS NULL OR f.shipment_id IS NOT NULL GROUP BY r.requested_at_ms / 86400000, r.currency
            ON CONFLICT(day, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_daily.returns + excluded.returns, refunds = kpi_returns_daily.refunds + excluded.refunds, refund_value = kpi_returns_daily.refund_value + excluded.refund_value, exchanges = kpi_returns_daily.exchanges + excluded.exchanges, exchange_value = kpi_returns_daily.exchange_value + excluded.exchange_value, credits = kpi_returns_daily.credits + excluded.credits, credit_value = kpi_returns_daily.credit_value + excluded.credit_value;
        UPDATE kpi_shipments SET order_returned = EXISTS (SELECT 1 FROM returns r WHERE r.order_id = kpi_shipments.order_id)
            WHERE order_id = NEW.order_id AND NEW.order_id <> '' AND order_returned IS NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = kpi_shipments.order_id);
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_returns_delete AFTER DELETE ON returns WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value)
            SELECT r.requested_at_ms / 86400000, coalesce(f.carrier, ''), coalesce(f.service, ''), coalesce(f.lane, ''), coalesce(f.destination, ''), CASE WHEN r.shipment_id IS NULL THEN 1 ELSE 0 END, r.currency, -count(*), -sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END), -sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END), -sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
            FROM (SELECT OLD.shipment_id AS shipment_id, OLD.requested_at_ms AS requested_at_ms, OLD.currency AS currency, OLD.resolution AS resolution, OLD.amount_cents AS amount_cents) r LEFT JOIN kpi_shipments f ON f.shipment_id = r.shipment_id WHERE r.shipment_id IS NULL OR f.shipment_id IS NOT NULL GROUP BY r.requested_at_ms / 86400000, r.currency
            ON CONFLICT(day, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_daily.returns + excluded.returns, refunds = kpi_returns_daily.refunds + excluded.refunds, refund_value = kpi_returns_daily.refund_value + excluded.refund_value, exchanges = kpi_returns_daily.exchanges + excluded.exchanges, exchange_value = kpi_returns_daily.exchange_value + excluded.exchange_value, credits = kpi_returns_daily.credits + excluded.credits, credit_value = kpi_returns_daily.credit_value + excluded.credit_value;
        UPDATE kpi_shipments SET order_returned = EXISTS (SELECT 1 FROM returns r WHERE r.order_id = kpi_shipments.order_id)
            WHERE order_id = OLD.order_id AND OLD.order_id <> '' AND order_returned IS NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = kpi_shipments.order_id);
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_returns_update AFTER UPDATE ON returns WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (OLD.shipment_id IS NOT NEW.shipment_id OR OLD.requested_at_ms IS NOT NEW.requested_at_ms OR OLD.currency IS NOT NEW.currency OR OLD.resolution IS NOT NEW.resolution OR OLD.amount_cents IS NOT NEW.amount_cents OR OLD.order_id IS NOT NEW.order_id) BEGIN
        INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value)
            SELECT r.requested_at_ms / 86400000, coalesce(f.carrier, ''), coalesce(f.service, ''), coalesce(f.lane, ''), coalesce(f.destination, ''), CASE WHEN r.shipment_id IS NULL THEN 1 ELSE 0 END, r.currency, -count(*), -sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END), -sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END), -sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), -sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
            FROM (SELECT OLD.shipment_id AS shipment_id, OLD.requested_at_ms AS requested_at_ms, OLD.currency AS currency, OLD.resolution AS resolution, OLD.amount_cents AS amount_cents) r LEFT JOIN kpi_shipments f ON f.shipment_id = r.shipment_id WHERE r.shipment_id IS NULL OR f.shipment_id IS NOT NULL GROUP BY r.requested_at_ms / 86400000, r.currency
            ON CONFLICT(day, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_daily.returns + excluded.returns, refunds = kpi_returns_daily.refunds + excluded.refunds, refund_value = kpi_returns_daily.refund_value + excluded.refund_value, exchanges = kpi_returns_daily.exchanges + excluded.exchanges, exchange_value = kpi_returns_daily.exchange_value + excluded.exchange_value, credits = kpi_returns_daily.credits + excluded.credits, credit_value = kpi_returns_daily.credit_value + excluded.credit_value;
        INSERT INTO kpi_returns_daily(day, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value)
            SELECT r.requested_at_ms / 86400000, coalesce(f.carrier, ''), coalesce(f.service, ''), coalesce(f.lane, ''), coalesce(f.destination, ''), CASE WHEN r.shipment_id IS NULL THEN 1 ELSE 0 END, r.currency, count(*), sum(CASE WHEN r.resolution = 1 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 1 THEN r.amount_cents ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 2 THEN r.amount_cents ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN 1 ELSE 0 END), sum(CASE WHEN r.resolution = 3 THEN r.amount_cents ELSE 0 END)
            FROM (SELECT NEW.shipment_id AS shipment_id, NEW.requested_at_ms AS requested_at_ms, NEW.currency AS currency, NEW.resolution AS resolution, NEW.amount_cents AS amount_cents) r LEFT JOIN kpi_shipments f ON f.shipment_id = r.shipment_id WHERE r.shipment_id IS NULL OR f.shipment_id IS NOT NULL GROUP BY r.requested_at_ms / 86400000, r.currency
            ON CONFLICT(day, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_daily.returns + excluded.returns, refunds = kpi_returns_daily.refunds + excluded.refunds, refund_value = kpi_returns_daily.refund_value + excluded.refund_value, exchanges = kpi_returns_daily.exchanges + excluded.exchanges, exchange_value = kpi_returns_daily.exchange_value + excluded.exchange_value, credits = kpi_returns_daily.credits + excluded.credits, credit_value = kpi_returns_daily.credit_value + excluded.credit_value;
        UPDATE kpi_shipments SET order_returned = EXISTS (SELECT 1 FROM returns r WHERE r.order_id = kpi_shipments.order_id)
            WHERE order_id = OLD.order_id AND OLD.order_id <> '' AND order_returned IS NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = kpi_shipments.order_id);
        UPDATE kpi_shipments SET order_returned = EXISTS (SELECT 1 FROM returns r WHERE r.order_id = kpi_shipments.order_id)
            WHERE order_id = NEW.order_id AND NEW.order_id <> '' AND order_returned IS NOT EXISTS (SELECT 1 FROM returns r WHERE r.order_id = kpi_shipments.order_id);
    END)"),
    SchemaStatement::sqliteOnly("INSERT INTO meta(key, value) SELECT 'kpi_rollups', CASE WHEN EXISTS "
                                "(SELECT 1 FROM shipments) THEN 'stale' ELSE 'current' END"),
};

// Version 9: what a team shares (docs/ASSIGNMENT.md). `team_settings` holds one versioned
// JSON document per name (the assignment rules, the return policy), saved whole; a replica
// holds the server's rows under the server's ids. The assignment rules remember where each
// round robin stands (`assignment_cursors`, by pool: a rule's id, or "*" for every agent)
// and how many exceptions they handed each agent on each of the agent's days
// (`assignment_daily`, agent in lower case, day as YYYY-MM-DD in the agent's time zone).
// The scoreboard reads assignments from the history by action and time.
const SchemaStatement Version9[] = {
    R"(CREATE TABLE team_settings (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        document TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL,
        updated_by TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE assignment_cursors (
        pool TEXT PRIMARY KEY,
        last_agent TEXT NOT NULL,
        last_index INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL
    ) WITHOUT ROWID)",
    R"(CREATE TABLE assignment_daily (
        agent TEXT NOT NULL,
        day TEXT NOT NULL,
        assigned INTEGER NOT NULL,
        PRIMARY KEY (agent, day)
    ) WITHOUT ROWID)",
    "CREATE INDEX exception_history_by_action ON exception_history(action, at_ms)",
};


// Version 10: a new shipment's KPI facts reach the daily rollups per batch, not per row.
// KpiFacts sums the facts rows a transaction inserted with one aggregate statement per
// rollup part when the batch ends (docs/KPIS.md, "Rollups"), instead of this trigger
// writing four kpi_daily rows, with JSON histograms, for every new shipment. The triggers
// for changed and deleted facts stay.
const SchemaStatement Version10[] = {
    SchemaStatement::sqliteOnly("DROP TRIGGER kpi_shipments_insert"),
};

// Version 11: each shipment's places as coordinates with their precision (docs/MAP.md),
// derived from the shipment by ShipmentGeoWriter: written with every change at ingest,
// filled in for older stores and replicas by ShipmentGeoWriter::refresh. Coordinates are
// millionths of a degree; precision is geo::GeoPrecision (0 none .. 4 postal code).
const SchemaStatement Version11[] = {
    R"(CREATE TABLE shipment_geo (
        shipment_id INTEGER NOT NULL PRIMARY KEY REFERENCES shipments(id) ON DELETE CASCADE,
        shipment_version INTEGER NOT NULL,
        last_lat_e6 INTEGER,
        last_lon_e6 INTEGER,
        last_precision INTEGER NOT NULL DEFAULT 0,
        origin_lat_e6 INTEGER,
        origin_lon_e6 INTEGER,
        origin_precision INTEGER NOT NULL DEFAULT 0,
        dest_lat_e6 INTEGER,
        dest_lon_e6 INTEGER,
        dest_precision INTEGER NOT NULL DEFAULT 0
    ))",
};

// Version 12: an event's country the feed did not name, inferred from a domestic carrier's
// service and the place's state or postal code (DomesticCountry; docs/ADAPTERS.md, "Reading
// real payloads"), is flagged like an assumed time: 1 inferred, 0 named by the feed.
const SchemaStatement Version12[] = {
    "ALTER TABLE events ADD COLUMN country_inferred INTEGER NOT NULL DEFAULT 0",
};

// Version 13: a kept verdict names the policy it was judged by with a digest of the policy's JSON
// (ReturnPolicy::digest), so a verdict judged by an older policy is found whatever the
// policy's own version number says (docs/RETURNS.md, "Kept verdicts"). Verdicts kept
// before have none: they are judged again on open.
const SchemaStatement Version13[] = {
    SchemaStatement::sqliteOnly("ALTER TABLE return_verdicts ADD COLUMN policy_digest TEXT NOT NULL DEFAULT ''"),
};

// Version 14: who decided a return (approved or rejected it while it was requested): the
// user's name, or "policy" when the return policy approved it automatically
// (docs/RETURNS.md, "Automatic approval"). Synced like the return's other columns; empty
// for a return nobody decided in this store's history (requested, or imported decided).
const SchemaStatement Version14[] = {
    "ALTER TABLE returns ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''",
};

// Version 15: a second rollup level per ISO week (docs/KPIS.md, "Rollups"): kpi_weekly,
// kpi_exceptions_weekly, kpi_exception_hours_weekly and kpi_returns_weekly hold the sums of
// their daily table's rows over each week, under `week`, the day number (UTC days since
// 1970-01-01) of the week's Monday. They follow the daily tables' numbers by triggers on
// them, in the same statement (a daily row's day and keys never change: its numbers move),
// and stand still while kpi_rebuilding holds a row (a rebuild fills them from the daily
// rows: KpiWeeklyRollups). The step fills them from the daily rows already there. The
// analytics page reads a week's row for each whole week of its range and the days for
// the edges: a seventh of the rows. An index of the unresolved exceptions by trigger time
// answers the page's SLA breaches of open exceptions.
const SchemaStatement Version15[] = {
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_weekly (
        week INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        tracked INTEGER NOT NULL DEFAULT 0,
        delivered INTEGER NOT NULL DEFAULT 0,
        failed_attempt INTEGER NOT NULL DEFAULT 0,
        recovered INTEGER NOT NULL DEFAULT 0,
        fake INTEGER NOT NULL DEFAULT 0,
        rto INTEGER NOT NULL DEFAULT 0,
        with_exceptions INTEGER NOT NULL DEFAULT 0,
        exceptions INTEGER NOT NULL DEFAULT 0,
        attempted INTEGER NOT NULL DEFAULT 0,
        promised INTEGER NOT NULL DEFAULT 0,
        on_time INTEGER NOT NULL DEFAULT 0,
        first_attempt_ok INTEGER NOT NULL DEFAULT 0,
        transit_days TEXT NOT NULL DEFAULT '{}',
        transit_business_days TEXT NOT NULL DEFAULT '{}',
        order_days TEXT NOT NULL DEFAULT '{}',
        orders INTEGER NOT NULL DEFAULT 0,
        returned_orders INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (week, carrier, service, lane, destination)
    ) WITHOUT ROWID)"),
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_exceptions_weekly (
        week INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        type INTEGER NOT NULL,
        opened INTEGER NOT NULL DEFAULT 0,
        answered INTEGER NOT NULL DEFAULT 0,
        answered_late INTEGER NOT NULL DEFAULT 0,
        resolved INTEGER NOT NULL DEFAULT 0,
        resolved_late INTEGER NOT NULL DEFAULT 0,
        closed INTEGER NOT NULL DEFAULT 0,
        resolve_ms INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (week, carrier, service, lane, destination, type)
    ) WITHOUT ROWID)"),
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_exception_hours_weekly (
        week INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        type INTEGER NOT NULL,
        hour INTEGER NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (week, carrier, service, lane, destination, type, hour)
    ) WITHOUT ROWID)"),
    SchemaStatement::sqliteOnly(R"(CREATE TABLE kpi_returns_weekly (
        week INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        lane TEXT NOT NULL,
        destination TEXT NOT NULL,
        orphan INTEGER NOT NULL,
        currency TEXT NOT NULL,
        returns INTEGER NOT NULL DEFAULT 0,
        refunds INTEGER NOT NULL DEFAULT 0,
        refund_value INTEGER NOT NULL DEFAULT 0,
        exchanges INTEGER NOT NULL DEFAULT 0,
        exchange_value INTEGER NOT NULL DEFAULT 0,
        credits INTEGER NOT NULL DEFAULT 0,
        credit_value INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (week, carrier, service, lane, destination, orphan, currency)
    ) WITHOUT ROWID)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_daily_to_weekly_insert AFTER INSERT ON kpi_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_weekly(week, carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered, fake, rto, with_exceptions, exceptions, attempted, promised, on_time, first_attempt_ok, orders, returned_orders, transit_days, transit_business_days, order_days) VALUES(NEW.day - ((NEW.day + 3) % 7 + 7) % 7, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.tracked, NEW.delivered, NEW.failed_attempt, NEW.recovered, NEW.fake, NEW.rto, NEW.with_exceptions, NEW.exceptions, NEW.attempted, NEW.promised, NEW.on_time, NEW.first_attempt_ok, NEW.orders, NEW.returned_orders, NEW.transit_days, NEW.transit_business_days, NEW.order_days)
            ON CONFLICT(week, carrier, service, lane, destination) DO UPDATE SET tracked = kpi_weekly.tracked + excluded.tracked, delivered = kpi_weekly.delivered + excluded.delivered, failed_attempt = kpi_weekly.failed_attempt + excluded.failed_attempt, recovered = kpi_weekly.recovered + excluded.recovered, fake = kpi_weekly.fake + excluded.fake, rto = kpi_weekly.rto + excluded.rto, with_exceptions = kpi_weekly.with_exceptions + excluded.with_exceptions, exceptions = kpi_weekly.exceptions + excluded.exceptions, attempted = kpi_weekly.attempted + excluded.attempted, promised = kpi_weekly.promised + excluded.promised, on_time = kpi_weekly.on_time + excluded.on_time, first_attempt_ok = kpi_weekly.first_attempt_ok + excluded.first_attempt_ok, orders = kpi_weekly.orders + excluded.orders, returned_orders = kpi_weekly.returned_orders + excluded.returned_orders, transit_days = CASE WHEN excluded.transit_days = '{}' THEN kpi_weekly.transit_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.transit_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.transit_days)) GROUP BY key HAVING sum(value) <> 0)) END, transit_business_days = CASE WHEN excluded.transit_business_days = '{}' THEN kpi_weekly.transit_business_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.transit_business_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.transit_business_days)) GROUP BY key HAVING sum(value) <> 0)) END, order_days = CASE WHEN excluded.order_days = '{}' THEN kpi_weekly.order_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.order_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.order_days)) GROUP BY key HAVING sum(value) <> 0)) END;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_daily_to_weekly_update AFTER UPDATE ON kpi_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (NEW.tracked, NEW.delivered, NEW.failed_attempt, NEW.recovered, NEW.fake, NEW.rto, NEW.with_exceptions, NEW.exceptions, NEW.attempted, NEW.promised, NEW.on_time, NEW.first_attempt_ok, NEW.orders, NEW.returned_orders, NEW.transit_days, NEW.transit_business_days, NEW.order_days) IS NOT (OLD.tracked, OLD.delivered, OLD.failed_attempt, OLD.recovered, OLD.fake, OLD.rto, OLD.with_exceptions, OLD.exceptions, OLD.attempted, OLD.promised, OLD.on_time, OLD.first_attempt_ok, OLD.orders, OLD.returned_orders, OLD.transit_days, OLD.transit_business_days, OLD.order_days) BEGIN
        INSERT INTO kpi_weekly(week, carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered, fake, rto, with_exceptions, exceptions, attempted, promised, on_time, first_attempt_ok, orders, returned_orders, transit_days, transit_business_days, order_days) VALUES(NEW.day - ((NEW.day + 3) % 7 + 7) % 7, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.tracked - OLD.tracked, NEW.delivered - OLD.delivered, NEW.failed_attempt - OLD.failed_attempt, NEW.recovered - OLD.recovered, NEW.fake - OLD.fake, NEW.rto - OLD.rto, NEW.with_exceptions - OLD.with_exceptions, NEW.exceptions - OLD.exceptions, NEW.attempted - OLD.attempted, NEW.promised - OLD.promised, NEW.on_time - OLD.on_time, NEW.first_attempt_ok - OLD.first_attempt_ok, NEW.orders - OLD.orders, NEW.returned_orders - OLD.returned_orders, CASE WHEN NEW.transit_days = OLD.transit_days THEN '{}' ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(NEW.transit_days) UNION ALL SELECT key, -value AS value FROM json_each(OLD.transit_days)) GROUP BY key HAVING sum(value) <> 0)) END, CASE WHEN NEW.transit_business_days = OLD.transit_business_days THEN '{}' ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(NEW.transit_business_days) UNION ALL SELECT key, -value AS value FROM json_each(OLD.transit_business_days)) GROUP BY key HAVING sum(value) <> 0)) END, CASE WHEN NEW.order_days = OLD.order_days THEN '{}' ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(NEW.order_days) UNION ALL SELECT key, -value AS value FROM json_each(OLD.order_days)) GROUP BY key HAVING sum(value) <> 0)) END)
            ON CONFLICT(week, carrier, service, lane, destination) DO UPDATE SET tracked = kpi_weekly.tracked + excluded.tracked, delivered = kpi_weekly.delivered + excluded.delivered, failed_attempt = kpi_weekly.failed_attempt + excluded.failed_attempt, recovered = kpi_weekly.recovered + excluded.recovered, fake = kpi_weekly.fake + excluded.fake, rto = kpi_weekly.rto + excluded.rto, with_exceptions = kpi_weekly.with_exceptions + excluded.with_exceptions, exceptions = kpi_weekly.exceptions + excluded.exceptions, attempted = kpi_weekly.attempted + excluded.attempted, promised = kpi_weekly.promised + excluded.promised, on_time = kpi_weekly.on_time + excluded.on_time, first_attempt_ok = kpi_weekly.first_attempt_ok + excluded.first_attempt_ok, orders = kpi_weekly.orders + excluded.orders, returned_orders = kpi_weekly.returned_orders + excluded.returned_orders, transit_days = CASE WHEN excluded.transit_days = '{}' THEN kpi_weekly.transit_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.transit_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.transit_days)) GROUP BY key HAVING sum(value) <> 0)) END, transit_business_days = CASE WHEN excluded.transit_business_days = '{}' THEN kpi_weekly.transit_business_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.transit_business_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.transit_business_days)) GROUP BY key HAVING sum(value) <> 0)) END, order_days = CASE WHEN excluded.order_days = '{}' THEN kpi_weekly.order_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.order_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.order_days)) GROUP BY key HAVING sum(value) <> 0)) END;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_daily_to_weekly_delete AFTER DELETE ON kpi_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_weekly(week, carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered, fake, rto, with_exceptions, exceptions, attempted, promised, on_time, first_attempt_ok, orders, returned_orders, transit_days, transit_business_days, order_days) VALUES(OLD.day - ((OLD.day + 3) % 7 + 7) % 7, OLD.carrier, OLD.service, OLD.lane, OLD.destination, -OLD.tracked, -OLD.delivered, -OLD.failed_attempt, -OLD.recovered, -OLD.fake, -OLD.rto, -OLD.with_exceptions, -OLD.exceptions, -OLD.attempted, -OLD.promised, -OLD.on_time, -OLD.first_attempt_ok, -OLD.orders, -OLD.returned_orders, (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, -value AS value FROM json_each(OLD.transit_days)) GROUP BY key HAVING sum(value) <> 0)), (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, -value AS value FROM json_each(OLD.transit_business_days)) GROUP BY key HAVING sum(value) <> 0)), (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, -value AS value FROM json_each(OLD.order_days)) GROUP BY key HAVING sum(value) <> 0)))
            ON CONFLICT(week, carrier, service, lane, destination) DO UPDATE SET tracked = kpi_weekly.tracked + excluded.tracked, delivered = kpi_weekly.delivered + excluded.delivered, failed_attempt = kpi_weekly.failed_attempt + excluded.failed_attempt, recovered = kpi_weekly.recovered + excluded.recovered, fake = kpi_weekly.fake + excluded.fake, rto = kpi_weekly.rto + excluded.rto, with_exceptions = kpi_weekly.with_exceptions + excluded.with_exceptions, exceptions = kpi_weekly.exceptions + excluded.exceptions, attempted = kpi_weekly.attempted + excluded.attempted, promised = kpi_weekly.promised + excluded.promised, on_time = kpi_weekly.on_time + excluded.on_time, first_attempt_ok = kpi_weekly.first_attempt_ok + excluded.first_attempt_ok, orders = kpi_weekly.orders + excluded.orders, returned_orders = kpi_weekly.returned_orders + excluded.returned_orders, transit_days = CASE WHEN excluded.transit_days = '{}' THEN kpi_weekly.transit_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.transit_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.transit_days)) GROUP BY key HAVING sum(value) <> 0)) END, transit_business_days = CASE WHEN excluded.transit_business_days = '{}' THEN kpi_weekly.transit_business_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.transit_business_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.transit_business_days)) GROUP BY key HAVING sum(value) <> 0)) END, order_days = CASE WHEN excluded.order_days = '{}' THEN kpi_weekly.order_days ELSE (SELECT coalesce('{' || group_concat('"' || key || '":' || n) || '}', '{}') FROM (SELECT key, sum(value) AS n FROM (SELECT key, value AS value FROM json_each(kpi_weekly.order_days) UNION ALL SELECT key, value AS value FROM json_each(excluded.order_days)) GROUP BY key HAVING sum(value) <> 0)) END;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_daily_keys_fixed BEFORE UPDATE OF day, carrier, service, lane, destination ON kpi_daily WHEN (NEW.day, NEW.carrier, NEW.service, NEW.lane, NEW.destination) IS NOT (OLD.day, OLD.carrier, OLD.service, OLD.lane, OLD.destination) BEGIN
        SELECT RAISE(ABORT, 'kpi_daily: a row''s day and keys never change (the weekly rollups follow its numbers)');
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exceptions_daily_to_weekly_insert AFTER INSERT ON kpi_exceptions_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_exceptions_weekly(week, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late, closed, resolve_ms) VALUES(NEW.day - ((NEW.day + 3) % 7 + 7) % 7, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.type, NEW.opened, NEW.answered, NEW.answered_late, NEW.resolved, NEW.resolved_late, NEW.closed, NEW.resolve_ms)
            ON CONFLICT(week, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_weekly.opened + excluded.opened, answered = kpi_exceptions_weekly.answered + excluded.answered, answered_late = kpi_exceptions_weekly.answered_late + excluded.answered_late, resolved = kpi_exceptions_weekly.resolved + excluded.resolved, resolved_late = kpi_exceptions_weekly.resolved_late + excluded.resolved_late, closed = kpi_exceptions_weekly.closed + excluded.closed, resolve_ms = kpi_exceptions_weekly.resolve_ms + excluded.resolve_ms;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exceptions_daily_to_weekly_update AFTER UPDATE ON kpi_exceptions_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (NEW.opened, NEW.answered, NEW.answered_late, NEW.resolved, NEW.resolved_late, NEW.closed, NEW.resolve_ms) IS NOT (OLD.opened, OLD.answered, OLD.answered_late, OLD.resolved, OLD.resolved_late, OLD.closed, OLD.resolve_ms) BEGIN
        INSERT INTO kpi_exceptions_weekly(week, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late, closed, resolve_ms) VALUES(NEW.day - ((NEW.day + 3) % 7 + 7) % 7, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.type, NEW.opened - OLD.opened, NEW.answered - OLD.answered, NEW.answered_late - OLD.answered_late, NEW.resolved - OLD.resolved, NEW.resolved_late - OLD.resolved_late, NEW.closed - OLD.closed, NEW.resolve_ms - OLD.resolve_ms)
            ON CONFLICT(week, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_weekly.opened + excluded.opened, answered = kpi_exceptions_weekly.answered + excluded.answered, answered_late = kpi_exceptions_weekly.answered_late + excluded.answered_late, resolved = kpi_exceptions_weekly.resolved + excluded.resolved, resolved_late = kpi_exceptions_weekly.resolved_late + excluded.resolved_late, closed = kpi_exceptions_weekly.closed + excluded.closed, resolve_ms = kpi_exceptions_weekly.resolve_ms + excluded.resolve_ms;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exceptions_daily_to_weekly_delete AFTER DELETE ON kpi_exceptions_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_exceptions_weekly(week, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late, closed, resolve_ms) VALUES(OLD.day - ((OLD.day + 3) % 7 + 7) % 7, OLD.carrier, OLD.service, OLD.lane, OLD.destination, OLD.type, -OLD.opened, -OLD.answered, -OLD.answered_late, -OLD.resolved, -OLD.resolved_late, -OLD.closed, -OLD.resolve_ms)
            ON CONFLICT(week, carrier, service, lane, destination, type) DO UPDATE SET opened = kpi_exceptions_weekly.opened + excluded.opened, answered = kpi_exceptions_weekly.answered + excluded.answered, answered_late = kpi_exceptions_weekly.answered_late + excluded.answered_late, resolved = kpi_exceptions_weekly.resolved + excluded.resolved, resolved_late = kpi_exceptions_weekly.resolved_late + excluded.resolved_late, closed = kpi_exceptions_weekly.closed + excluded.closed, resolve_ms = kpi_exceptions_weekly.resolve_ms + excluded.resolve_ms;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exceptions_daily_keys_fixed BEFORE UPDATE OF day, carrier, service, lane, destination, type ON kpi_exceptions_daily WHEN (NEW.day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.type) IS NOT (OLD.day, OLD.carrier, OLD.service, OLD.lane, OLD.destination, OLD.type) BEGIN
        SELECT RAISE(ABORT, 'kpi_exceptions_daily: a row''s day and keys never change (the weekly rollups follow its numbers)');
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exception_hours_to_weekly_insert AFTER INSERT ON kpi_exception_hours WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_exception_hours_weekly(week, carrier, service, lane, destination, type, hour, count) VALUES(NEW.day - ((NEW.day + 3) % 7 + 7) % 7, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.type, NEW.hour, NEW.count)
            ON CONFLICT(week, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours_weekly.count + excluded.count;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exception_hours_to_weekly_update AFTER UPDATE ON kpi_exception_hours WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND NEW.count IS NOT OLD.count BEGIN
        INSERT INTO kpi_exception_hours_weekly(week, carrier, service, lane, destination, type, hour, count) VALUES(NEW.day - ((NEW.day + 3) % 7 + 7) % 7, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.type, NEW.hour, NEW.count - OLD.count)
            ON CONFLICT(week, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours_weekly.count + excluded.count;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exception_hours_to_weekly_delete AFTER DELETE ON kpi_exception_hours WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_exception_hours_weekly(week, carrier, service, lane, destination, type, hour, count) VALUES(OLD.day - ((OLD.day + 3) % 7 + 7) % 7, OLD.carrier, OLD.service, OLD.lane, OLD.destination, OLD.type, OLD.hour, -OLD.count)
            ON CONFLICT(week, carrier, service, lane, destination, type, hour) DO UPDATE SET count = kpi_exception_hours_weekly.count + excluded.count;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_exception_hours_keys_fixed BEFORE UPDATE OF day, carrier, service, lane, destination, type, hour ON kpi_exception_hours WHEN (NEW.day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.type, NEW.hour) IS NOT (OLD.day, OLD.carrier, OLD.service, OLD.lane, OLD.destination, OLD.type, OLD.hour) BEGIN
        SELECT RAISE(ABORT, 'kpi_exception_hours: a row''s day and keys never change (the weekly rollups follow its numbers)');
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_returns_daily_to_weekly_insert AFTER INSERT ON kpi_returns_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_returns_weekly(week, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value) VALUES(NEW.day - ((NEW.day + 3) % 7 + 7) % 7, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.orphan, NEW.currency, NEW.returns, NEW.refunds, NEW.refund_value, NEW.exchanges, NEW.exchange_value, NEW.credits, NEW.credit_value)
            ON CONFLICT(week, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_weekly.returns + excluded.returns, refunds = kpi_returns_weekly.refunds + excluded.refunds, refund_value = kpi_returns_weekly.refund_value + excluded.refund_value, exchanges = kpi_returns_weekly.exchanges + excluded.exchanges, exchange_value = kpi_returns_weekly.exchange_value + excluded.exchange_value, credits = kpi_returns_weekly.credits + excluded.credits, credit_value = kpi_returns_weekly.credit_value + excluded.credit_value;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_returns_daily_to_weekly_update AFTER UPDATE ON kpi_returns_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) AND (NEW.returns, NEW.refunds, NEW.refund_value, NEW.exchanges, NEW.exchange_value, NEW.credits, NEW.credit_value) IS NOT (OLD.returns, OLD.refunds, OLD.refund_value, OLD.exchanges, OLD.exchange_value, OLD.credits, OLD.credit_value) BEGIN
        INSERT INTO kpi_returns_weekly(week, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value) VALUES(NEW.day - ((NEW.day + 3) % 7 + 7) % 7, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.orphan, NEW.currency, NEW.returns - OLD.returns, NEW.refunds - OLD.refunds, NEW.refund_value - OLD.refund_value, NEW.exchanges - OLD.exchanges, NEW.exchange_value - OLD.exchange_value, NEW.credits - OLD.credits, NEW.credit_value - OLD.credit_value)
            ON CONFLICT(week, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_weekly.returns + excluded.returns, refunds = kpi_returns_weekly.refunds + excluded.refunds, refund_value = kpi_returns_weekly.refund_value + excluded.refund_value, exchanges = kpi_returns_weekly.exchanges + excluded.exchanges, exchange_value = kpi_returns_weekly.exchange_value + excluded.exchange_value, credits = kpi_returns_weekly.credits + excluded.credits, credit_value = kpi_returns_weekly.credit_value + excluded.credit_value;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_returns_daily_to_weekly_delete AFTER DELETE ON kpi_returns_daily WHEN NOT EXISTS (SELECT 1 FROM kpi_rebuilding) BEGIN
        INSERT INTO kpi_returns_weekly(week, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value) VALUES(OLD.day - ((OLD.day + 3) % 7 + 7) % 7, OLD.carrier, OLD.service, OLD.lane, OLD.destination, OLD.orphan, OLD.currency, -OLD.returns, -OLD.refunds, -OLD.refund_value, -OLD.exchanges, -OLD.exchange_value, -OLD.credits, -OLD.credit_value)
            ON CONFLICT(week, carrier, service, lane, destination, orphan, currency) DO UPDATE SET returns = kpi_returns_weekly.returns + excluded.returns, refunds = kpi_returns_weekly.refunds + excluded.refunds, refund_value = kpi_returns_weekly.refund_value + excluded.refund_value, exchanges = kpi_returns_weekly.exchanges + excluded.exchanges, exchange_value = kpi_returns_weekly.exchange_value + excluded.exchange_value, credits = kpi_returns_weekly.credits + excluded.credits, credit_value = kpi_returns_weekly.credit_value + excluded.credit_value;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER kpi_returns_daily_keys_fixed BEFORE UPDATE OF day, carrier, service, lane, destination, orphan, currency ON kpi_returns_daily WHEN (NEW.day, NEW.carrier, NEW.service, NEW.lane, NEW.destination, NEW.orphan, NEW.currency) IS NOT (OLD.day, OLD.carrier, OLD.service, OLD.lane, OLD.destination, OLD.orphan, OLD.currency) BEGIN
        SELECT RAISE(ABORT, 'kpi_returns_daily: a row''s day and keys never change (the weekly rollups follow its numbers)');
    END)"),
    // The open exceptions of a range, whose SLA breaches the rollups cannot hold (they
    // depend on "now"): a small covering index instead of every resolved exception's row.
    SchemaStatement::sqliteOnly("CREATE INDEX exceptions_unresolved_by_trigger ON exceptions(trigger_at_ms, shipment_id, "
                                "first_action_at_ms, first_action_due_ms, resolve_due_ms, status, resolved_at_ms) "
                                "WHERE status = 0 OR (status = 1 AND resolved_at_ms IS NULL)"),
    SchemaStatement::sqliteOnly(KpiWeeklyRollups::FillSql[0]),
    SchemaStatement::sqliteOnly(KpiWeeklyRollups::FillSql[1]),
    SchemaStatement::sqliteOnly(KpiWeeklyRollups::FillSql[2]),
    SchemaStatement::sqliteOnly(KpiWeeklyRollups::FillSql[3]),
    SchemaStatement::sqliteOnly(KpiWeeklyRollups::FillSql[4]),
    SchemaStatement::sqliteOnly(KpiWeeklyRollups::FillSql[5]),
    SchemaStatement::sqliteOnly(KpiWeeklyRollups::FillSql[6]),
};

// Version 16: when a return's label was issued (docs/RETURNS.md, "Label expiry"), so that
// an unused label expires after the policy's `label_expiry_days`. NULL is unknown: such a
// label never expires on its own. The instant is the store's, recorded by a trigger when a
// return enters label issued through any writer (an edit, an import, a merge of a feed
// record): the value the writer gave, else the row's `updated_at_ms`, the instant of that
// change. A replica of a team server records nothing itself: it keeps the server's value
// (synced like the return's other columns). Backfill: a return already in label issued
// takes its `updated_at_ms`, the latest instant the label can have been issued (its last
// change came at or after it), so no label is found expired earlier than it is.
const SchemaStatement Version16[] = {
    "ALTER TABLE returns ADD COLUMN label_issued_at_ms INTEGER",
    "UPDATE returns SET label_issued_at_ms = updated_at_ms WHERE status = 3",
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER returns_label_issued_insert AFTER INSERT ON returns
        WHEN NEW.status = 3 AND NEW.label_issued_at_ms IS NULL
            AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync.server_id' AND value <> '') BEGIN
        UPDATE returns SET label_issued_at_ms = NEW.updated_at_ms WHERE id = NEW.id;
    END)"),
    SchemaStatement::sqliteOnly(R"(CREATE TRIGGER returns_label_issued_update AFTER UPDATE OF status ON returns
        WHEN NEW.status = 3 AND OLD.status <> 3 AND NEW.label_issued_at_ms IS NULL
            AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync.server_id' AND value <> '') BEGIN
        UPDATE returns SET label_issued_at_ms = NEW.updated_at_ms WHERE id = NEW.id;
    END)"),
    // PostgreSQL holds only a team server's store, never a replica's.
    SchemaStatement::postgresOnly(R"(CREATE FUNCTION ct_label_issued() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.status = 3 AND NEW.label_issued_at_ms IS NULL THEN
            IF TG_OP = 'INSERT' THEN
                NEW.label_issued_at_ms := NEW.updated_at_ms;
            ELSIF OLD.status <> 3 THEN
                NEW.label_issued_at_ms := NEW.updated_at_ms;
            END IF;
        END IF;
        RETURN NEW;
    END
    $$)"),
    SchemaStatement::postgresOnly("CREATE TRIGGER returns_label_issued BEFORE INSERT OR UPDATE OF status ON returns "
                                  "FOR EACH ROW EXECUTE FUNCTION ct_label_issued()"),
};

// Version 17: storefront orders (docs/storefronts/README.md). An order is kept once per
// (storefront, external_id): a newer source_updated_at_ms replaces it, an older one is
// ignored. Its lines, its fulfilments' tracking numbers (looked up by number and carrier
// when a shipment arrives; carrier '' when the storefront named no carrier we know), the
// link of each shipment to its order (first claim wins, kept until resolved) and the
// tracking numbers two orders claim. Plain tables in both databases: orders are to sync.
// flags are OrderFlag bits (what could not be read), payment_mode a PaymentMode.
const SchemaStatement Version17[] = {
    R"(CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        storefront TEXT NOT NULL,
        external_id TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        order_number TEXT NOT NULL DEFAULT '',
        currency TEXT NOT NULL DEFAULT '',
        total_cents INTEGER NOT NULL DEFAULT 0,
        subtotal_cents INTEGER NOT NULL DEFAULT 0,
        payment_mode INTEGER NOT NULL DEFAULT 0,
        financial_status TEXT NOT NULL DEFAULT '',
        customer_name TEXT NOT NULL DEFAULT '',
        customer_email TEXT NOT NULL DEFAULT '',
        customer_phone TEXT NOT NULL DEFAULT '',
        customer_tags TEXT NOT NULL DEFAULT '',
        customer_order_count INTEGER NOT NULL DEFAULT 0,
        ship_name TEXT NOT NULL DEFAULT '',
        ship_line1 TEXT NOT NULL DEFAULT '',
        ship_line2 TEXT NOT NULL DEFAULT '',
        ship_city TEXT NOT NULL DEFAULT '',
        ship_region TEXT NOT NULL DEFAULT '',
        ship_postal TEXT NOT NULL DEFAULT '',
        ship_country TEXT NOT NULL DEFAULT '',
        ship_phone TEXT NOT NULL DEFAULT '',
        ordered_at_ms INTEGER,
        ordered_offset_min INTEGER NOT NULL DEFAULT 0,
        promised_date TEXT NOT NULL DEFAULT '',
        source_updated_at_ms INTEGER,
        flags INTEGER NOT NULL DEFAULT 0,
        issues TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at_ms INTEGER NOT NULL,
        UNIQUE(storefront, external_id)
    ))",
    R"(CREATE TABLE order_lines (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sku TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        variant TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        quantity INTEGER NOT NULL DEFAULT 0,
        unit_price_cents INTEGER NOT NULL DEFAULT 0,
        UNIQUE(order_id, position)
    ))",
    R"(CREATE TABLE order_tracking (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        fulfilment_id TEXT NOT NULL DEFAULT '',
        tracking_number TEXT NOT NULL,
        carrier TEXT NOT NULL DEFAULT '',
        carrier_name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        UNIQUE(order_id, fulfilment_id, tracking_number)
    ))",
    "CREATE INDEX order_tracking_by_number ON order_tracking(tracking_number, carrier)",
    R"(CREATE TABLE order_shipments (
        shipment_id INTEGER NOT NULL PRIMARY KEY REFERENCES shipments(id) ON DELETE CASCADE,
        order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        tracking_number TEXT NOT NULL,
        linked_at_ms INTEGER NOT NULL
    ))",
    "CREATE INDEX order_shipments_by_order ON order_shipments(order_id)",
    R"(CREATE TABLE order_link_conflicts (
        id INTEGER PRIMARY KEY,
        tracking_number TEXT NOT NULL,
        carrier TEXT NOT NULL DEFAULT '',
        first_order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        second_order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        detected_at_ms INTEGER NOT NULL,
        resolved_at_ms INTEGER,
        UNIQUE(tracking_number, carrier, first_order_id, second_order_id)
    ))",
};

// Carrier allocations, one row per order allocated (docs/ALLOCATION.md, "Splits and
// caps"): the daily caps and the splits count them by `day`, the policy's local day.
const SchemaStatement Version18[] = {
    R"(CREATE TABLE allocations (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        carrier TEXT NOT NULL,
        service TEXT NOT NULL,
        split_id TEXT NOT NULL DEFAULT '',
        order_ref TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT '',
        destination TEXT NOT NULL DEFAULT '',
        weight_grams INTEGER NOT NULL DEFAULT 0,
        cod INTEGER NOT NULL DEFAULT 0,
        policy_version INTEGER NOT NULL DEFAULT 0,
        allocated_at_ms INTEGER NOT NULL
    ))",
    "CREATE INDEX allocations_by_day ON allocations(day, carrier, service)",
};

// Version 19: the automation ledger (docs/AUTOMATION.md, "Fire once"): a row per rule
// fired on a transition of a shipment, unique by (rule, shipment, transition), written
// in the transaction of the rule's actions; notify decisions with their not-before
// instant and state, and the customer they count against for the rate limit.
const SchemaStatement Version19[] = {
    R"(CREATE TABLE automation_ledger (
        id INTEGER PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        rule_id TEXT NOT NULL,
        shipment_id INTEGER NOT NULL,
        exception_id INTEGER,
        transition TEXT NOT NULL,
        fired_at_ms INTEGER NOT NULL,
        outcome TEXT NOT NULL DEFAULT '',
        notify_template TEXT NOT NULL DEFAULT '',
        notify_channel TEXT NOT NULL DEFAULT '',
        notify_state TEXT NOT NULL DEFAULT '',
        notify_not_before_ms INTEGER,
        customer_key TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX automation_ledger_by_rule ON automation_ledger(rule_id, fired_at_ms)",
    "CREATE INDEX automation_ledger_by_customer ON automation_ledger(customer_key, fired_at_ms)",
};

// Version 20: stored delivery-date predictions (docs/PREDICTION.md, "Stored predictions"): the
// model's P50 and P90 beside the carrier's estimated_date (never overwritten), the cell
// and level they came from, the chance of missing the promise, and the fitted models.
// edd_level is NULL until a model estimated the shipment; edd_late_permille is NULL
// without a promise or without enough history.
const SchemaStatement Version20[] = {
    "ALTER TABLE shipments ADD COLUMN edd_p50_date TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE shipments ADD COLUMN edd_p90_date TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE shipments ADD COLUMN edd_level INTEGER",
    "ALTER TABLE shipments ADD COLUMN edd_cell TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE shipments ADD COLUMN edd_samples INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE shipments ADD COLUMN edd_milestone INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE shipments ADD COLUMN edd_late_permille INTEGER",
    "ALTER TABLE shipments ADD COLUMN edd_model_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE shipments ADD COLUMN edd_estimated_at_ms INTEGER",
    R"(CREATE TABLE edd_models (
        version INTEGER PRIMARY KEY,
        fitted_at_ms INTEGER NOT NULL,
        as_of_ms INTEGER NOT NULL,
        delivered INTEGER NOT NULL,
        min_samples INTEGER NOT NULL,
        calendar TEXT NOT NULL DEFAULT '',
        body BLOB NOT NULL
    ))",
};

const std::span<const SchemaStatement> Steps[] = {Version1, Version2,  Version3,  Version4,  Version5,
                                                  Version6, Version7,  Version8,  Version9,  Version10,
                                                  Version11, Version12, Version13, Version14, Version15,
                                                  Version16, Version17, Version18, Version19, Version20};

} // namespace

int SchemaMigrator::latestVersion()
{
    return static_cast<int>(std::size(Steps));
}

namespace {

// The number of tables and the like in the store; -1 with `error` when it cannot be read.
// SQLite: also the application id; PostgreSQL keeps the mark in `meta`.
int objectCount(const QSqlDatabase &db, const SqlDialect &dialect, int *appId, QString *error)
{
    QSqlQuery query(db);
    const char *what = dialect.isPostgres() ? "not a readable PostgreSQL database" : "not a readable SQLite database";
    if (!dialect.isPostgres()) {
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(QLatin1String(what), describeSqlError(query.lastError()));
            return -1;
        }
        *appId = query.value(0).toInt();
    }
    const QString count = dialect.isPostgres()
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_schema");
    if (!query.exec(count) || !query.next()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what), describeSqlError(query.lastError()));
        return -1;
    }
    const int objects = query.value(0).toInt();
    if (dialect.isPostgres() && objects > 0) {
        query.finish();
        if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application_id'")) && query.next())
            *appId = query.value(0).toString().toInt();
    }
    return objects;
}

} // namespace

int SchemaMigrator::currentVersion(const QSqlDatabase &db, QString *error)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    int appId = 0;
    const int objects = objectCount(db, dialect, &appId, error);
    if (objects < 0)
        return -1;
    if (objects == 0)
        return 0;
    if (appId != ApplicationId) {
        if (error)
            *error = dialect.isPostgres()
                ? QStringLiteral("the database already holds tables, but not a Control Tower store's; "
                                 "use an empty database")
                : QStringLiteral("the file is an SQLite database but not a Control Tower store");
        return -1;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !query.next()) {
        if (error)
            *error = QStringLiteral("the store has no schema version: %1")
                         .arg(describeSqlError(query.lastError()));
        return -1;
    }
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok || version < 1) {
        if (error)
            *error = QStringLiteral("the store's schema version \"%1\" is invalid").arg(query.value(0).toString());
        return -1;
    }
    return version;
}

bool SchemaMigrator::migrate(const QSqlDatabase &db, QString *error, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    int version = currentVersion(db, error);
    if (version < 0)
        return false;
    if (version > latestVersion()) {
        if (error)
            *error = QStringLiteral("this store was written by a newer Control Tower (schema "
                                    "version %1; this build knows up to %2). It was not "
                                    "changed; open it with a newer version.")
                         .arg(version)
                         .arg(latestVersion());
        return false;
    }
    return runSteps(db, Steps, version, targetVersion, QStringLiteral("schema_version"), error);
}

bool SchemaMigrator::runSteps(const QSqlDatabase &db, std::span<const std::span<const SchemaStatement>> steps,
                              int version, int targetVersion, const QString &metaKey, QString *error)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    while (version < targetVersion) {
        const int next = version + 1;
        if (!execSql(db, dialect.beginWrite(), error))
            return false;
        bool ok = true;
        for (const SchemaStatement &statement : steps[static_cast<size_t>(version)]) {
            const QString sql = dialect.schemaSql(statement);
            if (!sql.isEmpty() && !execSql(db, sql, error)) {
                ok = false;
                break;
            }
        }
        if (ok && version == 0 && metaKey == QLatin1String("schema_version")) {
            ok = execSql(db, dialect.isPostgres()
                                 ? QStringLiteral("INSERT INTO meta(key, value) VALUES('application_id', '%1')").arg(ApplicationId)
                                 : QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                         error);
        }
        if (ok) {
            QSqlQuery setVersion(db);
            ok = prepare(setVersion,
                         QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         error);
            bind(setVersion, 0, metaKey);
            bind(setVersion, 1, QString::number(next));
            ok = ok && execPrepared(setVersion, error);
        }
        if (!ok) {
            const QString stepError = error ? *error : QString();
            execSql(db, QStringLiteral("ROLLBACK"), nullptr);
            if (error)
                *error = QStringLiteral("upgrading the store to %1 %2 failed: %3")
                             .arg(metaKey)
                             .arg(next)
                             .arg(stepError);
            return false;
        }
        if (!execSql(db, QStringLiteral("COMMIT"), error))
            return false;
        version = next;
    }
    return true;
}

} // namespace ct
