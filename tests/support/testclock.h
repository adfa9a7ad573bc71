// SPDX-License-Identifier: MIT
// "Now" for tests. No test may depend on when it runs (docs/TESTING.md): a test that needs
// the current time takes it from here, never from the wall clock.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

namespace ct::test {

// The suite's "now": Wednesday 2026-06-17 14:00 UTC (10:00 in New York, 19:30 in India).
// Seed demo data, run the rules and stamp edits at this instant, or at a fixed distance
// from it. (A 14-day demo history of 40 shipments has 3 open exceptions at this instant,
// 200 have 7: enough for the sync suites.)
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 17), QTime(14, 0), QTimeZone::utc());
}

inline qint64 fixedNowMs()
{
    return fixedNow().toMSecsSinceEpoch();
}

// A clock for code that must see time pass while a test runs (token buckets, retry
// timers, a server's token expiry): it reads fixedNow() when first called and runs on
// with the monotonic clock from there, so the date it gives never depends on the day.
inline qint64 runningNowMs()
{
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return fixedNowMs() + started.elapsed();
}

} // namespace ct::test
