// SPDX-License-Identifier: MIT
#include "transithistogram.h"

#include <algorithm>

namespace ct::predict {

void TransitHistogram::add(int days)
{
    add(days, 1);
}

void TransitHistogram::add(int days, quint32 n)
{
    if (n == 0)
        return;
    const auto index = static_cast<std::size_t>(std::clamp(days, 0, MaxDays));
    if (m_counts.size() <= index)
        m_counts.resize(index + 1, 0);
    m_counts[index] += n;
    m_total += n;
}

qint64 TransitHistogram::countAtLeast(int minDays) const
{
    if (minDays <= 0)
        return m_total;
    qint64 n = 0;
    for (std::size_t d = static_cast<std::size_t>(minDays); d < m_counts.size(); ++d)
        n += m_counts[d];
    return n;
}

int TransitHistogram::percentile(int percent, int minDays) const
{
    const std::size_t first = static_cast<std::size_t>(std::max(minDays, 0));
    const qint64 n = countAtLeast(minDays);
    if (n == 0)
        return -1;
    const qint64 rank = std::max<qint64>(1, (qint64(percent) * n + 99) / 100); // ceil(P n / 100)
    qint64 seen = 0;
    for (std::size_t d = first; d < m_counts.size(); ++d) {
        seen += m_counts[d];
        if (seen >= rank)
            return static_cast<int>(d);
    }
    return static_cast<int>(m_counts.size()) - 1;
}

} // namespace ct::predict
