// SPDX-License-Identifier: MIT
#pragma once

#include "auth/authservice.h"
#include "changefeed.h"
#include "config/serverconfig.h"
#include "editservice.h"
#include "settingsservice.h"
#include "http/apimessage.h"

#include "net/tokenbucket.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>

namespace ct {
class Database;
}

namespace ct::server {

// The HTTP API of docs/api/openapi.yaml, independent of the HTTP library: a request in,
// a reply out. Checks in order: route (404/405), body size (413), rate limit (429),
// token (401), role (403), media type (415), then the handler. Use from the Database's
// thread.
class ApiService final
{
public:
    using Clock = std::function<qint64()>; // UTC ms

    ApiService(const Database &database, const ServerConfig &config, Clock clock);

    ApiReply handle(const ApiRequest &request);

    // Every route as "METHOD /v1/path/{id}\troles", sorted; the contract test compares
    // them with docs/api/openapi.yaml.
    static QStringList routes();

private:
    struct Route;
    static const QList<Route> &routeTable();

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
    SettingsService m_settings;
    QString m_serverId;
    QElapsedTimer m_monotonic;
    QHash<QString, TokenBucket> m_requestBuckets;
    QHash<QString, TokenBucket> m_loginBuckets;
};

} // namespace ct::server
