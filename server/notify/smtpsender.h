// SPDX-License-Identifier: MIT
#pragma once

#include "mimemessage.h"
#include "notifyconfig.h"
#include "sendoutcome.h"

#include <QByteArray>

namespace ct::server {

// Sends e-mails through an SMTP server with libcurl (never hand-written SMTP): STARTTLS as
// configured (required, try, none; smtps:// is TLS from the start), AUTH when a user is
// set, one MAIL FROM and RCPT TO per message. The connection is kept between messages.
// Answers: 2xx sent; SMTP 5xx permanent (not retried), except authentication (535, the
// server's configuration, not the message); 4xx, timeouts and connection failures transient.
class SmtpSender final
{
public:
    explicit SmtpSender(SmtpConfig config);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    SendOutcome send(const MimeMessage &message);

private:
    SmtpConfig m_config;
    QByteArray m_password;
    void *m_curl = nullptr; // CURL*
};

} // namespace ct::server
