// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ct {

// Where a store in PostgreSQL lives, from a URL:
//   postgresql://[user[:password]@]host[:port]/dbname
//   postgresql://[user@]/dbname?host=/socket/dir     (a Unix socket's directory)
// "postgres://" is accepted too. Without a password in the URL, PGPASSWORD (and then
// libpq's ~/.pgpass) applies: a password in a URL shows in the process list.
struct PostgresLocation
{
    QString user;
    QString password;
    QString host; // a name, an address, or a socket directory (starts with '/')
    int port = 5432;
    QString database;
    bool passwordInUrl = false;

    // Whether `location` is meant as a PostgreSQL URL (rather than an SQLite file).
    static bool isUrl(const QString &location);
    // Parses a URL; nullopt with `error` saying what is wrong.
    static std::optional<PostgresLocation> parse(const QString &url, QString *error);

    // The URL without the password, for messages and logs.
    QString display() const;
};

} // namespace ct
