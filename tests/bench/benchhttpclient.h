// SPDX-License-Identifier: MIT
// One keep-alive HTTP/1.1 connection for the load benches, from a chosen local address
// (the server caps connections per address), one request at a time, on the caller's
// event loop. The answer comes to a callback; abandon() closes the connection with the
// answer unread, as a client whose network dropped it would (a lost response). The next
// request opens a new connection. Answers must carry Content-Length (the server's do).
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

namespace ct::bench {

struct BenchAnswer
{
    int status = 0; // 0: no answer (the connection failed or closed first)
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 elapsedMs = 0; // from send() to the last byte, connecting included

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

class BenchHttpClient final : public QObject
{
public:
    using Done = std::function<void(const BenchAnswer &)>;

    BenchHttpClient(const QUrl &server, const QHostAddress &from);
    ~BenchHttpClient() override;

    // Sends `request` (a whole request: line, headers, body), connecting first if needed.
    void send(const QByteArray &request, Done done);
    // Closes the connection once `request` has left, without reading the answer; `sent`
    // is called then (with status 0).
    void sendAndDrop(const QByteArray &request, Done sent);
    bool busy() const { return static_cast<bool>(m_done); }

private:
    void open();
    void readAnswer();
    void finish(BenchAnswer answer);

    QUrl m_server;
    QHostAddress m_from;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_pending; // written once connected
    QByteArray m_in;
    Done m_done;
    bool m_dropAfterWrite = false;
    QElapsedTimer m_clock;
};

// "METHOD path HTTP/1.1" with Host, `headers` (lines ending "\r\n"), Content-Length when
// there is a body, and the body.
QByteArray httpRequest(const char *method, const QByteArray &path, const QByteArray &headers = {},
                       const QByteArray &body = {});

} // namespace ct::bench
