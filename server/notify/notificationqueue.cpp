// SPDX-License-Identifier: MIT
#include "notificationqueue.h"

#include "json/jsonwriter.h"
#include "notify/notificationcontextquery.h"
#include "notify/notificationtemplateset.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace ct::server {

namespace {

const QString Columns = QStringLiteral(
    "id, idempotency_key, shipment_id, template, channel, language, not_before_ms, status, attempts, next_attempt_ms, "
    "recipient, message_id, provider_answer, provider_message_id, created_by, created_at_ms, updated_at_ms, sent_at_ms");

QueuedNotification rowOf(const QSqlQuery &q)
{
    QueuedNotification n;
    n.id = q.value(0).toLongLong();
    n.idempotencyKey = q.value(1).toString();
    n.shipmentId = q.value(2).toLongLong();
    n.templateName = q.value(3).toString();
    n.channel = messageChannelFromCode(q.value(4).toString()).value_or(MessageChannel::Email);
    n.language = q.value(5).toString();
    n.notBeforeMs = q.value(6).toLongLong();
    n.status = notificationStatusFromCode(q.value(7).toString()).value_or(NotificationStatus::Failed);
    n.attempts = q.value(8).toInt();
    n.nextAttemptMs = q.value(9).toLongLong();
    n.recipient = q.value(10).toString();
    n.messageId = q.value(11).toString();
    n.providerAnswer = q.value(12).toString();
    n.providerMessageId = q.value(13).toString();
    n.createdBy = q.value(14).toString();
    n.createdAtMs = q.value(15).toLongLong();
    n.updatedAtMs = q.value(16).toLongLong();
    if (!q.value(17).isNull())
        n.sentAtMs = q.value(17).toLongLong();
    return n;
}

QString requestHash(const NotificationRequest &r, const QString &language)
{
    const QString text = QStringLiteral("%1|%2|%3|%4|%5")
                             .arg(r.shipmentId)
                             .arg(r.templateName, messageChannelCode(r.channel), language)
                             .arg(r.notBeforeMs ? QString::number(*r.notBeforeMs) : QString());
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString isoOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QString channelNoun(MessageChannel channel)
{
    return channel == MessageChannel::Email ? QStringLiteral("e-mail address") : QStringLiteral("phone number");
}

} // namespace

qint64 NotificationRetry::delayAfter(int attempt) const
{
    qint64 delay = initialDelayMs;
    for (int i = 1; i < attempt && delay < maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, maxDelayMs);
}

QByteArray QueuedNotification::toJson() const
{
    json::Writer w;
    w.beginObject()
        .key("id").value(id)
        .key("idempotency_key").value(idempotencyKey)
        .key("shipment_id").value(shipmentId)
        .key("template").value(templateName)
        .key("channel").value(messageChannelCode(channel))
        .key("language").value(language)
        .key("not_before_ms").value(notBeforeMs)
        .key("status").value(notificationStatusCode(status))
        .key("attempts").value(attempts)
        .key("next_attempt_ms").value(nextAttemptMs)
        .key("recipient").value(recipient)
        .key("provider_answer").value(providerAnswer)
        .key("provider_message_id").value(providerMessageId)
        .key("created_by").value(createdBy)
        .key("created_at_ms").value(createdAtMs)
        .key("updated_at_ms").value(updatedAtMs);
    w.key("sent_at_ms");
    if (sentAtMs)
        w.value(*sentAtMs);
    else
        w.null();
    w.endObject();
    return w.take();
}

NotificationQueue::NotificationQueue(const Database &database, NotificationRetry retry) : m_database(database), m_retry(retry) {}

QString NotificationQueue::normalizedAddress(MessageChannel channel, const QString &address)
{
    const QString trimmed = address.trimmed();
    if (channel == MessageChannel::Email) {
        const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == trimmed.size() - 1 || trimmed.contains(QLatin1Char(' ')) || trimmed.contains(QLatin1Char('\n'))
            || trimmed.contains(QLatin1Char('<')) || trimmed.contains(QLatin1Char('>')))
            return {};
        return trimmed.toLower();
    }
    QString digits;
    for (const QChar c : trimmed)
        if (c.isDigit())
            digits += c;
    if (digits.size() < 6 || digits.size() > 15)
        return {};
    return QLatin1Char('+') + digits;
}

