// SPDX-License-Identifier: MIT
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace ct::server {

// A listening socket that hands each accepted connection over as a socket of its own
// making: plain TCP, or with a TLS configuration a QSslSocket whose handshake the taker
// starts (QSslServer would start it before anyone could look at the client's address).
class HttpListener final : public QTcpServer
{
public:
    HttpListener(std::optional<QSslConfiguration> tls, std::function<void(QTcpSocket *)> accepted,
                 QObject *parent = nullptr);

    bool usesTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
    std::function<void(QTcpSocket *)> m_accepted;
};

} // namespace ct::server
