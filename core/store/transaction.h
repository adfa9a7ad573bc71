// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ct {

// A write transaction (SqlDialect::beginWrite: on SQLite BEGIN IMMEDIATE, so a second
// writer waits at the start instead of failing at commit). Rolled back on destruction unless committed.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ct
