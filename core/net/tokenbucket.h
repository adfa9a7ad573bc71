// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace ct {

// A token bucket: `burst` requests at once, refilled at `ratePerSecond`. The caller passes
// a monotonic clock in milliseconds (QElapsedTimer, or a test's own clock). Used for the
// server's per-client limits and the feed poller's per-carrier limits.
class TokenBucket final
{
public:
    TokenBucket(double ratePerSecond, double burst, qint64 nowMs);

    // Takes one token when available and returns 0; otherwise takes nothing and returns
    // how many milliseconds until one will be (at least 1).
    qint64 tryTake(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs;
};

} // namespace ct
