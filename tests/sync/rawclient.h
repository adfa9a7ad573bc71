// SPDX-License-Identifier: MIT
// A client that writes raw bytes to a server and reads HTTP/1.1 answers back, waiting on
// this thread's event loop (an in-process server answers from it): for tests of the
// server's front with requests no HTTP library would send.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QTcpSocket;

namespace ct::synctest {

struct RawResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    // The problem's type without "urn:controltower:problem:", e.g. "rate-limited".
    QString problemType() const;
    QString detail() const;
};

class RawClient final
{
public:
    // Connects to `server` (http or https; a TLS client trusts any certificate) from the
    // local address `from`.
    explicit RawClient(const QUrl &server, const QHostAddress &from = QHostAddress(QHostAddress::LocalHost));
    ~RawClient();

    // Whether it connected (and, over TLS, encrypted) within `ms`, though perhaps closed since.
    bool waitConnected(int ms = 10'000);
    void send(const QByteArray &bytes);
    // The next whole answer (an answer to HEAD has no body); nullopt when the connection
    // closed, or nothing whole came within `ms`.
    std::optional<RawResponse> response(bool headOnly = false, int ms = 10'000);
    // Takes an answer that has already arrived whole, without waiting.
    std::optional<RawResponse> takeArrived(bool headOnly = false);
    // Whether the server closes the connection within `ms`, sending nothing more.
    bool closesWithoutMore(int ms = 10'000);

    bool isClosed() const { return m_closed; }
    void close();
    QByteArray unread() const { return m_in; }

private:
    std::optional<RawResponse> take(bool headOnly);

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_in;
    bool m_connected = false;
    bool m_closed = false;
};

// "GET <path> HTTP/1.1" with a Host header, `extra` header lines, and the empty line.
QByteArray rawGet(const char *path, const QByteArray &extra = {});

// One request on a new connection from `from`: its answer, or nullopt when it did not connect
// or no whole answer came.
std::optional<RawResponse> answerTo(const QUrl &server, const QByteArray &request,
                                    const QHostAddress &from = QHostAddress(QHostAddress::LocalHost));

} // namespace ct::synctest
