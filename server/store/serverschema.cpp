// SPDX-License-Identifier: MIT
#include "serverschema.h"

#include "store/database.h"
#include "store/migrationlock.h"
#include "store/postgreslocation.h"
#include "store/qtsqlsupport.h"
#include "store/schemamigrator.h"
#include "store/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

#include <span>

namespace ct::server {

namespace {

// Never edit a released step's effect: add a new one. The statements are shared by SQLite
// and PostgreSQL (SqlDialect maps the types) except the change-log triggers.
const SchemaStatement Version1[] = {
    R"(CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        password_hash BLOB NOT NULL,
        salt BLOB NOT NULL,
        iterations INTEGER NOT NULL,
        created_at_ms INTEGER NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0
    ))",
    // Only a hash of each token is stored: a copy of the database grants no access.
    R"(CREATE TABLE tokens (
        token_hash BLOB PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at_ms INTEGER NOT NULL,
        expires_at_ms INTEGER NOT NULL
    ) WITHOUT ROWID)",
    "CREATE INDEX tokens_by_expiry ON tokens(expires_at_ms)",
    R"(CREATE TABLE idempotency (
        key TEXT NOT NULL,
        user_id INTEGER NOT NULL,
        fingerprint BLOB NOT NULL,
        status INTEGER NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        body BLOB NOT NULL,
        created_at_ms INTEGER NOT NULL,
        PRIMARY KEY (key)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        actor TEXT NOT NULL,
        role TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        op TEXT NOT NULL,
        params TEXT NOT NULL,
        changes TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        version_before INTEGER NOT NULL,
        version_after INTEGER NOT NULL
    ))",
    "CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, id)",
    // One row per entity; a change moves it to a new, higher sequence number (the row is
    // deleted and inserted again), so the feed is ordered and compacted.
    R"(CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        UNIQUE (entity, entity_id)
    ))",
    // PostgreSQL's triggers call a function; its argument is the entity's name.
    SchemaStatement::postgresOnly(R"(CREATE FUNCTION ct_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM change_log WHERE entity = TG_ARGV[0] AND entity_id = NEW.id;
        INSERT INTO change_log(entity, entity_id) VALUES(TG_ARGV[0], NEW.id);
        RETURN NULL;
    END
    $$)"),
    SchemaStatement::perDialect(R"(CREATE TRIGGER shipments_logged_insert AFTER INSERT ON shipments BEGIN
        INSERT OR REPLACE INTO change_log(entity, entity_id) VALUES('shipment', NEW.id);
    END)",
        "CREATE TRIGGER shipments_logged_insert AFTER INSERT ON shipments FOR EACH ROW "
        "EXECUTE FUNCTION ct_log_change('shipment')"),
    SchemaStatement::perDialect(R"(CREATE TRIGGER shipments_logged_update AFTER UPDATE OF version ON shipments
        WHEN NEW.version <> OLD.version BEGIN
        INSERT OR REPLACE INTO change_log(entity, entity_id) VALUES('shipment', NEW.id);
    END)",
        "CREATE TRIGGER shipments_logged_update AFTER UPDATE OF version ON shipments FOR EACH ROW "
        "WHEN (NEW.version <> OLD.version) EXECUTE FUNCTION ct_log_change('shipment')"),
    SchemaStatement::perDialect(R"(CREATE TRIGGER exceptions_logged_insert AFTER INSERT ON exceptions BEGIN
        INSERT OR REPLACE INTO change_log(entity, entity_id) VALUES('exception', NEW.id);
    END)",
        "CREATE TRIGGER exceptions_logged_insert AFTER INSERT ON exceptions FOR EACH ROW "
        "EXECUTE FUNCTION ct_log_change('exception')"),
    SchemaStatement::perDialect(R"(CREATE TRIGGER exceptions_logged_update AFTER UPDATE ON exceptions
        WHEN NEW.version <> OLD.version BEGIN
        INSERT OR REPLACE INTO change_log(entity, entity_id) VALUES('exception', NEW.id);
    END)",
        "CREATE TRIGGER exceptions_logged_update AFTER UPDATE ON exceptions FOR EACH ROW "
        "WHEN (NEW.version <> OLD.version) EXECUTE FUNCTION ct_log_change('exception')"),
    SchemaStatement::perDialect(R"(CREATE TRIGGER returns_logged_insert AFTER INSERT ON returns BEGIN
        INSERT OR REPLACE INTO change_log(entity, entity_id) VALUES('return', NEW.id);
    END)",
        "CREATE TRIGGER returns_logged_insert AFTER INSERT ON returns FOR EACH ROW "
        "EXECUTE FUNCTION ct_log_change('return')"),
    SchemaStatement::perDialect(R"(CREATE TRIGGER returns_logged_update AFTER UPDATE ON returns
        WHEN NEW.version <> OLD.version BEGIN
        INSERT OR REPLACE INTO change_log(entity, entity_id) VALUES('return', NEW.id);
    END)",
        "CREATE TRIGGER returns_logged_update AFTER UPDATE ON returns FOR EACH ROW "
        "WHEN (NEW.version <> OLD.version) EXECUTE FUNCTION ct_log_change('return')"),
    // A store that held data before it was served: everything is a change.
    "INSERT INTO change_log(entity, entity_id) SELECT 'shipment', id FROM shipments ORDER BY id",
    "INSERT INTO change_log(entity, entity_id) SELECT 'exception', id FROM exceptions ORDER BY id",
    "INSERT INTO change_log(entity, entity_id) SELECT 'return', id FROM returns ORDER BY id",
    // The server's identity (16 hex digits), so a client never mixes two servers' data in
    // one store.
    SchemaStatement::perDialect(
        "INSERT INTO meta(key, value) VALUES('server_id', lower(hex(randomblob(8)))) ON CONFLICT DO NOTHING",
        "INSERT INTO meta(key, value) VALUES('server_id', replace(left(gen_random_uuid()::text, 18), '-', '')) "
        "ON CONFLICT DO NOTHING"),
};