bool NotificationQueue::log(qint64 id, qint64 shipmentId, const QString &status, int attempt, const QString &detail,
                            qint64 nowMs, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("INSERT INTO notification_log(notification_id, shipment_id, at_ms, status, attempt, detail) "
                                   "VALUES(?, ?, ?, ?, ?, ?)"), error))
        return false;
    bind(q, 0, id);
    bind(q, 1, shipmentId);
    bind(q, 2, nowMs);
    bind(q, 3, status);
    bind(q, 4, attempt);
    bind(q, 5, sqlText(detail));
    return execPrepared(q, error);
}

std::optional<QueuedNotification> NotificationQueue::findWhere(const char *column, const QVariant &value, QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("SELECT %1 FROM notifications WHERE %2 = ?").arg(Columns, QLatin1String(column)), error))
        return std::nullopt;
    bind(q, 0, value);
    if (!execPrepared(q, error))
        return std::nullopt;
    if (error)
        error->clear();
    return q.next() ? std::optional<QueuedNotification>(rowOf(q)) : std::nullopt;
}

std::optional<QueuedNotification> NotificationQueue::findByKey(const QString &key, QString *error) const
{
    return findWhere("idempotency_key", key, error);
}

std::optional<QueuedNotification> NotificationQueue::find(qint64 id, QString *error) const
{
    return findWhere("id", id, error);
}

