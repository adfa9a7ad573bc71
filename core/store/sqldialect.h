// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace ct {

struct SchemaStatement;

// What differs between the two databases a store can live in: SQLite (every store; the
// desktop's and the CLI's are always SQLite) and PostgreSQL through QPSQL (the team server,
// optionally). Everything else — the schema steps, the queries — is written once, in the
// SQL both understand (docs/STORE.md, "One schema, two databases").
class SqlDialect final
{
public:
    enum class Kind { Sqlite, Postgres };

    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();
    // The dialect of a connection, by its Qt driver (QPSQL: PostgreSQL; else SQLite).
    static const SqlDialect &of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // Statements run once on every new connection: SQLite's pragmas (WAL is switched on
    // separately, read-write only); on PostgreSQL, quiet notices.
    QStringList sessionSetup() const;

    // Starts a write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE),
    // so a second writer waits at the start rather than failing at COMMIT.
    QString beginWrite() const;
    // Starts a read transaction in which every statement sees the same snapshot (SQLite
    // in WAL mode does this for any transaction; PostgreSQL needs REPEATABLE READ).
    QString beginSnapshot() const;

    // Appended to an INSERT whose new id the caller needs: QPSQL's lastInsertId() reads
    // OIDs, which tables no longer have, so PostgreSQL returns the id as a row (the
    // statement wrappers read it; see insertedId() in qtsqlsupport.h).
    QString returningId() const;

    // SQLite keeps the shipment_search FTS5 index; the server on PostgreSQL has no
    // full-text search (nothing on the server searches).
    bool hasFullTextSearch() const { return m_kind == Kind::Sqlite; }

    // The text of a schema statement for this database; empty when it has no part here.
    // SQLite runs the statement as written; on PostgreSQL a shared statement's types are
    // mapped (INTEGER -> BIGINT, as SQLite's integers are 64-bit; INTEGER PRIMARY KEY ->
    // an identity column; BLOB -> BYTEA) and WITHOUT ROWID dropped.
    QString schemaSql(const SchemaStatement &statement) const;

    // Whether `error` is a UNIQUE or PRIMARY KEY violation.
    bool isUniqueViolation(const QSqlError &error) const;

private:
    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind m_kind;
};

} // namespace ct
