// SPDX-License-Identifier: MIT
#include "database.h"

#include "migrationlock.h"
#include "postgreslocation.h"
#include "schemamigrator.h"
#include "sharedsqlite.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "qtsqlsupport.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace ct {

namespace {

Q_LOGGING_CATEGORY(lcStore, "ct.store")

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
    close();
}

Database::Closed Database::close()
{
    Closed closed;
    if (m_closed)
        return closed;
    m_closed = true;
    for (SqlStatement *statement : std::as_const(m_statements)) {
        closed.finalizedStatements << statement->sql().simplified().left(80);
        statement->detach();
        statement->m_database = nullptr;
    }
    m_statements.clear();
    if (!closed.finalizedStatements.isEmpty()) {
        closed.finalizedStatements.sort();
        qCWarning(lcStore, "%s: closed with %lld statements still prepared, finalized now (a statement must not "
                           "outlive its connection): %s",
                  qPrintable(m_path), static_cast<long long>(closed.finalizedStatements.size()),
                  qPrintable(closed.finalizedStatements.join(QStringLiteral("; "))));
    }
    m_native = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    return closed;
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
    if (mode == Mode::ReadWrite && !info.exists()) {
        // A store holds customers' names, addresses and phones (a server's, password
        // hashes too): a new file is its owner's only, from its first byte. SQLite gives
        // its -wal, -shm and -journal files the database file's mode.
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !info.exists()) {
            if (error)
                *error = QStringLiteral("%1: cannot create the store file: %2").arg(path, file.errorString());
            return nullptr;
        }
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

    if (mode == Mode::ReadWrite) {
        QSqlQuery wal(db->m_db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next())
            return fail(QStringLiteral("cannot switch to WAL journaling: %1")
                            .arg(describeSqlError(wal.lastError())));
    }
    for (const QString &pragma : SqlDialect::sqlite().sessionSetup()) {
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

std::unique_ptr<Database> Database::openPostgres(const QString &url, QString *error)
{
    const std::optional<PostgresLocation> location = PostgresLocation::parse(url, error);
    if (!location)
        return nullptr;
    auto fail = [&](const QString &message) -> std::unique_ptr<Database> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(location->display(), message);
        return nullptr;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed; on Debian and "
                                   "Ubuntu install the package libqt6sql6-psql"));
    std::unique_ptr<Database> db(new Database(location->display(), nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!db->m_db.isValid())
        return fail(QStringLiteral("the Qt PostgreSQL driver (QPSQL) cannot be loaded (is libpq5 installed?)"));
    db->m_db.setDatabaseName(location->database);
    if (!location->host.isEmpty())
        db->m_db.setHostName(location->host);
    db->m_db.setPort(location->port);
    if (!location->user.isEmpty())
        db->m_db.setUserName(location->user);
    if (!location->password.isEmpty())
        db->m_db.setPassword(location->password);
    db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=controltower"));
    if (!db->m_db.open()) {
        const QSqlError failure = db->m_db.lastError();
        const QString detail = (failure.databaseText().isEmpty() ? failure.driverText() : failure.databaseText()).simplified();
        return fail(QStringLiteral("cannot connect to PostgreSQL: %1").arg(detail));
    }
    QString stepError;
    const MigrationLock migrating(db->m_db); // another server may be creating the tables
    if (!migrating.ok())
        return fail(migrating.error());
    const int version = SchemaMigrator::currentVersion(db->m_db, &stepError);
    if (version < 0)
        return fail(stepError);
    for (const QString &statement : SqlDialect::postgres().sessionSetup()) {
        if (!execSql(db->m_db, statement, &stepError))
            return fail(stepError);
    }
    if (!SchemaMigrator::migrate(db->m_db, &stepError))
        return fail(stepError);
    return db;
}

const SqlDialect &Database::dialect() const
{
    return SqlDialect::of(m_db);
}

QString Database::integrityCheck() const
{
    if (dialect().isPostgres())
        return QStringLiteral("integrity_check is SQLite's; PostgreSQL checks its own pages");
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return describeSqlError(query.lastError());
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace ct
