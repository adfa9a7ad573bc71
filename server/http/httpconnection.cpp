// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include "problem.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimeZone>

namespace ct::server {

namespace {

// Qt stops reading from the network when a socket's buffer is full, so a client that
// sends faster than the server takes is held back by TCP, not buffered.
constexpr qint64 SocketReadBuffer = 64 * 1024;
// The unread rest of a refused request is read and dropped until the client closes, sends
// nothing for DrainQuietMs, or has sent DrainBytes or for DrainMs: closing on unread bytes
// would reset the connection, and the client could lose the answer.
constexpr int DrainQuietMs = 250;
constexpr int DrainMs = 2000;
constexpr qint64 DrainBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 412: return QByteArrayLiteral("Precondition Failed");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 414: return QByteArrayLiteral("URI Too Long");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 422: return QByteArrayLiteral("Unprocessable Content");
    case 428: return QByteArrayLiteral("Precondition Required");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Unknown");
    }
}

QString normalizedAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

QByteArray HttpConnection::httpDate(qint64 utcMs)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray HttpConnection::serialize(const ApiReply &reply, bool headOnly, bool keepAlive, qint64 nowMs)
{
    QByteArray out;
    out.reserve(256 + (headOnly ? 0 : reply.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Date: " + httpDate(nowMs) + "\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly)
        out += reply.body;
    return out;
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_hooks(std::move(hooks))
    , m_peer(normalizedAddress(socket->peerAddress()))
    , m_parser(limits.maxHeaderBytes)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBuffer);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { finish(); });
    // The first request's head (and a TLS handshake) must arrive in time from the accept.
    startTimer(Deadline::Head, m_limits.headerTimeoutMs);
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, &HttpConnection::finish, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::startTimer(Deadline deadline, int ms)
{
    m_deadline = deadline;
    m_timer.start(ms);
}

void HttpConnection::readInput()
{
    if (m_phase == Phase::Draining) {
        char sink[16 * 1024];
        qint64 read = 0;
        qint64 total = 0;
        while ((read = m_socket->read(sink, sizeof sink)) > 0)
            total += read;
        m_drained += total;
        if (m_drained > DrainBytes || m_drainDeadline.hasExpired())
            finish();
        else if (total > 0)
            startTimer(Deadline::Drain, DrainQuietMs);
        return;
    }
    while (m_phase == Phase::Waiting || m_phase == Phase::Reading) {
        switch (m_parser.state()) {
        case HttpRequestParser::State::Head:
        case HttpRequestParser::State::Body: {
            const qint64 take = std::min<qint64>(m_parser.room(), m_socket->bytesAvailable());
            if (take <= 0)
                return;
            m_parser.feed(m_socket->read(take));
            if (m_phase == Phase::Waiting && m_parser.hasStarted()) {
                m_phase = Phase::Reading;
                if (m_deadline != Deadline::Head)
                    startTimer(Deadline::Head, m_limits.headerTimeoutMs);
            }
            break;
        }
        case HttpRequestParser::State::HeadDone: {
            const qint64 declared = m_parser.declaredLength();
            qint64 limit = 0;
            if (declared != 0) {
                // Only a request that brings a body is asked about before it is read; one
                // without is routed (404, 405) like any other.
                Admission admission = m_hooks.admit(m_parser.request(), declared);
                if (admission.refusal) {
                    refuse(std::move(*admission.refusal));
                    return;
                }
                limit = admission.bodyLimit;
                if (m_parser.expectsContinue())
                    m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
                startTimer(Deadline::Body, m_limits.bodyTimeoutMs);
            }
            m_parser.startBody(limit);
            break;
        }
        case HttpRequestParser::State::Done: {
            m_phase = Phase::Handling;
            m_timer.stop();
            m_deadline = Deadline::None;
            m_keepAlive = m_parser.keepAlive();
            ApiRequest request = m_parser.takeRequest();
            request.peer = m_peer;
            m_headOnly = request.method == "HEAD";
            m_hooks.request(this, std::move(request));
            return;
        }
        case HttpRequestParser::State::Failed:
            refuseFailedRequest();
            return;
        }
    }
}

