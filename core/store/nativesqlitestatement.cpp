// SPDX-License-Identifier: MIT
#include "nativesqlitestatement.h"

#include "storefailure.h"

#include <sqlite3.h>

namespace ct {

namespace {

// The error as describeSqlError writes QtSql's, recorded as this thread's StoreFailure.
QString describe(sqlite3 *db, const QString &sql)
{
    const QString text = QStringLiteral("%1 (while: %2)").arg(QString::fromUtf8(sqlite3_errmsg(db)), sql.simplified().left(80));
    const int code = sqlite3_extended_errcode(db);
    StoreFailure::record(StoreFailure{StoreFailure::ofSqliteCode(code), QString::number(code), text});
    return text;
}

} // namespace

std::unique_ptr<SqlStatement> NativeSqliteStatement::prepare(sqlite3 *db, const QString &sql, QString *error)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = describe(db, sql);
        sqlite3_finalize(stmt);
        return nullptr;
    }
    return std::unique_ptr<SqlStatement>(new NativeSqliteStatement(db, stmt, sql));
}

NativeSqliteStatement::NativeSqliteStatement(sqlite3 *db, sqlite3_stmt *stmt, QString sql)
    : m_db(db), m_stmt(stmt), m_sql(std::move(sql))
{
}

NativeSqliteStatement::~NativeSqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void NativeSqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void NativeSqliteStatement::bind(int index, const QString &text)
{
    // Most bound text is short ASCII (codes, places, ids): encode it into a reused buffer
    // instead of allocating a QByteArray per value; SQLite copies it (SQLITE_TRANSIENT).
    const qsizetype n = text.size();
    if (n == 0) {
        sqlite3_bind_text(m_stmt, index + 1, "", 0, SQLITE_STATIC);
        return;
    }
    m_scratch.resize(static_cast<size_t>(n));
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < n; ++i) {
        if (src[i] >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
            return;
        }
        m_scratch[static_cast<size_t>(i)] = static_cast<char>(src[i]);
    }
    sqlite3_bind_text(m_stmt, index + 1, m_scratch.data(), static_cast<int>(n), SQLITE_TRANSIENT);
}

void NativeSqliteStatement::bindBlob(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index + 1, blob.isNull() ? "" : blob.constData(), static_cast<int>(blob.size()),
                      SQLITE_TRANSIENT);
}

void NativeSqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index + 1);
}

bool NativeSqliteStatement::exec(QString *error)
{
    if (!m_stmt) {
        if (error)
            *error = detachedError();
        return false;
    }
    sqlite3_reset(m_stmt);
    m_rowPending = false;
    m_done = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        m_changes = 0;
        return true;
    }
    m_done = true;
    if (rc == SQLITE_DONE) {
        m_changes = sqlite3_changes(m_db);
        sqlite3_reset(m_stmt);
        return true;
    }
    if (error)
        *error = describe(m_db, m_sql);
    sqlite3_reset(m_stmt);
    return false;
}

bool NativeSqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done || !m_stmt)
        return false;
    if (sqlite3_step(m_stmt) == SQLITE_ROW)
        return true;
    m_done = true;
    return false;
}

bool NativeSqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 NativeSqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString NativeSqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray NativeSqliteStatement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

int NativeSqliteStatement::changes() const
{
    return m_changes;
}

qint64 NativeSqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

void NativeSqliteStatement::finish()
{
    sqlite3_reset(m_stmt); // harmless on null
    m_rowPending = false;
    m_done = true;
}

void NativeSqliteStatement::detach()
{
    // Binding, reading columns and resetting a null statement are harmless no-ops in
    // SQLite; exec and next check for it.
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = nullptr;
    m_rowPending = false;
    m_done = true;
}

} // namespace ct
