// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace ct {

// "database is locked (while: INSERT INTO events ...)": a store error people can act on.
// Also records it as this thread's last StoreFailure (storefailure.h).
QString describeSqlError(const QSqlError &error, const QString &statement = {});

// Runs one statement on `db`; on failure sets `*error` and returns false.
bool execSql(const QSqlDatabase &db, const QString &statement, QString *error);

// Executes a prepared query; on failure sets `*error` (naming the statement) and returns false.
bool execPrepared(QSqlQuery &query, QString *error);

// Prepares `statement` on `query`; on failure sets `*error` and returns false. The
// statement's '?' placeholders become named ones (:p0, :p1...) and the query is made
// forward-only: QtSql 6.4 formats a placeholder name on every positional bind and
// allocates a row cache on every exec, which cost more than SQLite's own work on the
// ingest path (measured in bench_ingest, docs/PERFORMANCE.md). Bind with bind().
bool prepare(QSqlQuery &query, const QString &statement, QString *error);

// Binds the value of the `index`-th '?' of a statement prepared with prepare().
void bind(QSqlQuery &query, int index, const QVariant &value);

// The id an executed INSERT made: the row of "INSERT ... RETURNING id" when it has one
// (PostgreSQL, SqlDialect::returningId), else the driver's lastInsertId (SQLite's rowid).
qint64 insertedId(QSqlQuery &query);

// A string for a NOT NULL text column: QtSql binds a null QString as SQL NULL, so a
// missing value is bound as '' instead.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(text);
}

} // namespace ct