void HttpConnection::respond(const ApiReply &reply)
{
    if (m_phase != Phase::Handling)
        return;
    m_phase = Phase::Writing;
    m_socket->write(serialize(reply, m_headOnly, m_keepAlive, m_hooks.clock()));
    startTimer(Deadline::Write, m_limits.idleTimeoutMs);
}

void HttpConnection::onBytesWritten()
{
    if (m_phase == Phase::Writing) {
        if (m_socket->bytesToWrite() > 0 || (qobject_cast<QSslSocket *>(m_socket)
                                             && static_cast<QSslSocket *>(m_socket)->encryptedBytesToWrite() > 0)) {
            startTimer(Deadline::Write, m_limits.idleTimeoutMs); // it moves
            return;
        }
        if (!m_keepAlive) {
            m_phase = Phase::Draining;
            m_drainDeadline.setRemainingTime(DrainMs);
            startTimer(Deadline::Drain, DrainMs);
            m_socket->disconnectFromHost();
            return;
        }
        m_phase = Phase::Waiting;
        m_parser.next();
        if (m_parser.hasStarted()) {
            m_phase = Phase::Reading;
            startTimer(Deadline::Head, m_limits.headerTimeoutMs);
        } else {
            startTimer(Deadline::Idle, m_limits.idleTimeoutMs);
        }
        // A pipelined request may be waiting already, whole or in part.
        readInput();
    }
}

void HttpConnection::onTimeout()
{
    switch (m_deadline) {
    case Deadline::Head:
    case Deadline::Body:
        if (m_phase == Phase::Reading) {
            ApiRequest request = m_parser.request();
            if (request.path.isEmpty())
                request.path = QStringLiteral("/");
            const bool head = m_deadline == Deadline::Head;
            const int seconds = (head ? m_limits.headerTimeoutMs : m_limits.bodyTimeoutMs);
            refuse(Problem::make(request, 408, "request-timeout",
                                 QStringLiteral("the request's %1 did not arrive within %2 s; the connection is closed")
                                     .arg(head ? QStringLiteral("header") : QStringLiteral("body"))
                                     .arg(seconds / 1000.0))
                       .reply());
            return;
        }
        finish(); // nothing of a request came: close without an answer
        return;
    case Deadline::Idle:
    case Deadline::Write:
        finish();
        return;
    case Deadline::Drain:
        // Not before the answer has gone out, unless that takes too long.
        if (!m_drainDeadline.hasExpired() && m_socket->bytesToWrite() > 0) {
            startTimer(Deadline::Drain, DrainQuietMs);
            return;
        }
        finish();
        return;
    case Deadline::None:
        return;
    }
}

void HttpConnection::refuse(ApiReply reply)
{
    m_phase = Phase::Draining;
    m_keepAlive = false;
    m_socket->write(serialize(reply, m_parser.request().method == "HEAD", false, m_hooks.clock()));
    m_drained = 0;
    m_drainDeadline.setRemainingTime(DrainMs);
    startTimer(Deadline::Drain, DrainQuietMs);
    readInput();
}

void HttpConnection::refuseFailedRequest()
{
    ApiRequest request = m_parser.request();
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");
    const QString &detail = m_parser.failureDetail();
    switch (m_parser.failure()) {
    case HttpRequestParser::Failure::UriTooLong:
        refuse(Problem::make(request, 414, "uri-too-long", detail).reply());
        return;
    case HttpRequestParser::Failure::HeaderTooLarge:
        refuse(Problem::make(request, 431, "header-too-large", detail).reply());
        return;
    case HttpRequestParser::Failure::BodyTooLarge:
        refuse(Problem::make(request, 413, "payload-too-large", detail).reply());
        return;
    case HttpRequestParser::Failure::UnsupportedTransferCoding:
        refuse(Problem::make(request, 501, "not-implemented", detail).reply());
        return;
    case HttpRequestParser::Failure::UnsupportedVersion:
        refuse(Problem::make(request, 505, "http-version-not-supported", detail).reply());
        return;
    case HttpRequestParser::Failure::Malformed:
    case HttpRequestParser::Failure::None:
        break;
    }
    refuse(Problem::make(request, 400, "malformed-request", detail).reply());
}

void HttpConnection::abort()
{
    if (m_phase == Phase::Closed)
        return;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_timer.stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    if (m_hooks.closed)
        m_hooks.closed(this);
}

} // namespace ct::server
