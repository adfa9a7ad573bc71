// SPDX-License-Identifier: MIT
#pragma once

#include "auth/authservice.h"
#include "changefeed.h"
#include "clientlimiter.h"
#include "config/serverconfig.h"
#include "editbatch.h"
#include "editservice.h"
#include "settingsservice.h"
#include "sharedtokenbuckets.h"
#include "http/apimessage.h"
#include "notify/notificationservice.h"

#include <functional>
#include <memory>
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
    using Clock = std::function<qint64()>; // UTC ms; called from every serving thread

    // `limiter` is shared by the services of one server (one per serving thread); a
    // service without one makes its own.
    ApiService(const Database &database, const ServerConfig &config, Clock clock,
               std::shared_ptr<ClientLimiter> limiter = {});

    // Where a request is served: on the front's thread (it touches no store: health, and
    // answers that need no route), or by one of the worker lanes (RequestPool).
    enum class Lane { Inline, Read, Lookup, Login, Write };
    static Lane laneFor(const ApiRequest &request);

    ApiReply handle(const ApiRequest &request);
    // On the front's thread, before a log-in (POST /v1/auth/token) is queued for the
    // log-in threads: its 429 when its address is over the attempt rate or known to be
    // locked out, so that refused attempts never wait behind password hashing; otherwise
    // nullopt, and `request` is marked as counted. Other requests: nullopt. Touches no store.
    std::optional<ApiReply> refuseLoginAtFront(ApiRequest &request) const;
    // Before the body of `head` is read (it declares `declaredLength` bytes, -1 when
    // chunked): nullopt when its route takes a body that large, with `*bodyLimit` the most
    // it takes; otherwise the answer that ends the request (404, 405, 413). Touches no store.
    std::optional<ApiReply> admit(const ApiRequest &head, qint64 declaredLength, qint64 *bodyLimit) const;
    // Deletes idempotency records older than the retention and expired tokens, in
    // batches (each its own transaction, so edits go on meanwhile).
    struct Purged
    {
        qint64 idempotencyRecords = 0;
        qint64 tokens = 0;
    };
    std::optional<Purged> purgeExpired(QString *error);

    // The service's clock (UTC ms).
    qint64 now() const { return m_clock(); }
    const Clock &clock() const { return m_clock; }
    const std::shared_ptr<ClientLimiter> &limiter() const { return m_limiter; }

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

    // The request rate (429 when over it): the process's bucket for /v1/health (served
    // by the front's thread, which never waits on the store), the store's shared one for
    // the rest when servers share a PostgreSQL store. A store error is a 500.
    std::optional<ApiReply> refuseOverRate(const ApiRequest &request, const Route &route);

    ApiReply health();
    ApiReply token(const ApiRequest &request);
    ApiReply me(const AuthUser &user);
    ApiReply changes(const ApiRequest &request);
    ApiReply entity(const ApiRequest &request, EntityKind kind, qint64 id);
    ApiReply listUsers(const ApiRequest &request);
    ApiReply createUser(const ApiRequest &request);

    const Database &m_database;
    ServerConfig m_config;
    Clock m_clock;
    std::shared_ptr<ClientLimiter> m_limiter;
    AuthService m_auth;
    ChangeFeed m_feed;
    EditService m_edits;
    EditBatch m_batch;
    SettingsService m_settings;
    NotificationService m_notifications;
    // Servers sharing a PostgreSQL store share their rate buckets (null on SQLite).
    std::unique_ptr<SharedTokenBuckets> m_sharedBuckets;
    QString m_serverId;
};

} // namespace ct::server
