// SPDX-License-Identifier: MIT
#pragma once

#include "edits/role.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ct {
class Database;
}

namespace ct::server {

struct AuthUser
{
    qint64 id = 0;
    QString name;
    Role role = Role::Analyst;
};

struct UserInfo
{
    QString name;
    Role role = Role::Analyst;
    qint64 createdAtMs = 0;
    bool disabled = false;
};

// Users, passwords and bearer tokens. Passwords are kept only as PBKDF2 hashes, tokens
// only as SHA-256 hashes; tokens are 256 random bits and expire. Use from the
// Database's thread.
class AuthService final
{
public:
    AuthService(const Database &database, int passwordIterations, qint64 tokenLifetimeMs);

    // Names: 1..64 of letters, digits and . _ @ -; passwords as PasswordPolicy says. False
    // with `error` saying why; `*storeFailed` (when given) true when the store failed (not
    // the request: the error is then the store's, not for the client).
    bool createUser(const QString &name, Role role, const QString &password, qint64 nowMs, QString *error,
                    bool *storeFailed = nullptr);
    std::optional<QList<UserInfo>> users(QString *error) const;

    struct Issued
    {
        QString token;
        qint64 expiresAtMs = 0;
        AuthUser user;
    };
    // nullopt with `error` empty: wrong name or password (the same answer for both, after
    // the same work); with `error` set: the store failed.
    std::optional<Issued> login(const QString &name, const QString &password, qint64 nowMs, QString *error);

    // The user an "Authorization: Bearer <token>" header belongs to; nullopt with
    // `reason` saying what is wrong (missing, malformed, unknown or expired token), or
    // with `storeError` set when the store could not say (the token may be good).
    std::optional<AuthUser> authenticate(const QByteArray &authorization, qint64 nowMs, QString *reason,
                                         QString *storeError);

private:
    const Database &m_database;
    int m_iterations;
    qint64 m_tokenLifetimeMs;
};

} // namespace ct::server
