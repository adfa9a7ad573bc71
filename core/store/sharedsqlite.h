// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace ct {

// The SQLite handle under a QSQLITE connection, when it is safe for core to use it with
// the SQLite library core links: only when the Qt SQLite plugin is itself linked to that
// same library (as on Linux distributions, whose Qt uses the system SQLite). A plugin
// with its own built-in SQLite copy (Qt's installers) gives nullptr, and core uses QtSql
// alone. Two SQLite copies must never touch one connection or one file in one process.
// CT_SQLITE_NATIVE=0 in the environment also gives nullptr (tests cover both paths).
sqlite3 *sharedSqliteHandle(const QSqlDatabase &db);

} // namespace ct
