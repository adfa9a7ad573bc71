// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace ct {

RetryPolicy::RetryPolicy(Options options)
    : RetryPolicy(options, QRandomGenerator::global()->generate64())
{
}

RetryPolicy::RetryPolicy(Options options, quint64 seed)
    : m_options(options)
    , m_random(seed)
{
}

int RetryPolicy::delayMs(int retry, std::optional<qint64> retryAfterMs)
{
    const int exponent = std::max(0, retry - 1);
    const double ceiling = std::min(static_cast<double>(m_options.maxDelayMs),
                                    m_options.initialDelayMs * std::pow(m_options.multiplier, exponent));
    std::uniform_real_distribution<double> upperHalf(0.5, 1.0);
    auto delay = static_cast<qint64>(std::llround(ceiling * upperHalf(m_random)));
    if (retryAfterMs)
        delay = std::max(delay, *retryAfterMs);
    return static_cast<int>(std::clamp<qint64>(delay, 0, std::numeric_limits<int>::max()));
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, the form RFC 9110 requires senders to use.
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(at));
}

bool RetryPolicy::isRetryableStatus(int status)
{
    switch (status) {
    case 408:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

} // namespace ct
