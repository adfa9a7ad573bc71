// SPDX-License-Identifier: MIT
#pragma once

#include "httpprovidersender.h"
#include "notificationqueue.h"
#include "notifyconfig.h"
#include "smtpsender.h"

#include <functional>
#include <memory>
#include <optional>

namespace ct {
class Database;
class NotificationTemplateSet;
}

namespace ct::server {

// One dispatcher's work on its own store connection (docs/NOTIFICATIONS.md, "Sending"):
// claims the due messages, and for each reads the shipment and the templates in force
// again, honours an opt-out made since it was queued, skips a customer who has no address
// now, renders it, sends it through the channel's sender, and records the outcome. Senders
// keep their connections between messages. Use from the Database's thread.
class NotificationDelivery final
{
public:
    // `claimant` names this dispatcher in the queue (the server's id): the rows it leaves in
    // sending are the ones resolveInterrupted settles at its next start.
    NotificationDelivery(const Database &database, NotifyConfig config, QString claimant);
    ~NotificationDelivery();

    // At start: what this claimant left in sending (NotificationQueue::resolveInterrupted).
    std::optional<int> resolveInterrupted(qint64 nowMs, QString *error);
    // Claims up to the batch size of due messages and sends them one after another;
    // `clock` is read for each outcome's instant. The number of messages handled (0: none
    // due), or nullopt with `error` when the store failed.
    std::optional<int> runOnce(const std::function<qint64()> &clock, QString *error);

private:
    bool handle(const QueuedNotification &message, const NotificationTemplateSet *templates, const QString &templatesProblem,
                const std::function<qint64()> &clock, QString *error);
    SendOutcome deliver(const QueuedNotification &message, const RenderedNotification &rendered, const QString &to);

    const Database &m_database;
    NotifyConfig m_config;
    QString m_claimant;
    NotificationQueue m_queue;
    NotificationTemplateCache m_templates;
    std::unique_ptr<SmtpSender> m_smtp;
    std::unique_ptr<HttpProviderSender> m_sms;
    std::unique_ptr<HttpProviderSender> m_whatsapp;
};

} // namespace ct::server
