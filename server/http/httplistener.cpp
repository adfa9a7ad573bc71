// SPDX-License-Identifier: MIT
#include "httplistener.h"

#include <QSslSocket>

namespace ct::server {

HttpListener::HttpListener(std::optional<QSslConfiguration> tls, std::function<void(QTcpSocket *)> accepted,
                           QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
    , m_accepted(std::move(accepted))
{
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(*m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_accepted(socket);
}

} // namespace ct::server
