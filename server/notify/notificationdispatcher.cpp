// SPDX-License-Identifier: MIT
#include "notificationdispatcher.h"

#include "notificationdelivery.h"
#include "store/serverschema.h"

#include "store/database.h"

#include <QSqlQuery>

namespace ct::server {

NotificationDispatcher::NotificationDispatcher(QString storeLocation, NotifyConfig config, std::function<qint64()> clock,
                                               QObject *parent)
    : QThread(parent), m_location(std::move(storeLocation)), m_config(std::move(config)), m_clock(std::move(clock))
{
}

NotificationDispatcher::~NotificationDispatcher()
{
    stop();
    wait();
}

void NotificationDispatcher::wake()
{
    const QMutexLocker lock(&m_mutex);
    m_woken = true;
    m_waiting.wakeAll();
}

void NotificationDispatcher::stop()
{
    const QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_waiting.wakeAll();
}

void NotificationDispatcher::run()
{
    QString error;
    std::unique_ptr<Database> database = ServerSchema::openStore(m_location, &error);
    if (!database) {
        emit report(QStringLiteral("notifications: the store could not be opened: %1").arg(error));
        return;
    }
    QString serverId;
    QSqlQuery q(database->connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_id'")) && q.next())
        serverId = q.value(0).toString();
    q.finish();
    NotificationDelivery delivery(*database, m_config, serverId);
    if (const std::optional<int> settled = delivery.resolveInterrupted(m_clock(), &error); !settled)
        emit report(QStringLiteral("notifications: %1").arg(error));
    else if (*settled > 0)
        emit report(QStringLiteral("notifications: %1 messages were being sent when the server stopped; they are failed "
                                   "with an unknown outcome and not sent again").arg(*settled));
    for (;;) {
        {
            const QMutexLocker lock(&m_mutex);
            if (m_stopping)
                return;
        }
        const std::optional<int> handled = delivery.runOnce(m_clock, &error);
        if (!handled)
            emit report(QStringLiteral("notifications: %1").arg(error));
        if (handled && *handled > 0)
            continue;
        const QMutexLocker lock(&m_mutex);
        if (!m_stopping && !m_woken)
            m_waiting.wait(&m_mutex, static_cast<unsigned long>(m_config.pollIntervalMs));
        m_woken = false;
        if (m_stopping)
            return;
    }
}

} // namespace ct::server
