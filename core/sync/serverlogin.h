// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace ct {

// Logs in to a team server: POST /v1/auth/token with the user's name and password, then
// GET /v1/health for the server's identity (the store binds to it, docs/SYNC.md). The
// answer comes by the `finished` signal; nothing blocks. The command line waits for it
// in a local event loop, the desktop app's connect dialog keeps working meanwhile.
class ServerLogin final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status : quint8 {
            Ok,
            BadUrl,       // not an http(s) URL with a host
            Unreachable,  // no answer: refused, unknown host, timeout (message says which)
            Tls,          // the TLS handshake failed (certificate, protocol)
            Refused,      // 401: wrong user name or password, or the user is disabled
            NotAServer,   // answered, but not as a Control Tower server does
        };
        Status status = Status::NotAServer;
        QString message;      // for people: what went wrong and, where it helps, what to do
        QByteArray token;     // when Ok
        QString role;         // the user's role ("agent")
        qint64 expiresAtMs = 0;
        QString serverId;     // /v1/health's server_id

        bool ok() const { return status == Status::Ok; }
    };

    explicit ServerLogin(QObject *parent = nullptr);
    ~ServerLogin() override;

    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Certificates to trust besides the system's (a team server's own CA; tls::readCaFile).
    void setCaCertificates(QList<QSslCertificate> cas) { m_cas = std::move(cas); }

    // Starts a login; a running one is abandoned (its answer is never reported).
    void start(const QUrl &server, const QString &user, const QString &password);
    bool isRunning() const { return m_running; }
    // start(), then waits in a local event loop for the answer; for command-line tools and
    // benchmarks (a window uses start() and finished()).
    Result runToEnd(const QUrl &server, const QString &user, const QString &password);

    // A URL typed by a person ("127.0.0.1:8787", "https://ct.example.com/") as the
    // server's base URL, or an invalid QUrl.
    static QUrl normalizedServerUrl(const QString &text);

Q_SIGNALS:
    void finished(const ct::ServerLogin::Result &result);

private:
    void report(Result result);

    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_timeoutMs = 30'000;
    QList<QSslCertificate> m_cas;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace ct
