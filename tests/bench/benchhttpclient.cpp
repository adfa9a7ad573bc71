// SPDX-License-Identifier: MIT
#include "benchhttpclient.h"

#include <QTcpSocket>

namespace ct::bench {

BenchHttpClient::BenchHttpClient(const QUrl &server, const QHostAddress &from)
    : m_server(server), m_from(from)
{
}

BenchHttpClient::~BenchHttpClient()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void BenchHttpClient::send(const QByteArray &request, Done done)
{
    m_done = std::move(done);
    m_dropAfterWrite = false;
    m_in.clear();
    m_clock.start();
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_pending = request;
        open();
        return;
    }
    m_socket->write(request);
}

void BenchHttpClient::sendAndDrop(const QByteArray &request, Done sent)
{
    send(request, std::move(sent));
    m_dropAfterWrite = true;
}

void BenchHttpClient::open()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket.release()->deleteLater(); // may be inside one of its own signals
    }
    m_socket = std::make_unique<QTcpSocket>();
    QTcpSocket *socket = m_socket.get();
    socket->bind(m_from);
    // Each handler first checks that its socket is still the current one: a callback may
    // have sent the next request on a new connection meanwhile.
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        if (socket != m_socket.get())
            return;
        socket->write(m_pending);
        m_pending.clear();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (socket == m_socket.get() && m_dropAfterWrite && socket->bytesToWrite() == 0) {
            m_dropAfterWrite = false;
            socket->disconnect(this);
            socket->abort();
            finish({});
        }
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket != m_socket.get())
            return;
        m_in += socket->readAll();
        readAnswer();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (socket == m_socket.get() && m_done)
            finish({});
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (socket == m_socket.get() && error != QAbstractSocket::RemoteHostClosedError && m_done)
            finish({});
    });
    socket->connectToHost(m_server.host(), static_cast<quint16>(m_server.port()));
}

void BenchHttpClient::readAnswer()
{
    if (!m_done || m_dropAfterWrite)
        return;
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    BenchAnswer answer;
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().split(' ');
    answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            answer.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qint64 length = answer.header("content-length").toLongLong();
    if (m_in.size() < headEnd + 4 + length)
        return;
    answer.body = m_in.mid(headEnd + 4, length);
    m_in.remove(0, headEnd + 4 + length);
    if (answer.header("connection").compare("close", Qt::CaseInsensitive) == 0) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket.release()->deleteLater(); // the next request opens a new connection
    }
    finish(std::move(answer));
}

void BenchHttpClient::finish(BenchAnswer answer)
{
    answer.elapsedMs = m_clock.elapsed();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(answer);
}

QByteArray httpRequest(const char *method, const QByteArray &path, const QByteArray &headers, const QByteArray &body)
{
    QByteArray request = QByteArray(method) + ' ' + path + " HTTP/1.1\r\nHost: bench\r\n" + headers;
    if (!body.isEmpty() || qstrcmp(method, "POST") == 0)
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

} // namespace ct::bench
