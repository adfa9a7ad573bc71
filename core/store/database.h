// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace ct {

// One connection to a Control Tower store (SQLite), owned by the thread that opened it
// (qBittorrent's rule: one named connection per thread, never shared). Opening creates
// the file when missing, sets WAL and the other pragmas, and migrates the schema.
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
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QSqlDatabase &connection() const { return m_db; }
    const QString &path() const { return m_path; }

    // PRAGMA integrity_check: "ok", or what SQLite found.
    QString integrityCheck() const;

    // The connection's SQLite handle when core may use SQLite's C API on it (see
    // sharedsqlite.h); nullptr means QtSql only.
    sqlite3 *nativeSqlite() const { return m_native; }

private:
    Database(QString path, QString connectionName);
    static std::unique_ptr<Database> openImpl(const QString &path, int schemaVersion, Mode mode,
                                              QString *error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_native = nullptr;
};

} // namespace ct
