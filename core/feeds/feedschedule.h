// SPDX-License-Identifier: MIT
#pragma once

#include "carrierfeedconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// When each standalone carrier feed is polled next, and how its last poll went: the
// desktop's schedule (`controltower-cli poll` is one pass). Pure bookkeeping over the
// instants the caller passes (UTC milliseconds), so it is tested without waiting:
// a feed with `pollMinutes` > 0 is due at once when added, then that long after each poll
// ends, failed or not (a poll already retried with backoff); 0 means only when asked.
// A feed never runs twice at once.
class FeedSchedule final
{
public:
    struct State
    {
        QString name;
        int pollMinutes = 0;
        bool running = false;
        bool pollRequested = false; // Poll Now while it ran, or before it was due
        qint64 lastStartMs = 0;     // 0: never polled (since the app started)
        qint64 lastEndMs = 0;
        bool lastOk = false;
        QString lastMessage;        // the last poll's summary, or why it failed
        qint64 nextDueMs = 0;       // 0: not scheduled
        qint64 waitUntilMs = 0;     // while running: a rate limit (Retry-After) or backoff
        QString waitReason;
    };

    // Takes the feeds as they are now: a feed that stays keeps its state (its interval
    // follows the configuration), a new one is due at `nowMs`, a removed one goes.
    void setFeeds(const QList<CarrierFeedConfig> &feeds, qint64 nowMs);

    // The feeds to start now, in configuration order; each is then started().
    QStringList due(qint64 nowMs) const;
    // Poll Now: due at once, or again as soon as the running poll ends.
    void requestNow(const QString &name, qint64 nowMs);
    void started(const QString &name, qint64 nowMs);
    // A running poll waits `delayMs` before asking again (429's Retry-After, backoff).
    void waiting(const QString &name, qint64 nowMs, qint64 delayMs, const QString &reason);
    void finished(const QString &name, qint64 nowMs, bool ok, const QString &message);

    // The earliest instant a feed that is not running falls due; 0 when none is scheduled.
    qint64 nextWakeMs() const;

    const QList<State> &states() const { return m_states; }
    // The feed's state; a blank one (empty name) for an unknown feed.
    State state(const QString &name) const;

private:
    State *find(const QString &name);

    QList<State> m_states;
};

} // namespace ct