NotificationQueue::EnqueueOutcome NotificationQueue::enqueue(const NotificationRequest &request, qint64 nowMs)
{
    using Status = EnqueueOutcome::Status;
    EnqueueOutcome out;
    QString error;
    const NotificationTemplateSet *set = m_templates.get(m_database, &error);
    if (!set) {
        out.detail = error;
        return out;
    }
    const QString language = request.language.isEmpty() ? set->defaultLanguage : request.language;
    const QString hash = requestHash(request, language);

    Transaction tx(m_database.connection());
    if (!tx.begin(&out.detail))
        return out;
    if (const std::optional<QueuedNotification> existing = findByKey(request.idempotencyKey, &error)) {
        QSqlQuery q(m_database.connection());
        if (!prepare(q, QStringLiteral("SELECT request_hash FROM notifications WHERE id = ?"), &out.detail))
            return out;
        bind(q, 0, existing->id);
        if (!execPrepared(q, &out.detail) || !q.next())
            return out;
        out.notification = *existing;
        if (q.value(0).toString() == hash) {
            out.status = Status::Replayed;
        } else {
            out.status = Status::KeyConflict;
            out.detail = QStringLiteral("the idempotency key %1 was used for another notification (%2); use a new key")
                             .arg(request.idempotencyKey).arg(existing->id);
        }
        return out;
    } else if (!error.isEmpty()) {
        out.detail = error;
        return out;
    }

    const std::optional<NotificationContext> context = NotificationContextQuery(m_database).load(request.shipmentId, &error);
    if (!context) {
        out.status = error.isEmpty() ? Status::NoSuchShipment : Status::StoreError;
        out.detail = error.isEmpty() ? QStringLiteral("there is no shipment %1").arg(request.shipmentId) : error;
        return out;
    }
    if (!set->find(request.templateName, request.channel, language)) {
        QStringList names;
        for (const NotificationTemplate &t : set->templates)
            if (t.channel == request.channel && !names.contains(t.name))
                names << t.name;
        out.status = Status::UnknownTemplate;
        out.detail = QStringLiteral("there is no %1 template \"%2\" (in %3 or %4); the %1 templates are: %5")
                         .arg(messageChannelCode(request.channel), request.templateName, language, set->defaultLanguage,
                              names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
        return out;
    }

    const QString raw = request.channel == MessageChannel::Email ? context->email() : context->phone();
    const QString recipient = normalizedAddress(request.channel, raw);
    NotificationStatus status = NotificationStatus::Queued;
    QString detail = QStringLiteral("queued by %1").arg(request.requestedBy);
    if (recipient.isEmpty()) {
        status = NotificationStatus::Skipped;
        detail = raw.isEmpty() ? QStringLiteral("skipped: the customer has no %1").arg(channelNoun(request.channel))
                               : QStringLiteral("skipped: \"%1\" is not an %2").arg(raw, channelNoun(request.channel));
    } else {
        const std::optional<bool> optedOut = isOptedOut(request.channel, recipient, &out.detail);
        if (!optedOut)
            return out;
        if (*optedOut) {
            status = NotificationStatus::Skipped;
            detail = QStringLiteral("skipped: %1 opted out of %2").arg(recipient, messageChannelCode(request.channel));
        }
    }
    const qint64 due = std::max(nowMs, request.notBeforeMs.value_or(nowMs));
    if (status == NotificationStatus::Queued && due > nowMs)
        detail += QStringLiteral(", not before %1").arg(isoOf(due));
    // Unique per message (its key), and the same at every attempt.
    const QString messageId = QStringLiteral("ct.")
        + QString::fromLatin1(QCryptographicHash::hash((request.idempotencyKey + QLatin1Char('|') + hash).toUtf8(),
                                                       QCryptographicHash::Sha256).toHex().left(32));

    QSqlQuery insert(m_database.connection());
    if (!prepare(insert, QStringLiteral("INSERT INTO notifications(idempotency_key, request_hash, shipment_id, template, channel, "
                                        "language, not_before_ms, status, attempts, next_attempt_ms, recipient, message_id, "
                                        "provider_answer, provider_message_id, claimed_by, created_by, created_at_ms, "
                                        "updated_at_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, '', '', '', ?, ?, ?)")
                             + m_database.dialect().returningId(),
                 &out.detail))
        return out;
    const QVariant values[] = {request.idempotencyKey, hash, request.shipmentId, request.templateName,
                               messageChannelCode(request.channel), language, request.notBeforeMs.value_or(0),
                               notificationStatusCode(status), due, sqlText(recipient), messageId,
                               sqlText(request.requestedBy), nowMs, nowMs};
    for (int i = 0; i < static_cast<int>(std::size(values)); ++i)
        bind(insert, i, values[i]);
    if (!execPrepared(insert, &out.detail)) {
        // Another server on the same PostgreSQL store took the key meanwhile: answer as a
        // replay (or a conflict) of its row.
        if (m_database.dialect().isUniqueViolation(insert.lastError())) {
            insert.finish();
            tx.rollback();
            if (const std::optional<QueuedNotification> theirs = findByKey(request.idempotencyKey, &error))
                return enqueue(request, nowMs);
        }
        return out;
    }
    const qint64 id = insertedId(insert);
    if (!log(id, request.shipmentId, notificationStatusCode(status), 0, detail, nowMs, &out.detail))
        return out;
    if (!tx.commit(&out.detail))
        return out;
    const std::optional<QueuedNotification> stored = find(id, &out.detail);
    if (!stored)
        return out;
    out.status = Status::Queued;
    out.notification = *stored;
    out.detail = detail;
    return out;
}

std::optional<QList<QueuedNotification>> NotificationQueue::claimDue(const QString &claimant, qint64 nowMs, int limit,
                                                                     QString *error)
{
    Transaction tx(m_database.connection());
    if (!tx.begin(error))
        return std::nullopt;
    QSqlQuery due(m_database.connection());
    if (!prepare(due, QStringLiteral("SELECT id FROM notifications WHERE status = 'queued' AND next_attempt_ms <= ? "
                                     "ORDER BY next_attempt_ms, id LIMIT ?"), error))
        return std::nullopt;
    bind(due, 0, nowMs);
    bind(due, 1, limit);
    if (!execPrepared(due, error))
        return std::nullopt;
    QList<qint64> ids;
    while (due.next())
        ids << due.value(0).toLongLong();
    QSqlQuery claim(m_database.connection());
    if (!prepare(claim, QStringLiteral("UPDATE notifications SET status = 'sending', attempts = attempts + 1, claimed_by = ?, "
                                       "updated_at_ms = ? WHERE id = ? AND status = 'queued'"), error))
        return std::nullopt;
    QList<QueuedNotification> claimed;
    for (const qint64 id : std::as_const(ids)) {
        bind(claim, 0, claimant);
        bind(claim, 1, nowMs);
        bind(claim, 2, id);
        if (!execPrepared(claim, error))
            return std::nullopt;
        if (claim.numRowsAffected() != 1)
            continue; // another server's dispatcher took it
        std::optional<QueuedNotification> row = find(id, error);
        if (!row)
            return std::nullopt;
        if (!log(id, row->shipmentId, QStringLiteral("sending"), row->attempts,
                 QStringLiteral("attempt %1 to %2").arg(row->attempts).arg(row->recipient), nowMs, error))
            return std::nullopt;
        claimed << *row;
    }
    if (!tx.commit(error))
        return std::nullopt;
    return claimed;
}

bool NotificationQueue::finish(qint64 id, const SendOutcome &outcome, qint64 nowMs, QString *error)
{
    Transaction tx(m_database.connection());
    if (!tx.begin(error))
        return false;
    const std::optional<QueuedNotification> row = find(id, error);
    if (!row) {
        if (error && error->isEmpty())
            *error = QStringLiteral("there is no notification %1").arg(id);
        return false;
    }
    NotificationStatus status = NotificationStatus::Sent;
    QString logStatus;
    QString detail = outcome.answer;
    qint64 next = row->nextAttemptMs;
    switch (outcome.kind) {
    case SendOutcome::Kind::Sent:
        status = NotificationStatus::Sent;
        logStatus = QStringLiteral("sent");
        break;
    case SendOutcome::Kind::Permanent:
        status = NotificationStatus::Failed;
        logStatus = QStringLiteral("failed");
        detail = QStringLiteral("refused, not retried: %1").arg(outcome.answer);
        break;
    case SendOutcome::Kind::Transient:
        if (row->attempts >= m_retry.maxAttempts) {
            status = NotificationStatus::Dead;
            logStatus = QStringLiteral("dead");
            detail = QStringLiteral("%1; gave up after %2 attempts").arg(outcome.answer).arg(row->attempts);
        } else {
            status = NotificationStatus::Queued;
            logStatus = QStringLiteral("retry");
            next = nowMs + m_retry.delayAfter(row->attempts);
            detail = QStringLiteral("%1; attempt %2 at %3").arg(outcome.answer).arg(row->attempts + 1).arg(isoOf(next));
        }
        break;
    }
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("UPDATE notifications SET status = ?, next_attempt_ms = ?, provider_answer = ?, "
                                   "provider_message_id = ?, updated_at_ms = ?, sent_at_ms = ? WHERE id = ?"), error))
        return false;
    bind(q, 0, notificationStatusCode(status));
    bind(q, 1, next);
    bind(q, 2, sqlText(outcome.answer));
    bind(q, 3, sqlText(outcome.providerMessageId));
    bind(q, 4, nowMs);
    bind(q, 5, status == NotificationStatus::Sent ? QVariant(nowMs) : QVariant(QMetaType::fromType<qint64>()));
    bind(q, 6, id);
    if (!execPrepared(q, error) || !log(id, row->shipmentId, logStatus, row->attempts, detail, nowMs, error))
        return false;
    return tx.commit(error);
}

