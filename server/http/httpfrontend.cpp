// SPDX-License-Identifier: MIT
#include "httpfrontend.h"

#include "api/apiservice.h"
#include "problem.h"

#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

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

// A file's whole content, or an error naming the file and its config key.
std::optional<QByteArray> readPem(const char *key, const QString &path, QString *error)
{
    QFile file(path);
    if (path.isEmpty()) {
        *error = QStringLiteral("TLS needs both tls_certificate and tls_key; %1 is not set").arg(QLatin1String(key));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 %2: cannot read it: %3").arg(QLatin1String(key), path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// Whether a server with `configuration` completes a TLS handshake: a key that does not
// belong to the certificate is only found out when the first client connects, so try it
// once on loopback before serving.
bool handshakeWorks(const QSslConfiguration &configuration, QString *why)
{
    QSslServer server;
    server.setSslConfiguration(configuration);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        *why = server.errorString();
        return false;
    }
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&server, &QSslServer::errorOccurred, &loop, [&](QSslSocket *socket, QAbstractSocket::SocketError) {
        if (why->isEmpty())
            *why = socket->errorString();
        loop.quit();
    });
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone); // only the server's side is tested here
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    QTimer::singleShot(10'000, &loop, [&] {
        *why = QStringLiteral("no TLS handshake within 10 s");
        loop.quit();
    });
    loop.exec();
    client.abort();
    delete server.nextPendingConnection();
    return ok;
}

} // namespace

std::optional<QSslConfiguration> HttpFrontend::tlsConfiguration(QString *error) const
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is configured (tls_certificate, tls_key) but Qt has no working TLS backend "
                                "here (QSslSocket::supportsSsl() is false; install OpenSSL 3, e.g. libssl3)");
        return std::nullopt;
    }
    const std::optional<QByteArray> certificatePem = readPem("tls_certificate", m_config.tlsCertificate, error);
    if (!certificatePem)
        return std::nullopt;
    const std::optional<QByteArray> keyPem = readPem("tls_key", m_config.tlsKey, error);
    if (!keyPem)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("tls_certificate %1: not a PEM certificate").arg(m_config.tlsCertificate);
        return std::nullopt;
    }
    QSslKey key(*keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("tls_key %1: not an unencrypted PEM RSA or EC private key").arg(m_config.tlsKey);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    QString why;
    if (!handshakeWorks(configuration, &why)) {
        *error = QStringLiteral("tls_key %1 does not work with tls_certificate %2 (is it the certificate's key?): %3")
                     .arg(m_config.tlsKey, m_config.tlsCertificate, why);
        return std::nullopt;
    }
    return configuration;
}

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
                case 0:
                    ++m_faults.serverErrors;
                    send(responder, Problem::make(apiRequest, 503, "injected", QStringLiteral("injected fault")).reply());
                    return;
                case 1:
                    ++m_faults.rateLimited;
                    send(responder, Problem::rateLimited(apiRequest, 1, QStringLiteral("injected fault")));
                    return;
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
        std::optional<QSslConfiguration> configuration = tlsConfiguration(error);
        if (!configuration)
            return false;
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*configuration);
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
