// SPDX-License-Identifier: MIT
#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace ct {

TokenBucket::TokenBucket(double ratePerSecond, double burst, qint64 nowMs)
    : m_rate(std::max(ratePerSecond, 1e-6))
    , m_burst(std::max(burst, 1.0))
    , m_tokens(m_burst)
    , m_lastMs(nowMs)
{
}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs > m_lastMs) {
        m_tokens = std::min(m_burst, m_tokens + (nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
    }
}

qint64 TokenBucket::tryTake(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    const double missing = 1.0 - m_tokens;
    return std::max<qint64>(1, static_cast<qint64>(std::ceil(missing * 1000.0 / m_rate)));
}

} // namespace ct
