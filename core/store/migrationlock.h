// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ct {

// Several controltower-server processes may open one PostgreSQL database at once
// (docs/SERVER.md, "Several servers"): the first creates or upgrades the tables while the
// others wait, then find them made. A session-level advisory lock, held while this object
// lives; read the schema version only once it is held. On SQLite it does nothing.
class MigrationLock final
{
public:
    explicit MigrationLock(const QSqlDatabase &db);
    ~MigrationLock();
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;

    // False (with error()) when the lock could not be taken: the connection failed.
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    // The advisory lock's key, beside ct_log_change()'s 7001 (docs/STORE.md).
    static constexpr int Key = 7002;

private:
    QSqlDatabase m_db;
    bool m_held = false;
    QString m_error;
};

} // namespace ct
