// SPDX-License-Identifier: MIT
#include "clock.h"

#include <QMetaMethod>
#include <QTimer>

namespace ct {

Clock::Clock(QObject *parent) : QObject(parent), m_tick(new QTimer(this))
{
    m_tick->setTimerType(Qt::CoarseTimer);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_fixed)
            return;
        Q_EMIT changed();
        startTicking();
    });
    m_tick->setSingleShot(true);
}

Clock::Clock(const QDateTime &instant, QObject *parent) : Clock(parent)
{
    setFixed(instant);
}

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 Clock::nowMs() const
{
    // The one place the desktop reads the wall clock.
    return m_fixed ? m_fixedMs : QDateTime::currentMSecsSinceEpoch();
}

QDate Clock::today() const
{
    return now().toLocalTime().date();
}

void Clock::setFixed(const QDateTime &instant)
{
    m_fixed = instant.isValid();
    if (m_fixed) {
        m_fixedMs = instant.toMSecsSinceEpoch();
        m_tick->stop();
    } else if (isSignalConnected(QMetaMethod::fromSignal(&Clock::changed))) {
        startTicking();
    }
    Q_EMIT changed();
}

void Clock::advance(qint64 ms)
{
    if (!m_fixed)
        return;
    m_fixedMs += ms;
    Q_EMIT changed();
}

void Clock::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Clock::changed) && !m_fixed && !m_tick->isActive())
        startTicking();
}

void Clock::startTicking()
{
    // To the next whole second each time, so every countdown changes together.
    m_tick->start(static_cast<int>(1000 - nowMs() % 1000));
}

} // namespace ct
