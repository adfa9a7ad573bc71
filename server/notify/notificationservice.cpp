// SPDX-License-Identifier: MIT
#include "notificationservice.h"

#include "api/storefailurereply.h"
#include "http/problem.h"

#include "json/jsonwriter.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace ct::server {

namespace {

void writeLog(json::Writer &w, const QList<DeliveryLogEntry> &entries)
{
    w.beginArray();
    for (const DeliveryLogEntry &e : entries)
        w.beginObject()
            .key("at_ms").value(e.atMs)
            .key("status").value(e.status)
            .key("attempt").value(e.attempt)
            .key("detail").value(e.detail)
            .endObject();
    w.endArray();
}

// The notification's representation with its log as the last member.
QByteArray withLog(const QueuedNotification &n, const QList<DeliveryLogEntry> &entries)
{
    QByteArray body = n.toJson();
    body.chop(1);
    json::Writer log;
    writeLog(log, entries);
    return body + ",\"log\":" + log.take() + '}';
}

} // namespace

NotificationService::NotificationService(const Database &database, const NotifyConfig &config)
    : m_database(database), m_config(config), m_queue(database, config.retry)
{
}

ApiReply NotificationService::enqueue(const ApiRequest &request, const AuthUser &user, qint64 nowMs)
{
    static const QRegularExpression ValidKey(QStringLiteral("^[A-Za-z0-9_.:-]{1,200}$"));
    json::Parser parser;
    json::Parser::Error parseError;
    const std::optional<json::Value> body = parser.parse(request.body.constData(), request.body.size(), &parseError);
    if (!body || !body->isObject())
        return Problem::invalid(request, {FieldError{QString(), QStringLiteral("the body must be a JSON object")}});
    // The key in the Idempotency-Key header, or in the body (a rule's decision carries its own).
    const QString headerKey = QString::fromLatin1(request.header("idempotency-key"));
    const QString bodyKey = (*body)["idempotency_key"].toString();
    const QString key = headerKey.isEmpty() ? bodyKey : headerKey;
    QList<FieldError> errors;
    if (!headerKey.isEmpty() && !bodyKey.isEmpty() && headerKey != bodyKey)
        errors << FieldError{QStringLiteral("idempotency_key"), QStringLiteral("differs from the Idempotency-Key header; give one")};
    else if (!ValidKey.match(key).hasMatch())
        errors << FieldError{QStringLiteral("Idempotency-Key"),
                             key.isEmpty() ? QStringLiteral("is required (1 to 200 letters, digits, '-', '_', '.' or ':'), so a "
                                                            "retried request never queues a message twice")
                                           : QStringLiteral("must be 1 to 200 letters, digits, '-', '_', '.' or ':'")};
    static const char *const Known[] = {"shipment_id", "template", "channel", "language", "not_before", "idempotency_key"};
    for (const auto &member : body->members())
        if (std::none_of(std::begin(Known), std::end(Known), [&](const char *k) { return member.key == std::string_view(k); }))
            errors << FieldError{member.value.path(), QStringLiteral("is not a member of a notification request")};
    NotificationRequest r;
    r.idempotencyKey = key;
    r.requestedBy = user.name;
    const json::Value shipment = (*body)["shipment_id"];
    const std::optional<qint64> shipmentId = shipment.isNumber() ? shipment.toInt() : std::nullopt;
    if (!shipmentId || *shipmentId <= 0)
        errors << FieldError{QStringLiteral("shipment_id"), shipment.isMissing() ? QStringLiteral("is required")
                                                                                 : QStringLiteral("must be a shipment's id")};
    r.shipmentId = shipmentId.value_or(0);
    const json::Value name = (*body)["template"];
    if (!name.isString() || name.toString().isEmpty())
        errors << FieldError{QStringLiteral("template"), name.isMissing() ? QStringLiteral("is required (\"shipped\", \"failed_attempt\"...)")
                                                                          : QStringLiteral("must be a template's name")};
    r.templateName = name.toString();
    const json::Value channel = (*body)["channel"];
    const std::optional<MessageChannel> parsedChannel = messageChannelFromCode(channel.isString() ? channel.toString() : QString());
    if (!parsedChannel)
        errors << FieldError{QStringLiteral("channel"), QStringLiteral("must be email, sms or whatsapp")};
    else if (!m_config.sends(*parsedChannel))
        errors << FieldError{QStringLiteral("channel"),
                             QStringLiteral("this server sends no %1: notifications.%2 is not configured (docs/NOTIFICATIONS.md)")
                                 .arg(messageChannelLabel(*parsedChannel),
                                      *parsedChannel == MessageChannel::Email ? QStringLiteral("smtp") : channel.toString())};
    r.channel = parsedChannel.value_or(MessageChannel::Email);
    const json::Value language = (*body)["language"];
    if (!language.isMissing() && !language.isString())
        errors << FieldError{QStringLiteral("language"), QStringLiteral("must be a language code such as \"en\"")};
    r.language = language.toString();
    const json::Value notBefore = (*body)["not_before"];
    if (!notBefore.isAbsent()) {
        const QDateTime at = notBefore.isString() ? QDateTime::fromString(notBefore.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!at.isValid() || !notBefore.toString().contains(QLatin1Char('T'))
            || (!notBefore.toString().endsWith(QLatin1Char('Z')) && at.timeSpec() == Qt::LocalTime))
            errors << FieldError{QStringLiteral("not_before"),
                                 QStringLiteral("must be an instant with its offset, such as 2026-12-04T09:00:00+01:00")};
        else
            r.notBeforeMs = at.toMSecsSinceEpoch();
    }
    if (!errors.isEmpty())
        return Problem::invalid(request, errors);

    const NotificationQueue::EnqueueOutcome outcome = m_queue.enqueue(r, nowMs);
    using Status = NotificationQueue::EnqueueOutcome::Status;
    switch (outcome.status) {
    case Status::Queued:
    case Status::Replayed: {
        QString error;
        const auto log = m_queue.logOf(outcome.notification.id, &error);
        if (!log)
            return StoreFailureReply::make(request, error);
        ApiReply reply = ApiReply::json(outcome.status == Status::Queued ? 201 : 200, withLog(outcome.notification, *log));
        reply.headers << qMakePair(QByteArrayLiteral("Location"),
                                   "/v1/notifications/" + QByteArray::number(outcome.notification.id));
        if (outcome.status == Status::Replayed)
            reply.headers << qMakePair(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
        return reply;
    }
    case Status::KeyConflict:
        return Problem::make(request, 422, "idempotency-key-reused", outcome.detail).reply();
    case Status::NoSuchShipment:
        return Problem::make(request, 404, "not-found", outcome.detail).reply();
    case Status::UnknownTemplate:
        return Problem::invalid(request, {FieldError{QStringLiteral("template"), outcome.detail}});
    case Status::StoreError:
        break;
    }
    return StoreFailureReply::make(request, outcome.detail);
}

ApiReply NotificationService::get(const ApiRequest &request, qint64 id)
{
    QString error;
    const std::optional<QueuedNotification> n = m_queue.find(id, &error);
    if (!n)
        return error.isEmpty() ? Problem::make(request, 404, "not-found", QStringLiteral("there is no notification %1").arg(id)).reply()
                               : StoreFailureReply::make(request, error);
    const auto log = m_queue.logOf(id, &error);
    if (!log)
        return StoreFailureReply::make(request, error);
    return ApiReply::json(200, withLog(*n, *log));
}

ApiReply NotificationService::shipmentMessages(const ApiRequest &request, qint64 shipmentId)
{
    QString error;
    QSqlQuery exists(m_database.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM shipments WHERE id = ?"));
    exists.addBindValue(shipmentId);
    if (!exists.exec())
        return StoreFailureReply::make(request, describeSqlError(exists.lastError(), exists.lastQuery()));
    if (!exists.next())
        return Problem::make(request, 404, "not-found", QStringLiteral("there is no shipment %1").arg(shipmentId)).reply();
    const auto log = m_queue.logOfShipment(shipmentId, &error);
    if (!log)
        return StoreFailureReply::make(request, error);
    // Each message once, in the order it was first queued, with its own log.
    QList<qint64> order;
    QHash<qint64, QList<DeliveryLogEntry>> byMessage;
    for (const DeliveryLogEntry &e : *log) {
        if (!byMessage.contains(e.notificationId))
            order << e.notificationId;
        byMessage[e.notificationId] << e;
    }
    QByteArray out = "{\"shipment_id\":" + QByteArray::number(shipmentId) + ",\"messages\":[";
    for (qsizetype i = 0; i < order.size(); ++i) {
        const std::optional<QueuedNotification> n = m_queue.find(order.at(i), &error);
        if (!n)
            return StoreFailureReply::make(request, error);
        if (i > 0)
            out += ',';
        out += withLog(*n, byMessage.value(order.at(i)));
    }
    out += "]}";
    return ApiReply::json(200, out);
}

ApiReply NotificationService::optOuts(const ApiRequest &request)
{
    QString error;
    const auto list = m_queue.optOuts(&error);
    if (!list)
        return StoreFailureReply::make(request, error);
    json::Writer w;
    w.beginObject().key("opt_outs").beginArray();
    for (const NotificationQueue::OptOut &o : *list)
        w.beginObject()
            .key("channel").value(messageChannelCode(o.channel))
            .key("address").value(o.address)
            .key("created_by").value(o.createdBy)
            .key("created_at_ms").value(o.createdAtMs)
            .endObject();
    w.endArray().endObject();
    return ApiReply::json(200, w.take());
}

ApiReply NotificationService::setOptOut(const ApiRequest &request, const AuthUser &user, qint64 nowMs)
{
    json::Parser parser;
    const std::optional<json::Value> body = parser.parse(request.body.constData(), request.body.size());
    if (!body || !body->isObject())
        return Problem::invalid(request, {FieldError{QString(), QStringLiteral("the body must be a JSON object")}});
    QList<FieldError> errors;
    static const char *const Known[] = {"channel", "address", "opted_out"};
    for (const auto &member : body->members())
        if (std::none_of(std::begin(Known), std::end(Known), [&](const char *k) { return member.key == std::string_view(k); }))
            errors << FieldError{member.value.path(), QStringLiteral("is not a member of an opt-out")};
    const json::Value channelValue = (*body)["channel"];
    const std::optional<MessageChannel> channel = messageChannelFromCode(channelValue.isString() ? channelValue.toString() : QString());
    if (!channel)
        errors << FieldError{QStringLiteral("channel"), QStringLiteral("must be email, sms or whatsapp")};
    const json::Value address = (*body)["address"];
    if (!address.isString() || address.toString().trimmed().isEmpty())
        errors << FieldError{QStringLiteral("address"), QStringLiteral("is required: the e-mail address or phone number")};
    else if (channel && NotificationQueue::normalizedAddress(*channel, address.toString()).isEmpty())
        errors << FieldError{QStringLiteral("address"),
                             QStringLiteral("\"%1\" is not an %2").arg(address.toString(), *channel == MessageChannel::Email
                                                                                               ? QStringLiteral("e-mail address")
                                                                                               : QStringLiteral("phone number"))};
    const json::Value optedOut = (*body)["opted_out"];
    if (!optedOut.isMissing() && !optedOut.isBool())
        errors << FieldError{QStringLiteral("opted_out"), QStringLiteral("must be true or false")};
    if (!errors.isEmpty() || !channel)
        return Problem::invalid(request, errors);
    const MessageChannel chosen = channel.value_or(MessageChannel::Email);
    const bool out = optedOut.isMissing() || optedOut.toBool().value_or(true);
    QString error;
    if (!m_queue.setOptOut(chosen, address.toString(), out, user.name, nowMs, &error))
        return StoreFailureReply::make(request, error);
    json::Writer w;
    w.beginObject()
        .key("channel").value(messageChannelCode(chosen))
        .key("address").value(NotificationQueue::normalizedAddress(chosen, address.toString()))
        .key("opted_out").value(out)
        .endObject();
    return ApiReply::json(200, w.take());
}

} // namespace ct::server
