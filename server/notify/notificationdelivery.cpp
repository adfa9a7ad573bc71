// SPDX-License-Identifier: MIT
#include "notificationdelivery.h"

#include "notify/notificationcontextquery.h"
#include "notify/notificationtemplateset.h"
#include "store/database.h"

namespace ct::server {

NotificationDelivery::NotificationDelivery(const Database &database, NotifyConfig config, QString claimant)
    : m_database(database)
    , m_config(std::move(config))
    , m_claimant(std::move(claimant))
    , m_queue(database, m_config.retry)
{
    if (m_config.smtp.configured())
        m_smtp = std::make_unique<SmtpSender>(m_config.smtp);
    if (m_config.sms.configured())
        m_sms = std::make_unique<HttpProviderSender>(MessageChannel::Sms, m_config.sms);
    if (m_config.whatsapp.configured())
        m_whatsapp = std::make_unique<HttpProviderSender>(MessageChannel::WhatsApp, m_config.whatsapp);
}

NotificationDelivery::~NotificationDelivery() = default;

std::optional<int> NotificationDelivery::resolveInterrupted(qint64 nowMs, QString *error)
{
    return m_queue.resolveInterrupted(m_claimant, nowMs, error);
}

SendOutcome NotificationDelivery::deliver(const QueuedNotification &message, const RenderedNotification &rendered, const QString &to)
{
    switch (message.channel) {
    case MessageChannel::Email: {
        if (!m_smtp)
            return SendOutcome::transient(QStringLiteral("this server sends no e-mail (notifications.smtp is not configured)"));
        MimeMessage mail;
        mail.fromName = m_config.smtp.fromName;
        mail.fromAddress = m_config.smtp.fromAddress;
        mail.toAddress = to;
        mail.subject = rendered.subject;
        mail.text = rendered.text;
        mail.html = rendered.html;
        mail.messageId = message.messageId + QLatin1Char('@') + m_config.smtp.domain();
        mail.dateMs = message.updatedAtMs;
        return m_smtp->send(mail);
    }
    case MessageChannel::Sms:
        if (!m_sms)
            return SendOutcome::transient(QStringLiteral("this server sends no SMS (notifications.sms is not configured)"));
        return m_sms->send(to, rendered);
    case MessageChannel::WhatsApp:
        if (!m_whatsapp)
            return SendOutcome::transient(QStringLiteral("this server sends no WhatsApp messages (notifications.whatsapp is not configured)"));
        return m_whatsapp->send(to, rendered);
    }
    return SendOutcome::transient(QStringLiteral("unknown channel"));
}

std::optional<int> NotificationDelivery::runOnce(const std::function<qint64()> &clock, QString *error)
{
    QString why;
    const NotificationTemplateSet *templates = m_templates.get(m_database, &why);
    int handled = 0;
    // One message claimed at a time: a crash leaves at most the one being sent in sending,
    // never messages that were claimed but not yet tried.
    for (; handled < m_config.batchSize; ++handled) {
        const std::optional<QList<QueuedNotification>> claimed = m_queue.claimDue(m_claimant, clock(), 1, error);
        if (!claimed)
            return std::nullopt;
        if (claimed->isEmpty())
            break;
        if (!handle(claimed->first(), templates, why, clock, error))
            return std::nullopt;
    }
    return handled;
}

bool NotificationDelivery::handle(const QueuedNotification &message, const NotificationTemplateSet *templates,
                                  const QString &templatesProblem, const std::function<qint64()> &clock, QString *error)
{
    const auto settle = [&](NotificationStatus status, const QString &detail) {
        return m_queue.settle(message.id, status, detail, clock(), error);
    };
    // The templates in force do not read: nothing can be rendered; tried again later.
    if (!templates)
        return m_queue.finish(message.id, SendOutcome::transient(templatesProblem), clock(), error);
    QString why;
    const std::optional<NotificationContext> context = NotificationContextQuery(m_database).load(message.shipmentId, &why);
    if (!context) {
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        return settle(NotificationStatus::Failed, QStringLiteral("shipment %1 is no longer in the store").arg(message.shipmentId));
    }
    const QString raw = message.channel == MessageChannel::Email ? context->email() : context->phone();
    const QString to = NotificationQueue::normalizedAddress(message.channel, raw);
    if (to.isEmpty())
        return settle(NotificationStatus::Skipped,
                      QStringLiteral("skipped: the customer has no %1 now")
                          .arg(message.channel == MessageChannel::Email ? QStringLiteral("e-mail address") : QStringLiteral("phone number")));
    const std::optional<bool> optedOut = m_queue.isOptedOut(message.channel, to, error);
    if (!optedOut)
        return false;
    if (*optedOut)
        return settle(NotificationStatus::Skipped,
                      QStringLiteral("skipped: %1 opted out of %2 after it was queued").arg(to, messageChannelCode(message.channel)));
    const NotificationTemplate *t = templates->find(message.templateName, message.channel, message.language);
    if (!t)
        return settle(NotificationStatus::Failed, QStringLiteral("the %1 template \"%2\" no longer exists")
                                                      .arg(messageChannelCode(message.channel), message.templateName));
    const RenderedNotification rendered = NotificationRenderer::render(*t, *templates, *context);
    if (!rendered.ok())
        return settle(NotificationStatus::Failed, QStringLiteral("not sent: %1").arg(rendered.problems.join(QStringLiteral("; "))));
    return m_queue.finish(message.id, deliver(message, rendered, to), clock(), error);
}

} // namespace ct::server
