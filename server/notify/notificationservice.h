// SPDX-License-Identifier: MIT
#pragma once

#include "notificationqueue.h"
#include "notifyconfig.h"

#include "auth/authservice.h"
#include "http/apimessage.h"

namespace ct {
class Database;
}

namespace ct::server {

// The notification routes of the API (docs/API.md, "Notifications"): enqueue (idempotent
// by the Idempotency-Key header), one notification with its delivery log, a shipment's
// messages, and the opt-outs. Use from the Database's thread.
class NotificationService final
{
public:
    NotificationService(const Database &database, const NotifyConfig &config);

    ApiReply enqueue(const ApiRequest &request, const AuthUser &user, qint64 nowMs);
    ApiReply get(const ApiRequest &request, qint64 id);
    ApiReply shipmentMessages(const ApiRequest &request, qint64 shipmentId);
    ApiReply optOuts(const ApiRequest &request);
    ApiReply setOptOut(const ApiRequest &request, const AuthUser &user, qint64 nowMs);

private:
    const Database &m_database;
    NotifyConfig m_config;
    NotificationQueue m_queue;
};

} // namespace ct::server
