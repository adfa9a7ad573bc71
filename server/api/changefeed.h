// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct {
class Database;
}

namespace ct::server {

// GET /v1/changes: the change log read in sequence order, each entry written with its
// entity's current representation, all from one read snapshot.
class ChangeFeed final
{
public:
    explicit ChangeFeed(const Database &database);

    // The page after `sequence` as a complete JSON body; empty with `error` on failure.
    QByteArray page(const QString &serverId, qint64 sequence, int limit, QString *error);

private:
    const Database &m_database;
};

} // namespace ct::server