// Several connections write at once (the serving threads, the exception refresh, carrier
// polls). SQLite lets one write transaction run at a time, so change-log sequence numbers
// are in commit order and a feed reader that has seen N has seen everything before it.
// PostgreSQL runs writers side by side: a transaction could take 11 and commit before the
// one holding 10, and a reader would pass 10 for good. So a transaction that logs a
// change first takes one advisory lock, held until it commits.
const SchemaStatement Version2[] = {
    SchemaStatement::postgresOnly(R"(CREATE OR REPLACE FUNCTION ct_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock(7001);
        DELETE FROM change_log WHERE entity = TG_ARGV[0] AND entity_id = NEW.id;
        INSERT INTO change_log(entity, entity_id) VALUES(TG_ARGV[0], NEW.id);
        RETURN NULL;
    END
    $$)"),
};

// Idempotency records in constant space (ReplayBody: an exception's answer without its
// history items, and the id of the last one; NULL: the body is the whole answer, as
// every record before this step), purged by age (ApiService::purgeExpired).
const SchemaStatement Version3[] = {
    "ALTER TABLE idempotency ADD COLUMN history_through INTEGER",
    "CREATE INDEX idempotency_by_age ON idempotency(created_at_ms)",
};

// Team settings are on the change feed too (docs/SYNC.md): a saved version logs its row.
// Needs core's schema 9 (team_settings).
const SchemaStatement Version4[] = {
    SchemaStatement::perDialect(R"(CREATE TRIGGER team_settings_logged_insert AFTER INSERT ON team_settings BEGIN
        INSERT OR REPLACE INTO change_log(entity, entity_id) VALUES('setting', NEW.id);
    END)",
        "CREATE TRIGGER team_settings_logged_insert AFTER INSERT ON team_settings FOR EACH ROW "
        "EXECUTE FUNCTION ct_log_change('setting')"),
    SchemaStatement::perDialect(R"(CREATE TRIGGER team_settings_logged_update AFTER UPDATE ON team_settings
        WHEN NEW.version <> OLD.version BEGIN
        INSERT OR REPLACE INTO change_log(entity, entity_id) VALUES('setting', NEW.id);
    END)",
        "CREATE TRIGGER team_settings_logged_update AFTER UPDATE ON team_settings FOR EACH ROW "
        "WHEN (NEW.version <> OLD.version) EXECUTE FUNCTION ct_log_change('setting')"),
    // A store that had settings of its own before it was served.
    "INSERT INTO change_log(entity, entity_id) SELECT 'setting', id FROM team_settings ORDER BY id",
};

// Failed log-ins and lockouts per address and per user name, for servers that share a
// PostgreSQL store: each counts the failures made through any of them (ClientLimiter).
// One server on SQLite keeps them in memory; the table stays empty there. A row may go
// once forget_at_ms has passed (ApiService::purgeExpired).
const SchemaStatement Version5[] = {
    "CREATE TABLE login_failures(scope TEXT NOT NULL, key TEXT NOT NULL, failures INTEGER NOT NULL, "
    "last_ms INTEGER NOT NULL, locked_until_ms INTEGER NOT NULL, forget_at_ms INTEGER NOT NULL, PRIMARY KEY(scope, key))",
    "CREATE INDEX login_failures_by_age ON login_failures(forget_at_ms)",
};