bool NotificationQueue::settle(qint64 id, NotificationStatus status, const QString &detail, qint64 nowMs, QString *error)
{
    Transaction tx(m_database.connection());
    if (!tx.begin(error))
        return false;
    const std::optional<QueuedNotification> row = find(id, error);
    if (!row)
        return false;
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("UPDATE notifications SET status = ?, provider_answer = ?, updated_at_ms = ? WHERE id = ?"), error))
        return false;
    bind(q, 0, notificationStatusCode(status));
    bind(q, 1, sqlText(detail));
    bind(q, 2, nowMs);
    bind(q, 3, id);
    if (!execPrepared(q, error) || !log(id, row->shipmentId, notificationStatusCode(status), row->attempts, detail, nowMs, error))
        return false;
    return tx.commit(error);
}

std::optional<int> NotificationQueue::resolveInterrupted(const QString &claimant, qint64 nowMs, QString *error)
{
    Transaction tx(m_database.connection());
    if (!tx.begin(error))
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("SELECT id, shipment_id, attempts FROM notifications WHERE status = 'sending' AND claimed_by = ?"),
                 error))
        return std::nullopt;
    bind(q, 0, claimant);
    if (!execPrepared(q, error))
        return std::nullopt;
    struct Left
    {
        qint64 id, shipment;
        int attempt;
    };
    QList<Left> left;
    while (q.next())
        left << Left{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
    const QString answer = QStringLiteral("outcome unknown: the server stopped during this send, so the provider may or may "
                                          "not have it; not sent again (nothing is sent twice). Request it anew with a new "
                                          "idempotency key if the customer did not get it");
    QSqlQuery update(m_database.connection());
    if (!prepare(update, QStringLiteral("UPDATE notifications SET status = 'failed', provider_answer = ?, updated_at_ms = ? "
                                        "WHERE id = ?"), error))
        return std::nullopt;
    for (const Left &l : std::as_const(left)) {
        bind(update, 0, answer);
        bind(update, 1, nowMs);
        bind(update, 2, l.id);
        if (!execPrepared(update, error) || !log(l.id, l.shipment, QStringLiteral("failed"), l.attempt, answer, nowMs, error))
            return std::nullopt;
    }
    if (!tx.commit(error))
        return std::nullopt;
    return static_cast<int>(left.size());
}

