// SPDX-License-Identifier: MIT
#include "httpfrontend.h"

#include "api/apiservice.h"
#include "httpconnection.h"
#include "httplistener.h"
#include "problem.h"

#include "api/requestpool.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <optional>

namespace ct::server {

namespace {

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
    , m_random(config.faults.seed)
{
}

HttpFrontend::~HttpFrontend()
{
    // Before the members they report to; deleting a connection reports nothing.
    qDeleteAll(m_connections);
}

bool HttpFrontend::listen(QString *error)
{
    std::optional<QSslConfiguration> tls;
    if (m_config.usesTls()) {
        tls = tlsConfiguration(error);
        if (!tls)
            return false;
    }
    if (!m_config.database.isEmpty() && !m_pool) {
        // The work goes to threads of its own, each with its own connection to the store.
        auto pool = std::make_unique<RequestPool>(m_config, m_api.clock(), m_api.limiter());
        QString why;
        if (!pool->start(&why)) {
            *error = QStringLiteral("cannot start the serving threads: %1").arg(why);
            return false;
        }
        m_pool = std::move(pool);
    }
    auto listener = std::make_unique<HttpListener>(tls, [this](QTcpSocket *socket) { accept(socket); });
    if (!listener->listen(m_config.listenAddress, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.port)
                     .arg(listener->errorString());
        return false;
    }
    m_listener = std::move(listener);
    m_purgeTimer.setInterval(m_config.purgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, &HttpFrontend::purgeExpired, Qt::UniqueConnection);
    m_purgeTimer.start();
    return true;
}

void HttpFrontend::purgeExpired()
{
    if (m_purging)
        return;
    const auto report = [this](const std::optional<ApiService::Purged> &purged, const QString &error) {
        m_purging = false;
        emit this->purged(purged ? purged->idempotencyRecords : 0, purged ? purged->tokens : 0, error);
    };
    m_purging = true;
    if (!m_pool) {
        QString error;
        const std::optional<ApiService::Purged> purged = m_api.purgeExpired(&error);
        report(purged, error);
        return;
    }
    m_pool->run(ApiService::Lane::Write, [report](ApiService &api, qint64) {
        QString error;
        const std::optional<ApiService::Purged> purged = api.purgeExpired(&error);
        return std::function<void()>([report, purged, error] { report(purged, error); });
    });
}

QUrl HttpFrontend::url() const
{
    QUrl url;
    url.setScheme(m_config.usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_listener ? m_listener->serverAddress().toString() : m_config.listenAddress.toString());
    url.setPort(m_listener ? m_listener->serverPort() : m_config.port);
    return url;
}

void HttpFrontend::accept(QTcpSocket *socket)
{
    bool isV4 = false;
    const quint32 v4 = socket->peerAddress().toIPv4Address(&isV4);
    const QString address = isV4 ? QHostAddress(v4).toString() : socket->peerAddress().toString();
    const HttpLimits &limits = m_config.http;
    if (m_connections.size() >= limits.maxConnections) {
        ++m_refusedConnections;
        ApiRequest request;
        request.path = QStringLiteral("/");
        const ApiReply reply = Problem::overloaded(request, QStringLiteral("the server has %1 connections open, its limit; "
                                                                          "try again shortly").arg(limits.maxConnections));
        refuse(socket, reply);
        return;
    }
    if (m_perAddress.value(address) >= limits.maxConnectionsPerAddress) {
        ++m_refusedConnections;
        ApiRequest request;
        request.path = QStringLiteral("/");
        refuse(socket, Problem::rateLimited(request, 1,
                                            QStringLiteral("%1 already has %2 connections open, the limit per address")
                                                .arg(address).arg(limits.maxConnectionsPerAddress)));
        return;
    }
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
    HttpConnection::Hooks hooks;
    hooks.admit = [this](const ApiRequest &head, qint64 declared) {
        HttpConnection::Admission admission;
        admission.refusal = m_api.admit(head, declared, &admission.bodyLimit);
        return admission;
    };
    hooks.request = [this](HttpConnection *connection, ApiRequest request) { serve(connection, std::move(request)); };
    hooks.closed = [this, address](HttpConnection *connection) {
        m_connections.remove(connection);
        auto it = m_perAddress.find(address);
        if (it != m_perAddress.end() && --*it <= 0)
            m_perAddress.erase(it);
        connection->deleteLater();
    };
    hooks.clock = [this] { return m_api.now(); };
    auto *connection = new HttpConnection(socket, limits, std::move(hooks), this);
    m_connections.insert(connection);
    ++m_perAddress[address];
}

void HttpFrontend::refuse(QTcpSocket *socket, const ApiReply &reply)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A client that does not take even this answer is cut off.
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); socket->deleteLater(); });
    if (qobject_cast<QSslSocket *>(socket)) {
        // No handshake for a refused TLS client: there is no channel to answer on.
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->write(HttpConnection::serialize(reply, false, false, m_api.now()));
    socket->disconnectFromHost();
}

