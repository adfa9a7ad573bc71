// SPDX-License-Identifier: MIT
#include "feedschedule.h"

#include <limits>

namespace ct {

namespace {
constexpr qint64 MinuteMs = 60'000;
} // namespace

FeedSchedule::State *FeedSchedule::find(const QString &name)
{
    for (State &s : m_states) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

FeedSchedule::State FeedSchedule::state(const QString &name) const
{
    for (const State &s : m_states) {
        if (s.name == name)
            return s;
    }
    return {};
}

void FeedSchedule::setFeeds(const QList<CarrierFeedConfig> &feeds, qint64 nowMs)
{
    QList<State> next;
    for (const CarrierFeedConfig &feed : feeds) {
        State s;
        if (const State *old = find(feed.name)) {
            s = *old;
        } else {
            s.name = feed.name;
            s.nextDueMs = feed.pollMinutes > 0 ? nowMs : 0;
        }
        if (!s.running && s.pollMinutes != feed.pollMinutes && !s.pollRequested) {
            // A new interval counts from the last poll (or from now, when there was none).
            if (feed.pollMinutes <= 0)
                s.nextDueMs = 0;
            else if (s.lastEndMs > 0)
                s.nextDueMs = s.lastEndMs + feed.pollMinutes * MinuteMs;
            else if (s.nextDueMs == 0)
                s.nextDueMs = nowMs;
        }
        s.pollMinutes = feed.pollMinutes;
        next.append(s);
    }
    m_states = std::move(next);
}

QStringList FeedSchedule::due(qint64 nowMs) const
{
    QStringList names;
    for (const State &s : m_states) {
        if (!s.running && s.nextDueMs > 0 && s.nextDueMs <= nowMs)
            names.append(s.name);
    }
    return names;
}

void FeedSchedule::requestNow(const QString &name, qint64 nowMs)
{
    State *s = find(name);
    if (!s)
        return;
    if (s->running) {
        s->pollRequested = true;
        return;
    }
    s->nextDueMs = nowMs;
    s->pollRequested = true;
}

void FeedSchedule::started(const QString &name, qint64 nowMs)
{
    State *s = find(name);
    if (!s)
        return;
    s->running = true;
    s->pollRequested = false;
    s->lastStartMs = nowMs;
    s->nextDueMs = 0;
    s->waitUntilMs = 0;
    s->waitReason.clear();
}

void FeedSchedule::waiting(const QString &name, qint64 nowMs, qint64 delayMs, const QString &reason)
{
    State *s = find(name);
    if (!s || !s->running)
        return;
    s->waitUntilMs = nowMs + delayMs;
    s->waitReason = reason;
}

void FeedSchedule::finished(const QString &name, qint64 nowMs, bool ok, const QString &message)
{
    State *s = find(name);
    if (!s)
        return;
    s->running = false;
    s->lastEndMs = nowMs;
    s->lastOk = ok;
    s->lastMessage = message;
    s->waitUntilMs = 0;
    s->waitReason.clear();
    if (s->pollRequested)
        s->nextDueMs = nowMs;
    else
        s->nextDueMs = s->pollMinutes > 0 ? nowMs + s->pollMinutes * MinuteMs : 0;
}

qint64 FeedSchedule::nextWakeMs() const
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const State &s : m_states) {
        if (!s.running && s.nextDueMs > 0)
            earliest = std::min(earliest, s.nextDueMs);
    }
    return earliest == std::numeric_limits<qint64>::max() ? 0 : earliest;
}

} // namespace ct
