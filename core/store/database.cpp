// SPDX-License-Identifier: MIT
#include "database.h"

#include "schemamigrator.h"
#include "sharedsqlite.h"
#include "qtsqlsupport.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace ct {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ct-store-%1").arg(++counter);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_native = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, Mode mode)
{
    return openImpl(path, -1, mode, error);
}

std::unique_ptr<Database> Database::openAtVersion(const QString &path, int schemaVersion,
                                                  QString *error)
{
    return openImpl(path, schemaVersion, Mode::ReadWrite, error);
}

std::unique_ptr<Database> Database::openImpl(const QString &path, int schemaVersion, Mode mode,
                                             QString *error)
{
    const QFileInfo info(path);
    if (mode == Mode::ReadOnly && !info.exists()) {
        if (error)
            *error = QStringLiteral("%1: no such store").arg(path);
        return nullptr;
    }
    if (info.exists() && info.isDir()) {
        if (error)
            *error = QStringLiteral("%1: is a directory, not a store file").arg(path);
        return nullptr;
    }
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder %2").arg(path, info.absolutePath());
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error)
            *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
        return nullptr;
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(mode == Mode::ReadOnly
                                   ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                   : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db->m_db.open()) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, describeSqlError(db->m_db.lastError()));
        return nullptr;
    }
    auto fail = [&](const QString &message) -> std::unique_ptr<Database> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        return nullptr;
    };

    QString stepError;
    // Check what the file is before changing anything in it.
    const int version = SchemaMigrator::currentVersion(db->m_db, &stepError);
    if (version < 0)
        return fail(stepError);
    if (version > SchemaMigrator::latestVersion()) {
        SchemaMigrator::migrate(db->m_db, &stepError); // only produces the refusal message
        return fail(stepError);
    }

    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA mmap_size = 268435456"),
    };
    if (mode == Mode::ReadWrite) {
        QSqlQuery wal(db->m_db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next())
            return fail(QStringLiteral("cannot switch to WAL journaling: %1")
                            .arg(describeSqlError(wal.lastError())));
    }
    for (const QString &pragma : pragmas) {
        if (!execSql(db->m_db, pragma, &stepError))
            return fail(stepError);
    }
    db->m_native = sharedSqliteHandle(db->m_db);
    if (mode == Mode::ReadWrite && !SchemaMigrator::migrate(db->m_db, &stepError, schemaVersion))
        return fail(stepError);
    if (mode == Mode::ReadOnly && version < SchemaMigrator::latestVersion())
        return fail(QStringLiteral("the store needs an upgrade (schema %1 of %2); open it once "
                                   "read-write")
                        .arg(version)
                        .arg(SchemaMigrator::latestVersion()));
    return db;
}

QString Database::integrityCheck() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return describeSqlError(query.lastError());
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace ct
