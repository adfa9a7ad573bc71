// SPDX-License-Identifier: MIT
#include "snoozewaketimer.h"

#include "shell/clock.h"

#include <QTimer>

#include <algorithm>

namespace ct {

namespace {
// The longest the timer waits in one go: the system time may jump (a suspended laptop,
// a corrected clock), and a snooze may be 30 days long, past what a QTimer holds.
constexpr qint64 LongestWaitMs = 3'600'000;
} // namespace

SnoozeWakeTimer::SnoozeWakeTimer(const Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_query(database), m_timer(new QTimer(this)), m_wokenUntilMs(clock.nowMs())
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SnoozeWakeTimer::wakeIfDue);
    // A fixed clock moves only when set or advanced; a running one also says changed()
    // every second, which costs a comparison here.
    connect(&clock, &Clock::changed, this, [this] {
        if (m_next && m_clock.nowMs() >= *m_next)
            wake();
        else if (m_clock.nowMs() < m_wokenUntilMs)
            rearm(); // moved back: what is snoozed again wakes again
    });
}

SnoozeWakeTimer::~SnoozeWakeTimer() = default;

void SnoozeWakeTimer::rearm()
{
    m_timer->stop();
    const qint64 now = m_clock.nowMs();
    m_wokenUntilMs = std::min(m_wokenUntilMs, now);
    QString error;
    m_next = m_query.nextWake(m_wokenUntilMs, &error);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    if (!m_next)
        return;
    if (*m_next <= now) // ended since the last wake: say so, but not from inside the caller
        m_timer->start(0);
    else if (!m_clock.isFixed())
        m_timer->start(static_cast<int>(std::min(*m_next - now, LongestWaitMs)));
}

void SnoozeWakeTimer::wakeIfDue()
{
    if (m_next && m_clock.nowMs() >= *m_next)
        wake();
    else
        rearm();
}

void SnoozeWakeTimer::wake()
{
    const qint64 now = m_clock.nowMs();
    QString error;
    const std::optional<QList<qint64>> ids = m_query.woken(m_wokenUntilMs, now, &error);
    if (!ids) {
        m_next.reset();
        Q_EMIT failed(error);
        return;
    }
    m_wokenUntilMs = now;
    if (!ids->isEmpty())
        Q_EMIT woke(*ids);
    rearm();
}

} // namespace ct
