// SPDX-License-Identifier: MIT
#pragma once

#include "auth/authservice.h"
#include "changefeed.h"
#include "config/serverconfig.h"
#include "editservice.h"
#include "http/apimessage.h"

#include "net/tokenbucket.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <optional>

namespace ct {
class Database;
}

namespace ct::server {

// The HTTP API of docs/api/openapi.yaml, independent of the HTTP library: a request in,
// a reply out. Checks in order: route (404/405; HEAD is served wherever GET is), body
// size (413), rate limit (429), token (401), role (403), media type (415), then the
// handler. Use from the Database's thread.
class ApiService final
{
public:
    using Clock = std::function<qint64()>; // UTC ms

    ApiService(const Database &database, const ServerConfig &config, Clock clock);

    ApiReply handle(const ApiRequest &request);
    // Before the body of `head` is read (it declares `declaredLength` bytes, -1 when
    // chunked): nullopt when its route takes a body that large, with `*bodyLimit` the most
    // it takes; otherwise the answer that ends the request (404, 405, 413). Touches no store.
    std::optional<ApiReply> admit(const ApiRequest &head, qint64 declaredLength, qint64 *bodyLimit) const;
    // The service's clock (UTC ms).
    qint64 now() const { return m_clock(); }

    // Every route as "METHOD /v1/path/{id}\troles", sorted; the contract test compares
    // them with docs/api/openapi.yaml.
    static QStringList routes();

private:
    struct Route;
    static const QList<Route> &routeTable();
    // The route `request` is for, with its id; or the 404 or 405 answer.
    struct Match;
    static Match match(const ApiRequest &request);
    ApiReply handle(const ApiRequest &request, const Route &route, qint64 id);
    qint64 bodyLimit(const Route &route) const;
    std::optional<ApiReply> tooLarge(const ApiRequest &request, const Route &route, qint64 bytes) const;

    ApiReply health();
    ApiReply token(const ApiRequest &request);
    ApiReply me(const AuthUser &user);
    ApiReply changes(const ApiRequest &request);
    ApiReply entity(const ApiRequest &request, EntityKind kind, qint64 id);
    ApiReply listUsers(const ApiRequest &request);
    ApiReply createUser(const ApiRequest &request);
    qint64 throttle(QHash<QString, TokenBucket> &buckets, const QString &key, double rate, double burst);

    const Database &m_database;
    ServerConfig m_config;
    Clock m_clock;
    AuthService m_auth;
    ChangeFeed m_feed;
    EditService m_edits;
    QString m_serverId;
    QElapsedTimer m_monotonic;
    QHash<QString, TokenBucket> m_requestBuckets;
    QHash<QString, TokenBucket> m_loginBuckets;
};

} // namespace ct::server
