// SPDX-License-Identifier: MIT
#pragma once

#include "sqlstatement.h"

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace ct {

// SqlStatement on SQLite's C API, sharing the connection QtSql opened.
class NativeSqliteStatement final : public SqlStatement
{
public:
    static std::unique_ptr<SqlStatement> prepare(sqlite3 *db, const QString &sql, QString *error);
    ~NativeSqliteStatement() override;

    void bind(int index, qint64 value) override;
    void bind(int index, const QString &text) override;
    void bindBlob(int index, const QByteArray &blob) override;
    void bindNull(int index) override;
    bool exec(QString *error) override;
    bool next() override;
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;
    int changes() const override;
    qint64 lastInsertId() const override;
    void finish() override;

protected:
    void detach() override;

private:
    NativeSqliteStatement(sqlite3 *db, sqlite3_stmt *stmt, QString sql);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    QString m_sql;
    bool m_rowPending = false; // exec stepped onto the first row; next() hands it out
    bool m_done = true;
    int m_changes = 0;
    std::string m_scratch; // ASCII text on its way to SQLite
};

} // namespace ct
