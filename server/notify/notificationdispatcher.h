// SPDX-License-Identifier: MIT
#pragma once

#include "notifyconfig.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <functional>

namespace ct::server {

// The team server's dispatcher thread (docs/NOTIFICATIONS.md): opens its own store
// connection, settles what it left in sending at its last stop, then drains the queue
// with NotificationDelivery, looking again every poll interval (or at once when woken).
class NotificationDispatcher final : public QThread
{
    Q_OBJECT

public:
    NotificationDispatcher(QString storeLocation, NotifyConfig config, std::function<qint64()> clock,
                           QObject *parent = nullptr);
    ~NotificationDispatcher() override;

    void wake();
    void stop();

signals:
    // A line for the server's log: interrupted sends settled, store failures.
    void report(const QString &line);

protected:
    void run() override;

private:
    QString m_location;
    NotifyConfig m_config;
    std::function<qint64()> m_clock;
    QMutex m_mutex;
    QWaitCondition m_waiting;
    bool m_stopping = false;
    bool m_woken = false;
};

} // namespace ct::server