namespace {

std::optional<QList<DeliveryLogEntry>> readLog(const Database &database, const char *column, qint64 value, QString *error)
{
    QSqlQuery q(database.connection());
    if (!prepare(q, QStringLiteral("SELECT id, notification_id, shipment_id, at_ms, status, attempt, detail FROM notification_log "
                                   "WHERE %1 = ? ORDER BY id").arg(QLatin1String(column)), error))
        return std::nullopt;
    bind(q, 0, value);
    if (!execPrepared(q, error))
        return std::nullopt;
    QList<DeliveryLogEntry> entries;
    while (q.next())
        entries << DeliveryLogEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                    q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toInt(), q.value(6).toString()};
    return entries;
}

} // namespace

std::optional<QList<DeliveryLogEntry>> NotificationQueue::logOfShipment(qint64 shipmentId, QString *error) const
{
    return readLog(m_database, "shipment_id", shipmentId, error);
}

std::optional<QList<DeliveryLogEntry>> NotificationQueue::logOf(qint64 notificationId, QString *error) const
{
    return readLog(m_database, "notification_id", notificationId, error);
}

bool NotificationQueue::setOptOut(MessageChannel channel, const QString &address, bool optedOut, const QString &actor,
                                  qint64 nowMs, QString *error)
{
    const QString normal = normalizedAddress(channel, address);
    if (normal.isEmpty()) {
        if (error)
            *error = QStringLiteral("\"%1\" is not an %2").arg(address, channelNoun(channel));
        return false;
    }
    QSqlQuery q(m_database.connection());
    const QString sql = optedOut
        ? QStringLiteral("INSERT INTO notification_opt_outs(channel, address, created_by, created_at_ms) VALUES(?, ?, ?, ?) "
                         "ON CONFLICT(channel, address) DO NOTHING")
        : QStringLiteral("DELETE FROM notification_opt_outs WHERE channel = ? AND address = ?");
    if (!prepare(q, sql, error))
        return false;
    bind(q, 0, messageChannelCode(channel));
    bind(q, 1, normal);
    if (optedOut) {
        bind(q, 2, sqlText(actor));
        bind(q, 3, nowMs);
    }
    return execPrepared(q, error);
}

std::optional<bool> NotificationQueue::isOptedOut(MessageChannel channel, const QString &address, QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("SELECT 1 FROM notification_opt_outs WHERE channel = ? AND address = ?"), error))
        return std::nullopt;
    bind(q, 0, messageChannelCode(channel));
    bind(q, 1, normalizedAddress(channel, address));
    if (!execPrepared(q, error))
        return std::nullopt;
    return q.next();
}

std::optional<QList<NotificationQueue::OptOut>> NotificationQueue::optOuts(QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("SELECT channel, address, created_by, created_at_ms FROM notification_opt_outs "
                                   "ORDER BY channel, address"), error)
        || !execPrepared(q, error))
        return std::nullopt;
    QList<OptOut> out;
    while (q.next())
        out << OptOut{messageChannelFromCode(q.value(0).toString()).value_or(MessageChannel::Email), q.value(1).toString(),
                      q.value(2).toString(), q.value(3).toLongLong()};
    return out;
}

std::optional<QHash<QString, qint64>> NotificationQueue::statusCounts(QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("SELECT status, COUNT(*) FROM notifications GROUP BY status"), error) || !execPrepared(q, error))
        return std::nullopt;
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

} // namespace ct::server
