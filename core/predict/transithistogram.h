// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace ct::predict {

// How many deliveries took each whole number of business days, 0 .. MaxDays (a longer
// transit is counted at MaxDays). Percentiles are exact on these integers by nearest
// rank: the P-th percentile of n values is the smallest d such that at least
// ceil(P × n / 100) values are <= d (docs/PREDICTION.md).
class TransitHistogram final
{
public:
    static constexpr int MaxDays = 255;

    void add(int days);
    // `n` deliveries of `days` at once (reading a stored model).
    void add(int days, quint32 n);
    qint64 count() const { return m_total; }
    // Values of at least `minDays` (all of them for minDays <= 0).
    qint64 countAtLeast(int minDays) const;
    // The nearest-rank percentile (1 <= percent <= 100) of the values >= minDays; -1 when
    // there are none.
    int percentile(int percent, int minDays = 0) const;

    // Deliveries per business day, index = days (what a stored model keeps).
    const std::vector<quint32> &counts() const { return m_counts; }

private:
    std::vector<quint32> m_counts; // index = business days
    qint64 m_total = 0;
};

} // namespace ct::predict
