// SPDX-License-Identifier: MIT
#pragma once

#include "notifyconfig.h"
#include "sendoutcome.h"

#include "notify/notificationrenderer.h"

#include <QByteArray>

namespace ct::server {

// Posts SMS and WhatsApp messages to a provider's HTTPS endpoint with libcurl: the
// provider's request template filled per message (ProviderConfig), basic auth when a user
// is set. Answers: 2xx sent (the provider's id read from its JSON answer); 408, 429 and 5xx,
// timeouts and connection failures transient; any other 4xx permanent, with the answer.
class HttpProviderSender final
{
public:
    HttpProviderSender(MessageChannel channel, ProviderConfig config);
    ~HttpProviderSender();
    HttpProviderSender(const HttpProviderSender &) = delete;
    HttpProviderSender &operator=(const HttpProviderSender &) = delete;

    SendOutcome send(const QString &to, const RenderedNotification &message);
    // The request body for `message` (public for the tests).
    QByteArray requestBody(const QString &to, const RenderedNotification &message) const;

private:
    MessageChannel m_channel;
    ProviderConfig m_config;
    QByteArray m_password;
    void *m_curl = nullptr; // CURL*
};

} // namespace ct::server
