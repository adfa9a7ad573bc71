// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ct {
class Database;
}

namespace ct::server {

// The server's own tables on top of core's store schema: users and their tokens, stored
// idempotent answers, the audit log and the change log behind GET /v1/changes, kept by
// triggers on shipments, exceptions and returns. Versioned under "server_schema_version"
// in `meta`, one transaction per step, like core's schema.
class ServerSchema final
{
public:
    static int latestVersion();
    // To `targetVersion` (latestVersion() when -1). Core's schema must be at its latest
    // first (openStore does that): later server steps build on core's newer tables.
    static bool migrate(const QSqlDatabase &db, QString *error, int targetVersion = -1);
    // Opens (creating when missing) a store for serving: core's schema, then the server's.
    // `location` is an SQLite file or a postgresql:// URL (docs/SERVER.md). On SQLite,
    // `busyTimeoutMs` (when not negative) is how long a statement waits for another
    // connection's lock before it fails "database is locked".
    static std::unique_ptr<Database> openStore(const QString &location, QString *error, int busyTimeoutMs = -1);
};

} // namespace ct::server
