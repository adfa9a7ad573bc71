// SPDX-License-Identifier: MIT
#pragma once

#include "apimessage.h"
#include "config/serverconfig.h"
#include "httprequestparser.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace ct::server {

// One client connection of the HTTP front: reads requests (HttpRequestParser) within the
// limits, asks before reading a body whether the request's route takes one that large,
// hands each whole request on and writes its answer, then waits for the next
// (keep-alive, pipelined requests in order). It closes a connection whose request does not
// arrive in time (408), that stays idle, or whose answer does not move; a refused or
// broken request is answered and the connection closed. Reads only what the limits allow,
// so a connection never holds more than a head, one bounded body and the socket's buffer.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    // Before a body is read: the largest the request may have, or the answer that ends it.
    struct Admission
    {
        std::optional<ApiReply> refusal;
        qint64 bodyLimit = 0;
    };
    struct Hooks
    {
        std::function<Admission(const ApiRequest &head, qint64 declaredLength)> admit;
        std::function<void(HttpConnection *, ApiRequest)> request; // answer with respond()
        std::function<void(HttpConnection *)> closed;              // once; then delete it later
        std::function<qint64()> clock;                             // UTC ms, for Date
    };

    // Takes `socket` (connected; for TLS, encryption started).
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Hooks hooks, QObject *parent = nullptr);
    ~HttpConnection() override;

    // The client's address as limits count it (an IPv4-mapped IPv6 address as IPv4).
    const QString &peer() const { return m_peer; }
    // Answers the request handed on last; ignored when the connection has closed since.
    void respond(const ApiReply &reply);
    // Drops the connection without an answer (fault injection).
    void abort();

    // The bytes of an answer: status line, headers (Content-Type, Content-Length,
    // Cache-Control, Date, the reply's own, Connection: close unless `keepAlive`), and the
    // body unless `headOnly` (an answer to HEAD).
    static QByteArray serialize(const ApiReply &reply, bool headOnly, bool keepAlive, qint64 nowMs);
    // "Sun, 06 Nov 1994 08:49:37 GMT"
    static QByteArray httpDate(qint64 utcMs);

private:
    enum class Phase : quint8 { Waiting, Reading, Handling, Writing, Draining, Closed };
    enum class Deadline : quint8 { None, Head, Body, Idle, Write, Drain };

    void readInput();
    void onBytesWritten();
    void onTimeout();
    void startTimer(Deadline deadline, int ms);
    // Answers and closes without reading the rest of the request; its unread bytes are
    // read and dropped for a moment first, so the client sees the answer, not a reset.
    void refuse(ApiReply reply);
    void refuseFailedRequest();
    void finish();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Hooks m_hooks;
    QString m_peer;
    HttpRequestParser m_parser;
    QTimer m_timer;
    Phase m_phase = Phase::Waiting;
    Deadline m_deadline = Deadline::None;
    bool m_headOnly = false;
    bool m_keepAlive = true;
    qint64 m_drained = 0;
    QDeadlineTimer m_drainDeadline;
};

} // namespace ct::server
