// SPDX-License-Identifier: MIT
#include "authservice.h"

#include "passwordhasher.h"
#include "passwordpolicy.h"
#include "returns/returnautoapproval.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ct::server {

namespace {

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray newToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArrayLiteral("ct_")
        + QByteArray(reinterpret_cast<const char *>(words), sizeof words)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

AuthService::AuthService(const Database &database, int passwordIterations, qint64 tokenLifetimeMs)
    : m_database(database)
    , m_iterations(passwordIterations)
    , m_tokenLifetimeMs(tokenLifetimeMs)
{
}

bool AuthService::createUser(const QString &name, Role role, const QString &password, qint64 nowMs,
                             QString *error, bool *storeFailed)
{
    if (storeFailed)
        *storeFailed = false;
    static const QRegularExpression ValidName(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!ValidName.match(name).hasMatch()) {
        *error = QStringLiteral("user name \"%1\" is not valid: use 1 to 64 letters, digits, '.', '_', '@' or '-'").arg(name);
        return false;
    }
    // The rules engine writes exception history as "rules": a person must not look like it.
    if (name.compare(QLatin1String("rules"), Qt::CaseInsensitive) == 0) {
        *error = QStringLiteral("user name \"%1\" is reserved for the rules engine").arg(name);
        return false;
    }
    // The return policy approves returns as "policy" (ReturnAutoApproval::actor()).
    if (name.compare(ReturnAutoApproval::actor(), Qt::CaseInsensitive) == 0) {
        *error = QStringLiteral("user name \"%1\" is reserved for the return policy").arg(name);
        return false;
    }
    if (const std::optional<QString> why = PasswordPolicy::problem(name, password)) {
        *error = *why;
        return false;
    }
    const PasswordHasher::Hash hashed = PasswordHasher::hash(password, m_iterations);
    QSqlQuery insert(m_database.connection());
    if (!prepare(insert, QStringLiteral("INSERT INTO users(name, role, password_hash, salt, iterations, created_at_ms) "
                                        "VALUES(?,?,?,?,?,?)"), error)) {
        if (storeFailed)
            *storeFailed = true;
        return false;
    }
    bind(insert, 0, name);
    bind(insert, 1, roleCode(role));
    bind(insert, 2, hashed.hash);
    bind(insert, 3, hashed.salt);
    bind(insert, 4, hashed.iterations);
    bind(insert, 5, nowMs);
    if (!insert.exec()) {
        const bool exists = m_database.dialect().isUniqueViolation(insert.lastError());
        *error = exists ? QStringLiteral("a user named \"%1\" already exists").arg(name)
                        : describeSqlError(insert.lastError(), insert.lastQuery());
        if (storeFailed)
            *storeFailed = !exists;
        return false;
    }
    return true;
}

std::optional<QList<UserInfo>> AuthService::users(QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT name, role, created_at_ms, disabled FROM users ORDER BY name"))) {
        *error = describeSqlError(query.lastError());
        return std::nullopt;
    }
    QList<UserInfo> users;
    while (query.next())
        users << UserInfo{query.value(0).toString(),
                          roleFromCode(query.value(1).toString()).value_or(Role::Analyst),
                          query.value(2).toLongLong(), query.value(3).toBool()};
    return users;
}

std::optional<AuthService::Issued> AuthService::login(const QString &name, const QString &password,
                                                      qint64 nowMs, QString *error)
{
    error->clear();
    QSqlQuery query(m_database.connection());
    if (!prepare(query, QStringLiteral("SELECT id, role, password_hash, salt, iterations FROM users "
                                       "WHERE name = ? AND disabled = 0"), error))
        return std::nullopt;
    bind(query, 0, name);
    if (!execPrepared(query, error))
        return std::nullopt;
    if (!query.next()) {
        // Spend the same time as a real check, so timing does not reveal which names exist.
        PasswordHasher::verify(password, PasswordHasher::Hash{QByteArray(32, 0), QByteArray(16, 0), m_iterations});
        return std::nullopt;
    }
    AuthUser user{query.value(0).toLongLong(), name,
                  roleFromCode(query.value(1).toString()).value_or(Role::Analyst)};
    const PasswordHasher::Hash stored{query.value(2).toByteArray(), query.value(3).toByteArray(),
                                      query.value(4).toInt()};
    query.finish();
    if (!PasswordHasher::verify(password, stored))
        return std::nullopt;

    Issued issued{QString::fromLatin1(newToken()), nowMs + m_tokenLifetimeMs, user};
    QSqlQuery insert(m_database.connection());
    if (!prepare(insert, QStringLiteral("INSERT INTO tokens(token_hash, user_id, created_at_ms, expires_at_ms) "
                                        "VALUES(?,?,?,?)"), error))
        return std::nullopt;
    bind(insert, 0, tokenHash(issued.token.toLatin1()));
    bind(insert, 1, user.id);
    bind(insert, 2, nowMs);
    bind(insert, 3, issued.expiresAtMs);
    if (!execPrepared(insert, error))
        return std::nullopt;
    // Expired tokens are of no use to anyone: drop them as new ones are made.
    QSqlQuery purge(m_database.connection());
    purge.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_at_ms < ?"));
    purge.addBindValue(nowMs);
    purge.exec();
    return issued;
}

std::optional<AuthUser> AuthService::authenticate(const QByteArray &authorization, qint64 nowMs, QString *reason,
                                                  QString *storeError)
{
    if (authorization.isEmpty()) {
        *reason = QStringLiteral("this endpoint needs a bearer token: send \"Authorization: Bearer <token>\" "
                                 "(get one from POST /v1/auth/token)");
        return std::nullopt;
    }
    if (!authorization.startsWith("Bearer ") || authorization.size() < 12) {
        *reason = QStringLiteral("the Authorization header must be \"Bearer <token>\"");
        return std::nullopt;
    }
    const QByteArray token = authorization.mid(7).trimmed();
    QSqlQuery query(m_database.connection());
    if (!prepare(query, QStringLiteral("SELECT u.id, u.name, u.role, t.expires_at_ms FROM tokens t "
                                       "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND u.disabled = 0"),
                 storeError))
        return std::nullopt;
    bind(query, 0, tokenHash(token));
    if (!execPrepared(query, storeError))
        return std::nullopt;
    if (!query.next()) {
        *reason = QStringLiteral("the token is not valid; log in again");
        return std::nullopt;
    }
    if (query.value(3).toLongLong() <= nowMs) {
        *reason = QStringLiteral("the token has expired; log in again");
        return std::nullopt;
    }
    return AuthUser{query.value(0).toLongLong(), query.value(1).toString(),
                    roleFromCode(query.value(2).toString()).value_or(Role::Analyst)};
}

} // namespace ct::server