// Request and log-in rates for servers that share a PostgreSQL store: a token bucket per
// kind ("request": a token's hash or an address before log-in; "login": an address) and
// key, taken from in one statement (SharedTokenBuckets), so a client gets its rate once
// however many servers it reaches. The row keeps the limits it was last taken with, and
// when it is full again (full_at_ms): from then it is as good as none, and the purge
// deletes it (ApiService::purgeExpired). One server on SQLite keeps its buckets in memory;
// the table stays empty there.
const SchemaStatement Version6[] = {
    "CREATE TABLE request_buckets(kind TEXT NOT NULL, key TEXT NOT NULL, rate DOUBLE PRECISION NOT NULL, "
    "burst DOUBLE PRECISION NOT NULL, tokens DOUBLE PRECISION NOT NULL, updated_at_ms INTEGER NOT NULL, "
    "full_at_ms INTEGER NOT NULL, admitted INTEGER NOT NULL, PRIMARY KEY(kind, key))",
    "CREATE INDEX request_buckets_by_fullness ON request_buckets(full_at_ms)",
};

// Customer notifications (docs/NOTIFICATIONS.md): the outbound queue (one row per
// requested message, its idempotency key unique; queued -> sending -> sent | failed |
// dead, or skipped), the delivery log (every step of every message, by shipment), and the
// opt-outs per channel and address.
const SchemaStatement Version7[] = {
    "CREATE TABLE notifications(id INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, "
    "request_hash TEXT NOT NULL, shipment_id INTEGER NOT NULL, template TEXT NOT NULL, channel TEXT NOT NULL, "
    "language TEXT NOT NULL, not_before_ms INTEGER NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL, "
    "next_attempt_ms INTEGER NOT NULL, recipient TEXT NOT NULL, message_id TEXT NOT NULL, "
    "provider_answer TEXT NOT NULL, provider_message_id TEXT NOT NULL, claimed_by TEXT NOT NULL, "
    "created_by TEXT NOT NULL, created_at_ms INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL, sent_at_ms INTEGER)",
    "CREATE INDEX notifications_due ON notifications(status, next_attempt_ms)",
    "CREATE INDEX notifications_by_shipment ON notifications(shipment_id, id)",
    "CREATE TABLE notification_log(id INTEGER PRIMARY KEY, notification_id INTEGER NOT NULL, "
    "shipment_id INTEGER NOT NULL, at_ms INTEGER NOT NULL, status TEXT NOT NULL, attempt INTEGER NOT NULL, "
    "detail TEXT NOT NULL)",
    "CREATE INDEX notification_log_by_shipment ON notification_log(shipment_id, id)",
    "CREATE INDEX notification_log_by_message ON notification_log(notification_id, id)",
    "CREATE TABLE notification_opt_outs(channel TEXT NOT NULL, address TEXT NOT NULL, created_by TEXT NOT NULL, "
    "created_at_ms INTEGER NOT NULL, PRIMARY KEY(channel, address))",
};

const std::span<const SchemaStatement> Steps[] = {Version1, Version2, Version3, Version4, Version5, Version6, Version7};

} // namespace

int ServerSchema::latestVersion()
{
    return static_cast<int>(std::size(Steps));
}

bool ServerSchema::migrate(const QSqlDatabase &db, QString *error, int targetVersion)
{
    const MigrationLock migrating(db); // another server may be creating the tables
    if (!migrating.ok()) {
        if (error)
            *error = migrating.error();
        return false;
    }
    QSqlQuery query(db);
    int version = 0;
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_schema_version'")) && query.next())
        version = query.value(0).toString().toInt();
    if (version > latestVersion()) {
        if (error)
            *error = QStringLiteral("this store was served by a newer controltower-server (server schema "
                                    "version %1; this build knows up to %2). It was not changed.")
                         .arg(version)
                         .arg(latestVersion());
        return false;
    }
    return SchemaMigrator::runSteps(db, Steps, version, targetVersion < 0 ? latestVersion() : targetVersion,
                                    QStringLiteral("server_schema_version"), error);
}

std::unique_ptr<Database> ServerSchema::openStore(const QString &location, QString *error, int busyTimeoutMs)
{
    const bool postgres = PostgresLocation::isUrl(location);
    // Database::open creates a new store file for its owner only (0600): it holds password hashes.
    std::unique_ptr<Database> database = postgres ? Database::openPostgres(location, error) : Database::open(location, error);
    if (database && !migrate(database->connection(), error)) {
        if (error && database->dialect().isPostgres())
            *error = QStringLiteral("%1: %2").arg(database->path(), *error);
        return nullptr;
    }
    if (database && !postgres && busyTimeoutMs >= 0
        && !execSql(database->connection(), QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), error))
        return nullptr;
    return database;
}

} // namespace ct::server
