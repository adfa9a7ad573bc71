// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ct {

class Database;

// One prepared statement on a store connection, with '?' placeholders bound by position
// (0-based). Two implementations: native SQLite on the connection's own handle, used when
// the Qt SQLite plugin shares core's SQLite library (Database::nativeSqlite()), and QtSql
// otherwise. The native one exists because QtSql's per-value binding (QVariant, UTF-16
// text, a result cache per exec) cost more than SQLite's own work on the ingest path
// (docs/PERFORMANCE.md). Use from the Database's thread.
//
// A statement must not outlive its connection: the Database knows the statements prepared
// on it, and closing it finalizes those still there (and warns, naming them), so the
// connection really closes; such a statement then fails every exec ("the store connection
// is closed").
class SqlStatement
{
public:
    virtual ~SqlStatement();

    static std::unique_ptr<SqlStatement> prepare(const Database &database, const QString &sql,
                                                 QString *error);

    virtual void bind(int index, qint64 value) = 0;
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    // A null QString binds '' (text columns are NOT NULL); use bindNull for NULL.
    virtual void bind(int index, const QString &text) = 0;
    virtual void bindBlob(int index, const QByteArray &blob) = 0;
    virtual void bindNull(int index) = 0;
    void bind(int index, std::optional<qint64> value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // Runs the statement with the current bindings. False with `error` on failure.
    virtual bool exec(QString *error) = 0;
    // After exec of a query: moves to the next row; false after the last.
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    std::optional<qint64> optionalInt64(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
    }
    // Rows the last exec inserted, updated or deleted.
    virtual int changes() const = 0;
    virtual qint64 lastInsertId() const = 0;
    // Releases the current result so the connection may commit.
    virtual void finish() = 0;

    // The statement as prepared.
    const QString &sql() const { return m_sql; }
    // False once its Database has closed (the statement was finalized then).
    bool isAttached() const { return m_database != nullptr; }

protected:
    // Lets go of everything on the connection, which is closing; every exec fails from
    // then on, with detachedError().
    virtual void detach() = 0;
    QString detachedError() const;

private:
    friend class Database;
    const Database *m_database = nullptr;
    QString m_sql;
};

} // namespace ct
