// SPDX-License-Identifier: MIT
#include "rawclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

namespace ct::synctest {

QString RawResponse::problemType() const
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("type")).toString()
        .remove(QStringLiteral("urn:controltower:problem:"));
}

QString RawResponse::detail() const
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("detail")).toString();
}

RawClient::RawClient(const QUrl &server, const QHostAddress &from)
{
    if (server.scheme() == QLatin1String("https")) {
        auto *ssl = new QSslSocket;
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.reset(ssl);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
    }
    m_socket->bind(from);
    QObject::connect(m_socket.get(), &QTcpSocket::connected, m_socket.get(), [this] { m_connected = true; });
    QObject::connect(m_socket.get(), &QTcpSocket::disconnected, m_socket.get(), [this] { m_closed = true; });
    QObject::connect(m_socket.get(), &QTcpSocket::errorOccurred, m_socket.get(), [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            m_closed = true;
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.get()))
        ssl->connectToHostEncrypted(server.host(), static_cast<quint16>(server.port()));
    else
        m_socket->connectToHost(server.host(), static_cast<quint16>(server.port()));
}

RawClient::~RawClient() = default;

bool RawClient::waitConnected(int ms)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket.get());
    (void)QTest::qWaitFor([&] { return (ssl ? ssl->isEncrypted() : m_connected) || m_closed; }, ms);
    return ssl ? ssl->isEncrypted() || m_connected : m_connected;
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

std::optional<RawResponse> RawClient::takeArrived(bool headOnly)
{
    m_in += m_socket->readAll();
    return take(headOnly);
}

std::optional<RawResponse> RawClient::response(bool headOnly, int ms)
{
    std::optional<RawResponse> parsed;
    (void)QTest::qWaitFor([&] {
        parsed = takeArrived(headOnly);
        return parsed.has_value() || m_closed;
    }, ms);
    if (!parsed)
        parsed = takeArrived(headOnly);
    return parsed;
}

bool RawClient::closesWithoutMore(int ms)
{
    (void)QTest::qWaitFor([&] {
        m_in += m_socket->readAll();
        return m_closed;
    }, ms);
    m_in += m_socket->readAll();
    return m_closed && m_in.isEmpty();
}

void RawClient::close()
{
    m_socket->abort();
}

std::optional<RawResponse> RawClient::take(bool headOnly)
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_in.first(end).split('\n');
    RawResponse response;
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    if (status.size() < 2 || !status.first().startsWith("HTTP/1.1"))
        return std::nullopt;
    response.status = status.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        response.headers.insert(lines.at(i).first(colon).trimmed().toLower(), lines.at(i).sliced(colon + 1).trimmed());
    }
    const qsizetype length = response.status == 100 || headOnly ? 0 : response.header("content-length").toLongLong();
    if (m_in.size() < end + 4 + length)
        return std::nullopt;
    response.body = m_in.sliced(end + 4, length);
    m_in.remove(0, end + 4 + length);
    return response;
}

QByteArray rawGet(const char *path, const QByteArray &extra)
{
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

std::optional<RawResponse> answerTo(const QUrl &server, const QByteArray &request, const QHostAddress &from)
{
    RawClient client(server, from);
    if (!client.waitConnected())
        return std::nullopt;
    client.send(request);
    return client.response();
}

} // namespace ct::synctest
