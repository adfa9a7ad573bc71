// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>
#include <random>

namespace ct {

// When to try a failed request again: exponential backoff with jitter, capped, and never
// sooner than the server's Retry-After. Shared by the sync engine and the carrier feed
// poller. Not thread-safe; one per client.
class RetryPolicy final
{
public:
    struct Options
    {
        int initialDelayMs = 250;
        int maxDelayMs = 30'000;
        double multiplier = 2.0;
        int maxAttempts = 8; // attempts in all, the first included
    };

    explicit RetryPolicy(Options options);
    RetryPolicy(Options options, quint64 seed);

    const Options &options() const { return m_options; }

    // True when attempt number `attempt` (1 = the first try) may still be made.
    bool mayAttempt(int attempt) const { return attempt <= m_options.maxAttempts; }

    // Delay before retry `retry` (1 = the first retry): a random point in the upper half
    // of min(maxDelay, initial * multiplier^(retry-1)) ("equal jitter", so retries of
    // many clients spread out but never collapse to zero), and at least `retryAfterMs`
    // when the server sent Retry-After (which may exceed maxDelay: the server decides).
    int delayMs(int retry, std::optional<qint64> retryAfterMs = std::nullopt);

    // Retry-After as milliseconds from `now`: delta-seconds ("120") or an HTTP-date
    // ("Wed, 21 Oct 2015 07:28:00 GMT"). nullopt when absent or unreadable; a date in
    // the past gives 0.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &header,
                                                   const QDateTime &now);

    // Statuses worth retrying: 408, 425, 429, 500, 502, 503, 504.
    static bool isRetryableStatus(int status);

private:
    Options m_options;
    std::mt19937_64 m_random;
};

} // namespace ct
