// SPDX-License-Identifier: MIT
#pragma once

#include "config/serverconfig.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>
#include <random>

class QHttpServer;
class QTcpServer;

namespace ct::server {

class ApiService;

// Serves an ApiService over HTTP (or HTTPS with a configured certificate) with Qt
// HttpServer. Every request goes through one handler, so routing, limits and errors are
// the ApiService's. With faults configured (tests only), some requests are spoiled on
// purpose: an error before the work, or the connection dropped after it.
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

private:
    // The HTTPS configuration from tls_certificate and tls_key, checked with one handshake;
    // nullopt and a message naming the file at fault otherwise.
    std::optional<QSslConfiguration> tlsConfiguration(QString *error) const;

    ApiService &m_api;
    ServerConfig m_config;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr; // owned by m_http once bound
    FaultCounts m_faults;
    std::mt19937_64 m_random;
};

} // namespace ct::server
