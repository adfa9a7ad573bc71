// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <span>

namespace ct {

// One statement of a schema step. Most are written once, in the SQL both databases
// understand; where they cannot share one (triggers, full-text search), a statement
// carries a text per database, and nullptr means "nothing to do on this one".
// SqlDialect::schemaSql picks and maps the text (docs/STORE.md).
struct SchemaStatement
{
    const char *sqlite = nullptr;
    const char *postgres = nullptr;
    bool mapTypes = true; // PostgreSQL text is the shared one: map its types

    // Shared by both databases.
    constexpr SchemaStatement(const char *both) : sqlite(both), postgres(both) {}
    static constexpr SchemaStatement sqliteOnly(const char *sql) { return {sql, nullptr, false}; }
    static constexpr SchemaStatement postgresOnly(const char *sql) { return {nullptr, sql, false}; }
    static constexpr SchemaStatement perDialect(const char *sqliteSql, const char *postgresSql)
    {
        return {sqliteSql, postgresSql, false};
    }

private:
    constexpr SchemaStatement(const char *s, const char *p, bool map) : sqlite(s), postgres(p), mapTypes(map) {}
};

// Brings a store's schema to the version this build knows, one transactional step per
// version, recording the version in the `meta` table. The same steps build a store in
// SQLite and in PostgreSQL (SqlDialect supplies what differs). A store written by an older build
// opens and is upgraded in place; one written by a newer build is refused untouched.
class SchemaMigrator final
{
public:
    // The newest schema version this build can read and write.
    static int latestVersion();

    // The store's version (0 for an empty database), or -1 with `error` set when the file
    // is not a Control Tower store (SQLite: PRAGMA application_id; PostgreSQL: a
    // database whose schema holds tables but no Control Tower `meta`).
    static int currentVersion(const QSqlDatabase &db, QString *error);

    // Migrates to `targetVersion` (latestVersion() when -1). Returns false with `error`
    // set if the store is newer than this build or a step fails; a failed step is rolled
    // back and leaves the store at the previous version.
    static bool migrate(const QSqlDatabase &db, QString *error, int targetVersion = -1);

    // Runs steps[version] .. steps[targetVersion - 1], one transaction each, recording the
    // reached version under `metaKey` in `meta`. The server keeps its own tables on top of
    // core's schema this way ("server_schema_version").
    static bool runSteps(const QSqlDatabase &db, std::span<const std::span<const SchemaStatement>> steps,
                         int version, int targetVersion, const QString &metaKey, QString *error);
};

} // namespace ct
