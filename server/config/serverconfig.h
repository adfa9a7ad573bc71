// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/carrierfeedconfig.h"
#include "http/trustedproxies.h"
#include "notify/notifyconfig.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace ct::server {

// Test-only: answers the server spoils on purpose (docs/SERVER.md, "Fault injection").
struct FaultConfig
{
    double rate = 0.0;  // share of API requests (other than /v1/health) that get a fault
    quint64 seed = 1;
};

// What the HTTP front allows a connection before it gives up on it (docs/SERVER.md).
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; // request line and header fields together (414, 431)
    int headerTimeoutMs = 10'000;         // from a request's first byte (or the accept) to its last header
    int bodyTimeoutMs = 30'000;           // from the last header to the body's last byte
    int idleTimeoutMs = 60'000;           // between requests, or while an answer does not move
    int maxConnections = 1000;            // open at once (more: 503)
    int maxConnectionsPerAddress = 32;    // from one client address (more: 429)
};

// Everything controltower-server can be told, from its JSON config file and the command
// line (which wins). Defaults are safe: loopback only, 12-hour tokens, 64 KiB bodies.
struct ServerConfig
{
    QString database;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8787;
    QString tlsCertificate; // PEM files; both set = HTTPS
    QString tlsKey;
    int passwordIterations = 600'000;
    qint64 tokenLifetimeMs = 12LL * 3600 * 1000;
    qint64 maxBodyBytes = 64 * 1024;
    int maxBatchEdits = 100;                 // edits in one POST /v1/edits; 0: no batches (404)
    qint64 maxBatchBodyBytes = 1024 * 1024;  // its body
    HttpLimits http;
    // Reverse proxies whose X-Forwarded-For names the client (docs/SERVER.md); none by
    // default: every request is its peer's.
    TrustedProxies trustedProxies;
    double requestsPerSecond = 50;   // per token (or per address before login)
    double requestBurst = 100;
    double loginsPerMinute = 10;     // per address
    // The log-in attempt bucket per address: loginsPerMinute, a burst of half that.
    double loginRatePerSecond() const { return loginsPerMinute / 60.0; }
    double loginBurst() const;
    int loginFailuresPerName = 5;      // failed log-ins for a user name before it is locked
    int loginFailuresPerAddress = 20;  // ... from one address before it is locked
    qint64 loginLockoutMs = 30'000;    // the first lockout; each further failure doubles it
    qint64 loginLockoutMaxMs = 900'000;
    // Serving threads (RequestPool), each with its own store connection: reads (feed
    // pages, audit, users), lookups (one entity, /me, a setting), log-ins (password
    // hashing), and one for edits. 0: as many as the machine has cores (reads), half that
    // (log-ins).
    int readWorkers = 0;
    int lookupWorkers = 1;
    int loginWorkers = 0;
    int queueTimeoutMs = 10'000;       // a request not started by then gets 503
    // Store connections one process opens: a serving thread's each, and the event loop's
    // (ConnectionBudget). 0: as many as the threads need; else a cap that default-sized
    // lanes shrink to fit and explicitly sized ones must fit (or the server does not start).
    int maxStoreConnections = 0;
    // PostgreSQL: the servers that share the database, all configured alike; at start a
    // server checks that the cluster's max_connections takes them all.
    int serverProcesses = 1;
    // SQLite: how long a write waits for another connection's write lock before the
    // request is answered 503 (docs/SERVER.md, "Store failures").
    int storeBusyTimeoutMs = 10'000;
    // Idempotency records are kept at least this long, and purged (with expired tokens)
    // every purgeIntervalMs.
    qint64 idempotencyRetentionMs = 24LL * 3600 * 1000;
    int purgeIntervalMs = 600'000;
    int feedPageDefault = 500;
    int feedPageMax = 2000;
    FaultConfig faults;
    // Tests only: a file holding the instant (UTC ms) the server's clock reads, read again
    // at each reading, so that a test passes time for a server process (TestClockFile).
    QString testClockFile;
    // Carrier tracking feeds the server polls into its store (and so onto the change
    // feed), every carrierPollIntervalS; Authorization values come from each feed's
    // `auth_env` environment variable (a server has no user keychain).
    QList<CarrierFeedConfig> carrierFeeds;
    int carrierPollIntervalS = 300;
    // Customer notifications the server sends (docs/NOTIFICATIONS.md): SMTP, the SMS and
    // WhatsApp providers, retries; none configured: no dispatcher runs.
    NotifyConfig notifications;

    // Reads the config file (docs/SERVER.md lists every key). Unknown keys and wrong
    // types are errors naming the key.
    static std::optional<ServerConfig> fromFile(const QString &path, QString *error);
    // "HOST:PORT", "[v6]:PORT" or ":PORT".
    bool setListen(const QString &text, QString *error);
    bool usesTls() const { return !tlsCertificate.isEmpty() || !tlsKey.isEmpty(); }
};

} // namespace ct::server
