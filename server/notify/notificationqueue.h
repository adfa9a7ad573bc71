// SPDX-License-Identifier: MIT
#pragma once

#include "notificationstatus.h"
#include "sendoutcome.h"

#include "notify/notificationtemplatecache.h"
#include "templates/messagetemplate.h"

#include <QHash>
#include <QList>
#include <QVariant>
#include <QString>

#include <optional>

namespace ct {
class Database;
}

namespace ct::server {

// A request to notify a customer about a shipment: what the rules engine decides, or a
// person asks for through POST /v1/notifications.
struct NotificationRequest
{
    qint64 shipmentId = 0;
    QString templateName;
    MessageChannel channel = MessageChannel::Email;
    QString language;                 // empty: the templates' default language
    std::optional<qint64> notBeforeMs; // not sent before (quiet hours, a delay)
    QString idempotencyKey;
    QString requestedBy;
};

// One row of the queue.
struct QueuedNotification
{
    qint64 id = 0;
    QString idempotencyKey;
    qint64 shipmentId = 0;
    QString templateName;
    MessageChannel channel = MessageChannel::Email;
    QString language;
    qint64 notBeforeMs = 0;
    NotificationStatus status = NotificationStatus::Queued;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString recipient;          // the address it goes to (resolved again at each send)
    QString messageId;          // the e-mail's Message-ID local part, fixed at enqueue
    QString providerAnswer;     // the last answer
    QString providerMessageId;
    QString createdBy;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> sentAtMs;

    // The API's representation (docs/API.md).
    QByteArray toJson() const;
};

// One step in a message's life, for the delivery log.
struct DeliveryLogEntry
{
    qint64 id = 0;
    qint64 notificationId = 0;
    qint64 shipmentId = 0;
    qint64 atMs = 0;
    QString status; // "queued", "sending", "sent", "retry", "failed", "dead", "skipped"
    int attempt = 0;
    QString detail;
};

// How often and how soon a failed send is tried again: attempt n (1-based) that failed
// transiently waits min(maxDelayMs, initialDelayMs * 2^(n-1)); after maxAttempts the
// message is dead.
struct NotificationRetry
{
    int maxAttempts = 6;
    qint64 initialDelayMs = 30'000;
    qint64 maxDelayMs = 3'600'000;

    qint64 delayAfter(int attempt) const;
};

// The team server's outbound notification queue (tables notifications, notification_log,
// notification_opt_outs; docs/NOTIFICATIONS.md), on SQLite or PostgreSQL. Enqueueing is
// idempotent by key; a dispatcher claims due rows (each claim exclusive even with several
// servers on one PostgreSQL store), sends them, and records each outcome; every step is
// logged. Use from the Database's thread.
class NotificationQueue final
{
public:
    NotificationQueue(const Database &database, NotificationRetry retry = {});

    struct EnqueueOutcome
    {
        enum class Status : quint8 {
            Queued,        // a new row (queued or skipped: see notification.status)
            Replayed,      // the key was used before for the same request: that row
            KeyConflict,   // the key was used for another request: `detail`
            NoSuchShipment,
            UnknownTemplate, // `detail` names what exists
            StoreError,
        };
        Status status = Status::StoreError;
        QueuedNotification notification;
        QString detail;
    };
    // Checks the shipment and the template (in the templates in force), resolves the
    // recipient, and stores the request: queued, or skipped and logged when the customer
    // has opted out of the channel or has no address for it.
    EnqueueOutcome enqueue(const NotificationRequest &request, qint64 nowMs);

    std::optional<QueuedNotification> find(qint64 id, QString *error) const;
    // The delivery log of a shipment's messages, oldest first.
    std::optional<QList<DeliveryLogEntry>> logOfShipment(qint64 shipmentId, QString *error) const;
    std::optional<QList<DeliveryLogEntry>> logOf(qint64 notificationId, QString *error) const;

    // Claims up to `limit` due messages (queued, next attempt reached) for `claimant`:
    // each becomes sending, its attempt counted and logged, in one transaction.
    std::optional<QList<QueuedNotification>> claimDue(const QString &claimant, qint64 nowMs, int limit, QString *error);
    // Records what the provider answered a claimed message: sent; failed (permanent);
    // queued again after the backoff, or dead after the last attempt (transient).
    bool finish(qint64 id, const SendOutcome &outcome, qint64 nowMs, QString *error);
    // A claimed message that will not be sent: skipped (opted out, no address since) or
    // failed (it cannot be rendered for this shipment), with `detail`.
    bool settle(qint64 id, NotificationStatus status, const QString &detail, qint64 nowMs, QString *error);
    // At a dispatcher's start: messages `claimant` left in sending when it stopped (a crash
    // mid-send) become failed with an "outcome unknown" answer, never sent again, so that
    // nothing is sent twice (docs/NOTIFICATIONS.md, "Interrupted sends"). Their count.
    std::optional<int> resolveInterrupted(const QString &claimant, qint64 nowMs, QString *error);

    // Opt-outs per channel and address (an e-mail address lower-cased, a phone number as
    // + and digits).
    bool setOptOut(MessageChannel channel, const QString &address, bool optedOut, const QString &actor, qint64 nowMs,
                   QString *error);
    std::optional<bool> isOptedOut(MessageChannel channel, const QString &address, QString *error) const;
    struct OptOut
    {
        MessageChannel channel = MessageChannel::Email;
        QString address;
        QString createdBy;
        qint64 createdAtMs = 0;
    };
    std::optional<QList<OptOut>> optOuts(QString *error) const;

    // The address as opt-outs and sends use it; empty when it is no address of the channel.
    static QString normalizedAddress(MessageChannel channel, const QString &address);

    // Counts per status (the bench and the tests).
    std::optional<QHash<QString, qint64>> statusCounts(QString *error) const;

private:
    bool log(qint64 id, qint64 shipmentId, const QString &status, int attempt, const QString &detail, qint64 nowMs,
             QString *error);
    std::optional<QueuedNotification> findByKey(const QString &key, QString *error) const;
    std::optional<QueuedNotification> findWhere(const char *column, const QVariant &value, QString *error) const;

    const Database &m_database;
    NotificationRetry m_retry;
    NotificationTemplateCache m_templates;
};

} // namespace ct::server
