// SPDX-License-Identifier: MIT
// Figures the server benches read about a process and a run: a field of /proc/PID/status
// (resident memory now and at its peak) and percentiles of latencies.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <vector>

namespace ct::bench {

// A field of /proc/PID/status in KiB ("VmRSS", "VmHWM"), or -1 (Linux only).
inline qint64 statusKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field).append(':')))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The value at `share` (0.5, 0.99, 1.0 for the maximum) of `values`, or 0 when empty.
inline double percentile(std::vector<qint64> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, static_cast<size_t>(share * static_cast<double>(values.size())));
    return static_cast<double>(values[index]);
}

} // namespace ct::bench
