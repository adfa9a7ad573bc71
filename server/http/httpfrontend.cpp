// SPDX-License-Identifier: MIT
#include "httpfrontend.h"

#include "api/apiservice.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace ct::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    for (const auto &header : request.headers())
        api.headers.insert(header.first.toLower(), header.second);
    api.body = request.body();
    api.peer = request.remoteAddress().toString();
    return api;
}

void send(QHttpServerResponder &responder, const ApiReply &reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}

} // namespace

HttpFrontend::HttpFrontend(ApiService &api, const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_config(config)
    , m_http(std::make_unique<QHttpServer>())
    , m_random(config.faults.seed)
{
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const ApiRequest apiRequest = toApiRequest(request);
        if (m_config.faults.rate > 0 && apiRequest.path != QLatin1String("/v1/health")) {
            ++m_faults.requests;
            std::uniform_real_distribution<double> unit(0.0, 1.0);
            if (unit(m_random) < m_config.faults.rate) {
                switch (std::uniform_int_distribution<int>(0, 3)(m_random)) {
                case 0: {
                    ++m_faults.serverErrors;
                    ApiReply reply;
                    reply.status = 503;
                    reply.contentType = QByteArrayLiteral("application/problem+json");
                    reply.body = QByteArrayLiteral("{\"type\":\"urn:controltower:problem:injected\",\"title\":"
                                                   "\"Service unavailable\",\"status\":503,\"detail\":\"injected fault\"}");
                    send(responder, reply);
                    return;
                }
                case 1: {
                    ++m_faults.rateLimited;
                    ApiReply reply;
                    reply.status = 429;
                    reply.contentType = QByteArrayLiteral("application/problem+json");
                    reply.body = QByteArrayLiteral("{\"type\":\"urn:controltower:problem:rate-limited\",\"title\":"
                                                   "\"Too many requests\",\"status\":429,\"detail\":\"injected fault\","
                                                   "\"retry_after_s\":1}");
                    reply.headers << qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
                    send(responder, reply);
                    return;
                }
                case 2:
                    ++m_faults.droppedBefore;
                    responder.socket()->abort();
                    return;
                default:
                    // The work is done and committed; only the answer is lost.
                    ++m_faults.droppedAfter;
                    m_api.handle(apiRequest);
                    responder.socket()->abort();
                    return;
                }
            }
        }
        send(responder, m_api.handle(apiRequest));
    });
}

HttpFrontend::~HttpFrontend() = default;

bool HttpFrontend::listen(QString *error)
{
    std::unique_ptr<QTcpServer> tcp;
    if (m_config.usesTls()) {
        QFile certificateFile(m_config.tlsCertificate);
        QFile keyFile(m_config.tlsKey);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key (%1, %2)")
                         .arg(m_config.tlsCertificate, m_config.tlsKey);
            return false;
        }
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = QStringLiteral("the TLS certificate (%1) or key (%2) is not a PEM certificate and RSA or EC key")
                         .arg(m_config.tlsCertificate, m_config.tlsKey);
            return false;
        }
        auto ssl = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(configuration);
        tcp = std::move(ssl);
    } else {
        tcp = std::make_unique<QTcpServer>();
    }
    if (!tcp->listen(m_config.listenAddress, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.port)
                     .arg(tcp->errorString());
        return false;
    }
    m_tcp = tcp.release();
    m_http->bind(m_tcp);
    return true;
}

QUrl HttpFrontend::url() const
{
    QUrl url;
    url.setScheme(m_config.usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_tcp ? m_tcp->serverAddress().toString() : m_config.listenAddress.toString());
    url.setPort(m_tcp ? m_tcp->serverPort() : m_config.port);
    return url;
}

} // namespace ct::server
