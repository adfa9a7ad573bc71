// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <span>

namespace ct {

// Brings a store's schema to the version this build knows, one transactional step per
// version, recording the version in the `meta` table. A store written by an older build
// opens and is upgraded in place; one written by a newer build is refused untouched.
class SchemaMigrator final
{
public:
    // The newest schema version this build can read and write.
    static int latestVersion();

    // The store's version (0 for an empty database), or -1 with `error` set when the file
    // is not a Control Tower store.
    static int currentVersion(const QSqlDatabase &db, QString *error);

    // Migrates to `targetVersion` (latestVersion() when -1). Returns false with `error`
    // set if the store is newer than this build or a step fails; a failed step is rolled
    // back and leaves the store at the previous version.
    static bool migrate(const QSqlDatabase &db, QString *error, int targetVersion = -1);

    // Runs steps[version] .. steps[targetVersion - 1], one transaction each, recording the
    // reached version under `metaKey` in `meta`. The server keeps its own tables on top of
    // core's schema this way ("server_schema_version").
    static bool runSteps(const QSqlDatabase &db, std::span<const std::span<const char *const>> steps,
                         int version, int targetVersion, const QString &metaKey, QString *error);
};

} // namespace ct
