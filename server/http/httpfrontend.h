// SPDX-License-Identifier: MIT
#pragma once

#include "config/serverconfig.h"
#include "http/apimessage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>
#include <random>

class QTcpSocket;

namespace ct::server {

class ApiService;
class HttpConnection;
class HttpListener;
class RequestPool;

// Serves an ApiService over HTTP/1.1 (or HTTPS with a configured certificate) with the
// server's own front (HttpConnection): limits are applied before work, so a client gets
// no more of the server than they allow (docs/SERVER.md, "Limits"). It caps the
// connections open at once and per client address. The work is done by a RequestPool
// (threads with their own store connections) when the config names the store; this
// thread only reads requests, answers /v1/health and writes answers. Routing and errors
// are the ApiService's. With faults configured (tests only),
// some requests are spoiled on purpose: an error before the work, or the connection
// dropped after it.
class HttpFrontend final : public QObject
{
    Q_OBJECT

public:
    HttpFrontend(ApiService &api, const ServerConfig &config, QObject *parent = nullptr);
    ~HttpFrontend() override;

    bool listen(QString *error);
    QUrl url() const;

    struct FaultCounts
    {
        int requests = 0;
        int serverErrors = 0;   // 503 before the work
        int rateLimited = 0;    // 429 before the work
        int droppedBefore = 0;  // connection closed before the work
        int droppedAfter = 0;   // the work done, the answer lost
    };
    const FaultCounts &faultCounts() const { return m_faults; }
    // Connections open now, and those refused at the door since the start (over a cap).
    int openConnections() const { return static_cast<int>(m_connections.size()); }
    int refusedConnections() const { return m_refusedConnections; }
    // The serving threads, once listen() has started them (config.database set); without
    // them every request is served on this object's thread.
    const RequestPool *pool() const;

    // Deletes idempotency records past their retention and expired tokens (on the edit
    // thread); listen() does it every purge_interval_s from then on.
    void purgeExpired();

signals:
    // After each purge: what it deleted, or why it failed.
    void purged(qint64 idempotencyRecords, qint64 tokens, const QString &error);

private:
    // The HTTPS configuration from tls_certificate and tls_key, checked with one handshake;
    // nullopt and a message naming the file at fault otherwise.
    std::optional<QSslConfiguration> tlsConfiguration(QString *error) const;
    void accept(QTcpSocket *socket);
    // Answers a connection over a cap and closes it (a TLS one is closed at once).
    void refuse(QTcpSocket *socket, const ApiReply &reply);
    void serve(HttpConnection *connection, ApiRequest request);

    ApiService &m_api;
    ServerConfig m_config;
    std::unique_ptr<RequestPool> m_pool;
    std::unique_ptr<HttpListener> m_listener;
    QSet<HttpConnection *> m_connections;
    QHash<QString, int> m_perAddress;
    int m_refusedConnections = 0;
    QTimer m_purgeTimer;
    bool m_purging = false;
    FaultCounts m_faults;
    std::mt19937_64 m_random;
};

} // namespace ct::server
