// SPDX-License-Identifier: MIT
#pragma once

#include "notificationqueue.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ct::json {
class Value;
}

namespace ct::server {

// The SMTP server e-mails go through (docs/NOTIFICATIONS.md, "Configuration").
struct SmtpConfig
{
    QString url;              // "smtp://mail.shop.test:587" (STARTTLS) or "smtps://mail.shop.test:465"
    QString tls = QStringLiteral("required"); // STARTTLS on smtp://: required, try, none
    QString username;
    QString passwordEnv;      // the environment variable holding the password
    QString fromAddress;
    QString fromName;
    QString caFile;           // extra CA certificates (PEM) for the server's certificate
    int timeoutMs = 30'000;

    bool configured() const { return !url.isEmpty(); }
    // The Message-ID's domain: the sender's.
    QString domain() const;
};

// An HTTPS endpoint SMS or WhatsApp messages are posted to, with the request as a template:
// the body's {{to}}, {{from}}, {{text}}, {{template}}, {{language}} and {{variables}} are
// filled per message, each encoded for the content type (percent-encoded in a form, a JSON
// string in JSON). The default is Twilio's Messages API form post.
struct ProviderConfig
{
    QString url;
    QString username; // basic auth user (Twilio: the account SID)
    QString passwordEnv;
    QString from;
    QString contentType = QStringLiteral("application/x-www-form-urlencoded");
    QString body;     // empty: the channel's Twilio-style default
    QList<QPair<QString, QString>> headers;
    QString messageIdField = QStringLiteral("sid"); // the member of a JSON answer naming the message
    QString caFile;
    int timeoutMs = 15'000;

    bool configured() const { return !url.isEmpty(); }
    static QString defaultBody(MessageChannel channel);
};

struct NotifyConfig
{
    SmtpConfig smtp;
    ProviderConfig sms;
    ProviderConfig whatsapp;
    NotificationRetry retry;
    int pollIntervalMs = 1000; // how often the dispatcher looks for due messages when idle
    int batchSize = 50;        // messages claimed at once

    bool sends(MessageChannel channel) const;
    bool any() const { return smtp.configured() || sms.configured() || whatsapp.configured(); }

    // The "notifications" object of the server's config file; nullopt with `error` naming
    // the key ("notifications.smtp.port: ...").
    static std::optional<NotifyConfig> fromJson(const json::Value &value, QString *error);
};

} // namespace ct::server
