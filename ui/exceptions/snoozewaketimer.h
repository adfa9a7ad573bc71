// SPDX-License-Identifier: MIT
#pragma once

#include "queue/snoozewakequery.h"

#include <QList>
#include <QObject>

#include <optional>

class QTimer;

namespace ct {

class Clock;
class Database;

// Brings snoozed exceptions back at their instant while the Exceptions view is open
// (docs/DESKTOP.md, "Exceptions"): one timer, set to the next end of a snooze in the
// store (SnoozeWakeQuery::nextWake), says woke(ids) when that instant comes, with every
// exception whose snooze ended since the last wake, then arms itself for the next one.
// The view reads those rows again (exact inserted rows, no reset) and calls rearm() after
// anything that may have changed the snoozes: an edit, a reload, another filter.
//
// It runs on the app's Clock: on a running clock a single-shot QTimer waits for the
// instant (at most an hour at a time, so a suspended laptop or a changed system time is
// caught up); a fixed clock (--now, the widget tests) only moves when it is set or
// advanced, so the wake is checked on Clock::changed and a test moves time by hand.
class SnoozeWakeTimer final : public QObject
{
    Q_OBJECT

public:
    SnoozeWakeTimer(const Database &database, const Clock &clock, QObject *parent = nullptr);
    ~SnoozeWakeTimer() override;

    // Reads the next wake from the store and sets the timer for it; a wake already due
    // (a snooze that ended since the last wake) is signalled at once, from the event loop.
    void rearm();
    // The instant the timer waits for; nullopt when no open exception is snoozed.
    std::optional<qint64> nextWakeMs() const { return m_next; }

Q_SIGNALS:
    // These exceptions' snoozes ended (earliest first): read them again.
    void woke(const QList<qint64> &exceptionIds);
    // Reading the store failed; the timer stays off until the next rearm().
    void failed(const QString &message);

private:
    void wakeIfDue();
    void wake();

    const Clock &m_clock;
    SnoozeWakeQuery m_query;
    QTimer *m_timer;
    std::optional<qint64> m_next;
    qint64 m_wokenUntilMs; // every snooze that ended up to this instant was signalled
};

} // namespace ct
