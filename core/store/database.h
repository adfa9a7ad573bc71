// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace ct {

class SqlDialect;
class SqlStatement;

// One connection to a Control Tower store, owned by the thread that opened it
// (qBittorrent's rule: one named connection per thread, never shared). Opening creates
// the file when missing, sets WAL and the other pragmas, and migrates the schema.
// A store is an SQLite file; the team server may keep its store in PostgreSQL instead
// (openPostgres; docs/SERVER.md).
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens `path`. On failure returns nullptr with `error` saying why, in words a user
    // can act on ("this store was written by a newer Control Tower ...").
    static std::unique_ptr<Database> open(const QString &path, QString *error,
                                          Mode mode = Mode::ReadWrite);
    // Opens without migrating beyond `schemaVersion` (tests of old stores use this).
    static std::unique_ptr<Database> openAtVersion(const QString &path, int schemaVersion,
                                                   QString *error);
    // Opens a store in a PostgreSQL database (QPSQL) from a URL (PostgresLocation),
    // creating the schema in an empty database. Errors name the location without its
    // password: the driver missing, the server unreachable, authentication failed.
    static std::unique_ptr<Database> openPostgres(const QString &url, QString *error);
    // Closes the connection (close()).
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QSqlDatabase &connection() const { return m_db; }
    // The file, or for PostgreSQL the URL without its password.
    const QString &path() const { return m_path; }
    // What differs between SQLite and PostgreSQL.
    const SqlDialect &dialect() const;

    // PRAGMA integrity_check: "ok", or what SQLite found (SQLite only).
    QString integrityCheck() const;

    // The connection's SQLite handle when core may use SQLite's C API on it (see
    // sharedsqlite.h); nullptr means QtSql only.
    sqlite3 *nativeSqlite() const { return m_native; }

    // Closes the connection now; the destructor does otherwise. SqlStatements still
    // prepared on it are finalized first, so that the connection really closes (SQLite
    // refuses to close under a statement it did not finalize itself, and the connection
    // would stay open, holding its snapshot and the WAL, for the rest of the process), and
    // a warning names them (category ct.store): a statement must not outlive its
    // connection. A second close does nothing.
    struct Closed
    {
        QStringList finalizedStatements; // the SQL of each, shortened
    };
    Closed close();

private:
    friend class SqlStatement;
    void track(SqlStatement *statement) const { m_statements.insert(statement); }
    void forget(SqlStatement *statement) const { m_statements.remove(statement); }

    Database(QString path, QString connectionName);
    static std::unique_ptr<Database> openImpl(const QString &path, int schemaVersion, Mode mode,
                                              QString *error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_native = nullptr;
    mutable QSet<SqlStatement *> m_statements; // prepared by SqlStatement::prepare, not yet destroyed
    bool m_closed = false;
};

} // namespace ct