namespace {

// The client's X-Request-Id when it is 1 to 64 letters, digits, '.', '_', ':' or '-';
// otherwise 16 random hexadecimal digits. It names the request in the server's log and
// goes back in the answer's X-Request-Id.
QString requestIdFor(const QByteArray &sent)
{
    static const QRegularExpression Valid(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    const QString candidate = QString::fromLatin1(sent);
    if (Valid.match(candidate).hasMatch())
        return candidate;
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

ApiReply withRequestId(ApiReply reply, const QString &requestId)
{
    reply.headers << qMakePair(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    return reply;
}

} // namespace

void HttpFrontend::serve(HttpConnection *connection, ApiRequest request)
{
    request.requestId = requestIdFor(request.header("x-request-id"));
    const QString requestId = request.requestId;
    const auto respond = [connection, requestId](const ApiReply &reply) {
        connection->respond(withRequestId(reply, requestId));
    };
    // Through a trusted proxy the client is the one its X-Forwarded-For names; every limit
    // from here on counts that address (the connection caps, applied at the accept, count
    // the peer).
    QString forwardedError;
    const std::optional<QString> client =
        m_config.trustedProxies.clientAddress(request.peer, request.header("x-forwarded-for"), &forwardedError);
    if (!client) {
        respond(Problem::make(request, 400, "malformed-request", forwardedError).reply());
        return;
    }
    request.peer = *client;
    bool loseAnswer = false;
    if (m_config.faults.rate > 0 && request.path != QLatin1String("/v1/health")) {
        ++m_faults.requests;
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        if (unit(m_random) < m_config.faults.rate) {
            switch (std::uniform_int_distribution<int>(0, 3)(m_random)) {
            case 0:
                ++m_faults.serverErrors;
                respond(Problem::make(request, 503, "injected", QStringLiteral("injected fault")).reply());
                return;
            case 1:
                ++m_faults.rateLimited;
                respond(Problem::rateLimited(request, 1, QStringLiteral("injected fault")));
                return;
            case 2:
                ++m_faults.droppedBefore;
                connection->abort();
                return;
            default:
                // The work is done and committed; only the answer is lost.
                ++m_faults.droppedAfter;
                loseAnswer = true;
                break;
            }
        }
    }
    const ApiService::Lane lane = m_pool ? ApiService::laneFor(request) : ApiService::Lane::Inline;
    if (lane == ApiService::Lane::Inline) {
        const ApiReply reply = m_api.handle(request);
        loseAnswer ? connection->abort() : respond(reply);
        return;
    }
    if (lane == ApiService::Lane::Login) {
        if (const std::optional<ApiReply> refusal = m_api.refuseLoginAtFront(request)) {
            loseAnswer ? connection->abort() : respond(*refusal);
            return;
        }
    }
    // The connection may close while the work is done; its answer is then dropped.
    m_pool->submit(lane, std::move(request),
                   [target = QPointer<HttpConnection>(connection), loseAnswer, requestId](const ApiReply &reply) {
                       if (!target)
                           return;
                       loseAnswer ? target->abort() : target->respond(withRequestId(reply, requestId));
                   });
}

const RequestPool *HttpFrontend::pool() const
{
    return m_pool.get();
}

} // namespace ct::server
